// civicdesk validate, run as the real program: what a script checking a list before a bulk
// import relies on (one answer a line, exit 0 or 1).

#include "TestDatabase.h"

#include "CatchQt.h"

#include <QProcess>

using namespace civicdesk;
using namespace civicdesk::test;

namespace {

ProcessResult runWithInput(const QStringList& args, const QByteArray& input)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(CIVICDESK_BINARY), args);
    REQUIRE(p.waitForStarted(10000));
    p.write(input);
    p.closeWriteChannel();
    REQUIRE(p.waitForFinished(60000));
    ProcessResult r;
    r.exitCode = p.exitCode();
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

} // namespace

TEST_CASE("civicdesk validate answers valid or invalid with the reason", "[unit]")
{
    auto run = [](const QStringList& args) {
        ProcessResult r = runCivicDesk(QStringList{QStringLiteral("validate")} + args);
        INFO(r.err.toStdString());
        return r;
    };
    ProcessResult ok = run({QStringLiteral("--id"), QStringLiteral("11010519491231002x")});
    CHECK(ok.exitCode == 0);
    CHECK(ok.out == QStringLiteral("valid\n"));

    ProcessResult wrong = run({QStringLiteral("--id"), QStringLiteral("110105194912310021")});
    CHECK(wrong.exitCode == 1);
    CHECK(wrong.out == QStringLiteral("invalid: Wrong check character: expected X, got 1. One of the "
                                      "18 characters was probably mistyped; compare the number with "
                                      "the card.\n"));

    CHECK(run({QStringLiteral("--uscc"), QStringLiteral("91350100M000100Y43")}).exitCode == 0);
    ProcessResult forbidden = run({QStringLiteral("--uscc"), QStringLiteral("91350100O000100Y43")});
    CHECK(forbidden.exitCode == 1);
    CHECK(forbidden.out.startsWith(QStringLiteral("invalid: Letter O at position 9")));

    CHECK(run({QStringLiteral("--phone"), QStringLiteral("0755-26543210-801")}).out ==
          QStringLiteral("valid\n"));
    ProcessResult phone = run({QStringLiteral("--phone"), QStringLiteral("1380013800")});
    CHECK(phone.exitCode == 1);
    CHECK(phone.out == QStringLiteral("invalid: A mobile number has 11 digits; this one has 10.\n"));

    SECTION("the reason follows --lang; the keyword stays for scripts")
    {
        ProcessResult zh = run({QStringLiteral("--lang"), QStringLiteral("zh_CN"), QStringLiteral("--id"),
                                QStringLiteral("11010519990230002X")});
        CHECK(zh.exitCode == 1);
        CHECK(zh.out.startsWith(QStringLiteral("invalid: ")));
        CHECK(zh.out.contains(QStringLiteral("1999-02-30")));
        CHECK(zh.out.contains(QStringLiteral("出生日期")));
    }
    SECTION("a wrong command line is a usage error, not an answer")
    {
        CHECK(run({}).exitCode == 64);
        CHECK(run({QStringLiteral("--id"), QStringLiteral("1"), QStringLiteral("--phone"),
                   QStringLiteral("2")})
                  .exitCode == 64);
    }
}

TEST_CASE("civicdesk validate --id - answers a list one line per value", "[unit]")
{
    const QByteArray list = "11010519491231002X\r\n"
                            "110105194912310021\n"
                            "\n"
                            "11010519491231002x\n"
                            "1101051949123100\n";
    ProcessResult r = runWithInput({QStringLiteral("validate"), QStringLiteral("--id"),
                                    QStringLiteral("-")},
                                   list);
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 1);
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 5);
    CHECK(lines[0] == QStringLiteral("valid"));
    CHECK(lines[1].startsWith(QStringLiteral("invalid: Wrong check character: expected X, got 1.")));
    CHECK(lines[2] == QStringLiteral("invalid: Nothing was entered."));
    CHECK(lines[3] == QStringLiteral("valid"));
    CHECK(lines[4] == QStringLiteral("invalid: An ID number has 18 characters; this one has 16."));

    ProcessResult allGood = runWithInput({QStringLiteral("validate"), QStringLiteral("--uscc"),
                                          QStringLiteral("-")},
                                         "91350100M000100Y43\n9144030071526726xg\n");
    CHECK(allGood.exitCode == 0);
    CHECK(allGood.out == QStringLiteral("valid\nvalid\n"));
}
