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
    std::optional<Failure> run(const QString& sql, const QVariantList& params);

    // The writer thread: statements posted to it run there in the order posted. A failure
    // rolls back the transaction it happened in, and what is posted after it is skipped until
    // wait() reports it.
    void startThread();
    void stopThread(); // runs what was posted first
    bool threaded() const { return m_thread.joinable(); }
    void post(const QString& sql, QVariantList params);
    // Blocks until every posted statement has run; the first failure since the last wait.
    std::optional<Failure> wait();
    // Drops the posted statements not yet run (the transaction rolls back), then waits.
    void discard();

    // Prepared statements go, as before a schema change or closing the connection.
    void finalizeStatements();

private:
    struct Job {
        QString sql;
        QVariantList params;
    };
    sqlite3_stmt* statement(const QString& sql, std::optional<Failure>& failure);
    void loop();

    sqlite3* m_connection;
    QHash<QString, sqlite3_stmt*> m_statements; // used by one thread at a time

    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_posted;
    std::condition_variable m_drained;
    std::vector<Job> m_queue;        // posted, not yet taken by the thread
    std::atomic<int> m_queued{0};    // its size, for polling without the lock; -1: stop
    std::atomic<bool> m_busy{false}; // the thread is running the jobs it took
    bool m_sleeping = false;         // the thread waits on m_posted
    bool m_waiting = false;          // the poster waits on m_drained
    bool m_stop = false;
    std::optional<Failure> m_failure;
};

} // namespace civicdesk
