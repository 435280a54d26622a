#include "TestDatabase.h"

#include "storage/DatabaseSetup.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QUuid>

namespace civicdesk::test {

Backend backend()
{
    return qEnvironmentVariable("CIVICDESK_TEST_BACKEND") == QLatin1String("postgres")
               ? Backend::Postgres
               : Backend::Sqlite;
}

QDateTime testNow()
{
    return QDateTime(QDate(2026, 11, 20), QTime(10, 0));
}

TestDatabase::TestDatabase(StorageMode sqliteMode, bool migrate)
{
    REQUIRE(m_dir.isValid());
    if (backend() == Backend::Postgres) {
        const QString base = qEnvironmentVariable("CIVICDESK_TEST_PG");
        REQUIRE(!base.isEmpty());
        m_schema = QStringLiteral("t_") +
                   QUuid::createUuid().toString(QUuid::Id128).left(16);
        auto admin = Database::open(ConnectionSpec::postgres(base));
        REQUIRE(admin.isOk());
        REQUIRE(admin.value()->exec(QStringLiteral("CREATE SCHEMA ") + m_schema).isOk());
        m_spec = ConnectionSpec::postgres(base + QStringLiteral(" options=-csearch_path=") + m_schema);
    } else {
        m_spec = {sqliteMode, QDir(m_dir.path()).filePath(QStringLiteral("test.sqlite")), {}};
    }
    ManualClock clock(testNow());
    if (migrate) {
        OpenOptions options;
        options.createIfMissing = true;
        auto prepared = prepareDatabase(m_spec, clock, options);
        INFO(prepared.message().toStdString());
        REQUIRE(prepared.isOk());
        m_db = std::move(prepared->db);
    } else {
        OpenOptions options;
        options.createIfMissing = true;
        auto db = Database::open(m_spec, options);
        INFO(db.message().toStdString());
        REQUIRE(db.isOk());
        m_db = db.take();
    }
}

TestDatabase::~TestDatabase()
{
    m_db.reset();
    if (!m_schema.isEmpty()) {
        auto admin = Database::open(ConnectionSpec::postgres(qEnvironmentVariable("CIVICDESK_TEST_PG")));
        if (admin)
            (void)admin.value()->exec(QStringLiteral("DROP SCHEMA ") + m_schema +
                                      QStringLiteral(" CASCADE"));
    }
}

std::unique_ptr<Database> TestDatabase::openAnother() const
{
    auto db = m_db->openAnother();
    REQUIRE(db.isOk());
    return db.take();
}

QStringList TestDatabase::cliArgs() const
{
    if (!m_spec.isSqlite())
        return {QStringLiteral("--pg"), m_spec.server};
    return {QStringLiteral("--db"), m_spec.path, QStringLiteral("--mode"),
            storageModeName(m_spec.mode)};
}

ProcessResult runProcess(const QString& program, const QStringList& args, int timeoutMs,
                         const QProcessEnvironment& env)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(program, args);
    ProcessResult r;
    if (!p.waitForStarted(10000)) {
        r.err = QStringLiteral("could not start ") + program;
        return r;
    }
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        r.err = QStringLiteral("timed out: ") + program;
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QStringList queryPlan(const Database& db, const QString& sql, const QVariantList& params)
{
    QStringList plan;
    auto q = db.exec(QStringLiteral("EXPLAIN QUERY PLAN ") + sql, params);
    if (!q)
        return {q.message()};
    while (q.value().next())
        plan << q.value().value(3).toString();
    q.value().finish();
    return plan;
}

ProcessResult runCivicDesk(const QStringList& args, int timeoutMs)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    return runProcess(QStringLiteral(CIVICDESK_BINARY), args, timeoutMs, env);
}

} // namespace civicdesk::test
