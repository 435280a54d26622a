// Electronic supervision: the traffic lights against the configurable thresholds, the counts
// by department, the calendar warning, the change marker other PCs' writes move, and the
// query plans that keep the snapshot independent of the number of closed cases.

#include "WorkflowFixture.h"

#include "workflow/SupervisionService.h"

#include <catch2/catch.hpp>

using namespace civicdesk;
using namespace civicdesk::test;

namespace {

SupervisedCase supervised(WorkflowFixture& f, const QString& id)
{
    auto snap = SupervisionService::snapshot(f.as(QStringLiteral("supervisor")));
    INFO(snap.message().toStdString());
    REQUIRE(snap.isOk());
    for (const SupervisedCase& c : snap->cases) {
        if (c.id == id)
            return c;
    }
    FAIL("the case is not supervised");
    return {};
}

const DepartmentSupervision* department(const SupervisionSnapshot& s, const QString& name)
{
    for (const DepartmentSupervision& d : s.departments) {
        if (d.departmentName == name)
            return &d;
    }
    return nullptr;
}

} // namespace

TEST_CASE("the traffic lights turn yellow at the thresholds and red when overdue", "[db]")
{
    WorkflowFixture f;
    // Accepted Friday 20 November 2026. Passport: promised 7 working days (1 December),
    // statutory 15 (11 December). Minimum living allowance: promised 25 (25 December),
    // statutory 30 (1 January 2027, a year the calendar lacks).
    const QString passport = f.accept(QStringLiteral("GA-004"));
    const QString allowance = f.accept(QStringLiteral("MZ-002"));

    SupervisedCase p = supervised(f, passport);
    CHECK(p.promised.due == QDate(2026, 12, 1));
    CHECK(p.promised.light == Light::Green);
    CHECK(p.statutory.light == Light::Green);
    CHECK(p.waitingAt.size() == 1);

    f.setDay(QDate(2026, 11, 27)); // 2 working days left of 7: the days rule
    p = supervised(f, passport);
    CHECK(p.promised.daysLeft == 2);
    CHECK(p.promised.light == Light::Yellow);
    CHECK(p.statutory.light == Light::Green);
    CHECK(p.light() == Light::Yellow);

    f.setDay(QDate(2026, 12, 2));
    p = supervised(f, passport);
    CHECK(p.promised.light == Light::Red);
    CHECK(p.promised.daysLeft == -1);
    CHECK(p.statutory.light == Light::Green);
    CHECK(p.overdueSteps == 1); // its review was due on 25 November
    auto snap = SupervisionService::snapshot(f.as(QStringLiteral("supervisor")));
    REQUIRE(snap.isOk());
    CHECK(snap->count(Light::Red) == 1);
    CHECK(snap->count(Light::Green) == 1);
    CHECK(snap->statutoryOverdue() == 0);
    const DepartmentSupervision* ga = department(snap.value(), QStringLiteral("Public Security Bureau"));
    REQUIRE(ga);
    CHECK(ga->open == 1);
    CHECK(ga->red == 1);
    CHECK(ga->stepsOverdue == 1);
    const DepartmentSupervision* mz = department(snap.value(), QStringLiteral("Civil Affairs Bureau"));
    REQUIRE(mz);
    CHECK(mz->green == 1);
    CHECK(department(snap.value(), QStringLiteral("Taxation Bureau")) == nullptr);

    // The percent rule: 5 working days left of 25 is 20 %.
    f.setDay(QDate(2026, 12, 17));
    CHECK(supervised(f, allowance).promised.light == Light::Green);
    f.setDay(QDate(2026, 12, 18));
    const SupervisedCase a = supervised(f, allowance);
    CHECK(a.promised.daysLeft == 5);
    CHECK(a.promised.light == Light::Yellow);
    CHECK(a.estimated);

    // Past the statutory limit: first in the list, and counted as such.
    f.setDay(QDate(2026, 12, 14));
    snap = SupervisionService::snapshot(f.as(QStringLiteral("supervisor")));
    REQUIRE(snap.isOk());
    CHECK(snap->cases.first().id == passport);
    CHECK(snap->cases.first().statutory.light == Light::Red);
    CHECK(snap->statutoryOverdue() == 1);
    // A due date falls in 2027, which the calendar lacks: supervision says so.
    CHECK(snap->coverageWarning.contains(QStringLiteral("2027")));

    SECTION("the thresholds are the center's setting")
    {
        CHECK(SupervisionService::setThresholds(f.as(QStringLiteral("supervisor")), {0, 0}).kind() ==
              ErrorKind::Denied);
        CHECK_FALSE(SupervisionService::setThresholds(f.as(QStringLiteral("admin")), {2, 101}).isOk());
        REQUIRE(SupervisionService::setThresholds(f.as(QStringLiteral("admin")), {0, 0}).isOk());
        CHECK(SupervisionService::thresholds(f.db())->days == 0);
        f.setDay(QDate(2026, 11, 27));
        CHECK(supervised(f, passport).promised.light == Light::Green);
        f.setDay(QDate(2026, 12, 1)); // due today
        CHECK(supervised(f, passport).promised.light == Light::Yellow);
        REQUIRE(SupervisionService::setThresholds(f.as(QStringLiteral("admin")), {5, 20}).isOk());
        f.setDay(QDate(2026, 11, 24)); // 5 working days left
        CHECK(supervised(f, passport).promised.light == Light::Yellow);
    }
    SECTION("only supervision may look")
    {
        CHECK(SupervisionService::snapshot(f.as(QStringLiteral("approver.ga"))).kind() == ErrorKind::Denied);
    }
}

TEST_CASE("changes written on another PC move the change marker, reading does not", "[db]")
{
    WorkflowFixture f;
    const QString id = f.accept(QStringLiteral("GA-004"));
    auto before = SupervisionService::changeMarker(f.db());
    REQUIRE(before.isOk());
    REQUIRE(SupervisionService::snapshot(f.as(QStringLiteral("supervisor"))).isOk());
    CHECK(SupervisionService::changeMarker(f.db()).value() == before.value());

    auto other = f.t.openAnother();
    const Session& ga = f.sessions.at(QStringLiteral("approver.ga"));
    const QString step = f.openStep(id, QStringLiteral("approver.ga"));
    REQUIRE(WorkflowService({*other, f.clock, ga}).approveStep(step).isOk());
    CHECK(SupervisionService::changeMarker(f.db()).value() > before.value());
}

TEST_CASE("supervision reads open cases through indexes only", "[sqlite]")
{
    WorkflowFixture f;
    for (const QString& sql : SupervisionService::snapshotStatements()) {
        const QStringList plan = queryPlan(f.db(), sql);
        INFO(sql.toStdString() << "\n" << plan.join(QLatin1Char('\n')).toStdString());
        REQUIRE_FALSE(plan.isEmpty());
        for (const QString& step : plan)
            CHECK_FALSE(step.startsWith(QLatin1String("SCAN")));
    }
}
