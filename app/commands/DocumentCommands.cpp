#include "Commands.h"

#include "ExitCode.h"
#include "documents/DocumentRegister.h"
#include "security/Session.h"

#include <QDir>

namespace civicdesk {

namespace {

// civicdesk documents SUBJECT [--subject-type case|ticket]: what was issued about a case.
int runDocuments(CommandContext& ctx)
{
    if (ctx.args.size() != 1)
        return ctx.usage(CommandLine::tr("Name the case or ticket: civicdesk documents ID"));
    auto prepared = ctx.openDatabase(false);
    if (!prepared)
        return ctx.fail(prepared.error());
    QString type = ctx.parser.value(QStringLiteral("subject-type"));
    if (type.isEmpty())
        type = QStringLiteral("case");
    auto list = DocumentRegister::forSubject(*prepared->db, {type, ctx.args.first()});
    if (!list)
        return ctx.fail(list.error());
    if (list->isEmpty()) {
        ctx.out << CommandLine::tr("No documents were issued about %1.").arg(ctx.args.first())
                << '\n';
        return ExitOk;
    }
    for (const IssuedDocument& d : list.value()) {
        ctx.out << d.number << '\t' << d.issuedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                << '\t' << DocumentKinds::name(d.kind) << '\t' << d.staffName << '\t'
                << CommandLine::tr("copies made: %1").arg(d.copiesMade) << '\n';
    }
    return ExitOk;
}

// civicdesk document-pdf NUMBER FILE [--paper a4|receipt80]: a copy as a PDF, recorded and,
// after the first, audited as a reprint and marked as a duplicate.
int runDocumentPdf(CommandContext& ctx)
{
    if (ctx.args.size() != 2)
        return ctx.usage(CommandLine::tr("Name the document and the file: civicdesk document-pdf "
                                         "NUMBER FILE"));
    auto prepared = ctx.openDatabase(false);
    if (!prepared)
        return ctx.fail(prepared.error());
    Database& db = *prepared->db;
    auto document = DocumentRegister::findByNumber(db, ctx.args.at(0));
    if (!document)
        return ctx.fail(document.error());
    Paper paper = DocumentKinds::defaultPaper(document->kind);
    const QString paperKey = ctx.parser.value(QStringLiteral("paper"));
    if (!paperKey.isEmpty()) {
        const auto chosen = DocumentKinds::paperFromKey(paperKey);
        if (!chosen)
            return ctx.usage(
                CommandLine::tr("The paper is \"a4\" or \"receipt80\", not \"%1\".").arg(paperKey));
        paper = *chosen;
    }
    const QString file = QDir::current().absoluteFilePath(ctx.args.at(1));
    const Session session = Session::system();
    auto copy =
        DocumentRegister::saveAsPdf({db, *ctx.clock, session}, document.value(), paper, file);
    if (!copy)
        return ctx.fail(copy.error());
    ctx.out << (copy->duplicate ? CommandLine::tr("Saved copy %1 of %2 (a duplicate) as %3.")
                                : CommandLine::tr("Saved copy %1 of %2 as %3."))
                   .arg(copy->copyNo)
                   .arg(document->number, QDir::toNativeSeparators(file))
            << '\n';
    return ExitOk;
}

} // namespace

QVector<Command> documentCommands()
{
    return {
        {QStringLiteral("documents"),
         [] { return CommandLine::tr("List the documents issued about a case (or a ticket)."); },
         [](QCommandLineParser& p) {
             p.addOption({QStringLiteral("subject-type"),
                          CommandLine::tr("What the ID names: case (default) or ticket."),
                          CommandLine::tr("type")});
         },
         runDocuments},
        {QStringLiteral("document-pdf"),
         [] { return CommandLine::tr("Save a copy of an issued document as a PDF file."); },
         [](QCommandLineParser& p) {
             p.addOption({QStringLiteral("paper"),
                          CommandLine::tr("a4 or receipt80 (default: the document's usual paper)."),
                          CommandLine::tr("paper")});
         },
         runDocumentPdf},
    };
}

} // namespace civicdesk
