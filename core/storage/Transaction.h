#pragma once

// A write transaction with an explicit commit(); the destructor only rolls back, so an early
// return or an error can never leave half of a change behind. Usually made by
// Database::write(), which also retries on a busy lock.

#include "Database.h"

namespace civicdesk {

class Transaction {
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    Status begin();
    Status commit();
    void rollback();
    bool isOpen() const { return m_open; }

    Database& db() const { return m_db; }
    const SqlDialect& dialect() const { return m_db.dialect(); }
    Result<Query> exec(const QString& sql, const QVariantList& params = {}) const
    {
        return m_db.exec(sql, params);
    }
    Result<QVariant> scalar(const QString& sql, const QVariantList& params = {}) const
    {
        return m_db.scalar(sql, params);
    }

    // The next value of a named counter (case numbers, ticket numbers), 1 for a new name.
    // Gap-free: the increment commits or rolls back with the rest of the transaction.
    Result<qint64> nextCounterValue(const QString& name) const;

private:
    Database& m_db;
    bool m_open = false;
};

// A new globally unique row id: rows a branch creates merge into the center's database
// without renumbering.
QString newId();

} // namespace civicdesk
