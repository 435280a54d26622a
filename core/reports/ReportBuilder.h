#pragma once

// Computes every figure of a report from the rows ReportLoader read, and lays them out as the
// tables and charts that the screen, the PDF, CSV and Excel show. Pure: no database, so that
// each definition is tested on rows written in the test.
//
// Definitions (docs/reports.md says the same for people):
//
// Period and dates. A ticket belongs to its service date (the day it was issued). A case is
// counted on the day of each event: received on the date of received_at, accepted on
// accepted_on, decided on decided_on, refused or withdrawn on the date of its last change
// (updated_at: these states are final), handed over on the date of closed_at. "Now" figures
// (traffic lights, rectifications still open) look at the moment the report is made.
//
// Filters. Window and staff filter tickets by the window and clerk that handled the row,
// cases by the intake window and clerk, ratings by the rated window and clerk, the roster by
// seat. Department and matter filter cases by their matter; tickets and ratings by the ticket
// category, which must cover a matter of the department (or the matter); idle shares are then
// not shown, since a window's rostered time is not split by department.
//
// Queue. A visit is one queue number: its first ticket, and the tickets a transfer opened
// from it. issued: visits (first tickets). served: tickets finished as done. no-show,
// abandoned, transferred: tickets in those states (a visit transferred twice counts twice).
// open: waiting, called or being served at the moment of the report. So issued = served +
// no-show + abandoned + open, counting each visit by its last ticket.
// Waiting time: of each visit that was called, first call − issue of its first ticket (time
// spent waiting after a transfer is not added). Service time: finish − start of service of
// each ticket served (done). Mean, median and 90th percentile by nearest rank (ReportMath.h).
// By hour: arrivals by the hour of issue, served by the hour of finish.
// Per window and staff member: served and mean service time as above; busy time: the summed
// service time of their done and transferred tickets; rostered time: their roster seats of
// the period times the shift's length (today's only as far as now); idle share:
// 1 − busy / rostered (0 at least), nothing without a roster seat.
//
// Cases. received; accepted (including accepted after a correction, deemed accepted and
// accepted with a deficiency); one-time notices: cases received in the period that were given
// a correction notice (correction_due set); accepted with a deficiency: accepted in the period
// with deficiency_due set; refused; withdrawn; approved and denied by decided_on; completed:
// approved + denied; handed over. On time: completed cases decided on or before their
// promised (statutory) due date, as a share of the completed cases. Working days from
// acceptance to decision: working days after the day of acceptance up to and including the
// day of the decision, suspended days not counted (the same count as the time limits), mean
// over the completed cases. Now: cases whose clock runs (accepted, in review) by the light of
// their promised limit: red past the due date, yellow within the thresholds of electronic
// supervision; suspended cases are counted apart.
//
// Ratings (好差评). By level 1 (very dissatisfied) to 5 (very satisfied), by the date rated.
// Satisfaction rate: ratings of 3 to 5 over all. Poor: 1 and 2, each with a rectification
// item; rectified in time: closed on or before its due date; late: closed after it; open:
// not closed, overdue when its due date is before today.

#include "ReportTypes.h"
#include "workflow/CaseClock.h"

#include <QCoreApplication>

namespace civicdesk {

class WorkingCalendar;

// The figure keys. "@group:id" after a key narrows it to one row of a breakdown.
namespace ReportKeys {
inline const QString TicketsIssued = QStringLiteral("tickets.issued");
inline const QString TicketsServed = QStringLiteral("tickets.served");
inline const QString TicketsNoShow = QStringLiteral("tickets.no_show");
inline const QString TicketsAbandoned = QStringLiteral("tickets.abandoned");
inline const QString TicketsTransferred = QStringLiteral("tickets.transferred");
inline const QString TicketsOpen = QStringLiteral("tickets.open");
inline const QString TicketsWaited = QStringLiteral("tickets.waited");     // members of the wait
inline const QString TicketsService = QStringLiteral("tickets.service");   // members of service
inline const QString TicketsArrivals = QStringLiteral("tickets.arrivals"); // by hour only
inline const QString WaitMean = QStringLiteral("tickets.wait.mean");       // seconds
inline const QString WaitMedian = QStringLiteral("tickets.wait.median");
inline const QString WaitP90 = QStringLiteral("tickets.wait.p90");
inline const QString ServiceMean = QStringLiteral("tickets.service.mean");
inline const QString ServiceMedian = QStringLiteral("tickets.service.median");
inline const QString IdleShare = QStringLiteral("tickets.idle_share"); // with @window: / @staff:

inline const QString CasesReceived = QStringLiteral("cases.received");
inline const QString CasesAccepted = QStringLiteral("cases.accepted");
inline const QString CasesNotices = QStringLiteral("cases.correction_notices");
inline const QString CasesDeficiency = QStringLiteral("cases.accepted_with_deficiency");
inline const QString CasesRefused = QStringLiteral("cases.refused");
inline const QString CasesWithdrawn = QStringLiteral("cases.withdrawn");
inline const QString CasesApproved = QStringLiteral("cases.approved");
inline const QString CasesDenied = QStringLiteral("cases.denied");
inline const QString CasesCompleted = QStringLiteral("cases.completed");
inline const QString CasesHandedOver = QStringLiteral("cases.handed_over");
inline const QString CasesOnTimePromised = QStringLiteral("cases.on_time_promised");
inline const QString CasesOnTimeStatutory = QStringLiteral("cases.on_time_statutory");
inline const QString CasesLatePromised = QStringLiteral("cases.late_promised");
inline const QString CasesLateStatutory = QStringLiteral("cases.late_statutory");
inline const QString OnTimePromisedRate = QStringLiteral("cases.on_time_promised.rate");
inline const QString OnTimeStatutoryRate = QStringLiteral("cases.on_time_statutory.rate");
inline const QString CasesDecisionDays = QStringLiteral("cases.decision_days"); // members
inline const QString DecisionDaysMean = QStringLiteral("cases.decision_days.mean");
inline const QString CasesGreen = QStringLiteral("cases.now_green");
inline const QString CasesYellow = QStringLiteral("cases.now_yellow");
inline const QString CasesRed = QStringLiteral("cases.now_red");
inline const QString CasesSuspended = QStringLiteral("cases.now_suspended");

inline const QString RatingsAll = QStringLiteral("ratings.all");
inline const QString RatingsScore = QStringLiteral("ratings.score"); // @score:1 … @score:5
inline const QString RatingsSatisfied = QStringLiteral("ratings.satisfied");
inline const QString SatisfactionRate = QStringLiteral("ratings.satisfaction.rate");
inline const QString RatingsPoor = QStringLiteral("ratings.poor");
inline const QString RectifiedInTime = QStringLiteral("ratings.rectified_in_time");
inline const QString RectifiedLate = QStringLiteral("ratings.rectified_late");
inline const QString RectificationOpen = QStringLiteral("ratings.rectification_open");
inline const QString RectificationOverdue = QStringLiteral("ratings.rectification_overdue");
inline const QString RectificationMissing = QStringLiteral("ratings.rectification_missing");

// key@group:id
QString group(const QString& key, const QString& group, const QString& id);
} // namespace ReportKeys

class ReportBuilder {
    Q_DECLARE_TR_FUNCTIONS(ReportBuilder)
public:
    static Report build(ReportData data, const WorkingCalendar& calendar,
                        const LightThresholds& thresholds, const QString& centerName,
                        const QDateTime& generatedAt);

    // Drops the rows the request's filter does not select (see the definitions above).
    static void applyFilter(ReportData& data);

    // The tickets, cases or ratings behind a figure, in a readable order.
    static DrillList drillDown(const Report& report, const DrillKey& key);
};

} // namespace civicdesk
