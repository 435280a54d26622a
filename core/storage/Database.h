#pragma once

// One open database in one of the three storage modes, used from one thread. Every read goes
// through exec(); every write goes through write(), which runs its body in one short
// transaction that takes the write lock up front and retries, within a bound, when another
// PC holds the lock.

#include "ConnectionSpec.h"
#include "Query.h"
#include "Result.h"
#include "SqlDialect.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <any>
#include <functional>
#include <future>
#include <map>
#include <memory>
#include <optional>
#include <vector>

class QSqlError;

namespace civicdesk {

struct IntegrityStamp;
class SqliteWriter;
class Transaction;
class WriterLock;

struct OpenOptions {
    bool createIfMissing = false; // create a new SQLite file where none exists
    // Read the whole SQLite file (PRAGMA quick_check) before anything is written to it, when
    // there is a reason to (see IntegrityStamp.h). Off for further connections to a file this
    // process has opened already.
    bool checkIntegrity = true;
    // Files up to this size are read whole at every opening (well under a second); bigger ones
    // only with a reason. civicdesk check sets it to the maximum: always read the whole file.
    qint64 alwaysCheckUpToBytes = 64 * 1024 * 1024;
    // The longest time between two whole-file checks of a big file.
    int recheckAfterDays = 7;
    // A SQLite file larger than this is checked on another thread while the program starts;
    // every write waits for the verdict (see Database::write). 0: always check at once.
    qint64 backgroundCheckAboveBytes = 0;
    int busyTimeoutMs = 5000;     // how long SQLite waits for another PC's lock per attempt
};

class Database {
    Q_DECLARE_TR_FUNCTIONS(Database)
public:
    static Result<std::unique_ptr<Database>> open(const ConnectionSpec& spec,
                                                  const OpenOptions& options = {});
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // Another connection to the same database, for another thread or process role.
    Result<std::unique_ptr<Database>> openAnother() const;

    const ConnectionSpec& spec() const { return m_spec; }
    StorageMode mode() const { return m_spec.mode; }
    const SqlDialect& dialect() const { return m_dialect; }
    bool isSqlite() const { return m_dialect.isSqlite(); }
    QSqlDatabase connection() const;

    // One parameterised statement ("?" placeholders, bound in order). SELECT, INSERT, UPDATE,
    // DELETE and WITH statements are prepared once per connection and reused.
    Result<Query> exec(const QString& sql, const QVariantList& params = {}) const;
    // The first column of the first row, or a null QVariant when there is no row.
    Result<QVariant> scalar(const QString& sql, const QVariantList& params = {}) const;

    // Runs body in one write transaction and commits it. On a lock held by another PC (or a
    // PostgreSQL serialization failure or deadlock) the whole body runs again, at most
    // maxWriteAttempts times; after that the error says so. Called while a write is already
    // open on this connection, body joins that transaction instead.
    Status write(const std::function<Status(Transaction&)>& body);
    bool inTransaction() const { return m_current != nullptr; }
    Transaction* currentTransaction() const { return m_current; }
    void setMaxWriteAttempts(int attempts) { m_maxWriteAttempts = attempts; }

    // The code of the branch that owns this database (meta branch_code), read once.
    Result<QString> branchCode() const;
    void forgetBranchCode() const { m_branchCode.clear(); }

    // PRAGMA quick_check on SQLite; a no-op on PostgreSQL, which checks its own pages.
    Status checkIntegrity() const;
    // Why this opening reads the whole file, as a clause ("it changed after CivicDesk last
    // closed it"); empty when the file's stamp vouched for it or no check was asked for.
    const QString& wholeCheckReason() const { return m_wholeCheckReason; }
    // The integrity check running on another thread, if any; writes wait for it, and a failed
    // check refuses them.
    bool integrityCheckPending() const;
    Status waitForIntegrityCheck() const;
    // A consistent copy of a SQLite database (VACUUM INTO); refuses on PostgreSQL.
    Status backupTo(const QString& file) const;

    // Forgets the prepared statements: after a schema change, when PostgreSQL's cached plans
    // would no longer fit.
    void clearStatementCache() const;

    // For generating long histories on SQLite: the statements given to Transaction::put, and
    // each transaction's BEGIN and COMMIT, run on a thread of their own, in order, while this
    // one builds the next rows. Every other statement waits for them first, so reads see
    // them. A statement that fails rolls back its transaction, everything posted after it is
    // dropped, and the failure is returned by the next exec() or by setPipelinedWrites(false),
    // which returns once everything posted has run. A no-op on PostgreSQL.
    Status setPipelinedWrites(bool on);
    bool pipelined() const;

    // A person-readable sentence for a failed statement; `what` says what was being done.
    Error errorFrom(const QSqlError& error, const QString& what = {}) const;

private:
    friend class Transaction;
    friend class Query;
    void recycle(const QString& sql, QSqlQuery&& statement) const;
    Status put(const QString& sql, const QVariantList& params, int expectedChanges = -1) const;
    Status waitForPuts() const;
    Database(ConnectionSpec spec, SqlDialect dialect, OpenOptions options);
    static Result<std::unique_ptr<Database>> openSqlite(const ConnectionSpec& spec,
                                                       const OpenOptions& options);
    static Result<std::unique_ptr<Database>> openPostgres(const ConnectionSpec& spec,
                                                         const OpenOptions& options);
    Status configureSqlite();
    static QString reasonToReadWhole(const QString& path, const OpenOptions& options,
                                     const std::optional<IntegrityStamp>& stamp);
    void stampIntegrity();
    Status quickCheck() const;

    ConnectionSpec m_spec;
    SqlDialect m_dialect;
    OpenOptions m_options;
    QString m_connectionName;
    Transaction* m_current = nullptr;
    int m_maxWriteAttempts = 6;
    mutable QString m_branchCode;
    mutable QHash<QString, std::vector<QSqlQuery>> m_idleStatements;
    mutable std::shared_future<Status> m_integrityCheck;
    QDateTime m_checkStartedAt;     // of the whole-file check on another thread
    QString m_wholeCheckReason;     // empty: the file's stamp vouched for it
    mutable QDateTime m_verifiedAt; // the last whole-file check that passed, if known
    mutable bool m_checkFailed = false;
    std::unique_ptr<WriterLock> m_writerLock; // SQLite: queues this file's writers in turn
    std::unique_ptr<SqliteWriter> m_sqliteWriter; // SQLite: runs Transaction::put
    mutable int m_liveQueries = 0;                // Query objects using the connection
    // Pipelined: the counters' values and the memos as the last committed transaction left
    // them (see Transaction::memo).
    mutable std::map<QString, qint64> m_pipelinedCounters;
    mutable std::map<std::string, std::any> m_pipelinedMemo;
};

// Identifies a CivicDesk SQLite file in its header (PRAGMA application_id): "CDK1".
constexpr int kSqliteApplicationId = 0x43444B31;

} // namespace civicdesk
