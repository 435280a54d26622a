// The calendar in the database: built-in years seeded once, imports checked before anything is
// written, changes authorized and audited, each in its own transaction.

#include "TestDatabase.h"

#include "calendar/CalendarService.h"
#include "security/AuditLog.h"
#include "security/Session.h"
#include "storage/DatabaseSetup.h"
#include "storage/Meta.h"
#include "storage/Transaction.h"

#include <catch2/catch.hpp>

#include <QJsonArray>

using namespace civicdesk;
using namespace civicdesk::test;

namespace {

QDate d(const char* iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

QString fixture(const char* name)
{
    return QStringLiteral(CIVICDESK_TEST_DATA "/calendar/") + QString::fromLatin1(name);
}

Session staff(Role role, const char* login, const char* name)
{
    StaffIdentity s;
    s.id = newId();
    s.login = QString::fromLatin1(login);
    s.displayName = QString::fromUtf8(name);
    s.roles = {role};
    return Session::forStaff(s);
}

QVector<AuditEntry> calendarAudit(Database& db, const QString& prefix = QStringLiteral("calendar."))
{
    AuditFilter filter;
    filter.actionPrefix = prefix;
    filter.newestFirst = false;
    auto rows = AuditLog::query(db, filter);
    REQUIRE(rows.isOk());
    return rows.value();
}

// What the calendar tables, the audit trail and the revision hold: equal before and after a
// refused change.
struct Stored {
    int years = 0;
    int days = 0;
    int audit = 0;
    QString revision;
    bool operator==(const Stored& o) const
    {
        return years == o.years && days == o.days && audit == o.audit && revision == o.revision;
    }
};

Stored stored(Database& db)
{
    auto count = [&](const char* table) {
        auto v = db.scalar(QStringLiteral("SELECT COUNT(*) FROM ") + QString::fromLatin1(table));
        REQUIRE(v.isOk());
        return v.value().toInt();
    };
    return {count("calendar_years"), count("calendar_days"), count("audit_log"),
            Meta::get(db, CalendarService::RevisionKey).value()};
}

CalendarYearData read(const char* name)
{
    auto data = HolidayFile::read(fixture(name));
    INFO(data.message().toStdString());
    REQUIRE(data.isOk());
    return data.take();
}

} // namespace

TEST_CASE("a new database holds the built-in years, seeded once by the system", "[db]")
{
    TestDatabase t;
    auto years = CalendarService::years(t.db());
    REQUIRE(years.isOk());
    REQUIRE(years->size() == 2);
    CHECK(years->at(0).year == 2025);
    CHECK(years->at(0).daysOff == 28);
    CHECK(years->at(0).makeUpDays == 5);
    CHECK(years->at(1).year == 2026);
    CHECK(years->at(1).daysOff == 33);
    CHECK(years->at(1).makeUpDays == 6);
    CHECK(years->at(1).source.contains(QStringLiteral("State Council")));
    CHECK(years->at(1).importedBy == QStringLiteral("system:setup"));

    const auto audit = calendarAudit(t.db());
    REQUIRE(audit.size() == 2);
    CHECK(audit.at(0).action == QStringLiteral("calendar.year_imported"));
    CHECK(audit.at(0).staffLogin == QStringLiteral("system:setup"));
    CHECK(audit.at(1).subject.id == QStringLiteral("2026"));
    CHECK(audit.at(1).details.value(QStringLiteral("daysOff")).toInt() == 33);

    ManualClock clock(testNow());
    const Stored before = stored(t.db());
    auto again = CalendarService::seedBuiltInYears(t.db(), clock);
    REQUIRE(again.isOk());
    CHECK(again->isEmpty());
    CHECK(stored(t.db()) == before);

    SECTION("a database that lacks a built-in year gets it the next time it is opened")
    {
        REQUIRE(t.db()
                    .write([](Transaction& tx) -> Status {
                        CIVICDESK_TRY(
                            tx.exec(QStringLiteral("DELETE FROM calendar_days WHERE year = 2025"))
                                .status());
                        return tx
                            .exec(QStringLiteral("DELETE FROM calendar_years WHERE year = 2025"))
                            .status();
                    })
                    .isOk());
        auto reopened = prepareDatabase(t.spec(), clock);
        REQUIRE(reopened.isOk());
        auto c = CalendarService::current(*reopened->db);
        REQUIRE(c.isOk());
        CHECK(c.value()->coveredYears() == QVector<int>{2025, 2026});
        CHECK(c.value()->kind(d("2025-01-28")) == DayKind::Holiday);
        CHECK(calendarAudit(t.db()).size() == 3);
    }
}

TEST_CASE("a year is imported from a holiday-cn file, once, and replaced only when asked", "[db]")
{
    TestDatabase t;
    ManualClock clock(testNow());
    const Session admin = staff(Role::Admin, "wang.admin", "王管理");
    const Context ctx{t.db(), clock, admin};

    const CalendarYearData year2027 = read("2027-sample.json");
    auto imported = CalendarService::importYear(ctx, year2027, ExistingYear::Refuse);
    INFO(imported.message().toStdString());
    REQUIRE(imported.isOk());
    CHECK(imported->year == 2027);
    CHECK_FALSE(imported->replaced);
    CHECK(imported->daysOff == 28);
    CHECK(imported->makeUpDays == 6);

    // The deadline that was an estimate is now exact: 元旦 2027 is off.
    auto c = CalendarService::current(t.db());
    REQUIRE(c.isOk());
    const CalendarDate deadline = c.value()->addWorkingDays(d("2026-12-28"), 5);
    CHECK(deadline.date == d("2027-01-05"));
    CHECK_FALSE(deadline.isEstimate());
    CHECK(c.value()->coverageWarning(d("2026-11-20")).isEmpty());

    auto audit = calendarAudit(t.db());
    REQUIRE(audit.size() == 3);
    CHECK(audit.last().action == QStringLiteral("calendar.year_imported"));
    CHECK(audit.last().staffLogin == QStringLiteral("wang.admin"));
    CHECK(audit.last().subject.id == QStringLiteral("2027"));

    SECTION("the same file again changes nothing")
    {
        const Stored before = stored(t.db());
        auto again = CalendarService::importYear(ctx, year2027, ExistingYear::Refuse);
        REQUIRE(again.isOk());
        CHECK(again->unchanged);
        CHECK(stored(t.db()) == before);
    }
    SECTION("a different file for the year is refused unless the replacement is confirmed")
    {
        const CalendarYearData revised = read("2027-revised.json");
        const Stored before = stored(t.db());
        auto refused = CalendarService::importYear(ctx, revised, ExistingYear::Refuse);
        REQUIRE_FALSE(refused.isOk());
        CHECK(refused.kind() == ErrorKind::Conflict);
        CHECK(refused.message().contains(QStringLiteral("already in the calendar")));
        CHECK(stored(t.db()) == before);

        auto replaced = CalendarService::importYear(ctx, revised, ExistingYear::Replace);
        REQUIRE(replaced.isOk());
        CHECK(replaced->replaced);
        auto now = CalendarService::current(t.db());
        REQUIRE(now.isOk());
        CHECK(now.value()->kind(d("2027-10-08")) == DayKind::Holiday);
        CHECK(now.value()->kind(d("2027-10-09")) == DayKind::Weekend);
        const AuditEntry last = calendarAudit(t.db()).last();
        CHECK(last.action == QStringLiteral("calendar.year_replaced"));
        CHECK(last.details.value(QStringLiteral("added")).toArray() ==
              QJsonArray{QStringLiteral("2027-10-08")});
        CHECK(last.details.value(QStringLiteral("removed")).toArray() ==
              QJsonArray{QStringLiteral("2027-10-09")});
    }
}

TEST_CASE("a corrupt or inconsistent calendar file is refused with a sentence and nothing is "
          "written",
          "[db]")
{
    TestDatabase t;
    ManualClock clock(testNow());
    const Session admin = staff(Role::Admin, "wang.admin", "王管理");
    const Context ctx{t.db(), clock, admin};
    const Stored before = stored(t.db());

    struct Case {
        const char* file;
        const char* says;
    };
    const Case cases[] = {
        {"broken-json.json", "not valid JSON"},
        {"wrong-year.json", "2026-12-31 is not in 2027"},
        {"duplicate-date.json", "2027-10-01 is listed twice"},
        {"weekday-makeup.json", "2027-10-08 is a Friday"},
        {"missing-field.json", "\"isOffDay\""},
        {"no-such-file.json", "could not be read"},
    };
    for (const Case& k : cases) {
        INFO(k.file);
        auto data = HolidayFile::read(fixture(k.file));
        REQUIRE_FALSE(data.isOk());
        INFO(data.message().toStdString());
        CHECK(data.message().contains(QString::fromUtf8(k.says)));
        if (data.kind() == ErrorKind::Invalid)
            CHECK(data.message().contains(QStringLiteral("was left as it was")));
    }

    // The same rules hold for a year built in code and handed straight to the service.
    CalendarYearData bad;
    bad.year = 2027;
    bad.source = QStringLiteral("code");
    bad.days = {{d("2027-10-01"), true, QStringLiteral("国庆节")},
                {d("2027-10-08"), false, QStringLiteral("国庆节")},
                {d("2027-10-02"), true, QString()}};
    auto refused = CalendarService::importYear(ctx, bad, ExistingYear::Replace);
    REQUIRE_FALSE(refused.isOk());
    CHECK(refused.kind() == ErrorKind::Invalid);
    CHECK(refused.message().contains(QStringLiteral("2027-10-08 is a Friday")));
    CHECK(refused.message().contains(QStringLiteral("2027-10-02 has no name")));

    CalendarYearData empty;
    empty.year = 2027;
    CHECK(CalendarService::importYear(ctx, empty, ExistingYear::Replace)
              .message()
              .contains(QStringLiteral("lists no days")));

    CHECK(stored(t.db()) == before);
    auto c = CalendarService::current(t.db());
    REQUIRE(c.isOk());
    CHECK_FALSE(c.value()->covers(2027));
}

TEST_CASE("changing a day needs the calendar permission, is audited, and moves deadlines", "[db]")
{
    TestDatabase t;
    ManualClock clock(testNow());
    const Session clerk = staff(Role::Clerk, "li.clerk", "李窗口");
    const Session admin = staff(Role::Admin, "wang.admin", "王管理");
    const Context asClerk{t.db(), clock, clerk};
    const Context asAdmin{t.db(), clock, admin};
    auto deadline = [&] {
        auto c = CalendarService::current(t.db());
        REQUIRE(c.isOk());
        return c.value()->addWorkingDays(d("2026-09-30"), 2).date;
    };
    REQUIRE(deadline() == d("2026-10-09"));

    SECTION("a clerk is refused, and the refusal is recorded")
    {
        const Stored before = stored(t.db());
        Status s =
            CalendarService::setDay(asClerk, d("2026-10-09"), true, QStringLiteral("国庆节"));
        REQUIRE_FALSE(s.isOk());
        CHECK(s.kind() == ErrorKind::Denied);
        CHECK(s.message().contains(QStringLiteral("李窗口")));
        CHECK(s.message().contains(QStringLiteral("recorded")));
        CHECK(deadline() == d("2026-10-09"));
        const auto denied = calendarAudit(t.db(), QStringLiteral("permission.denied"));
        REQUIRE(denied.size() == 1);
        CHECK(denied.first().staffLogin == QStringLiteral("li.clerk"));
        CHECK(denied.first().subject.id == QStringLiteral("2026-10-09"));
        CHECK(stored(t.db()).days == before.days);
        CHECK(stored(t.db()).revision == before.revision);

        CHECK(CalendarService::resetDay(asClerk, d("2026-10-01")).kind() == ErrorKind::Denied);
        auto import =
            CalendarService::importYear(asClerk, read("2027-sample.json"), ExistingYear::Refuse);
        CHECK(import.kind() == ErrorKind::Denied);
        CHECK(stored(t.db()).days == before.days);
    }

    SECTION("an administrator's change is audited with what the day was before")
    {
        REQUIRE(CalendarService::setDay(asAdmin, d("2026-10-09"), true, QStringLiteral(" 国庆节 "))
                    .isOk());
        CHECK(deadline() == d("2026-10-10")); // the make-up Saturday is now the second day
        AuditEntry last = calendarAudit(t.db()).last();
        CHECK(last.action == QStringLiteral("calendar.day_changed"));
        CHECK(last.staffLogin == QStringLiteral("wang.admin"));
        CHECK(last.subject.id == QStringLiteral("2026-10-09"));
        CHECK(
            last.details.value(QStringLiteral("before")).toObject().value(QStringLiteral("kind")) ==
            QStringLiteral("normal"));
        CHECK(
            last.details.value(QStringLiteral("after")).toObject().value(QStringLiteral("name")) ==
            QStringLiteral("国庆节"));

        // The same change again writes nothing.
        const Stored before = stored(t.db());
        REQUIRE(CalendarService::setDay(asAdmin, d("2026-10-09"), true, QStringLiteral("国庆节"))
                    .isOk());
        CHECK(stored(t.db()) == before);

        // Back to the rule of the week.
        REQUIRE(CalendarService::resetDay(asAdmin, d("2026-10-09")).isOk());
        CHECK(deadline() == d("2026-10-09"));
        last = calendarAudit(t.db()).last();
        CHECK(
            last.details.value(QStringLiteral("after")).toObject().value(QStringLiteral("kind")) ==
            QStringLiteral("normal"));

        // An ordinary Saturday becomes a make-up working day.
        REQUIRE(CalendarService::setDay(asAdmin, d("2026-10-17"), false, QStringLiteral("调休"))
                    .isOk());
        auto c = CalendarService::current(t.db());
        CHECK(c.value()->kind(d("2026-10-17")) == DayKind::MakeUpWorkingDay);
        auto years = CalendarService::years(t.db());
        CHECK(years->at(1).updatedBy == QStringLiteral("wang.admin"));
    }

    SECTION("a change that breaks a rule is refused with a sentence and nothing is written")
    {
        const Stored before = stored(t.db());
        Status weekday =
            CalendarService::setDay(asAdmin, d("2026-10-09"), false, QStringLiteral("国庆节"));
        CHECK(weekday.kind() == ErrorKind::Invalid);
        CHECK(weekday.message().contains(QStringLiteral("weekday")));
        Status unnamed =
            CalendarService::setDay(asAdmin, d("2026-10-09"), true, QStringLiteral("  "));
        CHECK(unnamed.kind() == ErrorKind::Invalid);
        CHECK(unnamed.message().contains(QStringLiteral("name")));
        Status uncovered =
            CalendarService::setDay(asAdmin, d("2027-10-08"), true, QStringLiteral("国庆节"));
        CHECK(uncovered.kind() == ErrorKind::NotFound);
        CHECK(uncovered.message().contains(QStringLiteral("Import the holidays of 2027")));
        CHECK(stored(t.db()) == before);
    }

    SECTION("a year can be added by hand and filled day by day")
    {
        REQUIRE(CalendarService::startYear(asAdmin, 2027).isOk());
        CHECK(CalendarService::startYear(asAdmin, 2027).kind() == ErrorKind::Conflict);
        REQUIRE(
            CalendarService::setDay(asAdmin, d("2027-01-01"), true, QStringLiteral("元旦")).isOk());
        auto c = CalendarService::current(t.db());
        REQUIRE(c.isOk());
        const CalendarDate next = c.value()->addWorkingDays(d("2026-12-31"), 1);
        CHECK(next.date == d("2027-01-04"));
        CHECK_FALSE(next.isEstimate());
        CHECK(calendarAudit(t.db(), QStringLiteral("calendar.year_started")).size() == 1);
    }
}
