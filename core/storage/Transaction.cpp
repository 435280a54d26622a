#include "Transaction.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QSqlError>
#include <QUuid>

#include <mutex>

namespace civicdesk {

Transaction::Transaction(Database& db) : m_db(db) {}

Transaction::~Transaction()
{
    rollback();
}

Status Transaction::begin()
{
    if (m_db.m_current)
        return Error(ErrorKind::Internal, Database::tr("A transaction is already open."));
    // Nothing is written to a database whose integrity check has not passed.
    CIVICDESK_TRY(m_db.waitForIntegrityCheck());
    // Pipelined, BEGIN and COMMIT run on the writer thread too, in their turn: this thread
    // goes on building the next transaction's rows while the last one is written.
    if (m_db.pipelined()) {
        CIVICDESK_TRY(m_db.put(m_db.dialect().beginWrite(), {}));
        m_counters = m_db.m_pipelinedCounters;
        m_memo = m_db.m_pipelinedMemo;
    } else
        CIVICDESK_TRY(m_db.exec(m_db.dialect().beginWrite()));
    m_open = true;
    m_db.m_current = this;
    return {};
}

Status Transaction::commit()
{
    if (!m_open)
        return Error(ErrorKind::Internal, Database::tr("No transaction is open to commit."));
    for (auto& [key, flush] : m_beforeCommit) {
        Status s = flush();
        if (!s) {
            rollback();
            return s;
        }
    }
    m_beforeCommit.clear();
    const QString commit = QStringLiteral("COMMIT");
    if (Status s = m_db.pipelined() ? m_db.put(commit, {}) : m_db.exec(commit).status(); !s) {
        rollback();
        return s;
    }
    if (m_db.pipelined()) {
        m_db.m_pipelinedCounters.swap(m_counters);
        m_db.m_pipelinedMemo.swap(m_memo);
    }
    m_counters.clear();
    m_memo.clear();
    m_open = false;
    m_db.m_current = nullptr;
    return {};
}

void Transaction::beforeCommit(const char* key, std::function<Status()> flush)
{
    for (auto& entry : m_beforeCommit) {
        if (entry.first == key)
            return;
    }
    m_beforeCommit.emplace_back(key, std::move(flush));
}

void Transaction::rollback()
{
    m_memo.clear();
    m_counters.clear();
    m_beforeCommit.clear();
    if (!m_open)
        return;
    // Pipelined, what this transaction posted runs first and is then undone: dropping it
    // unrun could drop the last transaction's COMMIT with it.
    (void)m_db.exec(QStringLiteral("ROLLBACK"));
    m_open = false;
    m_db.m_current = nullptr;
}

Result<qint64> Transaction::nextCounterValue(const QString& name) const
{
    // The upsert locks the counter's row until the transaction ends, so the value read back
    // is this transaction's own, and so is every later value: those are counted here and
    // only written, with the value they replace as a check (a day of generated history takes
    // thousands of numbers in one transaction). While writes are pipelined the values carry
    // over from one transaction to the next, as their writes run in turn, so that no
    // transaction starts by waiting for the last one's commit to read a counter back; the check
    // stops the run should another program take a number meanwhile. Two statements instead
    // of one with RETURNING: SQLite closes a RETURNING statement through a statement
    // savepoint whose release trims the heap, and that cost 65 µs a call here against 3 µs
    // for these two.
    auto known = m_counters.find(name);
    if (known != m_counters.end()) {
        const qint64 next = known->second + 1;
        CIVICDESK_TRY(
            put(QStringLiteral("UPDATE counters SET value = ? WHERE name = ? AND value = ?"),
                {next, name, known->second}, 1));
        known->second = next;
        return next;
    }
    CIVICDESK_TRY(put(QStringLiteral("INSERT INTO counters (name, value) VALUES (?, 1) "
                                     "ON CONFLICT (name) DO UPDATE SET value = counters.value + 1"),
                      {name}));
    auto value = scalar(QStringLiteral("SELECT value FROM counters WHERE name = ?"), {name});
    if (!value)
        return value.error();
    if (value.value().isNull())
        return Error(ErrorKind::Internal, Database::tr("The counter %1 returned no value.").arg(name));
    m_counters.emplace(name, value.value().toLongLong());
    return value.value().toLongLong();
}

QString newId()
{
    // A time-ordered UUID (RFC 9562 version 7): 48 bits of Unix milliseconds, then a 12-bit
    // counter that keeps ids of the same millisecond in creation order (method 1 of section
    // 6.2), then 62 random bits that keep branches' ids apart. Rows written together thus lie
    // together in every index keyed by an id (each table's primary key, the case id of its
    // materials, steps and audit rows), so a write appends at the end of those indexes instead
    // of touching a page anywhere in them: that keeps large databases fast to write and
    // compact, on SQLite and PostgreSQL alike.
    static std::mutex mutex;
    static qint64 lastMs = 0;
    static int lastCounter = 0;
    qint64 ms = QDateTime::currentMSecsSinceEpoch();
    int counter = 0;
    {
        const std::lock_guard<std::mutex> lock(mutex);
        if (ms <= lastMs) {
            // The same millisecond, or the clock stepped back: count on from the last id.
            ms = lastMs;
            counter = lastCounter + 1;
            if (counter > 0xFFF) {
                ++ms; // the counter is full: borrow the next millisecond
                counter = 0;
            }
        }
        lastMs = ms;
        lastCounter = counter;
    }
    const quint64 random = QRandomGenerator::global()->generate64();
    QByteArray bytes(16, Qt::Uninitialized);
    for (int i = 0; i < 6; ++i)
        bytes[i] = char(ms >> (40 - 8 * i));
    bytes[6] = char(0x70 | (counter >> 8));
    bytes[7] = char(counter);
    bytes[8] = char(0x80 | ((random >> 56) & 0x3F));
    for (int i = 9; i < 16; ++i)
        bytes[i] = char(random >> (8 * (15 - i)));
    return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
}

} // namespace civicdesk
