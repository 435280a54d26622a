// The headless commands, run as the real program: exit codes and sentences a script relies on.

#include "TestDatabase.h"
#include "storage/IntegrityStamp.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>

#include <unistd.h>

using namespace civicdesk;
using namespace civicdesk::test;

namespace {

QByteArray fileHash(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

QString sqlite3(const QString& file, const QString& sql)
{
    ProcessResult r = runProcess(QStringLiteral("sqlite3"), {file, sql});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    return r.out.trimmed();
}

} // namespace

TEST_CASE("civicdesk init creates a sound database, and a second init is a no-op", "[sqlite]")
{
    QTemporaryDir dir;
    const QString file = QDir(dir.path()).filePath(QStringLiteral("x.sqlite"));
    ProcessResult first = runCivicDesk({QStringLiteral("init"), QStringLiteral("--db"), file});
    INFO(first.err.toStdString());
    REQUIRE(first.exitCode == 0);
    CHECK(first.out.contains(QStringLiteral("Created a new CivicDesk database")));
    CHECK(sqlite3(file, QStringLiteral("PRAGMA integrity_check")) == QStringLiteral("ok"));
    const QString tables = sqlite3(file, QStringLiteral("SELECT group_concat(name, ' ') FROM "
                                                        "sqlite_master WHERE type = 'table'"));
    CHECK(tables.contains(QStringLiteral("schema_version")));
    CHECK(tables.contains(QStringLiteral("departments")));

    const QString versions = sqlite3(file, QStringLiteral("SELECT group_concat(version) FROM schema_version"));
    ProcessResult second = runCivicDesk({QStringLiteral("init"), QStringLiteral("--db"), file});
    REQUIRE(second.exitCode == 0);
    CHECK(second.out.contains(QStringLiteral("up to date")));
    CHECK(second.out.contains(QStringLiteral("nothing to do")));
    CHECK(sqlite3(file, QStringLiteral("SELECT group_concat(version) FROM schema_version")) == versions);

    SECTION("demo fills it once")
    {
        ProcessResult demo = runCivicDesk({QStringLiteral("demo"), QStringLiteral("--db"), file});
        INFO(demo.err.toStdString());
        REQUIRE(demo.exitCode == 0);
        CHECK(demo.out.contains(QStringLiteral("Added demonstration data")));
        CHECK(sqlite3(file, QStringLiteral("SELECT COUNT(*) FROM departments")).toInt() >= 6);
        CHECK(sqlite3(file, QStringLiteral("SELECT value FROM meta WHERE key = 'demo'")) == QStringLiteral("1"));
        ProcessResult again = runCivicDesk({QStringLiteral("demo"), QStringLiteral("--db"), file});
        CHECK(again.exitCode == 0);
        CHECK(again.out.contains(QStringLiteral("already holds the demonstration data")));
    }
    SECTION("the branch code can be set")
    {
        ProcessResult r = runCivicDesk({QStringLiteral("init"), QStringLiteral("--db"), file,
                                        QStringLiteral("--branch"), QStringLiteral("fz02")});
        REQUIRE(r.exitCode == 0);
        CHECK(sqlite3(file, QStringLiteral("SELECT value FROM meta WHERE key = 'branch_code'")) ==
              QStringLiteral("FZ02"));
        ProcessResult bad = runCivicDesk({QStringLiteral("init"), QStringLiteral("--db"), file,
                                          QStringLiteral("--branch"), QStringLiteral("no way")});
        CHECK(bad.exitCode == 1);
        CHECK(bad.err.contains(QStringLiteral("2 to 8 capital letters or digits")));
    }
}

TEST_CASE("civicdesk check reads every page and renews the record of the check", "[sqlite]")
{
    // The nightly task of a center: after it, a big database opens without reading it whole.
    QTemporaryDir dir;
    const QString file = QDir(dir.path()).filePath(QStringLiteral("x.sqlite"));
    REQUIRE(runCivicDesk({QStringLiteral("init"), QStringLiteral("--db"), file}).exitCode == 0);
    auto stamp = IntegrityStamp::read(file);
    REQUIRE(stamp.has_value());
    stamp->checkedAt = QDateTime::currentDateTimeUtc().addDays(-30);
    REQUIRE(stamp->write(file));

    ProcessResult r = runCivicDesk({QStringLiteral("check"), QStringLiteral("--db"), file});
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("every page read in")));
    auto renewed = IntegrityStamp::read(file);
    REQUIRE(renewed.has_value());
    CHECK(renewed->checkedAt.secsTo(QDateTime::currentDateTimeUtc()) < 120);
    CHECK(renewed->closedAs == FileFingerprint::of(file));
}

TEST_CASE("headless commands on databases that cannot be used exit with 2 and a sentence", "[sqlite]")
{
    QTemporaryDir dir;
    const QString file = QDir(dir.path()).filePath(QStringLiteral("x.sqlite"));

    SECTION("missing")
    {
        ProcessResult r = runCivicDesk({QStringLiteral("check"), QStringLiteral("--db"), file});
        CHECK(r.exitCode == 2);
        CHECK(r.err.contains(QStringLiteral("There is no database at")));
        CHECK_FALSE(QFile::exists(file));
    }
    SECTION("not a database")
    {
        QFile f(file);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("this is a shopping list, not a database\n");
        f.close();
        const QByteArray before = fileHash(file);
        ProcessResult r = runCivicDesk({QStringLiteral("demo"), QStringLiteral("--db"), file});
        CHECK(r.exitCode == 2);
        CHECK(r.err.contains(QStringLiteral("not a CivicDesk database, or it is damaged")));
        CHECK(fileHash(file) == before);
    }
    SECTION("newer than this program")
    {
        REQUIRE(runCivicDesk({QStringLiteral("init"), QStringLiteral("--db"), file}).exitCode == 0);
        sqlite3(file, QStringLiteral("INSERT INTO schema_version VALUES (999, 'future', '2030-01-01')"));
        const QByteArray before = fileHash(file);
        ProcessResult r = runCivicDesk({QStringLiteral("init"), QStringLiteral("--db"), file});
        CHECK(r.exitCode == 2);
        CHECK(r.err.contains(QStringLiteral("newer CivicDesk")));
        CHECK(fileHash(file) == before);
    }
    SECTION("locked by another program")
    {
        REQUIRE(runCivicDesk({QStringLiteral("init"), QStringLiteral("--db"), file,
                              QStringLiteral("--mode"), QStringLiteral("shared")})
                    .exitCode == 0);
        QProcess holder;
        holder.start(QStringLiteral("sqlite3"), {file});
        REQUIRE(holder.waitForStarted());
        holder.write("BEGIN EXCLUSIVE;\nINSERT INTO meta VALUES ('lock', '1');\nSELECT 'locked';\n");
        REQUIRE(holder.waitForReadyRead(10000));
        ProcessResult r = runCivicDesk({QStringLiteral("check"), QStringLiteral("--db"), file,
                                        QStringLiteral("--mode"), QStringLiteral("shared")});
        holder.write("ROLLBACK;\n.quit\n");
        holder.closeWriteChannel();
        holder.waitForFinished();
        CHECK(r.exitCode == 2);
        CHECK(r.err.contains(QStringLiteral("locked by another program")));
    }
    SECTION("read-only")
    {
        REQUIRE(runCivicDesk({QStringLiteral("init"), QStringLiteral("--db"), file,
                              QStringLiteral("--mode"), QStringLiteral("shared")})
                    .exitCode == 0);
        QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
        ProcessResult r;
        if (geteuid() == 0) {
            // root may write any file: run the program as an unprivileged user instead.
            QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                  QFileDevice::ExeOwner | QFileDevice::ReadOther |
                                                  QFileDevice::ExeOther);
            r = runProcess(QStringLiteral("runuser"),
                           {QStringLiteral("-u"), QStringLiteral("nobody"), QStringLiteral("--"),
                            QStringLiteral("env"), QStringLiteral("QT_QPA_PLATFORM=offscreen"),
                            QStringLiteral("HOME=/tmp"), QStringLiteral(CIVICDESK_BINARY),
                            QStringLiteral("demo"), QStringLiteral("--db"), file,
                            QStringLiteral("--mode"), QStringLiteral("shared")});
        } else {
            r = runCivicDesk({QStringLiteral("demo"), QStringLiteral("--db"), file,
                              QStringLiteral("--mode"), QStringLiteral("shared")});
        }
        CHECK(r.exitCode == 2);
        CHECK(r.err.contains(QStringLiteral("read-only")));
    }
}

TEST_CASE("the command line itself: help, language, unknown commands", "[unit]")
{
    ProcessResult help = runCivicDesk({QStringLiteral("--help")});
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains(QStringLiteral("init")));
    CHECK(help.out.contains(QStringLiteral("Exit codes")));

    ProcessResult zh = runCivicDesk({QStringLiteral("--lang"), QStringLiteral("zh_CN"), QStringLiteral("--help")});
    CHECK(zh.exitCode == 0);
    CHECK(zh.out.contains(QStringLiteral("退出码")));

    ProcessResult unknown = runCivicDesk({QStringLiteral("frobnicate")});
    CHECK(unknown.exitCode == 64);
    CHECK(unknown.err.contains(QStringLiteral("There is no command \"frobnicate\"")));

    ProcessResult both = runCivicDesk({QStringLiteral("check"), QStringLiteral("--db"), QStringLiteral("a"),
                                       QStringLiteral("--pg"), QStringLiteral("host=x")});
    CHECK(both.exitCode == 1);
    CHECK(both.err.contains(QStringLiteral("either --db or --pg")));
}

TEST_CASE("init and demo work on the server too", "[db]")
{
    TestDatabase t; // already migrated
    ProcessResult init = runCivicDesk(QStringList{QStringLiteral("init")} + t.cliArgs());
    INFO(init.err.toStdString());
    REQUIRE(init.exitCode == 0);
    CHECK(init.out.contains(QStringLiteral("nothing to do")));
    ProcessResult demo = runCivicDesk(QStringList{QStringLiteral("demo")} + t.cliArgs());
    INFO(demo.err.toStdString());
    REQUIRE(demo.exitCode == 0);
    CHECK(t.db().scalar(QStringLiteral("SELECT COUNT(*) FROM departments")).value().toInt() >= 6);
}
