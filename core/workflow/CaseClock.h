#pragma once

// A case's time limits in working days (art. 82): the promised and statutory completion dates
// from the day of acceptance, moved by approved extensions (art. 42) and by suspensions, during
// which the clock stands still (art. 45); and the traffic light that electronic supervision
// shows for them.

#include "calendar/WorkingCalendar.h"

#include <QCoreApplication>
#include <QDate>
#include <QVector>

namespace civicdesk {

struct CaseDeadlines {
    QDate promisedDue;
    QDate statutoryDue;
    QVector<int> missingYears; // the calendar lacked these years: the dates are estimates
    bool isEstimate() const { return !missingYears.isEmpty(); }
};

struct CaseLimits {
    QDate acceptedOn;
    int promisedDays = 0;
    int statutoryDays = 0;
    int extensionDays = 0;         // approved extensions, added to both limits
    QVector<DateRange> suspensions; // an open suspension runs to `today`
};

enum class Light { None, Green, Yellow, Red };

// When a limit turns yellow: at most `days` working days left, or at most `percent` of the
// limit left (center settings supervision.yellow_days / supervision.yellow_percent).
struct LightThresholds {
    int days = 2;
    int percent = 20;
};

class CaseClock {
    Q_DECLARE_TR_FUNCTIONS(CaseClock)
public:
    // N working days after the day of acceptance (that day not counted); a limit of 0 means
    // decided on the spot, due the same day.
    static CaseDeadlines deadlines(const WorkingCalendar& calendar, const CaseLimits& limits);

    // The light of one limit on `today`: red when the due date has passed, yellow when the
    // working days left are within the thresholds, green otherwise.
    static Light light(const WorkingCalendar& calendar, const QDate& today, const QDate& due,
                       int limitDays, const LightThresholds& thresholds,
                       const QVector<DateRange>& suspensions = {});
    // Working days left until `due` (negative when overdue), not counting suspended days.
    static int workingDaysLeft(const WorkingCalendar& calendar, const QDate& today, const QDate& due,
                               const QVector<DateRange>& suspensions = {});

    static QString name(Light light); // translated: "green" …
};

} // namespace civicdesk
