#include "CommandLine.h"

#include "Config.h"
#include "ExitCode.h"
#include "commands/Commands.h"

#include <QFileInfo>

#include <cstdio>

namespace civicdesk {

namespace {

const QStringList& valueOptions()
{
    static const QStringList names = {QStringLiteral("db"), QStringLiteral("mode"),
                                      QStringLiteral("pg"), QStringLiteral("lang"),
                                      QStringLiteral("config")};
    return names;
}

void addGlobalOptions(QCommandLineParser& p)
{
    p.addHelpOption();
    p.addVersionOption();
    p.addOption({QStringLiteral("db"),
                 CommandLine::tr("The SQLite database file (local or shared mode)."),
                 CommandLine::tr("file")});
    p.addOption({QStringLiteral("mode"),
                 CommandLine::tr("How to open the --db file: local (one PC, the default) or "
                                 "shared (a file on a LAN share used by several PCs)."),
                 QStringLiteral("local|shared")});
    p.addOption({QStringLiteral("pg"),
                 CommandLine::tr("A PostgreSQL connection, for example \"host=db1 port=5432 "
                                 "dbname=civicdesk user=clerk\"."),
                 CommandLine::tr("connection")});
    p.addOption({QStringLiteral("lang"),
                 CommandLine::tr("The language: zh_CN or en (default: the system's)."),
                 CommandLine::tr("language")});
    p.addOption({QStringLiteral("config"),
                 CommandLine::tr("A settings file to use instead of this user's."),
                 CommandLine::tr("file")});
    p.addOption({QStringLiteral("kiosk"),
                 CommandLine::tr("Run as the full-screen ticket dispenser of the hall.")});
    p.addOption({QStringLiteral("display"),
                 CommandLine::tr("Run as the full-screen display board of the hall.")});
}

QString commandIn(const QStringList& args)
{
    for (int i = 1; i < args.size(); ++i) {
        const QString& a = args.at(i);
        if (a == QLatin1String("--"))
            return args.value(i + 1);
        if (a.startsWith(QLatin1Char('-'))) {
            const QString name = a.mid(a.startsWith(QLatin1String("--")) ? 2 : 1);
            if (!name.contains(QLatin1Char('=')) && valueOptions().contains(name))
                ++i;
            continue;
        }
        return a;
    }
    return {};
}

} // namespace

QString CommandLine::findCommand(int argc, char** argv)
{
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    return commandIn(args);
}

QString CommandLine::earlyOption(int argc, char** argv, const QString& name)
{
    const QString flag = QStringLiteral("--") + name;
    for (int i = 1; i < argc; ++i) {
        const QString a = QString::fromLocal8Bit(argv[i]);
        if (a == flag && i + 1 < argc)
            return QString::fromLocal8Bit(argv[i + 1]);
        if (a.startsWith(flag + QLatin1Char('=')))
            return a.mid(flag.size() + 1);
    }
    return {};
}

int CommandLine::run(const QStringList& arguments, const GuiStarter& startGui)
{
    static QTextStream out(stdout);
    static QTextStream err(stderr);
    const QVector<Command> commands = allCommands();
    const QString name = commandIn(arguments);

    const Command* command = nullptr;
    for (const Command& c : commands) {
        if (c.name == name)
            command = &c;
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("CivicDesk: window service, one-stop approval and queue management for "
           "administrative service centers. Without a command, the program window opens."));
    addGlobalOptions(parser);
    if (command) {
        parser.addPositionalArgument(command->name, command->summary());
        if (command->addOptions)
            command->addOptions(parser);
    } else {
        parser.addPositionalArgument(QStringLiteral("command"),
                                     tr("A headless command (see below), or none for the "
                                        "window."));
    }

    auto help = [&] {
        out << parser.helpText();
        if (!command) {
            out << '\n' << tr("Commands:") << '\n';
            int width = 0;
            for (const Command& c : commands)
                width = qMax(width, int(c.name.size()) + 2);
            for (const Command& c : commands)
                out << "  " << c.name.leftJustified(width) << c.summary() << '\n';
            out << '\n'
                << tr("Exit codes: 0 done, 1 refused or check failed, 2 database or "
                      "environment not usable, 64 wrong command line.")
                << '\n';
        }
        out.flush();
    };

    if (!parser.parse(arguments)) {
        err << parser.errorText() << '\n' << tr("Run \"civicdesk --help\" for the options.") << '\n';
        err.flush();
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        help();
        return ExitOk;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        out << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion()
            << '\n';
        out.flush();
        return ExitOk;
    }
    if (!name.isEmpty() && !command) {
        err << tr("There is no command \"%1\". Run \"civicdesk --help\" for the list.").arg(name)
            << '\n';
        err.flush();
        return ExitUsage;
    }

    Config config(parser.value(QStringLiteral("config")));
    CommandContext ctx{parser, parser.positionalArguments().mid(command ? 1 : 0), out, err,
                       config, std::make_shared<SystemClock>()};
    const int code = command ? command->run(ctx) : startGui(ctx);
    out.flush();
    err.flush();
    return code;
}

Result<ConnectionSpec> CommandContext::connectionSpec() const
{
    const QString db = parser.value(QStringLiteral("db"));
    const QString pg = parser.value(QStringLiteral("pg"));
    const QString modeName = parser.value(QStringLiteral("mode"));
    if (!db.isEmpty() && !pg.isEmpty())
        return Error(ErrorKind::Invalid, tr("Give either --db or --pg, not both."));
    if (!pg.isEmpty())
        return ConnectionSpec::postgres(pg);
    if (!db.isEmpty()) {
        const auto mode = modeName.isEmpty() ? StorageMode::Local : parseStorageMode(modeName);
        if (!mode || mode == StorageMode::Server)
            return Error(ErrorKind::Invalid,
                         tr("--mode must be local or shared (use --pg for a server)."));
        return ConnectionSpec{*mode, QFileInfo(db).absoluteFilePath(), {}};
    }
    if (!modeName.isEmpty())
        return Error(ErrorKind::Invalid, tr("--mode needs a database file given with --db."));
    return ConnectionSpec::fromConfig(config);
}

Result<PreparedDatabase> CommandContext::openDatabase(bool createIfMissing) const
{
    auto spec = connectionSpec();
    if (!spec)
        return spec.error();
    OpenOptions options;
    options.createIfMissing = createIfMissing;
    return prepareDatabase(spec.value(), *clock, options);
}

int CommandContext::fail(const Error& error) const
{
    err << error.message << '\n';
    err.flush();
    return exitCodeFor(error.kind);
}

int CommandContext::usage(const QString& message) const
{
    err << message << '\n' << CommandLine::tr("Run \"civicdesk --help\" for the options.") << '\n';
    err.flush();
    return ExitUsage;
}

} // namespace civicdesk
