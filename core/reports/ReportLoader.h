#pragma once

// The SQL of the reports: reads, for one period, the rows every figure is computed from, and
// nothing else. Each statement is an index range (see migration 0011_reports.sql and
// docs/reports.md): the tickets of the service dates, the cases received, accepted, decided,
// refused, withdrawn or handed over in the period, the cases whose clock ran at its end, the
// ratings of the period and the roster. Filters are applied by ReportBuilder, on rows already
// in memory, with the same rules for every figure.

#include "ReportProgress.h"
#include "ReportTypes.h"
#include "Result.h"

#include <QCoreApplication>

namespace civicdesk {

class Database;

class ReportLoader {
    Q_DECLARE_TR_FUNCTIONS(ReportLoader)
public:
    // now: the moment of the run: "now" of the traffic lights, and the end of the part of
    // today's shifts that counts as rostered time.
    static Result<ReportData> load(const Database& db, const ReportRequest& request,
                                   const QDateTime& now, const ReportProgress* progress = nullptr);

    // The error a cancelled run returns.
    static Error cancelled();
    static bool isCancelled(const Error& error);
};

} // namespace civicdesk
