// The side-file lock that queues the writers of one SQLite file (storage/WriterLock.h).

#include "TestDatabase.h"

#include "storage/Transaction.h"
#include "storage/WriterLock.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>

#include <csignal>

using namespace civicdesk;
using namespace civicdesk::test;

TEST_CASE("a PC killed in the middle of a save does not hold up the other PCs", "[sqlite][concurrency]")
{
    TestDatabase t(StorageMode::Shared);
    QProcess holder;
    holder.start(QStringLiteral(CIVICDESK_TEST_WORKER),
                 QStringList{QStringLiteral("hold-write")} << t.cliArgs());
    REQUIRE(holder.waitForStarted());
    while (!holder.readAllStandardOutput().contains("holding"))
        REQUIRE(holder.waitForReadyRead(30000));
    CHECK(QFileInfo::exists(WriterLock::sideFileOf(t.spec().path)));

    // While the other PC writes, this one queues behind it.
    WriterLock lock(t.spec().path);
    CHECK_FALSE(lock.acquire(300));

    ::kill(static_cast<pid_t>(holder.processId()), SIGKILL);
    REQUIRE(holder.waitForFinished(30000));
    // The kernel dropped the dead process's lock: the next writer goes ahead at once, and
    // SQLite rolls the dead process's transaction back.
    QElapsedTimer waited;
    waited.start();
    REQUIRE(lock.acquire(5000));
    CHECK(waited.elapsed() < 1000);
    lock.release();
    CHECK(t.db()
              .write([](Transaction& tx) {
                  return tx.exec(QStringLiteral("INSERT INTO meta (key, value) VALUES ('after', 'kill')"))
                      .status();
              })
              .isOk());
    CHECK(t.db().checkIntegrity().isOk());
}

TEST_CASE("two connections of one thread: the inner save reports the lock instead of hanging",
          "[sqlite][concurrency]")
{
    TestDatabase t(StorageMode::Shared);
    OpenOptions options;
    options.checkIntegrity = false;
    options.busyTimeoutMs = 300;
    auto other = Database::open(t.spec(), options);
    REQUIRE(other.isOk());
    other.value()->setMaxWriteAttempts(1);
    QElapsedTimer took;
    took.start();
    Status inner;
    Status outer = t.db().write([&](Transaction& tx) -> Status {
        CIVICDESK_TRY(tx.exec(QStringLiteral("INSERT INTO meta (key, value) VALUES ('outer', '1')")).status());
        inner = other.value()->write([](Transaction& tx2) {
            return tx2.exec(QStringLiteral("INSERT INTO meta (key, value) VALUES ('inner', '1')")).status();
        });
        return {};
    });
    CHECK(outer.isOk());
    REQUIRE_FALSE(inner.isOk());
    CHECK(inner.kind() == ErrorKind::Busy);
    CHECK(took.elapsed() < 5000);
    CHECK(t.db().scalar(QStringLiteral("SELECT COUNT(*) FROM meta WHERE key = 'inner'")).value().toInt() == 0);
}
