#include "Commands.h"

#include "ExitCode.h"
#include "catalog/CatalogService.h"
#include "security/Session.h"

#include <QDir>

namespace civicdesk {

namespace {

QString usageText()
{
    return CommandLine::tr("Name what to do and the file: civicdesk catalog import FILE, or "
                           "civicdesk catalog export FILE");
}

int runCatalog(CommandContext& ctx)
{
    if (ctx.args.size() != 2)
        return ctx.usage(usageText());
    const QString action = ctx.args.at(0);
    const QString file = QDir::current().absoluteFilePath(ctx.args.at(1));
    const QString shown = QDir::toNativeSeparators(file);
    if (action != QLatin1String("import") && action != QLatin1String("export"))
        return ctx.usage(usageText());

    auto prepared = ctx.openDatabase(false);
    if (!prepared)
        return ctx.fail(prepared.error());
    Database& db = *prepared->db;

    if (action == QLatin1String("export")) {
        Status s = CatalogService::exportFile(db, file);
        if (!s)
            return ctx.fail(s.error());
        ctx.out
            << CommandLine::tr("Wrote the catalog of %1 to %2.").arg(db.spec().describe(), shown)
            << '\n';
        return ExitOk;
    }

    const Session session = Session::system(QStringLiteral("cli"));
    auto report = CatalogService({db, *ctx.clock, session}).importFile(file);
    if (!report)
        return ctx.fail(report.error());
    ctx.out << CommandLine::tr("Imported %1 into %2:").arg(shown, db.spec().describe()) << '\n';
    for (const QString& line : report->lines())
        ctx.out << "  " << line << '\n';
    return ExitOk;
}

} // namespace

QVector<Command> catalogCommands()
{
    return {
        {QStringLiteral("catalog"),
         [] {
             return CommandLine::tr("import FILE: add or update departments and matters from a "
                                    "catalog file; export FILE: write the whole catalog.");
         },
         nullptr, runCatalog},
    };
}

} // namespace civicdesk
