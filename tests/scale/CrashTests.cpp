// Crash safety: a process killed with SIGKILL at random moments loses nothing it reported as
// done, leaves nothing half-written, and the database and its audit chain stay sound.
// CIVICDESK_LONG_TESTS=1 runs more rounds on more data.

#include "../scheduling/SchedulingFixture.h"

#include "security/AuditLog.h"
#include "storage/Transaction.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSet>

#include <cstdio>

using namespace civicdesk;
using namespace civicdesk::test;

namespace {

bool longRun()
{
    return qEnvironmentVariableIntValue("CIVICDESK_LONG_TESTS") > 0;
}

int count(Database& db, const QString& sql, const QVariantList& params = {})
{
    auto v = db.scalar(sql, params);
    REQUIRE(v.isOk());
    return v.value().toInt();
}

} // namespace

TEST_CASE("killing a process that calls tickets loses nothing it reported", "[sqlite][crash]")
{
    SchedulingFixture f(StorageMode::Local); // WAL, synchronous=FULL
    const QString window = f.addWindow(1, true);
    const int wantedKills = longRun() ? 60 : 22;
    // A fast machine serves a small queue dry before the killer strikes: keep it stocked, so that
    // every round has work to be killed in. Each category numbers at most 999 tickets a day, so
    // each restocking opens a new category (the window is comprehensive and serves them all).
    int restocked = 0;
    auto stockQueue = [&] {
        if (count(f.db(), QStringLiteral("SELECT COUNT(*) FROM tickets WHERE status = 'waiting'")) >= 500)
            return;
        const QString prefix = QString(QLatin1Char(char('D' + restocked)));
        const QString category = restocked == 0 ? f.catA : f.addCategory(prefix, prefix, prefix);
        ++restocked;
        REQUIRE(f.db().write([&](Transaction&) -> Status {
            for (int i = 0; i < 990; ++i) {
                auto slip = QueueService::issue(f.system(), {category, {}, {}, {}});
                if (!slip)
                    return slip.error();
            }
            return {};
        }).isOk());
    };

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CIVICDESK_FAKE_NOW"), f.clock().now().toString(Qt::ISODate));
    const quint32 seed = QRandomGenerator::global()->generate();
    std::printf("crash test seed %u\n", seed);
    QRandomGenerator random(seed);
    QStringList reported;
    int kills = 0;
    for (int round = 0; round < wantedKills * 3 && kills < wantedKills; ++round) {
        stockQueue();
        QProcess worker;
        worker.setProcessEnvironment(env);
        worker.start(QStringLiteral(CIVICDESK_TEST_WORKER),
                     QStringList{QStringLiteral("serve-queue")} + f.testDb().cliArgs() +
                         QStringList{QStringLiteral("--window"), window});
        REQUIRE(worker.waitForStarted());
        const int lifetimeMs = 40 + int(random.bounded(260));
        if (!worker.waitForFinished(lifetimeMs)) {
            worker.kill(); // SIGKILL: no chance to clean up
            worker.waitForFinished();
            ++kills;
        }
        INFO(worker.readAllStandardError().toStdString());
        for (const QString& line : QString::fromUtf8(worker.readAllStandardOutput()).split(QLatin1Char('\n'))) {
            if (line.startsWith(QLatin1String("served ")))
                reported << line.mid(7);
        }
        if (worker.exitStatus() == QProcess::NormalExit)
            CHECK(worker.exitCode() == 0);
    }
    CHECK(kills >= wantedKills);
    REQUIRE(reported.size() > 0);
    std::printf("%d kills, %d tickets reported served\n", kills, int(reported.size()));

    Database& db = f.db();
    CHECK(db.scalar(QStringLiteral("PRAGMA integrity_check")).value().toString() == QStringLiteral("ok"));
    // Every ticket a worker reported is served for good, with the audit rows of each step.
    for (const QString& id : reported) {
        INFO(id.toStdString());
        CHECK(count(db, QStringLiteral("SELECT COUNT(*) FROM tickets WHERE id = ? AND status = 'done'"), {id}) == 1);
        CHECK(count(db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE subject_id = ? AND action "
                                       "IN ('ticket.called', 'ticket.finished')"),
                    {id}) >= 2);
    }
    CHECK(QSet<QString>(reported.begin(), reported.end()).size() == reported.size()); // none twice
    // Nothing half-written: every ticket that left the queue has the audit row of its call, and
    // every finished one the row of its finish.
    CHECK(count(db, QStringLiteral("SELECT COUNT(*) FROM tickets t WHERE t.status IN ('called', "
                                   "'serving', 'done') AND NOT EXISTS (SELECT 1 FROM audit_log a "
                                   "WHERE a.subject_id = t.id AND a.action = 'ticket.called')")) == 0);
    CHECK(count(db, QStringLiteral("SELECT COUNT(*) FROM tickets t WHERE t.status = 'done' AND NOT "
                                   "EXISTS (SELECT 1 FROM audit_log a WHERE a.subject_id = t.id AND "
                                   "a.action = 'ticket.finished')")) == 0);
    CHECK(count(db, QStringLiteral("SELECT COUNT(*) FROM tickets WHERE status IN ('called', 'serving')")) <= 1);
    auto chain = AuditLog::verify(db);
    REQUIRE(chain.isOk());
    INFO(chain->problem.toStdString());
    CHECK(chain->ok);
}
