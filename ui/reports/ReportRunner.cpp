#include "ReportRunner.h"

#include "Services.h"
#include "reports/ReportService.h"
#include "storage/Database.h"

#include <QThread>

namespace civicdesk {

ReportRunner::ReportRunner(Services& services, QObject* parent)
    : QObject(parent), m_services(services)
{}

ReportRunner::~ReportRunner()
{
    if (m_thread) {
        m_progress->cancel();
        m_thread->wait();
        delete m_thread;
    }
}

bool ReportRunner::start(const ReportRequest& request)
{
    if (m_thread)
        return false;
    QPointer<ReportRunner> self(this);
    m_progress = std::make_shared<ReportProgress>([self](int percent, const QString& step) {
        QMetaObject::invokeMethod(
            self,
            [self, percent, step] {
                if (self)
                    emit self->progress(percent, step);
            },
            Qt::QueuedConnection);
    });
    auto progress = m_progress;
    const Database& mainDb = m_services.db();
    std::shared_ptr<const Clock> clock(&m_services.clock(), [](const Clock*) {});
    const Session session = m_services.session();
    m_thread = QThread::create([self, progress, &mainDb, clock, session, request] {
        // This thread's own connection: a connection belongs to the thread that opened it.
        auto db = mainDb.openAnother();
        Result<Report> result =
            db ? ReportService::run({*db.value(), *clock, session}, request, progress.get())
               : Result<Report>(db.error());
        db = Error(); // close the connection on this thread
        std::shared_ptr<const Report> report;
        Error error;
        if (result)
            report = std::make_shared<const Report>(result.take());
        else
            error = result.error();
        const bool wasCancelled = progress->isCancelled();
        QMetaObject::invokeMethod(
            self,
            [self, report, error, wasCancelled] {
                if (!self)
                    return;
                self->done();
                if (wasCancelled)
                    emit self->cancelled();
                else if (report)
                    emit self->finished(report);
                else
                    emit self->failed(error);
            },
            Qt::QueuedConnection);
    });
    m_thread->start(QThread::LowPriority);
    return true;
}

void ReportRunner::cancel()
{
    if (m_progress)
        m_progress->cancel();
}

void ReportRunner::done()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
}

} // namespace civicdesk
