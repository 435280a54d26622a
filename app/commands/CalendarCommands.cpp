// civicdesk calendar add-days | between | show | import: the working-day calendar for scripts
// and for an administrator at a terminal.

#include "Commands.h"

#include "ExitCode.h"
#include "calendar/CalendarService.h"
#include "security/Session.h"

#include <QDir>
#include <QLocale>
#include <QRegularExpression>

namespace civicdesk {

namespace {

class CalendarCommand {
    Q_DECLARE_TR_FUNCTIONS(CalendarCommand)
public:
    static int run(CommandContext& ctx);

private:
    static int addDays(CommandContext& ctx, Database& db);
    static int between(CommandContext& ctx, Database& db);
    static int show(CommandContext& ctx, Database& db);
    static int import(CommandContext& ctx, Database& db);
};

QString usageText()
{
    return CalendarCommand::tr("Usage: civicdesk calendar add-days YYYY-MM-DD N | between "
                               "YYYY-MM-DD YYYY-MM-DD | show [YEAR] | import FILE [--replace]");
}

QDate parseDate(const QString& text)
{
    static const QRegularExpression iso(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (!iso.match(text).hasMatch())
        return {};
    return QDate::fromString(text, Qt::ISODate);
}

// --exclude FIRST..LAST (or one day) as many times as needed: the days a case was suspended.
bool parseExcluded(const CommandContext& ctx, QVector<DateRange>* ranges, QString* bad)
{
    for (const QString& value : ctx.parser.values(QStringLiteral("exclude"))) {
        const QStringList parts = value.split(QStringLiteral(".."));
        const QDate first = parseDate(parts.value(0).trimmed());
        const QDate last = parts.size() == 2 ? parseDate(parts.value(1).trimmed()) : first;
        if (parts.size() > 2 || !first.isValid() || !last.isValid() || last < first) {
            *bad = value;
            return false;
        }
        ranges->push_back({first, last});
    }
    return true;
}

void warnIfEstimate(const CommandContext& ctx, const QVector<int>& missingYears)
{
    if (!missingYears.isEmpty())
        ctx.err << CalendarCommand::tr("Warning: %1")
                       .arg(WorkingCalendar::missingYearsWarning(missingYears))
                << '\n';
}

QString weekday(const QDate& d)
{
    return QLocale().dayName(d.dayOfWeek(), QLocale::ShortFormat);
}

int CalendarCommand::run(CommandContext& ctx)
{
    const QString action = ctx.args.value(0);
    using Handler = int (*)(CommandContext&, Database&);
    Handler handler = nullptr;
    if (action == QLatin1String("add-days"))
        handler = addDays;
    else if (action == QLatin1String("between"))
        handler = between;
    else if (action == QLatin1String("show"))
        handler = show;
    else if (action == QLatin1String("import"))
        handler = import;
    if (!handler)
        return ctx.usage(action.isEmpty() ? usageText()
                                          : tr("There is no calendar command \"%1\".").arg(action) +
                                                QLatin1Char('\n') + usageText());
    auto prepared = ctx.openDatabase(false);
    if (!prepared)
        return ctx.fail(prepared.error());
    return handler(ctx, *prepared->db);
}

int CalendarCommand::addDays(CommandContext& ctx, Database& db)
{
    if (ctx.args.size() != 3)
        return ctx.usage(usageText());
    const QDate start = parseDate(ctx.args.at(1));
    bool isNumber = false;
    const int n = ctx.args.at(2).toInt(&isNumber);
    if (!start.isValid())
        return ctx.usage(tr("\"%1\" is not a date written as YYYY-MM-DD.").arg(ctx.args.at(1)));
    if (!isNumber || qAbs(n) > 10000)
        return ctx.usage(
            tr("\"%1\" is not a number of working days (up to 10000).").arg(ctx.args.at(2)));
    QVector<DateRange> excluded;
    QString bad;
    if (!parseExcluded(ctx, &excluded, &bad))
        return ctx.usage(
            tr("\"%1\" is not a date range written as YYYY-MM-DD..YYYY-MM-DD.").arg(bad));
    auto calendar = CalendarService::current(db);
    if (!calendar)
        return ctx.fail(calendar.error());
    const CalendarDate result = calendar.value()->addWorkingDays(start, n, excluded);
    if (!result.date.isValid())
        return ctx.fail(Error(ErrorKind::Invalid,
                              tr("No date is %1 working days from %2: the calendar has no working "
                                 "days there.")
                                  .arg(n)
                                  .arg(ctx.args.at(1))));
    ctx.out << toDbDate(result.date) << '\n';
    warnIfEstimate(ctx, result.missingYears);
    return ExitOk;
}

int CalendarCommand::between(CommandContext& ctx, Database& db)
{
    if (ctx.args.size() != 3)
        return ctx.usage(usageText());
    const QDate from = parseDate(ctx.args.at(1));
    const QDate to = parseDate(ctx.args.at(2));
    if (!from.isValid() || !to.isValid())
        return ctx.usage(tr("\"%1\" is not a date written as YYYY-MM-DD.")
                             .arg(from.isValid() ? ctx.args.at(2) : ctx.args.at(1)));
    QVector<DateRange> excluded;
    QString bad;
    if (!parseExcluded(ctx, &excluded, &bad))
        return ctx.usage(
            tr("\"%1\" is not a date range written as YYYY-MM-DD..YYYY-MM-DD.").arg(bad));
    auto calendar = CalendarService::current(db);
    if (!calendar)
        return ctx.fail(calendar.error());
    const WorkingDayCount count = calendar.value()->workingDaysBetween(from, to, excluded);
    ctx.out << count.days << '\n';
    warnIfEstimate(ctx, count.missingYears);
    return ExitOk;
}

int CalendarCommand::show(CommandContext& ctx, Database& db)
{
    if (ctx.args.size() > 2)
        return ctx.usage(usageText());
    auto years = CalendarService::years(db);
    if (!years)
        return ctx.fail(years.error());
    auto calendar = CalendarService::current(db);
    if (!calendar)
        return ctx.fail(calendar.error());
    const QLocale locale;

    if (ctx.args.size() == 1) {
        for (const CalendarYearInfo& y : years.value())
            ctx.out << tr("%1: %n day(s) off, ", nullptr, y.daysOff).arg(y.year)
                    << tr("%n make-up working day(s) (%1)", nullptr, y.makeUpDays).arg(y.source)
                    << '\n';
        if (years->isEmpty())
            ctx.out << tr("The calendar covers no year.") << '\n';
        const QString warning = calendar.value()->coverageWarning(ctx.clock->today());
        if (!warning.isEmpty())
            ctx.err << tr("Warning: %1").arg(warning) << '\n';
        return ExitOk;
    }

    bool isNumber = false;
    const int year = ctx.args.at(1).toInt(&isNumber);
    if (!isNumber)
        return ctx.usage(tr("\"%1\" is not a year.").arg(ctx.args.at(1)));
    const auto info = std::find_if(years->cbegin(), years->cend(),
                                   [year](const CalendarYearInfo& y) { return y.year == year; });
    if (info == years->cend())
        return ctx.fail(
            Error(ErrorKind::NotFound, tr("%1 is not in the calendar. Import its holidays with "
                                          "\"civicdesk calendar import FILE\".")
                                           .arg(year)));
    const WorkingCalendar& c = *calendar.value();
    const int working = c.workingDaysBetween(QDate(year - 1, 12, 31), QDate(year, 12, 31)).days;
    ctx.out << tr("%1: %2").arg(year).arg(info->source) << '\n'
            << tr("Added %1 by %2; last changed %3 by %4.")
                   .arg(locale.toString(info->importedAt, QLocale::ShortFormat), info->importedBy,
                        locale.toString(info->updatedAt, QLocale::ShortFormat), info->updatedBy)
            << '\n'
            << tr("%n working day(s), ", nullptr, working)
            << tr("%n day(s) off for public holidays, ", nullptr, info->daysOff)
            << tr("%n make-up working day(s).", nullptr, info->makeUpDays) << "\n\n";
    const QString off = tr("off");
    const QString work = tr("working");
    const int width = int(std::max(off.size(), work.size()));
    for (const CalendarDay& d : c.exceptions(year)) {
        ctx.out << "  " << toDbDate(d.date) << "  " << weekday(d.date) << "  "
                << (d.offDay ? off : work).leftJustified(width) << "  " << d.name << '\n';
    }
    return ExitOk;
}

int CalendarCommand::import(CommandContext& ctx, Database& db)
{
    if (ctx.args.size() != 2)
        return ctx.usage(usageText());
    auto data = HolidayFile::read(QDir::current().absoluteFilePath(ctx.args.at(1)));
    if (!data)
        return ctx.fail(data.error());
    const Session session = Session::system(QStringLiteral("cli"));
    const Context context{db, *ctx.clock, session};
    const bool replace = ctx.parser.isSet(QStringLiteral("replace"));
    auto outcome = CalendarService::importYear(
        context, data.value(), replace ? ExistingYear::Replace : ExistingYear::Refuse);
    if (!outcome) {
        const int code = ctx.fail(outcome.error());
        if (outcome.kind() == ErrorKind::Conflict && !replace)
            ctx.err << tr("Add --replace to replace it.") << '\n';
        return code;
    }
    const CalendarImport& r = outcome.value();
    if (r.unchanged) {
        ctx.out << tr("%1 in the calendar already holds exactly these days; nothing was changed.")
                       .arg(r.year)
                << '\n';
        return ExitOk;
    }
    ctx.out << (r.replaced ? tr("Replaced %1 in the calendar: ")
                           : tr("Imported %1 into the calendar: "))
                   .arg(r.year)
            << tr("%n day(s) off, ", nullptr, r.daysOff)
            << tr("%n make-up working day(s).", nullptr, r.makeUpDays) << '\n';
    return ExitOk;
}

} // namespace

QVector<Command> calendarCommands()
{
    return {
        {QStringLiteral("calendar"),
         [] {
             return CalendarCommand::tr("Working days: add-days DATE N, between DATE DATE, show "
                                        "[YEAR], import FILE.");
         },
         [](QCommandLineParser& p) {
             p.addOption({QStringLiteral("exclude"),
                          CalendarCommand::tr("add-days, between: days that do not count (a "
                                              "suspension), first and last included; repeat "
                                              "for more."),
                          QStringLiteral("YYYY-MM-DD..YYYY-MM-DD")});
             p.addOption({QStringLiteral("replace"),
                          CalendarCommand::tr("import: replace a year the calendar already "
                                              "holds.")});
         },
         CalendarCommand::run},
    };
}

} // namespace civicdesk
