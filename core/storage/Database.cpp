#include "Database.h"

#include "IntegrityStamp.h"
#include "SqliteWriter.h"
#include "Transaction.h"
#include "WriterLock.h"

#include <QAtomicInteger>
#include <QElapsedTimer>
#include <QSqlDriver>
#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlError>
#include <QThread>
#include <QUuid>

#include <sqlite3.h>

namespace civicdesk {

namespace {

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("civicdesk-%1").arg(counter.fetchAndAddRelaxed(1));
}

// The first line of a driver message: PostgreSQL's DETAIL lines can quote row values, which
// may be personal data, and must not reach a log.
QString firstLine(const QString& s)
{
    const int nl = s.indexOf(QLatin1Char('\n'));
    return (nl < 0 ? s : s.left(nl)).trimmed();
}

// Waits for another connection's lock in short, jittered sleeps. SQLite's own handler sleeps up
// to 100 ms at a time, so with several PCs waiting the lock often sits free while everyone
// sleeps; polling every 0.5–2 ms hands it to the next waiter almost at once, which keeps the
// slowest of many concurrent writers (call next ticket, intake) within a few milliseconds.
int waitForLock(void* timeoutMs, int attempt)
{
    thread_local QElapsedTimer waited;
    if (attempt == 0)
        waited.start();
    if (waited.elapsed() >= *static_cast<const int*>(timeoutMs))
        return 0;
    QThread::usleep(500 + QRandomGenerator::global()->bounded(1500));
    return 1;
}

} // namespace

Database::Database(ConnectionSpec spec, SqlDialect dialect, OpenOptions options)
    : m_spec(std::move(spec)), m_dialect(dialect), m_options(options),
      m_connectionName(nextConnectionName())
{
}

Database::~Database()
{
    m_sqliteWriter.reset(); // its statements go before the connection closes
    m_idleStatements.clear();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    if (isSqlite() && m_options.checkIntegrity)
        stampIntegrity();
}

// After the connection is closed, so that the stamp describes the file as it now stays.
void Database::stampIntegrity()
{
    if (m_integrityCheck.valid()) {
        if (m_integrityCheck.get())
            m_verifiedAt = m_checkStartedAt;
        else
            m_checkFailed = true;
    }
    if (m_checkFailed) {
        IntegrityStamp::remove(m_spec.path);
        return;
    }
    if (m_verifiedAt.isValid())
        IntegrityStamp{m_verifiedAt, FileFingerprint::of(m_spec.path)}.write(m_spec.path);
}

QString Database::reasonToReadWhole(const QString& path, const OpenOptions& options,
                                    const std::optional<IntegrityStamp>& stamp)
{
    const FileFingerprint now = FileFingerprint::of(path);
    if (now.size <= options.alwaysCheckUpToBytes)
        return tr("it is small enough to be checked at every opening");
    if (!stamp)
        return tr("no whole check of it is on record");
    // SQLite leaves its journal (or write-ahead log) beside the file while a program has it
    // open, and after a program stopped in the middle of writing.
    for (const QString& suffix : {QStringLiteral("-journal"), QStringLiteral("-wal")}) {
        if (QFileInfo(path + suffix).size() > 0)
            return tr("a journal beside it shows that it is open elsewhere or that a program "
                      "stopped while writing to it");
    }
    if (now != stamp->closedAs)
        return tr("it changed after CivicDesk last closed it (after a crash, or another "
                  "program wrote to it)");
    if (stamp->checkedAt.daysTo(QDateTime::currentDateTimeUtc()) >= options.recheckAfterDays)
        return tr("its last whole check was on %1")
            .arg(stamp->checkedAt.toLocalTime().date().toString(Qt::ISODate));
    return {};
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Result<std::unique_ptr<Database>> Database::open(const ConnectionSpec& spec,
                                                 const OpenOptions& options)
{
    return spec.isSqlite() ? openSqlite(spec, options) : openPostgres(spec, options);
}

Result<std::unique_ptr<Database>> Database::openAnother() const
{
    OpenOptions options = m_options;
    options.checkIntegrity = false; // this database was checked when it was first opened
    options.createIfMissing = false;
    return open(m_spec, options);
}

Result<std::unique_ptr<Database>> Database::openSqlite(const ConnectionSpec& spec,
                                                       const OpenOptions& options)
{
    const QFileInfo file(spec.path);
    const QString shown = spec.describe();
    if (spec.path.isEmpty())
        return Error(ErrorKind::Invalid, tr("No database file was given."));
    if (file.isDir())
        return Error(ErrorKind::Invalid,
                     tr("%1 is a folder, not a database file. Choose a file name inside it.")
                         .arg(shown));
    if (!file.exists()) {
        if (!options.createIfMissing) {
            return Error(ErrorKind::ConnectionFailed,
                         tr("There is no database at %1. If it is on a network share, check "
                            "that the share is connected; to start a new one, run "
                            "\"civicdesk init --db %1\".")
                             .arg(shown));
        }
        QDir dir = file.absoluteDir();
        if (!dir.exists()) {
            // The default location is ours to create; a folder the admin chose must exist, or
            // a disconnected LAN share would silently become a new empty local database.
            if (!spec.isDefaultLocal() || !dir.mkpath(QStringLiteral("."))) {
                return Error(ErrorKind::ConnectionFailed,
                             tr("The folder %1 does not exist, so no database can be created "
                                "there.")
                                 .arg(QDir::toNativeSeparators(dir.absolutePath())));
            }
        }
    } else if (!file.isReadable()) {
        return Error(ErrorKind::ReadOnly,
                     tr("The database %1 cannot be read with your account. Ask the "
                        "administrator for access.")
                         .arg(shown));
    } else if (!file.isWritable()) {
        return Error(ErrorKind::ReadOnly,
                     tr("The database %1 is read-only. CivicDesk did not open it, so that no "
                        "work is typed that cannot be saved. Ask the administrator for write "
                        "access.")
                         .arg(shown));
    }
    const QFileInfo folder(file.absolutePath());
    if (!folder.isWritable()) {
        return Error(ErrorKind::ReadOnly,
                     tr("The folder of the database %1 cannot be written, and SQLite needs it "
                        "for its journal. Ask the administrator for write access to the "
                        "folder.")
                         .arg(shown));
    }

    std::unique_ptr<Database> db(new Database(spec, SqlDialect(SqlBackend::Sqlite), options));
    if (options.checkIntegrity) {
        // Before the connection opens: opening may create a write-ahead log of our own.
        const auto stamp = IntegrityStamp::read(spec.path);
        db->m_wholeCheckReason = reasonToReadWhole(spec.path, options, stamp);
        if (db->m_wholeCheckReason.isEmpty())
            db->m_verifiedAt = stamp->checkedAt;
    }
    {
        QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), db->m_connectionName);
        c.setDatabaseName(spec.path);
        c.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(options.busyTimeoutMs));
        if (!c.open()) {
            return Error(ErrorKind::ConnectionFailed,
                         tr("The database %1 could not be opened: %2")
                             .arg(shown, firstLine(c.lastError().text())));
        }
    }
    if (Status configured = db->configureSqlite(); !configured) {
        // A file that could not be opened vouches for nothing; a damaged one loses its stamp.
        db->m_verifiedAt = {};
        db->m_checkFailed = db->m_checkFailed || configured.kind() == ErrorKind::Corrupt;
        return configured.error();
    }
    db->m_writerLock = std::make_unique<WriterLock>(spec.path);
    return db;
}

Status Database::configureSqlite()
{
    const QString shown = m_spec.describe();
    const QVariant handle = connection().driver()->handle();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0) {
        if (sqlite3* h = *static_cast<sqlite3* const*>(handle.constData())) {
            sqlite3_busy_handler(h, &waitForLock, &m_options.busyTimeoutMs);
            m_sqliteWriter = std::make_unique<SqliteWriter>(h);
        }
    }
    // Reading the header first tells a database from any other file without writing to it.
    auto version = scalar(QStringLiteral("PRAGMA schema_version"));
    if (!version) {
        Error e = version.error();
        if (e.kind == ErrorKind::Corrupt)
            e.message = tr("%1 is not a CivicDesk database, or it is damaged. Nothing was "
                           "written to it. Restore it from a backup or choose another file.")
                            .arg(shown);
        else if (e.kind == ErrorKind::Busy)
            e.message = tr("The database %1 is locked by another program and was not released "
                           "within %2 seconds. Nothing was changed; close the other program or "
                           "try again.")
                            .arg(shown)
                            .arg(m_options.busyTimeoutMs / 1000.0);
        return e;
    }
    if (version.value().toInt() > 0) {
        auto appId = scalar(QStringLiteral("PRAGMA application_id"));
        if (!appId)
            return appId.error();
        if (appId.value().toInt() != kSqliteApplicationId) {
            return Error(ErrorKind::Invalid,
                         tr("%1 is a database of another program, not of CivicDesk. Nothing was "
                            "written to it.")
                             .arg(shown));
        }
    }
    if (m_options.checkIntegrity && !m_wholeCheckReason.isEmpty()) {
        const qint64 size = QFileInfo(m_spec.path).size();
        if (m_options.backgroundCheckAboveBytes > 0 && size > m_options.backgroundCheckAboveBytes) {
            // A quick_check reads the whole file (seconds on a center's years of history): run
            // it on its own connection on another thread, and hold every write until it is done.
            const ConnectionSpec spec = m_spec;
            OpenOptions options = m_options;
            options.checkIntegrity = false; // checked below; this one keeps the stamp
            m_checkStartedAt = QDateTime::currentDateTimeUtc();
            m_integrityCheck = std::async(std::launch::async, [spec, options]() -> Status {
                                   auto db = Database::open(spec, options);
                                   return db ? db.value()->checkIntegrity() : db.status();
                               }).share();
        } else {
            CIVICDESK_TRY(checkIntegrity());
        }
    }

    const bool shared = m_spec.mode == StorageMode::Shared;
    // WAL lets readers and the writer work side by side on one PC, but needs shared memory
    // that network file systems cannot provide: a file on a LAN share keeps the rollback
    // journal.
    const QString expected = shared ? QStringLiteral("delete") : QStringLiteral("wal");
    auto current = scalar(QStringLiteral("PRAGMA journal_mode"));
    if (!current)
        return current.error();
    if (current.value().toString().toLower() != expected) {
        // Switching the journal writes to the file: only once the file has passed its check.
        CIVICDESK_TRY(waitForIntegrityCheck());
        auto mode = scalar(shared ? QStringLiteral("PRAGMA journal_mode=DELETE")
                                  : QStringLiteral("PRAGMA journal_mode=WAL"));
        if (!mode)
            return mode.error();
        if (mode.value().toString().toLower() != expected) {
            return Error(ErrorKind::ConnectionFailed,
                         tr("The database %1 could not be switched to the %2 journal (it stayed in "
                            "%3 mode); another program may have it open in the other storage "
                            "mode.")
                             .arg(shown, expected, mode.value().toString()));
        }
    }
    CIVICDESK_TRY(exec(QStringLiteral("PRAGMA synchronous=FULL")).status());
    CIVICDESK_TRY(exec(QStringLiteral("PRAGMA foreign_keys=ON")).status());
    // SQLite's default page cache (2 MB) holds too little of a big file's indexes: a name
    // search then reads the same pages from the OS again and again, half its time on 1,000,000
    // cases. 32 MB, filled only as pages are read, halves it (docs/BENCHMARKS.md).
    CIVICDESK_TRY(exec(QStringLiteral("PRAGMA cache_size=-32768")).status());
    return {};
}

Result<std::unique_ptr<Database>> Database::openPostgres(const ConnectionSpec& spec,
                                                         const OpenOptions& options)
{
    auto params = PgConnectionParams::parse(spec.server);
    if (!params)
        return params.error();
    std::unique_ptr<Database> db(new Database(spec, SqlDialect(SqlBackend::Postgres), options));
    QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), db->m_connectionName);
    if (!c.isValid()) {
        return Error(ErrorKind::ConnectionFailed,
                     tr("The PostgreSQL driver of Qt is not installed (package "
                        "libqt6sql6-psql)."));
    }
    c.setHostName(params->host);
    c.setPort(params->port);
    c.setDatabaseName(params->dbname);
    c.setUserName(params->user);
    c.setPassword(params->password);
    QStringList opts = params->otherOptions;
    if (!std::any_of(opts.cbegin(), opts.cend(),
                     [](const QString& o) { return o.startsWith(QLatin1String("connect_timeout=")); }))
        opts << QStringLiteral("connect_timeout=5");
    c.setConnectOptions(opts.join(QLatin1Char(';')));
    if (!c.open()) {
        const QString why = firstLine(c.lastError().text());
        const QString lower = why.toLower();
        QString message;
        if (lower.contains(QLatin1String("password")) ||
            lower.contains(QLatin1String("authentication")))
            message = tr("The PostgreSQL server %1 refused the login: wrong user name or "
                         "password.");
        else if (lower.contains(QLatin1String("does not exist")))
            message = tr("The PostgreSQL server has no such database or user: %1.");
        else
            message = tr("The PostgreSQL server %1 could not be reached. Check the host, the port "
                         "and the network.");
        return Error(ErrorKind::ConnectionFailed, message.arg(spec.describe()), why);
    }
    CIVICDESK_TRY(db->exec(QStringLiteral("SET client_min_messages TO warning")).status());
    return db;
}

Result<Query> Database::exec(const QString& sql, const QVariantList& params) const
{
    // Statements that change the session or the schema (BEGIN, PRAGMA, CREATE …) run directly;
    // PostgreSQL cannot even prepare them.
    static const QLatin1String pooled[] = {QLatin1String("SELECT"), QLatin1String("INSERT"),
                                           QLatin1String("UPDATE"), QLatin1String("DELETE"),
                                           QLatin1String("WITH")};
    if (Status waited = waitForPuts(); !waited)
        return waited.error();
    const QStringView head = QStringView(sql).trimmed();
    const bool reuse = std::any_of(std::begin(pooled), std::end(pooled), [head](QLatin1String p) {
        return head.startsWith(p, Qt::CaseInsensitive);
    });
    if (!reuse) {
        QSqlQuery q(connection());
        q.setForwardOnly(true);
        bool ok;
        if (params.isEmpty()) {
            ok = q.exec(sql);
        } else {
            ok = q.prepare(sql);
            for (int i = 0; ok && i < params.size(); ++i)
                q.bindValue(i, params.at(i));
            ok = ok && q.exec();
        }
        if (!ok)
            return errorFrom(q.lastError());
        return Query(std::move(q), this, QString());
    }

    auto run = [&](QSqlQuery q) -> Result<Query> {
        for (int i = 0; i < params.size(); ++i)
            q.bindValue(i, params.at(i));
        if (!q.exec())
            return errorFrom(q.lastError()); // a failed statement is not reused
        return Query(std::move(q), this, sql);
    };
    auto idle = m_idleStatements.find(sql);
    if (idle != m_idleStatements.end() && !idle->empty()) {
        QSqlQuery q = std::move(idle->back());
        idle->pop_back();
        return run(std::move(q));
    }
    QSqlQuery q(connection());
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return errorFrom(q.lastError());
    return run(std::move(q));
}

void Database::recycle(const QString& sql, QSqlQuery&& statement) const
{
    // Bound the pool: a few idle copies per statement, and a fresh start when queries built
    // from filters have filled it with one-off texts.
    if (m_idleStatements.size() > 400)
        m_idleStatements.clear();
    std::vector<QSqlQuery>& idle = m_idleStatements[sql];
    if (idle.size() < 4)
        idle.push_back(std::move(statement));
}

void Database::clearStatementCache() const
{
    m_idleStatements.clear();
    if (m_sqliteWriter && !m_sqliteWriter->threaded())
        m_sqliteWriter->finalizeStatements();
}

Status Database::setPipelinedWrites(bool on)
{
    if (!m_sqliteWriter)
        return {};
    if (on) {
        m_sqliteWriter->startThread();
        return {};
    }
    Status last = waitForPuts();
    m_sqliteWriter->stopThread();
    m_pipelinedCounters.clear();
    m_pipelinedMemo.clear();
    return last;
}

bool Database::pipelined() const
{
    return m_sqliteWriter && m_sqliteWriter->threaded();
}

namespace {

// A statement SqliteWriter ran, failed as Qt's driver would report it: errorFrom() turns it into
// the same sentence.
QSqlError asSqlError(const SqliteWriter::Failure& failure)
{
    return QSqlError(QString(), failure.message, QSqlError::StatementError,
                     QString::number(failure.code));
}

} // namespace

Status Database::put(const QString& sql, const QVariantList& params, int expectedChanges) const
{
    if (!m_sqliteWriter) {
        auto q = exec(sql, params);
        if (!q)
            return q.error();
        if (expectedChanges >= 0 && q.value().numRowsAffected() != expectedChanges)
            return Error(ErrorKind::Conflict,
                         tr("Another computer changed the same record at the same moment. "
                            "Nothing was saved; please try again."),
                         QStringLiteral("%1 row(s) changed where %2 were expected")
                             .arg(q.value().numRowsAffected())
                             .arg(expectedChanges));
        return {};
    }
    // The writer thread may use the connection only while nothing here does: with a statement
    // of this thread still open, this one runs here, in its turn.
    if (m_sqliteWriter->threaded() && m_liveQueries == 0) {
        m_sqliteWriter->post(sql, params, expectedChanges);
        return {};
    }
    CIVICDESK_TRY(waitForPuts());
    if (auto failure = m_sqliteWriter->run(sql, params, expectedChanges))
        return errorFrom(asSqlError(*failure));
    return {};
}

Status Database::waitForPuts() const
{
    if (!m_sqliteWriter || !m_sqliteWriter->threaded())
        return {};
    if (auto failure = m_sqliteWriter->wait()) {
        m_pipelinedCounters.clear(); // the transactions they came from are gone
        m_pipelinedMemo.clear();
        return errorFrom(asSqlError(*failure));
    }
    return {};
}

Result<QVariant> Database::scalar(const QString& sql, const QVariantList& params) const
{
    auto q = exec(sql, params);
    if (!q)
        return q.error();
    QVariant v = q.value().next() ? q.value().value(0) : QVariant();
    q.value().finish();
    return v;
}

bool Database::integrityCheckPending() const
{
    return m_integrityCheck.valid() &&
           m_integrityCheck.wait_for(std::chrono::seconds(0)) != std::future_status::ready;
}

Status Database::waitForIntegrityCheck() const
{
    return m_integrityCheck.valid() ? m_integrityCheck.get() : Status();
}

Status Database::write(const std::function<Status(Transaction&)>& body)
{
    if (m_current)
        return body(*m_current);
    Status last;
    for (int attempt = 1; attempt <= m_maxWriteAttempts; ++attempt) {
        // Writers queue for the side-file lock before BEGIN IMMEDIATE, so that SQLite's lock
        // goes to them in turn (see WriterLock.h); the lock is held until COMMIT or ROLLBACK
        // is done. Not taken (no lock support, a long wait), SQLite's busy handler decides.
        if (m_writerLock) {
            CIVICDESK_TRY(waitForIntegrityCheck()); // not while others queue behind us
            m_writerLock->acquire(m_options.busyTimeoutMs);
        }
        Status s;
        {
            Transaction tx(*this);
            s = tx.begin();
            if (s)
                s = body(tx);
            if (s)
                s = tx.commit();
            if (!s)
                tx.rollback();
        }
        if (m_writerLock)
            m_writerLock->release();
        if (s)
            return s;
        if (s.kind() != ErrorKind::Busy)
            return s;
        last = s;
        // Back off a little, with jitter, so that the PCs waiting on the lock spread out.
        const int base = 5 << std::min(attempt, 6);
        QThread::msleep(base + QRandomGenerator::global()->bounded(base));
    }
    return Error(ErrorKind::Busy,
                 tr("The database stayed busy: other computers kept it locked through %1 "
                    "attempts. Nothing was saved; what you typed is still here, please try "
                    "again.")
                     .arg(m_maxWriteAttempts),
                 last.isOk() ? QString() : last.error().detail);
}

Result<QString> Database::branchCode() const
{
    if (m_branchCode.isEmpty()) {
        auto v = scalar(QStringLiteral("SELECT value FROM meta WHERE key = 'branch_code'"));
        if (!v)
            return v.error();
        m_branchCode = v.value().toString();
        if (m_branchCode.isEmpty())
            return Error(ErrorKind::Internal, tr("The database has no branch code."));
    }
    return m_branchCode;
}

Status Database::checkIntegrity() const
{
    if (!isSqlite())
        return {};
    const QDateTime startedAt = QDateTime::currentDateTimeUtc();
    Status s = quickCheck();
    if (s)
        m_verifiedAt = startedAt;
    else if (s.kind() == ErrorKind::Corrupt)
        m_checkFailed = true;
    return s;
}

Status Database::quickCheck() const
{
    auto q = exec(QStringLiteral("PRAGMA quick_check"));
    if (!q) {
        if (q.kind() == ErrorKind::Corrupt || q.kind() == ErrorKind::Internal)
            return Error(ErrorKind::Corrupt,
                         tr("The database %1 is damaged (its integrity check failed). Nothing "
                            "was written to it. Restore the latest backup, or ask the "
                            "administrator.")
                             .arg(m_spec.describe()),
                         q.error().detail);
        return q.error();
    }
    QStringList problems;
    while (q.value().next())
        problems << q.value().value(0).toString();
    if (problems != QStringList{QStringLiteral("ok")}) {
        return Error(ErrorKind::Corrupt,
                     tr("The database %1 is damaged (its integrity check failed). Nothing was "
                        "written to it. Restore the latest backup, or ask the administrator.")
                         .arg(m_spec.describe()),
                     problems.mid(0, 3).join(QLatin1String("; ")));
    }
    return {};
}

Status Database::backupTo(const QString& file) const
{
    if (!isSqlite())
        return Error(ErrorKind::Invalid,
                     tr("A PostgreSQL database is backed up on the server (pg_dump), not by "
                        "CivicDesk."));
    if (QFileInfo::exists(file))
        return Error(ErrorKind::Io, tr("The backup file %1 already exists.")
                                        .arg(QDir::toNativeSeparators(file)));
    auto r = exec(QStringLiteral("VACUUM INTO ?"), {file});
    if (!r) {
        Error e = r.error();
        e.message = tr("The backup to %1 failed: %2").arg(QDir::toNativeSeparators(file), e.message);
        return e;
    }
    return {};
}

Error Database::errorFrom(const QSqlError& error, const QString& what) const
{
    const QString native = error.nativeErrorCode();
    const QString detail = firstLine(error.text());
    ErrorKind kind = ErrorKind::Internal;
    QString message;
    if (isSqlite()) {
        // Qt reports SQLite's extended result codes (1555 for a primary key clash); the low
        // byte is the primary code.
        switch (native.toInt() & 0xff) {
        case 5:  // SQLITE_BUSY
        case 6:  // SQLITE_LOCKED
            kind = ErrorKind::Busy;
            message = tr("The database is locked by another computer or program.");
            break;
        case 8: // SQLITE_READONLY
            kind = ErrorKind::ReadOnly;
            message = tr("The database cannot be written: the file or its folder is read-only. "
                         "Nothing was saved.");
            break;
        case 13: // SQLITE_FULL
            kind = ErrorKind::DiskFull;
            message = tr("The disk holding the database is full. Nothing was saved; free some "
                         "space and try again.");
            break;
        case 10: // SQLITE_IOERR
            kind = ErrorKind::Io;
            message = tr("The disk reported an error while the database was written. Nothing "
                         "was saved; check the disk or network share and try again.");
            break;
        case 11: // SQLITE_CORRUPT
        case 26: // SQLITE_NOTADB
            kind = ErrorKind::Corrupt;
            message = tr("The database file is damaged or is not a database.");
            break;
        case 14: // SQLITE_CANTOPEN
            kind = ErrorKind::ConnectionFailed;
            message = tr("The database file cannot be opened.");
            break;
        case 19: // SQLITE_CONSTRAINT
            kind = ErrorKind::Conflict;
            message = tr("The change conflicts with data already saved.");
            break;
        default:
            message = tr("The database reported an unexpected error.");
        }
    } else {
        if (native == QLatin1String("40001") || native == QLatin1String("40P01") ||
            native == QLatin1String("55P03")) {
            kind = ErrorKind::Busy;
            message = tr("The database is busy with a conflicting change from another computer.");
        } else if (native == QLatin1String("53100")) {
            kind = ErrorKind::DiskFull;
            message = tr("The database server's disk is full. Nothing was saved.");
        } else if (native == QLatin1String("25006")) {
            kind = ErrorKind::ReadOnly;
            message = tr("The database server accepts only reads at the moment. Nothing was "
                         "saved.");
        } else if (native.startsWith(QLatin1String("23"))) {
            kind = ErrorKind::Conflict;
            message = tr("The change conflicts with data already saved.");
        } else if (native.startsWith(QLatin1String("08")) ||
                   native.startsWith(QLatin1String("57P0")) ||
                   (native.isEmpty() && error.type() == QSqlError::ConnectionError)) {
            kind = ErrorKind::ConnectionFailed;
            message = tr("The connection to the database server was lost. Nothing was saved; "
                         "check the network and try again.");
        } else if (native == QLatin1String("42501")) {
            kind = ErrorKind::Denied;
            message = tr("The database user has no permission for this.");
        } else {
            message = tr("The database reported an unexpected error.");
        }
    }
    if (!what.isEmpty())
        message = what + QLatin1Char(' ') + message;
    return Error(kind, message, QStringLiteral("[%1] %2").arg(native, detail));
}

} // namespace civicdesk
