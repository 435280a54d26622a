#include "TestDatabase.h"

#include <catch2/catch.hpp>

#include <QProcess>
#include <QSet>

#include <memory>
#include <vector>

using namespace civicdesk;
using namespace civicdesk::test;

namespace {

void fourWritersAtOnce(StorageMode sqliteMode)
{
    TestDatabase t(sqliteMode);
    REQUIRE(t.db()
                .exec(QStringLiteral("CREATE TABLE test_writes (id TEXT PRIMARY KEY, worker INTEGER "
                                     "NOT NULL, seq INTEGER NOT NULL, counter BIGINT NOT NULL "
                                     "UNIQUE, UNIQUE (worker, seq))"))
                .isOk());

    constexpr int workers = 4;
    constexpr int perWorker = 150;
    std::vector<std::unique_ptr<QProcess>> processes;
    for (int w = 1; w <= workers; ++w) {
        auto p = std::make_unique<QProcess>();
        QStringList args{QStringLiteral("write-rows")};
        args << t.cliArgs() << QStringLiteral("--worker") << QString::number(w)
             << QStringLiteral("--count") << QString::number(perWorker);
        p->start(QStringLiteral(CIVICDESK_TEST_WORKER), args);
        REQUIRE(p->waitForStarted());
        processes.push_back(std::move(p));
    }
    for (auto& p : processes) {
        REQUIRE(p->waitForFinished(300000));
        INFO(p->readAllStandardError().toStdString());
        CHECK(p->exitStatus() == QProcess::NormalExit);
        CHECK(p->exitCode() == 0);
    }

    auto q = t.db().exec(QStringLiteral("SELECT worker, seq, counter FROM test_writes"));
    REQUIRE(q.isOk());
    QSet<QString> pairs;
    QSet<qint64> counters;
    int rows = 0;
    while (q.value().next()) {
        ++rows;
        pairs.insert(q.value().value(0).toString() + QLatin1Char('/') + q.value().value(1).toString());
        counters.insert(q.value().value(2).toLongLong());
    }
    // Every write landed exactly once, and the counter handed out 1..N without a gap.
    CHECK(rows == workers * perWorker);
    CHECK(pairs.size() == workers * perWorker);
    CHECK(counters.size() == workers * perWorker);
    for (qint64 c = 1; c <= workers * perWorker; ++c)
        CHECK(counters.contains(c));
}

} // namespace

TEST_CASE("four processes writing at once: every write lands exactly once", "[db][concurrency]")
{
    if (onPostgres()) {
        fourWritersAtOnce(StorageMode::Server);
        return;
    }
    SECTION("local mode (WAL)") { fourWritersAtOnce(StorageMode::Local); }
    SECTION("shared mode (rollback journal)") { fourWritersAtOnce(StorageMode::Shared); }
}
