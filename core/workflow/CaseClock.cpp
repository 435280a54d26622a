#include "CaseClock.h"

namespace civicdesk {

namespace {

void addMissing(QVector<int>& into, const QVector<int>& years)
{
    for (int y : years) {
        if (!into.contains(y))
            into.push_back(y);
    }
}

} // namespace

CaseDeadlines CaseClock::deadlines(const WorkingCalendar& calendar, const CaseLimits& limits)
{
    CaseDeadlines d;
    auto due = [&](int days) {
        if (days <= 0)
            return limits.acceptedOn;
        const CalendarDate r =
            calendar.addWorkingDays(limits.acceptedOn, days + limits.extensionDays, limits.suspensions);
        addMissing(d.missingYears, r.missingYears);
        return r.date;
    };
    d.promisedDue = due(limits.promisedDays);
    d.statutoryDue = due(limits.statutoryDays);
    return d;
}

int CaseClock::workingDaysLeft(const WorkingCalendar& calendar, const QDate& today, const QDate& due,
                               const QVector<DateRange>& suspensions)
{
    if (today <= due)
        return calendar.workingDaysBetween(today, due, suspensions).days;
    return -calendar.workingDaysBetween(due, today, suspensions).days;
}

Light CaseClock::light(const WorkingCalendar& calendar, const QDate& today, const QDate& due,
                       int limitDays, const LightThresholds& thresholds,
                       const QVector<DateRange>& suspensions)
{
    if (!due.isValid())
        return Light::None;
    if (today > due)
        return Light::Red;
    const int left = workingDaysLeft(calendar, today, due, suspensions);
    if (left <= thresholds.days || left * 100 <= limitDays * thresholds.percent)
        return Light::Yellow;
    return Light::Green;
}

QString CaseClock::name(Light light)
{
    switch (light) {
    case Light::None:
        return tr("no limit running");
    case Light::Green:
        return tr("green");
    case Light::Yellow:
        return tr("yellow: near its limit");
    case Light::Red:
        return tr("red: overdue");
    }
    return {};
}

} // namespace civicdesk
