// Signing in through the real dialog, and what each role then sees in the main window.

#include "TestDatabase.h"

#include "Config.h"
#include "Services.h"
#include "demo/DemoData.h"
#include "login/LoginDialog.h"
#include "main/MainWindow.h"
#include "security/StaffDemo.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>

using namespace civicdesk;
using namespace civicdesk::test;

namespace {

struct Hall {
    TestDatabase t;
    QTemporaryDir configDir;
    std::unique_ptr<Config> config;
    std::unique_ptr<Services> services;

    Hall()
    {
        ManualClock clock(testNow());
        REQUIRE(DemoData::fill(t.db(), clock).isOk());
        config = std::make_unique<Config>(QDir(configDir.path()).filePath(QStringLiteral("c.ini")));
        services = std::make_unique<Services>(t.openAnother(), std::make_shared<ManualClock>(testNow()));
    }

    // Types into the real dialog; returns the dialog's message when it stays open.
    QString signIn(LoginDialog& dialog, const QString& login, const QString& password)
    {
        auto* name = dialog.findChild<QLineEdit*>(QStringLiteral("loginName"));
        auto* pass = dialog.findChild<QLineEdit*>(QStringLiteral("password"));
        REQUIRE((name && pass));
        name->clear();
        QTest::keyClicks(name, login);
        pass->clear();
        QTest::keyClicks(pass, password);
        QTest::keyClick(pass, Qt::Key_Return);
        return dialog.findChild<QLabel*>(QStringLiteral("message"))->text();
    }
};

} // namespace

TEST_CASE("a clerk sees no administration pane, an administrator does", "[gui]")
{
    Hall hall;
    struct Expect {
        const char* login;
        QStringList panes;
    };
    const Expect expectations[] = {
        {"clerk1", {QStringLiteral("queue"), QStringLiteral("intake"), QStringLiteral("cases")}},
        {"approver.ga", {QStringLiteral("cases"), QStringLiteral("approvals")}},
        {"supervisor", {QStringLiteral("cases"), QStringLiteral("supervision"), QStringLiteral("reports")}},
        {"admin", {QStringLiteral("cases"), QStringLiteral("administration")}},
    };
    for (const Expect& e : expectations) {
        INFO(e.login);
        LoginDialog dialog(*hall.services, *hall.config);
        dialog.show();
        hall.signIn(dialog, QString::fromLatin1(e.login), QString::fromLatin1(kDemoPassword));
        REQUIRE(dialog.result() == QDialog::Accepted);
        CHECK(dialog.signedIn().mustChangePassword);
        hall.services->setSession(dialog.signedIn().session);
        MainWindow window(*hall.services, *hall.config);
        window.show();
        CHECK(window.paneIds() == e.panes);
        CHECK((window.findChild<QWidget*>(QStringLiteral("administrationPane")) != nullptr) ==
              e.panes.contains(QStringLiteral("administration")));
        if (QString::fromLatin1(e.login) == QLatin1String("admin")) {
            auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("administrationPane"));
            REQUIRE(tabs);
            CHECK(window.findChild<QWidget*>(QStringLiteral("staffAdmin")) != nullptr);
            window.showPane(QStringLiteral("administration"));
            const QString dir = QStringLiteral(CIVICDESK_BUILD_DIR "/screenshots");
            QDir().mkpath(dir);
            CHECK(window.grab().save(dir + QStringLiteral("/administration-staff.png")));
        }
        if (QString::fromLatin1(e.login) == QLatin1String("supervisor")) {
            CHECK(window.findChild<QWidget*>(QStringLiteral("auditTrailView")) != nullptr);
            CHECK(window.findChild<QWidget*>(QStringLiteral("staffAdmin")) == nullptr);
        }
        CHECK(window.findChild<QLabel*>(QStringLiteral("signedInLabel"))->text().contains(
            dialog.signedIn().session.displayName()));
        window.close();
    }
    // The last login name is remembered on this PC.
    CHECK(hall.config->getString(Config::Key::LastLogin) == QStringLiteral("admin"));
}

TEST_CASE("a wrong password keeps the login name and says what happened", "[gui]")
{
    Hall hall;
    LoginDialog dialog(*hall.services, *hall.config);
    dialog.show();
    QString message;
    for (int i = 0; i < 5; ++i)
        message = hall.signIn(dialog, QStringLiteral("clerk2"), QStringLiteral("nope"));
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(dialog.isVisible());
    CHECK(message.contains(QStringLiteral("locked for 5 minutes")));
    CHECK(dialog.findChild<QLineEdit*>(QStringLiteral("loginName"))->text() == QStringLiteral("clerk2"));
    CHECK(dialog.findChild<QLineEdit*>(QStringLiteral("password"))->text().isEmpty());
    CHECK(dialog.findChild<QLabel*>(QStringLiteral("demoHint")) != nullptr);
    const QString dir = QStringLiteral(CIVICDESK_BUILD_DIR "/screenshots");
    QDir().mkpath(dir);
    CHECK(dialog.grab().save(dir + QStringLiteral("/login-locked.png")));
}

TEST_CASE("the first sign-in with a temporary password asks for a new one", "[gui]")
{
    Hall hall;
    auto r = StaffService::signIn(hall.services->db(), hall.services->clock(), QStringLiteral("clerk3"),
                                  QString::fromLatin1(kDemoPassword), QStringLiteral("pc"));
    REQUIRE(r.isOk());
    hall.services->setSession(r->session);
    ChangePasswordDialog dialog(*hall.services, true);
    dialog.show();
    auto type = [&](const char* name, const QString& text) {
        auto* e = dialog.findChild<QLineEdit*>(QLatin1String(name));
        e->clear();
        QTest::keyClicks(e, text);
    };
    type("currentPassword", QString::fromLatin1(kDemoPassword));
    type("newPassword", QStringLiteral("Counter2026"));
    type("repeatPassword", QStringLiteral("Counter2027"));
    QTest::keyClick(dialog.findChild<QLineEdit*>(QStringLiteral("repeatPassword")), Qt::Key_Return);
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(dialog.findChild<QLabel*>(QStringLiteral("message"))->text().contains(QStringLiteral("differ")));
    type("repeatPassword", QStringLiteral("Counter2026"));
    QTest::keyClick(dialog.findChild<QLineEdit*>(QStringLiteral("repeatPassword")), Qt::Key_Return);
    CHECK(dialog.result() == QDialog::Accepted);
    auto again = StaffService::signIn(hall.services->db(), hall.services->clock(), QStringLiteral("clerk3"),
                                      QStringLiteral("Counter2026"), QStringLiteral("pc"));
    REQUIRE(again.isOk());
    CHECK_FALSE(again->mustChangePassword);
}
