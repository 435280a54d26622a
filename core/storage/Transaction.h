#pragma once

// A write transaction with an explicit commit(); the destructor only rolls back, so an early
// return or an error can never leave half of a change behind. Usually made by
// Database::write(), which also retries on a busy lock.

#include "Database.h"

#include <any>
#include <map>
#include <string>
#include <functional>
#include <vector>

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
    // A statement that changes rows and returns nothing the caller reads (INSERT, UPDATE,
    // DELETE). On SQLite it is bound and run through SQLite's own interface, cheaper than
    // QSqlQuery; while writes are pipelined (Database::setPipelinedWrites) it runs on the
    // writer thread and a failure surfaces at the next statement or at commit.
    // expectedChanges >= 0: unless exactly that many rows change, the statement fails as a
    // conflict (an optimistic check that needs nothing read back).
    Status put(const QString& sql, const QVariantList& params = {}, int expectedChanges = -1) const
    {
        return m_db.put(sql, params, expectedChanges);
    }

    // The next value of a named counter (case numbers, ticket numbers), 1 for a new name.
    // Gap-free: the increment commits or rolls back with the rest of the transaction. A
    // transaction that takes a counter's values here changes that counter nowhere else.
    Result<qint64> nextCounterValue(const QString& name) const;

    // What a service keeps for the rest of this transaction (the audit chain's head, read once
    // under the write lock), and what it must write just before COMMIT (that head, once,
    // however many rows were appended). Both are dropped on rollback and on retry. While
    // writes are pipelined, what a committed transaction kept is where the next one starts:
    // it must not wait for that COMMIT to read it back. A stale value cannot pass unnoticed:
    // the audit chain's sequence numbers are unique, and counters are written with a check.
    std::any& memo(const char* key) { return m_memo[key]; }
    void beforeCommit(const char* key, std::function<Status()> flush);

private:
    Database& m_db;
    bool m_open = false;
    std::map<std::string, std::any> m_memo;
    mutable std::map<QString, qint64> m_counters; // values taken in this transaction
    std::vector<std::pair<std::string, std::function<Status()>>> m_beforeCommit;
};

// A new globally unique row id: rows a branch creates merge into the center's database
// without renumbering. Ids sort in the order they were made (a version 7 UUID).
QString newId();

} // namespace civicdesk
