#include "WriterLock.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QThread>

#include <atomic>

#ifdef Q_OS_LINUX
#include <cerrno>
#include <csignal>
#include <ctime>
#include <fcntl.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace civicdesk {

// One per database file and process. fcntl locks belong to the process, not to a descriptor:
// the threads (connections) of one process queue on `threads` first, then the process queues
// on the file. The descriptor stays open while any connection uses it, because closing any
// descriptor of the file would drop the process's lock.
struct WriterLock::File {
    int fd = -1;
    QMutex threads;
    std::atomic<Qt::HANDLE> owner{nullptr};
    std::atomic<bool> supported{false};
    ~File()
    {
#ifdef Q_OS_LINUX
        if (fd >= 0)
            ::close(fd);
#endif
    }
};

namespace {

#ifdef Q_OS_LINUX
// The signal that ends a wait in F_SETLKW when its time is up: a per-thread timer sends it to
// the waiting thread only, and its handler (installed without SA_RESTART) does nothing but
// make fcntl return EINTR.
int interruptSignal()
{
    static const int signo = [] {
        const int s = SIGRTMIN + 4;
        struct sigaction sa = {};
        sa.sa_handler = [](int) {};
        sigemptyset(&sa.sa_mask);
        sa.sa_flags = 0;
        sigaction(s, &sa, nullptr);
        return s;
    }();
    return signo;
}

enum class Taken { Yes, TimedOut, Unsupported };

// The side file's two bytes: the writer lock itself, and a turnstile in front of it.
constexpr off_t kWriterByte = 0;
constexpr off_t kTurnstileByte = 1;

struct flock byteLock(short type, off_t byte)
{
    struct flock fl = {};
    fl.l_type = type;
    fl.l_whence = SEEK_SET;
    fl.l_start = byte;
    fl.l_len = 1;
    return fl;
}

void unlock(int fd, off_t byte)
{
    struct flock fl = byteLock(F_UNLCK, byte);
    ::fcntl(fd, F_SETLK, &fl);
}

// Waits for one byte until the deadline of `timer` (armed by the caller).
Taken waitFor(int fd, off_t byte, timer_t timer)
{
    struct flock fl = byteLock(F_WRLCK, byte);
    for (;;) {
        if (::fcntl(fd, F_SETLKW, &fl) == 0)
            return Taken::Yes;
        if (errno != EINTR) // EDEADLK: the kernel saw a cycle of waiters; ENOLCK: no lock server
            return errno == EDEADLK ? Taken::TimedOut : Taken::Unsupported;
        struct itimerspec left = {};
        ::timer_gettime(timer, &left);
        if (left.it_value.tv_sec == 0 && left.it_value.tv_nsec == 0)
            return Taken::TimedOut; // our timer fired
        // another signal interrupted the wait: wait on for the rest of the time
    }
}

// A writer that has just released the lock and wants it again must not take it straight back
// while the others are still waking up (the kernel wakes all waiters and the first to run
// wins). So every writer passes a turnstile first and holds it while it waits for the writer
// byte: the next in line sits in the turnstile, a returning writer waits behind it.
Taken lockWithTimeout(int fd, int timeoutMs)
{
    struct flock fl = byteLock(F_WRLCK, kTurnstileByte);
    int error = 0;
    if (::fcntl(fd, F_SETLK, &fl) == 0) {
        fl = byteLock(F_WRLCK, kWriterByte);
        const bool taken = ::fcntl(fd, F_SETLK, &fl) == 0;
        error = errno;
        unlock(fd, kTurnstileByte);
        if (taken)
            return Taken::Yes;
    } else {
        error = errno;
    }
    if (error != EACCES && error != EAGAIN)
        return Taken::Unsupported; // ENOLCK, EINVAL: a share mounted without locking
    if (timeoutMs <= 0)
        return Taken::TimedOut;

    struct sigevent sev = {};
    sev.sigev_notify = SIGEV_THREAD_ID;
    sev.sigev_signo = interruptSignal();
    sev._sigev_un._tid = static_cast<pid_t>(::syscall(SYS_gettid));
    timer_t timer;
    if (::timer_create(CLOCK_MONOTONIC, &sev, &timer) != 0)
        return Taken::Unsupported;
    struct itimerspec due = {};
    due.it_value.tv_sec = timeoutMs / 1000;
    due.it_value.tv_nsec = long(timeoutMs % 1000) * 1000000L;
    ::timer_settime(timer, 0, &due, nullptr);
    Taken result = waitFor(fd, kTurnstileByte, timer);
    if (result == Taken::Yes) {
        result = waitFor(fd, kWriterByte, timer);
        unlock(fd, kTurnstileByte);
    }
    ::timer_delete(timer);
    return result;
}

#endif

QMutex registryMutex;
QHash<QString, std::weak_ptr<WriterLock::File>>& registry()
{
    static QHash<QString, std::weak_ptr<WriterLock::File>> files;
    return files;
}

std::shared_ptr<WriterLock::File> fileFor(const QString& databasePath)
{
    QFileInfo info(databasePath);
    const QString key = info.canonicalFilePath().isEmpty() ? info.absoluteFilePath()
                                                           : info.canonicalFilePath();
    QMutexLocker locker(&registryMutex);
    if (auto existing = registry().value(key).lock())
        return existing;
    for (auto it = registry().begin(); it != registry().end();)
        it = it->expired() ? registry().erase(it) : std::next(it);
    auto file = std::make_shared<WriterLock::File>();
#ifdef Q_OS_LINUX
    const QByteArray side = QFile::encodeName(WriterLock::sideFileOf(key));
    file->fd = ::open(side.constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0666);
    file->supported = file->fd >= 0;
#endif
    registry().insert(key, file);
    return file;
}

} // namespace

QString WriterLock::sideFileOf(const QString& databasePath)
{
    return databasePath + QStringLiteral("-writer.lock");
}

WriterLock::WriterLock(const QString& databasePath) : m_file(fileFor(databasePath)) {}

WriterLock::~WriterLock()
{
    release();
}

bool WriterLock::acquire(int timeoutMs)
{
    if (m_held)
        return true;
#ifdef Q_OS_LINUX
    File& f = *m_file;
    const Qt::HANDLE me = QThread::currentThreadId();
    if (!f.supported || f.owner.load() == me)
        return false;
    QElapsedTimer waited;
    waited.start();
    if (!f.threads.tryLock(timeoutMs))
        return false;
    const Taken taken = lockWithTimeout(f.fd, timeoutMs - int(waited.elapsed()));
    if (taken != Taken::Yes) {
        if (taken == Taken::Unsupported)
            f.supported = false;
        f.threads.unlock();
        return false;
    }
    f.owner = me;
    m_held = true;
    return true;
#else
    // Windows would queue with LockFileEx; until then SQLite's own lock alone orders writers.
    Q_UNUSED(timeoutMs);
    return false;
#endif
}

void WriterLock::release()
{
    if (!m_held)
        return;
#ifdef Q_OS_LINUX
    unlock(m_file->fd, kWriterByte);
    m_file->owner = nullptr;
    m_file->threads.unlock();
#endif
    m_held = false;
}

} // namespace civicdesk
