#pragma once

// Hands the write lock of one SQLite file to its writers in turn. SQLite's own lock is not
// fair: waiters poll it, and a process that has just committed often takes it again before
// they wake, so with several PCs calling tickets at once some wait for seconds. A WriterLock is
// a blocking fcntl(F_SETLKW) write lock on a side file next to the database
// ("<db>-writer.lock"): waiters sleep in the kernel (or, on a network share, in the lock
// server) and are woken as it is released. Database::write holds it from before BEGIN
// IMMEDIATE to after COMMIT or ROLLBACK. It only orders the writers; SQLite's own lock still
// guards the data, so a writer that cannot take it (a file system without locks, a wait longer
// than the busy timeout, an older CivicDesk) goes on without it and is merely not queued.
//
// The kernel drops an fcntl lock when its process ends, however it ends: a process killed while
// writing (SIGKILL, power loss of the PC on a share with lock recovery) never leaves it held.

#include <QString>

#include <memory>

namespace civicdesk {

class WriterLock {
public:
    // For the database file databasePath (which exists).
    explicit WriterLock(const QString& databasePath);
    ~WriterLock();
    WriterLock(const WriterLock&) = delete;
    WriterLock& operator=(const WriterLock&) = delete;

    // Waits at most timeoutMs for the lock. False when it was not taken: locking is not
    // supported here, the wait timed out, or this thread already holds it through another
    // connection to the same file (waiting would then never end).
    bool acquire(int timeoutMs);
    void release();
    bool isHeld() const { return m_held; }

    static QString sideFileOf(const QString& databasePath);

    struct File; // the side file, shared by the connections of this process

private:
    std::shared_ptr<File> m_file;
    bool m_held = false;
};

} // namespace civicdesk
