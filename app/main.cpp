// CivicDesk: a window opens unless a headless command is named (civicdesk init, demo, …).

#include "CommandLine.h"
#include "Config.h"
#include "GuiStartup.h"
#include "main/Translations.h"

#include <QApplication>
#include <QGuiApplication>

#include <memory>

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

    std::unique_ptr<QCoreApplication> app;
    if (wantsText) {
        // Headless commands render documents and fonts but never open a window.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
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
