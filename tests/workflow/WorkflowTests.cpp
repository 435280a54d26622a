// The approval workflow through its service: every legal move and every illegal one, parallel
// stages, returns, denials, suspensions and extensions by exact working days, the decision,
// the certificate and the handover, each with its audit row and document, never half applied.

#include "WorkflowFixture.h"

#include "../documents/DocumentFixtures.h"

#include "Clock.h"
#include "catalog/CatalogRepository.h"
#include "documents/DocumentRegister.h"
#include "intake/CaseNumbers.h"
#include "storage/Transaction.h"
#include "workflow/CaseRepository.h"
#include "workflow/SupervisionService.h"
#include "workflow/WorkflowRules.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

using namespace civicdesk;
using namespace civicdesk::test;

namespace {

const QString kGa = QStringLiteral("approver.ga");
const QString kClerk = QStringLiteral("clerk1");
const QString kSupervisor = QStringLiteral("supervisor");
// A valid resident ID number of the person collecting a result.
const QString kRecipientId = QStringLiteral("330106198805120314");

Handover atCounter()
{
    Handover h;
    h.method = HandoverMethod::Counter;
    h.recipientName = QStringLiteral("王五");
    h.relation = RecipientRelation::Agent;
    h.recipientDocumentNumber = kRecipientId;
    h.identityChecked = true;
    return h;
}

ApprovalDetails remark(const QString& note)
{
    ApprovalDetails d;
    d.note = note;
    return d;
}

// Everything a workflow action could change about a case, to see that a refusal changed
// nothing.
struct CaseState {
    CaseRecord record;
    QStringList steps;
    int suspensions = 0;
    int extensions = 0;
    int documents = 0;
    int audits = 0; // other than refusals
    int published = 0;

    bool operator==(const CaseState& o) const
    {
        return record.status == o.record.status && record.promisedDue == o.record.promisedDue &&
               record.statutoryDue == o.record.statutoryDue &&
               record.extensionDays == o.record.extensionDays && record.decision == o.record.decision &&
               record.handover == o.record.handover && steps == o.steps &&
               suspensions == o.suspensions && extensions == o.extensions &&
               documents == o.documents && audits == o.audits && published == o.published;
    }
};

CaseState stateOf(WorkflowFixture& f, const QString& id)
{
    CaseState s;
    s.record = CaseRepository(f.db()).byId(id).value();
    const auto steps = CaseRepository(f.db()).steps(id);
    for (const CaseStep& step : steps.value())
        s.steps << CaseNames::key(step.state) + toDbDate(step.dueOn);
    auto count = [&](const char* sql) {
        return f.db().scalar(QString::fromLatin1(sql), {id}).value().toInt();
    };
    s.suspensions = count("SELECT COUNT(*) FROM case_suspensions WHERE case_id = ?");
    s.extensions = count("SELECT COUNT(*) FROM case_extensions WHERE case_id = ?");
    s.documents = count("SELECT COUNT(*) FROM issued_documents WHERE subject_id = ?");
    s.audits = count("SELECT COUNT(*) FROM audit_log WHERE subject_id = ? AND action <> "
                     "'permission.denied'");
    s.published = count("SELECT COUNT(*) FROM published_decisions WHERE case_id = ?");
    return s;
}

// A passport case (review, decision, certificate, handover; all the Public Security
// Bureau's) brought into a state through the services.
QString passportIn(WorkflowFixture& f, CaseStatus status)
{
    auto check = [](const auto& r) {
        INFO(r.message().toStdString());
        REQUIRE(r.isOk());
    };
    if (status == CaseStatus::AwaitingCorrection || status == CaseStatus::Refused) {
        // Intake's own states: a case without steps yet.
        auto matter = CatalogRepository(f.db()).matterByCode(QStringLiteral("GA-004"));
        CaseRecord c;
        c.id = newId();
        c.branchCode = f.db().branchCode().value();
        REQUIRE(f.db().write([&](Transaction& tx) -> Status {
            auto number = CaseNumbers::next(tx, f.clock.today());
            if (!number)
                return number.error();
            c.number = number.value();
            c.matterId = matter->id;
            c.matterCode = matter->code;
            c.matterNameZh = matter->nameZh;
            c.matterNameEn = matter->nameEn;
            c.departmentId = matter->departmentId;
            c.applicantKind = QStringLiteral("person");
            c.applicantId = newId();
            c.applicantName = QStringLiteral("张三");
            c.applicantDocument = QStringLiteral("11010519491231002X");
            c.status = status;
            c.receivedAt = c.createdAt = c.updatedAt = f.clock.now();
            c.statutoryDays = matter->statutoryDays;
            c.promisedDays = matter->promisedDays;
            return CaseRepository::insert(tx, c);
        }).isOk());
        return c.id;
    }
    const QString id = f.accept(QStringLiteral("GA-004"));
    WorkflowService ga = f.service(kGa);
    switch (status) {
    case CaseStatus::Accepted:
        break;
    case CaseStatus::InReview:
        check(ga.approveStep(f.openStep(id, kGa)));
        break;
    case CaseStatus::Suspended:
        check(ga.suspend(id, {SuspensionKind::Testing, QStringLiteral("样品送检"), 5}));
        break;
    case CaseStatus::Approved:
    case CaseStatus::CertificateIssued:
    case CaseStatus::Closed:
        check(ga.approveStep(f.openStep(id, kGa)));
        check(ga.approveStep(f.openStep(id, kGa)));
        if (status != CaseStatus::Approved)
            check(ga.approveStep(f.openStep(id, kGa)));
        if (status == CaseStatus::Closed)
            check(f.service(kClerk).handOver(id, atCounter()));
        break;
    case CaseStatus::Denied:
        check(ga.denyStep(f.openStep(id, kGa), {{QStringLiteral("材料不实")}, QString()}));
        break;
    case CaseStatus::Withdrawn:
        check(f.service(kClerk).withdraw(id, QStringLiteral("申请人书面撤回")));
        break;
    default:
        FAIL("no way to that state");
    }
    REQUIRE(f.status(id) == status);
    return id;
}

// The step an approver would act on: the open one of the department, else the last one.
QString stepToActOn(WorkflowFixture& f, const QString& caseId)
{
    const CaseWorkflow w = f.load(caseId);
    for (const CaseStep& s : w.steps) {
        if (s.state == StepState::Open && s.stageKind != StageKind::Handover)
            return s.id;
    }
    return w.steps.isEmpty() ? QString() : w.steps.constLast().id;
}

} // namespace

TEST_CASE("every workflow move the law allows is taken and every other one is refused whole", "[db]")
{
    WorkflowFixture f;
    using S = CaseStatus;
    struct Attempt {
        const char* name;
        std::function<Result<WorkflowOutcome>(const QString& caseId)> run;
    };
    const QVector<Attempt> attempts = {
        {"approve",
         [&](const QString& id) -> Result<WorkflowOutcome> {
             const QString step = stepToActOn(f, id);
             if (step.isEmpty())
                 return Error(ErrorKind::NotFound, QStringLiteral("no step"));
             return f.service(kGa).approveStep(step);
         }},
        {"deny",
         [&](const QString& id) -> Result<WorkflowOutcome> {
             const QString step = stepToActOn(f, id);
             if (step.isEmpty())
                 return Error(ErrorKind::NotFound, QStringLiteral("no step"));
             return f.service(kGa).denyStep(step, {{QStringLiteral("不符合条件")}, QString()});
         }},
        {"return",
         [&](const QString& id) -> Result<WorkflowOutcome> {
             const QString step = stepToActOn(f, id);
             if (step.isEmpty())
                 return Error(ErrorKind::NotFound, QStringLiteral("no step"));
             return f.service(kGa).returnStep(step, 2, QStringLiteral("请重新核对照片"));
         }},
        {"suspend",
         [&](const QString& id) {
             return f.service(kGa).suspend(id, {SuspensionKind::Testing, QStringLiteral("检验"), 3});
         }},
        {"resume", [&](const QString& id) { return f.service(kGa).resume(id); }},
        {"extend",
         [&](const QString& id) {
             return f.service(kGa).requestExtension(id, {QStringLiteral("需要核实"), 0});
         }},
        {"hand over", [&](const QString& id) { return f.service(kClerk).handOver(id, atCounter()); }},
        {"withdraw",
         [&](const QString& id) { return f.service(kClerk).withdraw(id, QStringLiteral("撤回")); }},
    };
    // What each allowed attempt leads to; anything not listed must be refused.
    const QMap<QPair<S, QString>, S> allowed = {
        {{S::Accepted, QStringLiteral("approve")}, S::InReview},
        {{S::Accepted, QStringLiteral("deny")}, S::Denied},
        {{S::Accepted, QStringLiteral("suspend")}, S::Suspended},
        {{S::Accepted, QStringLiteral("extend")}, S::InReview},
        {{S::Accepted, QStringLiteral("withdraw")}, S::Withdrawn},
        {{S::InReview, QStringLiteral("approve")}, S::Approved}, // the decision step decides
        {{S::InReview, QStringLiteral("deny")}, S::Denied},
        {{S::InReview, QStringLiteral("return")}, S::InReview},
        {{S::InReview, QStringLiteral("suspend")}, S::Suspended},
        {{S::InReview, QStringLiteral("extend")}, S::InReview},
        {{S::InReview, QStringLiteral("withdraw")}, S::Withdrawn},
        {{S::Suspended, QStringLiteral("resume")}, S::InReview},
        {{S::Suspended, QStringLiteral("extend")}, S::Suspended},
        {{S::Suspended, QStringLiteral("withdraw")}, S::Withdrawn},
        {{S::Approved, QStringLiteral("approve")}, S::CertificateIssued},
        {{S::CertificateIssued, QStringLiteral("hand over")}, S::Closed},
        {{S::Denied, QStringLiteral("hand over")}, S::Closed},
        {{S::AwaitingCorrection, QStringLiteral("withdraw")}, S::Withdrawn},
    };
    for (S from : CaseStates::all()) {
        for (const Attempt& a : attempts) {
            const QString name = QString::fromLatin1(a.name);
            INFO(CaseStates::key(from).toStdString() << " / " << a.name);
            const QString id = passportIn(f, from);
            const CaseState before = stateOf(f, id);
            auto outcome = a.run(id);
            const auto expected = allowed.constFind({from, name});
            if (expected != allowed.constEnd()) {
                INFO(outcome.message().toStdString());
                REQUIRE(outcome.isOk());
                CHECK(f.status(id) == expected.value());
                CHECK(outcome->status == expected.value());
                CHECK_FALSE(outcome->message.isEmpty());
            } else {
                REQUIRE_FALSE(outcome.isOk());
                CHECK_FALSE(outcome.message().isEmpty());
                CHECK(stateOf(f, id) == before);
            }
        }
    }
    // The first action on an accepted case took it into review before anything else.
    AuditFilter filter;
    filter.actionPrefix = QStringLiteral("case.");
    filter.newestFirst = false;
    filter.limit = 100000;
    auto rows = AuditLog::query(f.db(), filter);
    REQUIRE(rows.isOk());
    QHash<QString, QStringList> actions;
    for (const AuditEntry& e : rows.value())
        actions[e.subject.id] << e.action;
    for (const QStringList& list : actions) {
        const int accepted = list.indexOf(QStringLiteral("case.accepted"));
        const int review = list.indexOf(QStringLiteral("case.review_started"));
        const int firstStep = std::max(list.indexOf(QStringLiteral("case.step_approved")),
                                       list.indexOf(QStringLiteral("case.denied")));
        if (accepted >= 0 && firstStep >= 0)
            CHECK((review > accepted && review < firstStep));
    }
    CHECK(AuditLog::verify(f.db())->ok);
}

TEST_CASE("only the approvers of a step's department decide it, and a refusal is recorded", "[db]")
{
    WorkflowFixture f;
    const QString id = f.accept(QStringLiteral("GA-004"));
    const QString step = f.openStep(id, kGa);
    const CaseState before = stateOf(f, id);
    auto other = f.service(QStringLiteral("approver.sj")).approveStep(step);
    REQUIRE_FALSE(other.isOk());
    CHECK(other.kind() == ErrorKind::Denied);
    CHECK(other.message().contains(QStringLiteral("another department")));
    auto clerk = f.service(kClerk).approveStep(step);
    REQUIRE_FALSE(clerk.isOk());
    CHECK(clerk.kind() == ErrorKind::Denied);
    CHECK(stateOf(f, id) == before);
    // Both refusals are in the audit trail, which still verifies.
    CHECK(f.db().scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = "
                                       "'permission.denied'"))->toInt() == 2);
    CHECK(AuditLog::verify(f.db())->ok);
    // The department's own approver may; a second approval of the same step is refused.
    REQUIRE(f.service(kGa).approveStep(step).isOk());
    auto again = f.service(kGa).approveStep(step);
    REQUIRE_FALSE(again.isOk());
    CHECK(again.kind() == ErrorKind::Conflict);
}

TEST_CASE("a parallel stage waits for all of its departments before the next stage opens", "[db]")
{
    WorkflowFixture f;
    // Property transfer: registration (lead), deed tax and the filed sale side by side.
    const QString id = f.accept(QStringLiteral("ZR-001"));
    auto openIn = [&](int stage) {
        QStringList departments;
        for (const CaseStep& s : f.load(id).steps) {
            if (s.state == StepState::Open && s.stagePosition == stage)
                departments << s.departmentId;
        }
        return departments.size();
    };
    REQUIRE(openIn(2) == 3);

    auto tax = f.service(QStringLiteral("approver.sw")).approveStep(f.openStep(id, QStringLiteral("approver.sw")));
    REQUIRE(tax.isOk());
    CHECK(tax->message.contains(QStringLiteral("2 more departments")));
    CHECK(f.status(id) == CaseStatus::InReview);
    CHECK(openIn(2) == 2);
    CHECK(openIn(3) == 0);

    f.clock.advanceSeconds(3600);
    REQUIRE(f.service(QStringLiteral("approver.zj")).approveStep(f.openStep(id, QStringLiteral("approver.zj"))).isOk());
    CHECK(openIn(3) == 0);

    // The lead department approves last: the decision stage opens, due in its own 1 working
    // day from today (Friday 20 November 2026: Monday).
    f.setDay(QDate(2026, 11, 20));
    REQUIRE(f.service(QStringLiteral("approver.zr")).approveStep(f.openStep(id, QStringLiteral("approver.zr"))).isOk());
    CHECK(openIn(2) == 0);
    REQUIRE(openIn(3) == 1);
    const CaseWorkflow w = f.load(id);
    for (const CaseStep& s : w.steps) {
        if (s.stagePosition == 2)
            CHECK(s.state == StepState::Approved);
        if (s.stagePosition == 3)
            CHECK(s.dueOn == QDate(2026, 11, 23));
    }
    CHECK(f.auditRows(id, QStringLiteral("case.step_approved")) == 3);
}

TEST_CASE("a step sends the case back to an earlier stage with a reason", "[db]")
{
    WorkflowFixture f;
    const QString id = f.accept(QStringLiteral("GA-004"));
    WorkflowService ga = f.service(kGa);
    const QString review = f.openStep(id, kGa);

    SECTION("not from the first review stage")
    {
        auto first = ga.returnStep(review, 1, QStringLiteral("重新受理"));
        REQUIRE_FALSE(first.isOk());
        CHECK(first.message().contains(QStringLiteral("no earlier stage")));
    }
    SECTION("from the decision to the review, which opens again")
    {
        REQUIRE(ga.approveStep(review).isOk());
        const QString decision = f.openStep(id, kGa);
        REQUIRE(decision != review);
        const CaseState before = stateOf(f, id);
        auto noReason = ga.returnStep(decision, 2, QStringLiteral("  "));
        REQUIRE_FALSE(noReason.isOk());
        CHECK(noReason.kind() == ErrorKind::Invalid);
        CHECK(stateOf(f, id) == before);
        auto toAcceptance = ga.returnStep(decision, 1, QStringLiteral("重新受理"));
        REQUIRE_FALSE(toAcceptance.isOk());
        CHECK(stateOf(f, id) == before);

        // Two working days later the review opens again with its own 3 working days from then.
        f.setDay(QDate(2026, 11, 24));
        auto back = ga.returnStep(decision, 2, QStringLiteral("照片不符合规格，请重新审查"));
        REQUIRE(back.isOk());
        CHECK(back->status == CaseStatus::InReview);
        const CaseWorkflow w = f.load(id);
        REQUIRE(w.step(review)->state == StepState::Open);
        CHECK(w.step(review)->dueOn == QDate(2026, 11, 27));
        CHECK(w.step(decision)->state == StepState::Returned);
        CHECK(w.step(decision)->reason == QStringLiteral("照片不符合规格，请重新审查"));
        // The review's first round is on record, the second one runs.
        int reviewRounds = 0;
        for (const StepRound& r : w.rounds)
            reviewRounds += r.stepId == review;
        CHECK(reviewRounds == 2);
        CHECK(f.auditRows(id, QStringLiteral("case.step_returned")) == 1);

        // Approving the review again opens the decision (returned before) once more.
        REQUIRE(ga.approveStep(review).isOk());
        CHECK(f.load(id).step(decision)->state == StepState::Open);
    }
}

TEST_CASE("a denial needs written reasons and states the right to reconsideration or a lawsuit", "[db]")
{
    WorkflowFixture f;
    // Property transfer: the deed tax office, not the lead, denies.
    const QString id = f.accept(QStringLiteral("ZR-001"));
    const QString tax = f.openStep(id, QStringLiteral("approver.sw"));
    WorkflowService sw = f.service(QStringLiteral("approver.sw"));
    const CaseState before = stateOf(f, id);
    for (const QStringList& none : {QStringList{}, QStringList{QStringLiteral("  "), QString()}}) {
        auto refused = sw.denyStep(tax, {none, QString()});
        REQUIRE_FALSE(refused.isOk());
        CHECK(refused.kind() == ErrorKind::Invalid);
        CHECK(refused.message().contains(QStringLiteral("reasons in writing")));
        CHECK(stateOf(f, id) == before);
    }

    const QStringList reasons = {QStringLiteral("The deed tax has not been paid."),
                                 QStringLiteral("The sale contract is not filed.")};
    auto denied = sw.denyStep(tax, {reasons, QString()});
    INFO(denied.message().toStdString());
    REQUIRE(denied.isOk());
    CHECK(f.status(id) == CaseStatus::Denied);
    const CaseWorkflow w = f.load(id);
    CHECK(w.record.decision == QStringLiteral("denied"));
    CHECK(w.record.decidedOn == f.clock.today());
    CHECK(w.record.decisionReasons == reasons.join(QLatin1Char('\n')));
    // The other departments' steps left their inboxes; the decision waits at the window.
    for (const CaseStep& s : w.steps) {
        if (s.id == tax)
            CHECK(s.state == StepState::Denied);
        else if (s.stageKind == StageKind::Handover)
            CHECK(s.state == StepState::Open);
        else if (s.stageKind != StageKind::Acceptance)
            CHECK(s.state == StepState::Pending);
    }
    CHECK(f.service(QStringLiteral("approver.zr")).inbox()->isEmpty());
    CHECK(WorkflowRules::canHandOver(w, f.sessions.at(kClerk)).isOk());
    CHECK_FALSE(WorkflowRules::canHandOver(w, f.sessions.at(QStringLiteral("approver.zr"))).isOk());

    REQUIRE(denied->documents.size() == 1);
    const IssuedDocument& d = denied->documents.first();
    CHECK(d.kind == DocumentKind::DenialDecision);
    CHECK(d.content[QStringLiteral("decision")][QStringLiteral("basis")].toString().contains(QStringLiteral("《")));
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("denial.pdf"));
    REQUIRE(DocumentRegister::saveAsPdf(f.as(kClerk), d, Paper::A4, pdf).isOk());
    const QString text = foldWhitespace(pdfText(pdf)).replace(QLatin1Char('\n'), QLatin1Char(' '));
    CHECK(text.contains(QStringLiteral("1. The deed tax has not been paid.")));
    CHECK(text.contains(QStringLiteral("2. The sale contract is not filed.")));
    CHECK(text.contains(QStringLiteral("within 60 days")));
    CHECK(text.contains(QStringLiteral("Shifan City People's Government")));
    CHECK(text.contains(QStringLiteral("within 6 months")));
    CHECK(text.contains(w.record.number));
}

TEST_CASE("a suspension stops the clock and resuming moves the limits by exact working days", "[db]")
{
    WorkflowFixture f;
    // Passport: accepted Friday 20 November 2026, promised 7 and statutory 15 working days.
    const QString id = f.accept(QStringLiteral("GA-004"));
    CaseWorkflow w = f.load(id);
    REQUIRE(w.record.promisedDue == QDate(2026, 12, 1));
    REQUIRE(w.record.statutoryDue == QDate(2026, 12, 11));
    const QString review = f.openStep(id, kGa);
    REQUIRE(w.step(review)->dueOn == QDate(2026, 11, 25));

    auto noReason = f.service(kGa).suspend(id, {SuspensionKind::ExpertReview, QString(), 5});
    REQUIRE_FALSE(noReason.isOk());
    CHECK(f.status(id) == CaseStatus::Accepted);

    // Tuesday 24: suspended for an expert review expected to take 5 working days.
    f.setDay(QDate(2026, 11, 24));
    auto suspended = f.service(kGa).suspend(
        id, {SuspensionKind::ExpertReview, QStringLiteral("The process uses a new technique."), 5});
    INFO(suspended.message().toStdString());
    REQUIRE(suspended.isOk());
    CHECK(f.status(id) == CaseStatus::Suspended);
    REQUIRE(suspended->documents.size() == 1);
    const QJsonObject notice = suspended->documents.first().content[QStringLiteral("suspension")].toObject();
    CHECK(suspended->documents.first().kind == DocumentKind::SuspensionNotice);
    CHECK(notice[QStringLiteral("from")].toString() == QStringLiteral("2026-11-24"));
    CHECK(notice[QStringLiteral("until")].toString() == QStringLiteral("2026-11-30"));
    CHECK(notice[QStringLiteral("new_due_date")].toString() == QStringLiteral("2026-12-18"));
    CHECK(notice[QStringLiteral("procedure")].toString() == QStringLiteral("an expert review"));

    // While it stands still, its steps cannot be decided, and supervision shows no light.
    auto blocked = f.service(kGa).approveStep(review);
    REQUIRE_FALSE(blocked.isOk());
    CHECK(blocked.message().contains(QStringLiteral("suspended")));
    f.setDay(QDate(2026, 11, 25));
    auto snap = SupervisionService::snapshot(f.as(kSupervisor));
    REQUIRE(snap.isOk());
    REQUIRE(snap->cases.size() == 1);
    CHECK(snap->cases.first().isSuspended());
    CHECK(snap->cases.first().light() == Light::None);
    CHECK(snap->cases.first().expectedResume == QDate(2026, 12, 1));
    CHECK(snap->suspended() == 1);

    // Thursday 26: resumed. Tuesday and Wednesday did not count: every limit moves by 2.
    f.setDay(QDate(2026, 11, 26));
    auto resumed = f.service(kGa).resume(id);
    INFO(resumed.message().toStdString());
    REQUIRE(resumed.isOk());
    w = f.load(id);
    CHECK(w.record.status == CaseStatus::InReview);
    CHECK(w.record.promisedDue == QDate(2026, 12, 3));
    CHECK(w.record.statutoryDue == QDate(2026, 12, 15));
    CHECK(w.step(review)->dueOn == QDate(2026, 11, 27));
    REQUIRE(w.suspensions.size() == 1);
    CHECK(w.suspensions.first().endedOn == QDate(2026, 11, 25));
    AuditFilter filter;
    filter.subjectId = id;
    filter.actionPrefix = QStringLiteral("case.resumed");
    auto rows = AuditLog::query(f.db(), filter);
    REQUIRE(rows->size() == 1);
    CHECK(rows->first().details[QStringLiteral("working_days_suspended")].toInt() == 2);

    SECTION("a suspension resumed the same day costs no time")
    {
        REQUIRE(f.service(kGa).suspend(id, {SuspensionKind::Hearing, QStringLiteral("听证"), 3}).isOk());
        REQUIRE(f.service(kGa).resume(id).isOk());
        CHECK(f.load(id).record.statutoryDue == QDate(2026, 12, 15));
    }
    SECTION("a suspension over a weekend counts only its working days")
    {
        f.setDay(QDate(2026, 11, 27)); // Friday
        REQUIRE(f.service(kGa).suspend(id, {SuspensionKind::Hearing, QStringLiteral("听证"), 3}).isOk());
        f.setDay(QDate(2026, 12, 1)); // Tuesday: Friday and Monday stood still
        REQUIRE(f.service(kGa).resume(id).isOk());
        CHECK(f.load(id).record.statutoryDue == QDate(2026, 12, 17));
    }
}

TEST_CASE("an extension approved by a supervisor moves the limits, once", "[db]")
{
    WorkflowFixture f;
    const QString id = f.accept(QStringLiteral("GA-004"));
    WorkflowService ga = f.service(kGa);
    auto tooLong = ga.requestExtension(id, {QStringLiteral("情况复杂"), 11});
    REQUIRE_FALSE(tooLong.isOk());
    CHECK(tooLong.message().contains(QStringLiteral("at most 10")));
    auto noReason = ga.requestExtension(id, {QString(), 10});
    REQUIRE_FALSE(noReason.isOk());
    CHECK(f.status(id) == CaseStatus::Accepted);

    auto requested = ga.requestExtension(id, {QStringLiteral("The applicant's records must be checked abroad."), 0});
    INFO(requested.message().toStdString());
    REQUIRE(requested.isOk());
    CHECK(f.status(id) == CaseStatus::InReview);
    CaseWorkflow w = f.load(id);
    REQUIRE(w.pendingExtension());
    CHECK(w.pendingExtension()->days == 10);
    CHECK(w.record.statutoryDue == QDate(2026, 12, 11)); // nothing moves before the approval
    CHECK_FALSE(ga.requestExtension(id, {QStringLiteral("again"), 5}).isOk());

    const QString extension = w.pendingExtension()->id;
    auto byApprover = ga.decideExtension(extension, true, QString());
    REQUIRE_FALSE(byApprover.isOk());
    CHECK(byApprover.kind() == ErrorKind::Denied);
    auto rejectWithoutNote = f.service(kSupervisor).decideExtension(extension, false, QString());
    REQUIRE_FALSE(rejectWithoutNote.isOk());

    f.setDay(QDate(2026, 11, 23));
    auto approved = f.service(kSupervisor).decideExtension(extension, true, QStringLiteral("同意"));
    INFO(approved.message().toStdString());
    REQUIRE(approved.isOk());
    w = f.load(id);
    CHECK(w.record.extensionDays == 10);
    CHECK(w.record.promisedDue == QDate(2026, 12, 15));
    CHECK(w.record.statutoryDue == QDate(2026, 12, 25));
    CHECK(w.statutory.limitDays == 25);
    REQUIRE(approved->documents.size() == 1);
    const IssuedDocument& notice = approved->documents.first();
    CHECK(notice.kind == DocumentKind::ExtensionNotice);
    CHECK(notice.content[QStringLiteral("extension")][QStringLiteral("new_due_date")].toString() ==
          QStringLiteral("2026-12-25"));
    CHECK(notice.content[QStringLiteral("case")][QStringLiteral("due_date")].toString() ==
          QStringLiteral("2026-12-11"));
    CHECK(notice.content[QStringLiteral("extension")][QStringLiteral("reason")].toString() ==
          QStringLiteral("The applicant's records must be checked abroad."));
    auto second = ga.requestExtension(id, {QStringLiteral("more"), 5});
    REQUIRE_FALSE(second.isOk());
    CHECK(second.message().contains(QStringLiteral("one extension")));

    SECTION("joint handling may be extended by 15 working days")
    {
        const QString joint = f.accept(QStringLiteral("ZR-001"));
        CHECK(f.load(joint).maxExtensionDays == 15);
        REQUIRE(f.service(QStringLiteral("approver.sw")).requestExtension(joint, {QStringLiteral("联合核查"), 15}).isOk());
    }
    SECTION("an extension comes too late once the statutory limit ran out")
    {
        const QString late = f.accept(QStringLiteral("GA-004"));
        f.setDay(QDate(2026, 12, 15)); // its statutory limit was the day before
        auto refused = ga.requestExtension(late, {QStringLiteral("迟了"), 10});
        REQUIRE_FALSE(refused.isOk());
        CHECK(refused.message().contains(QStringLiteral("ran out")));
    }
}

TEST_CASE("an approval is decided, published without personal data, certified and handed over", "[db]")
{
    WorkflowFixture f;
    const QString id = f.accept(QStringLiteral("GA-004"), QStringLiteral("欧阳娜娜"));
    WorkflowService ga = f.service(kGa);
    REQUIRE(ga.approveStep(f.openStep(id, kGa), remark(QStringLiteral("照片合格"))).isOk());
    CHECK(f.load(id).stepActions.value(f.openStep(id, kGa)).decidesCase);

    f.setDay(QDate(2026, 11, 24));
    ApprovalDetails details;
    details.certificateName = QStringLiteral("Ordinary passport");
    details.validFrom = QDate(2026, 11, 24);
    details.validUntil = QDate(2026, 11, 23);
    auto backwards = ga.approveStep(f.openStep(id, kGa), details);
    REQUIRE_FALSE(backwards.isOk());
    details.validUntil = QDate(2036, 11, 23);
    auto decided = ga.approveStep(f.openStep(id, kGa), details);
    INFO(decided.message().toStdString());
    REQUIRE(decided.isOk());
    CHECK(decided->status == CaseStatus::Approved);
    REQUIRE(decided->documents.size() == 1);
    CHECK(decided->documents.first().kind == DocumentKind::ApprovalDecision);
    CaseWorkflow w = f.load(id);
    CHECK(w.record.decision == QStringLiteral("approved"));
    CHECK(w.record.decidedOn == QDate(2026, 11, 24));
    // Art. 44: the certificate within 10 working days of the decision, tracked on its own.
    CHECK(w.record.certificateDue == QDate(2026, 12, 8));
    CHECK(w.certificate.light == Light::Green);
    CHECK(w.promised.light == Light::None);

    auto list = SupervisionService::publishedDecisions(f.db(), QDate(2026, 11, 1), QDate(2026, 11, 30));
    REQUIRE(list.isOk());
    REQUIRE(list->size() == 1);
    CHECK(list->first().holder == QStringLiteral("欧阳*"));
    CHECK(list->first().certificateName == QStringLiteral("Ordinary passport"));
    CHECK(list->first().validUntil == QDate(2036, 11, 23));
    const QString published = f.db()
                                  .scalar(QStringLiteral("SELECT holder || content || case_number FROM "
                                                         "published_decisions"))
                                  ->toString();
    CHECK_FALSE(published.contains(QStringLiteral("娜娜")));
    CHECK_FALSE(published.contains(QStringLiteral("11010519491231002X")));

    // The result cannot be handed over before the certificate is made.
    CHECK_FALSE(f.service(kClerk).handOver(id, atCounter()).isOk());
    f.setDay(QDate(2026, 11, 26));
    ApprovalDetails made;
    made.certificateNumber = QStringLiteral("E12345678");
    auto certified = ga.approveStep(f.openStep(id, kGa), made);
    REQUIRE(certified.isOk());
    CHECK(certified->status == CaseStatus::CertificateIssued);
    CHECK(f.load(id).record.certificateOn == QDate(2026, 11, 26));
    CHECK(SupervisionService::publishedDecisions(f.db(), QDate(2026, 11, 1), QDate(2026, 11, 30))
              ->first()
              .certificateNumber == QStringLiteral("E12345678"));

    // Handover at the window: the ID is checked and kept only masked.
    WorkflowService clerk = f.service(kClerk);
    Handover unchecked = atCounter();
    unchecked.identityChecked = false;
    CHECK_FALSE(clerk.handOver(id, unchecked).isOk());
    Handover badId = atCounter();
    badId.recipientDocumentNumber = QStringLiteral("330106198805120315");
    auto bad = clerk.handOver(id, badId);
    REQUIRE_FALSE(bad.isOk());
    CHECK(bad.message().contains(QStringLiteral("not valid")));
    Handover mail;
    mail.method = HandoverMethod::Mail;
    mail.recipientName = QStringLiteral("欧阳娜娜");
    CHECK_FALSE(clerk.handOver(id, mail).isOk()); // no tracking number
    CHECK(f.status(id) == CaseStatus::CertificateIssued);

    auto handed = clerk.handOver(id, atCounter());
    INFO(handed.message().toStdString());
    REQUIRE(handed.isOk());
    w = f.load(id);
    CHECK(w.record.status == CaseStatus::Closed);
    CHECK(w.record.closedAt.isValid());
    CHECK(w.record.handover[QStringLiteral("id_number")].toString() == QStringLiteral("330106********0314"));
    CHECK(w.record.handover[QStringLiteral("relation")].toString() == QStringLiteral("agent"));
    for (const CaseStep& s : w.steps)
        CHECK(s.state == StepState::Approved);
    REQUIRE(handed->documents.size() == 1);
    const IssuedDocument& receipt = handed->documents.first();
    CHECK(receipt.kind == DocumentKind::HandoverReceipt);
    const QJsonArray results = receipt.content[QStringLiteral("results")].toArray();
    REQUIRE(results.size() == 2);
    CHECK(results.at(0)[QStringLiteral("number")].toString() == QStringLiteral("E12345678"));
    CHECK(results.at(1)[QStringLiteral("number")].toString() == decided->documents.first().number);
    // The full number of the person who collected is nowhere: not in the case, the receipt or
    // the audit trail.
    for (const char* sql : {"SELECT handover FROM cases", "SELECT content FROM issued_documents",
                            "SELECT details FROM audit_log"}) {
        auto q = f.db().exec(QString::fromLatin1(sql));
        REQUIRE(q.isOk());
        while (q.value().next())
            CHECK_FALSE(q.value().value(0).toString().contains(kRecipientId));
    }
    CHECK(AuditLog::verify(f.db())->ok);
}

TEST_CASE("a result sent by post records the tracking number on its receipt", "[db]")
{
    WorkflowFixture f;
    // Social security card: making the card decides the case and makes its certificate.
    const QString id = f.accept(QStringLiteral("RS-001"));
    auto made = f.service(QStringLiteral("approver.rs")).approveStep(f.openStep(id, QStringLiteral("approver.rs")));
    REQUIRE(made.isOk());
    CHECK(made->status == CaseStatus::CertificateIssued);
    Handover mail;
    mail.method = HandoverMethod::Mail;
    mail.recipientName = QStringLiteral("张三");
    mail.carrier = QStringLiteral("EMS");
    mail.trackingNumber = QStringLiteral("ea123456789cn");
    auto sent = f.service(kClerk).handOver(id, mail);
    REQUIRE(sent.isOk());
    CHECK(f.load(id).record.handover[QStringLiteral("tracking_number")].toString() == QStringLiteral("EA123456789CN"));
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("receipt.pdf"));
    REQUIRE(DocumentRegister::saveAsPdf(f.as(kClerk), sent->documents.first(), Paper::A4, pdf).isOk());
    const QString text = foldWhitespace(pdfText(pdf));
    CHECK(text.contains(QStringLiteral("EMS EA123456789CN")));
    CHECK_FALSE(text.contains(QStringLiteral("Their ID number")));
}

TEST_CASE("a decision whose document cannot be stored leaves nothing behind", "[sqlite]")
{
    WorkflowFixture f;
    const QString id = f.accept(QStringLiteral("GA-003")); // birth registration: one deciding step
    REQUIRE(f.db().exec(QStringLiteral("CREATE TRIGGER no_documents BEFORE INSERT ON issued_documents "
                                       "BEGIN SELECT RAISE(ABORT, 'the register is full'); END"))
                .isOk());
    const CaseState before = stateOf(f, id);
    auto decided = f.service(kGa).approveStep(f.openStep(id, kGa));
    REQUIRE_FALSE(decided.isOk());
    CHECK(stateOf(f, id) == before);
    CHECK(f.status(id) == CaseStatus::Accepted);
    CHECK(f.db().scalar(QStringLiteral("SELECT COUNT(*) FROM case_step_history"))->toInt() == 0);
    CHECK(AuditLog::verify(f.db())->ok);
}

TEST_CASE("the approver's inbox lists the department's open steps, most urgent first", "[db]")
{
    WorkflowFixture f;
    f.setDay(QDate(2026, 11, 16));
    const QString old = f.accept(QStringLiteral("GA-004"));
    f.setDay(QDate(2026, 11, 20));
    const QString fresh = f.accept(QStringLiteral("GA-001"));
    const QString suspended = f.accept(QStringLiteral("GA-004"));
    REQUIRE(f.service(kGa).suspend(suspended, {SuspensionKind::Testing, QStringLiteral("检验"), 3}).isOk());
    f.accept(QStringLiteral("SJ-003")); // another department's
    auto inbox = f.service(kGa).inbox();
    REQUIRE(inbox.isOk());
    REQUIRE(inbox->size() == 3);
    CHECK(inbox->at(0).caseId == old);   // its review was due on Thursday
    CHECK(inbox->at(0).step.light == Light::Red);
    CHECK(inbox->at(1).caseId == fresh);
    CHECK(inbox->at(2).caseId == suspended);
    CHECK(inbox->at(2).suspended);
    CHECK(inbox->at(0).applicantName == QStringLiteral("张*"));
    // The clerk has no inbox.
    CHECK(f.service(kClerk).inbox().kind() == ErrorKind::Denied);
}
