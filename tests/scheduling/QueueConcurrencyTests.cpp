// Eight windows calling at the same moment from eight processes: every ticket is served
// exactly once, on one shared-mode SQLite file and on PostgreSQL.

#include "SchedulingFixture.h"

#include <QProcess>
#include <QRegularExpression>

#include <cstdio>
#include <vector>

using namespace civicdesk;
using namespace civicdesk::test;

namespace {

void eightWindowsDrainTheQueue(StorageMode mode)
{
    SchedulingFixture f(mode);
    constexpr int windows = 8;
    constexpr int tickets = 240;
    QStringList windowIds;
    for (int w = 1; w <= windows; ++w)
        windowIds << f.addWindow(w, w % 3 == 0 ? false : true, {f.catA, f.catB});
    const QStringList categories{f.catA, f.catB, f.catC};
    QSet<QString> issued;
    for (int i = 0; i < tickets; ++i) {
        auto slip = QueueService::issue(f.system(), {categories.at(i % 3),
                                                     i % 7 == 0 ? QStringLiteral("elderly") : QString(),
                                                     {}, {}});
        REQUIRE(slip.isOk());
        issued.insert(slip->ticketId);
    }
    // The workers' clocks start at the day the tickets were issued.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CIVICDESK_FAKE_NOW"), f.clock().now().toString(Qt::ISODate));

    std::vector<std::unique_ptr<QProcess>> processes;
    for (const QString& id : windowIds) {
        auto p = std::make_unique<QProcess>();
        p->setProcessEnvironment(env);
        QStringList args{QStringLiteral("serve-queue")};
        args << f.testDb().cliArgs() << QStringLiteral("--window") << id;
        p->start(QStringLiteral(CIVICDESK_TEST_WORKER), args);
        REQUIRE(p->waitForStarted());
        processes.push_back(std::move(p));
    }
    QStringList served;
    QMap<int, int> perWindow;
    int w = 0;
    for (auto& p : processes) {
        REQUIRE(p->waitForFinished(300000));
        const QString err = QString::fromUtf8(p->readAllStandardError());
        INFO(err.toStdString());
        CHECK(p->exitStatus() == QProcess::NormalExit);
        CHECK(p->exitCode() == 0);
        const QString out = QString::fromUtf8(p->readAllStandardOutput());
        for (const QString& line : out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            if (line.startsWith(QLatin1String("served "))) {
                served << line.mid(7);
                perWindow[w] += 1;
            } else if (line.startsWith(QLatin1String("call-ms "))) {
                std::printf("%s window %d: call-next p50/p99/max ms %s\n",
                            qPrintable(storageModeName(mode)), w + 1, qPrintable(line.mid(8)));
            }
        }
        ++w;
    }
    // Every ticket served exactly once.
    CHECK(served.size() == tickets);
    CHECK(QSet<QString>(served.begin(), served.end()) == issued);
    auto open = f.db().scalar(QStringLiteral("SELECT COUNT(*) FROM tickets WHERE status <> 'done'"));
    CHECK(open.value().toInt() == 0);
    auto calls = f.db().scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'ticket.called'"));
    CHECK(calls.value().toInt() == tickets);
    // The work was shared: more than one window served.
    CHECK(perWindow.size() > 1);
}

} // namespace

TEST_CASE("eight windows calling at once serve every ticket exactly once", "[db][concurrency]")
{
    if (onPostgres()) {
        eightWindowsDrainTheQueue(StorageMode::Server);
        return;
    }
    eightWindowsDrainTheQueue(StorageMode::Shared);
}
