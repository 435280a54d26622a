#include "StaffingAdvisor.h"

#include "Clock.h"
#include "ErlangC.h"
#include "SchedulingTypes.h"
#include "storage/Database.h"

#include <QHash>

namespace civicdesk {

Result<QVector<HourAdvice>> StaffingAdvisor::adviseWeek(const Database& db,
                                                        const SchedulingSettings& settings,
                                                        const QDate& monday, const QDateTime& now)
{
    constexpr int weeks = 4;
    const QDate from = now.date().addDays(-7 * weeks);
    // Arrivals are first tickets only: a transfer is the same applicant again.
    auto q = db.exec(QStringLiteral("SELECT issued_at, service_started_at, finished_at, status FROM tickets "
                                    "WHERE original_id IS NULL AND service_date >= ? AND service_date < ?"),
                     {toDbDate(from), toDbDate(now.date())});
    if (!q)
        return q.error();
    QHash<int, int> arrivals; // weekday * 100 + hour
    double serviceSum = 0;
    int served = 0;
    while (q.value().next()) {
        const QDateTime issued = fromDbTimestamp(q.value().value(0).toString());
        arrivals[issued.date().dayOfWeek() * 100 + issued.time().hour()] += 1;
        if (q.value().value(3).toString() == TicketStatus::Done && !q.value().value(1).isNull()) {
            const qint64 secs = fromDbTimestamp(q.value().value(1).toString())
                                    .secsTo(fromDbTimestamp(q.value().value(2).toString()));
            if (secs > 0) {
                serviceSum += secs / 60.0;
                ++served;
            }
        }
    }
    const double serviceMinutes = served >= 5 ? serviceSum / served : settings.defaultServiceMinutes;

    auto r = db.exec(QStringLiteral("SELECT work_date, shift, COUNT(*) FROM roster WHERE work_date >= ? AND "
                                    "work_date <= ? GROUP BY work_date, shift"),
                     {toDbDate(monday), toDbDate(monday.addDays(6))});
    if (!r)
        return r.error();
    QHash<QString, int> seats; // "date/shift"
    while (r.value().next())
        seats.insert(r.value().value(0).toString() + QLatin1Char('/') + r.value().value(1).toString(),
                     r.value().value(2).toInt());

    QVector<HourAdvice> advice;
    const int firstHour = settings.morningStart.hour();
    const int lastHour = settings.afternoonEnd.hour() - (settings.afternoonEnd.minute() == 0 ? 1 : 0);
    for (int day = 0; day < 7; ++day) {
        const QDate date = monday.addDays(day);
        for (int hour = firstHour; hour <= lastHour; ++hour) {
            HourAdvice a;
            a.date = date;
            a.hour = hour;
            a.arrivalsPerHour = arrivals.value(date.dayOfWeek() * 100 + hour) / double(weeks);
            a.serviceMinutes = serviceMinutes;
            a.advisedWindows = erlang::serversForTarget(a.arrivalsPerHour, serviceMinutes,
                                                        settings.targetWaitMinutes);
            const Shift shift = settings.shiftAt(QTime(hour, 0));
            a.rosteredWindows = seats.value(toDbDate(date) + QLatin1Char('/') + shiftKey(shift));
            a.meanWaitMinutes = erlang::meanWaitMinutes(a.arrivalsPerHour, serviceMinutes, a.rosteredWindows);
            if (a.arrivalsPerHour > 0 || a.rosteredWindows > 0)
                advice << a;
        }
    }
    return advice;
}

} // namespace civicdesk
