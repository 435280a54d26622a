#include "ReportService.h"

#include "Clock.h"
#include "ReportBuilder.h"
#include "ReportLoader.h"
#include "calendar/CalendarService.h"
#include "documents/DocumentRegister.h"
#include "security/Authorization.h"
#include "storage/Database.h"

#include <QLocale>
#include <QRegularExpression>

namespace civicdesk {

ReportRequest ReportRequest::daily(const QDate& date, const ReportFilter& filter)
{
    return {ReportKind::Daily, date, date, filter};
}

ReportRequest ReportRequest::monthly(int year, int month, const ReportFilter& filter)
{
    const QDate first(year, month, 1);
    return {ReportKind::Monthly, first, first.addMonths(1).addDays(-1), filter};
}

ReportRequest ReportRequest::range(const QDate& from, const QDate& to, const ReportFilter& filter)
{
    return {ReportKind::Range, from, to, filter};
}

std::optional<ReportRequest> ReportService::monthFromText(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})-(\\d{2})$"));
    const auto match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    const int year = match.captured(1).toInt();
    const int month = match.captured(2).toInt();
    if (month < 1 || month > 12 || year < 2000)
        return std::nullopt;
    return ReportRequest::monthly(year, month);
}

Result<LightThresholds> ReportService::lightThresholds(const Database& db)
{
    LightThresholds t;
    auto q = db.exec(QStringLiteral("SELECT key, value FROM center_settings WHERE key IN "
                                    "('supervision.yellow_days', 'supervision.yellow_percent')"));
    if (!q)
        return q.error();
    while (q.value().next()) {
        bool ok = false;
        const int v = q.value().value(1).toString().toInt(&ok);
        if (!ok || v < 0)
            continue;
        if (q.value().value(0).toString() == QLatin1String("supervision.yellow_days"))
            t.days = v;
        else
            t.percent = v;
    }
    return t;
}

Result<Report> ReportService::run(const Context& ctx, const ReportRequest& request,
                                  const ReportProgress* progress)
{
    CIVICDESK_TRY(authorize(ctx, Permission::ViewReports));
    if (!request.from.isValid() || !request.to.isValid() || request.to < request.from)
        return Error(ErrorKind::Invalid,
                     tr("The report needs a first and a last day, the last not before the first."));
    if (request.dayCount() > 366 * 5)
        return Error(ErrorKind::Invalid,
                     tr("A report covers at most five years; choose a shorter range."));
    const QDateTime now = ctx.clock.now();
    auto data = ReportLoader::load(ctx.db, request, now, progress);
    if (!data)
        return data.error();
    auto calendar = CalendarService::current(ctx.db);
    if (!calendar)
        return calendar.error();
    auto thresholds = lightThresholds(ctx.db);
    if (!thresholds)
        return thresholds.error();
    auto center = DocumentRegister::centerDetails(ctx.db, QLocale().name());
    if (!center)
        return center.error();
    if (progress && progress->isCancelled())
        return ReportLoader::cancelled();
    Report report = ReportBuilder::build(data.take(), *calendar.value(), thresholds.value(),
                                         center->value(QStringLiteral("name")).toString(), now);
    if (progress)
        progress->report(100, tr("Done"));
    return report;
}

DrillList ReportService::drillDown(const Report& report, const DrillKey& key)
{
    return ReportBuilder::drillDown(report, key);
}

bool ReportService::isCancelled(const Error& error)
{
    return ReportLoader::isCancelled(error);
}

} // namespace civicdesk
