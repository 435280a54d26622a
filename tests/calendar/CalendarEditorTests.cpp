// The calendar editor, built for real on the offscreen platform and driven like an
// administrator would.

#include "TestDatabase.h"

#include "Services.h"
#include "calendar/CalendarEditor.h"
#include "calendar/HolidayCalendarView.h"
#include "main/Translations.h"
#include "security/AuditLog.h"
#include "security/Session.h"
#include "storage/Transaction.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QDir>
#include <QImage>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTest>
#include <QTreeWidget>

using namespace civicdesk;
using namespace civicdesk::test;

namespace {

QString fixture(const char* name)
{
    return QStringLiteral(CIVICDESK_TEST_DATA "/calendar/") + QString::fromLatin1(name);
}

std::unique_ptr<Services> servicesFor(TestDatabase& t, Role role, const char* login)
{
    StaffIdentity s;
    s.id = newId();
    s.login = QString::fromLatin1(login);
    s.displayName = s.login;
    s.roles = {role};
    return std::make_unique<Services>(t.openAnother(), std::make_shared<ManualClock>(testNow()),
                                      Session::forStaff(s));
}

int pixelsOf(const QImage& image, const QColor& colour)
{
    int n = 0;
    const QRgb want = colour.rgb();
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            n += (image.pixel(x, y) & 0xffffff) == (want & 0xffffff);
    return n;
}

// What a Chinese input method does when the clerk picks the characters.
void typeChinese(QWidget* w, const QString& text)
{
    w->setFocus();
    QInputMethodEvent event;
    event.setCommitString(text);
    QCoreApplication::sendEvent(w, &event);
}

void saveScreenshot(QWidget& w, const QString& name)
{
    const QString dir = QStringLiteral(CIVICDESK_BUILD_DIR "/screenshots");
    QDir().mkpath(dir);
    QCoreApplication::processEvents(); // let the layout settle, as the event loop would
    CHECK(w.grab().save(dir + QLatin1Char('/') + name));
}

} // namespace

TEST_CASE("the calendar editor shows the year's days and lets an administrator change one", "[gui]")
{
    TestDatabase t;
    auto services = servicesFor(t, Role::Admin, "wang.admin");
    CalendarEditor editor(*services);
    editor.resize(1180, 720);
    editor.show();
    REQUIRE(QTest::qWaitForWindowExposed(&editor));

    auto* coverage = editor.findChild<QLabel*>(QStringLiteral("coverage"));
    auto* warning = editor.findChild<QLabel*>(QStringLiteral("coverageWarning"));
    auto* message = editor.findChild<QLabel*>(QStringLiteral("message"));
    auto* status = editor.findChild<QLabel*>(QStringLiteral("dayStatus"));
    auto* view = editor.findChild<HolidayCalendarView*>(QStringLiteral("monthView"));
    auto* off = editor.findChild<QRadioButton*>(QStringLiteral("kindOff"));
    auto* makeUp = editor.findChild<QRadioButton*>(QStringLiteral("kindMakeUp"));
    auto* normal = editor.findChild<QRadioButton*>(QStringLiteral("kindNormal"));
    auto* name = editor.findChild<QComboBox*>(QStringLiteral("dayName"));
    auto* apply = editor.findChild<QPushButton*>(QStringLiteral("applyDay"));
    auto* yearDays = editor.findChild<QTreeWidget*>(QStringLiteral("yearDays"));
    REQUIRE((coverage && warning && message && status && view && off && makeUp && normal && name &&
             apply && yearDays));

    // Today is 20 Nov 2026 and 2027 has not been imported: the administrator is told.
    CHECK(coverage->text().contains(QStringLiteral("2025")));
    CHECK(coverage->text().contains(QStringLiteral("2026")));
    CHECK(warning->isVisible());
    CHECK(warning->text().contains(QStringLiteral("2027")));
    CHECK(yearDays->topLevelItemCount() == 39);

    // October 2026 in colour: holidays red, the make-up Saturday blue, weekends grey.
    editor.selectDate(QDate(2026, 10, 1));
    CHECK(status->text().contains(QStringLiteral("国庆节")));
    CHECK(status->text().contains(QStringLiteral("Day off")));
    CHECK(off->isChecked());
    const QImage month = view->grab().toImage();
    CHECK(pixelsOf(month, HolidayCalendarView::background(DayKind::Holiday)) > 2000);
    CHECK(pixelsOf(month, HolidayCalendarView::background(DayKind::MakeUpWorkingDay)) > 300);
    CHECK(pixelsOf(month, HolidayCalendarView::background(DayKind::Weekend)) > 1000);
    saveScreenshot(editor, QStringLiteral("calendar-editor.png"));

    editor.selectDate(QDate(2026, 10, 10));
    CHECK(status->text().contains(QStringLiteral("Make-up working day")));
    CHECK(makeUp->isChecked());

    // A weekday cannot be a make-up working day.
    editor.selectDate(QDate(2026, 10, 9));
    CHECK(status->text().contains(QStringLiteral("Working day")));
    CHECK(normal->isChecked());
    CHECK_FALSE(makeUp->isEnabled());

    SECTION("a day off without a name is refused and the choice stays on screen")
    {
        QTest::mouseClick(off, Qt::LeftButton, {}, QPoint(5, off->height() / 2));
        REQUIRE(off->isChecked());
        name->setEditText(QString());
        QTest::mouseClick(apply, Qt::LeftButton);
        CHECK(message->isVisible());
        CHECK(message->text().contains(QStringLiteral("Give")));
        CHECK(off->isChecked());
        CHECK(status->text().contains(QStringLiteral("Working day")));
    }

    SECTION("making Friday 9 October a day off is saved, shown and audited")
    {
        QTest::mouseClick(off, Qt::LeftButton, {}, QPoint(5, off->height() / 2));
        name->setEditText(QString());
        typeChinese(name->lineEdit(), QStringLiteral("国庆节"));
        QTest::mouseClick(apply, Qt::LeftButton);
        CHECK(message->text().contains(QStringLiteral("Saved")));
        CHECK(status->text().contains(QStringLiteral("Day off: 国庆节")));
        CHECK(yearDays->topLevelItemCount() == 40);

        AuditFilter filter;
        filter.actionPrefix = QStringLiteral("calendar.day_changed");
        auto audit = AuditLog::query(t.db(), filter);
        REQUIRE(audit.isOk());
        REQUIRE(audit->size() == 1);
        CHECK(audit->first().staffLogin == QStringLiteral("wang.admin"));
        CHECK(audit->first().subject.id == QStringLiteral("2026-10-09"));

        // and back
        QTest::mouseClick(normal, Qt::LeftButton, {}, QPoint(5, normal->height() / 2));
        QTest::mouseClick(apply, Qt::LeftButton);
        CHECK(status->text().contains(QStringLiteral("Working day")));
        CHECK(yearDays->topLevelItemCount() == 39);
    }

    SECTION("importing next year's file covers it and lifts the warning")
    {
        CHECK_FALSE(editor.importFile(fixture("weekday-makeup.json")));
        CHECK(message->text().contains(QStringLiteral("2027-10-08 is a Friday")));
        CHECK(warning->isVisible());

        REQUIRE(editor.importFile(fixture("2027-sample.json")));
        CHECK(message->text().contains(QStringLiteral("Imported 2027")));
        CHECK(coverage->text().contains(QStringLiteral("2027")));
        CHECK_FALSE(warning->isVisible());
        CHECK(view->yearShown() == 2027);
        saveScreenshot(editor, QStringLiteral("calendar-editor-2027.png"));

        // A second file for 2027 asks first; saying no keeps the year as it is.
        QString asked;
        editor.setConfirm([&](const QString&, const QString& text) {
            asked = text;
            return false;
        });
        CHECK_FALSE(editor.importFile(fixture("2027-revised.json")));
        CHECK(asked.contains(QStringLiteral("replaces all of its days")));
        CHECK(message->text().contains(QStringLiteral("left as it was")));
        editor.selectDate(QDate(2027, 10, 9));
        CHECK(makeUp->isChecked());

        editor.setConfirm([](const QString&, const QString&) { return true; });
        REQUIRE(editor.importFile(fixture("2027-revised.json")));
        CHECK(message->text().contains(QStringLiteral("Replaced 2027")));
        editor.selectDate(QDate(2027, 10, 8));
        CHECK(off->isChecked());
    }

    SECTION("a change made on another PC shows when the editor is shown again")
    {
        const Session system = Session::system(QStringLiteral("test"));
        ManualClock clock(testNow());
        REQUIRE(CalendarService::setDay({t.db(), clock, system}, QDate(2026, 10, 9), true,
                                        QStringLiteral("国庆节"))
                    .isOk());
        editor.hide();
        editor.show();
        CHECK(status->text().contains(QStringLiteral("国庆节")));
    }
}

TEST_CASE("the calendar editor is read-only for a clerk", "[gui]")
{
    TestDatabase t;
    auto services = servicesFor(t, Role::Clerk, "li.clerk");
    CalendarEditor editor(*services);
    editor.show();
    REQUIRE(QTest::qWaitForWindowExposed(&editor));
    editor.selectDate(QDate(2026, 10, 9));
    CHECK_FALSE(editor.findChild<QPushButton*>(QStringLiteral("applyDay"))->isEnabled());
    CHECK_FALSE(editor.findChild<QPushButton*>(QStringLiteral("importYear"))->isEnabled());
    CHECK_FALSE(editor.findChild<QRadioButton*>(QStringLiteral("kindOff"))->isEnabled());
    CHECK(editor.findChild<QLabel*>(QStringLiteral("readOnlyNote")) != nullptr);
    // Even past the disabled buttons, the core refuses.
    CHECK_FALSE(editor.importFile(fixture("2027-sample.json")));
    CHECK(editor.findChild<QLabel*>(QStringLiteral("message"))
              ->text()
              .contains(QStringLiteral("may not")));
}

TEST_CASE("the calendar editor speaks Chinese and hatches the year it lacks", "[gui]")
{
    TestDatabase t;
    auto services = servicesFor(t, Role::Admin, "wang.admin");
    installTranslations(QStringLiteral("zh_CN"));
    struct BackToEnglish {
        ~BackToEnglish() { installTranslations(QStringLiteral("en")); }
    } restore;
    CalendarEditor editor(*services);
    editor.resize(1180, 720);
    editor.show();
    REQUIRE(QTest::qWaitForWindowExposed(&editor));
    editor.selectDate(QDate(2026, 12, 31));

    CHECK(editor.findChild<QLabel*>(QStringLiteral("coverage"))
              ->text()
              .contains(QStringLiteral("日历已包含的年份")));
    CHECK(editor.findChild<QLabel*>(QStringLiteral("coverageWarning"))
              ->text()
              .contains(QStringLiteral("2027 年")));
    CHECK(editor.findChild<QLabel*>(QStringLiteral("dayStatus"))->text() ==
          QStringLiteral("工作日。"));
    saveScreenshot(editor, QStringLiteral("calendar-editor-zh_CN.png"));
}
