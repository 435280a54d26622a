#pragma once

// The scheduling part of the demonstration center: ticket categories, ten windows, the roster
// of this week and the next (when the demo staff exist), and four weeks of served tickets with
// ratings, so that the display board, the estimates, the staffing advice and the reports show
// real figures.

#include "Result.h"

#include <QCoreApplication>
#include <QStringList>

namespace civicdesk {

class Clock;
class Database;

class SchedulingDemo {
    Q_DECLARE_TR_FUNCTIONS(SchedulingDemo)
public:
    // Returns the summary lines ("6 ticket categories", …).
    static Result<QStringList> fill(Database& db, const Clock& clock);
};

} // namespace civicdesk
