// The history generator: its bulk path for tickets writes the rows the queue service writes,
// and a generated history is complete and its audit chain verifies.

#include "../scheduling/SchedulingFixture.h"

#include "demo/DemoData.h"
#include "demo/HistoryGenerator.h"
#include "security/AuditLog.h"
#include "storage/Transaction.h"

#include <QSqlRecord>

using namespace civicdesk;
using namespace civicdesk::test;

namespace {

// A row as column -> value, without the columns named in `skip`.
QVariantMap row(Database& db, const QString& sql, const QVariantList& params,
                const QStringList& skip = {})
{
    auto q = db.exec(sql, params);
    REQUIRE(q.isOk());
    REQUIRE(q.value().next());
    QVariantMap m;
    const QSqlRecord r = q.value().record();
    for (int i = 0; i < r.count(); ++i) {
        if (!skip.contains(r.fieldName(i)))
            m.insert(r.fieldName(i), q.value().value(i));
    }
    q.value().finish();
    return m;
}

// The audit rows of a ticket in order, without what differs by nature (id, seq, hash, subject).
QVector<QVariantMap> auditRows(Database& db, const QString& ticketId)
{
    QVector<QVariantMap> rows;
    auto q = db.exec(QStringLiteral("SELECT at, staff_id, staff_login, action, subject_type, details "
                                    "FROM audit_log WHERE subject_id = ? ORDER BY seq"),
                     {ticketId});
    REQUIRE(q.isOk());
    while (q.value().next()) {
        QVariantMap m;
        for (int i = 0; i < 6; ++i)
            m.insert(q.value().record().fieldName(i), q.value().value(i));
        rows << m;
    }
    return rows;
}

std::string show(const QVariantMap& m)
{
    QStringList parts;
    for (auto it = m.cbegin(); it != m.cend(); ++it)
        parts << it.key() + QLatin1Char('=') + it.value().toString() +
                     (it.value().isNull() ? QStringLiteral("(null)") : QString());
    return parts.join(QLatin1String(", ")).toStdString();
}

} // namespace

TEST_CASE("a generated visit writes the same rows as the queue service", "[sqlite][history]")
{
    SchedulingFixture f(StorageMode::Local);
    const QString window = f.addWindow(7, true);
    const Session kiosk = Session::system(QStringLiteral("kiosk"));
    const bool noShow = GENERATE(false, true);
    const QDateTime issued = f.clock().now();
    const QDateTime called = issued.addSecs(300);
    const QDateTime started = called.addSecs(40);
    const QDateTime finished = started.addSecs(420);

    // Through the service, step by step.
    f.clock().set(issued);
    auto slip = QueueService::issue(f.as(kiosk), {f.catA, {}, {}, {}});
    REQUIRE(slip.isOk());
    f.clock().set(called);
    REQUIRE(QueueService::callNext(f.as(f.clerk1), window).isOk());
    if (noShow) {
        for (int call = 2; call <= 3; ++call) {
            f.clock().set(called.addSecs(60 * (call - 1)));
            REQUIRE(QueueService::recall(f.as(f.clerk1), window).isOk());
        }
        f.clock().set(finished);
        REQUIRE(QueueService::markNoShow(f.as(f.clerk1), window).isOk());
    } else {
        f.clock().set(started);
        REQUIRE(QueueService::startServing(f.as(f.clerk1), window).isOk());
        f.clock().set(finished);
        REQUIRE(QueueService::finish(f.as(f.clerk1), window, ServiceOutcome::Accepted,
                                     {QStringLiteral("ZX012026112000001")})
                    .isOk());
    }

    // Through the generator's bulk path, the same visit.
    GeneratedVisit v;
    v.number = slip->number;
    v.categoryId = f.catA;
    v.categoryPrefix = QStringLiteral("A");
    v.windowId = window;
    v.windowNumber = 7;
    v.clerk = &f.clerk1;
    v.issuedAt = issued;
    v.calledAt = called;
    v.startedAt = started;
    v.finishedAt = finished;
    v.noShow = noShow;
    v.outcome = ServiceOutcome::Accepted;
    CaseRecord c;
    c.number = QStringLiteral("ZX012026112000001");
    if (!noShow)
        v.cases << c;
    REQUIRE(f.db().write([&](Transaction& tx) { return HistoryGenerator::writeVisit(tx, kiosk, v); }).isOk());

    const QString sql = QStringLiteral("SELECT * FROM tickets WHERE id = ?");
    const QVariantMap byService = row(f.db(), sql, {slip->ticketId}, {QStringLiteral("id")});
    const QVariantMap byGenerator = row(f.db(), sql, {v.ticketId}, {QStringLiteral("id")});
    INFO("service:   " << show(byService));
    INFO("generator: " << show(byGenerator));
    CHECK(byService == byGenerator);
    // Null stays null, empty stays empty: the reports count on it.
    for (auto it = byService.cbegin(); it != byService.cend(); ++it) {
        INFO(it.key().toStdString());
        CHECK(it.value().isNull() == byGenerator.value(it.key()).isNull());
    }
    const QVector<QVariantMap> serviceAudit = auditRows(f.db(), slip->ticketId);
    const QVector<QVariantMap> generatorAudit = auditRows(f.db(), v.ticketId);
    REQUIRE(serviceAudit.size() == (noShow ? 5 : 4));
    REQUIRE(serviceAudit.size() == generatorAudit.size());
    for (int i = 0; i < serviceAudit.size(); ++i) {
        INFO("service:   " << show(serviceAudit.at(i)));
        INFO("generator: " << show(generatorAudit.at(i)));
        CHECK(serviceAudit.at(i) == generatorAudit.at(i));
    }
    auto chain = AuditLog::verify(f.db());
    REQUIRE(chain.isOk());
    CHECK(chain->ok);
}

TEST_CASE("a generated history holds every intake outcome and its audit chain verifies",
          "[sqlite][history]")
{
    TestDatabase t(StorageMode::Local);
    ManualClock clock(testNow());
    REQUIRE(DemoData::fill(t.db(), clock).isOk());
    const auto count = [&](const QString& sql) {
        auto v = t.db().scalar(sql);
        REQUIRE(v.isOk());
        return v.value().toInt();
    };
    const int casesBefore = count(QStringLiteral("SELECT COUNT(*) FROM cases"));
    const int ticketsBefore = count(QStringLiteral("SELECT COUNT(*) FROM tickets"));
    const QString afterNow = toDbTimestamp(clock.now());
    const QString documentsAfterNow =
        QStringLiteral("SELECT COUNT(*) FROM issued_documents WHERE issued_at > '%1'").arg(afterNow);
    const QString stepsAfterNow =
        QStringLiteral("SELECT COUNT(*) FROM case_steps WHERE decided_at > '%1'").arg(afterNow);
    const QString auditAfterNow =
        QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE at > '%1'").arg(afterNow);
    // Nothing in the demonstration center has happened after now either.
    CHECK(count(documentsAfterNow) == 0);
    CHECK(count(auditAfterNow) == 0);

    HistoryGenerator generator(t.db(), clock);
    generator.addVisitHook(HistoryGenerator::ratingHook(0.5));
    generator.addVisitHook(HistoryGenerator::workflowHook(clock.today()));
    HistoryOptions options;
    options.cases = 400;
    options.days = 30;
    auto summary = generator.run(options);
    REQUIRE(summary.isOk());
    CHECK(summary->cases == 400);
    CHECK(summary->visits == 1200);
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM cases")) - casesBefore == 400);
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM tickets")) - ticketsBefore == 1200);
    // Every outcome of intake is there.
    for (const char* status : {"accepted", "awaiting_correction", "refused", "withdrawn"}) {
        INFO(status);
        CHECK(count(QStringLiteral("SELECT COUNT(*) FROM cases WHERE status = '%1'")
                        .arg(QLatin1String(status))) > 0);
    }
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM cases WHERE deficiency_due IS NOT NULL")) > 0);
    // Visits on working days only, in office hours, Mondays busier than Fridays.
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM tickets WHERE strftime('%w', service_date) IN "
                               "('0', '6') AND service_date < '2026-11-20'")) == 0);
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM tickets WHERE substr(issued_at, 12, 2) < '08' "
                               "OR substr(issued_at, 12, 2) > '17'")) == 0);
    // Each case links to the ticket it was taken in at, and that ticket names the case.
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM cases c JOIN tickets t ON t.id = c.ticket_id "
                               "WHERE instr(t.case_numbers, c.number) > 0")) == 400);
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM ratings")) > 0);
    // Accepted cases are worked to their end: decided, most granted and some denied, handed
    // over; the recent ones are still with the departments, and nothing happened after now.
    const QString generated = QStringLiteral(" AND received_at >= '%1'").arg(toDbTimestamp(
        QDateTime(clock.today().addDays(-options.days), QTime(0, 0))));
    for (const char* status : {"closed", "denied", "in_review"}) {
        INFO(status);
        CHECK(count(QStringLiteral("SELECT COUNT(*) FROM cases WHERE status = '%1'")
                        .arg(QLatin1String(status)) + generated) > 0);
    }
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM cases WHERE status = 'closed' AND "
                               "decision = 'approved' AND closed_at IS NOT NULL") + generated) > 0);
    CHECK(count(documentsAfterNow) == 0);
    CHECK(count(stepsAfterNow) == 0);
    CHECK(count(auditAfterNow) == 0);
    // Whatever was accepted three weeks ago and is still open is a laggard: a few at most.
    const QString threeWeeksAgo = toDbDate(clock.today().addDays(-21));
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM cases WHERE status IN ('accepted', "
                               "'in_review') AND accepted_on < '%1'").arg(threeWeeksAgo) +
                generated) <= 5);
    auto chain = AuditLog::verify(t.db());
    REQUIRE(chain.isOk());
    INFO(chain->problem.toStdString());
    CHECK(chain->ok);
    CHECK(chain->rows >= summary->auditRows);
}
