// `civicdesk audit verify` as an auditor would run it, before and after someone edits the
// database file with sqlite3.

#include "TestDatabase.h"

#include <catch2/catch.hpp>

#include <QDir>

using namespace civicdesk;
using namespace civicdesk::test;

TEST_CASE("civicdesk audit verify finds a tampered database file", "[sqlite]")
{
    QTemporaryDir dir;
    const QString file = QDir(dir.path()).filePath(QStringLiteral("center.sqlite"));
    REQUIRE(runCivicDesk({QStringLiteral("demo"), QStringLiteral("--db"), file}).exitCode == 0);
    ProcessResult before = runCivicDesk({QStringLiteral("audit"), QStringLiteral("verify"),
                                         QStringLiteral("--db"), file});
    CHECK(before.exitCode == 0);
    CHECK(before.out.trimmed().startsWith(QStringLiteral("ok, ")));
    CHECK(before.out.contains(QStringLiteral(" rows")));

    ProcessResult edit = runProcess(QStringLiteral("sqlite3"),
                                    {file, QStringLiteral("UPDATE audit_log SET staff_login = "
                                                          "'someone' WHERE seq = 2")});
    REQUIRE(edit.exitCode == 0);
    ProcessResult after = runCivicDesk({QStringLiteral("audit"), QStringLiteral("verify"),
                                        QStringLiteral("--db"), file});
    CHECK(after.exitCode == 1);
    CHECK(after.out.contains(QStringLiteral("TAMPERED")));
    CHECK(after.out.contains(QStringLiteral("audit row 2")));
}

TEST_CASE("civicdesk staff add, list, passwd and unlock work from a script", "[sqlite]")
{
    QTemporaryDir dir;
    const QString file = QDir(dir.path()).filePath(QStringLiteral("center.sqlite"));
    REQUIRE(runCivicDesk({QStringLiteral("demo"), QStringLiteral("--db"), file}).exitCode == 0);
    ProcessResult add = runCivicDesk({QStringLiteral("staff"), QStringLiteral("add"), QStringLiteral("wang.wu"),
                                      QStringLiteral("--name"), QStringLiteral("王五"), QStringLiteral("--roles"),
                                      QStringLiteral("clerk,supervisor"), QStringLiteral("--db"), file});
    INFO(add.err.toStdString());
    REQUIRE(add.exitCode == 0);
    CHECK(add.out.contains(QStringLiteral("Temporary password: ")));
    ProcessResult list = runCivicDesk({QStringLiteral("staff"), QStringLiteral("list"), QStringLiteral("--db"), file});
    CHECK(list.out.contains(QStringLiteral("wang.wu")));
    CHECK(list.out.contains(QStringLiteral("window clerk, supervisor")));

    ProcessResult badRole = runCivicDesk({QStringLiteral("staff"), QStringLiteral("add"), QStringLiteral("x.y"),
                                          QStringLiteral("--name"), QStringLiteral("X"), QStringLiteral("--roles"),
                                          QStringLiteral("boss"), QStringLiteral("--db"), file});
    CHECK(badRole.exitCode == 1);
    CHECK(badRole.err.contains(QStringLiteral("\"boss\" is not a role")));
    ProcessResult taken = runCivicDesk({QStringLiteral("staff"), QStringLiteral("add"), QStringLiteral("clerk1"),
                                        QStringLiteral("--name"), QStringLiteral("X"), QStringLiteral("--roles"),
                                        QStringLiteral("clerk"), QStringLiteral("--db"), file});
    CHECK(taken.exitCode == 1);
    CHECK(taken.err.contains(QStringLiteral("already taken")));

    ProcessResult passwd = runCivicDesk({QStringLiteral("staff"), QStringLiteral("passwd"),
                                         QStringLiteral("wang.wu"), QStringLiteral("--db"), file});
    CHECK(passwd.exitCode == 0);
    CHECK(passwd.out.contains(QStringLiteral("must be changed at the next sign-in")));
    ProcessResult verify = runCivicDesk({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), file});
    CHECK(verify.exitCode == 0);
    ProcessResult audit = runCivicDesk({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--db"), file,
                                        QStringLiteral("--limit"), QStringLiteral("5")});
    CHECK(audit.out.contains(QStringLiteral("system:cli password.reset")));
    CHECK_FALSE(audit.out.contains(passwd.out.section(QStringLiteral("Temporary password: "), 1).trimmed()));
}
