#pragma once

// Staffing advice for the supervisor who plans the roster: from the arrivals of the last four
// weeks (by weekday and hour) and the measured service time, the number of windows each hour
// needs so that the mean wait stays under the target (Erlang C, M/M/c), set against the
// windows the roster has for that hour.

#include "Result.h"
#include "SchedulingSettings.h"

#include <QDate>
#include <QVector>

namespace civicdesk {

class Database;

struct HourAdvice {
    QDate date;
    int hour = 0;                 // 9 means 09:00–10:00
    double arrivalsPerHour = 0;   // the mean over the weeks looked at
    double serviceMinutes = 0;    // the mean service time
    int advisedWindows = 0;
    int rosteredWindows = 0;
    double meanWaitMinutes = 0;   // with the rostered windows (infinity: the queue grows)
    bool understaffed() const { return rosteredWindows < advisedWindows; }
};

class StaffingAdvisor {
public:
    // Advice for each opening hour of the 7 days from monday, from the 4 weeks before `now`.
    static Result<QVector<HourAdvice>> adviseWeek(const Database& db,
                                                  const SchedulingSettings& settings,
                                                  const QDate& monday, const QDateTime& now);
};

} // namespace civicdesk
