#include "TestDatabase.h"

#include "Clock.h"

#include "storage/DatabaseSetup.h"
#include "storage/IntegrityStamp.h"
#include "storage/Meta.h"
#include "storage/Migrator.h"
#include "storage/SqlDialect.h"
#include "storage/Transaction.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>

#include <thread>

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

// Overwrites three pages in the middle of a database file, as a failing disk would.
void damagePages(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadWrite));
    f.seek(4 * 4096);
    f.write(QByteArray(3 * 4096, char(0x5a)));
    f.close();
}

// A new database file, closed again, with `metaRows` rows of 200 characters in its meta table:
// pages enough to damage, or to take a while to check.
void createDatabase(const ConnectionSpec& spec, const Clock& clock, int metaRows = 0)
{
    OpenOptions create;
    create.createIfMissing = true;
    auto p = prepareDatabase(spec, clock, create);
    REQUIRE(p.isOk());
    for (int i = 0; i < metaRows; ++i)
        REQUIRE(p->db->exec(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?)"),
                            {QStringLiteral("k%1").arg(i), QString(200, QLatin1Char('v'))})
                    .isOk());
}

int count(Database& db, const QString& table)
{
    auto v = db.scalar(QStringLiteral("SELECT COUNT(*) FROM ") + table);
    REQUIRE(v.isOk());
    return v.value().toInt();
}

} // namespace

TEST_CASE("a new database is migrated to the latest schema and gets an identity", "[db]")
{
    TestDatabase t;
    ManualClock clock(testNow());
    Migrator migrator(t.db(), clock);
    auto version = migrator.currentVersion();
    REQUIRE(version.isOk());
    CHECK(version.value() == Migrator::latestVersion());
    CHECK(Migrator::latestVersion() >= 1);

    auto id = Meta::get(t.db(), MetaKey::DatabaseId);
    REQUIRE(id.isOk());
    CHECK(id.value().size() == 36);
    CHECK(Meta::get(t.db(), MetaKey::BranchCode).value() == Meta::defaultBranchCode());

    SECTION("migrating again changes nothing")
    {
        auto again = migrator.migrate();
        REQUIRE(again.isOk());
        CHECK_FALSE(again->changed());
        CHECK(count(t.db(), QStringLiteral("schema_version")) == Migrator::available().size());
        CHECK(Meta::get(t.db(), MetaKey::DatabaseId).value() == id.value());
    }
}

TEST_CASE("a database written by a newer program is refused and left alone", "[db]")
{
    TestDatabase t;
    REQUIRE(t.db()
                .exec(QStringLiteral("INSERT INTO schema_version (version, name, applied_at) "
                                     "VALUES (999, 'future', '2030-01-01 00:00:00.000')"))
                .isOk());
    ManualClock clock(testNow());
    Migrator migrator(t.db(), clock);
    auto r = migrator.migrate();
    REQUIRE_FALSE(r.isOk());
    CHECK(r.kind() == ErrorKind::SchemaTooNew);
    CHECK(r.message().contains(QStringLiteral("newer CivicDesk")));
    CHECK(r.message().contains(QStringLiteral("999")));
}

TEST_CASE("an older database is upgraded one migration at a time", "[db]")
{
    TestDatabase t(StorageMode::Local, /*migrate=*/false);
    ManualClock clock(testNow());
    const QVector<Migration> first = {
        {1, QStringLiteral("base"),
         QStringLiteral("-- @sqlite\nPRAGMA application_id = 1128549169;\n-- @end\n"
                        "CREATE TABLE schema_version (version INTEGER PRIMARY KEY, name TEXT NOT "
                        "NULL, applied_at TEXT NOT NULL);\nCREATE TABLE notes (id TEXT PRIMARY "
                        "KEY, body TEXT NOT NULL);\n")}};
    QVector<Migration> both = first;
    both.push_back({2, QStringLiteral("more"),
                    QStringLiteral("ALTER TABLE notes ADD COLUMN author TEXT;\n"
                                   "-- @sqlite\nCREATE INDEX notes_author ON notes (author);\n"
                                   "-- @end\n-- @postgres\nCREATE INDEX notes_author ON notes "
                                   "(author);\n-- @end\n")});
    REQUIRE(Migrator(t.db(), clock, first).migrate().isOk());
    REQUIRE(t.db().exec(QStringLiteral("INSERT INTO notes (id, body) VALUES ('1', 'kept')")).isOk());

    auto r = Migrator(t.db(), clock, both).migrate();
    INFO(r.message().toStdString());
    REQUIRE(r.isOk());
    CHECK(r->fromVersion == 1);
    CHECK(r->toVersion == 2);
    CHECK(t.db().scalar(QStringLiteral("SELECT body FROM notes WHERE id = '1'")).value().toString() ==
          QStringLiteral("kept"));
    CHECK(t.db().exec(QStringLiteral("SELECT author FROM notes")).isOk());

    if (!onPostgres()) {
        // The database as it was before the upgrade is kept next to it.
        REQUIRE_FALSE(r->backupFile.isEmpty());
        CHECK(r->backupFile.contains(QStringLiteral("before-schema-2")));
        auto backup = Database::open(ConnectionSpec::local(r->backupFile));
        REQUIRE(backup.isOk());
        CHECK(backup.value()->scalar(QStringLiteral("SELECT MAX(version) FROM schema_version"))
                  .value()
                  .toInt() == 1);
    }
}

TEST_CASE("a failed migration is undone completely", "[db]")
{
    TestDatabase t(StorageMode::Local, false);
    ManualClock clock(testNow());
    const QVector<Migration> broken = {
        {1, QStringLiteral("broken"),
         QStringLiteral("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, name TEXT NOT "
                        "NULL, applied_at TEXT NOT NULL);\nCREATE TABLE half (id TEXT);\n"
                        "THIS IS NOT SQL;\n")}};
    auto r = Migrator(t.db(), clock, broken).migrate();
    REQUIRE_FALSE(r.isOk());
    CHECK(r.message().contains(QStringLiteral("undone")));
    CHECK(Migrator(t.db(), clock).currentVersion().value() == 0);
}

TEST_CASE("a write transaction is all or nothing", "[db]")
{
    TestDatabase t;
    Database& db = t.db();

    SECTION("committed writes stay")
    {
        REQUIRE(db.write([](Transaction& tx) {
                      return tx.exec(QStringLiteral("INSERT INTO meta (key, value) VALUES ('a', '1')"))
                          .status();
                  })
                    .isOk());
        CHECK(Meta::get(db, QStringLiteral("a")).value() == QStringLiteral("1"));
    }
    SECTION("an error in the body undoes the writes before it")
    {
        Status s = db.write([](Transaction& tx) -> Status {
            CIVICDESK_TRY(tx.exec(QStringLiteral("INSERT INTO meta (key, value) VALUES ('b', '1')"))
                              .status());
            return Error(ErrorKind::Invalid, QStringLiteral("refused"));
        });
        CHECK(s.kind() == ErrorKind::Invalid);
        CHECK(Meta::get(db, QStringLiteral("b")).value().isEmpty());
        CHECK_FALSE(db.inTransaction());
    }
    SECTION("a failing statement undoes the writes before it")
    {
        Status s = db.write([](Transaction& tx) -> Status {
            CIVICDESK_TRY(tx.exec(QStringLiteral("INSERT INTO meta (key, value) VALUES ('c', '1')"))
                              .status());
            return tx.exec(QStringLiteral("INSERT INTO meta (key, value) VALUES ('c', '2')")).status();
        });
        CHECK(s.kind() == ErrorKind::Conflict);
        CHECK(Meta::get(db, QStringLiteral("c")).value().isEmpty());
    }
    SECTION("a transaction that is never committed is rolled back by its destructor")
    {
        {
            Transaction tx(db);
            REQUIRE(tx.begin().isOk());
            REQUIRE(tx.exec(QStringLiteral("INSERT INTO meta (key, value) VALUES ('d', '1')")).isOk());
        }
        CHECK(Meta::get(db, QStringLiteral("d")).value().isEmpty());
        CHECK_FALSE(db.inTransaction());
    }
    SECTION("a nested write joins the open transaction")
    {
        Status s = db.write([&](Transaction&) -> Status {
            CIVICDESK_TRY(db.write([](Transaction& inner) {
                return inner.exec(QStringLiteral("INSERT INTO meta (key, value) VALUES ('e', '1')"))
                    .status();
            }));
            return Error(ErrorKind::Invalid, QStringLiteral("outer refuses"));
        });
        CHECK_FALSE(s.isOk());
        CHECK(Meta::get(db, QStringLiteral("e")).value().isEmpty());
    }
}

TEST_CASE("counters count from 1 without gaps, and a rolled-back increment is not used", "[db]")
{
    TestDatabase t;
    auto next = [&](bool commit) {
        qint64 value = 0;
        Status s = t.db().write([&](Transaction& tx) -> Status {
            auto n = tx.nextCounterValue(QStringLiteral("case:ZX01:20261120"));
            if (!n)
                return n.error();
            value = n.value();
            return commit ? Status() : Error(ErrorKind::Invalid, QStringLiteral("no"));
        });
        return commit ? value : -value;
    };
    CHECK(next(true) == 1);
    CHECK(next(true) == 2);
    CHECK(next(false) == -3);
    CHECK(next(true) == 3);

    // Several values in one transaction: the later ones are counted without reading the row
    // back, and the row holds the last.
    auto several = [&](int n, bool commit) {
        QList<qint64> values;
        Status s = t.db().write([&](Transaction& tx) -> Status {
            for (int i = 0; i < n; ++i) {
                auto v = tx.nextCounterValue(QStringLiteral("case:ZX01:20261120"));
                if (!v)
                    return v.error();
                values << v.value();
            }
            return commit ? Status() : Error(ErrorKind::Invalid, QStringLiteral("no"));
        });
        REQUIRE(s.isOk() == commit);
        return values;
    };
    CHECK(several(3, true) == QList<qint64>{4, 5, 6});
    CHECK(several(2, false) == QList<qint64>{7, 8});
    CHECK(several(2, true) == QList<qint64>{7, 8});
    CHECK(t.db()
              .scalar(QStringLiteral("SELECT value FROM counters WHERE name = ?"),
                      {QStringLiteral("case:ZX01:20261120")})
              .value()
              .toLongLong() == 8);
}

TEST_CASE("a statement run through put() stores what exec() stores, value and type", "[db]")
{
    TestDatabase t;
    Database& db = t.db();
    REQUIRE(db.exec(QStringLiteral("CREATE TABLE bound (source TEXT, position INTEGER, v %1)")
                        .arg(db.isSqlite() ? QStringLiteral("") : QStringLiteral("TEXT")))
                .isOk());
    // What the services bind: texts empty and null, typed and untyped nulls, numbers, flags.
    const QVariantList values =
        db.isSqlite()
            ? QVariantList{QStringLiteral("王小明 \"quoted\" 'single'"),
                           QStringLiteral(""),
                           QString(),
                           QVariant(),
                           QVariant(QMetaType::fromType<QString>()),
                           42,
                           qint64(1) << 40,
                           true,
                           2.5,
                           QByteArray("\x01\x02", 2),
                           QDateTime(QDate(2026, 11, 20), QTime(10, 0, 1, 5), Qt::UTC),
                           QStringLiteral("笑😀") + QChar(0xD800) + QStringLiteral("x")}
            : QVariantList{QStringLiteral("王小明 \"quoted\" 'single'"), QStringLiteral(""),
                           QString(), QVariant(), QVariant(QMetaType::fromType<QString>())};
    auto store = [&](const QString& source, bool viaPut) {
        REQUIRE(db.write([&](Transaction& tx) -> Status {
                      for (int i = 0; i < values.size(); ++i) {
                          const QString sql = QStringLiteral(
                              "INSERT INTO bound (source, position, v) VALUES (?, ?, ?)");
                          const QVariantList params{source, i, values.at(i)};
                          CIVICDESK_TRY(viaPut ? tx.put(sql, params)
                                               : tx.exec(sql, params).status());
                      }
                      return {};
                  }).isOk());
    };
    auto stored = [&](const QString& source) {
        auto q =
            db.exec(QStringLiteral("SELECT %1, v IS NULL, v FROM bound WHERE source = ? "
                                   "ORDER BY position")
                        .arg(db.isSqlite() ? QStringLiteral("typeof(v)") : QStringLiteral("''")),
                    {source});
        REQUIRE(q.isOk());
        QStringList rows;
        while (q.value().next())
            rows << q.value().value(0).toString() + QLatin1Char('|') +
                        q.value().value(1).toString() + QLatin1Char('|') +
                        q.value().value(2).toString();
        return rows;
    };
    store(QStringLiteral("exec"), false);
    store(QStringLiteral("put"), true);
    REQUIRE(stored(QStringLiteral("exec")).size() == values.size());
    CHECK(stored(QStringLiteral("put")) == stored(QStringLiteral("exec")));
    if (db.isSqlite()) {
        REQUIRE(db.setPipelinedWrites(true).isOk());
        store(QStringLiteral("pipelined"), true);
        REQUIRE(db.setPipelinedWrites(false).isOk());
        CHECK(stored(QStringLiteral("pipelined")) == stored(QStringLiteral("exec")));
        CHECK(stored(QStringLiteral("exec")).at(2) == QStringLiteral("null|1|"));
        CHECK(stored(QStringLiteral("exec")).at(1) == QStringLiteral("text|0|"));
    }
}

TEST_CASE("pipelined writes run in order, reads see them, and a failure drops its transaction and "
          "what followed",
          "[sqlite]")
{
    TestDatabase t;
    Database& db = t.db();
    const QString insert = QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?)");
    REQUIRE(db.setPipelinedWrites(true).isOk());
    CHECK(db.pipelined());

    // In order, and seen by a read in the same transaction.
    int seen = -1;
    REQUIRE(
        db.write([&](Transaction& tx) -> Status {
              for (int i = 0; i < 2000; ++i)
                  CIVICDESK_TRY(tx.put(insert, {QStringLiteral("p%1").arg(i), QString::number(i)}));
              CIVICDESK_TRY(
                  tx.put(QStringLiteral("UPDATE meta SET value = 'last' WHERE key = 'p1999'")));
              auto n = tx.scalar(QStringLiteral("SELECT COUNT(*) FROM meta WHERE key LIKE 'p%'"));
              if (!n)
                  return n.error();
              seen = n.value().toInt();
              return {};
          }).isOk());
    CHECK(seen == 2000);
    CHECK(Meta::get(db, QStringLiteral("p1999")).value() == QStringLiteral("last"));

    // A clash: its transaction is rolled back whole, the next one is dropped, and the failure
    // is a sentence when the pipeline is closed.
    REQUIRE(db.write([&](Transaction& tx) -> Status {
                  CIVICDESK_TRY(tx.put(insert, {QStringLiteral("q1"), QStringLiteral("1")}));
                  return tx.put(insert, {QStringLiteral("p0"), QStringLiteral("again")});
              }).isOk()); // not known yet: it runs on the other thread
    REQUIRE(db.write([&](Transaction& tx) {
                  return tx.put(insert, {QStringLiteral("q2"), QStringLiteral("2")});
              }).isOk());
    const Status closed = db.setPipelinedWrites(false);
    CHECK(closed.kind() == ErrorKind::Conflict);
    CHECK_FALSE(closed.message().isEmpty());
    CHECK_FALSE(db.pipelined());
    CHECK(Meta::get(db, QStringLiteral("q1")).value().isEmpty());
    CHECK(Meta::get(db, QStringLiteral("q2")).value().isEmpty());
    CHECK(Meta::get(db, QStringLiteral("p0")).value() == QStringLiteral("0"));

    // Writes go on as before, on this thread.
    REQUIRE(db.write([&](Transaction& tx) {
                  return tx.put(insert, {QStringLiteral("q3"), QStringLiteral("3")});
              }).isOk());
    CHECK(Meta::get(db, QStringLiteral("q3")).value() == QStringLiteral("3"));

    // A body that gives up undoes only its own transaction, not the one committed before it
    // whose COMMIT may still be waiting its turn.
    REQUIRE(db.setPipelinedWrites(true).isOk());
    REQUIRE(db.write([&](Transaction& tx) {
                  return tx.put(insert, {QStringLiteral("r1"), QStringLiteral("1")});
              }).isOk());
    CHECK(db.write([&](Transaction& tx) -> Status {
                CIVICDESK_TRY(tx.put(insert, {QStringLiteral("r2"), QStringLiteral("2")}));
                return Error(ErrorKind::Invalid, QStringLiteral("refused"));
            }).kind() == ErrorKind::Invalid);
    REQUIRE(db.setPipelinedWrites(false).isOk());
    CHECK(Meta::get(db, QStringLiteral("r1")).value() == QStringLiteral("1"));
    CHECK(Meta::get(db, QStringLiteral("r2")).value().isEmpty());
}

TEST_CASE("pipelined, counters count on from one transaction to the next, and a number taken by "
          "another program stops the run",
          "[sqlite]")
{
    TestDatabase t;
    Database& db = t.db();
    const QString name = QStringLiteral("case:ZX01:20261120");
    auto take = [&](int n) {
        QList<qint64> values;
        REQUIRE(db.write([&](Transaction& tx) -> Status {
                      for (int i = 0; i < n; ++i) {
                          auto v = tx.nextCounterValue(name);
                          if (!v)
                              return v.error();
                          values << v.value();
                      }
                      return {};
                  }).isOk());
        return values;
    };
    auto stored = [&] {
        return db.scalar(QStringLiteral("SELECT value FROM counters WHERE name = ?"), {name})
            .value()
            .toInt();
    };
    REQUIRE(db.setPipelinedWrites(true).isOk());
    CHECK(take(2) == QList<qint64>{1, 2});
    CHECK(take(2) == QList<qint64>{3, 4});
    REQUIRE(db.setPipelinedWrites(false).isOk());
    CHECK(stored() == 4);

    REQUIRE(db.setPipelinedWrites(true).isOk());
    CHECK(take(1) == QList<qint64>{5});
    // Another program takes number 6 meanwhile: the 6 this run counts must not be written.
    REQUIRE(stored() == 5); // waits until this run's writes are in
    auto other = t.openAnother();
    REQUIRE(
        other->write([&](Transaction& tx) { return tx.nextCounterValue(name).status(); }).isOk());
    CHECK(take(1) == QList<qint64>{6});
    CHECK(db.setPipelinedWrites(false).kind() == ErrorKind::Conflict);
    CHECK(stored() == 6);
}

TEST_CASE("parameters are bound, never spliced", "[db]")
{
    TestDatabase t;
    const QString hostile = QStringLiteral("x'); DROP TABLE meta; --");
    REQUIRE(t.db().write([&](Transaction& tx) { return Meta::set(tx, QStringLiteral("k"), hostile); }).isOk());
    CHECK(Meta::get(t.db(), QStringLiteral("k")).value() == hostile);
    CHECK(count(t.db(), QStringLiteral("meta")) >= 1);
}

TEST_CASE("local mode uses WAL, shared mode the rollback journal, both fully synchronous", "[sqlite]")
{
    auto pragma = [](Database& db, const char* name) {
        return db.scalar(QStringLiteral("PRAGMA ") + QLatin1String(name)).value().toString();
    };
    TestDatabase local(StorageMode::Local);
    CHECK(pragma(local.db(), "journal_mode") == QStringLiteral("wal"));
    CHECK(pragma(local.db(), "synchronous") == QStringLiteral("2"));
    CHECK(pragma(local.db(), "foreign_keys") == QStringLiteral("1"));
    CHECK(pragma(local.db(), "application_id").toInt() == kSqliteApplicationId);

    TestDatabase shared(StorageMode::Shared);
    CHECK(pragma(shared.db(), "journal_mode") == QStringLiteral("delete"));
    CHECK(pragma(shared.db(), "synchronous") == QStringLiteral("2"));
    CHECK(pragma(shared.db(), "foreign_keys") == QStringLiteral("1"));
}

TEST_CASE("a missing database is not created unless asked", "[sqlite]")
{
    QTemporaryDir dir;
    const QString path = QDir(dir.path()).filePath(QStringLiteral("absent.sqlite"));
    auto db = Database::open(ConnectionSpec::shared(path));
    REQUIRE_FALSE(db.isOk());
    CHECK(db.kind() == ErrorKind::ConnectionFailed);
    CHECK(db.message().contains(QStringLiteral("There is no database")));
    CHECK(db.message().contains(QStringLiteral("civicdesk init")));
    CHECK_FALSE(QFile::exists(path));

    SECTION("nor in a folder that does not exist, even when asked")
    {
        OpenOptions create;
        create.createIfMissing = true;
        auto r = Database::open(ConnectionSpec::shared(dir.path() + QStringLiteral("/no/such/x.sqlite")),
                                create);
        REQUIRE_FALSE(r.isOk());
        CHECK(r.message().contains(QStringLiteral("does not exist")));
    }
}

TEST_CASE("a file that is not a database, or is damaged, is refused without a write", "[sqlite]")
{
    QTemporaryDir dir;
    ManualClock clock(testNow());

    SECTION("a text file")
    {
        const QString path = QDir(dir.path()).filePath(QStringLiteral("notes.sqlite"));
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(8192, 'x'));
        f.close();
        const QByteArray before = fileHash(path);
        auto r = prepareDatabase(ConnectionSpec::local(path), clock);
        REQUIRE_FALSE(r.isOk());
        CHECK(r.kind() == ErrorKind::Corrupt);
        CHECK(r.message().contains(QStringLiteral("not a CivicDesk database, or it is damaged")));
        CHECK(fileHash(path) == before);
    }
    SECTION("a database whose pages were overwritten")
    {
        const QString path = QDir(dir.path()).filePath(QStringLiteral("damaged.sqlite"));
        createDatabase(ConnectionSpec::shared(path), clock, 300);
        QFile f(path);
        REQUIRE(f.open(QIODevice::ReadWrite));
        const qint64 size = f.size();
        REQUIRE(size > 8 * 4096);
        // Scribble over the middle pages (b-tree pages of the meta table), keep the header.
        f.seek(4 * 4096);
        f.write(QByteArray(3 * 4096, char(0x5a)));
        f.close();
        const QByteArray before = fileHash(path);
        auto r = prepareDatabase(ConnectionSpec::shared(path), clock);
        REQUIRE_FALSE(r.isOk());
        CHECK(r.kind() == ErrorKind::Corrupt);
        CHECK(r.message().contains(QStringLiteral("damaged")));
        CHECK(fileHash(path) == before);
    }
    SECTION("another program's database")
    {
        const QString path = QDir(dir.path()).filePath(QStringLiteral("other.sqlite"));
        {
            QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            c.setDatabaseName(path);
            REQUIRE(c.open());
            QSqlQuery(c).exec(QStringLiteral("CREATE TABLE t (x)"));
            c.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        auto r = Database::open(ConnectionSpec::local(path));
        REQUIRE_FALSE(r.isOk());
        CHECK(r.message().contains(QStringLiteral("another program")));
    }
}

TEST_CASE("a database locked by another program gives a clear sentence, not a hang", "[sqlite]")
{
    TestDatabase t(StorageMode::Shared);
    QSqlDatabase holder = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("holder"));
    holder.setDatabaseName(t.spec().path);
    REQUIRE(holder.open());
    REQUIRE(QSqlQuery(holder).exec(QStringLiteral("BEGIN EXCLUSIVE")));

    SECTION("opening it")
    {
        OpenOptions quick;
        quick.busyTimeoutMs = 300;
        auto r = Database::open(t.spec(), quick);
        REQUIRE_FALSE(r.isOk());
        CHECK(r.kind() == ErrorKind::Busy);
        CHECK(r.message().contains(QStringLiteral("locked by another program")));
    }
    SECTION("writing to it: a bounded number of attempts, then the error")
    {
        // Our own connection was opened before the lock; its writes must give up in time.
        REQUIRE(t.db().exec(QStringLiteral("PRAGMA busy_timeout = 100")).isOk());
        t.db().setMaxWriteAttempts(3);
        int attempts = 0;
        Status s = t.db().write([&](Transaction& tx) {
            ++attempts;
            return tx.exec(QStringLiteral("INSERT INTO meta (key, value) VALUES ('x', '1')")).status();
        });
        REQUIRE_FALSE(s.isOk());
        CHECK(s.kind() == ErrorKind::Busy);
        CHECK(s.message().contains(QStringLiteral("3 attempts")));
        CHECK(s.message().contains(QStringLiteral("Nothing was saved")));
        CHECK(attempts == 0); // BEGIN IMMEDIATE itself waits for the lock: the body never ran
    }
    QSqlQuery(holder).exec(QStringLiteral("ROLLBACK"));
    holder.close();
    holder = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("holder"));
}

TEST_CASE("a read-only database file is refused before anything is typed", "[sqlite]")
{
    if (geteuid() == 0) {
        // root writes to any file regardless of its mode; the command-line test covers this
        // case by running the program as an unprivileged user.
        SUCCEED("covered by the command-line test as an unprivileged user");
        return;
    }
    TestDatabase t(StorageMode::Shared);
    const QString path = t.spec().path;
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadUser);
    auto r = Database::open(ConnectionSpec::shared(path));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    REQUIRE_FALSE(r.isOk());
    CHECK(r.kind() == ErrorKind::ReadOnly);
    CHECK(r.message().contains(QStringLiteral("read-only")));
}

TEST_CASE("a SQLite database can be backed up while open", "[sqlite]")
{
    TestDatabase t;
    REQUIRE(t.db().write([](Transaction& tx) { return Meta::set(tx, QStringLiteral("note"), QStringLiteral("kept")); }).isOk());
    const QString copy = QDir(t.dir()).filePath(QStringLiteral("copy.sqlite"));
    REQUIRE(t.db().backupTo(copy).isOk());
    auto db = Database::open(ConnectionSpec::local(copy));
    REQUIRE(db.isOk());
    CHECK(Meta::get(*db.value(), QStringLiteral("note")).value() == QStringLiteral("kept"));
    CHECK(t.db().backupTo(copy).kind() == ErrorKind::Io); // never overwrites
}

TEST_CASE("PostgreSQL login failures and unreachable servers are sentences", "[pg-login]")
{
    const QString base = qEnvironmentVariable("CIVICDESK_TEST_PG");
    if (base.isEmpty()) {
        SUCCEED("no PostgreSQL server given");
        return;
    }
    auto params = PgConnectionParams::parse(base);
    REQUIRE(params.isOk());
    SECTION("wrong password")
    {
        // dev.sh creates the role civicdesk_pw with password authentication.
        auto r = Database::open(ConnectionSpec::postgres(
            QStringLiteral("host=%1 port=%2 dbname=%3 user=civicdesk_pw password=wrong")
                .arg(params->host)
                .arg(params->port)
                .arg(params->dbname)));
        REQUIRE_FALSE(r.isOk());
        CHECK(r.kind() == ErrorKind::ConnectionFailed);
        CHECK(r.message().contains(QStringLiteral("refused the login")));
        CHECK_FALSE(r.message().contains(QStringLiteral("password=wrong")));
    }
    SECTION("nobody listening")
    {
        auto r = Database::open(ConnectionSpec::postgres(
            QStringLiteral("host=127.0.0.1 port=1 dbname=x user=y connect_timeout=2")));
        REQUIRE_FALSE(r.isOk());
        CHECK(r.kind() == ErrorKind::ConnectionFailed);
        CHECK(r.message().contains(QStringLiteral("could not be reached")));
    }
}

TEST_CASE("migration scripts are split and adapted per backend", "[unit]")
{
    const QString script = QStringLiteral(
        "-- a comment\nCREATE TABLE a (id {{AUTO_ID}}, b {{BLOB}});\n"
        "-- @sqlite\nCREATE TRIGGER t AFTER INSERT ON a BEGIN\n  UPDATE a SET b = NULL;\nEND;\n-- @end\n"
        "-- @postgres\nCREATE FUNCTION f() RETURNS trigger AS $$\nBEGIN\n  RETURN NEW;\nEND;\n$$ "
        "LANGUAGE plpgsql;\n-- @end\nINSERT INTO a (b) VALUES (NULL);\n");
    const QStringList lite = SqlDialect(SqlBackend::Sqlite).scriptStatements(script);
    REQUIRE(lite.size() == 3);
    CHECK(lite[0].contains(QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT")));
    CHECK(lite[1].startsWith(QStringLiteral("CREATE TRIGGER")));
    CHECK(lite[1].endsWith(QStringLiteral("END")));
    const QStringList pg = SqlDialect(SqlBackend::Postgres).scriptStatements(script);
    REQUIRE(pg.size() == 3);
    CHECK(pg[0].contains(QStringLiteral("BYTEA")));
    CHECK(pg[1].contains(QStringLiteral("LANGUAGE plpgsql")));
}

TEST_CASE("PostgreSQL connection strings are parsed, and describe() hides the password", "[unit]")
{
    auto p = PgConnectionParams::parse(
        QStringLiteral("host=db1 port=6543 dbname=center user=clerk password='s e;cret' sslmode=require"));
    REQUIRE(p.isOk());
    CHECK(p->host == QStringLiteral("db1"));
    CHECK(p->port == 6543);
    CHECK(p->password == QStringLiteral("s e;cret"));
    CHECK(p->otherOptions == QStringList{QStringLiteral("sslmode=require")});
    const QString shown = ConnectionSpec::postgres(QStringLiteral("host=db1 port=6543 dbname=center "
                                                                  "user=clerk password=secret"))
                              .describe();
    CHECK(shown == QStringLiteral("postgresql://clerk@db1:6543/center"));
    CHECK_FALSE(PgConnectionParams::parse(QStringLiteral("just-a-host")).isOk());
    CHECK_FALSE(PgConnectionParams::parse(QStringLiteral("host=x port=99999")).isOk());
}

TEST_CASE("timestamps and dates are stored and read back exactly as Qt's own format writes them", "[unit]")
{
    const QString format = QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz");
    QRandomGenerator random(20261123);
    QVector<QDateTime> times{QDateTime(QDate(2026, 1, 1), QTime(0, 0)),
                             QDateTime(QDate(2026, 12, 31), QTime(23, 59, 59, 999)),
                             QDateTime(QDate(2024, 2, 29), QTime(9, 5, 7, 30)),
                             QDateTime(QDate(1000, 1, 1), QTime(12, 0)),
                             QDateTime(QDate(9999, 12, 31), QTime(1, 2, 3, 4)),
                             QDateTime(QDate(999, 6, 1), QTime(8, 0))}; // Qt's path
    for (int i = 0; i < 2000; ++i)
        times << QDateTime(QDate(1900 + int(random.bounded(200)), 1, 1).addDays(random.bounded(366)),
                           QTime::fromMSecsSinceStartOfDay(int(random.bounded(86400000))));
    for (const QDateTime& t : times) {
        const QString text = toDbTimestamp(t);
        REQUIRE(text == t.toString(format));
        REQUIRE(fromDbTimestamp(text) == QDateTime::fromString(text, format));
        REQUIRE(fromDbTimestamp(text) == t);
        const QString seconds = text.left(19); // written before milliseconds were kept
        REQUIRE(fromDbTimestamp(seconds) == QDateTime::fromString(seconds, QStringLiteral("yyyy-MM-dd HH:mm:ss")));
        REQUIRE(toSecondsText(t) == t.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
        const QString date = toDbDate(t.date());
        REQUIRE(date == t.date().toString(Qt::ISODate));
        REQUIRE(fromDbDate(date) == t.date());
        REQUIRE(fromDbDate(text) == t.date());
    }
    CHECK(toDbTimestamp(QDateTime()).isEmpty());
    CHECK(toSecondsText(QDateTime()).isEmpty());
    CHECK(toDbDate(QDate()).isNull());
    for (const char* bad : {"", "2026-02-30", "2026-13-01", "2026-1-23", "20x6-11-23"})
        CHECK_FALSE(fromDbDate(QString::fromLatin1(bad)).isValid());
    CHECK(fromDbDate(QStringLiteral("2026/11/23")) == QDate(2026, 11, 23)); // as Qt reads it
    for (const char* bad : {"", "2026-02-30 10:00:00", "2026-13-01 10:00:00.000", "2026-11-23 24:00:00",
                            "2026-11-23 10:60:00", "2026-11-23T10:00:00", "2026-11-23 10:00:00.5",
                            "20x6-11-23 10:00:00.000", "2026-11-23 10:00:00,000", "-026-11-23 10:00:00"})
        CHECK_FALSE(fromDbTimestamp(QString::fromLatin1(bad)).isValid());
}

TEST_CASE("row ids are unique UUIDs that sort in the order they were made", "[unit]")
{
    // The order is what keeps a big database's id indexes appended to, not rewritten all over.
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    QStringList ids;
    for (int i = 0; i < 20000; ++i) // more than the 4096 a millisecond's counter holds
        ids << newId();
    const qint64 after = QDateTime::currentMSecsSinceEpoch();
    for (int i = 1; i < ids.size(); ++i)
        REQUIRE(ids.at(i - 1) < ids.at(i));
    for (const QString& id : {ids.first(), ids.last()}) {
        const QUuid uuid(id);
        REQUIRE_FALSE(uuid.isNull());
        CHECK(uuid.toString(QUuid::WithoutBraces) == id);
        CHECK(id.at(14) == QLatin1Char('7')); // version 7: Unix time, ordered (Qt 6.4 knows 1 to 5)
        CHECK(uuid.variant() == QUuid::DCE);
        const qint64 ms = id.left(8).append(id.mid(9, 4)).toLongLong(nullptr, 16);
        CHECK(ms >= before);
        CHECK(ms <= after + 5); // a full counter borrows the next milliseconds
    }
    // The random part differs between two ids of the same millisecond and counter position.
    CHECK(ids.at(0).right(17) != ids.at(1).right(17));

    // Threads making ids at once (the background checks, a worker) get distinct ones, each
    // thread's in order.
    std::vector<QStringList> made(4);
    std::vector<std::thread> threads;
    for (QStringList& list : made)
        threads.emplace_back([&list] {
            for (int i = 0; i < 5000; ++i)
                list << newId();
        });
    for (std::thread& t : threads)
        t.join();
    QSet<QString> distinct;
    for (const QStringList& list : made) {
        for (int i = 0; i < list.size(); ++i) {
            distinct.insert(list.at(i));
            if (i > 0)
                REQUIRE(list.at(i - 1) < list.at(i));
        }
    }
    CHECK(distinct.size() == 20000);
}

TEST_CASE("a big database is read whole at opening only when there is a reason to", "[sqlite]")
{
    QTemporaryDir dir;
    ManualClock clock(testNow());
    const QString path = QDir(dir.path()).filePath(QStringLiteral("big.sqlite"));
    createDatabase(ConnectionSpec::local(path), clock);
    // Created, checked and closed cleanly: the stamp describes the file as it was left.
    REQUIRE(IntegrityStamp::read(path).has_value());
    OpenOptions big;
    big.alwaysCheckUpToBytes = 0; // every file counts as big here
    auto writeMeta = [](Database& db) {
        return db.write([](Transaction& tx) { return Meta::set(tx, QStringLiteral("x"), QStringLiteral("1")); });
    };

    SECTION("left as CivicDesk closed it after a passing check: opened at once, and writes go through")
    {
        auto db = Database::open(ConnectionSpec::local(path), big);
        REQUIRE(db.isOk());
        CHECK(db.value()->wholeCheckReason().isEmpty());
        REQUIRE(writeMeta(*db.value()).isOk());
        db.value().reset();
        // Its own writes do not make the file suspect at the next opening.
        auto again = Database::open(ConnectionSpec::local(path), big);
        REQUIRE(again.isOk());
        CHECK(again.value()->wholeCheckReason().isEmpty());
        CHECK(Meta::get(*again.value(), QStringLiteral("x")).value() == QStringLiteral("1"));
    }
    SECTION("changed by another program after CivicDesk closed it: read whole, and damage refuses every write")
    {
        damagePages(path);
        const QByteArray before = fileHash(path);
        for (int opening = 1; opening <= 2; ++opening) {
            INFO("opening " << opening);
            {
                auto db = Database::open(ConnectionSpec::local(path), big);
                if (db.isOk()) {
                    CHECK(db.value()->wholeCheckReason().contains(
                        opening == 1 ? QStringLiteral("changed after CivicDesk last closed it")
                                     : QStringLiteral("no whole check of it is on record")));
                    Status s = writeMeta(*db.value());
                    REQUIRE_FALSE(s.isOk());
                    CHECK(s.kind() == ErrorKind::Corrupt);
                } else {
                    CHECK(db.kind() == ErrorKind::Corrupt);
                }
            }
            // The damaged file loses its stamp, so the next opening reads it whole again.
            CHECK_FALSE(IntegrityStamp::read(path).has_value());
            CHECK(fileHash(path) == before);
        }
    }
    SECTION("a journal beside it (open elsewhere, or a program stopped while writing): read whole")
    {
        auto first = Database::open(ConnectionSpec::local(path), big);
        REQUIRE(first.isOk());
        REQUIRE(writeMeta(*first.value()).isOk()); // stays in the write-ahead log while open
        REQUIRE(QFileInfo(path + QStringLiteral("-wal")).size() > 0);
        auto second = Database::open(ConnectionSpec::local(path), big);
        REQUIRE(second.isOk());
        CHECK(second.value()->wholeCheckReason().contains(QStringLiteral("a journal beside it")));
        CHECK(writeMeta(*second.value()).isOk());
    }
    SECTION("no stamp, or one older than a week: read whole, and the stamp is renewed")
    {
        const bool aged = GENERATE(false, true);
        if (aged) {
            IntegrityStamp stamp = *IntegrityStamp::read(path);
            stamp.checkedAt = QDateTime::currentDateTimeUtc().addDays(-8);
            REQUIRE(stamp.write(path));
        } else {
            IntegrityStamp::remove(path);
        }
        auto db = Database::open(ConnectionSpec::local(path), big);
        REQUIRE(db.isOk());
        CHECK(db.value()->wholeCheckReason().contains(aged ? QStringLiteral("its last whole check was on")
                                                           : QStringLiteral("no whole check of it is on record")));
        db.value().reset();
        auto renewed = IntegrityStamp::read(path);
        REQUIRE(renewed.has_value());
        CHECK(renewed->checkedAt.secsTo(QDateTime::currentDateTimeUtc()) < 60);
        auto next = Database::open(ConnectionSpec::local(path), big);
        REQUIRE(next.isOk());
        CHECK(next.value()->wholeCheckReason().isEmpty());
    }
}

TEST_CASE("a big database is checked in the background and no write passes before the check", "[sqlite]")
{
    QTemporaryDir dir;
    ManualClock clock(testNow());
    const QString path = QDir(dir.path()).filePath(QStringLiteral("big.sqlite"));
    createDatabase(ConnectionSpec::shared(path), clock, 300);
    OpenOptions background;
    background.backgroundCheckAboveBytes = 1; // every file counts as big here

    SECTION("a sound file: writes go through once the check has passed")
    {
        auto db = Database::open(ConnectionSpec::shared(path), background);
        REQUIRE(db.isOk());
        REQUIRE(db.value()->write([](Transaction& tx) { return Meta::set(tx, QStringLiteral("x"), QStringLiteral("1")); }).isOk());
        CHECK_FALSE(db.value()->integrityCheckPending());
        CHECK(Meta::get(*db.value(), QStringLiteral("x")).value() == QStringLiteral("1"));
    }
    SECTION("a damaged file: it opens for reading, but every write is refused and nothing is written")
    {
        damagePages(path);
        const QByteArray before = fileHash(path);
        auto db = Database::open(ConnectionSpec::shared(path), background);
        REQUIRE(db.isOk());
        Status s = db.value()->write([](Transaction& tx) { return Meta::set(tx, QStringLiteral("x"), QStringLiteral("1")); });
        REQUIRE_FALSE(s.isOk());
        CHECK(s.kind() == ErrorKind::Corrupt);
        CHECK(s.message().contains(QStringLiteral("Nothing was written")));
        db.value().reset();
        CHECK(fileHash(path) == before);
    }
}
