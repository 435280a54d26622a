// Intake at the window: every outcome of the clerk's decision and the rules of each, the
// deemed acceptance of art. 32, permissions and the calendar's estimate flag.

#include "IntakeFixture.h"

#include "calendar/CalendarService.h"
#include "documents/DocumentRegister.h"
#include "security/AuditLog.h"
#include "storage/Transaction.h"
#include "workflow/CaseRepository.h"

#include "CatchQt.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace civicdesk;
using namespace civicdesk::test;

namespace {

MaterialCheck check(const Material& m, MaterialState state, const QString& note = {})
{
    return {m.id, state, note};
}

QVector<QString> auditActions(IntakeFixture& f, const QString& caseId)
{
    AuditFilter filter;
    filter.subjectType = QStringLiteral("case");
    filter.subjectId = caseId;
    filter.newestFirst = false;
    auto rows = AuditLog::query(f.db(), filter);
    REQUIRE(rows.isOk());
    QVector<QString> actions;
    for (const AuditEntry& e : rows.value())
        actions << e.action;
    return actions;
}

std::shared_ptr<const WorkingCalendar> calendar(IntakeFixture& f)
{
    auto c = CalendarService::current(f.db());
    REQUIRE(c.isOk());
    return c.value();
}

} // namespace

TEST_CASE("accepting creates a numbered case with its deadlines, materials, steps and receipt",
          "[db]")
{
    IntakeFixture f;
    const Matter matter =
        f.matter(QStringLiteral("RS-002")); // 5 working days promised, 10 statutory
    const IntakeResult r =
        f.decide(f.request(IntakeOutcome::Accept, matter.code, IntakeFixture::person(1)));

    CHECK(r.record.number == QStringLiteral("ZX012026112000001"));
    auto stored = CaseRepository(f.db()).byNumber(r.record.number);
    REQUIRE(stored.isOk());
    CHECK(stored->status == CaseStatus::Accepted);
    CHECK(stored->acceptedOn == QDate(2026, 11, 20));
    CHECK(stored->promisedDue == QDate(2026, 11, 27)); // Friday + 5 working days
    CHECK(stored->statutoryDue == QDate(2026, 12, 4));
    CHECK_FALSE(stored->dueEstimated);
    CHECK(stored->intakeStaffId == f.clerk.staffId());
    CHECK_FALSE(stored->applicantId.isEmpty());

    auto materials = CaseRepository(f.db()).materials(stored->id);
    REQUIRE(materials.isOk());
    REQUIRE(materials->size() == matter.materials.size());
    for (const CaseMaterial& m : materials.value())
        CHECK(m.state == MaterialState::Received);
    auto steps = CaseRepository(f.db()).steps(stored->id);
    REQUIRE(steps.isOk());
    int templateSteps = 0;
    for (const WorkflowStage& s : matter.workflow.stages)
        templateSteps += s.steps.size();
    CHECK(steps->size() == templateSteps);

    CHECK(auditActions(f, stored->id).contains(QStringLiteral("case.accepted")));
    REQUIRE(r.documents.size() == 1);
    CHECK(r.documents.first().kind == DocumentKind::AcceptanceReceipt);
    auto registered = DocumentRegister::forSubject(f.db(), {QStringLiteral("case"), stored->id});
    REQUIRE(registered.isOk());
    REQUIRE(registered->size() == 1);
    const QJsonObject content = registered->first().content;
    CHECK(
        content.value(QLatin1String("case")).toObject().value(QLatin1String("number")).toString() ==
        r.record.number);
    CHECK(content.value(QLatin1String("materials")).toArray().size() == matter.materials.size());
    CHECK(r.sentence.contains(r.record.number));
    CHECK(r.sentence.contains(QStringLiteral("2026-11-27")));
}

TEST_CASE("a long limit that runs into a year the calendar lacks is flagged as an estimate", "[db]")
{
    IntakeFixture f;
    // 40 working days from 20 November 2026 end in 2027, which the built-in calendar lacks.
    const IntakeResult r = f.decide(
        f.request(IntakeOutcome::Accept, QStringLiteral("GA-001"), IntakeFixture::person(2)));
    CHECK(r.record.dueEstimated);
    CHECK(r.record.statutoryDue.year() == 2027);
    CHECK(r.warning.contains(QStringLiteral("2027")));
    CHECK(CaseRepository(f.db()).byId(r.record.id)->dueEstimated);
}

TEST_CASE("accepting is refused while a material is missing, and nothing is written", "[db]")
{
    IntakeFixture f;
    const Matter matter = f.matter(QStringLiteral("RS-002"));
    IntakeRequest r = f.request(IntakeOutcome::Accept, matter.code, IntakeFixture::person(3));
    r.materials = {check(matter.materials.first(), MaterialState::Missing)};
    auto refused = IntakeService(f.ctx()).decide(r);
    REQUIRE_FALSE(refused.isOk());
    CHECK(refused.kind() == ErrorKind::Invalid);
    CHECK(refused.message().contains(matter.materials.first().name()));
    CHECK(f.count(QStringLiteral("SELECT COUNT(*) FROM cases")) == 0);
    CHECK(f.count(QStringLiteral("SELECT COUNT(*) FROM persons")) == 0);
    // The number was not used up: the next case still gets the first one.
    const IntakeResult next =
        f.decide(f.request(IntakeOutcome::Accept, matter.code, IntakeFixture::person(3)));
    CHECK(next.record.number.endsWith(QStringLiteral("00001")));
}

TEST_CASE("a one-time notice lists every missing and defective material, and the correction "
          "accepts the case",
          "[db]")
{
    IntakeFixture f;
    const Matter matter = f.matter(QStringLiteral("SJ-003"));
    REQUIRE(matter.materials.size() >= 3);
    IntakeRequest r =
        f.request(IntakeOutcome::NoticeCorrection, matter.code, IntakeFixture::person(4));
    r.materials = {check(matter.materials.at(0), MaterialState::Missing),
                   check(matter.materials.at(2), MaterialState::Defective)};

    SECTION("a defective material needs a note of what is wrong")
    {
        auto refused = IntakeService(f.ctx()).decide(r);
        REQUIRE_FALSE(refused.isOk());
        CHECK(refused.message().contains(matter.materials.at(2).name()));
        CHECK(f.count(QStringLiteral("SELECT COUNT(*) FROM cases")) == 0);
    }
    SECTION("given, then completed")
    {
        r.materials[1].note = QStringLiteral("The copy cannot be read");
        const IntakeResult notice = f.decide(r);
        CHECK(notice.record.status == CaseStatus::AwaitingCorrection);
        CHECK(notice.record.receivedAt == f.clock().now());
        CHECK(notice.record.correctionDue ==
              calendar(f)
                  ->addWorkingDays(QDate(2026, 11, 20), IntakeService::kCorrectionWorkingDays)
                  .date);
        CHECK_FALSE(notice.record.acceptedOn.isValid());
        REQUIRE(notice.documents.size() == 1);
        CHECK(notice.documents.first().kind == DocumentKind::CorrectionNotice);
        const QJsonArray corrections =
            notice.documents.first().content.value(QLatin1String("corrections")).toArray();
        REQUIRE(corrections.size() == 2);
        CHECK(corrections.at(1).toObject().value(QLatin1String("problem")).toString() ==
              QStringLiteral("The copy cannot be read"));
        CHECK(auditActions(f, notice.record.id).contains(QStringLiteral("case.correction_notice")));
        CHECK(f.count(QStringLiteral("SELECT COUNT(*) FROM case_steps")) == 0);

        // A second notice is not allowed: the law asks for one.
        IntakeRequest again;
        again.outcome = IntakeOutcome::NoticeCorrection;
        again.materials = {check(matter.materials.at(1), MaterialState::Missing)};
        auto second = IntakeService(f.ctx()).decideWaiting(notice.record.id, again);
        REQUIRE_FALSE(second.isOk());
        CHECK(second.kind() == ErrorKind::Conflict);

        // Still one missing: not yet.
        f.clock().advanceDays(4); // Tuesday 24 November
        IntakeRequest back;
        back.outcome = IntakeOutcome::Accept;
        back.materials = {check(matter.materials.at(2), MaterialState::Received)};
        auto early = IntakeService(f.ctx()).decideWaiting(notice.record.id, back);
        REQUIRE_FALSE(early.isOk());
        CHECK(early.message().contains(matter.materials.at(0).name()));

        back.materials << check(matter.materials.at(0), MaterialState::Received);
        auto done = IntakeService(f.ctx()).decideWaiting(notice.record.id, back);
        INFO(done.message().toStdString());
        REQUIRE(done.isOk());
        auto c = CaseRepository(f.db()).byId(notice.record.id);
        CHECK(c->status == CaseStatus::Accepted);
        CHECK(c->acceptedOn == QDate(2026, 11, 24));
        CHECK(c->promisedDue ==
              calendar(f)->addWorkingDays(QDate(2026, 11, 24), matter.promisedDays).date);
        auto materials = CaseRepository(f.db()).materials(c->id);
        CHECK(materials->at(0).state == MaterialState::Supplied);
        CHECK(materials->at(0).suppliedAt == f.clock().now());
        CHECK(materials->at(1).state == MaterialState::Received);
        CHECK(f.count(QStringLiteral("SELECT COUNT(*) FROM case_steps WHERE case_id = ?"),
                      {c->id}) > 0);
        CHECK(auditActions(f, c->id).contains(QStringLiteral("case.corrected")));
        REQUIRE(done->documents.size() == 1);
        CHECK(done->documents.first().kind == DocumentKind::AcceptanceReceipt);
    }
}

TEST_CASE("accepting with a deficiency needs every missing material to be allowed later and a "
          "promise in time",
          "[db]")
{
    IntakeFixture f;
    // RS-002: 5 working days promised; its bank details may follow later.
    const Matter matter = f.matter(QStringLiteral("RS-002"));
    const QString optional = mayFollowMaterial(matter);
    REQUIRE_FALSE(optional.isEmpty());
    const Material* required = nullptr;
    for (const Material& m : matter.materials) {
        if (!m.mayFollowLater)
            required = &m;
    }
    REQUIRE(required);
    auto cal = calendar(f);
    const QDate today(2026, 11, 20);
    IntakeRequest r =
        f.request(IntakeOutcome::AcceptWithDeficiency, matter.code, IntakeFixture::person(5));
    r.materials = {{optional, MaterialState::Deferred, QStringLiteral("bank card being issued")}};
    auto refusedWith = [&](const IntakeRequest& req) {
        auto refused = IntakeService(f.ctx()).decide(req);
        REQUIRE_FALSE(refused.isOk());
        CHECK(f.count(QStringLiteral("SELECT COUNT(*) FROM cases")) == 0);
        return refused.message();
    };

    SECTION("a missing material that may not follow refuses the deficiency")
    {
        IntakeRequest withRequired = r;
        withRequired.promiseDue = cal->addWorkingDays(today, 2).date;
        withRequired.materials << check(*required, MaterialState::Missing);
        CHECK(refusedWith(withRequired).contains(required->name()));
    }
    SECTION("the promise date is required, after today, and 2 working days before the promised "
            "completion")
    {
        CHECK_FALSE(refusedWith(r).isEmpty()); // no date
        r.promiseDue = today;
        CHECK_FALSE(refusedWith(r).isEmpty());
        // Promised completion: 27 November; 2 working days before it is 25 November.
        r.promiseDue = QDate(2026, 11, 26);
        CHECK(refusedWith(r).contains(QStringLiteral("2026-11-25")));
        r.promiseDue = QDate(2026, 11, 25);
        const IntakeResult ok = f.decide(r);
        CHECK(ok.record.status == CaseStatus::Accepted);
        CHECK(ok.record.deficiencyDue == QDate(2026, 11, 25));
        auto stored = CaseRepository(f.db()).byId(ok.record.id);
        CHECK(stored->deficiencyDue == QDate(2026, 11, 25));
        CHECK(stored->promisedDue == QDate(2026, 11, 27));
        auto materials = CaseRepository(f.db()).materials(ok.record.id);
        int deferred = 0;
        for (const CaseMaterial& m : materials.value())
            deferred += m.state == MaterialState::Deferred ? 1 : 0;
        CHECK(deferred == 1);
        REQUIRE(ok.documents.size() == 2);
        CHECK(ok.documents.at(0).kind == DocumentKind::DeficiencyPromise);
        CHECK(ok.documents.at(0).content.value(QLatin1String("deadline")).toString() ==
              QStringLiteral("2026-11-25"));
        CHECK(ok.documents.at(1).kind == DocumentKind::AcceptanceReceipt);
        CHECK(auditActions(f, ok.record.id)
                  .contains(QStringLiteral("case.accepted_with_deficiency")));
    }
    SECTION("at most 20 working days even when the promised completion is later")
    {
        const Matter longer = f.matter(QStringLiteral("MZ-002")); // 25 working days promised
        IntakeRequest l =
            f.request(IntakeOutcome::AcceptWithDeficiency, longer.code, IntakeFixture::person(6));
        l.materials = {{mayFollowMaterial(longer), MaterialState::Missing, {}}};
        l.promiseDue = cal->addWorkingDays(today, 21).date;
        CHECK(refusedWith(l).contains(toDbDate(cal->addWorkingDays(today, 20).date)));
        l.promiseDue = cal->addWorkingDays(today, 20).date;
        CHECK(f.decide(l).record.deficiencyDue == l.promiseDue);
    }
    SECTION("a matter decided within 1 working day leaves no time for a deficiency")
    {
        const Matter quick = f.matter(QStringLiteral("SJ-001"));
        IntakeRequest q =
            f.request(IntakeOutcome::AcceptWithDeficiency, quick.code, IntakeFixture::person(7));
        q.materials = {{mayFollowMaterial(quick), MaterialState::Deferred, {}}};
        q.promiseDue = today.addDays(1);
        CHECK_FALSE(refusedWith(q).isEmpty());
    }
}

TEST_CASE("a refusal needs a reason and names the competent authority", "[db]")
{
    IntakeFixture f;
    IntakeRequest r =
        f.request(IntakeOutcome::Refuse, QStringLiteral("SJ-003"), IntakeFixture::person(8));
    r.reason = QStringLiteral("   ");
    auto refused = IntakeService(f.ctx()).decide(r);
    REQUIRE_FALSE(refused.isOk());
    CHECK(refused.message().contains(QStringLiteral("reason")));
    CHECK(f.count(QStringLiteral("SELECT COUNT(*) FROM cases")) == 0);

    r.reason = QStringLiteral("the matter is not within the competence of this center");
    r.competentAuthority = QStringLiteral("the Shifan Health Commission");
    const IntakeResult done = f.decide(r);
    auto stored = CaseRepository(f.db()).byId(done.record.id);
    CHECK(stored->status == CaseStatus::Refused);
    CHECK(stored->refusalReason == r.reason);
    CHECK(stored->competentAuthority == r.competentAuthority);
    REQUIRE(done.documents.size() == 1);
    const QJsonObject refusal =
        done.documents.first().content.value(QLatin1String("refusal")).toObject();
    CHECK(refusal.value(QLatin1String("competent_authority")).toString() == r.competentAuthority);
    CHECK(refusal.value(QLatin1String("basis")).toString().contains(QStringLiteral("32")));
    CHECK(auditActions(f, done.record.id).contains(QStringLiteral("case.refused")));
}

TEST_CASE("an application withdrawn at the window is kept as withdrawn", "[db]")
{
    IntakeFixture f;
    IntakeRequest r =
        f.request(IntakeOutcome::Withdraw, QStringLiteral("GA-004"), IntakeFixture::person(9));
    r.reason = QStringLiteral("will come back with the old passport");
    const IntakeResult done = f.decide(r);
    CHECK(done.documents.isEmpty());
    auto stored = CaseRepository(f.db()).byId(done.record.id);
    CHECK(stored->status == CaseStatus::Withdrawn);
    CHECK(auditActions(f, done.record.id) == QVector<QString>{QStringLiteral("case.withdrawn")});
}

TEST_CASE("an application without a notice within 5 working days counts as accepted from the day "
          "it was received",
          "[db]")
{
    IntakeFixture f;
    const Matter matter = f.matter(QStringLiteral("RS-002"));
    const IntakeResult received = f.decide(
        f.request(IntakeOutcome::ReceiveForReview, matter.code, IntakeFixture::person(10)));
    CHECK(received.record.status == CaseStatus::AwaitingCorrection);
    CHECK(received.documents.isEmpty());
    CHECK(received.sentence.contains(QStringLiteral("2026-11-27")));
    // A second one gets its notice in time and is not deemed accepted.
    const IntakeResult noticed = f.decide(
        f.request(IntakeOutcome::ReceiveForReview, matter.code, IntakeFixture::person(11)));

    // Friday 27 November is the fifth working day: the notice may still come.
    f.clock().set(QDateTime(QDate(2026, 11, 27), QTime(17, 0)));
    auto none = IntakeService::deemAcceptedOverdue(f.db(), f.clock());
    REQUIRE(none.isOk());
    CHECK(none->isEmpty());
    CHECK(CaseRepository(f.db()).byId(received.record.id)->status ==
          CaseStatus::AwaitingCorrection);
    IntakeRequest notice;
    notice.outcome = IntakeOutcome::NoticeCorrection;
    notice.materials = {{matter.materials.first().id, MaterialState::Missing, {}}};
    auto given = IntakeService(f.ctx()).decideWaiting(noticed.record.id, notice);
    INFO(given.message().toStdString());
    REQUIRE(given.isOk());

    // Monday 30 November: too late for the first.
    f.clock().set(QDateTime(QDate(2026, 11, 30), QTime(8, 0)));
    auto deemed = IntakeService::deemAcceptedOverdue(f.db(), f.clock());
    REQUIRE(deemed.isOk());
    CHECK(deemed.value() == QStringList{received.record.number});
    auto c = CaseRepository(f.db()).byId(received.record.id);
    CHECK(c->status == CaseStatus::Accepted);
    CHECK(c->acceptedOn == QDate(2026, 11, 20));
    CHECK(c->promisedDue == QDate(2026, 11, 27));
    CHECK(f.count(QStringLiteral("SELECT COUNT(*) FROM case_steps WHERE case_id = ?"), {c->id}) >
          0);
    CHECK(CaseRepository(f.db()).byId(noticed.record.id)->status == CaseStatus::AwaitingCorrection);

    AuditFilter filter;
    filter.subjectId = c->id;
    filter.actionPrefix = QStringLiteral("case.deemed_accepted");
    auto rows = AuditLog::query(f.db(), filter);
    REQUIRE(rows.isOk());
    REQUIRE(rows->size() == 1);
    CHECK(rows->first().staffId.isEmpty());
    CHECK(rows->first().staffLogin.startsWith(QStringLiteral("system")));
    // The receipt of the deemed acceptance, dated from the day of receipt.
    auto documents = DocumentRegister::forSubject(f.db(), {QStringLiteral("case"), c->id});
    REQUIRE(documents->size() == 1);
    CHECK(documents->first()
              .content.value(QLatin1String("case"))
              .toObject()
              .value(QLatin1String("accepted_at"))
              .toString()
              .startsWith(QStringLiteral("2026-11-20")));

    // Running again finds nothing more, and a late notice is refused by the law's acceptance.
    CHECK(IntakeService::deemAcceptedOverdue(f.db(), f.clock())->isEmpty());
    auto late = IntakeService(f.ctx()).decideWaiting(c->id, notice);
    CHECK_FALSE(late.isOk());
}

TEST_CASE("a late notice finds the application already accepted by law", "[db]")
{
    IntakeFixture f;
    const Matter matter = f.matter(QStringLiteral("RS-002"));
    const IntakeResult received = f.decide(
        f.request(IntakeOutcome::ReceiveForReview, matter.code, IntakeFixture::person(12)));
    f.clock().set(QDateTime(QDate(2026, 11, 30), QTime(9, 0)));
    IntakeRequest notice;
    notice.outcome = IntakeOutcome::NoticeCorrection;
    notice.materials = {{matter.materials.first().id, MaterialState::Missing, {}}};
    auto r = IntakeService(f.ctx()).decideWaiting(received.record.id, notice);
    REQUIRE(r.isOk());
    CHECK(r->record.status == CaseStatus::Accepted);
    CHECK(r->record.acceptedOn == QDate(2026, 11, 20));
    CHECK(r->sentence.contains(QStringLiteral("2026-11-20")));
}

TEST_CASE("the headless command deems overdue applications accepted", "[db]")
{
    IntakeFixture f;
    const IntakeResult received = f.decide(f.request(
        IntakeOutcome::ReceiveForReview, QStringLiteral("RS-002"), IntakeFixture::person(13)));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CIVICDESK_FAKE_NOW"), QStringLiteral("2026-12-01T09:00:00"));
    const ProcessResult run = runProcess(
        QStringLiteral(CIVICDESK_BINARY),
        f.testDb().cliArgs() + QStringList{QStringLiteral("deem-accepted")}, 120000, env);
    INFO(run.err.toStdString());
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains(received.record.number));
    CHECK(CaseRepository(f.db()).byId(received.record.id)->status == CaseStatus::Accepted);
}

TEST_CASE("start-up looks for overdue applications in the index of those still waiting", "[sqlite]")
{
    // On a million cases the other way, through every application ever sent a notice, kept
    // the main window from showing for ten seconds.
    IntakeFixture f;
    const QStringList plan = queryPlan(f.db(), IntakeService::pendingReviewStatement(),
                                       {QStringLiteral("2026-11-16T00:00:00")});
    INFO(plan.join(QLatin1Char('\n')).toStdString());
    CHECK(plan == QStringList{QStringLiteral("SEARCH cases USING INDEX cases_review_pending (status=? AND received_at<?)")});
}

TEST_CASE("intake needs the permission to take in applications, checked in the core", "[db]")
{
    IntakeFixture f;
    auto refused = IntakeService(f.as(f.approver))
                       .decide(f.request(IntakeOutcome::Accept, QStringLiteral("RS-002"),
                                         IntakeFixture::person(14)));
    REQUIRE_FALSE(refused.isOk());
    CHECK(refused.kind() == ErrorKind::Denied);
    CHECK(f.count(QStringLiteral("SELECT COUNT(*) FROM cases")) == 0);
    CHECK(f.count(QStringLiteral(
              "SELECT COUNT(*) FROM audit_log WHERE action = 'permission.denied'")) == 1);
}

TEST_CASE("an applicant with a broken ID number stops the intake with the field's sentence", "[db]")
{
    IntakeFixture f;
    Applicant a = IntakeFixture::person(15);
    const QChar last = a.documentNumber.back();
    a.documentNumber.chop(1);
    a.documentNumber += last == QLatin1Char('1') ? QLatin1Char('2') : QLatin1Char('1');
    auto refused = IntakeService(f.ctx()).decide(
        f.request(IntakeOutcome::Accept, QStringLiteral("RS-002"), a));
    REQUIRE_FALSE(refused.isOk());
    CHECK(refused.kind() == ErrorKind::Invalid);
    CHECK(f.count(QStringLiteral("SELECT COUNT(*) FROM cases")) == 0);
}

TEST_CASE("an application held as stored gets its notice as one read back", "[db]")
{
    // The history generator hands decideWaiting the case it holds instead of its id, so that
    // nothing is read back while its writes are pipelined; the result must not differ.
    IntakeFixture f;
    const Matter matter = f.matter(QStringLiteral("RS-002"));
    const IntakeResult a = f.decide(
        f.request(IntakeOutcome::ReceiveForReview, matter.code, IntakeFixture::person(21)));
    const IntakeResult b = f.decide(
        f.request(IntakeOutcome::ReceiveForReview, matter.code, IntakeFixture::person(22)));
    CHECK(b.applicant.id == b.record.applicantId);
    IntakeRequest notice;
    notice.outcome = IntakeOutcome::NoticeCorrection;
    notice.materials = {{matter.materials.first().id, MaterialState::Missing, {}}};
    IntakeService intake(f.ctx());
    auto readBack = intake.decideWaiting(a.record.id, notice);
    auto held = intake.decideWaiting(WaitingApplication{b.record, b.materials, b.applicant.phone},
                                     notice);
    REQUIRE(readBack.isOk());
    REQUIRE(held.isOk());
    CHECK(held->record.status == readBack->record.status);
    CHECK(held->record.correctionDue == readBack->record.correctionDue);
    REQUIRE(held->materials.size() == readBack->materials.size());
    for (int i = 0; i < held->materials.size(); ++i)
        CHECK(held->materials.at(i).state == readBack->materials.at(i).state);
    // The stored rows and the notices agree but for what names the case and the applicant.
    const auto stored = [&](const IntakeResult& r) {
        auto c = CaseRepository(f.db()).byId(r.record.id);
        REQUIRE(c.isOk());
        return QStringList{c->status == CaseStatus::AwaitingCorrection ? QStringLiteral("waiting")
                                                                        : QStringLiteral("other"),
                           toDbDate(c->correctionDue)};
    };
    CHECK(stored(held.value()) == stored(readBack.value()));
    REQUIRE(held->documents.size() == 1);
    REQUIRE(readBack->documents.size() == 1);
    const auto comparable = [](const IssuedDocument& d, const IntakeResult& r) {
        QString text = QString::fromUtf8(QJsonDocument(d.content).toJson(QJsonDocument::Compact));
        for (const QString& own : {d.number, r.record.number, r.record.applicantName,
                                   r.record.applicantDocument, toDbTimestamp(d.issuedAt)})
            text.replace(own, QStringLiteral("<>"));
        return text;
    };
    CHECK(comparable(held->documents.first(), held.value()) ==
          comparable(readBack->documents.first(), readBack.value()));
}
