// The catalog's widgets, real and offscreen: the intake clerk's matter picker and the
// administrator's catalog editor.

#include "GuiTestTools.h"
#include "TestDatabase.h"

#include "Services.h"
#include "catalog/CatalogEditor.h"
#include "catalog/CatalogService.h"
#include "catalog/DepartmentsPage.h"
#include "catalog/MatterForm.h"
#include "catalog/MatterPicker.h"
#include "catalog/WorkflowEditor.h"
#include "demo/DemoData.h"
#include "main/Translations.h"

#include "CatchQt.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>

using namespace civicdesk;
using namespace civicdesk::test;

namespace {

void screenshot(QWidget& widget, const QString& name)
{
    const QString dir = QStringLiteral(CIVICDESK_BUILD_DIR "/screenshots");
    QDir().mkpath(dir);
    const QImage image = widget.grab().toImage();
    CHECK(image.width() > 300);
    CHECK(image.save(dir + QLatin1Char('/') + name));
}

// A database with the demonstration catalog, and the program's services on it for one person.
struct Fixture {
    explicit Fixture(const QSet<Role>& roles)
    {
        ManualClock clock(testNow());
        REQUIRE(DemoData::fill(t.db(), clock).isOk());
        services =
            std::make_unique<Services>(t.openAnother(), std::make_shared<ManualClock>(testNow()),
                                       Session::forStaff({QStringLiteral("s1"),
                                                          QStringLiteral("zhao"),
                                                          QStringLiteral("赵工作人员"),
                                                          {},
                                                          {},
                                                          roles}));
    }
    Matter load(const QString& code)
    {
        return CatalogRepository(t.db()).matterByCode(code).value();
    }
    int audit(const QString& action)
    {
        return t.db()
            .scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = ? AND "
                                   "staff_login = 'zhao'"),
                    {action})
            .value()
            .toInt();
    }

    TestDatabase t;
    std::unique_ptr<Services> services;
};

// Types like a clerk: Latin letters as key presses, Chinese as an input method commits it.
void type(QWidget* w, const QString& text)
{
    for (const QChar ch : text) {
        if (ch.unicode() < 128) {
            QTest::keyClicks(w, QString(ch));
        } else {
            QInputMethodEvent commit;
            commit.setCommitString(QString(ch));
            QCoreApplication::sendEvent(w, &commit);
        }
    }
}

QStringList codes(const QVector<MatterSummary>& list)
{
    QStringList c;
    for (const MatterSummary& s : list)
        c << s.code;
    return c;
}

bool shows(QLabel* label, const QString& text)
{
    // Not hidden, though it may sit on a tab that is not in front.
    return !label->isHidden() && label->text().contains(text);
}

} // namespace

TEST_CASE("the matter picker narrows as one types and chooses with the keyboard alone", "[gui]")
{
    Fixture f({Role::Clerk});
    MatterPicker picker;
    REQUIRE(picker.reload(f.t.db()).isOk());
    picker.resize(520, 420);
    picker.show();
    REQUIRE(QTest::qWaitForWindowExposed(&picker));
    auto* list = child<QListView>(picker, QStringLiteral("matterList"));
    QAbstractItemModelTester tester(list->model(),
                                    QAbstractItemModelTester::FailureReportingMode::Warning);
    auto* edit = child<QLineEdit>(picker, QStringLiteral("matterSearch"));
    auto* status = child<QLabel>(picker, QStringLiteral("matterPickerStatus"));
    QSignalSpy chosen(&picker, &MatterPicker::matterChosen);
    CHECK(picker.shownMatters().size() == 21);
    edit->setFocus();

    type(edit, QStringLiteral("护照"));
    CHECK(codes(picker.shownMatters()) == QStringList{QStringLiteral("GA-004")});
    CHECK(status->text().contains(QStringLiteral("1 of 21")));
    QTest::keyClick(edit, Qt::Key_Return);
    REQUIRE(chosen.size() == 1);
    CHECK(chosen.takeFirst().at(0).value<MatterSummary>().code == QStringLiteral("GA-004"));

    QTest::keyClick(edit, Qt::Key_Escape);
    CHECK(edit->text().isEmpty());
    CHECK(picker.shownMatters().size() == 21);

    type(edit, QStringLiteral("ga-"));
    CHECK(codes(picker.shownMatters()) ==
          QStringList{QStringLiteral("GA-001"), QStringLiteral("GA-002"), QStringLiteral("GA-003"),
                      QStringLiteral("GA-004")});
    QTest::keyClick(edit, Qt::Key_Down);
    QTest::keyClick(edit, Qt::Key_Down);
    QTest::keyClick(edit, Qt::Key_Up);
    CHECK(picker.currentMatter()->code == QStringLiteral("GA-002"));
    QTest::keyClick(edit, Qt::Key_Down);
    QTest::keyClick(edit, Qt::Key_Down);
    QTest::keyClick(edit, Qt::Key_Down); // stops at the last one
    CHECK(picker.currentMatter()->code == QStringLiteral("GA-004"));
    QTest::keyClick(edit, Qt::Key_Enter);
    REQUIRE(chosen.size() == 1);
    CHECK(chosen.takeFirst().at(0).value<MatterSummary>().code == QStringLiteral("GA-004"));
    CHECK(edit->hasFocus()); // the keys never left the line edit

    SECTION("English, a department, several words")
    {
        edit->clear();
        type(edit, QStringLiteral("marriage"));
        CHECK(codes(picker.shownMatters()) == QStringList{QStringLiteral("MZ-001")});
        edit->clear();
        type(edit, QStringLiteral("医疗保障"));
        CHECK(codes(picker.shownMatters()) ==
              QStringList{QStringLiteral("YB-001"), QStringLiteral("YB-002")});
        edit->clear();
        type(edit, QStringLiteral("不动产 抵押"));
        CHECK(codes(picker.shownMatters()) == QStringList{QStringLiteral("ZR-002")});
    }
    SECTION("nothing matches: a hint, and Enter chooses nothing")
    {
        edit->clear();
        type(edit, QStringLiteral("zzz"));
        CHECK(picker.shownMatters().isEmpty());
        CHECK(status->text().contains(QStringLiteral("No matter matches \"zzz\"")));
        QTest::keyClick(edit, Qt::Key_Return);
        CHECK(chosen.isEmpty());
    }
    SECTION("a picture of it")
    {
        edit->clear();
        type(edit, QStringLiteral("登记"));
        QTest::keyClick(edit, Qt::Key_Down);
        screenshot(picker, QStringLiteral("matter-picker.png"));
    }
}

TEST_CASE("the catalog editor shows each problem at its field and loses nothing typed", "[gui]")
{
    Fixture f({Role::Admin});
    CatalogEditor editor(*f.services);
    editor.resize(1280, 820);
    editor.show();
    REQUIRE(QTest::qWaitForWindowExposed(&editor));
    REQUIRE(editor.selectMatter(QStringLiteral("GA-001")));
    CHECK(child<QLabel>(editor, QStringLiteral("matterTitle"))
              ->text()
              .contains(QStringLiteral("GA-001")));
    MatterForm* form = editor.matterForm();
    auto* promised = child<QSpinBox>(editor, QStringLiteral("promisedDays"));
    auto* list = child<QListView>(editor, QStringLiteral("catalogMatterList"));
    auto* save = child<QPushButton>(editor, QStringLiteral("saveMatter"));
    CHECK(promised->value() == 15);
    CHECK_FALSE(editor.isDirty());

    // Two mistakes: a promise longer than the law allows, and a fee without legal basis.
    promised->setFocus();
    promised->selectAll();
    type(promised, QStringLiteral("45"));
    CHECK(editor.isDirty());
    CHECK_FALSE(list->isEnabled()); // no switching away from a draft
    form->tabs()->setCurrentIndex(2);
    QTest::mouseClick(child<QPushButton>(editor, QStringLiteral("addFee")), Qt::LeftButton);
    QTableWidget* fees = form->feesTable();
    REQUIRE(fees->rowCount() == 2);
    fees->item(1, 0)->setText(QStringLiteral("照片采集费"));
    form->tabs()->setCurrentIndex(0);
    QTest::mouseClick(save, Qt::LeftButton);

    CHECK(editor.isDirty());
    CHECK(shows(child<QLabel>(editor, QStringLiteral("error_promised_days")),
                QStringLiteral("longer than the statutory one")));
    CHECK(shows(child<QLabel>(editor, QStringLiteral("error_fees")),
                QStringLiteral("no legal basis")));
    CHECK(editor.bannerText().contains(QStringLiteral("Not saved: 3 problem")));
    CHECK(editor.bannerText().contains(QStringLiteral("still here")));
    CHECK(fees->item(1, 0)->background().color() == FieldErrors::problemColour());
    screenshot(editor, QStringLiteral("catalog-editor-problems.png"));
    form->tabs()->setCurrentIndex(2);
    screenshot(editor, QStringLiteral("catalog-editor-fees.png"));
    form->tabs()->setCurrentIndex(0);
    // What was typed is all still there, and the database is unchanged.
    CHECK(promised->value() == 45);
    CHECK(fees->item(1, 0)->text() == QStringLiteral("照片采集费"));
    CHECK(f.load(QStringLiteral("GA-001")).promisedDays == 15);
    CHECK(f.load(QStringLiteral("GA-001")).fees.size() == 1);

    // Put right, it saves, with its audit row.
    promised->setValue(20);
    static_cast<QDoubleSpinBox*>(fees->cellWidget(1, 2))->setValue(5.5);
    fees->item(1, 3)->setText(QStringLiteral("某省发展改革委收费标准文件"));
    QTest::mouseClick(save, Qt::LeftButton);
    INFO(editor.bannerText().toStdString());
    CHECK_FALSE(editor.isDirty());
    CHECK(editor.bannerText().contains(QStringLiteral("Saved GA-001")));
    CHECK_FALSE(child<QLabel>(editor, QStringLiteral("error_promised_days"))->isVisibleTo(&editor));
    const Matter saved = f.load(QStringLiteral("GA-001"));
    CHECK(saved.promisedDays == 20);
    REQUIRE(saved.fees.size() == 2);
    CHECK(saved.fees.last().amountFen == 550);
    CHECK(f.audit(QStringLiteral("matter.updated")) == 1);
    CHECK(list->isEnabled());

    SECTION("a joint stage: the lead department and joint handling are asked for")
    {
        form->tabs()->setCurrentIndex(3);
        WorkflowEditor* wf = form->workflowEditor();
        wf->select(1); // the review stage
        QTest::mouseClick(child<QPushButton>(editor, QStringLiteral("addStep")), Qt::LeftButton);
        auto* stepDepartment = child<QComboBox>(editor, QStringLiteral("stepDepartment"));
        stepDepartment->setCurrentIndex(
            stepDepartment->findText(QStringLiteral("Civil Affairs Bureau")));
        QTest::mouseClick(save, Qt::LeftButton);
        CHECK(editor.isDirty());
        CHECK(shows(child<QLabel>(editor, QStringLiteral("error_workflow")),
                    QStringLiteral("lead department")));
        CHECK(form->tabs()->currentIndex() == 3);
        auto* tree = child<QTreeWidget>(editor, QStringLiteral("workflowTree"));
        CHECK(tree->topLevelItem(1)->background(0).color() == FieldErrors::problemColour());
        wf->select(1);
        CHECK(shows(child<QLabel>(editor, QStringLiteral("error_lead")),
                    QStringLiteral("lead department")));
        screenshot(editor, QStringLiteral("catalog-editor-workflow.png"));

        auto* lead = child<QComboBox>(editor, QStringLiteral("stageLead"));
        lead->setCurrentIndex(lead->findText(QStringLiteral("Public Security Bureau")));
        QTest::mouseClick(save, Qt::LeftButton);
        CHECK(shows(child<QLabel>(editor, QStringLiteral("error_joint")),
                    QStringLiteral("joint handling")));
        child<QCheckBox>(editor, QStringLiteral("joint"))->setChecked(true);
        QTest::mouseClick(save, Qt::LeftButton);
        INFO(editor.bannerText().toStdString());
        REQUIRE_FALSE(editor.isDirty());
        const Matter joint = f.load(QStringLiteral("GA-001"));
        CHECK(joint.jointHandling);
        REQUIRE(joint.workflow.stages.at(1).steps.size() == 2);
        CHECK(joint.workflow.stages.at(1).leadDepartmentId == joint.departmentId);
        CHECK(joint.workflow.version == 2);
    }
    SECTION("a new matter needs its materials")
    {
        QTest::mouseClick(child<QPushButton>(editor, QStringLiteral("newMatter")), Qt::LeftButton);
        CHECK(editor.isDirty());
        type(child<QLineEdit>(editor, QStringLiteral("code")), QStringLiteral("ga-010"));
        type(child<QLineEdit>(editor, QStringLiteral("nameZh")), QStringLiteral("户口迁出"));
        type(child<QLineEdit>(editor, QStringLiteral("nameEn")),
             QStringLiteral("Moving a household registration out"));
        QTest::mouseClick(save, Qt::LeftButton);
        CHECK(shows(child<QLabel>(editor, QStringLiteral("error_materials")),
                    QStringLiteral("at least one required material")));
        CHECK(form->tabs()->currentIndex() == 1);
        const Material hukou{{},
                             QStringLiteral("居民户口簿"),
                             QStringLiteral("Household register"),
                             MaterialForm::Original,
                             1,
                             false,
                             QStringLiteral("本人户口页")};
        form->addMaterialRow(hukou);
        form->addMaterialRow({{},
                              QStringLiteral("迁入地准迁证明"),
                              QStringLiteral("Permit to move in"),
                              MaterialForm::Original,
                              1,
                              true,
                              QStringLiteral("迁入地公安机关出具")});
        form->addMaterialRow(hukou);
        QTest::mouseClick(save, Qt::LeftButton);
        CHECK(shows(child<QLabel>(editor, QStringLiteral("error_materials")),
                    QStringLiteral("repeats material 1")));
        CHECK(form->materialsTable()->item(2, 0)->background().color() ==
              FieldErrors::problemColour());
        screenshot(editor, QStringLiteral("catalog-editor-materials.png"));
        form->materialsTable()->item(2, 0)->setText(QStringLiteral("居民身份证"));
        QTest::mouseClick(save, Qt::LeftButton);
        INFO(editor.bannerText().toStdString());
        CHECK_FALSE(editor.isDirty());
        CHECK(f.load(QStringLiteral("GA-010")).workflow.stages.size() == 5);
        CHECK(child<QLabel>(editor, QStringLiteral("matterTitle"))
                  ->text()
                  .contains(QStringLiteral("GA-010")));
    }
    SECTION("discarding goes back to what is stored")
    {
        promised->setValue(3);
        QTest::mouseClick(child<QPushButton>(editor, QStringLiteral("discardChanges")),
                          Qt::LeftButton);
        CHECK_FALSE(editor.isDirty());
        CHECK(promised->value() == 20);
    }
}

TEST_CASE("a clerk in the catalog editor is refused, recorded, and keeps the draft", "[gui]")
{
    Fixture f({Role::Clerk});
    CatalogEditor editor(*f.services);
    editor.show();
    REQUIRE(editor.selectMatter(QStringLiteral("MZ-001")));
    auto* name = child<QLineEdit>(editor, QStringLiteral("nameZh"));
    name->selectAll();
    type(name, QStringLiteral("结婚登记（改）"));
    CHECK_FALSE(editor.save());
    CHECK(editor.bannerText().contains(QStringLiteral("may not edit the service catalog")));
    CHECK(editor.bannerText().contains(QStringLiteral("still here")));
    CHECK(name->text() == QStringLiteral("结婚登记（改）"));
    CHECK(editor.isDirty());
    CHECK(f.load(QStringLiteral("MZ-001")).nameZh == QStringLiteral("内地居民结婚登记"));
    CHECK(f.audit(QStringLiteral("permission.denied")) == 1);
}

TEST_CASE("departments are added in the editor, a code clash shown at the code", "[gui]")
{
    Fixture f({Role::Admin});
    CatalogEditor editor(*f.services);
    editor.resize(1000, 600);
    editor.show();
    child<QTabWidget>(editor, QStringLiteral("catalogTabs"))->setCurrentIndex(1);
    DepartmentsPage* page = editor.departmentsPage();
    auto* list = child<QListWidget>(*page, QStringLiteral("departmentList"));
    CHECK(list->count() == 8);
    QTest::mouseClick(child<QPushButton>(*page, QStringLiteral("newDepartment")), Qt::LeftButton);
    type(child<QLineEdit>(*page, QStringLiteral("departmentCode")), QStringLiteral("ga"));
    type(child<QLineEdit>(*page, QStringLiteral("departmentNameZh")),
         QStringLiteral("卫生健康委员会"));
    type(child<QLineEdit>(*page, QStringLiteral("departmentNameEn")),
         QStringLiteral("Health Commission"));
    CHECK_FALSE(list->isEnabled());
    QTest::mouseClick(child<QPushButton>(*page, QStringLiteral("saveDepartment")), Qt::LeftButton);
    CHECK(shows(child<QLabel>(*page, QStringLiteral("error_code")),
                QStringLiteral("already has the code GA")));
    screenshot(editor, QStringLiteral("catalog-editor-departments.png"));

    auto* code = child<QLineEdit>(*page, QStringLiteral("departmentCode"));
    code->selectAll();
    type(code, QStringLiteral("WJ"));
    QTest::mouseClick(child<QPushButton>(*page, QStringLiteral("saveDepartment")), Qt::LeftButton);
    CHECK(list->count() == 9);
    CHECK(list->isEnabled());
    CHECK_FALSE(CatalogRepository(f.t.db()).departmentIdByCode(QStringLiteral("WJ"))->isEmpty());
    // The matter form can give matters to it at once.
    auto* department = child<QComboBox>(editor, QStringLiteral("department"));
    CHECK(department->findText(QStringLiteral("Health Commission")) >= 0);
}

TEST_CASE("the catalog editor and picker in Chinese, as the center uses them", "[gui]")
{
    Fixture f({Role::Admin});
    installTranslations(QStringLiteral("zh_CN"));
    struct Restore {
        ~Restore() { installTranslations(QStringLiteral("en")); }
    } restore;
    CatalogEditor editor(*f.services);
    editor.resize(1280, 820);
    editor.show();
    REQUIRE(editor.selectMatter(QStringLiteral("ZR-001")));
    MatterForm* form = editor.matterForm();
    CHECK(form->tabs()->tabText(0) == QStringLiteral("基本信息(&G)"));
    CHECK(child<QLabel>(editor, QStringLiteral("matterTitle"))
              ->text()
              .contains(QStringLiteral("存量房买卖转移登记")));
    form->tabs()->setCurrentIndex(3);
    form->workflowEditor()->select(1);
    screenshot(editor, QStringLiteral("catalog-editor-zh.png"));

    MatterPicker picker;
    REQUIRE(picker.reload(f.t.db()).isOk());
    picker.resize(520, 360);
    picker.show();
    type(child<QLineEdit>(picker, QStringLiteral("matterSearch")), QStringLiteral("身份证"));
    CHECK(codes(picker.shownMatters()) ==
          QStringList{QStringLiteral("GA-001"), QStringLiteral("GA-002")});
    screenshot(picker, QStringLiteral("matter-picker-zh.png"));
}
