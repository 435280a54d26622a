#include "GuiStartup.h"

#include "Config.h"
#include "ExitCode.h"
#include "Services.h"
#include "demo/DemoData.h"
#include "login/LoginDialog.h"
#include "main/MainWindow.h"
#include "queue/DisplayBoard.h"
#include "cases/CaseListModel.h"
#include "cases/CaseListPane.h"
#include "queue/KioskWindow.h"
#include "settings/StorageSettingsDialog.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>

namespace civicdesk {

namespace {

// Started before main(): the start-up measurement counts from here.
const QElapsedTimer processClock = [] {
    QElapsedTimer t;
    t.start();
    return t;
}();

// The high-water mark of this process's resident memory (VmHWM): unlike getrusage's
// ru_maxrss it does not carry over the peak of the parent that forked us. -1 where unknown.
long long peakMemoryKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// The start-up benchmark (tests/bench, docs/BENCHMARKS.md): with CIVICDESK_EXIT_AFTER_FIRST_PAGE=1
// the program signs in as CIVICDESK_SIGN_IN with CIVICDESK_PASSWORD through the same
// StaffService::signIn as the login dialog (checked, counted and audited like a typed
// password), shows the main window on the case list, prints on stderr how many milliseconds
// after process start it had signed in, shown the window and filled the list's first page,
// and its peak memory, and exits. The process never waits for input, so the switch opens no
// way to work without a password.
bool exitAfterFirstPage()
{
    return qEnvironmentVariableIntValue("CIVICDESK_EXIT_AFTER_FIRST_PAGE") == 1;
}

int measureStartup(Services& services, CommandContext& ctx)
{
    auto signedIn = StaffService::signIn(services.db(), services.clock(),
                                         qEnvironmentVariable("CIVICDESK_SIGN_IN"),
                                         qEnvironmentVariable("CIVICDESK_PASSWORD"),
                                         QSysInfo::machineHostName());
    if (!signedIn) {
        fprintf(stderr, "%s\n", qPrintable(signedIn.message()));
        return exitCodeFor(signedIn.kind());
    }
    services.setSession(signedIn->session);
    const qint64 signedInMs = processClock.elapsed();
    MainWindow window(services, ctx.config);
    window.show();
    const qint64 shownMs = processClock.elapsed();
    auto* cases = qobject_cast<CaseListPane*>(window.pane(QStringLiteral("cases")));
    if (!cases || !window.showPane(QStringLiteral("cases"))) {
        fprintf(stderr, "The signed-in staff member has no case list.\n");
        return ExitError;
    }
    int code = ExitOk;
    // The list fills its first page as it is shown; the timer fires once the events that
    // showing the window queued have run.
    QTimer::singleShot(0, &window, [&] {
        const int rows = cases->model()->rowCount();
        fprintf(stderr,
                "startup: signed in %lld ms, window shown %lld ms, first page (%d cases) %lld ms, "
                "peak memory %lld kB\n",
                static_cast<long long>(signedInMs), static_cast<long long>(shownMs), rows,
                static_cast<long long>(processClock.elapsed()), peakMemoryKb());
        if (rows == 0)
            code = ExitError;
        QApplication::exit(code);
    });
    QApplication::exec();
    (void)StaffService::signOut(services.context());
    return code;
}

// Asks what to do after the database could not be opened. True: try again (the settings may
// have changed); false: quit.
bool askAfterOpenError(CommandContext& ctx, const QString& message, bool settingsApply)
{
    QMessageBox box(QMessageBox::Critical, QCoreApplication::translate("GuiStartup", "CivicDesk"),
                    message);
    QPushButton* settings = nullptr;
    if (settingsApply)
        settings = box.addButton(QCoreApplication::translate("GuiStartup", "Storage settings…"),
                                 QMessageBox::ActionRole);
    QPushButton* retry =
        box.addButton(QCoreApplication::translate("GuiStartup", "Try again"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Close);
    box.exec();
    if (box.clickedButton() == retry)
        return true;
    if (settings && box.clickedButton() == settings) {
        auto current = ConnectionSpec::fromConfig(ctx.config);
        StorageSettingsDialog dialog(ctx.config,
                                     current ? current.value()
                                             : ConnectionSpec::local(ConnectionSpec::defaultLocalPath()));
        return dialog.exec() == QDialog::Accepted;
    }
    return false;
}

// Says in the window when the background integrity check of a big database ends, and stops
// the work at once if it failed.
void watchIntegrityCheck(const Database& db, MainWindow& window)
{
    if (!db.integrityCheckPending())
        return;
    window.showStatusMessage(QCoreApplication::translate("GuiStartup",
                                                         "Checking the whole database, because "
                                                         "%1. What you save is written once the "
                                                         "check has passed.")
                                 .arg(db.wholeCheckReason()));
    auto* timer = new QTimer(&window);
    QObject::connect(timer, &QTimer::timeout, &window, [&db, &window, timer] {
        if (db.integrityCheckPending())
            return;
        timer->deleteLater();
        Status s = db.waitForIntegrityCheck();
        if (s) {
            window.showStatusMessage(QCoreApplication::translate("GuiStartup", "The database was checked and is sound."));
            return;
        }
        QMessageBox::critical(&window, QCoreApplication::translate("GuiStartup", "CivicDesk"), s.message());
    });
    timer->start(250);
}

} // namespace

int startGui(CommandContext& ctx)
{
    const bool fromCommandLine = ctx.parser.isSet(QStringLiteral("db")) ||
                                 ctx.parser.isSet(QStringLiteral("pg"));
    std::unique_ptr<Database> db;
    QString status;
    for (;;) {
        auto spec = ctx.connectionSpec();
        if (!spec) {
            if (askAfterOpenError(ctx, spec.message(), !fromCommandLine))
                continue;
            return ExitError;
        }
        // Only the default local database is created on its own: any other path that is missing
        // may be a share that is not connected, and must not silently become a new, empty one.
        const bool firstStart = spec->isDefaultLocal() && !QFileInfo::exists(spec->path);
        OpenOptions options;
        options.createIfMissing = firstStart;
        // A big file is checked on another thread while the clerk signs in: start-up stays
        // quick on years of history, and nothing is written before the check has passed.
        options.backgroundCheckAboveBytes = 64 * 1024 * 1024;
        auto prepared = prepareDatabase(spec.value(), *ctx.clock, options);
        if (!prepared) {
            if (askAfterOpenError(ctx, prepared.message(), !fromCommandLine))
                continue;
            return exitCodeFor(prepared.kind());
        }
        db = std::move(prepared->db);
        if (firstStart) {
            auto demo = DemoData::fill(*db, *ctx.clock);
            status = demo ? QCoreApplication::translate("GuiStartup",
                                                        "Welcome. A new database was created at "
                                                        "%1 and filled with demonstration data.")
                                .arg(spec->describe())
                          : demo.message();
        } else if (prepared->migration.changed()) {
            status = QCoreApplication::translate("GuiStartup",
                                                 "The database was upgraded to schema version %1; "
                                                 "the previous version is kept in %2.")
                         .arg(prepared->migration.toVersion)
                         .arg(QDir::toNativeSeparators(prepared->migration.backupFile));
        }
        break;
    }

    // The hall's own screens need no login: the dispenser issues tickets as "system:kiosk",
    // the board only reads.
    if (ctx.parser.isSet(QStringLiteral("kiosk"))) {
        Services services(std::move(db), ctx.clock, Session::system(QStringLiteral("kiosk")));
        KioskWindow kiosk(services);
        kiosk.showFullScreen();
        return QApplication::exec();
    }
    if (ctx.parser.isSet(QStringLiteral("display"))) {
        Services services(std::move(db), ctx.clock, Session::system(QStringLiteral("display")));
        DisplayBoard board(services);
        board.showFullScreen();
        return QApplication::exec();
    }

    Services services(std::move(db), ctx.clock);
    if (exitAfterFirstPage())
        return measureStartup(services, ctx);
    for (;;) {
        LoginDialog login(services, ctx.config);
        if (login.exec() != QDialog::Accepted)
            return ExitOk;
        services.setSession(login.signedIn().session);
        if (login.signedIn().mustChangePassword) {
            ChangePasswordDialog change(services, true);
            if (change.exec() != QDialog::Accepted) {
                (void)StaffService::signOut(services.context());
                continue;
            }
        }
        MainWindow window(services, ctx.config);
        window.show();
        watchIntegrityCheck(services.db(), window);
        if (!status.isEmpty())
            window.showStatusMessage(status);
        status.clear();
        const int code = QApplication::exec();
        if (!window.signedOut()) {
            (void)StaffService::signOut(services.context());
            return code;
        }
    }
}

} // namespace civicdesk
