// Intake on a local SQLite file (WAL, synchronous=FULL), run by hand:
//
//   build/tests/bench_intake [--rounds N] [--cases N] [--keep FILE]
//
// 1. One full accept (applicant, case number, case, materials, steps, audit row, receipt)
//    against a bare one-row INSERT transaction, alternating, median of each and their ratio
//    (target <= 1.5: a commit's fsync should dominate both).
// 2. With --cases N (e.g. 1000000): N generated cases, then the case search's first and next
//    pages by each key, p50 / max in milliseconds.

#include "Clock.h"
#include "calendar/CalendarService.h"
#include "catalog/CatalogRepository.h"
#include "catalog/CatalogService.h"
#include "intake/CaseSearch.h"
#include "intake/IntakeService.h"
#include "intake/Validators.h"
#include "security/Session.h"
#include "storage/DatabaseSetup.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace civicdesk;

namespace {

double median(QVector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

Applicant person(int n)
{
    const QString first17 =
        QStringLiteral("110105") +
        QDate(1950, 1, 1).addDays(n % 20000).toString(QStringLiteral("yyyyMMdd")) +
        QStringLiteral("%1").arg(n / 20000 % 1000, 3, 10, QLatin1Char('0'));
    return Applicant::person(QStringLiteral("王小明"), DocumentType::ResidentId,
                             first17 + Validators::residentIdCheckCharacter(first17),
                             QStringLiteral("13812345678"));
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    auto option = [&](const QString& name, const QString& fallback) {
        const int i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
    };
    const int rounds = option(QStringLiteral("--rounds"), QStringLiteral("200")).toInt();
    const int cases = option(QStringLiteral("--cases"), QStringLiteral("0")).toInt();
    QTemporaryDir dir;
    const QString file =
        option(QStringLiteral("--keep"), dir.filePath(QStringLiteral("bench.sqlite")));

    SystemClock clock;
    OpenOptions options;
    options.createIfMissing = true;
    auto prepared = prepareDatabase(ConnectionSpec::local(file), clock, options);
    if (!prepared) {
        std::fprintf(stderr, "%s\n", qPrintable(prepared.message()));
        return 1;
    }
    Database& db = *prepared->db;
    const Session system = Session::system(QStringLiteral("bench"));
    const Context ctx{db, clock, system};
    if (!CatalogService(ctx).importDefaultCatalog() ||
        !db.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS bench_rows (id TEXT PRIMARY KEY, "
                                "at TEXT NOT NULL)"))) {
        std::fprintf(stderr, "setup failed\n");
        return 1;
    }
    const Matter matter = CatalogRepository(db).matterByCode(QStringLiteral("SJ-003")).value();

    QVector<double> bare;
    QVector<double> accept;
    for (int i = 0; i < rounds; ++i) {
        QElapsedTimer t;
        t.start();
        Status s = db.write([&](Transaction& tx) {
            return tx
                .exec(QStringLiteral("INSERT INTO bench_rows (id, at) VALUES (?, ?)"),
                      {newId(), toDbTimestamp(clock.now())})
                .status();
        });
        bare << t.nsecsElapsed() / 1e6;
        IntakeRequest r;
        r.matterId = matter.id;
        r.applicant = person(i);
        t.restart();
        auto done = IntakeService(ctx).decide(r);
        accept << t.nsecsElapsed() / 1e6;
        if (!s || !done) {
            std::fprintf(stderr, "round %d failed: %s\n", i, qPrintable(done.message()));
            return 1;
        }
    }
    std::printf("bare insert: median %.2f ms\nfull accept: median %.2f ms\nratio: %.2f\n",
                median(bare), median(accept), median(accept) / std::max(0.001, median(bare)));

    if (cases <= 0)
        return 0;
    QElapsedTimer fill;
    fill.start();
    // Generated rows, straight into the tables: a million intakes through the service would
    // take hours. Three years of cases, 2,000 applicants, every status.
    Status s = db.write([&](Transaction& tx) -> Status {
        return tx
            .exec(
                QStringLiteral(
                    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?) "
                    "INSERT INTO cases (id, branch_code, number, matter_id, matter_code, "
                    "matter_name_zh, matter_name_en, department_id, applicant_kind, "
                    "applicant_id, applicant_name, applicant_document, applicant_phone_key, "
                    "status, received_at, statutory_days, promised_days, created_at, "
                    "updated_at) SELECT printf('bench-%08d', i), 'ZX01', printf('B%08d', i), "
                    "?, ?, ?, ?, ?, 'person', printf('applicant-%04d', i % 2000), '王小明', "
                    "printf('1101051950%08d', i % 2000), printf('138%08d', i % 2000), "
                    "CASE i % 10 WHEN 0 THEN 'awaiting_correction' WHEN 1 THEN 'refused' "
                    "WHEN 2 THEN 'in_review' ELSE 'closed' END, "
                    "strftime('%Y-%m-%d %H:%M:%S.000', '2024-01-01', '+' || (i * 94) || "
                    "' seconds'), 10, 5, '2024-01-01 00:00:00.000', '2024-01-01 00:00:00.000' "
                    "FROM n"),
                {cases, matter.id, matter.code, matter.nameZh, matter.nameEn, matter.departmentId})
            .status();
    });
    if (!s) {
        std::fprintf(stderr, "%s %s\n", qPrintable(s.message()), qPrintable(s.error().detail));
        return 1;
    }
    (void)db.exec(QStringLiteral("ANALYZE"));
    std::printf("%d cases generated in %.1f s\n", cases, fill.elapsed() / 1000.0);

    struct Probe {
        const char* name;
        CaseQuery query;
    };
    CaseQuery byNumber;
    byNumber.number = QStringLiteral("B%1").arg(cases / 2, 8, 10, QLatin1Char('0'));
    CaseQuery byDocument;
    byDocument.document = QStringLiteral("110105195000000777");
    CaseQuery byPhone;
    byPhone.phone = QStringLiteral("13800000777");
    CaseQuery byDates;
    byDates.from = QDate(2025, 3, 1);
    byDates.to = QDate(2025, 3, 31);
    CaseQuery byStatus;
    byStatus.status = CaseStatus::AwaitingCorrection;
    CaseQuery byStatusAndDates = byStatus;
    byStatusAndDates.from = byDates.from;
    byStatusAndDates.to = byDates.to;
    const QVector<Probe> probes = {{"everything", {}},
                                   {"number", byNumber},
                                   {"document", byDocument},
                                   {"phone", byPhone},
                                   {"one month", byDates},
                                   {"status", byStatus},
                                   {"status and month", byStatusAndDates}};
    for (const Probe& p : probes) {
        QVector<double> first;
        QVector<double> next;
        for (int i = 0; i < 20; ++i) {
            QElapsedTimer t;
            t.start();
            auto page = CaseSearch(ctx).find(p.query, {}, 50);
            first << t.nsecsElapsed() / 1e6;
            if (!page) {
                std::fprintf(stderr, "%s\n", qPrintable(page.message()));
                return 1;
            }
            if (page->next) {
                t.restart();
                auto more = CaseSearch(ctx).find(p.query, page->next, 50);
                next << t.nsecsElapsed() / 1e6;
            }
        }
        std::printf("%-18s first page p50 %.2f ms max %.2f · next page p50 %.2f ms\n", p.name,
                    median(first), *std::max_element(first.begin(), first.end()), median(next));
    }
    return 0;
}
