#include "WorkingCalendar.h"

#include <QLocale>

#include <algorithm>

namespace civicdesk {

namespace {

constexpr quint8 kCovered = 1;
constexpr quint8 kWorking = 2;
constexpr quint8 kException = 4;

// Qt's own rule (QDate::dayOfWeek): Julian day 0 was a Monday.
bool isWeekdayJd(qint64 jd)
{
    return jd >= 0 ? jd % 7 < 5 : QDate::fromJulianDay(jd).dayOfWeek() <= 5;
}

void addYear(QVector<int>& years, int year)
{
    const auto it = std::lower_bound(years.begin(), years.end(), year);
    if (it == years.end() || *it != year)
        years.insert(it, year);
}

} // namespace

WorkingCalendar::WorkingCalendar() = default;

WorkingCalendar::WorkingCalendar(QVector<int> coveredYears, const QVector<CalendarDay>& days,
                                 QString revision)
    : m_years(std::move(coveredYears)), m_revision(std::move(revision))
{
    std::sort(m_years.begin(), m_years.end());
    m_years.erase(std::unique(m_years.begin(), m_years.end()), m_years.end());
    if (m_years.isEmpty())
        return;
    m_firstJd = QDate(m_years.first(), 1, 1).toJulianDay();
    const qint64 lastJd = QDate(m_years.last(), 12, 31).toJulianDay();
    m_flags.resize(size_t(lastJd - m_firstJd + 1));
    for (qint64 jd = m_firstJd; jd <= lastJd; ++jd)
        m_flags[size_t(jd - m_firstJd)] = isWeekdayJd(jd) ? kWorking : 0;
    for (int year : m_years) {
        const qint64 first = QDate(year, 1, 1).toJulianDay() - m_firstJd;
        const qint64 last = QDate(year, 12, 31).toJulianDay() - m_firstJd;
        for (qint64 i = first; i <= last; ++i)
            m_flags[size_t(i)] |= kCovered;
    }
    for (const CalendarDay& d : days) {
        if (!d.date.isValid() || !covers(d.date.year()))
            continue;
        const qint64 jd = d.date.toJulianDay();
        m_flags[size_t(jd - m_firstJd)] = kCovered | kException | (d.offDay ? 0 : kWorking);
        m_names.insert(jd, d.name);
    }
}

bool WorkingCalendar::covers(int year) const
{
    return std::binary_search(m_years.cbegin(), m_years.cend(), year);
}

quint8 WorkingCalendar::flags(qint64 jd) const
{
    const qint64 i = jd - m_firstJd;
    if (i >= 0 && i < qint64(m_flags.size()))
        return m_flags[size_t(i)];
    return isWeekdayJd(jd) ? kWorking : 0;
}

bool WorkingCalendar::isWorkingDay(const QDate& date) const
{
    return date.isValid() && (flags(date.toJulianDay()) & kWorking);
}

DayKind WorkingCalendar::kind(const QDate& date) const
{
    const quint8 f = flags(date.toJulianDay());
    if (f & kException)
        return (f & kWorking) ? DayKind::MakeUpWorkingDay : DayKind::Holiday;
    return (f & kWorking) ? DayKind::Working : DayKind::Weekend;
}

std::optional<CalendarDay> WorkingCalendar::exception(const QDate& date) const
{
    if (!date.isValid())
        return std::nullopt;
    const qint64 jd = date.toJulianDay();
    const quint8 f = flags(jd);
    if (!(f & kException))
        return std::nullopt;
    return CalendarDay{date, !(f & kWorking), m_names.value(jd)};
}

QVector<CalendarDay> WorkingCalendar::exceptions(int year) const
{
    QVector<CalendarDay> list;
    if (!covers(year))
        return list;
    for (QDate d(year, 1, 1); d.year() == year; d = d.addDays(1)) {
        if (auto e = exception(d))
            list.push_back(*e);
    }
    return list;
}

std::vector<WorkingCalendar::Span> WorkingCalendar::spans(const QVector<DateRange>& excluded,
                                                          qint64* totalDays)
{
    std::vector<Span> list;
    *totalDays = 0;
    for (const DateRange& r : excluded) {
        if (!r.first.isValid() || !r.last.isValid() || r.last < r.first)
            continue;
        list.push_back({r.first.toJulianDay(), r.last.toJulianDay()});
        *totalDays += list.back().last - list.back().first + 1;
    }
    return list;
}

CalendarDate WorkingCalendar::addWorkingDays(const QDate& start, int n,
                                             const QVector<DateRange>& excluded) const
{
    CalendarDate result;
    if (!start.isValid())
        return result;
    qint64 excludedDays = 0;
    const std::vector<Span> stops = spans(excluded, &excludedDays);
    const int step = n >= 0 ? 1 : -1;
    qint64 remaining = qAbs(qint64(n));
    // Every week has working days outside a covered year, and no announced year is without
    // them; the bound only stops a calendar that an administrator marked off entirely.
    const qint64 bound = remaining * 7 + 3660 + excludedDays;
    qint64 jd = start.toJulianDay();
    for (qint64 walked = 0; remaining > 0; ++walked) {
        if (walked > bound)
            return {};
        jd += step;
        const bool stopped = std::any_of(stops.cbegin(), stops.cend(), [jd](const Span& s) {
            return jd >= s.first && jd <= s.last;
        });
        if (stopped)
            continue;
        const quint8 f = flags(jd);
        if (!(f & kCovered))
            addYear(result.missingYears, QDate::fromJulianDay(jd).year());
        if (f & kWorking)
            --remaining;
    }
    result.date = QDate::fromJulianDay(jd);
    return result;
}

WorkingDayCount WorkingCalendar::workingDaysBetween(const QDate& from, const QDate& to,
                                                    const QVector<DateRange>& excluded) const
{
    WorkingDayCount result;
    if (!from.isValid() || !to.isValid())
        return result;
    qint64 excludedDays = 0;
    const std::vector<Span> stops = spans(excluded, &excludedDays);
    const bool backwards = to < from;
    const qint64 first = (backwards ? to : from).toJulianDay() + 1;
    const qint64 last = (backwards ? from : to).toJulianDay();
    int count = 0;
    for (qint64 jd = first; jd <= last; ++jd) {
        const bool stopped = std::any_of(stops.cbegin(), stops.cend(), [jd](const Span& s) {
            return jd >= s.first && jd <= s.last;
        });
        if (stopped)
            continue;
        const quint8 f = flags(jd);
        if (!(f & kCovered))
            addYear(result.missingYears, QDate::fromJulianDay(jd).year());
        if (f & kWorking)
            ++count;
    }
    result.days = backwards ? -count : count;
    return result;
}

CalendarDate WorkingCalendar::workingDayOnOrAfter(const QDate& date) const
{
    if (!date.isValid())
        return {};
    if (isWorkingDay(date)) {
        CalendarDate result{date, {}};
        if (!covers(date.year()))
            result.missingYears << date.year();
        return result;
    }
    return addWorkingDays(date, 1);
}

QString WorkingCalendar::missingYearsWarning(const QVector<int>& years)
{
    if (years.isEmpty())
        return {};
    QStringList names;
    for (int y : years)
        names << QString::number(y);
    const QString list = QLocale().createSeparatedList(names);
    return tr("The calendar does not cover %1: the date was counted with weekends only, without "
              "public holidays and make-up working days, and may be wrong. Ask the administrator "
              "to import the holidays of %1.")
        .arg(list);
}

QString WorkingCalendar::coverageWarning(const QDate& today) const
{
    if (!covers(today.year()))
        return tr("The calendar does not cover %1, the current year: deadlines are counted with "
                  "weekends only, without public holidays and make-up working days. Import the "
                  "holidays of %1 now.")
            .arg(today.year());
    if (!covers(today.year() + 1))
        return tr("The calendar does not cover %1 yet: deadlines that reach into %1 are counted "
                  "with weekends only. The State Council announces the holidays of the next year "
                  "in early November; import them as soon as they are published.")
            .arg(today.year() + 1);
    return {};
}

} // namespace civicdesk
