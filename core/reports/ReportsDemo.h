#pragma once

// A case history for the demonstration center, so that the reports have cases to count: four
// weeks of applications taken in at the windows by the demo clerks for the demo applicants that
// have ended (decided on time or late, handed over, refused, withdrawn) or await correction,
// with the time limits computed from the holiday calendar. Written through CaseRepository, as
// intake would.

#include "Result.h"

#include <QCoreApplication>
#include <QStringList>

namespace civicdesk {

class Clock;
class Database;

class ReportsDemo {
    Q_DECLARE_TR_FUNCTIONS(ReportsDemo)
public:
    // Runs after the catalog, staff, applicants and windows are there; adds nothing without
    // them. Returns the lines for the demo summary.
    static Result<QStringList> fill(Database& db, const Clock& clock);
};

} // namespace civicdesk
