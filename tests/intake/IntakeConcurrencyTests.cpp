// Four counters taking in applications at the same moment from four processes: 2,000 case
// numbers, all different and without a gap, on one shared-mode SQLite file and on PostgreSQL.

#include "IntakeFixture.h"

#include "CatchQt.h"

#include <QProcess>

#include <vector>

using namespace civicdesk;
using namespace civicdesk::test;

TEST_CASE("four processes taking in 500 applications each get 2000 consecutive case numbers",
          "[db]")
{
    IntakeFixture f(StorageMode::Shared);
    constexpr int workers = 4;
    constexpr int perWorker = 500;
    const QString matterId = f.matter(QStringLiteral("RS-002")).id;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CIVICDESK_FAKE_NOW"), f.clock().now().toString(Qt::ISODate));

    std::vector<std::unique_ptr<QProcess>> processes;
    for (int w = 0; w < workers; ++w) {
        auto p = std::make_unique<QProcess>();
        p->setProcessEnvironment(env);
        QStringList args{QStringLiteral("intake")};
        args << f.testDb().cliArgs() << QStringLiteral("--worker") << QString::number(w)
             << QStringLiteral("--count") << QString::number(perWorker)
             << QStringLiteral("--matter") << matterId;
        p->start(QStringLiteral(CIVICDESK_TEST_WORKER), args);
        REQUIRE(p->waitForStarted());
        processes.push_back(std::move(p));
    }
    QStringList numbers;
    for (auto& p : processes) {
        REQUIRE(p->waitForFinished(500000));
        INFO(QString::fromUtf8(p->readAllStandardError()).toStdString());
        CHECK(p->exitStatus() == QProcess::NormalExit);
        CHECK(p->exitCode() == 0);
        for (const QString& line : QString::fromUtf8(p->readAllStandardOutput())
                                       .split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            if (line.startsWith(QLatin1String("case ")))
                numbers << line.mid(5);
        }
    }
    REQUIRE(numbers.size() == workers * perWorker);
    const QSet<QString> distinct(numbers.begin(), numbers.end());
    CHECK(distinct.size() == numbers.size());
    // 00001 … 02000 of the day, nothing skipped.
    QSet<QString> expected;
    for (int i = 1; i <= workers * perWorker; ++i)
        expected.insert(QStringLiteral("ZX0120261120%1").arg(i, 5, 10, QLatin1Char('0')));
    CHECK(distinct == expected);
    CHECK(f.count(QStringLiteral("SELECT COUNT(*) FROM cases")) == workers * perWorker);
    CHECK(
        f.count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'case.accepted'")) ==
        workers * perWorker);
    CHECK(f.count(QStringLiteral("SELECT COUNT(*) FROM issued_documents")) == workers * perWorker);
}
