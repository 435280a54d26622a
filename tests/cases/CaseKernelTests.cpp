// The case kernel: the state machine, case numbers, time limits and the steps a case gets from
// its matter's workflow template.

#include "TestDatabase.h"

#include "calendar/CalendarService.h"
#include "catalog/CatalogRepository.h"
#include "catalog/CatalogService.h"
#include "intake/CaseNumbers.h"
#include "security/AuditLog.h"
#include "security/Session.h"
#include "workflow/CaseClock.h"
#include "workflow/CaseRepository.h"
#include "workflow/CaseStatus.h"
#include "storage/Transaction.h"

#include <catch2/catch.hpp>

#include <QSet>

using namespace civicdesk;
using namespace civicdesk::test;

namespace {

const QList<CaseAction> kActions = {
    CaseAction::Accept,       CaseAction::AcceptWithDeficiency, CaseAction::NoticeCorrection,
    CaseAction::RefuseAtIntake, CaseAction::CompleteCorrection, CaseAction::DeemAccepted,
    CaseAction::Withdraw,     CaseAction::StartReview,          CaseAction::Suspend,
    CaseAction::Resume,       CaseAction::Approve,              CaseAction::Deny,
    CaseAction::IssueCertificate, CaseAction::HandOver};

QString label(std::optional<CaseStatus> from, CaseAction a)
{
    return (from ? CaseStates::key(*from) : QStringLiteral("new")) + QLatin1Char(':') + CaseStates::key(a);
}

struct CaseFixture {
    TestDatabase t;
    ManualClock clock{testNow()};
    Session system = Session::system(QStringLiteral("test"));
    Context ctx() { return {t.db(), clock, system}; }

    CaseFixture() { REQUIRE(CatalogService(ctx()).importDefaultCatalog().isOk()); }

    // A bare case row in a state, enough for the state machine.
    QString makeCase(CaseStatus status)
    {
        auto matter = CatalogRepository(t.db()).matterByCode(QStringLiteral("GA-001"));
        REQUIRE(matter.isOk());
        CaseRecord c;
        c.id = newId();
        c.branchCode = t.db().branchCode().value();
        REQUIRE(t.db().write([&](Transaction& tx) -> Status {
            auto number = CaseNumbers::next(tx, clock.today());
            if (!number)
                return number.error();
            c.number = number.value();
            return {};
        }).isOk());
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
        c.receivedAt = clock.now();
        c.statutoryDays = matter->statutoryDays;
        c.promisedDays = matter->promisedDays;
        c.createdAt = c.updatedAt = clock.now();
        REQUIRE(t.db().write([&](Transaction& tx) { return CaseRepository::insert(tx, c); }).isOk());
        return c.id;
    }
};

} // namespace

TEST_CASE("the case state machine allows exactly the legal moves", "[unit]")
{
    // Written out independently of the table in CaseStatus.cpp: the law's path through a case.
    const QSet<QString> legal = {
        QStringLiteral("new:accepted>accepted"),
        QStringLiteral("new:accepted_with_deficiency>accepted"),
        QStringLiteral("new:correction_notice>awaiting_correction"),
        QStringLiteral("new:refused>refused"),
        QStringLiteral("new:withdrawn>withdrawn"),
        QStringLiteral("awaiting_correction:corrected>accepted"),
        QStringLiteral("awaiting_correction:deemed_accepted>accepted"),
        QStringLiteral("awaiting_correction:refused>refused"),
        QStringLiteral("awaiting_correction:withdrawn>withdrawn"),
        QStringLiteral("accepted:review_started>in_review"),
        QStringLiteral("accepted:suspended>suspended"),
        QStringLiteral("accepted:approved>approved"),
        QStringLiteral("accepted:denied>denied"),
        QStringLiteral("accepted:withdrawn>withdrawn"),
        QStringLiteral("in_review:suspended>suspended"),
        QStringLiteral("in_review:approved>approved"),
        QStringLiteral("in_review:denied>denied"),
        QStringLiteral("in_review:withdrawn>withdrawn"),
        QStringLiteral("suspended:resumed>in_review"),
        QStringLiteral("suspended:withdrawn>withdrawn"),
        QStringLiteral("approved:certificate_issued>certificate_issued"),
        QStringLiteral("approved:handed_over>closed"),
        QStringLiteral("certificate_issued:handed_over>closed"),
        QStringLiteral("denied:handed_over>closed"),
    };
    QSet<QString> seen;
    QList<std::optional<CaseStatus>> froms = {std::nullopt};
    for (CaseStatus s : CaseStates::all())
        froms << s;
    for (const auto& from : froms) {
        for (CaseAction a : kActions) {
            const auto to = CaseStateMachine::target(from, a);
            if (to)
                seen.insert(label(from, a) + QLatin1Char('>') + CaseStates::key(*to));
        }
    }
    CHECK(seen == legal);
    // Nothing leaves a final state.
    for (CaseStatus s : {CaseStatus::Closed, CaseStatus::Withdrawn, CaseStatus::Refused}) {
        CHECK(CaseStates::isFinal(s));
        for (CaseAction a : kActions)
            CHECK_FALSE(CaseStateMachine::target(s, a).has_value());
    }
    CHECK(CaseStates::clockRuns(CaseStatus::InReview));
    CHECK_FALSE(CaseStates::clockRuns(CaseStatus::Suspended));
    CHECK_FALSE(CaseStateMachine::initial(CaseAction::Approve).isOk());
}

TEST_CASE("a legal move is written with its audit row, an illegal one writes nothing", "[db]")
{
    CaseFixture f;
    const QString id = f.makeCase(CaseStatus::Accepted);
    auto audits = [&] {
        return f.t.db().scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE subject_id = ?"), {id})
            .value()
            .toInt();
    };
    REQUIRE(f.t.db().write([&](Transaction& tx) {
        return CaseStateMachine::apply(tx, f.ctx(), id, CaseAction::StartReview).status();
    }).isOk());
    CHECK(CaseRepository(f.t.db()).byId(id)->status == CaseStatus::InReview);
    CHECK(audits() == 1);
    AuditFilter filter;
    filter.subjectType = QStringLiteral("case");
    filter.subjectId = id;
    auto rows = AuditLog::query(f.t.db(), filter);
    REQUIRE(rows.value().size() == 1);
    CHECK(rows.value().first().action == QStringLiteral("case.review_started"));
    CHECK(rows.value().first().details.value(QStringLiteral("from")).toString() == QStringLiteral("accepted"));

    // Handing over a case that is still in review is refused, and the transaction around it
    // (here with another write before it) leaves nothing behind.
    Status refused = f.t.db().write([&](Transaction& tx) -> Status {
        CIVICDESK_TRY(tx.exec(QStringLiteral("UPDATE cases SET refusal_reason = 'x' WHERE id = ?"), {id}).status());
        return CaseStateMachine::apply(tx, f.ctx(), id, CaseAction::HandOver).status();
    });
    REQUIRE_FALSE(refused.isOk());
    CHECK(refused.kind() == ErrorKind::Conflict);
    CHECK(refused.message().contains(QStringLiteral("is in review and cannot be handed over")));
    const CaseRecord after = CaseRepository(f.t.db()).byId(id).value();
    CHECK(after.status == CaseStatus::InReview);
    CHECK(after.refusalReason.isEmpty());
    CHECK(audits() == 1);
    CHECK(AuditLog::verify(f.t.db())->ok);
}

TEST_CASE("case numbers are the branch, the day and a gap-free sequence", "[db]")
{
    CaseFixture f;
    QStringList numbers;
    for (int i = 0; i < 3; ++i)
        numbers << CaseRepository(f.t.db()).byId(f.makeCase(CaseStatus::Accepted))->number;
    CHECK(numbers == QStringList{QStringLiteral("ZX012026112000001"), QStringLiteral("ZX012026112000002"),
                                 QStringLiteral("ZX012026112000003")});
    f.clock.advanceDays(1);
    CHECK(CaseRepository(f.t.db()).byId(f.makeCase(CaseStatus::Accepted))->number ==
          QStringLiteral("ZX012026112100001"));
    CHECK(CaseNumbers::format(QStringLiteral("FZ02"), QDate(2026, 1, 5), 123) ==
          QStringLiteral("FZ022026010500123"));
}

TEST_CASE("time limits count working days on the holiday calendar", "[unit]")
{
    // 2026: National Day holiday 1-7 October with make-up working days on Sun 27 Sep and Sat 10 Oct.
    const WorkingCalendar calendar(
        {2026}, {{QDate(2026, 9, 27), false, QStringLiteral("国庆节")},
                 {QDate(2026, 10, 1), true, QStringLiteral("国庆节")}, {QDate(2026, 10, 2), true, QStringLiteral("国庆节")},
                 {QDate(2026, 10, 3), true, QStringLiteral("国庆节")}, {QDate(2026, 10, 4), true, QStringLiteral("国庆节")},
                 {QDate(2026, 10, 5), true, QStringLiteral("国庆节")}, {QDate(2026, 10, 6), true, QStringLiteral("国庆节")},
                 {QDate(2026, 10, 7), true, QStringLiteral("国庆节")},
                 {QDate(2026, 10, 10), false, QStringLiteral("国庆节")}});
    CaseLimits limits;
    limits.acceptedOn = QDate(2026, 9, 25); // a Friday
    limits.promisedDays = 5;
    limits.statutoryDays = 20;
    // Working days after 25 Sep: Sun 27 (make-up), Mon 28, Tue 29, Wed 30, Thu 8 Oct.
    CaseDeadlines d = CaseClock::deadlines(calendar, limits);
    CHECK(d.promisedDue == QDate(2026, 10, 8));
    CHECK_FALSE(d.isEstimate());
    SECTION("an extension moves both limits")
    {
        limits.extensionDays = 10;
        d = CaseClock::deadlines(calendar, limits);
        // 5 + 10 = 15 working days: ... 8, 9, 10(Sat make-up), 12, 13, 14, 15, 16, 19, 20, 21
        CHECK(d.promisedDue == QDate(2026, 10, 21));
    }
    SECTION("a suspension stops the clock for exactly its working days")
    {
        limits.suspensions = {{QDate(2026, 9, 28), QDate(2026, 9, 29)}}; // Mon and Tue
        d = CaseClock::deadlines(calendar, limits);
        CHECK(d.promisedDue == QDate(2026, 10, 10)); // two working days later: Fri 9, Sat 10 (make-up)
    }
    SECTION("a limit of 0 is the same day")
    {
        limits.promisedDays = 0;
        CHECK(CaseClock::deadlines(calendar, limits).promisedDue == limits.acceptedOn);
    }
    SECTION("beyond the calendar's years the date is flagged")
    {
        limits.acceptedOn = QDate(2026, 12, 28);
        d = CaseClock::deadlines(calendar, limits);
        CHECK(d.isEstimate());
        CHECK(d.missingYears == QVector<int>{2027});
    }
}

TEST_CASE("the traffic light turns yellow near the limit and red after it", "[unit]")
{
    const WorkingCalendar calendar({2026}, {});
    const QDate due(2026, 11, 30); // a Monday
    const LightThresholds t; // 2 working days or 20 %
    auto light = [&](const QDate& today, int limit) { return CaseClock::light(calendar, today, due, limit, t); };
    CHECK(light(QDate(2026, 11, 20), 20) == Light::Green);  // 6 working days left of 20
    CHECK(light(QDate(2026, 11, 25), 20) == Light::Yellow); // 3 left = 15 % of 20
    CHECK(light(QDate(2026, 11, 25), 5) == Light::Green);   // 3 left of 5 = 60 %
    CHECK(light(QDate(2026, 11, 26), 5) == Light::Yellow);  // 2 left
    CHECK(light(QDate(2026, 11, 30), 5) == Light::Yellow);  // due today
    CHECK(light(QDate(2026, 12, 1), 5) == Light::Red);
    CHECK(CaseClock::workingDaysLeft(calendar, QDate(2026, 12, 2), due) == -2);
}

TEST_CASE("an accepted case gets its approval steps from the matter's template", "[db]")
{
    CaseFixture f;
    CatalogRepository catalog(f.t.db());
    auto joint = catalog.matterByCode(QStringLiteral("SJ-002")); // business start-up, 4 departments
    REQUIRE(joint.isOk());
    REQUIRE(joint->workflow.hasParallelStage());
    auto calendar = CalendarService::current(f.t.db());
    REQUIRE(calendar.isOk());
    const QVector<CaseStep> steps = CaseRepository::stepsFromTemplate(
        joint->workflow, joint->departmentId, QString(), f.clock.now(), *calendar.value());
    REQUIRE_FALSE(steps.isEmpty());
    int open = 0;
    int firstOpenStage = 0;
    for (const CaseStep& s : steps) {
        if (s.stageKind == StageKind::Acceptance) {
            CHECK(s.state == StepState::Approved);
            CHECK(s.decidedAt == f.clock.now());
        } else if (s.state == StepState::Open) {
            ++open;
            if (!firstOpenStage)
                firstOpenStage = s.stagePosition;
            CHECK(s.stagePosition == firstOpenStage); // only one stage is open
            if (s.timeLimitDays)
                CHECK(s.dueOn == calendar.value()->addWorkingDays(f.clock.today(), *s.timeLimitDays).date);
        } else {
            CHECK(s.state == StepState::Pending);
            CHECK(s.stagePosition > firstOpenStage);
        }
    }
    CHECK(open >= 1);
    // Each parallel stage has exactly one lead step.
    QHash<int, int> leads;
    for (const CaseStep& s : steps)
        leads[s.stagePosition] += s.isLead ? 1 : 0;
    for (int n : leads)
        CHECK(n == 1);

    const QString id = f.makeCase(CaseStatus::Accepted);
    REQUIRE(f.t.db().write([&](Transaction& tx) { return CaseRepository::insertSteps(tx, id, steps); }).isOk());
    auto stored = CaseRepository(f.t.db()).steps(id);
    REQUIRE(stored.isOk());
    CHECK(stored->size() == steps.size());
    CHECK(stored->first().state == steps.first().state);
}
