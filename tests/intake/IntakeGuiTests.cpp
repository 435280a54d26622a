// The intake pane and the case list on the offscreen platform, driven by the keyboard only, as
// at the counter: the matter typed, the applicant entered (the ID number as a scanner types it),
// the materials checked one key per row, Ctrl+Enter; then the case found and read.

#include "GuiTestTools.h"
#include "IntakeFixture.h"

#include "Config.h"
#include "Services.h"
#include "cases/CaseDetailView.h"
#include "cases/CaseListModel.h"
#include "cases/CaseListPane.h"
#include "intake/IntakePane.h"
#include "intake/MaterialChecklist.h"
#include "scheduling/QueueService.h"
#include "scheduling/WindowService.h"
#include "security/AuditLog.h"
#include "workflow/CaseRepository.h"

#include "CatchQt.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QGroupBox>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace civicdesk;
using namespace civicdesk::test;

namespace {

QWidget* focused()
{
    return QApplication::focusWidget();
}

// ASCII as keystrokes (the keyboard, a barcode scanner); Chinese as an input method commits it.
void type(const QString& text)
{
    REQUIRE(focused());
    QString run;
    bool ascii = true;
    auto flush = [&] {
        if (run.isEmpty())
            return;
        if (ascii) {
            QTest::keyClicks(focused(), run);
        } else {
            QInputMethodEvent commit;
            commit.setCommitString(run);
            QApplication::sendEvent(focused(), &commit);
        }
        run.clear();
    };
    for (QChar c : text) {
        const bool isAscii = c.unicode() < 128;
        if (isAscii != ascii)
            flush();
        ascii = isAscii;
        run += c;
    }
    flush();
}

void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    REQUIRE(focused());
    QTest::keyClick(focused(), key, modifiers);
}

// The clerk's PC: its own connection to the fixture's database, clock and settings.
struct Counter {
    QTemporaryDir configDir;
    Config config{configDir.filePath(QStringLiteral("civicdesk.ini"))};
    std::shared_ptr<ManualClock> clock = std::make_shared<ManualClock>(testNow());
    Services services;
    explicit Counter(IntakeFixture& f) : services(f.testDb().openAnother(), clock, f.clerk) {}
};

} // namespace

TEST_CASE("a clerk takes in an application with the keyboard only and accepts it with Ctrl+Enter",
          "[gui]")
{
    IntakeFixture setup;
    Counter c(setup);
    // The clerk is serving ticket A001 at window 1: the case is linked to it.
    const Session system = Session::system(QStringLiteral("test"));
    const Context sys{c.services.db(), c.services.clock(), system};
    TicketCategory category;
    category.prefix = QStringLiteral("A");
    category.nameZh = QStringLiteral("社会保障");
    category.nameEn = QStringLiteral("Social security");
    REQUIRE(WindowService::saveCategory(sys, category).isOk());
    ServiceWindow window;
    window.number = 1;
    window.name = QStringLiteral("1号窗口");
    window.comprehensive = true;
    REQUIRE(WindowService::saveWindow(sys, window).isOk());
    REQUIRE(QueueService::issue(sys, {category.id, {}, {}, {}}).isOk());
    c.services.session().setWindowId(window.id);
    auto ticket = QueueService::callNext(c.services.context(), window.id);
    REQUIRE(ticket.isOk());
    REQUIRE(ticket.value());

    IntakePane pane(c.services, c.config);
    QSignalSpy taken(&pane, &IntakePane::caseTaken);
    pane.resize(1280, 860);
    pane.show();
    REQUIRE(QTest::qWaitForWindowActive(&pane));
    CHECK(child<QLabel>(pane, "intakeTicket")->text().contains(ticket.value()->number));

    // 1. The matter, typed.
    REQUIRE(focused() == child<QLineEdit>(pane, "matterSearch"));
    type(QStringLiteral("RS-002"));
    press(Qt::Key_Return);
    REQUIRE(pane.matter());
    CHECK(pane.matter()->code == QStringLiteral("RS-002"));

    // 2. The applicant, in the order of the paper form; the ID number as a scanner types it.
    REQUIRE(focused() == child<QLineEdit>(pane, "personName"));
    type(QStringLiteral("王小明"));
    press(Qt::Key_Return);
    press(Qt::Key_Return); // the document type stays: resident ID card
    REQUIRE(focused() == child<QLineEdit>(pane, "personDocumentNumber"));
    const QString id = IntakeFixture::person(42).documentNumber;
    type(id);
    press(Qt::Key_Return);
    REQUIRE(focused() == child<QLineEdit>(pane, "personPhone"));
    type(QStringLiteral("13912345678"));
    press(Qt::Key_Return);
    type(QStringLiteral("示范市人民路8号"));
    press(Qt::Key_Return);

    // 3. The materials: one key per row.
    auto* checklist = child<MaterialChecklist>(pane, "materialChecklist");
    REQUIRE(focused() == child<QTableWidget>(pane, "materialTable"));
    REQUIRE(checklist->rowCount() == 3);
    press(Qt::Key_R);
    press(Qt::Key_M); // the second is missing … and then found in the folder after all
    CHECK(checklist->state(1) == MaterialState::Missing);
    press(Qt::Key_Up);
    press(Qt::Key_R);
    press(Qt::Key_R);
    for (int row = 0; row < 3; ++row)
        CHECK(checklist->state(row) == MaterialState::Received);
    saveShot(pane, QStringLiteral("intake-pane-filled.png"));

    // 4. Ctrl+Enter accepts.
    press(Qt::Key_Return, Qt::ControlModifier);
    INFO(pane.message().toStdString());
    REQUIRE(pane.lastResult());
    const IntakeResult& result = *pane.lastResult();
    CHECK(result.record.status == CaseStatus::Accepted);
    CHECK(pane.message().contains(result.record.number));
    auto stored = CaseRepository(c.services.db()).byNumber(result.record.number);
    REQUIRE(stored.isOk());
    CHECK(stored->applicantName == QStringLiteral("王小明"));
    CHECK(stored->applicantDocument == id);
    CHECK(stored->ticketId == ticket.value()->id);
    CHECK(stored->windowId == window.id);
    REQUIRE(taken.size() == 1);
    CHECK(taken.at(0).at(1).toString() == result.record.number);
    CHECK(taken.at(0).at(2).toString() == ServiceOutcome::Accepted);
    // The receipt is issued and shown; offscreen there is no printer, which the pane says.
    REQUIRE(result.documents.size() == 1);
    auto* info = child<QLabel>(pane, "documentInfo");
    CHECK(info->text().contains(result.documents.first().number));
    CHECK_FALSE(child<QLabel>(pane, "documentPreview")->pixmap().isNull());
    // A second Ctrl+Enter does not take the same application in twice.
    press(Qt::Key_Return, Qt::ControlModifier);
    CHECK(setup.count(QStringLiteral("SELECT COUNT(*) FROM cases")) == 1);
    saveShot(pane, QStringLiteral("intake-pane.png"));

    // The next applicant: an empty form, the focus on the matter.
    press(Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK_FALSE(pane.lastResult());
    CHECK(focused() == child<QLineEdit>(pane, "matterSearch"));
}

TEST_CASE(
    "the intake pane asks for a refusal's reason and a one-time notice's date before deciding",
    "[gui]")
{
    IntakeFixture setup;
    Counter c(setup);
    IntakePane pane(c.services, c.config);
    pane.resize(1280, 860);
    pane.show();
    REQUIRE(QTest::qWaitForWindowActive(&pane));
    type(QStringLiteral("SJ-003"));
    press(Qt::Key_Return);
    type(QStringLiteral("李四"));
    press(Qt::Key_Return);
    press(Qt::Key_Return);
    type(IntakeFixture::person(43).documentNumber);
    press(Qt::Key_Return);
    type(QStringLiteral("13912345678"));
    press(Qt::Key_Return);
    press(Qt::Key_Return);
    REQUIRE(focused() == child<QTableWidget>(pane, "materialTable"));

    SECTION("refusal: Ctrl+R, the reason is required, Enter confirms")
    {
        press(Qt::Key_R, Qt::ControlModifier);
        REQUIRE(focused() == child<QLineEdit>(pane, "refusalReason"));
        press(Qt::Key_Return);
        CHECK_FALSE(pane.lastResult());
        CHECK(pane.message().contains(QStringLiteral("reason")));
        CHECK(focused() == child<QLineEdit>(pane, "refusalReason"));
        type(QStringLiteral("not within the competence of this center"));
        press(Qt::Key_Return);
        REQUIRE(pane.lastResult());
        CHECK(pane.lastResult()->record.status == CaseStatus::Refused);
        CHECK(pane.lastResult()->documents.first().kind == DocumentKind::RefusalNotice);
    }
    SECTION("notice: a missing material, Ctrl+N, the date proposed, Enter confirms; the applicant "
            "returns")
    {
        press(Qt::Key_M);
        press(Qt::Key_N, Qt::ControlModifier);
        REQUIRE(focused() == child<QWidget>(pane, "correctionDue"));
        press(Qt::Key_Return);
        REQUIRE(pane.lastResult());
        const QString number = pane.lastResult()->record.number;
        CHECK(pane.lastResult()->record.status == CaseStatus::AwaitingCorrection);
        CHECK(pane.lastResult()->documents.first().kind == DocumentKind::CorrectionNotice);

        // Four days later the applicant is back with it: Ctrl+O, the number, R, Ctrl+Enter.
        press(Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
        press(Qt::Key_O, Qt::ControlModifier);
        REQUIRE(focused() == child<QLineEdit>(pane, "returningCaseNumber"));
        type(number);
        press(Qt::Key_Return);
        INFO(pane.message().toStdString());
        REQUIRE(focused() == child<QTableWidget>(pane, "materialTable"));
        auto* checklist = child<MaterialChecklist>(pane, "materialChecklist");
        CHECK(checklist->state(0) == MaterialState::Missing);
        press(Qt::Key_R);
        press(Qt::Key_Return, Qt::ControlModifier);
        REQUIRE(pane.lastResult());
        CHECK(pane.lastResult()->record.number == number);
        CHECK(pane.lastResult()->record.status == CaseStatus::Accepted);
    }
}

TEST_CASE("the case list finds cases lazily and the detail masks, reveals and reprints", "[gui]")
{
    IntakeFixture setup;
    Counter c(setup);
    // 60 cases: more than one page of the list.
    QString last;
    for (int i = 0; i < 60; ++i) {
        IntakeRequest r = setup.request(
            i % 10 == 3 ? IntakeOutcome::NoticeCorrection : IntakeOutcome::Accept,
            QStringLiteral("SJ-003"),
            IntakeFixture::person(300 + i,
                                  i == 59 ? QStringLiteral("欧阳娜娜") : QStringLiteral("张三"),
                                  QStringLiteral("13800138000")));
        r.documentLanguage = QStringLiteral("zh_CN");
        if (r.outcome == IntakeOutcome::NoticeCorrection)
            r.materials = {{setup.matter(QStringLiteral("SJ-003")).materials.first().id,
                            MaterialState::Defective, QStringLiteral("复印件不清晰")}};
        c.clock->advanceSeconds(97);
        auto done = IntakeService(c.services.context()).decide(r);
        REQUIRE(done.isOk());
        last = done->record.number;
    }

    CaseListPane pane(c.services, c.config);
    QAbstractItemModelTester tester(pane.model(),
                                    QAbstractItemModelTester::FailureReportingMode::Warning);
    pane.model()->setPageSize(25);
    pane.resize(1500, 950);
    pane.show();
    REQUIRE(QTest::qWaitForWindowExposed(&pane));
    CHECK(pane.model()->rowCount() == 25);
    CHECK(pane.model()->canFetchMore({}));
    pane.view()->scrollToBottom();
    QTRY_VERIFY(pane.model()->rowCount() > 25);
    while (pane.model()->canFetchMore({}))
        pane.model()->fetchMore({});
    CHECK(pane.model()->rowCount() == 60);
    CHECK(pane.model()->caseAt(0).number == last);

    // By a fragment of the name.
    child<QLineEdit>(pane, "filterName")->setText(QStringLiteral("欧阳"));
    pane.search();
    REQUIRE(pane.model()->rowCount() == 1);
    CaseDetailView* detail = pane.detail();
    REQUIRE(detail->currentCase());
    CHECK(detail->currentCase()->number == last);
    auto* applicant = child<QLabel>(*detail, "caseApplicant");
    const QString full = IntakeFixture::person(359).documentNumber;
    CHECK_FALSE(applicant->text().contains(full));
    CHECK(applicant->text().contains(full.left(6)));
    auto* materials = child<QTableWidget>(*detail, "caseMaterials");
    CHECK(materials->rowCount() == setup.matter(QStringLiteral("SJ-003")).materials.size());
    CHECK(child<QGroupBox>(*detail, "workflowProgressArea")->isVisible());
    auto* documents = child<QTableWidget>(*detail, "caseDocuments");
    REQUIRE(documents->rowCount() == 1);
    auto* timeline = child<QTableWidget>(*detail, "caseTimeline");
    CHECK(timeline->rowCount() >= 2); // accepted, document issued

    saveShot(pane, QStringLiteral("case-list.png"));
    detail->resize(760, 1000);
    saveShot(*detail, QStringLiteral("case-detail.png"));

    // The full ID number, for a clerk allowed to see it, recorded.
    REQUIRE(detail->reveal(ApplicantField::DocumentNumber));
    CHECK(applicant->text().contains(full));
    AuditFilter filter;
    filter.actionPrefix = QStringLiteral("personal_data.revealed");
    CHECK(AuditLog::query(c.services.db(), filter)->size() == 1);

    // Reprinting (no printer offscreen): the failure is said, nothing is counted as printed.
    detail->reprint(0);
    CHECK(child<QLabel>(*detail, "caseMessage")->text().contains(QStringLiteral("not printed")));

    // By status: the notices.
    child<QLineEdit>(pane, "filterName")->clear();
    auto* status = pane.findChild<QComboBox*>(QStringLiteral("filterStatus"));
    REQUIRE(status);
    status->setCurrentIndex(status->findData(CaseStates::key(CaseStatus::AwaitingCorrection)));
    pane.search();
    CHECK(pane.model()->rowCount() == 6);
}
