// The history generator: its bulk path for tickets writes the rows the queue service writes,
// and a generated history is complete and its audit chain verifies.

#include "../scheduling/SchedulingFixture.h"

#include "calendar/CalendarService.h"
#include "catalog/CatalogRepository.h"
#include "demo/BulkCaseWriter.h"
#include "demo/DemoData.h"
#include "demo/HistoryGenerator.h"
#include "intake/IntakeService.h"
#include "scheduling/WindowService.h"
#include "security/AuditLog.h"
#include "security/StaffService.h"
#include "storage/Transaction.h"
#include "workflow/CaseRepository.h"
#include "workflow/WorkflowService.h"

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

// Every row of a table that belongs to a case, in the order written, with what differs between
// two cases by nature (row ids, the case's id and number, its steps' ids, its documents'
// numbers) replaced by names.
struct CaseRows {
    QVector<QVariantMap> cases, steps, rounds, decisions, documents, audit;
};

CaseRows caseRows(Database& db, const QString& caseId)
{
    auto c = CaseRepository(db).byId(caseId);
    REQUIRE(c.isOk());
    QVector<QPair<QString, QString>> names{{caseId, QStringLiteral("<case>")},
                                           {c->number, QStringLiteral("<number>")}};
    auto steps = CaseRepository(db).steps(caseId);
    REQUIRE(steps.isOk());
    for (const CaseStep& s : steps.value())
        names.append({s.id, QStringLiteral("<step %1.%2>").arg(s.stagePosition).arg(s.stepPosition)});
    auto documents = db.exec(QStringLiteral("SELECT number FROM issued_documents WHERE subject_id = ? "
                                            "ORDER BY rowid"),
                             {caseId});
    REQUIRE(documents.isOk());
    for (int i = 0; documents.value().next(); ++i)
        names.append({documents.value().value(0).toString(), QStringLiteral("<document %1>").arg(i)});
    const auto read = [&](const QString& sql, const QStringList& skip) {
        QVector<QVariantMap> rows;
        auto q = db.exec(sql, {caseId});
        REQUIRE(q.isOk());
        while (q.value().next()) {
            QVariantMap m;
            const QSqlRecord r = q.value().record();
            for (int i = 0; i < r.count(); ++i) {
                if (skip.contains(r.fieldName(i)))
                    continue;
                QVariant v = q.value().value(i);
                if (v.typeId() == QMetaType::QString) {
                    QString text = v.toString();
                    for (const auto& n : names)
                        text.replace(n.first, n.second);
                    v = text;
                }
                m.insert(r.fieldName(i), v);
            }
            rows << m;
        }
        return rows;
    };
    const QStringList id{QStringLiteral("id")};
    CaseRows rows;
    rows.cases = read(QStringLiteral("SELECT * FROM cases WHERE id = ?"), id);
    rows.steps = read(QStringLiteral("SELECT * FROM case_steps WHERE case_id = ? ORDER BY "
                                     "stage_position, step_position"), id);
    rows.rounds = read(QStringLiteral("SELECT * FROM case_step_history WHERE case_id = ? ORDER BY "
                                      "rowid"), id);
    rows.decisions = read(QStringLiteral("SELECT * FROM published_decisions WHERE case_id = ?"), {});
    rows.documents = read(QStringLiteral("SELECT * FROM issued_documents WHERE subject_id = ? "
                                         "ORDER BY rowid"), id);
    // The chain's own columns differ with the rows' ids; that the chain holds is checked apart.
    rows.audit = read(QStringLiteral("SELECT * FROM audit_log WHERE subject_id = ? ORDER BY seq"),
                      {QStringLiteral("id"), QStringLiteral("seq"), QStringLiteral("hash")});
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
    const int auditBefore = count(QStringLiteral("SELECT COUNT(*) FROM audit_log"));
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
    const QVariant cacheBefore = t.db().scalar(QStringLiteral("PRAGMA cache_size")).value();
    auto summary = generator.run(options);
    REQUIRE(summary.isOk());
    // The generation's own settings do not outlive it.
    CHECK(t.db().scalar(QStringLiteral("PRAGMA cache_size")).value() == cacheBefore);
    CHECK(t.db().scalar(QStringLiteral("PRAGMA synchronous")).value().toInt() == 2); // FULL
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
    // Every application received for checking had its one-time notice in time, so the next
    // start deems none accepted (the first start on a generated million used to deem 29,749).
    auto deemed = IntakeService::deemAcceptedOverdue(t.db(), clock);
    REQUIRE(deemed.isOk());
    CHECK(deemed->isEmpty());
    auto chain = AuditLog::verify(t.db());
    REQUIRE(chain.isOk());
    INFO(chain->problem.toStdString());
    CHECK(chain->ok);
    CHECK(summary->auditRows == count(QStringLiteral("SELECT COUNT(*) FROM audit_log")) - auditBefore);

    // A second history added to the same database a month later makes people of its own: none
    // of the first one's ID numbers or credit codes is issued again.
    const int personsBefore = count(QStringLiteral("SELECT COUNT(*) FROM persons"));
    const int organisationsBefore = count(QStringLiteral("SELECT COUNT(*) FROM organisations"));
    clock.advanceDays(40);
    HistoryGenerator later(t.db(), clock);
    later.addVisitHook(HistoryGenerator::workflowHook(clock.today()));
    options.cases = 200;
    auto second = later.run(options);
    INFO(second.message().toStdString());
    REQUIRE(second.isOk());
    CHECK(second->cases == 200);
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM persons")) > personsBefore);
    CHECK(count(QStringLiteral("SELECT COUNT(*) FROM organisations")) > organisationsBefore);
    auto both = AuditLog::verify(t.db());
    REQUIRE(both.isOk());
    CHECK(both->ok);
}

namespace {

// How a case is worked in the comparison below: the departments approve their steps one working
// day apart, the decision stage denies or approves, the window hands the result over; `actions`
// bounds how far it gets (fewer: the case is left open).
struct Ending {
    const char* matter;
    bool organisation;
    bool deny;
    int actions;
};

} // namespace

TEST_CASE("a case worked by the bulk path writes the same rows as the workflow service",
          "[sqlite][history]")
{
    const Ending ending = GENERATE(Ending{"ZR-001", false, false, 16}, // parallel review, certificate
                                   Ending{"SJ-003", true, true, 16},   // denied, an agent collects
                                   Ending{"GA-004", false, false, 1});  // left in review
    INFO(ending.matter << (ending.deny ? " denied" : "") << " after " << ending.actions);
    TestDatabase t(StorageMode::Local);
    ManualClock clock(testNow());
    REQUIRE(DemoData::fill(t.db(), clock).isOk());
    std::map<QString, Session> approvers; // by department
    Session clerk = Session::system(QStringLiteral("none"));
    auto staff = StaffService::list(t.db());
    REQUIRE(staff.isOk());
    for (const StaffRecord& r : staff.value()) {
        const Session s = Session::forStaff({r.id, r.login, r.displayName, r.departmentId,
                                             r.departmentCode, r.roles});
        if (r.roles.contains(Role::Approver) && !r.departmentId.isEmpty())
            approvers.emplace(r.departmentId, s);
        if (r.login == QLatin1String("clerk1"))
            clerk = s;
    }
    auto windows = WindowService::windows(t.db());
    REQUIRE(windows.isOk());
    REQUIRE(!windows->isEmpty());
    auto matter = CatalogRepository(t.db()).matterByCode(QString::fromLatin1(ending.matter));
    REQUIRE(matter.isOk());

    // Two applications alike in everything, taken in at the same moment.
    const QDateTime accepted = QDateTime(clock.today().addDays(-40), QTime(9, 30));
    clock.set(accepted);
    IntakeRequest request;
    request.matterId = matter->id;
    request.windowId = windows->first().id;
    request.documentLanguage = QStringLiteral("zh_CN");
    request.applicant = ending.organisation
                            ? Applicant::organisation(QStringLiteral("示范市星河科技有限公司"),
                                                      QStringLiteral("91110105MA01XY9T1U"),
                                                      QStringLiteral("李明"), QStringLiteral("王芳"),
                                                      QStringLiteral("13812345678"))
                            : Applicant::person(QStringLiteral("张三"), DocumentType::ResidentId,
                                                QStringLiteral("11010519491231002X"),
                                                QStringLiteral("13812345678"));
    IntakeService intake({t.db(), clock, clerk});
    auto first = intake.decide(request);
    INFO(first.message().toStdString());
    REQUIRE(first.isOk());
    auto second = intake.decide(request);
    REQUIRE(second.isOk());
    const CaseRecord byService = first->record;
    const CaseRecord byBulk = second->record;

    auto calendar = CalendarService::current(t.db());
    REQUIRE(calendar.isOk());
    Handover handover;
    handover.identityChecked = true;
    if (ending.organisation) {
        handover.relation = RecipientRelation::Agent;
        handover.recipientName = QStringLiteral("经办人");
        handover.recipientDocumentNumber = QStringLiteral("110105198001010016");
    } else {
        handover.recipientName = byService.applicantName;
        handover.recipientDocumentNumber = byService.applicantDocument;
    }
    const QStringList reasons{QStringLiteral("申请人不符合法定条件")};

    // Through the services, step by step, as the departments and the window would.
    {
        QDate day = accepted.date();
        for (int k = 0; k < ending.actions; ++k) {
            auto steps = CaseRepository(t.db()).steps(byService.id);
            REQUIRE(steps.isOk());
            auto open = std::find_if(steps->cbegin(), steps->cend(), [](const CaseStep& x) {
                return x.state == StepState::Open;
            });
            if (open == steps->cend())
                break;
            day = calendar.value()->addWorkingDays(day, 1).date;
            clock.set(QDateTime(day, QTime(10, 0)));
            if (open->stageKind == StageKind::Handover) {
                auto done = WorkflowService({t.db(), clock, clerk}).handOver(byService.id, handover);
                INFO(done.message().toStdString());
                REQUIRE(done.isOk());
                break;
            }
            WorkflowService service({t.db(), clock, approvers.at(open->departmentId)});
            auto done = ending.deny && open->stageKind == StageKind::Decision
                            ? service.denyStep(open->id, {reasons, QString()})
                            : service.approveStep(open->id);
            INFO(done.message().toStdString());
            REQUIRE(done.isOk());
        }
    }
    // Through the bulk path, the same actions at the same moments.
    {
        BulkCaseWriter writer(t.db(), *calendar.value());
        BulkCaseWriter::Case c = BulkCaseWriter::start(byBulk, second->steps);
        REQUIRE(t.db().write([&](Transaction& tx) -> Status {
            QDate day = accepted.date();
            for (int k = 0; k < ending.actions; ++k) {
                const int open = BulkCaseWriter::nextOpenStep(c);
                if (open < 0)
                    break;
                const CaseStep step = c.w.steps.at(open);
                day = calendar.value()->addWorkingDays(day, 1).date;
                clock.set(QDateTime(day, QTime(10, 0)));
                if (step.stageKind == StageKind::Handover) {
                    CIVICDESK_TRY(writer.handOver(tx, {t.db(), clock, clerk}, c, handover));
                    break;
                }
                const Context by{t.db(), clock, approvers.at(step.departmentId)};
                if (ending.deny && step.stageKind == StageKind::Decision)
                    CIVICDESK_TRY(writer.deny(tx, by, c, open, reasons));
                else
                    CIVICDESK_TRY(writer.approve(tx, by, c, open));
            }
            return writer.finish(tx, c);
        }).isOk());
    }

    const CaseRows service = caseRows(t.db(), byService.id);
    const CaseRows bulk = caseRows(t.db(), byBulk.id);
    const auto same = [](const char* table, const QVector<QVariantMap>& a, const QVector<QVariantMap>& b) {
        INFO(table);
        REQUIRE(a.size() == b.size());
        for (int i = 0; i < a.size(); ++i) {
            INFO("service: " << show(a.at(i)));
            INFO("bulk:    " << show(b.at(i)));
            CHECK(a.at(i) == b.at(i));
            for (auto it = a.at(i).cbegin(); it != a.at(i).cend(); ++it) {
                INFO(it.key().toStdString());
                CHECK(it.value().isNull() == b.at(i).value(it.key()).isNull());
            }
        }
    };
    // The comparison covers the workflow's rows, not just the intake's.
    CHECK(service.rounds.size() >= (ending.actions < 16 ? 1 : 3));
    same("cases", service.cases, bulk.cases);
    same("case_steps", service.steps, bulk.steps);
    same("case_step_history", service.rounds, bulk.rounds);
    same("published_decisions", service.decisions, bulk.decisions);
    same("issued_documents", service.documents, bulk.documents);
    same("audit_log", service.audit, bulk.audit);
    // What the ending is, as a person would see it.
    const QString status = service.cases.first().value(QStringLiteral("status")).toString();
    CHECK(status == QLatin1String(ending.actions < 16 ? "in_review" : "closed"));
    CHECK(service.cases.first().value(QStringLiteral("decision")).toString() ==
          QLatin1String(ending.actions < 16 ? "" : ending.deny ? "denied" : "approved"));
    auto chain = AuditLog::verify(t.db());
    REQUIRE(chain.isOk());
    INFO(chain->problem.toStdString());
    CHECK(chain->ok);
}
