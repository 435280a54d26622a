// Working-day arithmetic on the calendar as a new database holds it (the built-in 2025 and
// 2026 notices). Every expected date was worked out by hand from resources/calendar/2026.json.

#include "TestDatabase.h"

#include "calendar/CalendarService.h"
#include "security/Session.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>

using namespace civicdesk;
using namespace civicdesk::test;

namespace {

QDate d(const char* iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

std::shared_ptr<const WorkingCalendar> calendarOf(Database& db)
{
    auto c = CalendarService::current(db);
    INFO(c.message().toStdString());
    REQUIRE(c.isOk());
    return c.value();
}

} // namespace

TEST_CASE("deadlines on the 2026 calendar follow holidays and make-up working days", "[db]")
{
    TestDatabase t;
    const auto calendar = calendarOf(t.db());
    const WorkingCalendar& c = *calendar;
    CHECK(c.coveredYears() == QVector<int>{2025, 2026});

    SECTION("which days are worked")
    {
        CHECK(c.isWorkingDay(d("2026-01-04"))); // Sunday, make-up day of 元旦
        CHECK(c.kind(d("2026-01-04")) == DayKind::MakeUpWorkingDay);
        CHECK_FALSE(c.isWorkingDay(d("2026-01-02"))); // Friday, 元旦
        CHECK(c.kind(d("2026-02-16")) == DayKind::Holiday);
        CHECK(c.exception(d("2026-02-16"))->name == QStringLiteral("春节"));
        CHECK(c.isWorkingDay(d("2026-02-14")));       // Saturday before the Spring Festival
        CHECK(c.isWorkingDay(d("2026-02-28")));       // Saturday after it
        CHECK_FALSE(c.isWorkingDay(d("2026-03-07"))); // an ordinary Saturday
        CHECK(c.kind(d("2026-03-07")) == DayKind::Weekend);
        CHECK(c.isWorkingDay(d("2026-03-09")));
        CHECK(c.kind(d("2026-09-20")) == DayKind::MakeUpWorkingDay); // Sunday before 国庆节
        CHECK_FALSE(c.exception(d("2026-03-09")).has_value());
    }

    SECTION("N working days after a date, the date itself not counted")
    {
        CHECK(c.addWorkingDays(d("2025-12-31"), 1).date == d("2026-01-04"));
        CHECK(c.addWorkingDays(d("2026-02-13"), 1).date == d("2026-02-14"));
        // Friday 13 Feb: the make-up Saturday, then nine days of Spring Festival.
        CHECK(c.addWorkingDays(d("2026-02-13"), 2).date == d("2026-02-24"));
        CHECK(c.addWorkingDays(d("2026-02-12"), 5).date == d("2026-02-26"));
        // A 20-day statutory limit from Tuesday 10 Feb: 11, 12, 13, 14 (Sat), 24, 25, 26, 27,
        // 28 (Sat), 2 Mar … 6 Mar, 9 … 13, 16.
        const CalendarDate limit = c.addWorkingDays(d("2026-02-10"), 20);
        CHECK(limit.date == d("2026-03-16"));
        CHECK_FALSE(limit.isEstimate());
        // National Day: the make-up Sunday 20 Sep, then 1–7 Oct off and the make-up Saturday.
        CHECK(c.addWorkingDays(d("2026-09-18"), 1).date == d("2026-09-20"));
        CHECK(c.addWorkingDays(d("2026-09-30"), 1).date == d("2026-10-08"));
        CHECK(c.addWorkingDays(d("2026-09-30"), 3).date == d("2026-10-10"));
        CHECK(c.addWorkingDays(d("2026-09-24"), 1).date == d("2026-09-28")); // 中秋节 25–27 Sep
        CHECK(c.addWorkingDays(d("2026-06-18"), 1).date == d("2026-06-22")); // 端午节 19–21 Jun
        CHECK(c.addWorkingDays(d("2026-04-30"), 1).date == d("2026-05-06")); // 劳动节 1–5 May
        CHECK(c.addWorkingDays(d("2026-05-06"), 3).date == d("2026-05-09")); // make-up Saturday
        CHECK(c.addWorkingDays(d("2026-03-09"), 0).date == d("2026-03-09"));
        CHECK(c.addWorkingDays(d("2026-02-24"), -1).date == d("2026-02-14"));
        CHECK(c.addWorkingDays(d("2026-10-08"), -1).date == d("2026-09-30"));
    }

    SECTION("the next working day")
    {
        CHECK(c.nextWorkingDay(d("2026-09-30")).date == d("2026-10-08"));
        CHECK(c.nextWorkingDay(d("2026-02-14")).date == d("2026-02-24"));
        CHECK(c.workingDayOnOrAfter(d("2026-10-01")).date == d("2026-10-08"));
        CHECK(c.workingDayOnOrAfter(d("2026-10-10")).date == d("2026-10-10"));
    }

    SECTION("working days between two dates")
    {
        CHECK(c.workingDaysBetween(d("2025-12-31"), d("2026-12-31")).days == 248);
        CHECK(c.workingDaysBetween(d("2024-12-31"), d("2025-12-31")).days == 248);
        CHECK(c.workingDaysBetween(d("2026-02-13"), d("2026-02-24")).days == 2);
        CHECK(c.workingDaysBetween(d("2026-09-30"), d("2026-10-10")).days == 3);
        CHECK(c.workingDaysBetween(d("2026-02-24"), d("2026-02-13")).days == -2);
        CHECK(c.workingDaysBetween(d("2026-03-09"), d("2026-03-09")).days == 0);
        for (const QDate& start :
             {d("2025-01-20"), d("2026-02-09"), d("2026-09-17"), d("2026-12-01")}) {
            for (int n : {1, 5, 20, 60}) {
                const QDate end = c.addWorkingDays(start, n).date;
                CHECK(c.workingDaysBetween(start, end).days == n);
            }
        }
    }

    SECTION("a suspension stops the clock and it resumes by exact working days")
    {
        // Ten working days from Monday 2 March; suspended Thursday 5 to Wednesday 11 March,
        // which holds five working days: the deadline moves by exactly five working days.
        CHECK(c.addWorkingDays(d("2026-03-02"), 10).date == d("2026-03-16"));
        const QVector<DateRange> suspended{{d("2026-03-05"), d("2026-03-11")}};
        CHECK(c.addWorkingDays(d("2026-03-02"), 10, suspended).date == d("2026-03-23"));
        CHECK(c.workingDaysBetween(d("2026-03-02"), d("2026-03-23"), suspended).days == 10);

        // Twenty days from Monday 2 Feb, suspended the week of 9 Feb: four days run before the
        // suspension, sixteen after it, through the Spring Festival.
        const QVector<DateRange> week{{d("2026-02-09"), d("2026-02-13")}};
        CHECK(c.addWorkingDays(d("2026-02-02"), 20).date == d("2026-03-06"));
        CHECK(c.addWorkingDays(d("2026-02-02"), 20, week).date == d("2026-03-13"));
        CHECK(c.workingDaysBetween(d("2026-02-02"), d("2026-02-13"), week).days == 4);
        CHECK(c.addWorkingDays(d("2026-02-13"), 16).date == d("2026-03-13"));
        // Days used by Friday 27 Feb: 3–6 Feb, the make-up 14 Feb, 24–27 Feb.
        CHECK(c.workingDaysBetween(d("2026-02-02"), d("2026-02-27"), week).days == 9);

        // Two suspensions, and an inverted range that excludes nothing.
        const QVector<DateRange> two{{d("2026-03-05"), d("2026-03-05")},
                                     {d("2026-03-12"), d("2026-03-13")},
                                     {d("2026-03-20"), d("2026-03-18")}};
        CHECK(c.addWorkingDays(d("2026-03-02"), 10, two).date == d("2026-03-19"));
    }
}

TEST_CASE("a deadline in a year the calendar lacks is counted with weekends only and flagged",
          "[db]")
{
    TestDatabase t;
    const auto c = calendarOf(t.db());

    // Monday 28 Dec 2026 + 5: 29, 30, 31 Dec, then Friday 1 Jan 2027 counts as a working day
    // (its 元旦 is unknown) and Monday 4 Jan.
    const CalendarDate into = c->addWorkingDays(d("2026-12-28"), 5);
    CHECK(into.date == d("2027-01-04"));
    CHECK(into.isEstimate());
    CHECK(into.missingYears == QVector<int>{2027});
    CHECK(WorkingCalendar::missingYearsWarning(into.missingYears).contains(QStringLiteral("2027")));

    // Starting in 2024, which is not covered either: 31 Dec 2024 counts, 元旦 2025 does not.
    const CalendarDate from = c->addWorkingDays(d("2024-12-30"), 5);
    CHECK(from.date == d("2025-01-07"));
    CHECK(from.missingYears == QVector<int>{2024});

    // Inside the covered years nothing is flagged.
    CHECK_FALSE(c->addWorkingDays(d("2026-12-01"), 20).isEstimate());
    CHECK(c->workingDaysBetween(d("2026-12-28"), d("2027-01-04")).missingYears ==
          QVector<int>{2027});
    CHECK(c->coverageWarning(d("2026-11-20")).contains(QStringLiteral("2027")));
    CHECK(c->coverageWarning(d("2026-03-01")).contains(QStringLiteral("2027")));
    CHECK(c->coverageWarning(d("2027-01-10")).contains(QStringLiteral("current year")));
    CHECK(c->coverageWarning(d("2025-06-01")).isEmpty());
}

TEST_CASE("a year missing between covered ones is flagged when a deadline walks through it",
          "[unit]")
{
    const WorkingCalendar c({2025, 2027}, {{d("2027-01-01"), true, QStringLiteral("元旦")}});
    // 2026 has 261 weekdays; without its calendar all of them count.
    const CalendarDate through = c.addWorkingDays(d("2025-12-31"), 262);
    CHECK(through.date == d("2027-01-04"));
    CHECK(through.missingYears == QVector<int>{2026});
    CHECK_FALSE(c.covers(2026));

    const WorkingCalendar empty;
    CHECK(empty.coveredYears().isEmpty());
    CHECK(empty.addWorkingDays(d("2026-02-13"), 2).date == d("2026-02-17"));
    CHECK(empty.addWorkingDays(d("2026-02-13"), 2).missingYears == QVector<int>{2026});
    CHECK_FALSE(empty.addWorkingDays(QDate(), 2).date.isValid());
}

TEST_CASE("the snapshot is loaded once and reloaded only after a change, also from another PC",
          "[db]")
{
    TestDatabase t;
    const auto first = calendarOf(t.db());
    CHECK(calendarOf(t.db()) == first); // nothing changed: the same snapshot, not a reload

    // A supervision screen computes the deadline of every open case at once, from memory.
    QElapsedTimer timer;
    timer.start();
    const QDate start = d("2025-01-01");
    qint64 sum = 0;
    for (int i = 0; i < 50000; ++i)
        sum +=
            first->addWorkingDays(start.addDays(i % 700), 20, {{d("2026-03-05"), d("2026-03-11")}})
                .date.day();
    CHECK(sum > 0);
    CHECK(timer.elapsed() < 2000);

    // Another PC makes Friday 9 Oct 2026 a day off.
    auto other = t.openAnother();
    ManualClock clock(testNow());
    const Session system = Session::system(QStringLiteral("test"));
    REQUIRE(CalendarService::setDay({*other, clock, system}, d("2026-10-09"), true,
                                    QStringLiteral("国庆节"))
                .isOk());
    const auto after = calendarOf(t.db());
    CHECK(after != first);
    CHECK(after->revision() != first->revision());
    CHECK(after->addWorkingDays(d("2026-09-30"), 2).date == d("2026-10-10"));
    CHECK(first->addWorkingDays(d("2026-09-30"), 2).date == d("2026-10-09")); // old one unchanged
}
