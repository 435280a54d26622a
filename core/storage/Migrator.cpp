#include "Migrator.h"

#include "Clock.h"
#include "Transaction.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

namespace civicdesk {

Migrator::Migrator(Database& db, const Clock& clock, QVector<Migration> migrations)
    : m_db(db), m_clock(clock), m_migrations(std::move(migrations))
{
}

QVector<Migration> Migrator::available()
{
    static const QVector<Migration> migrations = [] {
        QVector<Migration> list;
        static const QRegularExpression name(QStringLiteral("^(\\d{4})_(\\w+)\\.sql$"));
        QDirIterator it(QStringLiteral(":/civicdesk/migrations"));
        while (it.hasNext()) {
            it.next();
            const auto m = name.match(it.fileName());
            if (!m.hasMatch())
                continue;
            QFile f(it.filePath());
            if (!f.open(QIODevice::ReadOnly))
                continue;
            list.push_back({m.captured(1).toInt(), m.captured(2), QString::fromUtf8(f.readAll())});
        }
        std::sort(list.begin(), list.end(),
                  [](const Migration& a, const Migration& b) { return a.version < b.version; });
        return list;
    }();
    return migrations;
}

int Migrator::latestVersion()
{
    const auto list = available();
    return list.isEmpty() ? 0 : list.last().version;
}

Result<int> Migrator::currentVersion() const
{
    // Ask the catalog rather than query schema_version and fail: a failed statement would
    // abort an open PostgreSQL transaction.
    const QString exists = m_db.isSqlite()
        ? QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = "
                         "'schema_version'")
        : QStringLiteral("SELECT COUNT(*) FROM information_schema.tables WHERE table_name = "
                         "'schema_version' AND table_schema = current_schema()");
    auto has = m_db.scalar(exists);
    if (!has)
        return has.error();
    if (has.value().toInt() == 0)
        return 0;
    auto v = m_db.scalar(QStringLiteral("SELECT MAX(version) FROM schema_version"));
    if (!v)
        return v.error();
    return v.value().toInt();
}

Result<MigrationReport> Migrator::migrate()
{
    auto current = currentVersion();
    if (!current)
        return current.error();
    MigrationReport report;
    report.fromVersion = current.value();
    report.toVersion = current.value();
    const int latest = m_migrations.isEmpty() ? 0 : m_migrations.last().version;
    if (current.value() > latest) {
        return Error(ErrorKind::SchemaTooNew,
                     tr("The database %1 was written by a newer CivicDesk (schema version %2; "
                        "this program knows up to %3). It was left unchanged. Install the newer "
                        "CivicDesk on this PC.")
                         .arg(m_db.spec().describe())
                         .arg(current.value())
                         .arg(latest));
    }
    if (current.value() == latest)
        return report;

    if (current.value() > 0 && m_db.isSqlite()) {
        const QFileInfo file(m_db.spec().path);
        const QString backup = file.absoluteDir().filePath(
            QStringLiteral("%1.before-schema-%2-%3.sqlite")
                .arg(file.completeBaseName())
                .arg(latest)
                .arg(m_clock.now().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
        Status s = m_db.backupTo(backup);
        if (!s) {
            Error e = s.error();
            e.message = tr("The database was not upgraded, because the backup made first "
                           "failed: %1")
                            .arg(e.message);
            return e;
        }
        report.backupFile = backup;
    }

    for (const Migration& m : m_migrations) {
        if (m.version <= current.value())
            continue;
        CIVICDESK_TRY(apply(m));
        m_db.clearStatementCache(); // the tables changed under any prepared statement
        report.toVersion = m.version;
    }
    return report;
}

Status Migrator::apply(const Migration& migration)
{
    return m_db.write([&](Transaction& tx) -> Status {
        if (!m_db.isSqlite()) {
            // Two PCs upgrading one server at once: the second waits here, then sees the
            // migration done and skips it.
            CIVICDESK_TRY(tx.exec(QStringLiteral("SELECT pg_advisory_xact_lock(43444331)")).status());
        }
        auto v = currentVersion();
        if (!v)
            return v.error();
        if (v.value() >= migration.version)
            return {};
        for (const QString& statement : tx.dialect().scriptStatements(migration.script)) {
            auto r = tx.exec(statement);
            if (!r) {
                Error e = r.error();
                e.message = tr("Upgrading the database to schema version %1 (%2) failed, and "
                               "the upgrade was undone: %3")
                                .arg(migration.version)
                                .arg(migration.name, e.message);
                return e;
            }
        }
        return tx.exec(QStringLiteral("INSERT INTO schema_version (version, name, applied_at) "
                                      "VALUES (?, ?, ?)"),
                       {migration.version, migration.name, toDbTimestamp(m_clock.now())})
            .status();
    });
}

} // namespace civicdesk
