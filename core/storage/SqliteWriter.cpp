#include "SqliteWriter.h"

#include <QDate>
#include <QDateTime>

#include <sqlite3.h>

#include <chrono>

#ifdef Q_OS_LINUX
#include <pthread.h>
#endif

namespace civicdesk {

namespace {

// Null as Qt's driver sees it: a null variant, or a null string, byte array or date inside one.
bool isSqlNull(const QVariant& v)
{
    if (v.isNull())
        return true;
    switch (v.metaType().id()) {
    case QMetaType::QString:
        return static_cast<const QString*>(v.constData())->isNull();
    case QMetaType::QByteArray:
        return static_cast<const QByteArray*>(v.constData())->isNull();
    case QMetaType::QDate:
        return static_cast<const QDate*>(v.constData())->isNull();
    case QMetaType::QDateTime:
        return static_cast<const QDateTime*>(v.constData())->isNull();
    default:
        return false;
    }
}

// As QSQLiteResult::exec binds a value (Qt 6): integers and booleans as integers, doubles as
// reals, byte arrays as blobs, everything else as UTF-16 text.
int bindValue(sqlite3_stmt* s, int index, const QVariant& v)
{
    if (isSqlNull(v))
        return sqlite3_bind_null(s, index);
    switch (v.metaType().id()) {
    case QMetaType::QByteArray: {
        const auto* bytes = static_cast<const QByteArray*>(v.constData());
        return sqlite3_bind_blob(s, index, bytes->constData(), int(bytes->size()),
                                 SQLITE_TRANSIENT);
    }
    case QMetaType::Int:
    case QMetaType::Bool:
        return sqlite3_bind_int(s, index, v.toInt());
    case QMetaType::Double:
        return sqlite3_bind_double(s, index, v.toDouble());
    case QMetaType::UInt:
    case QMetaType::LongLong:
        return sqlite3_bind_int64(s, index, v.toLongLong());
    case QMetaType::QDateTime: {
        const QString text = v.toDateTime().toString(Qt::ISODateWithMs);
        return sqlite3_bind_text16(s, index, text.utf16(), int(text.size() * sizeof(QChar)),
                                   SQLITE_TRANSIENT);
    }
    case QMetaType::QString: {
        // The variant outlives the step: SQLite may read the text where it lies.
        const auto* text = static_cast<const QString*>(v.constData());
        return sqlite3_bind_text16(s, index, text->utf16(), int(text->size() * sizeof(QChar)),
                                   SQLITE_STATIC);
    }
    default: {
        const QString text = v.toString();
        return sqlite3_bind_text16(s, index, text.utf16(), int(text.size() * sizeof(QChar)),
                                   SQLITE_TRANSIENT);
    }
    }
}

} // namespace

SqliteWriter::SqliteWriter(sqlite3* connection) : m_connection(connection) {}

SqliteWriter::~SqliteWriter()
{
    stopThread();
    finalizeStatements();
}

void SqliteWriter::finalizeStatements()
{
    for (sqlite3_stmt* s : std::as_const(m_statements))
        sqlite3_finalize(s);
    m_statements.clear();
}

sqlite3_stmt* SqliteWriter::statement(const QString& sql, std::optional<Failure>& failure)
{
    auto found = m_statements.constFind(sql);
    if (found != m_statements.constEnd())
        return found.value();
    sqlite3_stmt* s = nullptr;
    const int rc = sqlite3_prepare16_v3(m_connection, sql.utf16(), int(sql.size() * sizeof(QChar)),
                                        SQLITE_PREPARE_PERSISTENT, &s, nullptr);
    if (rc != SQLITE_OK) {
        failure = Failure{sqlite3_extended_errcode(m_connection),
                          QString::fromUtf8(sqlite3_errmsg(m_connection)), sql};
        sqlite3_finalize(s);
        return nullptr;
    }
    m_statements.insert(sql, s);
    return s;
}

std::optional<SqliteWriter::Failure> SqliteWriter::run(const QString& sql,
                                                       const QVariantList& params)
{
    std::optional<Failure> failure;
    sqlite3_stmt* s = statement(sql, failure);
    if (!s)
        return failure;
    if (sqlite3_bind_parameter_count(s) != params.size())
        return Failure{SQLITE_RANGE,
                       QStringLiteral("%1 values for %2 parameters")
                           .arg(params.size())
                           .arg(sqlite3_bind_parameter_count(s)),
                       sql};
    int rc = SQLITE_OK;
    for (int i = 0; rc == SQLITE_OK && i < params.size(); ++i)
        rc = bindValue(s, i + 1, params.at(i));
    if (rc == SQLITE_OK) {
        rc = sqlite3_step(s);
        // A statement that returns rows does not belong here; its first row is dropped.
        if (rc == SQLITE_ROW)
            rc = SQLITE_MISUSE;
    }
    if (rc != SQLITE_DONE)
        failure = Failure{sqlite3_extended_errcode(m_connection),
                          QString::fromUtf8(sqlite3_errmsg(m_connection)), sql};
    sqlite3_reset(s); // holds no lock and no reference to the bound texts
    sqlite3_clear_bindings(s);
    return failure;
}

void SqliteWriter::startThread()
{
    if (threaded())
        return;
    m_stop = false;
    m_thread = std::thread([this] {
#ifdef Q_OS_LINUX
        pthread_setname_np(pthread_self(), "sqlite-writer"); // as profilers and top show it
#endif
        loop();
    });
}

void SqliteWriter::stopThread()
{
    if (!threaded())
        return;
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_stop = true;
        m_queued.store(-1, std::memory_order_release); // ends the thread's spin
    }
    m_posted.notify_one();
    m_thread.join();
}

namespace {

// Waits for `ready` by polling for up to a millisecond: a thread put to sleep and woken again
// costs two system calls, far more on a virtual machine than the few statements between two
// hand-overs take to run.
template <typename Ready> bool spinUntil(Ready ready)
{
    const auto until = std::chrono::steady_clock::now() + std::chrono::milliseconds(1);
    for (int i = 1;; ++i) {
        if (ready())
            return true;
#if defined(__x86_64__) || defined(__i386__)
        __builtin_ia32_pause();
#endif
        if (i % 64 == 0 && std::chrono::steady_clock::now() > until)
            return false;
    }
}

} // namespace

void SqliteWriter::post(const QString& sql, QVariantList params)
{
    bool wake;
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_queue.push_back({sql, std::move(params)});
        m_queued.store(int(m_queue.size()), std::memory_order_release);
        wake = m_sleeping;
    }
    if (wake)
        m_posted.notify_one();
}

std::optional<SqliteWriter::Failure> SqliteWriter::wait()
{
    spinUntil([this] {
        return m_queued.load(std::memory_order_acquire) <= 0 &&
               !m_busy.load(std::memory_order_acquire);
    });
    std::unique_lock<std::mutex> lock(m_mutex);
    m_waiting = true;
    m_drained.wait(lock, [this] { return m_queue.empty() && !m_busy; });
    m_waiting = false;
    return std::exchange(m_failure, std::nullopt);
}

void SqliteWriter::discard()
{
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_queue.clear();
        m_queued.store(0, std::memory_order_release);
    }
    (void)wait();
}

void SqliteWriter::loop()
{
    std::vector<Job> taken;
    std::unique_lock<std::mutex> lock(m_mutex);
    for (;;) {
        if (m_queue.empty()) {
            if (m_stop) // everything posted has run
                return;
            lock.unlock();
            spinUntil([this] { return m_queued.load(std::memory_order_acquire) != 0; });
            lock.lock();
            if (m_queue.empty() && !m_stop) {
                m_sleeping = true;
                m_posted.wait(lock, [this] { return m_stop || !m_queue.empty(); });
                m_sleeping = false;
            }
            continue;
        }
        taken.swap(m_queue);
        m_queued.store(0, std::memory_order_release);
        m_busy.store(true, std::memory_order_release);
        const bool skip = m_failure.has_value();
        lock.unlock();
        std::optional<Failure> failure;
        for (const Job& job : taken) {
            if (skip || failure)
                break;
            failure = run(job.sql, job.params);
        }
        // The failed statement's transaction goes whole; what was posted after it is skipped
        // until wait() reports the failure, so no later transaction builds on the missing rows.
        if (failure && !sqlite3_get_autocommit(m_connection))
            (void)run(QStringLiteral("ROLLBACK"), {});
        taken.clear(); // the texts go on this thread, outside the lock
        lock.lock();
        if (failure && !m_failure)
            m_failure = std::move(failure);
        m_busy.store(false, std::memory_order_release);
        if (m_queue.empty() && m_waiting)
            m_drained.notify_all();
    }
}

} // namespace civicdesk
