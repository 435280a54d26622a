// The roster and the staffing advice built on it.

#include "SchedulingFixture.h"

#include "scheduling/StaffingAdvisor.h"
#include "storage/Transaction.h"

using namespace civicdesk;
using namespace civicdesk::test;

TEST_CASE("the roster seats staff per shift and tells a clerk their window", "[db][roster]")
{
    SchedulingFixture f;
    const QString w1 = f.addWindow(1, true);
    const QString w2 = f.addWindow(2, true);
    const QDate friday = testNow().date();
    const QDate monday = RosterService::weekStart(friday);
    CHECK(monday == QDate(2026, 11, 16));
    const Context sup = f.as(f.supervisor);

    REQUIRE(RosterService::assign(sup, friday, Shift::Morning, w1, f.clerk1.staffId()).isOk());
    REQUIRE(RosterService::assign(sup, friday, Shift::Afternoon, w2, f.clerk1.staffId()).isOk());
    REQUIRE(RosterService::assign(sup, friday, Shift::Morning, w2, f.clerk2.staffId()).isOk());

    // One person cannot sit at two windows in one shift.
    auto twice = RosterService::assign(sup, friday, Shift::Morning, w2, f.clerk1.staffId());
    REQUIRE_FALSE(twice.isOk());
    CHECK(twice.message().contains(QStringLiteral("window 1")));
    // A clerk cannot plan the roster.
    CHECK(RosterService::assign(f.as(f.clerk1), friday, Shift::Morning, w1, {}).kind() == ErrorKind::Denied);

    auto settings = SchedulingSettings::load(f.db());
    REQUIRE(settings.isOk());
    auto morning = RosterService::windowFor(f.db(), settings.value(), f.clerk1.staffId(),
                                            QDateTime(friday, QTime(9, 15)));
    REQUIRE(morning.isOk());
    REQUIRE(morning->has_value());
    CHECK(morning->value().number == 1);
    // Logging in over lunch offers the afternoon window.
    auto lunch = RosterService::windowFor(f.db(), settings.value(), f.clerk1.staffId(),
                                          QDateTime(friday, QTime(12, 40)));
    REQUIRE(lunch->has_value());
    CHECK(lunch->value().number == 2);
    auto saturday = RosterService::windowFor(f.db(), settings.value(), f.clerk1.staffId(),
                                             QDateTime(friday.addDays(1), QTime(9, 0)));
    REQUIRE(saturday.isOk());
    CHECK_FALSE(saturday->has_value());

    // Clearing a seat.
    REQUIRE(RosterService::assign(sup, friday, Shift::Morning, w2, {}).isOk());
    auto week = RosterService::week(f.db(), monday);
    REQUIRE(week.isOk());
    CHECK(week->size() == 2);

    // Copying the week onto the next one.
    auto copied = RosterService::copyWeek(sup, monday, monday.addDays(7));
    REQUIRE(copied.isOk());
    CHECK(copied.value() == 2);
    auto next = RosterService::week(f.db(), monday.addDays(7));
    REQUIRE(next->size() == 2);
    CHECK(next->first().date == friday.addDays(7));
    CHECK(next->first().staffName == QStringLiteral("王芳"));
    // Copying again replaces rather than doubles.
    CHECK(RosterService::copyWeek(sup, monday, monday.addDays(7)).value() == 2);
    CHECK(RosterService::week(f.db(), monday.addDays(7))->size() == 2);

    auto staff = RosterService::rosterableStaff(f.db());
    REQUIRE(staff.isOk());
    CHECK(staff->size() == 3); // two clerks and the supervisor, not the approver
}

TEST_CASE("staffing advice flags hours with fewer windows than the arrivals need", "[db][roster]")
{
    SchedulingFixture f;
    const QString w1 = f.addWindow(1, true);
    const QString w2 = f.addWindow(2, true);
    // The four last Mondays (this one included): 20 arrivals 09:00–10:00 and 4 arrivals 14:00–15:00, each served in
    // 6 minutes.
    const QDate thisMonday = RosterService::weekStart(testNow().date());
    REQUIRE(f.db().write([&](Transaction& tx) -> Status {
                    int n = 0;
                    for (int week = 1; week <= 4; ++week) {
                        const QDate day = thisMonday.addDays(-7 * (week - 1));
                        for (auto [hour, count] : {std::pair{9, 20}, std::pair{14, 4}}) {
                            for (int i = 0; i < count; ++i) {
                                const QDateTime issued(day, QTime(hour, i * 2));
                                const QDateTime start = issued.addSecs(60);
                                CIVICDESK_TRY(tx.exec(QStringLiteral(
                                                          "INSERT INTO tickets (id, branch_code, service_date, "
                                                          "number, category_id, status, issued_at, "
                                                          "original_issued_at, queue_at, service_started_at, "
                                                          "finished_at, updated_at) VALUES (?, 'ZX01', ?, ?, ?, "
                                                          "'done', ?, ?, ?, ?, ?, ?)"),
                                                      {newId(), toDbDate(day), QStringLiteral("A%1").arg(++n),
                                                       f.catA, toDbTimestamp(issued), toDbTimestamp(issued),
                                                       toDbTimestamp(issued), toDbTimestamp(start),
                                                       toDbTimestamp(start.addSecs(360)), toDbTimestamp(issued)})
                                                  .status());
                            }
                        }
                    }
                    return {};
                })
                .isOk());
    const QDate nextMonday = thisMonday.addDays(7);
    const Context sup = f.as(f.supervisor);
    REQUIRE(RosterService::assign(sup, nextMonday, Shift::Morning, w1, f.clerk1.staffId()).isOk());
    REQUIRE(RosterService::assign(sup, nextMonday, Shift::Afternoon, w1, f.clerk1.staffId()).isOk());
    REQUIRE(RosterService::assign(sup, nextMonday, Shift::Afternoon, w2, f.clerk2.staffId()).isOk());

    auto settings = SchedulingSettings::load(f.db());
    auto advice = StaffingAdvisor::adviseWeek(f.db(), settings.value(), nextMonday, f.clock().now());
    REQUIRE(advice.isOk());
    auto at = [&](int hour) {
        for (const HourAdvice& a : advice.value())
            if (a.date == nextMonday && a.hour == hour)
                return a;
        FAIL("no advice for the hour");
        return HourAdvice{};
    };
    // 09:00: 20 an hour × 6 min = 2 Erlangs. Two windows cannot keep up (the queue grows);
    // three give P(wait) 4/9 and a mean wait of 4/9 · 6 / 1 ≈ 2.7 minutes.
    const HourAdvice nine = at(9);
    CHECK(nine.arrivalsPerHour == Approx(20));
    CHECK(nine.serviceMinutes == Approx(6));
    CHECK(nine.advisedWindows == 3);
    CHECK(nine.rosteredWindows == 1);
    CHECK(nine.understaffed());
    // 14:00: 4 an hour: one window is enough, two are rostered.
    const HourAdvice two = at(14);
    CHECK(two.advisedWindows == 1);
    CHECK(two.rosteredWindows == 2);
    CHECK_FALSE(two.understaffed());
}
