// CivicDesk: a window opens unless a headless command is named (civicdesk init, demo, …).

#include "CommandLine.h"
#include "Config.h"
#include "GuiStartup.h"
#include "main/Translations.h"

#include <QApplication>
#include <QGuiApplication>

#include <QDir>
#include <QFile>

#include <memory>

#include <unistd.h>

namespace {

QByteArray privateRuntimeDir()
{
    const QString path = QDir::tempPath() + QStringLiteral("/runtime-civicdesk-%1").arg(::getuid());
    QDir().mkpath(path);
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return QFile::encodeName(path);
}

} // namespace

int main(int argc, char** argv)
{
    using namespace civicdesk;
    QCoreApplication::setOrganizationName(QStringLiteral("CivicDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("civicdesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CIVICDESK_VERSION));

    const QString command = CommandLine::findCommand(argc, argv);
    bool wantsText = !command.isEmpty();
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        if (a == "--help" || a == "-h" || a == "--version" || a == "-v")
            wantsText = true;
    }

    // Every timestamp is local time, and while TZ is unset glibc stats /etc/localtime on each
    // conversion (several per case taken in, thousands a second in the history generator);
    // named before the first conversion, the zone is read once. A change of the PC's time zone
    // then takes effect when the program starts again.
    if (qEnvironmentVariableIsEmpty("TZ"))
        qputenv("TZ", ":/etc/localtime");

    std::unique_ptr<QCoreApplication> app;
    if (wantsText) {
        // Headless commands render documents and fonts but never open a window.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        // Cron jobs and ssh sessions have no XDG_RUNTIME_DIR; Qt then warns on stderr, which
        // scripts reading our output would take for an error. Give it the folder Qt would pick.
        if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR"))
            qputenv("XDG_RUNTIME_DIR", privateRuntimeDir());
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QApplication>(argc, argv);
        QGuiApplication::setApplicationDisplayName(QStringLiteral("CivicDesk"));
        QGuiApplication::setDesktopFileName(QStringLiteral("civicdesk"));
    }

    QString language = CommandLine::earlyOption(argc, argv, QStringLiteral("lang"));
    if (language.isEmpty())
        language = Config(CommandLine::earlyOption(argc, argv, QStringLiteral("config")))
                       .getString(Config::Key::Language);
    installTranslations(language);

    CommandLine cli;
    return cli.run(app->arguments(), startGui);
}
