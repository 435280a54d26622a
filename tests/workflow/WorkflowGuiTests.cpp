// The workflow screens with real widgets on the offscreen platform: a case taken from
// acceptance through a parallel review to approval, certificate and handover, each step by a
// signed-in member of the right department; the approver's inbox and the supervision view on
// the demonstration center, with their screenshots.

#include "GuiTestTools.h"
#include "WorkflowFixture.h"

#include "Config.h"
#include "Services.h"
#include "cases/CaseDetailView.h"
#include "demo/DemoData.h"
#include "printing/PrintService.h"
#include "security/StaffDemo.h"
#include "security/StaffService.h"
#include "workflow/ApproverInbox.h"
#include "workflow/CaseProgressView.h"
#include "workflow/CaseRepository.h"
#include "workflow/SupervisionView.h"
#include "workflow/WorkflowDialogs.h"

#include <catch2/catch.hpp>

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>

using namespace civicdesk;
using namespace civicdesk::test;

namespace {

// A real sign-in with the demo password, as at the login dialog.
Session signIn(Database& db, const Clock& clock, const QString& login)
{
    auto s = StaffService::signIn(db, clock, login, QString::fromLatin1(kDemoPassword),
                                  QStringLiteral("test-pc"));
    INFO(s.message().toStdString());
    REQUIRE(s.isOk());
    return s->session;
}

// Clicks OK in the dialog the click on `button` opened, after `fill` typed into it.
template <typename Dialog>
QString confirm(QWidget& parent, QPushButton* button, const char* name,
                const std::function<void(Dialog&)>& fill)
{
    REQUIRE(button->isVisible());
    REQUIRE(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    QPointer<Dialog> dialog = parent.findChild<Dialog*>(QString::fromLatin1(name));
    REQUIRE(dialog);
    REQUIRE(dialog->isVisible());
    fill(*dialog);
    QTest::mouseClick(dialog->template findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok),
                      Qt::LeftButton);
    const QString error = dialog ? dialog->errorText() : QString();
    if (dialog && dialog->isVisible())
        return error;
    return QString();
}

// One department's approver opens the inbox, picks the case and approves its step.
void approveInInbox(WorkflowFixture& f, Config& config, const QString& login, const QString& caseId,
                    const std::function<void(StepDecisionDialog&)>& fill,
                    const QString& expectedMessage)
{
    INFO(login.toStdString());
    Services services(f.t.openAnother(), std::make_shared<ManualClock>(f.clock.now()),
                      signIn(f.db(), f.clock, login));
    PrintService printing(services, config);
    ApproverInbox inbox(services, printing);
    inbox.resize(1100, 720);
    inbox.show();
    REQUIRE(QTest::qWaitForWindowExposed(&inbox));
    REQUIRE(inbox.model()->rowCount() == 1);
    const QString stepId = inbox.model()->item(0).stepId;
    CHECK(inbox.model()->item(0).caseId == caseId);
    inbox.table()->selectRow(0);
    CaseProgressView* progress = inbox.progress();
    REQUIRE(progress->caseId() == caseId);
    CHECK(progress->actionStepId() == stepId);
    // Only the window hands results over; the department may suspend the case.
    CHECK(child<QPushButton>(*progress, "handOverButton")->isHidden());
    CHECK_FALSE(child<QPushButton>(*progress, "suspendButton")->isHidden());
    CHECK(child<QPushButton>(*progress, "resumeButton")->isHidden());
    const QString error = confirm<StepDecisionDialog>(*progress, child<QPushButton>(*progress, "approveButton"),
                                                      "approveDialog", fill);
    INFO(error.toStdString());
    REQUIRE(error.isEmpty());
    CHECK(inbox.model()->rowOfStep(stepId) < 0);
    CHECK(progress->caseId() == caseId); // the case stays in view with what was done
    CHECK(progress->message().contains(expectedMessage));
}

} // namespace

TEST_CASE("a case goes through a parallel review to approval, certificate and handover, each step by its own department", "[gui]")
{
    WorkflowFixture f;
    QTemporaryDir configDir;
    Config config(QDir(configDir.path()).filePath(QStringLiteral("civicdesk.ini")));
    // Property transfer: registration (lead), deed tax and the filed sale side by side, then
    // the registration's decision, the certificate and the handover.
    const QString id = f.accept(QStringLiteral("ZR-001"));
    auto noFill = [](StepDecisionDialog&) {};

    // Another department's approver does not see it.
    {
        Services services(f.t.openAnother(), std::make_shared<ManualClock>(f.clock.now()),
                          signIn(f.db(), f.clock, QStringLiteral("approver.ga")));
        PrintService printing(services, config);
        ApproverInbox inbox(services, printing);
        CHECK(inbox.model()->rowCount() == 0);
        CHECK(child<QLabel>(inbox, "inboxStatus")->text().contains(QStringLiteral("Nothing")));
    }

    approveInInbox(f, config, QStringLiteral("approver.sw"), id,
                   [](StepDecisionDialog& d) {
                       child<QLineEdit>(d, "noteEdit")->setText(QStringLiteral("契税已缴纳"));
                   },
                   QStringLiteral("2 more departments"));
    f.clock.advanceSeconds(1800);
    approveInInbox(f, config, QStringLiteral("approver.zj"), id, noFill,
                   QStringLiteral("1 more department"));
    f.clock.advanceSeconds(1800);
    approveInInbox(f, config, QStringLiteral("approver.zr"), id, noFill,
                   QStringLiteral("is open now"));
    CHECK(f.status(id) == CaseStatus::InReview);

    f.clock.advanceDays(1);
    approveInInbox(f, config, QStringLiteral("approver.zr"), id,
                   [](StepDecisionDialog& d) {
                       // The deciding step asks what is granted.
                       child<QLineEdit>(d, "contentEdit")->setText(QStringLiteral("存量房转移登记"));
                       child<QLineEdit>(d, "certificateNameEdit")->setText(QStringLiteral("不动产权证书"));
                   },
                   QStringLiteral("approved and decision"));
    CHECK(f.status(id) == CaseStatus::Approved);

    f.clock.advanceDays(1);
    approveInInbox(f, config, QStringLiteral("approver.zr"), id,
                   [](StepDecisionDialog& d) {
                       child<QLineEdit>(d, "certificateNumberEdit")
                           ->setText(QStringLiteral("浙(2026)示范市不动产权第0000001号"));
                   },
                   QStringLiteral("certificate is made"));
    CHECK(f.status(id) == CaseStatus::CertificateIssued);

    // The clerk at the window hands it over from the case's progress.
    Services window(f.t.openAnother(), std::make_shared<ManualClock>(f.clock.now()),
                    signIn(f.db(), f.clock, QStringLiteral("clerk1")));
    PrintService printing(window, config);
    CaseProgressView progress(window, printing);
    progress.resize(1000, 600);
    progress.show();
    progress.setCase(id);
    CHECK(child<QPushButton>(progress, "approveButton")->isHidden());
    QPushButton* handOver = child<QPushButton>(progress, "handOverButton");
    // First without the ID number: refused in the dialog, which keeps what was typed.
    QPointer<HandoverDialog> dialog;
    const QString refused = confirm<HandoverDialog>(progress, handOver, "handoverDialog", [&](HandoverDialog& d) {
        dialog = &d;
        child<QLineEdit>(d, "recipientEdit")->setText(QStringLiteral("王五"));
        child<QComboBox>(d, "relationCombo")->setCurrentIndex(1);
        child<QCheckBox>(d, "identityCheck")->setChecked(true);
    });
    CHECK(refused.contains(QStringLiteral("not valid")));
    REQUIRE(dialog);
    CHECK(child<QLineEdit>(*dialog, "recipientEdit")->text() == QStringLiteral("王五"));
    child<QLineEdit>(*dialog, "documentNumberEdit")->setText(QStringLiteral("330106198805120314"));
    QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    CHECK((!dialog || !dialog->isVisible()));
    CHECK(f.status(id) == CaseStatus::Closed);
    CHECK(progress.message().contains(QStringLiteral("closed")));
    auto* documents = child<QListWidget>(progress, "documentsList");
    REQUIRE(documents->count() == 2);
    CHECK(documents->currentItem()->text().contains(QStringLiteral("handover receipt")));
    CHECK(child<QPushButton>(progress, "printDocumentButton")->isEnabled());
    // Every step shows who decided it.
    auto* steps = child<QTreeWidget>(progress, "stepsTree");
    int decided = 0;
    for (QTreeWidgetItemIterator it(steps); *it; ++it) {
        if (!(*it)->data(0, Qt::UserRole).toString().isEmpty() && !(*it)->text(6).isEmpty())
            ++decided;
    }
    CHECK(decided >= 6);
    saveShot(progress, QStringLiteral("case-progress.png"), 1000);

    // The case's detail view carries the same progress, without repeating its documents.
    CaseDetailView detail(window, config);
    detail.resize(900, 1000);
    detail.show();
    REQUIRE(detail.showCase(id).isOk());
    CaseProgressView* mounted = detail.progress();
    REQUIRE(mounted->isVisibleTo(&detail));
    CHECK(mounted->caseId() == id);
    CHECK(child<QTreeWidget>(*mounted, "stepsTree")->topLevelItemCount() ==
          steps->topLevelItemCount());
    CHECK(child<QListWidget>(*mounted, "documentsList")->isHidden());
    CHECK(child<QPushButton>(*mounted, "handOverButton")->isHidden());
    // Its timeline tells each department's step in words, not as stored keys.
    auto* timeline = child<QTableWidget>(detail, "caseTimeline");
    int stepsTold = 0;
    for (int row = 0; row < timeline->rowCount(); ++row) {
        const QString what = timeline->item(row, 2)->text();
        CHECK_FALSE(what.startsWith(QStringLiteral("case.")));
        stepsTold += what.endsWith(QStringLiteral(" approved.")) ||
                     what.contains(QStringLiteral(" approved: "));
    }
    CHECK(stepsTold >= 4);

    // The audit chain holds each department's own step and still verifies.
    AuditFilter filter;
    filter.subjectType = QStringLiteral("case");
    filter.subjectId = id;
    auto rows = AuditLog::query(f.db(), filter);
    REQUIRE(rows.isOk());
    QSet<QString> who;
    for (const AuditEntry& e : rows.value()) {
        if (e.action == QLatin1String("case.step_approved") || e.action == QLatin1String("case.handed_over"))
            who.insert(e.staffLogin);
    }
    CHECK(who == QSet<QString>{QStringLiteral("approver.sw"), QStringLiteral("approver.zj"),
                               QStringLiteral("approver.zr"), QStringLiteral("clerk1")});
    auto verified = AuditLog::verify(f.db());
    REQUIRE(verified.isOk());
    CHECK(verified->ok);
}

TEST_CASE("the approver's inbox and the supervision view on the demonstration center", "[gui]")
{
    auto t = std::make_unique<TestDatabase>();
    ManualClock clock(testNow());
    auto filled = DemoData::fill(t->db(), clock);
    INFO(filled.message().toStdString());
    REQUIRE(filled.isOk());
    QTemporaryDir configDir;
    Config config(QDir(configDir.path()).filePath(QStringLiteral("civicdesk.ini")));

    {
        Services services(t->openAnother(), std::make_shared<ManualClock>(testNow()),
                          signIn(t->db(), clock, QStringLiteral("approver.zr")));
        PrintService printing(services, config);
        ApproverInbox inbox(services, printing);
        inbox.resize(1120, 740);
        inbox.show();
        REQUIRE(QTest::qWaitForWindowExposed(&inbox));
        REQUIRE(inbox.model()->rowCount() >= 3);
        // The suspended case comes last: its clock stands still.
        CHECK(inbox.model()->item(inbox.model()->rowCount() - 1).suspended);
        CHECK_FALSE(inbox.model()->item(0).suspended);
        CHECK(inbox.progress()->caseId() == inbox.model()->item(0).caseId);
        CHECK(child<QPushButton>(*inbox.progress(), "approveButton")->isEnabled());
        CHECK(child<QTreeWidget>(*inbox.progress(), "stepsTree")->topLevelItemCount() >= 4);
        CHECK(child<QTableWidget>(inbox, "materialsTable")->rowCount() > 0);
        CHECK(child<QTreeWidget>(inbox, "timelineTree")->topLevelItemCount() >= 2);
        saveShot(inbox, QStringLiteral("approver-inbox.png"), 1000);
    }

    Services services(t->openAnother(), std::make_shared<ManualClock>(testNow()),
                      signIn(t->db(), clock, QStringLiteral("supervisor")));
    PrintService printing(services, config);
    SupervisionView view(services, printing);
    view.resize(1120, 800);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    const SupervisionSnapshot& snap = view.snapshot();
    CHECK(snap.count(Light::Red) >= 2);
    CHECK(snap.count(Light::Yellow) >= 2);
    CHECK(snap.statutoryOverdue() >= 1);
    CHECK(snap.suspended() == 1);
    CHECK(snap.extensionRequests.size() == 1);
    CHECK(child<QPushButton>(view, "tileRed")->text().startsWith(QString::number(snap.count(Light::Red))));
    CHECK(child<QTableWidget>(view, "departmentTable")->rowCount() == snap.departments.size() + 1);
    // The list shows the cases near or past their limits, the statutory overdue one first.
    REQUIRE(view.model()->rowCount() >= 4);
    CHECK(view.model()->supervisedCase(0).statutory.light == Light::Red);
    for (int row = 0; row < view.model()->rowCount(); ++row)
        CHECK(view.model()->supervisedCase(row).light() != Light::Green);
    // The calendar of the demo lacks 2027, where some limits fall: the warning is on screen.
    CHECK(child<QLabel>(view, "coverageWarning")->isVisible());
    child<QTableView>(view, "supervisionCases")->selectRow(1);
    auto* times = child<QTableWidget>(view, "stepTimesTable");
    CHECK(times->rowCount() >= 1);
    saveShot(view, QStringLiteral("supervision.png"), 1000);

    // A red case decided on another PC leaves the red count at the next poll.
    const int red = snap.count(Light::Red);
    QString food;
    for (const SupervisedCase& c : snap.cases) {
        if (c.light() == Light::Red && c.matterName.contains(QStringLiteral("Food")))
            food = c.id;
    }
    REQUIRE_FALSE(food.isEmpty());
    {
        auto other = t->openAnother();
        const Session sj = signIn(t->db(), clock, QStringLiteral("approver.sj"));
        ManualClock otherClock(testNow());
        WorkflowService service({*other, otherClock, sj});
        auto w = service.load(food);
        REQUIRE(w.isOk());
        QString step;
        for (const CaseStep& s : w->steps) {
            if (s.state == StepState::Open && s.departmentId == sj.departmentId())
                step = s.id;
        }
        REQUIRE_FALSE(step.isEmpty());
        REQUIRE(service.approveStep(step).isOk());
    }
    view.pollNow();
    CHECK(view.snapshot().count(Light::Red) == red - 1);
    CHECK(child<QPushButton>(view, "tileRed")->text().startsWith(QString::number(red - 1)));
}
