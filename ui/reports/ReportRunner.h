#pragma once

// Runs a report off the UI thread: a worker thread opens its own connection to the database
// (Database::openAnother), makes the report, and hands it back through a queued signal; the
// progress arrives the same way. cancel() asks the running report to stop; the window never
// waits for it (except on destruction, after asking it to stop).

#include "Result.h"
#include "reports/ReportProgress.h"
#include "reports/ReportTypes.h"
#include "security/Session.h"

#include <QObject>
#include <QPointer>

#include <memory>

class QThread;

namespace civicdesk {

class Services;

class ReportRunner : public QObject {
    Q_OBJECT
public:
    explicit ReportRunner(Services& services, QObject* parent = nullptr);
    ~ReportRunner() override;

    // False when a report is still running.
    bool start(const ReportRequest& request);
    void cancel();
    bool isRunning() const { return m_thread != nullptr; }

signals:
    void progress(int percent, const QString& step);
    // Exactly one of these after each start().
    void finished(const std::shared_ptr<const Report>& report);
    void failed(const civicdesk::Error& error);
    void cancelled();

private:
    void done();

    Services& m_services;
    QThread* m_thread = nullptr;
    std::shared_ptr<ReportProgress> m_progress;
};

} // namespace civicdesk
