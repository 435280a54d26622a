#pragma once

// The command line: global options (--db, --mode, --pg, --lang, --config) and the headless
// commands (init, demo, …). Without a command, the GUI starts.

#include "Clock.h"
#include "storage/DatabaseSetup.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <functional>
#include <memory>

namespace civicdesk {

class Config;

struct CommandContext {
    Q_DECLARE_TR_FUNCTIONS(CommandContext)
public:
    QCommandLineParser& parser;
    QStringList args; // positional arguments after the command's name
    QTextStream& out;
    QTextStream& err;
    Config& config;
    std::shared_ptr<const Clock> clock;

    // The database named on the command line, or else in the settings, opened and migrated.
    Result<ConnectionSpec> connectionSpec() const;
    Result<PreparedDatabase> openDatabase(bool createIfMissing) const;
    // Prints the error's sentence on stderr and returns its exit code.
    int fail(const Error& error) const;
    int usage(const QString& message) const;
};

struct Command {
    QString name;
    std::function<QString()> summary; // translated when shown
    std::function<void(QCommandLineParser&)> addOptions;
    std::function<int(CommandContext&)> run;
};

// Registers the commands of each area (app/commands/*.cpp).
QVector<Command> allCommands();

class CommandLine {
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
public:
    // The command named in argv, if any, found before any QCoreApplication exists so that
    // main() can pick between a GUI and a headless application.
    static QString findCommand(int argc, char** argv);
    // The value of a global option such as --lang, read early for the same reason.
    static QString earlyOption(int argc, char** argv, const QString& name);

    // Runs a headless command, or the GUI through startGui when no command is named.
    using GuiStarter = std::function<int(CommandContext&)>;
    int run(const QStringList& arguments, const GuiStarter& startGui);
};

} // namespace civicdesk
