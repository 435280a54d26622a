#include "Commands.h"

#include "ExitCode.h"
#include "catalog/CatalogRepository.h"
#include "reports/ReportDocument.h"
#include "reports/ReportExport.h"
#include "reports/ReportService.h"
#include "scheduling/WindowService.h"
#include "security/Session.h"
#include "security/StaffService.h"

#include <QDir>
#include <QElapsedTimer>

namespace civicdesk {

namespace {

// The filters named on the command line by their codes, numbers and logins, as ids.
Result<ReportFilter> filterFrom(CommandContext& ctx, const Database& db)
{
    ReportFilter f;
    const QString department = ctx.parser.value(QStringLiteral("department")).trimmed();
    if (!department.isEmpty()) {
        auto id = CatalogRepository(db).departmentIdByCode(department.toUpper());
        if (!id)
            return id.error();
        if (id->isEmpty())
            return Error(
                ErrorKind::NotFound,
                CommandLine::tr("There is no department with the code %1.").arg(department));
        f.departmentId = id.value();
    }
    const QString matter = ctx.parser.value(QStringLiteral("matter")).trimmed();
    if (!matter.isEmpty()) {
        auto m = CatalogRepository(db).matterByCode(matter);
        if (!m)
            return m.error();
        f.matterId = m->id;
    }
    const QString window = ctx.parser.value(QStringLiteral("window")).trimmed();
    if (!window.isEmpty()) {
        auto windows = WindowService::windows(db);
        if (!windows)
            return windows.error();
        for (const ServiceWindow& w : windows.value()) {
            if (QString::number(w.number) == window)
                f.windowId = w.id;
        }
        if (f.windowId.isEmpty())
            return Error(ErrorKind::NotFound,
                         CommandLine::tr("There is no window %1.").arg(window));
    }
    const QString staff = ctx.parser.value(QStringLiteral("staff")).trimmed();
    if (!staff.isEmpty()) {
        auto s = StaffService::findByLogin(db, staff);
        if (!s)
            return s.error();
        f.staffId = s->id;
    }
    return f;
}

// civicdesk report daily --date D --out FILE | monthly --month YYYY-MM --out FILE
int runReport(CommandContext& ctx)
{
    const QString kind = ctx.args.value(0);
    if (ctx.args.size() != 1 ||
        (kind != QLatin1String("daily") && kind != QLatin1String("monthly")))
        return ctx.usage(CommandLine::tr("Name the report: civicdesk report daily --date "
                                         "YYYY-MM-DD --out FILE, or civicdesk report monthly "
                                         "--month YYYY-MM --out FILE."));
    const QString out = ctx.parser.value(QStringLiteral("out"));
    const auto format = ReportExport::formatFor(out);
    if (out.isEmpty() || !format)
        return ctx.usage(
            CommandLine::tr("Give the file to write with --out; its name ends in .pdf, "
                            ".csv or .xlsx."));
    ReportRequest request;
    if (kind == QLatin1String("daily")) {
        const QString text = ctx.parser.value(QStringLiteral("date"));
        QDate date = text.isEmpty() ? ctx.clock->today() : QDate::fromString(text, Qt::ISODate);
        if (!date.isValid())
            return ctx.usage(
                CommandLine::tr("--date needs a date as YYYY-MM-DD, not \"%1\".").arg(text));
        request = ReportRequest::daily(date);
    } else {
        const QString text = ctx.parser.value(QStringLiteral("month"));
        const auto month = text.isEmpty()
                               ? std::optional<ReportRequest>(ReportRequest::monthly(
                                     ctx.clock->today().year(), ctx.clock->today().month()))
                               : ReportService::monthFromText(text);
        if (!month)
            return ctx.usage(
                CommandLine::tr("--month needs a month as YYYY-MM, not \"%1\".").arg(text));
        request = *month;
    }
    auto prepared = ctx.openDatabase(false);
    if (!prepared)
        return ctx.fail(prepared.error());
    Database& db = *prepared->db;
    auto filter = filterFrom(ctx, db);
    if (!filter)
        return ctx.fail(filter.error());
    request.filter = filter.value();

    QElapsedTimer timer;
    timer.start();
    const Session session = Session::system();
    auto report = ReportService::run({db, *ctx.clock, session}, request);
    if (!report)
        return ctx.fail(report.error());
    const QString file = QDir::current().absoluteFilePath(out);
    Status written;
    switch (*format) {
    case ReportFormat::Pdf:
        written = ReportDocument(report.value()).writePdf(file);
        break;
    case ReportFormat::Csv:
        written = ReportExport::writeCsv(report.value(), file);
        break;
    case ReportFormat::Xlsx:
        written = ReportExport::writeXlsx(report.value(), file);
        break;
    }
    if (!written)
        return ctx.fail(written.error());
    ctx.out << CommandLine::tr("Saved the %1 as %2 (%3 ms).")
                   .arg(report->title, QDir::toNativeSeparators(file))
                   .arg(timer.elapsed())
            << '\n';
    return ExitOk;
}

} // namespace

QVector<Command> reportCommands()
{
    return {
        {QStringLiteral("report"),
         [] {
             return CommandLine::tr("Save the daily or monthly report as PDF, CSV or Excel: "
                                    "report daily|monthly --out FILE.");
         },
         [](QCommandLineParser& p) {
             p.addOption(
                 {QStringLiteral("date"),
                  CommandLine::tr("The day of the daily report, YYYY-MM-DD (default: today)."),
                  CommandLine::tr("date")});
             p.addOption({QStringLiteral("month"),
                          CommandLine::tr("The month of the monthly report, YYYY-MM (default: this "
                                          "month)."),
                          CommandLine::tr("month")});
             p.addOption({QStringLiteral("out"),
                          CommandLine::tr("The file to write: .pdf, .csv or .xlsx."),
                          CommandLine::tr("file")});
             p.addOption({QStringLiteral("department"),
                          CommandLine::tr("Only this department (its code)."),
                          CommandLine::tr("code")});
             p.addOption({QStringLiteral("matter"), CommandLine::tr("Only this matter (its code)."),
                          CommandLine::tr("code")});
             p.addOption({QStringLiteral("window"),
                          CommandLine::tr("Only this window (its number)."),
                          CommandLine::tr("number")});
             p.addOption({QStringLiteral("staff"),
                          CommandLine::tr("Only this staff member (their login)."),
                          CommandLine::tr("login")});
         },
         runReport},
    };
}

} // namespace civicdesk
