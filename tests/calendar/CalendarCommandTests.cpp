// civicdesk calendar …, run as the real program: what a script reads on stdout, the warning on
// stderr, and the exit codes of app/ExitCode.h.

#include "TestDatabase.h"

#include "calendar/CalendarService.h"
#include "security/AuditLog.h"

#include <catch2/catch.hpp>

using namespace civicdesk;
using namespace civicdesk::test;

namespace {

QString fixture(const char* name)
{
    return QStringLiteral(CIVICDESK_TEST_DATA "/calendar/") + QString::fromLatin1(name);
}

ProcessResult calendar(const TestDatabase& t, const QStringList& args)
{
    ProcessResult r = runCivicDesk(QStringList{QStringLiteral("calendar")} + args + t.cliArgs());
    UNSCOPED_INFO("stdout: " << r.out.toStdString() << "\nstderr: " << r.err.toStdString());
    return r;
}

} // namespace

TEST_CASE("civicdesk calendar add-days and between print working-day answers", "[db]")
{
    TestDatabase t;

    ProcessResult festival = calendar(
        t, {QStringLiteral("add-days"), QStringLiteral("2026-02-12"), QStringLiteral("5")});
    CHECK(festival.exitCode == 0);
    CHECK(festival.out == QStringLiteral("2026-02-26\n"));
    CHECK_FALSE(festival.err.contains(QStringLiteral("Warning")));

    ProcessResult suspended =
        calendar(t, {QStringLiteral("add-days"), QStringLiteral("2026-03-02"), QStringLiteral("10"),
                     QStringLiteral("--exclude"), QStringLiteral("2026-03-05..2026-03-11")});
    CHECK(suspended.exitCode == 0);
    CHECK(suspended.out == QStringLiteral("2026-03-23\n"));

    ProcessResult uncovered = calendar(
        t, {QStringLiteral("add-days"), QStringLiteral("2026-12-28"), QStringLiteral("5")});
    CHECK(uncovered.exitCode == 0);
    CHECK(uncovered.out == QStringLiteral("2027-01-04\n"));
    CHECK(uncovered.err.contains(QStringLiteral("Warning: The calendar does not cover 2027")));
    CHECK(uncovered.err.contains(QStringLiteral("weekends only")));

    ProcessResult between = calendar(
        t, {QStringLiteral("between"), QStringLiteral("2025-12-31"), QStringLiteral("2026-12-31")});
    CHECK(between.exitCode == 0);
    CHECK(between.out == QStringLiteral("248\n"));

    ProcessResult badDate = calendar(
        t, {QStringLiteral("add-days"), QStringLiteral("2026-02-30"), QStringLiteral("5")});
    CHECK(badDate.exitCode == 64);
    CHECK(badDate.err.contains(QStringLiteral("\"2026-02-30\" is not a date")));
    ProcessResult badRange =
        calendar(t, {QStringLiteral("add-days"), QStringLiteral("2026-03-02"), QStringLiteral("10"),
                     QStringLiteral("--exclude"), QStringLiteral("2026-03-11..2026-03-05")});
    CHECK(badRange.exitCode == 64);
    ProcessResult unknown = calendar(t, {QStringLiteral("subtract")});
    CHECK(unknown.exitCode == 64);
    CHECK(unknown.err.contains(QStringLiteral("add-days")));
}

TEST_CASE("civicdesk calendar show lists a year's holidays and make-up working days", "[db]")
{
    TestDatabase t;
    ProcessResult years = calendar(t, {QStringLiteral("show")});
    CHECK(years.exitCode == 0);
    CHECK(years.out.contains(QStringLiteral("2025: 28 days off, 5 make-up working days")));
    CHECK(years.out.contains(QStringLiteral("2026: 33 days off, 6 make-up working days")));

    ProcessResult y2026 = calendar(t, {QStringLiteral("show"), QStringLiteral("2026")});
    CHECK(y2026.exitCode == 0);
    CHECK(y2026.out.contains(QStringLiteral(
        "248 working days, 33 days off for public holidays, 6 make-up working days.")));
    CHECK(y2026.out.contains(QStringLiteral("2026-02-14  Sat  working  春节")));
    CHECK(y2026.out.contains(QStringLiteral("2026-10-01  Thu  off      国庆节")));
    CHECK(y2026.out.count(QStringLiteral("  working  ")) == 6);
    CHECK(y2026.out.count(QStringLiteral("  off      ")) == 33);

    ProcessResult zh = runCivicDesk(QStringList{QStringLiteral("--lang"), QStringLiteral("zh_CN"),
                                                QStringLiteral("calendar"), QStringLiteral("show"),
                                                QStringLiteral("2026")} +
                                    t.cliArgs());
    CHECK(zh.exitCode == 0);
    CHECK(zh.out.contains(QStringLiteral("248 个工作日")));
    CHECK(zh.out.contains(QStringLiteral("2026-02-14  周六  班")));

    ProcessResult missing = calendar(t, {QStringLiteral("show"), QStringLiteral("2030")});
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.contains(QStringLiteral("2030 is not in the calendar")));
}

TEST_CASE("civicdesk calendar import adds a year, refuses a corrupt file and replaces only with "
          "--replace",
          "[db]")
{
    TestDatabase t;
    auto calendarAudits = [&] {
        AuditFilter f;
        f.actionPrefix = QStringLiteral("calendar.");
        return AuditLog::query(t.db(), f).value().size();
    };
    const int auditBefore = int(calendarAudits());

    ProcessResult corrupt = calendar(t, {QStringLiteral("import"), fixture("duplicate-date.json")});
    CHECK(corrupt.exitCode == 1);
    CHECK(corrupt.err.contains(QStringLiteral("2027-10-01 is listed twice")));
    CHECK(corrupt.err.contains(QStringLiteral("was left as it was")));
    CHECK(int(calendarAudits()) == auditBefore);

    ProcessResult imported = calendar(t, {QStringLiteral("import"), fixture("2027-sample.json")});
    CHECK(imported.exitCode == 0);
    CHECK(imported.out.contains(QStringLiteral("Imported 2027 into the calendar: 28 days off, 6 "
                                               "make-up working days.")));
    const auto audit = [&] {
        AuditFilter f;
        f.actionPrefix = QStringLiteral("calendar.year_imported");
        f.subjectId = QStringLiteral("2027");
        return AuditLog::query(t.db(), f).value();
    }();
    REQUIRE(audit.size() == 1);
    CHECK(audit.first().staffLogin == QStringLiteral("system:cli"));

    ProcessResult exact = calendar(
        t, {QStringLiteral("add-days"), QStringLiteral("2026-12-28"), QStringLiteral("5")});
    CHECK(exact.out == QStringLiteral("2027-01-05\n"));
    CHECK_FALSE(exact.err.contains(QStringLiteral("Warning")));

    ProcessResult same = calendar(t, {QStringLiteral("import"), fixture("2027-sample.json")});
    CHECK(same.exitCode == 0);
    CHECK(same.out.contains(QStringLiteral("nothing was changed")));

    ProcessResult refused = calendar(t, {QStringLiteral("import"), fixture("2027-revised.json")});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("already in the calendar")));
    CHECK(refused.err.contains(QStringLiteral("--replace")));

    ProcessResult replaced = calendar(
        t, {QStringLiteral("import"), fixture("2027-revised.json"), QStringLiteral("--replace")});
    CHECK(replaced.exitCode == 0);
    CHECK(replaced.out.contains(QStringLiteral("Replaced 2027")));
    auto c = CalendarService::current(t.db());
    REQUIRE(c.isOk());
    CHECK(c.value()->kind(QDate(2027, 10, 8)) == DayKind::Holiday);
}
