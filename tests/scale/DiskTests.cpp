// A full disk and a read-only database: a clear sentence, nothing lost, and work resumes when
// the disk has room again. The tests mount a small tmpfs (they run as root in CI); where
// mounting is not allowed they say so and stop.

#include "TestDatabase.h"

#include "storage/DatabaseSetup.h"
#include "storage/Meta.h"
#include "storage/Transaction.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <sys/mount.h>

using namespace civicdesk;
using namespace civicdesk::test;

namespace {

// A tmpfs of the given size at a temporary folder, unmounted at the end.
class SmallDisk {
public:
    explicit SmallDisk(const char* size)
    {
        REQUIRE(m_dir.isValid());
        const QByteArray options = QByteArray("size=") + size;
        m_mounted = ::mount("tmpfs", m_dir.path().toLocal8Bit().constData(), "tmpfs", 0,
                            options.constData()) == 0;
    }
    ~SmallDisk()
    {
        if (m_mounted)
            ::umount2(m_dir.path().toLocal8Bit().constData(), MNT_DETACH);
    }
    bool mounted() const { return m_mounted; }
    QString path(const QString& name) const { return QDir(m_dir.path()).filePath(name); }
    bool setReadOnly(bool readOnly)
    {
        const unsigned long flags = MS_REMOUNT | (readOnly ? MS_RDONLY : 0);
        return ::mount("tmpfs", m_dir.path().toLocal8Bit().constData(), "tmpfs", flags, nullptr) == 0;
    }
    // Fills the disk with a file, leaving about `leave` bytes free.
    void fill(qint64 leave)
    {
        QFile f(path(QStringLiteral("filler")));
        REQUIRE(f.open(QIODevice::WriteOnly));
        const QByteArray block(4096, 'f');
        while (f.write(block) == block.size()) {
        }
        f.close();
        // Give back what the caller wants free.
        f.resize(std::max<qint64>(0, f.size() - leave));
    }
    void freeSpace() { QFile::remove(path(QStringLiteral("filler"))); }

private:
    QTemporaryDir m_dir;
    bool m_mounted = false;
};

std::unique_ptr<Database> createDatabase(const QString& file, StorageMode mode)
{
    ManualClock clock(testNow());
    OpenOptions create;
    create.createIfMissing = true;
    auto p = prepareDatabase({mode, file, {}}, clock, create);
    INFO(p.message().toStdString());
    REQUIRE(p.isOk());
    return std::move(p->db);
}

Status writeNote(Database& db, const QString& key, int bytes)
{
    return db.write([&](Transaction& tx) {
        return Meta::set(tx, key, QString(bytes, QLatin1Char('n')));
    });
}

} // namespace

TEST_CASE("a full disk refuses the write with a sentence, loses nothing, and recovers", "[sqlite][disk]")
{
    for (StorageMode mode : {StorageMode::Local, StorageMode::Shared}) {
        INFO(storageModeName(mode).toStdString());
        SmallDisk disk("2m");
        if (!disk.mounted()) {
            WARN("cannot mount a tmpfs here (not root?): the full-disk test did not run");
            return;
        }
        auto db = createDatabase(disk.path(QStringLiteral("center.sqlite")), mode);
        REQUIRE(writeNote(*db, QStringLiteral("before"), 1000).isOk());

        disk.fill(8 * 1024);
        Status full = writeNote(*db, QStringLiteral("big"), 300 * 1024);
        REQUIRE_FALSE(full.isOk());
        CHECK(full.kind() == ErrorKind::DiskFull);
        CHECK(full.message().contains(QStringLiteral("disk holding the database is full")));
        CHECK(full.message().contains(QStringLiteral("Nothing was saved")));
        CHECK_FALSE(db->inTransaction());

        // What was there is intact, and the refused write left nothing.
        CHECK(Meta::get(*db, QStringLiteral("before")).value().size() == 1000);
        CHECK(Meta::get(*db, QStringLiteral("big")).value().isEmpty());

        disk.freeSpace();
        REQUIRE(writeNote(*db, QStringLiteral("big"), 300 * 1024).isOk());
        CHECK(Meta::get(*db, QStringLiteral("big")).value().size() == 300 * 1024);
        CHECK(db->scalar(QStringLiteral("PRAGMA integrity_check")).value().toString() == QStringLiteral("ok"));
    }
}

TEST_CASE("a database on a read-only disk is refused at opening, and works again when writable", "[sqlite][disk]")
{
    SmallDisk disk("4m");
    if (!disk.mounted()) {
        WARN("cannot mount a tmpfs here (not root?): the read-only test did not run");
        return;
    }
    const QString file = disk.path(QStringLiteral("center.sqlite"));
    createDatabase(file, StorageMode::Shared).reset();
    {
        auto db = Database::open(ConnectionSpec::shared(file));
        REQUIRE(db.isOk());
        REQUIRE(writeNote(*db.value(), QStringLiteral("before"), 100).isOk());
    }

    // A share mounted read-only (root may write any file, but not on a read-only mount): the
    // clerk is told at once, before anything is typed, and nothing is written.
    REQUIRE(disk.setReadOnly(true));
    auto refused = Database::open(ConnectionSpec::shared(file));
    REQUIRE_FALSE(refused.isOk());
    CHECK(refused.kind() == ErrorKind::ReadOnly);
    CHECK(refused.message().contains(QStringLiteral("read-only")));
    CHECK(refused.message().contains(QStringLiteral("write access")));

    REQUIRE(disk.setReadOnly(false));
    auto db = Database::open(ConnectionSpec::shared(file));
    REQUIRE(db.isOk());
    REQUIRE(writeNote(*db.value(), QStringLiteral("after"), 100).isOk());
    CHECK(Meta::get(*db.value(), QStringLiteral("before")).value().size() == 100);
    CHECK(db.value()->scalar(QStringLiteral("PRAGMA integrity_check")).value().toString() == QStringLiteral("ok"));
}
