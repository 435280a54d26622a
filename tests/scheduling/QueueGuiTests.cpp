// The clerk's queue pane, the display board, the dispenser and the roster editor: real
// widgets on the offscreen platform, driven like a person would, with screenshots.

#include "GuiTestTools.h"
#include "SchedulingFixture.h"

#include "Services.h"
#include "demo/DemoData.h"
#include "queue/DisplayBoard.h"
#include "queue/KioskWindow.h"
#include "queue/QueuePane.h"
#include "roster/RosterEditor.h"
#include "security/StaffService.h"
#include "storage/Transaction.h"

#include <QComboBox>
#include <QDir>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace civicdesk;
using namespace civicdesk::test;

namespace {

// The demonstration center (its staff are the demo accounts clerk1 … clerk6 and supervisor).
std::unique_ptr<TestDatabase> demoCenter(ManualClock& clock, Session& supervisor)
{
    auto t = std::make_unique<TestDatabase>();
    auto filled = DemoData::fill(t->db(), clock);
    INFO(filled.message().toStdString());
    REQUIRE(filled.isOk());
    auto record = StaffService::findByLogin(t->db(), QStringLiteral("supervisor"));
    REQUIRE(record.isOk());
    StaffIdentity s;
    s.id = record->id;
    s.login = record->login;
    s.displayName = record->displayName;
    s.roles = {Role::Supervisor};
    supervisor = Session::forStaff(s);
    return t;
}

} // namespace

TEST_CASE("a clerk calls, serves, finishes and records a rating, and the board shows the call", "[gui]")
{
    SchedulingFixture f;
    const QString w1 = f.addWindow(1, true);
    f.addWindow(2, false, {f.catB});
    f.issue(f.catA);
    f.issue(f.catA, QStringLiteral("elderly"));
    f.issue(f.catB);

    Session clerk = f.clerk1;
    clerk.setWindowId(w1);
    Services counter(f.testDb().openAnother(), std::make_shared<ManualClock>(f.clock().now()), clerk);
    Services wall(f.testDb().openAnother(), std::make_shared<ManualClock>(f.clock().now()),
                  Session::system(QStringLiteral("display")));

    QueuePane pane(counter);
    pane.resize(1100, 700);
    pane.show();
    DisplayBoard board(wall, false);
    board.show();
    REQUIRE(QTest::qWaitForWindowExposed(&pane));
    pane.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&pane));

    CHECK(pane.windowId() == w1);
    auto* number = child<QLabel>(pane, "currentTicket");
    auto* call = child<QPushButton>(pane, "callNextButton");
    auto* start = child<QPushButton>(pane, "startButton");
    auto* finish = child<QPushButton>(pane, "finishButton");
    auto* waiting = child<QTableWidget>(pane, "waitingTable");
    CHECK(number->text() == QStringLiteral("—"));
    CHECK_FALSE(finish->isEnabled());
    REQUIRE(waiting->rowCount() == 3);
    CHECK(waiting->item(0, 1)->text() == QStringLiteral("2"));
    CHECK(child<QLabel>(board, "latestCall")->text() == QStringLiteral("Welcome"));

    // F2 calls the next ticket: the elderly applicant first.
    QTest::keyClick(&pane, Qt::Key_F2);
    CHECK(number->text() == QStringLiteral("A002"));
    CHECK(child<QLabel>(pane, "ticketDetails")->text().contains(QStringLiteral("Elderly")));
    CHECK_FALSE(call->isEnabled());
    CHECK(waiting->item(0, 1)->text() == QStringLiteral("1"));

    // The board on another connection sees it at its next poll, and says it.
    board.poll();
    CHECK(child<QLabel>(board, "latestCall")->text().contains(QStringLiteral("A002")));
    CHECK(child<QLabel>(board, "latestCall")->text().contains(QStringLiteral("Window 1")));
    CHECK(board.announced() == QStringList{QStringLiteral("请 A002 号到 1 号窗口。Number A002, please go to window 1.")});
    auto* calls = child<QTableWidget>(board, "callsTable");
    REQUIRE(calls->rowCount() == 1);
    CHECK(calls->item(0, 0)->text() == QStringLiteral("A002"));

    QTest::mouseClick(start, Qt::LeftButton);
    CHECK(child<QLabel>(pane, "ticketDetails")->text().contains(QStringLiteral("Being served")));
    auto* outcome = child<QComboBox>(pane, "outcomeCombo");
    outcome->setCurrentIndex(outcome->findData(ServiceOutcome::Accepted));
    QTest::keyClicks(child<QLineEdit>(pane, "caseNumbersEdit"), QStringLiteral("ZX01-20261120-0007"));
    saveShot(pane, QStringLiteral("queue-pane.png"));
    QTest::mouseClick(finish, Qt::LeftButton);
    CHECK(number->text() == QStringLiteral("—"));
    auto* rating = child<QGroupBox>(pane, "ratingBox");
    CHECK(rating->isVisible());

    QTest::mouseClick(child<QPushButton>(pane, "rate2"), Qt::LeftButton);
    CHECK_FALSE(rating->isVisible());
    CHECK(child<QLabel>(pane, "messageLabel")->text().contains(QStringLiteral("supervisor")));
    auto row = f.db().exec(QStringLiteral("SELECT r.score, t.case_numbers FROM ratings r JOIN tickets t ON "
                                          "t.id = r.ticket_id"));
    REQUIRE(row.value().next());
    CHECK(row.value().value(0).toInt() == 2);
    CHECK(row.value().value(1).toString() == QStringLiteral("ZX01-20261120-0007"));
    CHECK(f.db().scalar(QStringLiteral("SELECT COUNT(*) FROM rectifications")).value().toInt() == 1);

    // A second call that finds the window busy is refused with a sentence, not lost.
    QTest::keyClick(&pane, Qt::Key_F2);
    CHECK(number->text() == QStringLiteral("A001"));
    auto second = QueueService::callNext({f.db(), f.clock(), clerk}, w1);
    CHECK_FALSE(second.isOk());
}

TEST_CASE("the dispenser issues a ticket and shows it big", "[gui]")
{
    SchedulingFixture f;
    f.addWindow(1, true);
    Services kioskServices(f.testDb().openAnother(), std::make_shared<ManualClock>(f.clock().now()),
                           Session::system(QStringLiteral("kiosk")));
    KioskWindow kiosk(kioskServices);
    kiosk.show();
    REQUIRE(QTest::qWaitForWindowExposed(&kiosk));
    QSignalSpy issued(&kiosk, &KioskWindow::ticketIssued);
    QTest::mouseClick(child<QPushButton>(kiosk, "priority_pregnant"), Qt::LeftButton);
    QTest::mouseClick(child<QPushButton>(kiosk, "service_B"), Qt::LeftButton);
    REQUIRE(issued.count() == 1);
    const TicketSlip slip = issued.first().first().value<TicketSlip>();
    CHECK(slip.number == QStringLiteral("B001"));
    CHECK(slip.priorityName == QStringLiteral("Pregnant"));
    CHECK(child<QLabel>(kiosk, "slipNumber")->text() == QStringLiteral("B001"));
    CHECK(child<QLabel>(kiosk, "slipText")->text().contains(QStringLiteral("0 persons ahead")));
    auto t = QueueService::ticket(f.db(), slip.ticketId);
    REQUIRE(t.isOk());
    CHECK(t->priorityClass == QStringLiteral("pregnant"));
    saveShot(kiosk, QStringLiteral("kiosk-ticket.png"));
}

TEST_CASE("the demonstration hall: display board and roster with staffing advice", "[gui]")
{
    ManualClock clock(QDateTime(testNow().date(), QTime(10, 40)));
    Session supervisor;
    auto t = demoCenter(clock, supervisor);

    Services wall(t->openAnother(), std::make_shared<ManualClock>(clock.now()),
                  Session::system(QStringLiteral("display")));
    DisplayBoard board(wall, false);
    board.resize(1280, 720);
    board.show();
    REQUIRE(QTest::qWaitForWindowExposed(&board));
    CHECK(child<QTableWidget>(board, "callsTable")->rowCount() == 8);
    CHECK(child<QTableWidget>(board, "queueTable")->rowCount() == 6);
    CHECK_FALSE(child<NoticeTicker>(board, "noticeTicker")->text().isEmpty());
    saveShot(board, QStringLiteral("display-board.png"));

    Services office(t->openAnother(), std::make_shared<ManualClock>(clock.now()), supervisor);
    RosterEditor roster(office);
    roster.resize(1300, 820);
    roster.show();
    REQUIRE(QTest::qWaitForWindowExposed(&roster));
    auto* table = child<QTableWidget>(roster, "rosterTable");
    REQUIRE(table->rowCount() == 10);
    CHECK(table->columnCount() == 14);
    // The demo roster seats the six clerks on weekdays.
    CHECK(table->item(0, 0)->text() == QStringLiteral("李娜"));
    // Seat 赵敏 at window 10 on Saturday morning.
    auto* staff = child<QComboBox>(roster, "rosterStaff");
    staff->setCurrentIndex(staff->findText(QStringLiteral("赵敏")));
    table->setCurrentCell(9, 10);
    QTest::mouseClick(child<QPushButton>(roster, "rosterAssign"), Qt::LeftButton);
    CHECK(table->item(9, 10)->text() == QStringLiteral("赵敏"));
    // Window 10 on Saturday morning cannot also take 赵敏 at window 9.
    table->setCurrentCell(8, 10);
    QTest::mouseClick(child<QPushButton>(roster, "rosterAssign"), Qt::LeftButton);
    CHECK(child<QLabel>(roster, "rosterMessage")->text().contains(QStringLiteral("already sits")));
    CHECK(table->item(8, 10)->text().isEmpty());

    // The advice for this week: on Friday afternoon half the clerks are away.
    auto* advice = child<QTableWidget>(roster, "adviceTable");
    CHECK(advice->rowCount() >= 9);
    CHECK(child<QLabel>(roster, "adviceNote")->text().contains(QStringLiteral("fewer windows than advised")));
    saveShot(roster, QStringLiteral("roster.png"));

    // Next week, copied from this one.
    QTest::mouseClick(child<QPushButton>(roster, "nextWeek"), Qt::LeftButton);
    QTest::mouseClick(child<QPushButton>(roster, "copyLastWeek"), Qt::LeftButton);
    CHECK(child<QLabel>(roster, "rosterMessage")->text().contains(QStringLiteral("Copied")));
    CHECK(table->item(9, 10)->text() == QStringLiteral("赵敏"));
}
