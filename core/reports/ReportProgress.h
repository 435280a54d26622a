#pragma once

// How a long report tells how far it got, and how it is asked to stop. The report runs on a
// worker thread; the window polls nothing: it reads the percentage from the callback (called
// on the worker thread) and sets cancel() from its own thread.

#include <QString>

#include <atomic>
#include <functional>

namespace civicdesk {

class ReportProgress {
public:
    using Callback = std::function<void(int percent, const QString& step)>;

    ReportProgress() = default;
    explicit ReportProgress(Callback callback) : m_callback(std::move(callback)) {}

    void cancel() { m_cancelled.store(true); }
    bool isCancelled() const { return m_cancelled.load(); }
    void report(int percent, const QString& step) const
    {
        if (m_callback)
            m_callback(percent, step);
    }

private:
    std::atomic<bool> m_cancelled{false};
    Callback m_callback;
};

} // namespace civicdesk
