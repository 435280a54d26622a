#pragma once

// Working-day arithmetic (Administrative Licensing Law art. 82) on an immutable, in-memory
// snapshot of the calendar: Monday to Friday work and the weekend is off, except for the
// announced days off of public holidays and the make-up working days (调休) on a weekend.
// Built once from the database (CalendarService::current) and shared between threads; every
// question is answered from memory, so that a supervision screen can compute the deadline of
// every open case at once.
//
// A year the calendar does not cover is counted with weekends only, and the answer names it
// (missingYears), so that the person reading the date can be told it is an estimate.

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QString>
#include <QVector>

#include <optional>
#include <vector>

namespace civicdesk {

// One announced exception. offDay: a day off of a public holiday (on a weekday, or a weekend
// day inside the holiday); otherwise a make-up working day, which is always on a weekend.
struct CalendarDay {
    QDate date;
    bool offDay = true;
    QString name; // the holiday as announced: 春节, 国庆节 …

    bool operator==(const CalendarDay& o) const
    {
        return date == o.date && offDay == o.offDay && name == o.name;
    }
    bool operator!=(const CalendarDay& o) const { return !(*this == o); }
};

// Days on which a case's clock stands still (a suspension), first and last day included. A
// range whose last day is before its first excludes nothing.
struct DateRange {
    QDate first;
    QDate last;
};

// A date computed from the calendar. When the computation looked at days of years the calendar
// does not cover, those years are named and the date is an estimate (weekends only there).
struct CalendarDate {
    QDate date; // invalid when the question had no answer (an invalid start date)
    QVector<int> missingYears;
    bool isEstimate() const { return !missingYears.isEmpty(); }
};

struct WorkingDayCount {
    int days = 0;
    QVector<int> missingYears;
    bool isEstimate() const { return !missingYears.isEmpty(); }
};

enum class DayKind {
    Working,         // Monday to Friday, no holiday
    Weekend,         // Saturday or Sunday, no announcement
    Holiday,         // a day off announced for a public holiday (name says which)
    MakeUpWorkingDay // a weekend day announced as a working day (调休上班)
};

class WorkingCalendar {
    Q_DECLARE_TR_FUNCTIONS(WorkingCalendar)
public:
    // A calendar that covers no year: weekends only, and every answer flagged.
    WorkingCalendar();
    // days must lie in coveredYears; CalendarService checks them before they are stored.
    WorkingCalendar(QVector<int> coveredYears, const QVector<CalendarDay>& days,
                    QString revision = {});

    // The meta calendar_revision this snapshot was loaded at.
    QString revision() const { return m_revision; }
    QVector<int> coveredYears() const { return m_years; }
    bool covers(int year) const;

    bool isWorkingDay(const QDate& date) const;
    DayKind kind(const QDate& date) const;
    // The announced exception on that date, if any.
    std::optional<CalendarDay> exception(const QDate& date) const;
    // A year's exceptions in date order.
    QVector<CalendarDay> exceptions(int year) const;

    // The date n working days after start (start itself is not counted; n < 0 counts back,
    // n == 0 is start). Days inside an excluded range are not counted.
    CalendarDate addWorkingDays(const QDate& start, int n,
                                const QVector<DateRange>& excluded = {}) const;
    // The working days d with from < d <= to that no excluded range holds; negative when to is
    // before from. workingDaysBetween(d, addWorkingDays(d, n).date) == n.
    WorkingDayCount workingDaysBetween(const QDate& from, const QDate& to,
                                       const QVector<DateRange>& excluded = {}) const;
    // The first working day after date.
    CalendarDate nextWorkingDay(const QDate& date) const { return addWorkingDays(date, 1); }
    // date itself when it is a working day, else the next one.
    CalendarDate workingDayOnOrAfter(const QDate& date) const;

    // A sentence for people when an answer is an estimate, empty otherwise.
    static QString missingYearsWarning(const QVector<int>& years);
    // What an administrator should be told about the calendar on that day: the current year
    // or the next one is not covered. Empty when all is well.
    QString coverageWarning(const QDate& today) const;

private:
    struct Span {
        qint64 first;
        qint64 last;
    };
    quint8 flags(qint64 jd) const;
    static std::vector<Span> spans(const QVector<DateRange>& excluded, qint64* totalDays);

    QVector<int> m_years; // sorted
    QString m_revision;
    qint64 m_firstJd = 0;        // January 1 of the first covered year
    std::vector<quint8> m_flags; // one per day up to December 31 of the last covered year
    QHash<qint64, QString> m_names;
};

} // namespace civicdesk
