#include "ReportMath.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace civicdesk::reportmath {

namespace {

constexpr qint64 kUnixEpochJulianDay = 2440588; // 1970-01-01

int digits(const QChar* s, int n, bool* ok)
{
    int v = 0;
    for (int i = 0; i < n; ++i) {
        const ushort c = s[i].unicode();
        if (c < '0' || c > '9') {
            *ok = false;
            return 0;
        }
        v = v * 10 + (c - '0');
    }
    return v;
}

} // namespace

std::optional<double> percentile(QVector<double> values, double p)
{
    if (values.isEmpty() || p <= 0 || p > 100)
        return std::nullopt;
    std::sort(values.begin(), values.end());
    // ceil(p/100 × n) with a guard against 0.9 × 10 = 9.000000000000002.
    const double exact = p / 100.0 * values.size();
    qint64 rank = qint64(std::ceil(exact - 1e-9));
    rank = std::clamp<qint64>(rank, 1, values.size());
    return values.at(int(rank - 1));
}

std::optional<double> mean(const QVector<double>& values)
{
    if (values.isEmpty())
        return std::nullopt;
    return std::accumulate(values.begin(), values.end(), 0.0) / values.size();
}

std::optional<double> share(qint64 part, qint64 whole)
{
    if (whole <= 0)
        return std::nullopt;
    return double(part) / double(whole);
}

qint64 wallSeconds(const QString& text)
{
    if (text.size() < 19)
        return -1;
    const QChar* s = text.constData();
    bool ok = true;
    const int y = digits(s, 4, &ok);
    const int mo = digits(s + 5, 2, &ok);
    const int d = digits(s + 8, 2, &ok);
    const int h = digits(s + 11, 2, &ok);
    const int mi = digits(s + 14, 2, &ok);
    const int se = digits(s + 17, 2, &ok);
    if (!ok)
        return -1;
    const QDate date(y, mo, d);
    if (!date.isValid())
        return -1;
    return (date.toJulianDay() - kUnixEpochJulianDay) * 86400 + h * 3600 + mi * 60 + se;
}

QDate parseDate(const QString& text)
{
    if (text.size() < 10)
        return {};
    const QChar* s = text.constData();
    bool ok = true;
    const int y = digits(s, 4, &ok);
    const int m = digits(s + 5, 2, &ok);
    const int d = digits(s + 8, 2, &ok);
    return ok ? QDate(y, m, d) : QDate();
}

qint64 wallSeconds(const QDate& date)
{
    return (date.toJulianDay() - kUnixEpochJulianDay) * 86400;
}

QDate dateOf(qint64 wallSeconds)
{
    return QDate::fromJulianDay(wallSeconds / 86400 + kUnixEpochJulianDay);
}

int hourOf(qint64 wallSeconds)
{
    return int((wallSeconds % 86400) / 3600);
}

} // namespace civicdesk::reportmath
