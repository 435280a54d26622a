#include "Commands.h"

#include "ExitCode.h"
#include "demo/DemoData.h"
#include "demo/HistoryGenerator.h"
#include "storage/Meta.h"
#include "storage/Transaction.h"

#include <QDir>
#include <QElapsedTimer>

#include <limits>

namespace civicdesk {

namespace {

void reportMigration(const CommandContext& ctx, const PreparedDatabase& p)
{
    const QString where = p.db->spec().describe();
    const MigrationReport& m = p.migration;
    if (p.created) {
        ctx.out << CommandLine::tr("Created a new CivicDesk database at %1 (schema version %2).")
                       .arg(where)
                       .arg(m.toVersion)
                << '\n';
    } else if (m.changed()) {
        ctx.out << CommandLine::tr("Upgraded %1 from schema version %2 to %3.")
                       .arg(where)
                       .arg(m.fromVersion)
                       .arg(m.toVersion)
                << '\n';
        if (!m.backupFile.isEmpty())
            ctx.out << CommandLine::tr("The database as it was is kept in %1.")
                           .arg(QDir::toNativeSeparators(m.backupFile))
                    << '\n';
    }
}

int runInit(CommandContext& ctx)
{
    auto prepared = ctx.openDatabase(true);
    if (!prepared)
        return ctx.fail(prepared.error());
    PreparedDatabase& p = prepared.value();
    const QString branch = ctx.parser.value(QStringLiteral("branch")).trimmed().toUpper();
    if (!branch.isEmpty()) {
        if (!Meta::isValidBranchCode(branch))
            return ctx.fail(Error(ErrorKind::Invalid,
                                  CommandLine::tr("The branch code \"%1\" must be 2 to 8 capital "
                                                  "letters or digits.")
                                      .arg(branch)));
        Status s = p.db->write([&](Transaction& tx) {
            return Meta::set(tx, MetaKey::BranchCode, branch);
        });
        if (!s)
            return ctx.fail(s.error());
    }
    reportMigration(ctx, p);
    if (!p.created && !p.migration.changed())
        ctx.out << CommandLine::tr("%1 is up to date (schema version %2); nothing to do.")
                       .arg(p.db->spec().describe())
                       .arg(p.migration.toVersion)
                << '\n';
    return ExitOk;
}

// "--cases N --days D": on top of the demonstration center, N applications and their visits
// over the D days before today (HistoryGenerator).
int runHistory(CommandContext& ctx, PreparedDatabase& p)
{
    bool okCases = false;
    bool okDays = false;
    HistoryOptions options;
    options.cases = ctx.parser.value(QStringLiteral("cases")).toLongLong(&okCases);
    options.days = ctx.parser.isSet(QStringLiteral("days"))
                       ? ctx.parser.value(QStringLiteral("days")).toInt(&okDays)
                       : (okDays = true, options.days);
    if (!okCases || !okDays || options.cases < 1 || options.days < 1)
        return ctx.usage(CommandLine::tr("--cases and --days take a positive whole number, e.g. "
                                         "civicdesk demo --cases 100000 --days 365"));
    options.progress = [&ctx](const QString& line) {
        ctx.out << "  " << line << '\n';
        ctx.out.flush();
    };
    HistoryGenerator generator(*p.db, *ctx.clock);
    const double ratings = ctx.parser.value(QStringLiteral("ratings")).toDouble();
    if (ratings > 0)
        generator.addVisitHook(HistoryGenerator::ratingHook(std::min(1.0, ratings / 100.0)));
    generator.addVisitHook(HistoryGenerator::workflowHook(ctx.clock->today()));
    ctx.out << CommandLine::tr("Generating the history of %n application(s) over %1 days …",
                               nullptr, int(options.cases))
                   .arg(options.days)
            << '\n';
    ctx.out.flush();
    auto summary = generator.run(options);
    if (!summary)
        return ctx.fail(summary.error());
    for (const QString& line : summary->lines)
        ctx.out << "  " << line << '\n';
    return ExitOk;
}

int runDemo(CommandContext& ctx)
{
    auto prepared = ctx.openDatabase(true);
    if (!prepared)
        return ctx.fail(prepared.error());
    PreparedDatabase& p = prepared.value();
    reportMigration(ctx, p);
    const bool history = ctx.parser.isSet(QStringLiteral("cases"));
    auto present = DemoData::isPresent(*p.db);
    if (!present)
        return ctx.fail(present.error());
    if (present.value()) {
        if (history)
            return runHistory(ctx, p);
        ctx.out << CommandLine::tr("%1 already holds the demonstration data; nothing was added.")
                       .arg(p.db->spec().describe())
                << '\n';
        return ExitOk;
    }
    auto summary = DemoData::fill(*p.db, *ctx.clock);
    if (!summary)
        return ctx.fail(summary.error());
    ctx.out << CommandLine::tr("Added demonstration data to %1:").arg(p.db->spec().describe())
            << '\n';
    for (const QString& line : summary->lines)
        ctx.out << "  " << line << '\n';
    return history ? runHistory(ctx, p) : ExitOk;
}

int runCheck(CommandContext& ctx)
{
    auto spec = ctx.connectionSpec();
    if (!spec)
        return ctx.fail(spec.error());
    // The nightly check: read the whole file, whatever its stamp says (see IntegrityStamp.h).
    OpenOptions options;
    options.alwaysCheckUpToBytes = std::numeric_limits<qint64>::max();
    QElapsedTimer timer;
    timer.start();
    auto db = Database::open(spec.value(), options);
    if (!db)
        return ctx.fail(db.error());
    Migrator migrator(*db.value(), *ctx.clock);
    auto version = migrator.currentVersion();
    if (!version)
        return ctx.fail(version.error());
    if (db.value()->isSqlite())
        ctx.out << CommandLine::tr("ok: %1, schema version %2 of %3, every page read in %4 s.")
                       .arg(spec->describe())
                       .arg(version.value())
                       .arg(Migrator::latestVersion())
                       .arg(timer.elapsed() / 1000.0, 0, 'f', 1)
                << '\n';
    else
        ctx.out << CommandLine::tr("ok: %1, schema version %2 of %3.")
                       .arg(spec->describe())
                       .arg(version.value())
                       .arg(Migrator::latestVersion())
                << '\n';
    return ExitOk;
}

int runBackup(CommandContext& ctx)
{
    if (ctx.args.size() != 1)
        return ctx.usage(CommandLine::tr("Name the backup file: civicdesk backup FILE"));
    auto prepared = ctx.openDatabase(false);
    if (!prepared)
        return ctx.fail(prepared.error());
    Status s = prepared->db->backupTo(QDir::current().absoluteFilePath(ctx.args.first()));
    if (!s)
        return ctx.fail(s.error());
    ctx.out << CommandLine::tr("Backed up %1 to %2.")
                   .arg(prepared->db->spec().describe(),
                        QDir::toNativeSeparators(QDir::current().absoluteFilePath(ctx.args.first())))
            << '\n';
    return ExitOk;
}

} // namespace

QVector<Command> storageCommands()
{
    return {
        {QStringLiteral("init"),
         [] { return CommandLine::tr("Create a database, or upgrade it to this program's schema."); },
         [](QCommandLineParser& p) {
             p.addOption({QStringLiteral("branch"),
                          CommandLine::tr("The branch code that prefixes case numbers (default "
                                          "%1).")
                              .arg(Meta::defaultBranchCode()),
                          CommandLine::tr("code")});
         },
         runInit},
        {QStringLiteral("demo"),
         [] { return CommandLine::tr("Fill a new database with demonstration data."); },
         [](QCommandLineParser& p) {
             p.addOption({QStringLiteral("cases"),
                          CommandLine::tr("Also generate a history of N applications and their "
                                          "queue visits, for trying the program at scale."),
                          QStringLiteral("N")});
             p.addOption({QStringLiteral("days"),
                          CommandLine::tr("The generated history covers the D days before today "
                                          "(default 365)."),
                          QStringLiteral("D")});
             p.addOption({QStringLiteral("ratings"),
                          CommandLine::tr("Percent of the generated services that the applicant "
                                          "rates (default 0)."),
                          QStringLiteral("P")});
         },
         runDemo},
        {QStringLiteral("check"),
         [] { return CommandLine::tr("Check that a database is intact and readable."); },
         nullptr, runCheck},
        {QStringLiteral("backup"),
         [] { return CommandLine::tr("Copy a SQLite database to FILE while it is in use."); },
         nullptr, runBackup},
    };
}

} // namespace civicdesk
