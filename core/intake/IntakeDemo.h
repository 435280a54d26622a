#pragma once

// Applications of the demonstration center in every intake outcome, spread over the last four
// weeks and taken in through IntakeService by the demo clerks at their windows: accepted ones,
// deficiencies, one-time notices (some corrected since), refusals, withdrawals, and
// applications received for checking, of which the older ones are then deemed accepted.

#include "Result.h"

#include <QStringList>

namespace civicdesk {

class Clock;
class Database;

class IntakeDemo {
public:
    // Needs the catalog, the demo staff, windows and applicants. Returns summary lines.
    static Result<QStringList> fill(Database& db, const Clock& clock);
};

} // namespace civicdesk
