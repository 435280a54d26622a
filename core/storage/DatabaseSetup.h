#pragma once

// Opening a database for use: open it, refuse it if it is damaged or newer than this
// program, upgrade an older schema after a backup, and give a new one its identity.

#include "Database.h"
#include "Migrator.h"

namespace civicdesk {

class Clock;

struct PreparedDatabase {
    std::unique_ptr<Database> db;
    MigrationReport migration;
    bool created = false; // the file did not exist before (SQLite) or held no schema
};

Result<PreparedDatabase> prepareDatabase(const ConnectionSpec& spec, const Clock& clock,
                                         OpenOptions options = {});

} // namespace civicdesk

namespace civicdesk {

// Checks, without changing anything, that CivicDesk could work with this database: for the
// "Test connection" button. Returns a sentence saying what was found.
Result<QString> probeDatabase(const ConnectionSpec& spec);

} // namespace civicdesk
