// The figures of the reports, checked exactly on days written out in the tests: the queue, the
// cases and the ratings of one day, percentiles on ties, a month over the National Day
// holiday, filters, drill-down lists, the permission and cancelling.

#include "ReportFixture.h"

#include "reports/ReportBuilder.h"
#include "reports/ReportLoader.h"
#include "reports/ReportMath.h"

#include <QSet>

using namespace civicdesk;
using namespace civicdesk::test;
namespace K = civicdesk::ReportKeys;

namespace {

// The day of 2026-11-20 (a Friday), as the supervisor sees it at 18:30.
struct Day {
    QString t1, t2, t3, t4, t5, t5b, t6, t7, t8, t9;
    QString c1, c2, c3, c4, c5, c6, c7, c8, c9, c10, c11, c12;
};

Day buildDay(ReportFixture& f)
{
    Day d;
    const QString w1 = f.win1, w2 = f.win2;
    const QString s1 = f.clerk1.staffId(), s2 = f.clerk2.staffId();
    const QString done = QStringLiteral("done");
    // Roster: clerk 1 at window 1 all day (3.5 h + 4 h), clerk 2 at window 2 in the morning.
    f.roster(QStringLiteral("2026-11-20"), QStringLiteral("morning"), w1, s1);
    f.roster(QStringLiteral("2026-11-20"), QStringLiteral("afternoon"), w1, s1);
    f.roster(QStringLiteral("2026-11-20"), QStringLiteral("morning"), w2, s2);

    d.t1 = f.ticket({QStringLiteral("A001"), f.catA, done, QStringLiteral("09:00:00"),
                     QStringLiteral("09:05:00"), QStringLiteral("09:06:00"),
                     QStringLiteral("09:16:00"), w1, s1});
    d.t2 = f.ticket({QStringLiteral("A002"), f.catA, done, QStringLiteral("09:10:00"),
                     QStringLiteral("09:20:00"), QStringLiteral("09:20:00"),
                     QStringLiteral("09:30:00"), w1, s1});
    d.t3 = f.ticket({QStringLiteral("B001"), f.catB, done, QStringLiteral("09:15:00"),
                     QStringLiteral("09:20:00"), QStringLiteral("09:21:00"),
                     QStringLiteral("09:41:00"), w2, s2});
    d.t4 = f.ticket({QStringLiteral("B002"),
                     f.catB,
                     QStringLiteral("no_show"),
                     QStringLiteral("10:00:00"),
                     QStringLiteral("10:05:00"),
                     {},
                     QStringLiteral("10:08:00"),
                     w2,
                     s2});
    // A003 was served 4 minutes at window 1, then transferred to category B at window 2.
    d.t5 = f.ticket({QStringLiteral("A003"), f.catA, QStringLiteral("transferred"),
                     QStringLiteral("10:30:00"), QStringLiteral("10:40:00"),
                     QStringLiteral("10:41:00"), QStringLiteral("10:45:00"), w1, s1});
    d.t5b = f.ticket({QStringLiteral("A003"), f.catB, done, QStringLiteral("10:45:00"),
                      QStringLiteral("10:50:00"), QStringLiteral("10:50:00"),
                      QStringLiteral("11:10:00"), w2, s2, d.t5, QStringLiteral("10:30:00")});
    d.t6 = f.ticket({QStringLiteral("A004"),
                     f.catA,
                     QStringLiteral("abandoned"),
                     QStringLiteral("16:00:00"),
                     {},
                     {},
                     QStringLiteral("18:00:00")});
    d.t7 = f.ticket({QStringLiteral("B003"), f.catB, done, QStringLiteral("14:00:00"),
                     QStringLiteral("14:30:00"), QStringLiteral("14:30:00"),
                     QStringLiteral("14:35:00"), w1, s1});
    d.t8 = f.ticket({QStringLiteral("A005"),
                     f.catA,
                     QStringLiteral("serving"),
                     QStringLiteral("17:20:00"),
                     QStringLiteral("17:25:00"),
                     QStringLiteral("17:25:00"),
                     {},
                     w1,
                     s1});
    // The day before: in no figure of the day.
    d.t9 = f.ticket({QStringLiteral("A001"), f.catA, done, QStringLiteral("09:00:00"),
                     QStringLiteral("09:01:00"), QStringLiteral("09:01:00"),
                     QStringLiteral("09:11:00"), w1, s1},
                    QStringLiteral("2026-11-19"));

    const QString r1 = f.rating(d.t1, 5, QStringLiteral("2026-11-20 09:17:00.000"), w1, s1);
    f.rating(d.t2, 4, QStringLiteral("2026-11-20 09:31:00.000"), w1, s1);
    f.rating(d.t3, 3, QStringLiteral("2026-11-20 09:42:00.000"), w2, s2);
    const QString r4 = f.rating(d.t7, 2, QStringLiteral("2026-11-20 14:36:00.000"), w1, s1);
    f.rectification(r4, d.t7, QStringLiteral("2026-12-11"));
    const QString r5 = f.rating(d.t5b, 1, QStringLiteral("2026-11-20 11:11:00.000"), w2, s2);
    f.rectification(r5, d.t5b, QStringLiteral("2026-12-11"),
                    QStringLiteral("2026-11-20 17:00:00.000"));
    f.rating(d.t9, 1, QStringLiteral("2026-11-19 09:12:00.000"), w1, s1);
    (void)r1;

    const QString GA = f.matterGA, SJ = f.matterSJ;
    CaseSpec c;
    c = {QStringLiteral("ZX012026112000001"), GA,
         QStringLiteral("accepted"),          QStringLiteral("2026-11-20 09:30:00.000"),
         QStringLiteral("2026-11-20"),        QStringLiteral("2026-11-27"),
         QStringLiteral("2026-12-18")};
    c.window = w1, c.staff = s1;
    d.c1 = f.caseRow(c);
    c = {QStringLiteral("ZX012026112000002"), GA, QStringLiteral("awaiting_correction"),
         QStringLiteral("2026-11-20 10:00:00.000")};
    c.correctionDue = QStringLiteral("2026-11-25"), c.window = w1, c.staff = s1;
    d.c2 = f.caseRow(c);
    c = {QStringLiteral("ZX012026112000003"), SJ,
         QStringLiteral("accepted"),          QStringLiteral("2026-11-20 11:00:00.000"),
         QStringLiteral("2026-11-20"),        QStringLiteral("2026-11-25"),
         QStringLiteral("2026-12-18"),        3};
    c.deficiencyDue = QStringLiteral("2026-11-27"), c.window = w2, c.staff = s2;
    d.c3 = f.caseRow(c);
    c = {QStringLiteral("ZX012026112000004"), SJ, QStringLiteral("refused"),
         QStringLiteral("2026-11-20 14:00:00.000")};
    c.updatedAt = QStringLiteral("2026-11-20 14:10:00.000"), c.window = w1, c.staff = s1;
    d.c4 = f.caseRow(c);
    c = {QStringLiteral("ZX012026111000001"), GA,
         QStringLiteral("withdrawn"),         QStringLiteral("2026-11-10 09:00:00.000"),
         QStringLiteral("2026-11-10"),        QStringLiteral("2026-11-17"),
         QStringLiteral("2026-12-08")};
    c.updatedAt = QStringLiteral("2026-11-20 15:00:00.000");
    d.c5 = f.caseRow(c);
    // Decided today: late against the promised limit, with two suspended days.
    c = {QStringLiteral("ZX012026110200001"), GA,
         QStringLiteral("approved"),          QStringLiteral("2026-11-02 09:00:00.000"),
         QStringLiteral("2026-11-02"),        QStringLiteral("2026-11-09"),
         QStringLiteral("2026-11-30")};
    c.decision = QStringLiteral("approved"), c.decidedOn = QStringLiteral("2026-11-20");
    d.c6 = f.caseRow(c);
    f.suspension(d.c6, QStringLiteral("2026-11-12"), QStringLiteral("2026-11-13"));
    c = {QStringLiteral("ZX012026111600001"),
         SJ,
         QStringLiteral("denied"),
         QStringLiteral("2026-11-16 09:00:00.000"),
         QStringLiteral("2026-11-16"),
         QStringLiteral("2026-11-19"),
         QStringLiteral("2026-12-14"),
         3};
    c.decision = QStringLiteral("denied"), c.decidedOn = QStringLiteral("2026-11-20");
    d.c7 = f.caseRow(c);
    c = {QStringLiteral("ZX012026111800001"),
         SJ,
         QStringLiteral("closed"),
         QStringLiteral("2026-11-18 09:00:00.000"),
         QStringLiteral("2026-11-18"),
         QStringLiteral("2026-11-23"),
         QStringLiteral("2026-12-16"),
         3};
    c.decision = QStringLiteral("approved"), c.decidedOn = QStringLiteral("2026-11-20");
    c.closedAt = QStringLiteral("2026-11-20 16:00:00.000");
    d.c8 = f.caseRow(c);
    // Under way: one overdue, one due today, one suspended.
    c = {QStringLiteral("ZX012026110300001"), GA,
         QStringLiteral("in_review"),         QStringLiteral("2026-11-03 09:00:00.000"),
         QStringLiteral("2026-11-03"),        QStringLiteral("2026-11-10"),
         QStringLiteral("2026-12-01")};
    d.c9 = f.caseRow(c);
    c = {QStringLiteral("ZX012026111300001"), GA,
         QStringLiteral("in_review"),         QStringLiteral("2026-11-13 09:00:00.000"),
         QStringLiteral("2026-11-13"),        QStringLiteral("2026-11-20"),
         QStringLiteral("2026-12-11")};
    d.c10 = f.caseRow(c);
    c = {QStringLiteral("ZX012026110200002"), SJ,
         QStringLiteral("suspended"),         QStringLiteral("2026-11-02 10:00:00.000"),
         QStringLiteral("2026-11-02"),        QStringLiteral("2026-11-05"),
         QStringLiteral("2026-11-30"),        3};
    d.c11 = f.caseRow(c);
    f.suspension(d.c11, QStringLiteral("2026-11-04"), {});
    c = {QStringLiteral("ZX012026111900001"), SJ, QStringLiteral("refused"),
         QStringLiteral("2026-11-19 09:00:00.000")};
    d.c12 = f.caseRow(c);
    return d;
}

double fig(const Report& r, const QString& key)
{
    const auto v = r.figure(key);
    INFO("figure " << key.toStdString());
    REQUIRE(v.has_value());
    return *v;
}

QSet<QString> drillIds(const Report& r, const QString& key)
{
    const DrillList list = ReportService::drillDown(r, key);
    return QSet<QString>(list.ids.begin(), list.ids.end());
}

QString g(const QString& key, const QString& group, const QString& id)
{
    return K::group(key, group, id);
}

} // namespace

TEST_CASE("Percentiles by nearest rank on tie-heavy data", "[unit]")
{
    using namespace reportmath;
    const QVector<double> ties = {5, 5, 5, 5, 10, 10, 10, 10, 10, 20};
    CHECK(*percentile(ties, 90) == 10); // rank ceil(9.0) = 9
    CHECK(*percentile(ties, 91) == 20); // rank ceil(9.1) = 10
    CHECK(*median(ties) == 10);         // rank 5: the fifth value
    CHECK(*median({1, 1, 2, 2}) == 1);  // an even count: the lower middle value
    CHECK(*percentile(ties, 40) == 5);
    CHECK(*percentile(ties, 41) == 10);
    CHECK(*percentile(ties, 100) == 20);
    CHECK(*percentile({7, 7, 7, 7}, 90) == 7);
    CHECK(*median({3}) == 3);
    CHECK(*percentile({1, 2, 3, 4, 5, 6, 7, 8, 9, 10}, 90) == 9);
    CHECK(*mean(ties) == Approx(9.0));
    CHECK_FALSE(median({}).has_value());
    CHECK_FALSE(share(3, 0).has_value());
    CHECK(wallSeconds(QStringLiteral("2026-11-20 09:05:30.250")) -
              wallSeconds(QStringLiteral("2026-11-20 08:59:30")) ==
          360);
    CHECK(hourOf(wallSeconds(QStringLiteral("2026-11-20 17:59:59.000"))) == 17);
    CHECK(wallSeconds(QStringLiteral("garbage")) == -1);
}

TEST_CASE("The daily report counts every queue figure of the day exactly", "[db]")
{
    ReportFixture f;
    const Day d = buildDay(f);
    const Report r = f.run(ReportRequest::daily(QDate(2026, 11, 20)));

    CHECK(fig(r, K::TicketsIssued) == 8);
    CHECK(fig(r, K::TicketsServed) == 5);
    CHECK(fig(r, K::TicketsNoShow) == 1);
    CHECK(fig(r, K::TicketsAbandoned) == 1);
    CHECK(fig(r, K::TicketsTransferred) == 1);
    CHECK(fig(r, K::TicketsOpen) == 1);
    // Waits: 300 300 300 300 600 600 1800 seconds.
    CHECK(fig(r, K::WaitMean) == Approx(600));
    CHECK(fig(r, K::WaitMedian) == 300);
    CHECK(fig(r, K::WaitP90) == 1800);
    // Services: 300 600 600 1200 1200 seconds.
    CHECK(fig(r, K::ServiceMean) == Approx(780));
    CHECK(fig(r, K::ServiceMedian) == 600);

    CHECK(r.count(g(K::TicketsArrivals, QStringLiteral("hour"), QStringLiteral("9"))) == 3);
    CHECK(r.count(g(K::TicketsArrivals, QStringLiteral("hour"), QStringLiteral("10"))) == 2);
    CHECK(r.count(g(K::TicketsArrivals, QStringLiteral("hour"), QStringLiteral("14"))) == 1);
    CHECK(r.count(g(K::TicketsArrivals, QStringLiteral("hour"), QStringLiteral("16"))) == 1);
    CHECK(r.count(g(K::TicketsArrivals, QStringLiteral("hour"), QStringLiteral("17"))) == 1);
    CHECK(r.count(g(K::TicketsServed, QStringLiteral("hour"), QStringLiteral("9"))) == 3);
    CHECK(r.count(g(K::TicketsServed, QStringLiteral("hour"), QStringLiteral("11"))) == 1);
    CHECK(r.count(g(K::TicketsServed, QStringLiteral("hour"), QStringLiteral("14"))) == 1);
    const ReportTable* hours = r.table(QStringLiteral("queue_by_hour"));
    REQUIRE(hours);
    CHECK(hours->rows.size() == 10); // 08:00 to 17:00
    CHECK(r.value(QStringLiteral("queue_by_hour"), QStringLiteral("09:00"), 1).toInt() == 3);

    const QString cat = QStringLiteral("category");
    CHECK(r.count(g(K::TicketsIssued, cat, f.catA)) == 5);
    CHECK(r.count(g(K::TicketsIssued, cat, f.catB)) == 3);
    CHECK(r.count(g(K::TicketsServed, cat, f.catA)) == 2);
    CHECK(r.count(g(K::TicketsServed, cat, f.catB)) == 3);
    CHECK(r.count(g(K::TicketsNoShow, cat, f.catB)) == 1);
    CHECK(
        r.value(QStringLiteral("queue_by_category"), QStringLiteral("A Household"), 4).toDouble() ==
        Approx(7.5));

    const QString win = QStringLiteral("window");
    CHECK(r.count(g(K::TicketsServed, win, f.win1)) == 3);
    CHECK(r.count(g(K::TicketsServed, win, f.win2)) == 2);
    CHECK(
        r.value(QStringLiteral("queue_by_window"), QStringLiteral("1 综合窗口 1"), 2).toDouble() ==
        Approx(500 / 60.0));
    // Window 1: busy 600 + 600 + 240 (before the transfer) + 300 s of 27,000 rostered.
    CHECK(
        r.value(QStringLiteral("queue_by_window"), QStringLiteral("1 综合窗口 1"), 3).toDouble() ==
        Approx(1740 / 60.0));
    CHECK(fig(r, g(K::IdleShare, win, f.win1)) == Approx(1 - 1740.0 / 27000));
    CHECK(fig(r, g(K::IdleShare, win, f.win2)) == Approx(1 - 2400.0 / 12600));
    CHECK(fig(r, g(K::IdleShare, QStringLiteral("staff"), f.clerk1.staffId())) ==
          Approx(1 - 1740.0 / 27000));
    CHECK(r.count(g(K::TicketsServed, QStringLiteral("staff"), f.clerk2.staffId())) == 2);
    CHECK(r.value(QStringLiteral("queue_by_staff"), QStringLiteral("李强"), 2).toDouble() ==
          Approx(20.0));
}

TEST_CASE("The daily report counts every case figure of the day exactly", "[db]")
{
    ReportFixture f;
    const Day d = buildDay(f);
    const Report r = f.run(ReportRequest::daily(QDate(2026, 11, 20)));

    CHECK(fig(r, K::CasesReceived) == 4);
    CHECK(fig(r, K::CasesAccepted) == 2);
    CHECK(fig(r, K::CasesNotices) == 1);
    CHECK(fig(r, K::CasesDeficiency) == 1);
    CHECK(fig(r, K::CasesRefused) == 1);
    CHECK(fig(r, K::CasesWithdrawn) == 1);
    CHECK(fig(r, K::CasesApproved) == 2);
    CHECK(fig(r, K::CasesDenied) == 1);
    CHECK(fig(r, K::CasesCompleted) == 3);
    CHECK(fig(r, K::CasesHandedOver) == 1);
    CHECK(fig(r, K::CasesOnTimePromised) == 1);
    CHECK(fig(r, K::OnTimePromisedRate) == Approx(1.0 / 3));
    CHECK(fig(r, K::CasesOnTimeStatutory) == 3);
    CHECK(fig(r, K::OnTimeStatutoryRate) == Approx(1.0));
    // 14 working days less 2 suspended, 4 and 2.
    CHECK(fig(r, K::DecisionDaysMean) == Approx(6.0));
    CHECK(fig(r, K::CasesRed) == 1);
    CHECK(fig(r, K::CasesYellow) == 1);
    CHECK(fig(r, K::CasesGreen) == 2);
    CHECK(fig(r, K::CasesSuspended) == 1);

    CHECK(drillIds(r, K::CasesReceived) == QSet<QString>{d.c1, d.c2, d.c3, d.c4});
    CHECK(drillIds(r, K::CasesRed) == QSet<QString>{d.c9});
    CHECK(drillIds(r, K::CasesYellow) == QSet<QString>{d.c10});
    CHECK(drillIds(r, K::CasesLatePromised) == QSet<QString>{d.c6, d.c7});

    const QString dept = QStringLiteral("department");
    CHECK(r.count(g(K::CasesReceived, dept, f.deptGA)) == 2);
    CHECK(r.count(g(K::CasesReceived, dept, f.deptSJ)) == 2);
    CHECK(r.count(g(K::CasesRefused, dept, f.deptSJ)) == 1);
    CHECK(r.count(g(K::CasesDenied, dept, f.deptSJ)) == 1);
    CHECK(r.count(g(K::CasesRed, dept, f.deptGA)) == 1);
    CHECK(
        r.value(QStringLiteral("cases_by_department"), QStringLiteral("Public Security Bureau"), 6)
            .toDouble() == 0.0);
    CHECK(r.value(QStringLiteral("cases_by_department"), QStringLiteral("Market Regulation"), 6)
              .toDouble() == Approx(0.5));
    CHECK(
        r.value(QStringLiteral("cases_by_department"), QStringLiteral("Public Security Bureau"), 9)
            .toDouble() == Approx(12));
    CHECK(r.value(QStringLiteral("cases_by_department"), QStringLiteral("Market Regulation"), 9)
              .toDouble() == Approx(3));
    CHECK(r.count(g(K::CasesAccepted, QStringLiteral("matter"), f.matterSJ)) == 1);
    const ReportChart* lights = nullptr;
    for (const ReportChart& c : r.charts) {
        if (c.key == QLatin1String("cases_by_department_light"))
            lights = &c;
    }
    REQUIRE(lights);
    CHECK(lights->categories == QStringList{QStringLiteral("Public Security Bureau"),
                                            QStringLiteral("Market Regulation")});
    CHECK(lights->series.at(2).values == QVector<double>{1, 0}); // red
}

TEST_CASE("The daily report counts the ratings and their rectifications", "[db]")
{
    ReportFixture f;
    buildDay(f);
    const Report r = f.run(ReportRequest::daily(QDate(2026, 11, 20)));
    CHECK(fig(r, K::RatingsAll) == 5);
    for (int score = 1; score <= 5; ++score)
        CHECK(r.count(g(K::RatingsScore, QStringLiteral("score"), QString::number(score))) == 1);
    CHECK(fig(r, K::SatisfactionRate) == Approx(0.6));
    CHECK(fig(r, K::RatingsPoor) == 2);
    CHECK(fig(r, K::RectifiedInTime) == 1);
    CHECK(fig(r, K::RectificationOpen) == 1);
    CHECK(fig(r, K::RectifiedLate) == 0);
    CHECK(fig(r, K::RectificationOverdue) == 0);

    // A month later the open one is overdue, and one closed after its due date is late.
    f.clock().set(QDateTime(QDate(2026, 12, 20), QTime(9, 0)));
    const Report later = f.run(ReportRequest::daily(QDate(2026, 11, 20)));
    CHECK(fig(later, K::RectificationOverdue) == 1);
    CHECK(fig(later, K::RectificationOpen) == 0);
}

TEST_CASE("Every figure opens into exactly the rows it counts", "[db]")
{
    ReportFixture f;
    const Day d = buildDay(f);
    const Report r = f.run(ReportRequest::daily(QDate(2026, 11, 20)));
    CHECK(drillIds(r, K::TicketsServed) == QSet<QString>{d.t1, d.t2, d.t3, d.t5b, d.t7});
    CHECK(drillIds(r, K::TicketsOpen) == QSet<QString>{d.t8});
    CHECK(drillIds(r, K::TicketsWaited).size() == 7);
    // Every drillable cell of every table: its list has as many rows as the cell counts.
    int checked = 0;
    for (const ReportTable& t : r.tables) {
        for (const auto& row : t.rows) {
            for (const ReportCell& cell : row) {
                if (cell.drill.isEmpty())
                    continue;
                const DrillList list = ReportService::drillDown(r, cell.drill);
                CHECK(list.rows.size() == list.ids.size());
                CHECK(list.headers.size() == list.rows.value(0, list.headers).size());
                if (cell.kind == CellKind::Count) {
                    INFO(t.key.toStdString() << " " << cell.drill.toStdString());
                    CHECK(list.rows.size() == cell.value.toInt());
                    ++checked;
                }
            }
        }
    }
    CHECK(checked > 60);
    const DrillList served = ReportService::drillDown(r, K::TicketsServed);
    QStringList numbers;
    for (const QStringList& row : served.rows)
        numbers << row.first();
    CHECK(numbers == QStringList{QStringLiteral("A001"), QStringLiteral("A002"),
                                 QStringLiteral("B001"), QStringLiteral("A003"),
                                 QStringLiteral("B003")});
    const DrillList cases = ReportService::drillDown(r, K::CasesReceived);
    CHECK(cases.rows.first().at(3) == QStringLiteral("张*")); // applicants are masked
}

TEST_CASE("Filters narrow every figure by window, staff member and department", "[db]")
{
    ReportFixture f;
    const Day d = buildDay(f);
    ReportFilter window;
    window.windowId = f.win2;
    const Report w = f.run(ReportRequest::daily(QDate(2026, 11, 20), window));
    CHECK(fig(w, K::TicketsIssued) == 2); // B001 and B002 were first called there
    CHECK(drillIds(w, K::TicketsServed) == QSet<QString>{d.t3, d.t5b});
    CHECK(drillIds(w, K::CasesReceived) == QSet<QString>{d.c3});
    CHECK(fig(w, K::RatingsAll) == 2);
    CHECK(fig(w, g(K::IdleShare, QStringLiteral("window"), f.win2)) == Approx(1 - 2400.0 / 12600));
    CHECK(w.filterText.contains(QStringLiteral("综合窗口 2")));

    ReportFilter staff;
    staff.staffId = f.clerk1.staffId();
    const Report s = f.run(ReportRequest::daily(QDate(2026, 11, 20), staff));
    CHECK(drillIds(s, K::TicketsServed) == QSet<QString>{d.t1, d.t2, d.t7});

    ReportFilter dept;
    dept.departmentId = f.deptSJ;
    const Report m = f.run(ReportRequest::daily(QDate(2026, 11, 20), dept));
    CHECK(fig(m, K::TicketsIssued) == 3);
    CHECK(drillIds(m, K::TicketsServed) == QSet<QString>{d.t3, d.t5b, d.t7});
    CHECK(drillIds(m, K::CasesReceived) == QSet<QString>{d.c3, d.c4});
    CHECK(fig(m, K::CasesCompleted) == 2);
    CHECK_FALSE(m.figure(g(K::IdleShare, QStringLiteral("window"), f.win1)).has_value());

    ReportFilter matter;
    matter.matterId = f.matterGA;
    const Report a = f.run(ReportRequest::daily(QDate(2026, 11, 20), matter));
    CHECK(drillIds(a, K::CasesReceived) == QSet<QString>{d.c1, d.c2});
    CHECK(fig(a, K::TicketsIssued) == 5);
}

TEST_CASE("The monthly report over the National Day holiday counts working days", "[db]")
{
    ReportFixture f;
    f.clock().set(QDateTime(QDate(2026, 11, 2), QTime(9, 0)));
    const QString done = QStringLiteral("done");
    f.ticket({QStringLiteral("A001"), f.catA, done, QStringLiteral("09:00:00"),
              QStringLiteral("09:10:00"), QStringLiteral("09:10:00"), QStringLiteral("09:20:00"),
              f.win1, f.clerk1.staffId()},
             QStringLiteral("2026-09-30"));
    f.ticket({QStringLiteral("A001"), f.catA, done, QStringLiteral("09:00:00"),
              QStringLiteral("09:10:00"), QStringLiteral("09:10:00"), QStringLiteral("09:20:00"),
              f.win1, f.clerk1.staffId()},
             QStringLiteral("2026-10-09"));
    // The make-up working day, Saturday 10 October.
    for (const QString& n : {QStringLiteral("A001"), QStringLiteral("A002")})
        f.ticket({n, f.catA, done, QStringLiteral("09:00:00"), QStringLiteral("09:02:00"),
                  QStringLiteral("09:02:00"), QStringLiteral("09:12:00"), f.win1,
                  f.clerk1.staffId()},
                 QStringLiteral("2026-10-10"));
    CaseSpec c{QStringLiteral("ZX012026093000001"), f.matterGA,
               QStringLiteral("approved"),          QStringLiteral("2026-09-30 10:00:00.000"),
               QStringLiteral("2026-09-30"),        QStringLiteral("2026-10-13"),
               QStringLiteral("2026-11-04")};
    c.decision = QStringLiteral("approved"), c.decidedOn = QStringLiteral("2026-10-12");
    const QString across = f.caseRow(c);
    CaseSpec late{QStringLiteral("ZX012026100800001"),
                  f.matterGA,
                  QStringLiteral("denied"),
                  QStringLiteral("2026-10-08 10:00:00.000"),
                  QStringLiteral("2026-10-08"),
                  QStringLiteral("2026-10-15"),
                  QStringLiteral("2026-11-05")};
    late.decision = QStringLiteral("denied"), late.decidedOn = QStringLiteral("2026-10-16");
    f.caseRow(late);

    const Report r = f.run(ReportRequest::monthly(2026, 10));
    CHECK(r.request.from == QDate(2026, 10, 1));
    CHECK(r.request.to == QDate(2026, 10, 31));
    // 22 weekdays, 5 of them off for the holiday, and the make-up Saturday.
    CHECK(r.periodText.contains(QStringLiteral("18 working day")));
    CHECK(fig(r, K::TicketsIssued) == 3);
    CHECK(fig(r, K::CasesCompleted) == 2);
    CHECK(fig(r, K::CasesReceived) == 1);
    // 30 Sep → 12 Oct: 8, 9, 10 (make-up) and 12 October; 8 → 16 Oct: 9, 10, 12 … 16.
    CHECK(fig(r, K::DecisionDaysMean) == Approx((4 + 7) / 2.0));
    CHECK(drillIds(r, K::CasesOnTimePromised) == QSet<QString>{across});
    CHECK(fig(r, K::OnTimePromisedRate) == Approx(0.5));

    const ReportTable* days = r.table(QStringLiteral("by_day"));
    REQUIRE(days);
    REQUIRE(days->rows.size() == 31);
    CHECK(days->rows.at(2).at(1).value.toString().contains(QStringLiteral("国庆节")));
    CHECK(days->rows.at(9).at(2).value.toInt() == 2); // 10 October
    CHECK(r.count(g(K::TicketsIssued, QStringLiteral("day"), QStringLiteral("2026-10-10"))) == 2);
    CHECK(r.count(g(K::CasesCompleted, QStringLiteral("day"), QStringLiteral("2026-10-12"))) == 1);
}

TEST_CASE("Reports need the permission to view reports", "[db]")
{
    ReportFixture f;
    auto refused = ReportService::run(f.as(f.clerk1), ReportRequest::daily(QDate(2026, 11, 20)));
    REQUIRE_FALSE(refused.isOk());
    CHECK(refused.kind() == ErrorKind::Denied);
    CHECK(refused.message().contains(QStringLiteral("王芳")));
    auto q = f.db().scalar(
        QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'permission.denied'"));
    REQUIRE(q.isOk());
    CHECK(q.value().toInt() == 1);
}

TEST_CASE("A running report stops when cancelled", "[db]")
{
    ReportFixture f;
    buildDay(f);
    QStringList steps;
    ReportProgress* self = nullptr;
    ReportProgress progress([&](int percent, const QString& step) {
        steps << step;
        if (percent >= 45)
            self->cancel();
    });
    self = &progress;
    auto r = ReportService::run(f.as(f.supervisor), ReportRequest::daily(QDate(2026, 11, 20)),
                                &progress);
    REQUIRE_FALSE(r.isOk());
    CHECK(ReportService::isCancelled(r.error()));
    CHECK(steps.size() >= 2);
    // Not cancelled: the same report completes and says so.
    QVector<int> percents;
    ReportProgress watched([&](int percent, const QString&) { percents << percent; });
    auto ok =
        ReportService::run(f.as(f.supervisor), ReportRequest::daily(QDate(2026, 11, 20)), &watched);
    REQUIRE(ok.isOk());
    CHECK(percents.last() == 100);
    CHECK(std::is_sorted(percents.begin(), percents.end()));
}

TEST_CASE("A range of dates must run forwards", "[sqlite]")
{
    ReportFixture f;
    auto r = ReportService::run(f.as(f.supervisor),
                                ReportRequest::range(QDate(2026, 11, 20), QDate(2026, 11, 1)));
    REQUIRE_FALSE(r.isOk());
    CHECK(r.kind() == ErrorKind::Invalid);
    CHECK(ReportService::monthFromText(QStringLiteral("2026-13")) == std::nullopt);
    CHECK(ReportService::monthFromText(QStringLiteral("2026-02"))->to == QDate(2026, 2, 28));
}
