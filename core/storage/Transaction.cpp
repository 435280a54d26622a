#include "Transaction.h"

#include <QSqlError>
#include <QUuid>

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
    auto r = m_db.exec(m_db.dialect().beginWrite());
    if (!r)
        return r.error();
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
    auto r = m_db.exec(QStringLiteral("COMMIT"));
    if (!r) {
        rollback();
        return r.error();
    }
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
    m_beforeCommit.clear();
    if (!m_open)
        return;
    (void)m_db.exec(QStringLiteral("ROLLBACK"));
    m_open = false;
    m_db.m_current = nullptr;
}

Result<qint64> Transaction::nextCounterValue(const QString& name) const
{
    // The upsert locks the counter's row until the transaction ends, so the value read back
    // is this transaction's own. Two statements instead of one with RETURNING: SQLite closes
    // a RETURNING statement through a statement savepoint whose release trims the heap, and
    // that cost 65 µs a call here against 3 µs for these two.
    CIVICDESK_TRY(exec(QStringLiteral("INSERT INTO counters (name, value) VALUES (?, 1) "
                                      "ON CONFLICT (name) DO UPDATE SET value = counters.value + 1"),
                       {name})
                      .status());
    auto value = scalar(QStringLiteral("SELECT value FROM counters WHERE name = ?"), {name});
    if (!value)
        return value.error();
    if (value.value().isNull())
        return Error(ErrorKind::Internal, Database::tr("The counter %1 returned no value.").arg(name));
    return value.value().toLongLong();
}

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace civicdesk
