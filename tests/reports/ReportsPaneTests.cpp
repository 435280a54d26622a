// The reports pane: made on a worker thread with progress, shown as tables and charts, opened
// into the lists behind the figures, cancelled, and exported.

#include "GuiTestTools.h"
#include "ReportFixture.h"

#include "Config.h"
#include "Services.h"
#include "demo/DemoData.h"
#include "main/Translations.h"
#include "reports/DrillDownDialog.h"
#include "reports/ReportBuilder.h"
#include "reports/ReportsPane.h"

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace civicdesk;
using namespace civicdesk::test;

namespace {

void seed(ReportFixture& f)
{
    const QString s1 = f.clerk1.staffId(), s2 = f.clerk2.staffId();
    f.roster(QStringLiteral("2026-11-20"), QStringLiteral("morning"), f.win1, s1);
    f.roster(QStringLiteral("2026-11-20"), QStringLiteral("morning"), f.win2, s2);
    f.roster(QStringLiteral("2026-11-20"), QStringLiteral("afternoon"), f.win1, s2);
    int n = 0;
    for (int hour = 8; hour <= 16; ++hour) {
        for (int k = 0; k < (hour == 9 || hour == 14 ? 6 : 3); ++k) {
            const bool a = (++n % 3) != 0;
            const QString issued = QStringLiteral("%1:%2:00")
                                       .arg(hour, 2, 10, QLatin1Char('0'))
                                       .arg(k * 9, 2, 10, QLatin1Char('0'));
            const QString called = QStringLiteral("%1:%2:00")
                                       .arg(hour, 2, 10, QLatin1Char('0'))
                                       .arg(k * 9 + 4, 2, 10, QLatin1Char('0'));
            const QString done = QStringLiteral("%1:%2:00")
                                     .arg(hour, 2, 10, QLatin1Char('0'))
                                     .arg(k * 9 + 8, 2, 10, QLatin1Char('0'));
            const bool first = hour < 12;
            f.ticket({(a ? QStringLiteral("A") : QStringLiteral("B")) + QString::number(100 + n),
                      a ? f.catA : f.catB,
                      n % 11 == 0 ? QStringLiteral("no_show") : QStringLiteral("done"), issued,
                      called, called, done, a && first ? f.win1 : f.win2, a && first ? s1 : s2});
        }
    }
    CaseSpec c{QStringLiteral("ZX012026111300001"), f.matterGA,
               QStringLiteral("in_review"),         QStringLiteral("2026-11-13 09:00:00.000"),
               QStringLiteral("2026-11-13"),        QStringLiteral("2026-11-20"),
               QStringLiteral("2026-12-11")};
    f.caseRow(c);
    CaseSpec red{QStringLiteral("ZX012026110300001"), f.matterSJ,
                 QStringLiteral("in_review"),         QStringLiteral("2026-11-03 09:00:00.000"),
                 QStringLiteral("2026-11-03"),        QStringLiteral("2026-11-06"),
                 QStringLiteral("2026-12-01"),        3};
    f.caseRow(red);
    CaseSpec today{QStringLiteral("ZX012026112000001"), f.matterSJ,
                   QStringLiteral("accepted"),          QStringLiteral("2026-11-20 10:00:00.000"),
                   QStringLiteral("2026-11-20"),        QStringLiteral("2026-11-25"),
                   QStringLiteral("2026-12-18"),        3};
    today.window = f.win2;
    f.caseRow(today);
}

} // namespace

TEST_CASE("The reports pane makes the daily report off the UI thread and opens its figures",
          "[gui]")
{
    ReportFixture f;
    seed(f);
    Services services(f.testDb().openAnother(), std::make_shared<ManualClock>(f.clock().now()),
                      f.supervisor);
    QTemporaryDir dir;
    Config config(dir.filePath(QStringLiteral("civicdesk.ini")));
    ReportsPane pane(services, config);
    pane.resize(1280, 900);
    pane.show();
    auto* xlsx = child<QPushButton>(pane, "reportXlsx");
    CHECK_FALSE(xlsx->isEnabled()); // nothing to save yet

    pane.setRequest(ReportRequest::daily(QDate(2026, 11, 20)));
    QSignalSpy ready(&pane, &ReportsPane::reportReady);
    QTest::mouseClick(child<QPushButton>(pane, "makeReport"), Qt::LeftButton);
    CHECK(pane.isRunning());
    CHECK_FALSE(child<QPushButton>(pane, "makeReport")->isEnabled());
    CHECK(child<QPushButton>(pane, "cancelReport")->isEnabled());
    REQUIRE(QTest::qWaitFor([&] { return ready.count() == 1; }, 20000));
    REQUIRE(pane.report());
    CHECK(pane.report()->figure(ReportKeys::TicketsIssued) == 33.0);
    CHECK(xlsx->isEnabled());
    auto* tabs = child<QTabWidget>(pane, "reportTabs");
    CHECK(tabs->count() == 3);
    auto* summary = child<QTableView>(pane, "queue_summaryTable");
    CHECK(summary->model()->index(0, 1).data().toString() == QStringLiteral("33"));
    CHECK(pane.findChild<QWidget*>(QStringLiteral("arrivals_by_hourChart")) != nullptr);
    saveShot(pane, QStringLiteral("reports-pane-queue.png"));
    tabs->setCurrentIndex(1);
    QCoreApplication::processEvents();
    saveShot(pane, QStringLiteral("reports-pane-cases.png"));

    // Double-click "Served": the list of the tickets served.
    tabs->setCurrentIndex(0);
    QCoreApplication::processEvents();
    const QModelIndex served = summary->model()->index(1, 1);
    const int count = served.data().toInt();
    summary->scrollTo(served);
    // A real double-click: a click, then the second press that the system reports as double.
    const QPoint at = summary->visualRect(served).center();
    QTest::mouseClick(summary->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseDClick(summary->viewport(), Qt::LeftButton, {}, at);
    REQUIRE(QTest::qWaitFor([&] { return pane.findChild<DrillDownDialog*>() != nullptr; }, 5000));
    auto* dialog = pane.findChild<DrillDownDialog*>();
    CHECK(dialog->rowCount() == count);
    CHECK(count == 30);
    dialog->resize(1000, 500);
    saveShot(*dialog, QStringLiteral("reports-drill-down.png"));
    dialog->close();

    // Exports from the pane.
    for (const QString& name :
         {QStringLiteral("pane.pdf"), QStringLiteral("pane.csv"), QStringLiteral("pane.xlsx")}) {
        Status s = pane.exportTo(dir.filePath(name));
        INFO(s.message().toStdString());
        CHECK(s.isOk());
        CHECK(QFileInfo(dir.filePath(name)).size() > 100);
    }
}

TEST_CASE("A report in the pane can be cancelled and the pane stays usable", "[gui]")
{
    ReportFixture f;
    seed(f);
    Services services(f.testDb().openAnother(), std::make_shared<ManualClock>(f.clock().now()),
                      f.supervisor);
    QTemporaryDir dir;
    Config config(dir.filePath(QStringLiteral("civicdesk.ini")));
    ReportsPane pane(services, config);
    pane.show();
    QSignalSpy cancelled(&pane, &ReportsPane::reportCancelled);
    QSignalSpy ready(&pane, &ReportsPane::reportReady);
    pane.setRequest(ReportRequest::monthly(2026, 11));
    REQUIRE(pane.makeReport());
    CHECK_FALSE(pane.makeReport()); // one at a time
    pane.cancelReport();
    REQUIRE(QTest::qWaitFor([&] { return cancelled.count() == 1; }, 20000));
    CHECK(ready.count() == 0);
    CHECK(pane.report() == nullptr);
    CHECK(child<QPushButton>(pane, "makeReport")->isEnabled());
    CHECK(child<QLabel>(pane, "reportStatus")->text().contains(QStringLiteral("cancelled")));
    // The same pane makes the next report.
    REQUIRE(pane.makeReport());
    REQUIRE(QTest::qWaitFor([&] { return ready.count() == 1; }, 20000));
    CHECK(pane.report()->table(QStringLiteral("by_day")) != nullptr);
}

TEST_CASE("A window filter in the pane narrows the report", "[gui]")
{
    ReportFixture f;
    seed(f);
    Services services(f.testDb().openAnother(), std::make_shared<ManualClock>(f.clock().now()),
                      f.supervisor);
    QTemporaryDir dir;
    Config config(dir.filePath(QStringLiteral("civicdesk.ini")));
    ReportsPane pane(services, config);
    pane.show();
    auto* window = child<QComboBox>(pane, "filterWindow");
    window->setCurrentIndex(window->findData(f.win2));
    child<QComboBox>(pane, "reportKind")->setCurrentIndex(0);
    pane.setRequest([&] {
        ReportRequest r = ReportRequest::daily(QDate(2026, 11, 20));
        r.filter.windowId = f.win2;
        return r;
    }());
    QSignalSpy ready(&pane, &ReportsPane::reportReady);
    REQUIRE(pane.makeReport());
    REQUIRE(QTest::qWaitFor([&] { return ready.count() == 1; }, 20000));
    CHECK(pane.report()->request.filter.windowId == f.win2);
    CHECK(pane.report()->figure(ReportKeys::CasesReceived) == 1.0);
    CHECK(child<QLabel>(pane, "reportHeading")->text().contains(QStringLiteral("综合窗口 2")));
}

TEST_CASE("The reports pane shows the demo center's day in Chinese", "[gui]")
{
    // The picture in docs/screenshots: the demo data of a Friday, as a supervisor sees it.
    TestDatabase t;
    ManualClock clock(QDateTime(QDate(2026, 11, 20), QTime(18, 30)));
    REQUIRE(DemoData::fill(t.db(), clock).isOk());
    auto q = t.db().exec(
        QStringLiteral("SELECT s.id, s.login, s.display_name FROM staff s JOIN staff_roles r "
                       "ON r.staff_id = s.id WHERE r.role = 'supervisor' ORDER BY s.login"));
    REQUIRE(q);
    REQUIRE(q.value().next());
    StaffIdentity who{q.value().value(0).toString(),
                      q.value().value(1).toString(),
                      q.value().value(2).toString(),
                      {},
                      {},
                      {Role::Supervisor}};
    q.value().finish();
    REQUIRE(installTranslations(QStringLiteral("zh_CN")) == QStringLiteral("zh_CN"));
    {
        Services services(t.openAnother(), std::make_shared<ManualClock>(clock.now()),
                          Session::forStaff(who));
        QTemporaryDir dir;
        Config config(dir.filePath(QStringLiteral("civicdesk.ini")));
        ReportsPane pane(services, config);
        pane.resize(1280, 900);
        pane.show();
        pane.setRequest(ReportRequest::daily(QDate(2026, 11, 20)));
        QSignalSpy ready(&pane, &ReportsPane::reportReady);
        QTest::mouseClick(child<QPushButton>(pane, "makeReport"), Qt::LeftButton);
        REQUIRE(QTest::qWaitFor([&] { return ready.count() == 1; }, 20000));
        QTest::qWait(50);
        REQUIRE(pane.report());
        const double issued = pane.report()->figure(ReportKeys::TicketsIssued).value_or(0);
        CHECK(issued > 50); // a center's Friday, not an empty page
        auto* tabs = child<QTabWidget>(pane, "reportTabs");
        CHECK(tabs->tabText(0).contains(QStringLiteral("排队")));
        auto* summary = child<QTableView>(pane, "queue_summaryTable");
        CHECK(summary->model()->index(0, 1).data().toString() == QString::number(qint64(issued)));
        saveShot(pane, QStringLiteral("reports-pane-zh.png"));
        tabs->setCurrentIndex(1);
        QCoreApplication::processEvents();
        saveShot(pane, QStringLiteral("reports-pane-cases-zh.png"));
    }
    installTranslations(QStringLiteral("en"));
}
