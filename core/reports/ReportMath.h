#pragma once

// The arithmetic of the reports, kept apart so that its definitions are tested on their own:
// nearest-rank percentiles, means, and fast reading of the database's timestamps.

#include <QDate>
#include <QString>
#include <QVector>

#include <optional>

namespace civicdesk::reportmath {

// The p-th percentile (0 < p <= 100) by the nearest-rank method: sort the n values ascending
// and take the one at rank ceil(p / 100 × n), counting from 1. Always one of the values (no
// interpolation), so ties stay ties: of 5, 5, 5, 9 the median (p = 50) is 5. Nothing for no
// values.
std::optional<double> percentile(QVector<double> values, double p);
// The 50th percentile by nearest rank: for an even count, the lower of the two middle values.
inline std::optional<double> median(const QVector<double>& values)
{
    return percentile(values, 50);
}
std::optional<double> mean(const QVector<double>& values);
// part / whole, nothing when whole is 0.
std::optional<double> share(qint64 part, qint64 whole);

// "yyyy-MM-dd HH:mm:ss[.zzz]" (local time, as stored) as seconds since 1970-01-01 00:00 of the
// same wall clock; -1 for an empty or malformed text. Thousands of times faster than
// QDateTime::fromString, which matters on a month of a big center.
qint64 wallSeconds(const QString& text);
qint64 wallSeconds(const QDate& date);
// "yyyy-MM-dd" (or the date part of a timestamp); an invalid date when malformed.
QDate parseDate(const QString& text);
QDate dateOf(qint64 wallSeconds);
int hourOf(qint64 wallSeconds);

} // namespace civicdesk::reportmath
