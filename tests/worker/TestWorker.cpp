// A child process for concurrency tests: several of these write to one database at once.
//   civicdesk_testworker write-rows (--db FILE --mode local|shared | --pg CONN) --worker K --count N
//   civicdesk_testworker serve-queue (--db … | --pg …) --window ID [--pause-ms MS]
//       calls and finishes tickets at window ID until none waits; prints "served ID" for each
//       and at the end the 50th, 99th percentile and longest call-next time in milliseconds.
//       With --pause-ms, each ticket is served for a random time up to MS before it is
//       finished: a clerk's rhythm instead of calls back to back.
//   civicdesk_testworker intake (--db … | --pg …) --worker K --count N --matter ID
//       accepts N applications of the matter, each from a new applicant, through the intake
//       service; prints "case NUMBER" for each.
//   civicdesk_testworker intake-loop (--db … | --pg …) --start S --matter ID [--count N]
//       accepts applications (each from a new applicant, numbered from S) until N are done or
//       the process is killed; prints and flushes "case NUMBER" after each commit.
//   civicdesk_testworker hold-write (--db … --mode …)
//       opens a write transaction, prints and flushes "holding", and waits in it until killed.

#include "Clock.h"
#include "Context.h"
#include "intake/IntakeService.h"
#include "intake/Validators.h"
#include "scheduling/QueueService.h"
#include "security/Session.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QThread>

#include <algorithm>
#include <cstdio>

using namespace civicdesk;

namespace {

int fail(const QString& message)
{
    std::fprintf(stderr, "%s\n", qPrintable(message));
    return 1;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("task"), QStringLiteral("write-rows"));
    parser.addOption({QStringLiteral("db"), QStringLiteral("file"), QStringLiteral("file")});
    parser.addOption({QStringLiteral("mode"), QStringLiteral("mode"), QStringLiteral("mode")});
    parser.addOption({QStringLiteral("pg"), QStringLiteral("conn"), QStringLiteral("conn")});
    parser.addOption({QStringLiteral("worker"), QStringLiteral("id"), QStringLiteral("id")});
    parser.addOption({QStringLiteral("count"), QStringLiteral("n"), QStringLiteral("n")});
    parser.addOption({QStringLiteral("window"), QStringLiteral("id"), QStringLiteral("id")});
    parser.addOption({QStringLiteral("matter"), QStringLiteral("id"), QStringLiteral("id")});
    parser.addOption({QStringLiteral("start"), QStringLiteral("n"), QStringLiteral("n")});
    parser.addOption({QStringLiteral("pause-ms"), QStringLiteral("ms"), QStringLiteral("ms")});
    parser.process(app);

    ConnectionSpec spec = parser.isSet(QStringLiteral("pg"))
        ? ConnectionSpec::postgres(parser.value(QStringLiteral("pg")))
        : ConnectionSpec{parseStorageMode(parser.value(QStringLiteral("mode"))).value_or(StorageMode::Local),
                         parser.value(QStringLiteral("db")), {}};
    OpenOptions options;
    options.checkIntegrity = false;
    auto db = Database::open(spec, options);
    if (!db)
        return fail(db.message());

    const QString task = parser.positionalArguments().value(0);
    const int worker = parser.value(QStringLiteral("worker")).toInt();
    const int count = parser.value(QStringLiteral("count")).toInt();
    if (task == QLatin1String("write-rows")) {
        for (int i = 1; i <= count; ++i) {
            Status s = db.value()->write([&](Transaction& tx) -> Status {
                auto n = tx.nextCounterValue(QStringLiteral("test-writes"));
                if (!n)
                    return n.error();
                return tx
                    .exec(QStringLiteral("INSERT INTO test_writes (id, worker, seq, counter) "
                                         "VALUES (?, ?, ?, ?)"),
                          {newId(), worker, i, n.value()})
                    .status();
            });
            if (!s)
                return fail(QStringLiteral("write %1 failed: %2 %3")
                                .arg(i)
                                .arg(s.message(), s.error().detail));
        }
        std::printf("done %d\n", count);
        return 0;
    }
    if (task == QLatin1String("hold-write")) {
        Status s = db.value()->write([&](Transaction&) -> Status {
            std::printf("holding\n");
            std::fflush(stdout);
            for (;;)
                QThread::sleep(60);
        });
        return fail(s.message());
    }
    if (task == QLatin1String("serve-queue")) {
        const QString window = parser.value(QStringLiteral("window"));
        const int pauseMs = parser.value(QStringLiteral("pause-ms")).toInt();
        SystemClock clock;
        const Session session = Session::system(QStringLiteral("worker"));
        const Context ctx{*db.value(), clock, session};
        QVector<double> callMs;
        // A ticket this window was serving when the last worker was killed is finished first.
        auto current = QueueService::current(*db.value(), window);
        if (!current)
            return fail(current.message());
        if (current.value()) {
            auto done = QueueService::finish(ctx, window, ServiceOutcome::Accepted, {});
            if (!done)
                return fail(QStringLiteral("finish failed: %1").arg(done.message()));
            std::printf("served %s\n", qPrintable(current.value()->id));
            std::fflush(stdout);
        }
        for (;;) {
            QElapsedTimer timer;
            timer.start();
            auto t = QueueService::callNext(ctx, window);
            callMs << timer.nsecsElapsed() / 1e6;
            if (!t)
                return fail(QStringLiteral("call failed: %1 %2").arg(t.message(), t.error().detail));
            if (!t.value())
                break;
            if (pauseMs > 0)
                QThread::msleep(QRandomGenerator::global()->bounded(pauseMs));
            auto done = QueueService::finish(ctx, window, ServiceOutcome::Accepted, {});
            if (!done)
                return fail(QStringLiteral("finish failed: %1 %2").arg(done.message(), done.error().detail));
            // Printed only after the finish committed, and flushed at once: a test that kills
            // this process holds every printed ticket to be served for good.
            std::printf("served %s\n", qPrintable(t.value()->id));
            std::fflush(stdout);
        }
        if (callMs.isEmpty())
            return 0;
        // Every call's time, for the benchmark to pool over all windows.
        QStringList each;
        for (double ms : callMs)
            each << QString::number(ms, 'f', 2);
        std::printf("call-ms-each %s\n", qPrintable(each.join(QLatin1Char(' '))));
        std::sort(callMs.begin(), callMs.end());
        auto pct = [&](double p) { return callMs.at(std::min<int>(callMs.size() - 1, int(p * callMs.size()))); };
        std::printf("call-ms %.1f %.1f %.1f\n", pct(0.5), pct(0.99), callMs.last());
        return 0;
    }
    if (task == QLatin1String("intake")) {
        SystemClock clock;
        const Session session = Session::system(QStringLiteral("worker"));
        const Context ctx{*db.value(), clock, session};
        for (int i = 0; i < count; ++i) {
            // A different, valid ID number for every worker and intake.
            const int n = worker * count + i;
            const QString first17 = QStringLiteral("110105") +
                                    QDate(1960, 1, 1).addDays(n).toString(QStringLiteral("yyyyMMdd")) +
                                    QStringLiteral("%1").arg(n % 1000, 3, 10, QLatin1Char('0'));
            IntakeRequest r;
            r.matterId = parser.value(QStringLiteral("matter"));
            r.applicant = Applicant::person(QStringLiteral("Worker %1").arg(QChar('A' + worker)),
                                            DocumentType::ResidentId,
                                            first17 + Validators::residentIdCheckCharacter(first17),
                                            QStringLiteral("13812345678"));
            auto done = IntakeService(ctx).decide(r);
            if (!done)
                return fail(QStringLiteral("intake %1 failed: %2 %3")
                                .arg(i)
                                .arg(done.message(), done.error().detail));
            std::printf("case %s\n", qPrintable(done->record.number));
        }
        return 0;
    }
    if (task == QLatin1String("intake-loop")) {
        SystemClock clock;
        const Session session = Session::system(QStringLiteral("worker"));
        const Context ctx{*db.value(), clock, session};
        const qint64 start = parser.value(QStringLiteral("start")).toLongLong();
        const qint64 limit = parser.isSet(QStringLiteral("count")) ? count : -1;
        IntakeService intake(ctx);
        for (qint64 i = 0; limit < 0 || i < limit; ++i) {
            // Unique for n below 25 million: the day of birth, then the sequence of that day.
            const qint64 n = start + i;
            const QString first17 =
                QStringLiteral("110105") +
                QDate(1950, 1, 1).addDays(n / 1000).toString(QStringLiteral("yyyyMMdd")) +
                QStringLiteral("%1").arg(n % 1000, 3, 10, QLatin1Char('0'));
            IntakeRequest r;
            r.matterId = parser.value(QStringLiteral("matter"));
            r.applicant = Applicant::person(QStringLiteral("王小明"), DocumentType::ResidentId,
                                            first17 + Validators::residentIdCheckCharacter(first17),
                                            QStringLiteral("13812345678"));
            auto done = intake.decide(r);
            if (!done)
                return fail(QStringLiteral("intake %1 failed: %2 %3")
                                .arg(n)
                                .arg(done.message(), done.error().detail));
            // Only after the commit, and flushed at once: a test that kills this process holds
            // every printed case to exist in full.
            std::printf("case %s\n", qPrintable(done->record.number));
            std::fflush(stdout);
        }
        return 0;
    }
    return fail(QStringLiteral("unknown task ") + task);
}
