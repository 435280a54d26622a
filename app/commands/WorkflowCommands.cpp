#include "Commands.h"

#include "ExitCode.h"
#include "security/Session.h"
#include "workflow/LimitDisplay.h"
#include "workflow/SupervisionService.h"

#include <QDir>
#include <QSaveFile>

namespace civicdesk {

namespace {

QString lightWord(const SupervisedCase& c)
{
    if (c.isSuspended())
        return CommandLine::tr("suspended");
    if (c.statutory.light == Light::Red)
        return CommandLine::tr("PAST THE STATUTORY LIMIT");
    return CaseClock::name(c.light());
}

// civicdesk supervision [--yellow-days N] [--yellow-percent P]: the open cases against their
// limits, for a daily message or a wall screen; with the options, the yellow thresholds are
// changed first.
int runSupervision(CommandContext& ctx)
{
    if (!ctx.args.isEmpty())
        return ctx.usage(CommandLine::tr("civicdesk supervision takes no arguments, only options."));
    auto prepared = ctx.openDatabase(false);
    if (!prepared)
        return ctx.fail(prepared.error());
    Database& db = *prepared->db;
    const Session session = Session::system();
    const Context context{db, *ctx.clock, session};
    const QString days = ctx.parser.value(QStringLiteral("yellow-days"));
    const QString percent = ctx.parser.value(QStringLiteral("yellow-percent"));
    if (!days.isEmpty() || !percent.isEmpty()) {
        auto current = SupervisionService::thresholds(db);
        if (!current)
            return ctx.fail(current.error());
        LightThresholds t = current.value();
        bool ok = true;
        if (!days.isEmpty())
            t.days = days.toInt(&ok);
        if (ok && !percent.isEmpty())
            t.percent = percent.toInt(&ok);
        if (!ok)
            return ctx.usage(CommandLine::tr("The thresholds are whole numbers: --yellow-days 2 "
                                             "--yellow-percent 20."));
        Status saved = SupervisionService::setThresholds(context, t);
        if (!saved)
            return ctx.fail(saved.error());
    }
    auto snap = SupervisionService::snapshot(context);
    if (!snap)
        return ctx.fail(snap.error());
    const SupervisionSnapshot& s = snap.value();
    if (!s.coverageWarning.isEmpty())
        ctx.err << s.coverageWarning << '\n';
    ctx.out << CommandLine::tr("Open cases: %1 · red %2 (past the statutory limit %3) · yellow %4 "
                               "· green %5 · suspended %6 · extension requests %7")
                   .arg(s.cases.size())
                   .arg(s.count(Light::Red))
                   .arg(s.statutoryOverdue())
                   .arg(s.count(Light::Yellow))
                   .arg(s.count(Light::Green))
                   .arg(s.suspended())
                   .arg(s.extensionRequests.size())
            << '\n';
    ctx.out << CommandLine::tr("Yellow: at most %1 working days or %2 % of a limit left.")
                   .arg(s.thresholds.days)
                   .arg(s.thresholds.percent)
            << '\n';
    for (const DepartmentSupervision& d : s.departments) {
        ctx.out << QStringLiteral("  %1\t").arg(d.departmentName)
                << CommandLine::tr("open %1, red %2, yellow %3, green %4, suspended %5, steps "
                                   "overdue %6")
                       .arg(d.open)
                       .arg(d.red)
                       .arg(d.yellow)
                       .arg(d.green)
                       .arg(d.suspended)
                       .arg(d.stepsOverdue)
                << '\n';
    }
    for (const SupervisedCase& c : s.cases) {
        if (c.light() != Light::Red && c.light() != Light::Yellow)
            continue;
        const LimitState& l = c.certificate.light != Light::None ? c.certificate
                              : c.statutory.light == Light::Red  ? c.statutory
                                                                 : c.promised;
        ctx.out << c.number << '\t' << lightWord(c) << '\t' << c.matterName << '\t'
                << toDbDate(l.due) << '\t' << LimitDisplay::daysLeft(l.daysLeft) << '\n';
    }
    return ExitOk;
}

// civicdesk decisions [--from DATE] [--to DATE] [--csv FILE]: the public list of approvals
// (art. 40), without personal data.
int runDecisions(CommandContext& ctx)
{
    auto prepared = ctx.openDatabase(false);
    if (!prepared)
        return ctx.fail(prepared.error());
    const QDate today = ctx.clock->today();
    auto dateOption = [&](const char* name, const QDate& fallback) {
        const QString v = ctx.parser.value(QString::fromLatin1(name));
        return v.isEmpty() ? fallback : QDate::fromString(v, Qt::ISODate);
    };
    const QDate from = dateOption("from", QDate(today.year(), today.month(), 1));
    const QDate to = dateOption("to", today);
    if (!from.isValid() || !to.isValid())
        return ctx.usage(CommandLine::tr("Give dates as 2026-11-20."));
    auto list = SupervisionService::publishedDecisions(*prepared->db, from, to);
    if (!list)
        return ctx.fail(list.error());
    QStringList lines;
    lines << QStringList{CommandLine::tr("Decided on"), CommandLine::tr("Case"),
                         CommandLine::tr("Matter"), CommandLine::tr("Department"),
                         CommandLine::tr("Holder"), CommandLine::tr("Granted"),
                         CommandLine::tr("Certificate"), CommandLine::tr("Number"),
                         CommandLine::tr("Valid from"), CommandLine::tr("Valid until")}
                 .join(QLatin1Char('\t'));
    for (const PublishedDecision& p : list.value()) {
        lines << QStringList{toDbDate(p.decidedOn), p.caseNumber, p.matterName, p.departmentName,
                             p.holder, p.content, p.certificateName, p.certificateNumber,
                             p.validFrom.isValid() ? toDbDate(p.validFrom) : QString(),
                             p.validUntil.isValid() ? toDbDate(p.validUntil) : QString()}
                     .join(QLatin1Char('\t'));
    }
    const QString csv = ctx.parser.value(QStringLiteral("csv"));
    if (csv.isEmpty()) {
        for (const QString& l : lines)
            ctx.out << l << '\n';
        return ExitOk;
    }
    QSaveFile file(QDir::current().absoluteFilePath(csv));
    if (!file.open(QIODevice::WriteOnly)) {
        return ctx.fail(Error(ErrorKind::Io, CommandLine::tr("%1 could not be written: %2. Nothing "
                                                             "was saved.")
                                                 .arg(csv, file.errorString())));
    }
    QString text;
    for (QString l : lines) {
        // CSV for spreadsheets: every field quoted, UTF-8 with a byte order mark.
        QStringList fields = l.split(QLatin1Char('\t'));
        for (QString& f : fields)
            f = QLatin1Char('"') + f.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
        text += fields.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    file.write("\xEF\xBB\xBF");
    file.write(text.toUtf8());
    if (!file.commit())
        return ctx.fail(Error(ErrorKind::Io, CommandLine::tr("%1 could not be written: %2. Nothing "
                                                             "was saved.")
                                                 .arg(csv, file.errorString())));
    ctx.out << CommandLine::tr("%n approval(s) written to %1.", nullptr, int(list->size()))
                   .arg(QDir::toNativeSeparators(csv))
            << '\n';
    return ExitOk;
}

} // namespace

QVector<Command> workflowCommands()
{
    return {
        {QStringLiteral("supervision"),
         [] { return CommandLine::tr("Open cases against their time limits (electronic supervision)."); },
         [](QCommandLineParser& p) {
             p.addOption({QStringLiteral("yellow-days"),
                          CommandLine::tr("Set: yellow when at most this many working days are left."),
                          CommandLine::tr("days")});
             p.addOption({QStringLiteral("yellow-percent"),
                          CommandLine::tr("Set: yellow when at most this share of the limit is left."),
                          CommandLine::tr("percent")});
         },
         runSupervision},
        {QStringLiteral("decisions"),
         [] { return CommandLine::tr("The public list of approvals, without personal data (art. 40)."); },
         [](QCommandLineParser& p) {
             p.addOption({QStringLiteral("from"),
                          CommandLine::tr("First day (default: the first of this month)."),
                          CommandLine::tr("date")});
             p.addOption({QStringLiteral("to"), CommandLine::tr("Last day (default: today)."),
                          CommandLine::tr("date")});
             p.addOption({QStringLiteral("csv"),
                          CommandLine::tr("Write a CSV file for a spreadsheet instead."),
                          CommandLine::tr("file")});
         },
         runDecisions},
    };
}

} // namespace civicdesk
