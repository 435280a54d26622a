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
    auto r = m_db.exec(QStringLiteral("COMMIT"));
    if (!r) {
        rollback();
        return r.error();
    }
    m_open = false;
    m_db.m_current = nullptr;
    return {};
}

void Transaction::rollback()
{
    if (!m_open)
        return;
    (void)m_db.exec(QStringLiteral("ROLLBACK"));
    m_open = false;
    m_db.m_current = nullptr;
}

Result<qint64> Transaction::nextCounterValue(const QString& name) const
{
    auto q = exec(QStringLiteral("INSERT INTO counters (name, value) VALUES (?, 1) "
                                 "ON CONFLICT (name) DO UPDATE SET value = counters.value + 1 "
                                 "RETURNING value"),
                  {name});
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error(ErrorKind::Internal, Database::tr("The counter %1 returned no value.").arg(name));
    const qint64 value = q.value().value(0).toLongLong();
    // SQLite keeps a RETURNING statement open until it is finished; finish it now so that
    // COMMIT does not meet a statement still in progress.
    q.value().finish();
    return value;
}

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace civicdesk
