#include "Clock.h"

#include <QtGlobal>

#include <algorithm>

namespace civicdesk {

SystemClock::SystemClock()
{
    const QByteArray fake = qgetenv("CIVICDESK_FAKE_NOW");
    if (!fake.isEmpty()) {
        const QDateTime start = QDateTime::fromString(QString::fromLatin1(fake), Qt::ISODate);
        if (start.isValid())
            m_offsetMs = QDateTime::currentDateTime().msecsTo(start);
    }
}

QDateTime SystemClock::now() const
{
    return QDateTime::currentDateTime().addMSecs(m_offsetMs);
}

namespace {

// Timestamps are written and read for every row (audit rows, tickets, cases), so they are
// formatted and parsed by hand: QDateTime's format strings go through the locale and calendar
// machinery and cost more than the SQL statement that stores the value. Values outside the
// fixed layout fall back to Qt.
const QString kTimestampFormat = QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz");

void putDigits(QChar*& out, int value, int width)
{
    for (int i = width - 1; i >= 0; --i, value /= 10)
        out[i] = QChar(u'0' + value % 10);
    out += width;
}

// The number in s[from, from + width), or -1 if any of those characters is not a digit.
int digitsAt(QStringView s, int from, int width)
{
    int value = 0;
    for (int i = from; i < from + width; ++i) {
        const char16_t c = s[i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

} // namespace

namespace {

// "yyyy-MM-dd" at out; false (nothing written) for a year Qt would not write with four digits.
bool putDate(QChar*& out, const QDate& d)
{
    int year = 0, month = 0, day = 0;
    d.getDate(&year, &month, &day);
    if (year < 1000 || year > 9999)
        return false;
    putDigits(out, year, 4);
    *out++ = u'-';
    putDigits(out, month, 2);
    *out++ = u'-';
    putDigits(out, day, 2);
    return true;
}

// "yyyy-MM-dd HH:mm:ss", and ".zzz" with milliseconds; Qt's format string outside the layout.
QString timestampText(const QDateTime& t, bool milliseconds)
{
    if (!t.isValid())
        return QString();
    QString text(milliseconds ? 23 : 19, Qt::Uninitialized);
    QChar* out = text.data();
    if (!putDate(out, t.date()))
        return t.toString(milliseconds ? kTimestampFormat
                                       : QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    const QTime time = t.time();
    *out++ = u' ';
    putDigits(out, time.hour(), 2);
    *out++ = u':';
    putDigits(out, time.minute(), 2);
    *out++ = u':';
    putDigits(out, time.second(), 2);
    if (milliseconds) {
        *out++ = u'.';
        putDigits(out, time.msec(), 3);
    }
    return text;
}

} // namespace

QString toDbTimestamp(const QDateTime& t)
{
    return timestampText(t, true);
}

QString toSecondsText(const QDateTime& t)
{
    return timestampText(t, false);
}

QDateTime fromDbTimestamp(const QString& s)
{
    // "yyyy-MM-dd HH:mm:ss" with an optional ".zzz".
    if ((s.size() == 19 || s.size() == 23) && s[4] == u'-' && s[7] == u'-' && s[10] == u' ' &&
        s[13] == u':' && s[16] == u':' && (s.size() == 19 || s[19] == u'.')) {
        const int year = digitsAt(s, 0, 4), month = digitsAt(s, 5, 2), day = digitsAt(s, 8, 2);
        const int hour = digitsAt(s, 11, 2), minute = digitsAt(s, 14, 2),
                  second = digitsAt(s, 17, 2);
        const int msec = s.size() == 23 ? digitsAt(s, 20, 3) : 0;
        if (std::min({year, month, day, hour, minute, second, msec}) >= 0) {
            const QDate date(year, month, day);
            const QTime time(hour, minute, second, msec);
            return date.isValid() && time.isValid() ? QDateTime(date, time) : QDateTime();
        }
    }
    QDateTime t = QDateTime::fromString(s, kTimestampFormat);
    if (!t.isValid())
        t = QDateTime::fromString(s, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    return t;
}

QString toDbDate(const QDate& d)
{
    if (!d.isValid())
        return QString();
    QString text(10, Qt::Uninitialized);
    QChar* out = text.data();
    return putDate(out, d) ? text : d.toString(Qt::ISODate);
}

QDate fromDbDate(const QString& s)
{
    // "yyyy-MM-dd", perhaps followed by a time.
    if (s.size() >= 10 && s[4] == u'-' && s[7] == u'-') {
        const int year = digitsAt(s, 0, 4), month = digitsAt(s, 5, 2), day = digitsAt(s, 8, 2);
        if (std::min({year, month, day}) >= 0)
            return QDate(year, month, day); // invalid if there is no such day, as Qt's
    }
    return QDate::fromString(s.left(10), Qt::ISODate);
}

} // namespace civicdesk
