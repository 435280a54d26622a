#pragma once

// Statements that change rows, run through SQLite's own interface on the connection Qt opened.
// Binding a value through QSqlQuery costs more than SQLite's insert of it (a placeholder name
// is built and hashed for every value), and a long history is written fastest when one thread
// builds rows while another runs them (Database::setPipelinedWrites). Values are bound exactly
// as Qt's driver binds them, so a row written here and one written through QSqlQuery hold the
// same values of the same types.

#include <QHash>
#include <QString>
#include <QVariant>

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace civicdesk {

class SqliteWriter {
public:
    struct Failure {
        int code = 0;    // SQLite's extended result code
        QString message; // sqlite3_errmsg
        QString sql;
    };

    explicit SqliteWriter(sqlite3* connection);
    ~SqliteWriter(); // stops the thread, then finalizes every statement
    SqliteWriter(const SqliteWriter&) = delete;
    SqliteWriter& operator=(const SqliteWriter&) = delete;

    // Runs one statement now, on the calling thread. Not while the thread runs.
    // expectedChanges >= 0: a different number of rows changed is a failure (SQLITE_CONSTRAINT).
    std::optional<Failure> run(const QString& sql, const QVariantList& params,
                               int expectedChanges = -1);

    // The writer thread: statements posted to it run there in the order posted. A failure
    // rolls back the transaction it happened in, and everything posted after it is skipped
    // until the thread stops.
    void startThread();
    void stopThread(); // runs what was posted first
    bool threaded() const { return m_thread.joinable(); }
    void post(const QString& sql, const QVariantList& params, int expectedChanges = -1);
    // Blocks until every posted statement has run; the failure, if one happened since the
    // thread started.
    std::optional<Failure> wait();

    // Prepared statements go, as before a schema change or closing the connection.
    void finalizeStatements();

private:
    // A value as SQLite takes it, made on the posting thread so that the writer only binds.
    // Texts and blobs lie in their batch's byte buffer.
    struct Value {
        enum class Kind : quint8 { Null, Integer, Real, Text, Text16, Blob };
        Kind kind = Kind::Null;
        qint64 integer = 0; // Integer; for Text, Text16 and Blob, the offset of the bytes
        double real = 0;
        qsizetype size = 0; // Text, Text16 and Blob: the number of bytes
    };
    struct Job {
        int statement = 0; // index into m_prepared, given by the posting thread
        int expectedChanges = -1;
        QString sql;
        qsizetype firstValue = 0; // into the batch's values
        qsizetype valueCount = 0;
    };
    // Statements and their values, in three buffers that are emptied and filled again instead
    // of freed: a value costs no allocation, and the writer thread frees nothing the posting
    // thread allocated (a block freed on another thread goes back to its owner's heap arena
    // under that arena's lock, which both threads then contend for).
    struct Batch {
        std::vector<Job> jobs;
        std::vector<Value> values;
        QByteArray bytes;
        void add(int statement, const QString& sql, const QVariantList& params,
                 int expectedChanges);
        void clear();
    };
    int statementOf(const QString& sql); // on the posting thread
    std::optional<Failure> execute(const Batch& batch, const Job& job);
    void loop();

    sqlite3* m_connection;
    QHash<QString, int> m_statementIndex;  // the posting thread's
    std::vector<QString> m_statementSql;   // by index, also the posting thread's; every job
                                           // shares its text, so the writer frees none
    std::vector<sqlite3_stmt*> m_prepared; // the executing thread's; null until first run

    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_posted;
    std::condition_variable m_drained;
    static constexpr size_t kMaxQueued = 20000;
    Batch m_queue;                   // posted, not yet taken by the thread
    Batch m_direct;                  // run() uses it
    std::atomic<int> m_queued{0};    // its size, for polling without the lock; -1: stop
    std::atomic<bool> m_busy{false}; // the thread is running the jobs it took
    bool m_sleeping = false;         // the thread waits on m_posted
    bool m_waiting = false;          // the poster waits on m_drained (for the end or for room)
    bool m_stop = false;
    std::optional<Failure> m_failure;
};

} // namespace civicdesk
