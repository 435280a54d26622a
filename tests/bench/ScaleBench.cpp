// The scale benchmarks of docs/BENCHMARKS.md, in one table. Built with the project, run by hand:
//
//   build/tests/bench_scale [--rounds N] [--history FILE]
//                           [--only intake,queue,lookups,reports,receipt,startup]
//                           [--pg CONN] [--pg-history CONN]
//
// intake   one full accept (applicant, case number, case, materials, steps, receipt, audit row)
//          on a local SQLite file (WAL, synchronous=FULL) against a bare one-row INSERT
//          transaction on the same file, alternating; medians and their ratio (limit 1.5).
//          Then the pages an accept writes to the write-ahead log, and the accept against a
//          bare one-row INSERT whose value is long enough to write as many pages (SQLite), or
//          the time of one round trip to the server (PostgreSQL).
// queue    8 civicdesk_testworker processes call and finish tickets at 8 windows of one
//          shared-mode file at once; median and p99 of call-next (limit 25 ms), and each
//          ticket served exactly once; before them, a bare one-row transaction on that file
//          from one process (the storage limit). Twice: back to back (saturation), and with
//          each ticket served for up to a second before it is finished.
// lookups  on FILE, a database made by "civicdesk demo --cases 1000000 --days 1095": the case
//          search by case number and ID number (limit p99 2 ms) and by a fragment of the
//          applicant's name (limit p99 20 ms), over numbers, IDs and names drawn from it.
// reports  on FILE: the daily report of the last working day before today and of the busiest
//          day of the history, and the monthly report of the last whole month, through
//          ReportService as the reports pane makes them (limits 200 ms and 2 s).
// receipt  an acceptance receipt rendered to PDF (limit 100 ms).
// startup  civicdesk started offscreen with CIVICDESK_EXIT_AFTER_FIRST_PAGE=1 (app/GuiStartup.cpp)
//          on FILE, or without --history on a history generated here: wall time from start to
//          exit after the case list's first page (limit 1 s) and the process's peak memory
//          (its VmHWM, limit 150 MB).
//
// With --pg CONN (a libpq connection to a database the bench may create databases from, e.g.
// "host=127.0.0.1 port=5432 user=postgres dbname=postgres"), intake and queue run again on
// PostgreSQL, each in a database of its own (civicdesk_bench_intake, civicdesk_bench_queue,
// dropped and made anew). With --pg-history CONN, lookups and reports run on that history too
// ("civicdesk --pg CONN demo --cases N --days D" makes one).
//
// Every figure is the median over its repetitions, p99 where a limit is a p99.

#include "Clock.h"
#include "catalog/CatalogRepository.h"
#include "catalog/CatalogService.h"
#include "demo/DemoData.h"
#include "demo/HistoryGenerator.h"
#include "documents/DocumentRegister.h"
#include "documents/DocumentRenderer.h"
#include "intake/CaseSearch.h"
#include "intake/IntakeService.h"
#include "intake/Validators.h"
#include "reports/ReportService.h"
#include "scheduling/QueueService.h"
#include "scheduling/WindowService.h"
#include "security/Session.h"
#include "security/StaffDemo.h"
#include "storage/DatabaseSetup.h"
#include "storage/Transaction.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

using namespace civicdesk;

namespace {

double percentile(QVector<double> v, double p)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    return v.at(std::min<int>(v.size() - 1, int(p * v.size())));
}

struct Line {
    QString what;
    QString figure;
    double value = 0;
    double limit = 0; // 0: none
};
QVector<Line> table;

void add(const QString& what, const QString& figure, double value, double limit = 0)
{
    table.push_back({what, figure, value, limit});
    std::printf("  %s: %s %.2f\n", qPrintable(what), qPrintable(figure), value);
    std::fflush(stdout);
}

Applicant person(qint64 n)
{
    const QString first17 = QStringLiteral("110105") +
                            QDate(1950, 1, 1).addDays(n / 1000).toString(QStringLiteral("yyyyMMdd")) +
                            QStringLiteral("%1").arg(n % 1000, 3, 10, QLatin1Char('0'));
    return Applicant::person(QStringLiteral("王小明"), DocumentType::ResidentId,
                             first17 + Validators::residentIdCheckCharacter(first17),
                             QStringLiteral("13812345678"));
}

std::unique_ptr<PreparedDatabase> prepare(const ConnectionSpec& spec, const Clock& clock)
{
    OpenOptions options;
    options.createIfMissing = true;
    auto prepared = prepareDatabase(spec, clock, options);
    if (!prepared) {
        std::fprintf(stderr, "%s\n", qPrintable(prepared.message()));
        return nullptr;
    }
    return std::make_unique<PreparedDatabase>(prepared.take());
}

// The storage limit: one bare one-row INSERT transaction into bench_rows (made on first use),
// with the database's own settings; its time in milliseconds, or a negative number on failure.
// With `bytes`, the row carries a value that long, so that the transaction writes as many pages
// as a larger one does.
double bareInsertMs(Database& db, const Clock& clock, int bytes = 0)
{
    const QString table = QStringLiteral("CREATE TABLE IF NOT EXISTS bench_rows (id TEXT PRIMARY "
                                         "KEY, at TEXT NOT NULL, body %1)")
                              .arg(db.spec().isSqlite() ? QStringLiteral("BLOB") : QStringLiteral("BYTEA"));
    if (auto made = db.exec(table); !made) {
        std::fprintf(stderr, "%s\n", qPrintable(made.message()));
        return -1;
    }
    const QVariant body = bytes > 0 ? QVariant(QByteArray(bytes, 'x')) : QVariant();
    QElapsedTimer t;
    t.start();
    Status s = db.write([&](Transaction& tx) {
        return tx
            .exec(QStringLiteral("INSERT INTO bench_rows (id, at, body) VALUES (?, ?, ?)"),
                  {newId(), toDbTimestamp(clock.now()), body})
            .status();
    });
    if (!s)
        std::fprintf(stderr, "bare insert failed: %s\n", qPrintable(s.message()));
    return s ? t.nsecsElapsed() / 1e6 : -1;
}

// The page size of the SQLite database `db`.
int pageSize(Database& db)
{
    auto q = db.exec(QStringLiteral("PRAGMA page_size"));
    return q && q.value().next() ? q.value().value(0).toInt() : 4096;
}

// How many pages `write` (true if it succeeded) puts into the write-ahead log of `db`, which
// is emptied first; -1 on failure. The log holds each page a transaction changed once, behind
// a 24-byte header, after its own 32-byte header; all of it is written and synced at COMMIT.
template <typename Write>
int logPagesOf(Database& db, int pageBytes, Write write)
{
    // The checkpoint's statement is done with before the write begins.
    if (!db.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")))
        return -1;
    if (!write())
        return -1;
    const qint64 logBytes = QFileInfo(db.spec().path + QStringLiteral("-wal")).size();
    return int((logBytes - 32) / (pageBytes + 24));
}

// A fresh PostgreSQL database `name` on the server of `conn`: its connection string.
QString freshPgDatabase(const QString& conn, const QString& name)
{
    auto server = Database::open(ConnectionSpec::postgres(conn), {});
    if (!server) {
        std::fprintf(stderr, "%s\n", qPrintable(server.message()));
        return {};
    }
    if (!server.value()->exec(QStringLiteral("DROP DATABASE IF EXISTS %1").arg(name)) ||
        !server.value()->exec(QStringLiteral("CREATE DATABASE %1").arg(name))) {
        std::fprintf(stderr, "could not make the database %s\n", qPrintable(name));
        return {};
    }
    QString result = conn;
    result.replace(QRegularExpression(QStringLiteral("dbname=\\S+")), QStringLiteral("dbname=") + name);
    if (!result.contains(QLatin1String("dbname=")))
        result += QStringLiteral(" dbname=") + name;
    return result;
}

// "SQLite file" or "PostgreSQL": how a row of the table names the storage.
QString storageName(const ConnectionSpec& spec)
{
    return spec.isSqlite() ? QStringLiteral("SQLite") : QStringLiteral("PostgreSQL");
}

// Why an accept costs what it does on SQLite: the pages it writes to the log, against a bare
// one-row INSERT of a value long enough to write as many (the storage limit for that volume:
// the same log writes and the same sync, and nothing else), timed alternately with more
// accepts.
bool benchIntakeVolume(Database& db, const Clock& clock, IntakeService& intake,
                       const QString& matterId, int rounds)
{
    const int pageBytes = pageSize(db);
    qint64 next = rounds;
    auto acceptOne = [&] {
        IntakeRequest r;
        r.matterId = matterId;
        r.applicant = person(next++);
        auto done = intake.decide(r);
        if (!done)
            std::fprintf(stderr, "intake failed: %s\n", qPrintable(done.message()));
        return bool(done);
    };
    auto bareInsertOf = [&](int bytes) { return bareInsertMs(db, clock, bytes) >= 0; };
    QVector<double> acceptPages;
    for (int i = 0; i < 21; ++i) {
        const int pages = logPagesOf(db, pageBytes, acceptOne);
        if (pages < 0)
            return false;
        acceptPages << pages;
    }
    const int pages = int(percentile(acceptPages, 0.5));
    // Overflow pages carry the value; the row's own pages are measured, not assumed.
    const int perPage = pageBytes - 4;
    int bytes = pages * perPage;
    int barePages = 0;
    for (int tries = 0; tries < 4; ++tries) {
        barePages = logPagesOf(db, pageBytes, [&] { return bareInsertOf(bytes); });
        if (barePages == pages)
            break;
        bytes = std::max(0, bytes + (pages - barePages) * perPage);
    }
    if (pages <= 0 || barePages <= 0)
        return false;
    QVector<double> bare;
    QVector<double> accept;
    for (int i = 0; i < rounds; ++i) {
        const double b = bareInsertMs(db, clock, bytes);
        if (b < 0)
            return false;
        bare << b;
        QElapsedTimer t;
        t.start();
        if (!acceptOne())
            return false;
        accept << t.nsecsElapsed() / 1e6;
    }
    const double b = percentile(bare, 0.5);
    add(QStringLiteral("pages an accept writes to the log, SQLite"), QStringLiteral("median"), pages);
    add(QStringLiteral("pages the bare one-row INSERT writes, SQLite"), QStringLiteral("one"),
        logPagesOf(db, pageBytes, [&] { return bareInsertOf(0); }));
    add(QStringLiteral("bare one-row INSERT of %1 pages, SQLite (ms)").arg(barePages),
        QStringLiteral("median"), b);
    add(QStringLiteral("intake commit, full accept, SQLite, again (ms)"), QStringLiteral("median"),
        percentile(accept, 0.5));
    add(QStringLiteral("intake / bare insert of as many pages, SQLite"), QStringLiteral("ratio"),
        percentile(accept, 0.5) / std::max(0.001, b));
    return true;
}

bool benchIntake(const ConnectionSpec& spec, int rounds)
{
    SystemClock clock;
    auto p = prepare(spec, clock);
    if (!p)
        return false;
    Database& db = *p->db;
    const Session system = Session::system(QStringLiteral("bench"));
    const Context ctx{db, clock, system};
    if (!CatalogService(ctx).importDefaultCatalog())
        return false;
    const Matter matter = CatalogRepository(db).matterByCode(QStringLiteral("SJ-003")).value();
    QVector<double> bare;
    QVector<double> accept;
    IntakeService intake(ctx);
    for (int i = 0; i < rounds; ++i) {
        const double b = bareInsertMs(db, clock);
        if (b < 0)
            return false;
        bare << b;
        IntakeRequest r;
        r.matterId = matter.id;
        r.applicant = person(i);
        QElapsedTimer t;
        t.start();
        auto done = intake.decide(r);
        accept << t.nsecsElapsed() / 1e6;
        if (!done) {
            std::fprintf(stderr, "intake round %d failed: %s\n", i, qPrintable(done.message()));
            return false;
        }
    }
    const double b = percentile(bare, 0.5);
    const double a = percentile(accept, 0.5);
    const QString on = storageName(spec);
    add(QStringLiteral("bare one-row INSERT transaction, %1 (ms)").arg(on), QStringLiteral("median"), b);
    add(QStringLiteral("intake commit, full accept, %1 (ms)").arg(on), QStringLiteral("median"), a);
    add(QStringLiteral("intake / bare insert, %1").arg(on), QStringLiteral("ratio"),
        a / std::max(0.001, b), 1.5);
    if (spec.isSqlite())
        return benchIntakeVolume(db, clock, intake, matter.id, rounds);
    // On a server each statement waits for its answer: the time of one round trip.
    QVector<double> trips;
    for (int i = 0; i < rounds; ++i) {
        QElapsedTimer t;
        t.start();
        if (!db.exec(QStringLiteral("SELECT 1")))
            return false;
        trips << t.nsecsElapsed() / 1e6;
    }
    add(QStringLiteral("one round trip (SELECT 1), %1 (ms)").arg(on), QStringLiteral("median"),
        percentile(trips, 0.5));
    return true;
}

// pauseMs 0: every window calls the next ticket as soon as it has finished one (saturation);
// otherwise each ticket is served for a random time up to pauseMs first.
bool benchQueue(const ConnectionSpec& spec, const QString& worker, int perWindow, int pauseMs = 0)
{
    SystemClock clock;
    auto p = prepare(spec, clock);
    if (!p)
        return false;
    Database& db = *p->db;
    const Session system = Session::system(QStringLiteral("bench"));
    const Context ctx{db, clock, system};
    if (!DemoData::fill(db, clock)) {
        std::fprintf(stderr, "demo data failed\n");
        return false;
    }
    // Today's demo queue is cleared; 8 comprehensive windows and a full queue for them.
    (void)db.exec(QStringLiteral("UPDATE tickets SET status = 'abandoned' WHERE status IN "
                                 "('waiting', 'called', 'serving')"));
    (void)db.exec(QStringLiteral("UPDATE windows SET comprehensive = 1, is_open = 1"));
    auto windows = WindowService::windows(db);
    auto categories = WindowService::categories(db);
    if (!windows || !categories || windows->size() < 8)
        return false;
    (void)db.exec(QStringLiteral("DELETE FROM counters WHERE name LIKE 'ticket:%'"));
    int issued = 0;
    Status s = db.write([&](Transaction&) -> Status {
        for (int i = 0; i < 8 * perWindow; ++i) {
            auto slip = QueueService::issue(ctx, {categories->at(i % categories->size()).id, {}, {}, {}});
            if (!slip)
                return slip.error();
            ++issued;
        }
        return {};
    });
    if (!s) {
        std::fprintf(stderr, "issue failed: %s\n", qPrintable(s.message()));
        return false;
    }
    // The storage limit on this disk in the same run: a bare one-row transaction on the same
    // shared-mode file from one process, no one else writing.
    QVector<double> bare;
    for (int i = 0; i < 200; ++i) {
        const double b = bareInsertMs(db, clock);
        if (b < 0)
            return false;
        bare << b;
    }
    p.reset();
    std::vector<std::unique_ptr<QProcess>> processes;
    for (int w = 0; w < 8; ++w) {
        auto proc = std::make_unique<QProcess>();
        const QStringList db =
            spec.isSqlite() ? QStringList{QStringLiteral("--db"), spec.path, QStringLiteral("--mode"),
                                          QStringLiteral("shared")}
                            : QStringList{QStringLiteral("--pg"), spec.server};
        proc->start(worker, QStringList{QStringLiteral("serve-queue")} + db +
                                QStringList{QStringLiteral("--window"), windows->at(w).id,
                                            QStringLiteral("--pause-ms"), QString::number(pauseMs)});
        if (!proc->waitForStarted())
            return false;
        processes.push_back(std::move(proc));
    }
    QStringList served;
    QVector<double> p50;
    QVector<double> p99;
    QVector<double> longest;
    QVector<double> first;  // each window's first call: its statements prepared, settings read
    QVector<double> pooled; // every later call of every window
    for (auto& proc : processes) {
        proc->waitForFinished(600000);
        const QStringList lines = QString::fromUtf8(proc->readAllStandardOutput()).split(QLatin1Char('\n'));
        for (const QString& line : lines) {
            if (line.startsWith(QLatin1String("served ")))
                served << line.mid(7);
            if (line.startsWith(QLatin1String("call-ms-each "))) {
                const QStringList f = line.mid(13).split(QLatin1Char(' '), Qt::SkipEmptyParts);
                for (int i = 0; i < f.size(); ++i)
                    (i == 0 ? first : pooled) << f.at(i).toDouble();
            }
            if (line.startsWith(QLatin1String("call-ms "))) {
                const QStringList f = line.split(QLatin1Char(' '));
                p50 << f.value(1).toDouble();
                p99 << f.value(2).toDouble();
                longest << f.value(3).toDouble();
            }
        }
        if (proc->exitCode() != 0)
            std::fprintf(stderr, "%s\n", proc->readAllStandardError().constData());
    }
    const bool once = QSet<QString>(served.begin(), served.end()).size() == served.size() &&
                      served.size() == issued;
    const QString on = spec.isSqlite() ? QStringLiteral("shared file") : QStringLiteral("PostgreSQL");
    const QString bareRow = QStringLiteral("bare one-row transaction, 1 process, %1 (ms)").arg(on);
    const QString call =
        pauseMs > 0 ? QStringLiteral("call next, 8 processes, %1, each ticket served 0–%2 ms (ms)")
                          .arg(on)
                          .arg(pauseMs)
                    : QStringLiteral("call next, 8 processes, %1, back to back (ms)").arg(on);
    add(bareRow, QStringLiteral("median"), percentile(bare, 0.5));
    add(bareRow, QStringLiteral("p99"), percentile(bare, 0.99));
    add(call, QStringLiteral("median"), percentile(p50, 0.5));
    add(call, QStringLiteral("p99 (median of the 8)"), percentile(p99, 0.5), 25);
    add(call, QStringLiteral("p99 (worst of the 8)"), percentile(p99, 1.0), 25);
    add(call, QStringLiteral("p99 of all %1 calls after each window's first").arg(pooled.size()),
        percentile(pooled, 0.99), 25);
    add(call, QStringLiteral("each window's first call, median"), percentile(first, 0.5));
    add(QStringLiteral("tickets served exactly once (%1 issued, %2 served)").arg(issued).arg(served.size()),
        QStringLiteral("yes=1"), once ? 1 : 0);
    return true;
}

std::unique_ptr<Database> openHistory(const ConnectionSpec& spec)
{
    OpenOptions options;
    options.checkIntegrity = false;
    auto opened = Database::open(spec, options);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.message()));
        return nullptr;
    }
    return opened.take();
}

bool benchLookups(const ConnectionSpec& spec, int probes)
{
    SystemClock clock;
    auto opened = openHistory(spec);
    if (!opened)
        return false;
    Database& db = *opened;
    const Session system = Session::system(QStringLiteral("bench"));
    const Context ctx{db, clock, system};
    const qint64 cases = db.scalar(QStringLiteral("SELECT COUNT(*) FROM cases")).value().toLongLong();
    // Probes drawn from the data: spread over the whole table by rowid.
    QStringList numbers, documents, names;
    QRandomGenerator random(7);
    auto take = [&](Query& q) {
        while (numbers.size() < probes && q.next()) {
            numbers << q.value(0).toString();
            documents << q.value(1).toString();
            const QString name = q.value(2).toString();
            // A fragment as clerks type it: the given name, or family name and first character.
            names << (random.bounded(2) ? name.mid(1) : name.left(2));
        }
    };
    if (db.isSqlite()) {
        const qint64 maxRow = db.scalar(QStringLiteral("SELECT MAX(rowid) FROM cases")).value().toLongLong();
        for (int tries = 0; numbers.size() < probes && tries < probes * 10; ++tries) {
            auto q = db.exec(QStringLiteral("SELECT number, applicant_document, applicant_name "
                                            "FROM cases WHERE rowid >= ? LIMIT 1"),
                             {qint64(random.bounded(double(maxRow)))});
            if (q)
                take(q.value());
        }
    } else {
        const double percent = std::min(100.0, 200.0 * probes / std::max<qint64>(1, cases));
        auto q = db.exec(QStringLiteral("SELECT number, applicant_document, applicant_name FROM "
                                        "cases TABLESAMPLE BERNOULLI (%1) ORDER BY random()")
                             .arg(percent));
        if (q)
            take(q.value());
    }
    if (numbers.isEmpty())
        return false;
    probes = int(numbers.size());
    auto run = [&](const QString& label, double limit, const std::function<CaseQuery(int)>& make) {
        QVector<double> ms;
        for (int i = 0; i < probes; ++i) {
            QElapsedTimer t;
            t.start();
            auto page = CaseSearch(ctx).find(make(i), {}, 50);
            ms << t.nsecsElapsed() / 1e6;
            if (!page)
                std::fprintf(stderr, "%s\n", qPrintable(page.message()));
        }
        const QString what = QStringLiteral("lookup on %1 cases by %2, %3 (ms)")
                                 .arg(cases)
                                 .arg(label, storageName(spec));
        add(what, QStringLiteral("median"), percentile(ms, 0.5));
        add(what, QStringLiteral("p99"), percentile(ms, 0.99), limit);
    };
    run(QStringLiteral("case number"), 2, [&](int i) { CaseQuery q; q.number = numbers.at(i); return q; });
    run(QStringLiteral("ID number"), 2, [&](int i) { CaseQuery q; q.document = documents.at(i); return q; });
    run(QStringLiteral("name fragment"), 20, [&](int i) { CaseQuery q; q.name = names.at(i); return q; });
    return true;
}

bool benchReports(const ConnectionSpec& spec, int rounds)
{
    SystemClock clock;
    auto opened = openHistory(spec);
    if (!opened)
        return false;
    Database& db = *opened;
    const Session system = Session::system(QStringLiteral("bench"));
    const Context ctx{db, clock, system};
    const QString today = toDbDate(clock.today());
    auto last = db.scalar(QStringLiteral("SELECT MAX(service_date) FROM tickets WHERE service_date < ?"),
                          {today});
    auto busiest = db.scalar(QStringLiteral("SELECT service_date FROM tickets GROUP BY service_date "
                                            "ORDER BY COUNT(*) DESC, service_date DESC LIMIT 1"));
    const qint64 cases = db.scalar(QStringLiteral("SELECT COUNT(*) FROM cases")).value().toLongLong();
    const qint64 tickets = db.scalar(QStringLiteral("SELECT COUNT(*) FROM tickets")).value().toLongLong();
    if (!last || !busiest || last.value().isNull())
        return false;
    const QDate month = clock.today().addMonths(-1);
    const QVector<QPair<QString, ReportRequest>> reports = {
        {QStringLiteral("daily report of %1 (the last working day)").arg(last.value().toString()),
         ReportRequest::daily(fromDbDate(last.value().toString()))},
        {QStringLiteral("daily report of %1 (the busiest day)").arg(busiest.value().toString()),
         ReportRequest::daily(fromDbDate(busiest.value().toString()))},
        {QStringLiteral("monthly report of %1").arg(month.toString(QStringLiteral("yyyy-MM"))),
         ReportRequest::monthly(month.year(), month.month())},
    };
    for (const auto& [label, request] : reports) {
        const bool monthly = request.kind == ReportKind::Monthly;
        QVector<double> ms;
        qint64 read = 0;
        for (int i = 0; i < (monthly ? std::max(3, rounds / 2) : rounds); ++i) {
            QElapsedTimer t;
            t.start();
            auto report = ReportService::run(ctx, request);
            ms << t.nsecsElapsed() / 1e6;
            if (!report) {
                std::fprintf(stderr, "%s\n", qPrintable(report.message()));
                return false;
            }
            read = report->data.tickets.size() + report->data.cases.size();
        }
        add(QStringLiteral("%1 on %2 cases and %3 tickets, %4 (ms; %5 tickets and cases read)")
                .arg(label)
                .arg(cases)
                .arg(tickets)
                .arg(storageName(spec))
                .arg(read),
            QStringLiteral("median"), percentile(ms, 0.5), monthly ? 2000 : 200);
    }
    return true;
}

bool benchReceipt(const QString& dir, int rounds)
{
    SystemClock clock;
    auto p = prepare(ConnectionSpec::local(dir + QStringLiteral("/receipt.sqlite")), clock);
    if (!p)
        return false;
    Database& db = *p->db;
    const Session system = Session::system(QStringLiteral("bench"));
    const Context ctx{db, clock, system};
    if (!CatalogService(ctx).importDefaultCatalog())
        return false;
    IntakeRequest r;
    r.matterId = CatalogRepository(db).matterByCode(QStringLiteral("SJ-003")).value().id;
    r.applicant = person(1);
    r.documentLanguage = QStringLiteral("zh_CN");
    auto done = IntakeService(ctx).decide(r);
    if (!done || done->documents.isEmpty())
        return false;
    QVector<double> ms;
    for (int i = 0; i < rounds; ++i) {
        QElapsedTimer t;
        t.start();
        const DocumentRequest request =
            DocumentRegister::request(done->documents.first(), Paper::A4, false, clock.now());
        auto rendered = DocumentRenderer::render(request);
        if (!rendered)
            return false;
        auto pdf = DocumentRenderer::pdf(rendered.value());
        ms << t.nsecsElapsed() / 1e6;
        if (!pdf || pdf->isEmpty())
            return false;
    }
    add(QStringLiteral("acceptance receipt to PDF, A4 (ms)"), QStringLiteral("median"),
        percentile(ms, 0.5), 100);
    return true;
}

bool benchStartup(const QString& dir, const QString& history, int rounds)
{
    const QString app = QStringLiteral(CIVICDESK_BINARY);
    QString file = history;
    if (file.isEmpty()) {
        // Generated in this process, so that the only children measured below are civicdesk.
        file = dir + QStringLiteral("/startup.sqlite");
        SystemClock clock;
        auto p = prepare(ConnectionSpec::local(file), clock);
        if (!p || !DemoData::fill(*p->db, clock))
            return false;
        HistoryOptions options;
        options.cases = 10000;
        options.days = 60;
        HistoryGenerator generator(*p->db, clock);
        generator.addVisitHook(HistoryGenerator::workflowHook(clock.today()));
        auto made = generator.run(options);
        if (!made) {
            std::fprintf(stderr, "history failed: %s\n", qPrintable(made.message()));
            return false;
        }
    }
    qint64 cases = 0;
    {
        OpenOptions options;
        options.checkIntegrity = false;
        auto db = Database::open(ConnectionSpec::local(file), options);
        if (!db)
            return false;
        cases = db.value()->scalar(QStringLiteral("SELECT COUNT(*) FROM cases")).value().toLongLong();
    }
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("CIVICDESK_EXIT_AFTER_FIRST_PAGE"), QStringLiteral("1"));
    env.insert(QStringLiteral("CIVICDESK_SIGN_IN"), QStringLiteral("clerk1"));
    env.insert(QStringLiteral("CIVICDESK_PASSWORD"), QString::fromLatin1(kDemoPassword));
    env.insert(QStringLiteral("CIVICDESK_NO_VOICE"), QStringLiteral("1"));
    QTemporaryDir config;
    QVector<double> wall, firstPage, withoutSignIn, peakMb;
    for (int i = 0; i < rounds; ++i) {
        QProcess proc;
        proc.setProcessEnvironment(env);
        QElapsedTimer t;
        t.start();
        proc.start(app, {QStringLiteral("--db"), file, QStringLiteral("--config"),
                         config.filePath(QStringLiteral("civicdesk.ini"))});
        if (!proc.waitForFinished(120000) || proc.exitCode() != 0) {
            std::fprintf(stderr, "start-up failed: %s\n", proc.readAllStandardError().constData());
            return false;
        }
        wall << t.nsecsElapsed() / 1e6;
        // "startup: signed in A ms, window shown B ms, first page (N cases) C ms, peak memory D kB"
        const QString err = QString::fromUtf8(proc.readAllStandardError());
        const QString line = err.mid(err.indexOf(QLatin1String("startup: "))).section(QLatin1Char('\n'), 0, 0);
        const QRegularExpressionMatch m = QRegularExpression(
            QStringLiteral("signed in (\\d+) ms.*\\) (\\d+) ms, peak memory (-?\\d+) kB")).match(line);
        if (!m.hasMatch()) {
            std::fprintf(stderr, "start-up printed no figures: %s\n", qPrintable(err));
            return false;
        }
        const double signedIn = m.captured(1).toDouble();
        const double page = m.captured(2).toDouble();
        firstPage << page;
        // The sign-in itself (a deliberately slow password hash) happens after the clerk typed.
        withoutSignIn << page - signedIn;
        peakMb << m.captured(3).toDouble() / 1024.0;
    }
    // getrusage(RUSAGE_CHILDREN) would report the bench's own peak here: Linux carries a
    // process's ru_maxrss over fork and exec. The child's VmHWM is its own.
    const QString on = QStringLiteral("start-up to the first case page, %1 cases").arg(cases);
    add(on + QStringLiteral(" (ms)"), QStringLiteral("median wall, process start to exit"),
        percentile(wall, 0.5), 1000);
    add(on + QStringLiteral(" (ms)"), QStringLiteral("median, process start to first page"),
        percentile(firstPage, 0.5));
    add(on + QStringLiteral(" (ms)"), QStringLiteral("median, the same without the password check"),
        percentile(withoutSignIn, 0.5));
    add(on + QStringLiteral(" (MB)"), QStringLiteral("peak resident memory (VmHWM)"),
        percentile(peakMb, 1.0), 150);
    return true;
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // As app/main.cpp does: the time zone read once, not stat'ed on each local-time conversion.
    if (qEnvironmentVariableIsEmpty("TZ"))
        qputenv("TZ", ":/etc/localtime");
    QGuiApplication app(argc, argv); // fonts for the PDF
    const QStringList args = app.arguments();
    auto option = [&](const QString& name, const QString& fallback) {
        const int i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
    };
    const int rounds = option(QStringLiteral("--rounds"), QStringLiteral("200")).toInt();
    const QString history = option(QStringLiteral("--history"), QString());
    const QString pg = option(QStringLiteral("--pg"), QString());
    const QString pgHistory = option(QStringLiteral("--pg-history"), QString());
    const QStringList only =
        option(QStringLiteral("--only"), QStringLiteral("intake,queue,lookups,reports,receipt,startup"))
            .split(QLatin1Char(','));
    QTemporaryDir dir;
    const QString worker = QStringLiteral(CIVICDESK_TEST_WORKER);
    bool ok = true;
    if (only.contains(QStringLiteral("intake"))) {
        ok = benchIntake(ConnectionSpec::local(dir.filePath(QStringLiteral("intake.sqlite"))), rounds) && ok;
        if (!pg.isEmpty()) {
            const QString conn = freshPgDatabase(pg, QStringLiteral("civicdesk_bench_intake"));
            ok = !conn.isEmpty() && benchIntake(ConnectionSpec::postgres(conn), rounds) && ok;
        }
    }
    if (only.contains(QStringLiteral("queue"))) {
        ok = benchQueue(ConnectionSpec::shared(dir.filePath(QStringLiteral("queue.sqlite"))), worker, 100) && ok;
        // The same windows at a clerk's pace, compressed: a ticket served for up to a second
        // (a real one takes minutes), so eight windows make about 16 writes a second.
        ok = benchQueue(ConnectionSpec::shared(dir.filePath(QStringLiteral("queue-paced.sqlite"))),
                        worker, 25, 1000) &&
             ok;
        if (!pg.isEmpty()) {
            const QString conn = freshPgDatabase(pg, QStringLiteral("civicdesk_bench_queue"));
            ok = !conn.isEmpty() && benchQueue(ConnectionSpec::postgres(conn), worker, 100) && ok;
            const QString paced = freshPgDatabase(pg, QStringLiteral("civicdesk_bench_queue_paced"));
            ok = !paced.isEmpty() && benchQueue(ConnectionSpec::postgres(paced), worker, 25, 1000) && ok;
        }
    }
    QVector<ConnectionSpec> histories;
    if (!history.isEmpty())
        histories << ConnectionSpec::local(history);
    if (!pgHistory.isEmpty())
        histories << ConnectionSpec::postgres(pgHistory);
    for (const ConnectionSpec& h : histories) {
        if (only.contains(QStringLiteral("lookups")))
            ok = benchLookups(h, 500) && ok;
        if (only.contains(QStringLiteral("reports")))
            ok = benchReports(h, 10) && ok;
    }
    if (only.contains(QStringLiteral("receipt")))
        ok = benchReceipt(dir.path(), 20) && ok;
    if (only.contains(QStringLiteral("startup")))
        ok = benchStartup(dir.path(), history, 5) && ok;

    std::printf("\n| measurement | figure | value | limit | ratio to limit |\n|---|---|---:|---:|---:|\n");
    for (const Line& l : table) {
        if (l.limit > 0)
            std::printf("| %s | %s | %.2f | %.2f | %.2f |\n", qPrintable(l.what), qPrintable(l.figure),
                        l.value, l.limit, l.value / l.limit);
        else
            std::printf("| %s | %s | %.2f | | |\n", qPrintable(l.what), qPrintable(l.figure), l.value);
    }
    return ok ? 0 : 1;
}
