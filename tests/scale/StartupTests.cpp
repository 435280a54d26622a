// The start-up measurement of bench_scale: civicdesk with CIVICDESK_EXIT_AFTER_FIRST_PAGE=1
// signs in through the staff service, fills the case list's first page and exits.

#include "TestDatabase.h"

#include "demo/DemoData.h"
#include "security/StaffDemo.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QRegularExpression>

using namespace civicdesk;
using namespace civicdesk::test;

namespace {

ProcessResult startAndExit(const TestDatabase& t, const QString& password)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("CIVICDESK_NO_VOICE"), QStringLiteral("1"));
    env.insert(QStringLiteral("CIVICDESK_EXIT_AFTER_FIRST_PAGE"), QStringLiteral("1"));
    env.insert(QStringLiteral("CIVICDESK_SIGN_IN"), QStringLiteral("clerk1"));
    env.insert(QStringLiteral("CIVICDESK_PASSWORD"), password);
    return runProcess(QStringLiteral(CIVICDESK_BINARY),
                      {QStringLiteral("--db"), t.spec().path, QStringLiteral("--config"),
                       QDir(t.dir()).filePath(QStringLiteral("civicdesk.ini"))},
                      120000, env);
}

} // namespace

TEST_CASE("the start-up measurement shows the first case page and exits", "[sqlite]")
{
    TestDatabase t;
    ManualClock clock(testNow());
    REQUIRE(DemoData::fill(t.db(), clock).isOk());

    const ProcessResult r = startAndExit(t, QString::fromLatin1(kDemoPassword));
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 0);
    const QRegularExpressionMatch m =
        QRegularExpression(QStringLiteral("startup: signed in \\d+ ms, window shown \\d+ ms, first "
                                          "page \\((\\d+) cases\\) \\d+ ms, peak memory \\d+ kB"))
            .match(r.err);
    REQUIRE(m.hasMatch());
    CHECK(m.captured(1).toInt() > 0);
}

TEST_CASE("the start-up measurement opens no window without the right password", "[sqlite]")
{
    TestDatabase t;
    ManualClock clock(testNow());
    REQUIRE(DemoData::fill(t.db(), clock).isOk());

    const ProcessResult r = startAndExit(t, QStringLiteral("not-the-password"));
    CHECK(r.exitCode != 0);
    CHECK_FALSE(r.err.contains(QLatin1String("startup:")));
    // The attempt counts like a typed one.
    CHECK(t.db()
              .scalar(QStringLiteral("SELECT failed_attempts FROM staff WHERE login = 'clerk1'"))
              .value()
              .toInt() == 1);
}
