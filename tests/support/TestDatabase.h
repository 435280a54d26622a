#pragma once

// Real databases for tests: a fresh SQLite file in a temporary folder, or a fresh schema on
// the PostgreSQL server named by CIVICDESK_TEST_PG. Never a mock.

#include "Clock.h"
#include "storage/Database.h"

#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace civicdesk::test {

enum class Backend { Sqlite, Postgres };

// The backend this run of a suite is for (CIVICDESK_TEST_BACKEND, default sqlite).
Backend backend();
inline bool onPostgres() { return backend() == Backend::Postgres; }

class TestDatabase {
public:
    // A new, migrated database. sqliteMode picks local (WAL) or shared (rollback journal) for
    // the SQLite run; the PostgreSQL run ignores it.
    explicit TestDatabase(StorageMode sqliteMode = StorageMode::Local, bool migrate = true);
    ~TestDatabase();

    const ConnectionSpec& spec() const { return m_spec; }
    Database& db() { return *m_db; }
    std::unique_ptr<Database> openAnother() const;
    QString dir() const { return m_dir.path(); }
    // Command-line arguments that name this database (--db FILE --mode M, or --pg CONN).
    QStringList cliArgs() const;

private:
    QTemporaryDir m_dir;
    ConnectionSpec m_spec;
    QString m_schema;
    std::unique_ptr<Database> m_db;
};

// SQLite's plan for a statement (EXPLAIN QUERY PLAN), one line per step: tests hold the
// statements that run on every start or refresh to their indexes.
QStringList queryPlan(const Database& db, const QString& sql, const QVariantList& params = {});

// A fixed day for tests: Friday 20 November 2026, 10:00.
QDateTime testNow();

struct ProcessResult {
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs a program to its end (at most timeoutMs) and returns what it printed.
ProcessResult runProcess(const QString& program, const QStringList& args, int timeoutMs = 120000,
                         const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment());
// Runs the real civicdesk program.
ProcessResult runCivicDesk(const QStringList& args, int timeoutMs = 120000);

} // namespace civicdesk::test
