#include "SqliteWriter.h"

#include <QDate>
#include <QDateTime>
#include <QStringEncoder>

#include <sqlite3.h>

#include <algorithm>
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

bool hasSurrogates(const QString& text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.isSurrogate(); });
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
    for (sqlite3_stmt* s : m_prepared)
        sqlite3_finalize(s);
    m_prepared.clear();
    m_statementIndex.clear();
    m_statementSql.clear();
}

// As QSQLiteResult::exec binds a value (Qt 6): integers and booleans as integers, doubles as
// reals, byte arrays as blobs, everything else as text. Text goes to SQLite as UTF-8, which
// it stores; one with surrogates goes as UTF-16, as Qt's driver hands it over, so that even a
// lone surrogate is stored as Qt would store it.
void SqliteWriter::Batch::add(int statement, const QString& sql, const QVariantList& params,
                              int expectedChanges)
{
    Job job;
    job.statement = statement;
    job.expectedChanges = expectedChanges;
    job.sql = sql;
    job.firstValue = qsizetype(values.size());
    job.valueCount = params.size();
    auto text = [this](Value& value, const QString& t) {
        if (hasSurrogates(t)) {
            if (bytes.size() % 2) // UTF-16 units start at even offsets
                bytes.append('\0');
            value.integer = bytes.size();
            value.kind = Value::Kind::Text16;
            value.size = t.size() * qsizetype(sizeof(QChar));
            bytes.append(reinterpret_cast<const char*>(t.utf16()), value.size);
            return;
        }
        // UTF-8 written straight into the buffer: at most three bytes a UTF-16 unit.
        const qsizetype at = bytes.size();
        value.integer = at;
        value.kind = Value::Kind::Text;
        bytes.resize(at + t.size() * 3);
        QStringEncoder utf8(QStringEncoder::Utf8, QStringEncoder::Flag::Stateless);
        char* end = utf8.appendToBuffer(bytes.data() + at, t);
        value.size = end - (bytes.constData() + at);
        bytes.resize(at + value.size);
    };
    for (const QVariant& v : params) {
        Value value;
        if (isSqlNull(v)) {
            values.push_back(value);
            continue;
        }
        switch (v.metaType().id()) {
        case QMetaType::QByteArray: {
            const QByteArray& blob = *static_cast<const QByteArray*>(v.constData());
            value.kind = Value::Kind::Blob;
            value.integer = bytes.size();
            value.size = blob.size();
            bytes.append(blob);
            break;
        }
        case QMetaType::Int:
        case QMetaType::Bool:
        case QMetaType::UInt:
        case QMetaType::LongLong:
            value.kind = Value::Kind::Integer;
            value.integer = v.toLongLong();
            break;
        case QMetaType::Double:
            value.kind = Value::Kind::Real;
            value.real = v.toDouble();
            break;
        case QMetaType::QDateTime:
            text(value, v.toDateTime().toString(Qt::ISODateWithMs));
            break;
        case QMetaType::QString:
            text(value, *static_cast<const QString*>(v.constData()));
            break;
        default:
            text(value, v.toString());
            break;
        }
        values.push_back(value);
    }
    jobs.push_back(std::move(job));
}

void SqliteWriter::Batch::clear()
{
    jobs.clear();
    values.clear();
    bytes.resize(0); // keeps the capacity, unlike QByteArray::clear()
}

int SqliteWriter::statementOf(const QString& sql)
{
    auto known = m_statementIndex.constFind(sql);
    if (known == m_statementIndex.constEnd()) {
        known = m_statementIndex.insert(sql, int(m_statementSql.size()));
        m_statementSql.push_back(sql);
    }
    return known.value();
}

std::optional<SqliteWriter::Failure>
SqliteWriter::run(const QString& sql, const QVariantList& params, int expectedChanges)
{
    const int statement = statementOf(sql);
    m_direct.clear();
    m_direct.add(statement, m_statementSql[size_t(statement)], params, expectedChanges);
    return execute(m_direct, m_direct.jobs.front());
}

std::optional<SqliteWriter::Failure> SqliteWriter::execute(const Batch& batch, const Job& job)
{
    auto failed = [&] {
        return Failure{sqlite3_extended_errcode(m_connection),
                       QString::fromUtf8(sqlite3_errmsg(m_connection)), job.sql};
    };
    if (size_t(job.statement) >= m_prepared.size())
        m_prepared.resize(size_t(job.statement) + 1, nullptr);
    sqlite3_stmt*& s = m_prepared[size_t(job.statement)];
    if (!s &&
        sqlite3_prepare16_v3(m_connection, job.sql.utf16(), int(job.sql.size() * sizeof(QChar)),
                             SQLITE_PREPARE_PERSISTENT, &s, nullptr) != SQLITE_OK) {
        const Failure f = failed();
        sqlite3_finalize(s);
        s = nullptr;
        return f;
    }
    if (sqlite3_bind_parameter_count(s) != int(job.valueCount))
        return Failure{SQLITE_RANGE,
                       QStringLiteral("%1 values for %2 parameters")
                           .arg(job.valueCount)
                           .arg(sqlite3_bind_parameter_count(s)),
                       job.sql};
    int rc = SQLITE_OK;
    for (int i = 0; rc == SQLITE_OK && i < int(job.valueCount); ++i) {
        const Value& v = batch.values[size_t(job.firstValue + i)];
        // The batch outlives the step: SQLite may read texts and blobs where they lie.
        const char* bytes = batch.bytes.constData() + v.integer;
        switch (v.kind) {
        case Value::Kind::Null:
            rc = sqlite3_bind_null(s, i + 1);
            break;
        case Value::Kind::Integer:
            rc = sqlite3_bind_int64(s, i + 1, v.integer);
            break;
        case Value::Kind::Real:
            rc = sqlite3_bind_double(s, i + 1, v.real);
            break;
        case Value::Kind::Text:
            rc = sqlite3_bind_text(s, i + 1, bytes, int(v.size), SQLITE_STATIC);
            break;
        case Value::Kind::Text16:
            rc = sqlite3_bind_text16(s, i + 1, bytes, int(v.size), SQLITE_STATIC);
            break;
        case Value::Kind::Blob:
            rc = sqlite3_bind_blob(s, i + 1, bytes, int(v.size), SQLITE_STATIC);
            break;
        }
    }
    if (rc == SQLITE_OK) {
        rc = sqlite3_step(s);
        // A statement that returns rows does not belong here; its first row is dropped.
        if (rc == SQLITE_ROW)
            rc = SQLITE_MISUSE;
    }
    std::optional<Failure> failure;
    if (rc != SQLITE_DONE)
        failure = failed();
    else if (job.expectedChanges >= 0 && sqlite3_changes(m_connection) != job.expectedChanges)
        failure = Failure{SQLITE_CONSTRAINT,
                          QStringLiteral("%1 row(s) changed where %2 were expected")
                              .arg(sqlite3_changes(m_connection))
                              .arg(job.expectedChanges),
                          job.sql};
    sqlite3_reset(s); // holds no lock; every parameter is bound again before the next step
    return failure;
}

void SqliteWriter::startThread()
{
    if (threaded())
        return;
    m_stop = false;
    m_failure.reset();
    m_queued.store(0, std::memory_order_release); // stopThread left it at -1
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

void SqliteWriter::post(const QString& sql, const QVariantList& params, int expectedChanges)
{
    const int statement = statementOf(sql);
    bool wake;
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        // A bounded queue: when the writer falls behind, this thread waits for it instead of
        // holding a long history's rows in memory.
        if (m_queue.jobs.size() >= kMaxQueued) {
            m_waiting = true;
            m_drained.wait(lock, [this] { return m_queue.jobs.size() < kMaxQueued; });
            m_waiting = false;
        }
        m_queue.add(statement, m_statementSql[size_t(statement)], params, expectedChanges);
        m_queued.store(int(m_queue.jobs.size()), std::memory_order_release);
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
    m_drained.wait(lock, [this] { return m_queue.jobs.empty() && !m_busy; });
    m_waiting = false;
    return m_failure;
}

void SqliteWriter::loop()
{
    Batch taken;
    std::unique_lock<std::mutex> lock(m_mutex);
    for (;;) {
        if (m_queue.jobs.empty()) {
            if (m_stop) // everything posted has run
                return;
            lock.unlock();
            spinUntil([this] { return m_queued.load(std::memory_order_acquire) != 0; });
            lock.lock();
            if (m_queue.jobs.empty() && !m_stop) {
                m_sleeping = true;
                m_posted.wait(lock, [this] { return m_stop || !m_queue.jobs.empty(); });
                m_sleeping = false;
            }
            continue;
        }
        std::swap(taken, m_queue); // the queue goes on in the buffers emptied last time
        m_queued.store(0, std::memory_order_release);
        m_busy.store(true, std::memory_order_release);
        if (m_waiting) // for room in the queue
            m_drained.notify_all();
        const bool skip = m_failure.has_value();
        lock.unlock();
        std::optional<Failure> failure;
        for (const Job& job : taken.jobs) {
            if (skip || failure)
                break;
            failure = execute(taken, job);
        }
        // The failed statement's transaction goes whole, and everything posted after it is
        // skipped until the thread stops, so no later transaction builds on the missing rows.
        if (failure && !sqlite3_get_autocommit(m_connection))
            sqlite3_exec(m_connection, "ROLLBACK", nullptr, nullptr, nullptr);
        taken.clear();
        lock.lock();
        if (failure && !m_failure)
            m_failure = std::move(failure);
        m_busy.store(false, std::memory_order_release);
        if (m_queue.jobs.empty() && m_waiting)
            m_drained.notify_all();
    }
}

} // namespace civicdesk
