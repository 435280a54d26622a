#pragma once

// "Now" as a service: the core never calls QDateTime::currentDateTime() itself, so that
// tests can move time (deemed acceptance after 5 working days, overdue cases, day close).

#include <QDate>
#include <QDateTime>

namespace civicdesk {

class Clock {
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
    QDate today() const { return now().date(); }
};

// The wall clock. When the environment variable CIVICDESK_FAKE_NOW holds an ISO date-time,
// time starts there and runs on at normal speed: how end-to-end tests that start the real
// program pin the day it believes it is.
class SystemClock final : public Clock {
public:
    SystemClock();
    QDateTime now() const override;

private:
    qint64 m_offsetMs = 0;
};

// A clock that only moves when told to; for tests.
class ManualClock final : public Clock {
public:
    explicit ManualClock(QDateTime start) : m_now(std::move(start)) {}
    QDateTime now() const override { return m_now; }
    void set(const QDateTime& t) { m_now = t; }
    void advanceSeconds(qint64 s) { m_now = m_now.addSecs(s); }
    void advanceDays(int d) { m_now = m_now.addDays(d); }

private:
    QDateTime m_now;
};

// Timestamps are stored as local-time text "yyyy-MM-dd HH:mm:ss.zzz" on every backend: it
// sorts correctly, compares with plain operators, and its hour is substr(t, 12, 2) on both
// SQLite and PostgreSQL. Dates are "yyyy-MM-dd". Each writes what Qt's own format writes
// (QDateTime::toString with that format, QDate::toString(Qt::ISODate)), faster.
QString toDbTimestamp(const QDateTime& t);
QDateTime fromDbTimestamp(const QString& s);
QString toDbDate(const QDate& d);
QDate fromDbDate(const QString& s);
// "yyyy-MM-dd HH:mm:ss": the time as documents show it; empty for an invalid time.
QString toSecondsText(const QDateTime& t);

} // namespace civicdesk
