// The real main window and settings dialog, on the offscreen platform.

#include "TestDatabase.h"

#include "Config.h"
#include "Services.h"
#include "demo/DemoData.h"
#include "main/MainWindow.h"
#include "settings/StorageSettingsDialog.h"

#include <catch2/catch.hpp>

#include <QDialogButtonBox>
#include <QDir>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSet>
#include <QTest>

using namespace civicdesk;
using namespace civicdesk::test;

namespace {

// Distinct colours in a picture: a blank or failed rendering has one or two.
int colourCount(const QImage& image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 3)
        for (int x = 0; x < image.width(); x += 3)
            colours.insert(image.pixel(x, y));
    return colours.size();
}

} // namespace

TEST_CASE("the main window opens with every pane and can be looked at", "[gui]")
{
    auto db = std::make_unique<TestDatabase>();
    ManualClock clock(testNow());
    REQUIRE(DemoData::fill(db->db(), clock).isOk());
    QTemporaryDir configDir;
    Config config(QDir(configDir.path()).filePath(QStringLiteral("civicdesk.ini")));
    auto other = db->openAnother();
    Services services(std::move(other), std::make_shared<ManualClock>(testNow()));

    MainWindow window(services, config);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));

    const QStringList expected = {QStringLiteral("queue"), QStringLiteral("intake"),
                                  QStringLiteral("cases"), QStringLiteral("approvals"),
                                  QStringLiteral("supervision"), QStringLiteral("reports"),
                                  QStringLiteral("administration")};
    CHECK(window.paneIds() == expected);
    for (const QString& id : expected) {
        QWidget* pane = window.findChild<QWidget*>(id + QStringLiteral("Pane"));
        REQUIRE(pane != nullptr);
        REQUIRE(window.showPane(id));
        CHECK(pane->isVisible());
        CHECK(window.currentPaneId() == id);
    }
    CHECK(window.windowTitle().contains(QStringLiteral("demo")));
    auto* storage = window.findChild<QLabel*>(QStringLiteral("storageLabel"));
    REQUIRE(storage);
    CHECK(storage->text().contains(QStringLiteral("test.sqlite")));

    window.showPane(QStringLiteral("queue"));
    const QImage shot = window.grab().toImage();
    CHECK(shot.width() >= 800);
    CHECK(colourCount(shot) > 8);
    const QString dir = QStringLiteral(CIVICDESK_BUILD_DIR "/screenshots");
    QDir().mkpath(dir);
    CHECK(shot.save(dir + QStringLiteral("/main-window.png")));

    SECTION("the last pane is remembered")
    {
        window.showPane(QStringLiteral("reports"));
        window.close();
        MainWindow again(services, config);
        CHECK(again.currentPaneId() == QStringLiteral("reports"));
    }
}

TEST_CASE("storage settings are saved only after a successful connection test", "[gui]")
{
    QTemporaryDir dir;
    Config config(QDir(dir.path()).filePath(QStringLiteral("civicdesk.ini")));
    StorageSettingsDialog dialog(config, ConnectionSpec::local(ConnectionSpec::defaultLocalPath()));
    dialog.show();
    auto* save = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save);
    auto* result = dialog.findChild<QLabel*>(QStringLiteral("testResult"));
    auto* shared = dialog.findChild<QRadioButton*>(QStringLiteral("modeShared"));
    auto* path = dialog.findChild<QLineEdit*>(QStringLiteral("sharedPath"));
    auto* test = dialog.findChild<QPushButton*>(QStringLiteral("testConnection"));
    REQUIRE((save && result && shared && path && test));
    CHECK_FALSE(save->isEnabled());

    QTest::mouseClick(shared, Qt::LeftButton);
    path->setText(dir.path() + QStringLiteral("/unplugged-share/center.sqlite"));
    QTest::mouseClick(test, Qt::LeftButton);
    CHECK(result->text().contains(QStringLiteral("does not exist")));
    CHECK_FALSE(save->isEnabled());

    path->setText(dir.path() + QStringLiteral("/center.sqlite"));
    QTest::mouseClick(test, Qt::LeftButton);
    CHECK(result->text().contains(QStringLiteral("no database there yet")));
    CHECK(save->isEnabled());

    // Any change after the test needs a new test.
    path->setText(dir.path() + QStringLiteral("/other.sqlite"));
    CHECK_FALSE(save->isEnabled());
    QTest::mouseClick(test, Qt::LeftButton);
    REQUIRE(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(config.getString(Config::Key::StorageMode) == QStringLiteral("shared"));
    CHECK(config.getString(Config::Key::SharedDatabasePath) == dir.path() + QStringLiteral("/other.sqlite"));
}
