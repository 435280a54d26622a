#pragma once

// Fills a database with a realistic demonstration center, so that every screen has something
// real to show on first start and in screenshots. Each area of the program adds its part here.

#include "Result.h"

#include <QCoreApplication>
#include <QStringList>

namespace civicdesk {

class Clock;
class Database;

struct DemoSummary {
    QStringList lines; // "8 departments", … for the status bar and the command line
};

class DemoData {
    Q_DECLARE_TR_FUNCTIONS(DemoData)
public:
    static Result<bool> isPresent(const Database& db);
    // Refuses a database that already holds demo data, and one that holds real data.
    static Result<DemoSummary> fill(Database& db, const Clock& clock);
};

} // namespace civicdesk
