#include "Commands.h"

#include "ExitCode.h"
#include "intake/Validators.h"

#include <QFile>

#include <cstdio>

namespace civicdesk {

namespace {

// civicdesk validate --id NUMBER | --uscc CODE | --phone NUMBER
// One line per value: "valid" or "invalid: <reason>". The two words stay English in every
// language, for scripts; the reason is translated. "-" reads the values from standard input,
// one a line, and answers every line in order (an empty line is invalid too), so that the
// answers can be pasted next to the list.
int runValidate(CommandContext& ctx)
{
    struct Kind {
        QString option;
        std::function<Result<QString>(const QString&)> check;
    };
    const QDate today = ctx.clock->today();
    const QVector<Kind> kinds = {
        {QStringLiteral("id"), [today](const QString& v) { return Validators::residentId(v, today); }},
        {QStringLiteral("uscc"), [](const QString& v) { return Validators::creditCode(v); }},
        {QStringLiteral("phone"), [](const QString& v) { return Validators::phone(v); }},
    };
    const Kind* kind = nullptr;
    for (const Kind& k : kinds) {
        if (!ctx.parser.isSet(k.option))
            continue;
        if (kind)
            return ctx.usage(CommandLine::tr("Give one of --id, --uscc and --phone."));
        kind = &k;
    }
    if (!kind)
        return ctx.usage(CommandLine::tr("Name what to check: civicdesk validate --id NUMBER, "
                                         "--uscc CODE or --phone NUMBER (\"-\" reads one value a "
                                         "line from standard input)."));
    if (!ctx.args.isEmpty())
        return ctx.usage(CommandLine::tr("Unexpected argument \"%1\"; put values after --%2.")
                             .arg(ctx.args.first(), kind->option));

    QStringList values;
    for (const QString& v : ctx.parser.values(kind->option)) {
        if (v != QLatin1String("-")) {
            values << v;
            continue;
        }
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly))
            return ctx.fail(Error(ErrorKind::Io, CommandLine::tr("Standard input cannot be read.")));
        const QString text = QString::fromUtf8(in.readAll());
        QStringList lines = text.split(QLatin1Char('\n'));
        if (!lines.isEmpty() && lines.last().isEmpty())
            lines.removeLast(); // the newline that ends the last line
        for (QString& line : lines) {
            if (line.endsWith(QLatin1Char('\r')))
                line.chop(1);
            values << line;
        }
    }

    bool allValid = true;
    for (const QString& v : values) {
        const Result<QString> r = kind->check(v);
        if (r) {
            ctx.out << "valid\n";
        } else {
            allValid = false;
            ctx.out << "invalid: " << QString(r.message()).replace(QLatin1Char('\n'), QLatin1Char(' '))
                    << '\n';
        }
    }
    return allValid ? ExitOk : ExitFailed;
}

} // namespace

QVector<Command> applicantCommands()
{
    return {
        {QStringLiteral("validate"),
         [] {
             return CommandLine::tr("Check resident ID numbers, credit codes or phone numbers, "
                                    "for example a list before a bulk import.");
         },
         [](QCommandLineParser& p) {
             p.addOption({QStringLiteral("id"),
                          CommandLine::tr("A resident ID number (GB 11643), or - for one a line "
                                          "from standard input."),
                          CommandLine::tr("number")});
             p.addOption({QStringLiteral("uscc"),
                          CommandLine::tr("A unified social credit code (GB 32100), or - for one "
                                          "a line from standard input."),
                          CommandLine::tr("code")});
             p.addOption({QStringLiteral("phone"),
                          CommandLine::tr("A mainland mobile or landline number, or - for one a "
                                          "line from standard input."),
                          CommandLine::tr("number")});
         },
         runValidate},
    };
}

} // namespace civicdesk
