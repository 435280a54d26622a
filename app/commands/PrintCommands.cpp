#include "Commands.h"

#include "Config.h"
#include "ExitCode.h"
#include "Services.h"
#include "documents/DocumentRegister.h"
#include "printing/PrintService.h"
#include "security/Session.h"
#include "workflow/CaseRepository.h"

#include <QDir>

namespace civicdesk {

namespace {

// civicdesk print KIND CASE [--pdf FILE] [--printer NAME] [--paper a4|receipt80]: the next copy
// of the newest document of that kind issued about the case, on this PC's printer for its
// paper (or the one named), or as a PDF file. Recorded in the register like every copy; a copy
// after the first is marked as a duplicate.
int runPrint(CommandContext& ctx, const QVector<PrintableKind>& printables)
{
    QStringList names;
    for (const PrintableKind& p : printables)
        names << p.name;
    if (ctx.args.size() != 2)
        return ctx.usage(CommandLine::tr("Name what to print and the case: civicdesk print %1 "
                                         "CASE")
                             .arg(names.join(QLatin1Char('|'))));
    const PrintableKind* kind = nullptr;
    for (const PrintableKind& p : printables) {
        if (p.name == ctx.args.at(0))
            kind = &p;
    }
    if (!kind) {
        QStringList choices;
        for (const PrintableKind& p : printables)
            choices << QStringLiteral("  %1  %2").arg(p.name.leftJustified(12), p.summary());
        return ctx.usage(CommandLine::tr("There is no document \"%1\" to print; choose one of:")
                             .arg(ctx.args.at(0)) +
                         QLatin1Char('\n') + choices.join(QLatin1Char('\n')));
    }
    const QString pdf = ctx.parser.value(QStringLiteral("pdf"));
    const QString printer = ctx.parser.value(QStringLiteral("printer"));
    if (!pdf.isEmpty() && !printer.isEmpty())
        return ctx.usage(CommandLine::tr("Give either --pdf or --printer, not both."));
    std::optional<Paper> paper;
    const QString paperKey = ctx.parser.value(QStringLiteral("paper"));
    if (!paperKey.isEmpty()) {
        paper = DocumentKinds::paperFromKey(paperKey);
        if (!paper)
            return ctx.usage(
                CommandLine::tr("The paper is \"a4\" or \"receipt80\", not \"%1\".").arg(paperKey));
    }

    auto prepared = ctx.openDatabase(false);
    if (!prepared)
        return ctx.fail(prepared.error());
    Services services(std::move(prepared->db), ctx.clock, Session::system());
    Database& db = services.db();
    CaseRepository cases(db);
    auto found = cases.byNumber(ctx.args.at(1));
    if (!found && found.kind() == ErrorKind::NotFound) {
        auto byId = cases.byId(ctx.args.at(1));
        if (byId)
            found = byId;
    }
    if (!found)
        return ctx.fail(found.error());
    auto documents = DocumentRegister::forSubject(db, {QStringLiteral("case"), found->id});
    if (!documents)
        return ctx.fail(documents.error());
    const IssuedDocument* newest = nullptr;
    for (const IssuedDocument& d : documents.value()) {
        if (kind->kinds.contains(d.kind))
            newest = &d;
    }
    if (!newest) {
        QStringList kindNames;
        for (DocumentKind k : kind->kinds)
            kindNames << DocumentKinds::name(k);
        return ctx.fail(Error(ErrorKind::NotFound,
                              CommandLine::tr("No %1 was issued about case %2; nothing was "
                                              "printed.")
                                  .arg(kindNames.join(CommandLine::tr(" or ")), found->number)));
    }
    const Paper chosen = paper.value_or(DocumentKinds::defaultPaper(newest->kind));
    if (!DocumentKinds::supports(newest->kind, chosen))
        return ctx.usage(CommandLine::tr("%1 has no layout for %2.")
                             .arg(DocumentKinds::name(newest->kind), DocumentKinds::paperName(chosen)));
    if (!pdf.isEmpty()) {
        const QString file = QDir::current().absoluteFilePath(pdf);
        auto copy = DocumentRegister::saveAsPdf(services.context(), *newest, chosen, file);
        if (!copy)
            return ctx.fail(copy.error());
        ctx.out << (copy->duplicate ? CommandLine::tr("Saved copy %1 of %2 (%3, a duplicate) as %4.")
                                    : CommandLine::tr("Saved copy %1 of %2 (%3) as %4."))
                       .arg(copy->copyNo)
                       .arg(newest->number, DocumentKinds::name(newest->kind),
                            QDir::toNativeSeparators(file))
                << '\n';
        return ExitOk;
    }
    PrintService printing(services, ctx.config);
    auto copy = printing.printTo(*newest, chosen, printer);
    if (!copy)
        return ctx.fail(copy.error());
    ctx.out << (copy->duplicate ? CommandLine::tr("Printed copy %1 of %2 (%3, a duplicate) on %4.")
                                : CommandLine::tr("Printed copy %1 of %2 (%3) on %4."))
                   .arg(copy->copyNo)
                   .arg(newest->number, DocumentKinds::name(newest->kind), copy->destination)
            << '\n';
    return ExitOk;
}

} // namespace

QVector<Command> printCommands(const QVector<PrintableKind>& printables)
{
    return {
        {QStringLiteral("print"),
         [printables] {
             QStringList names;
             for (const PrintableKind& p : printables)
                 names << p.name;
             return CommandLine::tr("Print a document of a case, or save it as a PDF (%1).")
                 .arg(names.join(QStringLiteral(", ")));
         },
         [](QCommandLineParser& p) {
             p.addOption({QStringLiteral("pdf"),
                          CommandLine::tr("Save the copy as this PDF file instead of printing it."),
                          CommandLine::tr("file")});
             p.addOption({QStringLiteral("printer"),
                          CommandLine::tr("The printer (default: this PC's printer for the "
                                          "paper)."),
                          CommandLine::tr("name")});
             p.addOption({QStringLiteral("paper"),
                          CommandLine::tr("a4 or receipt80 (default: the document's usual "
                                          "paper)."),
                          CommandLine::tr("paper")});
         },
         [printables](CommandContext& ctx) { return runPrint(ctx, printables); }},
    };
}

} // namespace civicdesk
