#pragma once

// The reports a supervisor reads: the daily report at the end of a day, the monthly one at
// the end of a month, or any range of dates, filtered by department, window, staff member and
// matter. Needs Permission::ViewReports. Reads only; safe to run on a worker thread with its
// own connection (Database::openAnother), cancelled through ReportProgress.

#include "Context.h"
#include "ReportProgress.h"
#include "ReportTypes.h"
#include "Result.h"
#include "workflow/CaseClock.h"

#include <QCoreApplication>

namespace civicdesk {

class ReportService {
    Q_DECLARE_TR_FUNCTIONS(ReportService)
public:
    // The report of the request, as of now (ctx.clock). A cancelled run returns an error for
    // which isCancelled() is true.
    static Result<Report> run(const Context& ctx, const ReportRequest& request,
                              const ReportProgress* progress = nullptr);

    // The tickets, cases or ratings behind one figure of a report.
    static DrillList drillDown(const Report& report, const DrillKey& key);

    static bool isCancelled(const Error& error);

    // The thresholds of the yellow light (center settings supervision.yellow_days and
    // supervision.yellow_percent; the defaults of LightThresholds otherwise).
    static Result<LightThresholds> lightThresholds(const Database& db);

    // Parses "2026-11" for the monthly report; nothing when malformed.
    static std::optional<ReportRequest> monthFromText(const QString& text);
};

} // namespace civicdesk
