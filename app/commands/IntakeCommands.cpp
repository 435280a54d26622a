#include "Commands.h"

#include "ExitCode.h"
#include "documents/DocumentRegister.h"
#include "intake/IntakeService.h"
#include "security/Session.h"
#include "workflow/CaseRepository.h"

#include <QDir>

namespace civicdesk {

namespace {

// The documents `civicdesk print` knows by a short name. A new kind of case document is one
// more line here (the first kind of a line that the case has is printed, latest issue first).
struct PrintableDocument {
    QString name;
    QVector<DocumentKind> kinds;
};

const QVector<PrintableDocument>& printableDocuments()
{
    static const QVector<PrintableDocument> list = {
        {QStringLiteral("receipt"), {DocumentKind::AcceptanceReceipt}},
        {QStringLiteral("notice"), {DocumentKind::CorrectionNotice}},
        {QStringLiteral("promise"), {DocumentKind::DeficiencyPromise}},
        {QStringLiteral("refusal"), {DocumentKind::RefusalNotice}},
    };
    return list;
}

QStringList printableNames()
{
    QStringList names;
    for (const PrintableDocument& p : printableDocuments())
        names << p.name;
    return names;
}

// civicdesk print CASE_NUMBER --document receipt|notice|promise|refusal --pdf FILE
//                 [--paper a4|80mm]
// A copy of a case's document as a PDF: recorded in the register, audited, and marked as a
// duplicate after the first copy.
int runPrint(CommandContext& ctx)
{
    if (ctx.args.size() != 1)
        return ctx.usage(CommandLine::tr("Name the case: civicdesk print CASE_NUMBER --document "
                                         "%1 --pdf FILE")
                             .arg(printableNames().join(QLatin1Char('|'))));
    const QString which = ctx.parser.value(QStringLiteral("document"));
    const PrintableDocument* printable = nullptr;
    for (const PrintableDocument& p : printableDocuments()) {
        if (p.name == which)
            printable = &p;
    }
    if (!printable)
        return ctx.usage(CommandLine::tr("Name the document with --document: one of %1.")
                             .arg(printableNames().join(QStringLiteral(", "))));
    const QString file = ctx.parser.value(QStringLiteral("pdf"));
    if (file.isEmpty())
        return ctx.usage(CommandLine::tr("Name the PDF file to write with --pdf FILE."));
    std::optional<Paper> paper;
    const QString paperKey = ctx.parser.value(QStringLiteral("paper"));
    if (paperKey == QLatin1String("80mm") || paperKey == QLatin1String("receipt80"))
        paper = Paper::Receipt80;
    else if (paperKey == QLatin1String("a4"))
        paper = Paper::A4;
    else if (!paperKey.isEmpty())
        return ctx.usage(
            CommandLine::tr("The paper is \"a4\" or \"80mm\", not \"%1\".").arg(paperKey));

    auto prepared = ctx.openDatabase(false);
    if (!prepared)
        return ctx.fail(prepared.error());
    Database& db = *prepared->db;
    auto found = CaseRepository(db).byNumber(ctx.args.first());
    if (!found)
        return ctx.fail(found.error());
    auto documents = DocumentRegister::forSubject(db, {QStringLiteral("case"), found->id});
    if (!documents)
        return ctx.fail(documents.error());
    const IssuedDocument* document = nullptr;
    for (auto it = documents->crbegin(); it != documents->crend() && !document; ++it) {
        if (printable->kinds.contains(it->kind))
            document = &*it;
    }
    if (!document)
        return ctx.fail(
            Error(ErrorKind::NotFound,
                  CommandLine::tr("Case %1 has no %2: it was %3.")
                      .arg(found->number, DocumentKinds::name(printable->kinds.constFirst()),
                           CaseStates::name(found->status))));
    const Paper chosen = paper.value_or(DocumentKinds::defaultPaper(document->kind));
    if (!DocumentKinds::supports(document->kind, chosen))
        return ctx.usage(
            CommandLine::tr("A %1 is printed on %2 only.")
                .arg(DocumentKinds::name(document->kind),
                     DocumentKinds::paperName(DocumentKinds::defaultPaper(document->kind))));
    const QString path = QDir::current().absoluteFilePath(file);
    const Session session = Session::system();
    auto copy = DocumentRegister::saveAsPdf({db, *ctx.clock, session}, *document, chosen, path);
    if (!copy)
        return ctx.fail(copy.error());
    ctx.out << (copy->duplicate ? CommandLine::tr("Saved copy %1 of %2 (a duplicate) as %3.")
                                : CommandLine::tr("Saved copy %1 of %2 as %3."))
                   .arg(copy->copyNo)
                   .arg(document->number, QDir::toNativeSeparators(path))
            << '\n';
    return ExitOk;
}

// civicdesk deem-accepted: art. 32 for the whole database, for a scheduled task.
int runDeemAccepted(CommandContext& ctx)
{
    if (!ctx.args.isEmpty())
        return ctx.usage(CommandLine::tr("civicdesk deem-accepted takes no arguments."));
    auto prepared = ctx.openDatabase(false);
    if (!prepared)
        return ctx.fail(prepared.error());
    auto accepted = IntakeService::deemAcceptedOverdue(*prepared->db, *ctx.clock);
    if (!accepted)
        return ctx.fail(accepted.error());
    for (const QString& number : accepted.value())
        ctx.out << number << '\n';
    ctx.out << CommandLine::tr("%n application(s) without a one-time notice within 5 working "
                               "days now count as accepted.",
                               nullptr, int(accepted->size()))
            << '\n';
    return ExitOk;
}

} // namespace

QVector<Command> intakeCommands()
{
    return {
        {QStringLiteral("print"),
         [] { return CommandLine::tr("Save a case's receipt or notice as a PDF file."); },
         [](QCommandLineParser& p) {
             p.addOption({QStringLiteral("document"),
                          CommandLine::tr("Which document: %1.")
                              .arg(printableNames().join(QStringLiteral(", "))),
                          CommandLine::tr("name")});
             p.addOption({QStringLiteral("pdf"), CommandLine::tr("The PDF file to write."),
                          CommandLine::tr("file")});
             p.addOption({QStringLiteral("paper"),
                          CommandLine::tr("a4 or 80mm (default: the document's usual paper)."),
                          CommandLine::tr("paper")});
         },
         runPrint},
        {QStringLiteral("deem-accepted"),
         [] {
             return CommandLine::tr("Accept, as the law says, the applications whose one-time "
                                    "notice is overdue (for a scheduled task).");
         },
         [](QCommandLineParser&) {}, runDeemAccepted},
    };
}

} // namespace civicdesk
