#pragma once

// Numbered schema migrations (core/storage/migrations/NNNN_name.sql, built into the program),
// each applied in its own transaction and recorded in schema_version. The same files run on
// SQLite and PostgreSQL; SqlDialect::scriptStatements() handles the few differences.

#include "Database.h"

#include <QCoreApplication>
#include <QString>
#include <QVector>

namespace civicdesk {

class Clock;

struct Migration {
    int version = 0;
    QString name;
    QString script;
};

struct MigrationReport {
    int fromVersion = 0;
    int toVersion = 0;
    QString backupFile; // the copy made before migrating an existing SQLite database
    bool changed() const { return fromVersion != toVersion; }
};

class Migrator {
    Q_DECLARE_TR_FUNCTIONS(Migrator)
public:
    // migrations: the program's own by default; tests pass their own list.
    Migrator(Database& db, const Clock& clock, QVector<Migration> migrations = available());

    static QVector<Migration> available();
    static int latestVersion();

    // 0 for an empty database.
    Result<int> currentVersion() const;

    // Brings the schema up to date. A database written by a newer program is refused and left
    // untouched; an older SQLite database is first copied next to itself
    // (name.before-schema-N-yyyyMMdd-HHmmss.sqlite).
    Result<MigrationReport> migrate();

private:
    Status apply(const Migration& migration);

    Database& m_db;
    const Clock& m_clock;
    QVector<Migration> m_migrations;
};

} // namespace civicdesk
