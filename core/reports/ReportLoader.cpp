#include "ReportLoader.h"

#include "Clock.h"
#include "ReportMath.h"
#include "catalog/CatalogTypes.h"
#include "scheduling/SchedulingSettings.h"
#include "storage/Database.h"
#include "workflow/CaseStatus.h"

#include <QSet>

namespace civicdesk {

namespace {

using reportmath::wallSeconds;

const QString kCancelled = QStringLiteral("report cancelled");

QDate dateAt(const QVariant& v)
{
    return v.isNull() ? QDate() : reportmath::parseDate(v.toString());
}

qint64 secondsAt(const QVariant& v)
{
    return v.isNull() ? -1 : wallSeconds(v.toString());
}

// Runs a statement and hands each row to `row`; checks for a cancel every 4096 rows.
Status each(const Database& db, const QString& sql, const QVariantList& params,
            const ReportProgress* progress, const std::function<void(const QSqlQuery&)>& row)
{
    auto q = db.exec(sql, params);
    if (!q)
        return q.error();
    QSqlQuery& query = q.value();
    int n = 0;
    while (query.next()) {
        row(query);
        if ((++n & 4095) == 0 && progress && progress->isCancelled()) {
            query.finish();
            return ReportLoader::cancelled();
        }
    }
    query.finish();
    return {};
}

Status loadNames(const Database& db, ReportNames& names)
{
    CIVICDESK_TRY(each(db,
                       QStringLiteral("SELECT id, name_zh, name_en, sort_order FROM departments "
                                      "ORDER BY sort_order, code"),
                       {}, nullptr, [&](const QSqlQuery& q) {
                           const QString id = q.value(0).toString();
                           names.departments.insert(
                               id, localizedName(q.value(1).toString(), q.value(2).toString()));
                           names.departmentOrder.insert(id, names.departmentOrder.size());
                       }));
    QHash<QString, QString> matterByCode;
    CIVICDESK_TRY(each(db,
                       QStringLiteral("SELECT id, code, name_zh, name_en, department_id FROM "
                                      "matters ORDER BY code"),
                       {}, nullptr, [&](const QSqlQuery& q) {
                           const QString id = q.value(0).toString();
                           names.matters.insert(
                               id, localizedName(q.value(2).toString(), q.value(3).toString()));
                           names.matterCodes.insert(id, q.value(1).toString());
                           names.matterDepartment.insert(id, q.value(4).toString());
                           matterByCode.insert(q.value(1).toString(), id);
                       }));
    CIVICDESK_TRY(each(db,
                       QStringLiteral("SELECT id, prefix, name_zh, name_en FROM ticket_categories "
                                      "ORDER BY sort_order, prefix"),
                       {}, nullptr, [&](const QSqlQuery& q) {
                           const QString id = q.value(0).toString();
                           names.categories.insert(
                               id, q.value(1).toString() + QLatin1Char(' ') +
                                       localizedName(q.value(2).toString(), q.value(3).toString()));
                           names.categoryOrder.insert(id, names.categoryOrder.size());
                       }));
    CIVICDESK_TRY(
        each(db, QStringLiteral("SELECT category_id, matter_code FROM ticket_category_matters"), {},
             nullptr, [&](const QSqlQuery& q) {
                 const QString matter = matterByCode.value(q.value(1).toString());
                 if (!matter.isEmpty())
                     names.categoryMatters[q.value(0).toString()] << matter;
             }));
    CIVICDESK_TRY(each(db, QStringLiteral("SELECT id, number, name FROM windows ORDER BY number"),
                       {}, nullptr, [&](const QSqlQuery& q) {
                           const QString id = q.value(0).toString();
                           const int number = q.value(1).toInt();
                           const QString name = q.value(2).toString();
                           names.windows.insert(
                               id, name.isEmpty() ? QString::number(number)
                                                  : QStringLiteral("%1 %2").arg(number).arg(name));
                           names.windowNumbers.insert(id, number);
                       }));
    return each(db, QStringLiteral("SELECT id, display_name FROM staff"), {}, nullptr,
                [&](const QSqlQuery& q) {
                    names.staff.insert(q.value(0).toString(), q.value(1).toString());
                });
}

const QString kCaseColumns = QStringLiteral(
    "id, number, matter_id, matter_name_zh, matter_name_en, department_id, applicant_name, "
    "status, received_at, accepted_on, decided_on, decision, promised_due, statutory_due, "
    "promised_days, statutory_days, extension_days, correction_due, deficiency_due, "
    "updated_at, closed_at, window_id, intake_staff_id");

CaseRow readCase(const QSqlQuery& q)
{
    CaseRow c;
    c.id = q.value(0).toString();
    c.number = q.value(1).toString();
    c.matterId = q.value(2).toString();
    c.matterName = localizedName(q.value(3).toString(), q.value(4).toString());
    c.departmentId = q.value(5).toString();
    c.applicantName = q.value(6).toString();
    c.status = q.value(7).toString();
    c.receivedAt = wallSeconds(q.value(8).toString());
    c.receivedOn = c.receivedAt < 0 ? QDate() : reportmath::dateOf(c.receivedAt);
    c.acceptedOn = dateAt(q.value(9));
    c.decidedOn = dateAt(q.value(10));
    c.decision = q.value(11).toString();
    c.promisedDue = dateAt(q.value(12));
    c.statutoryDue = dateAt(q.value(13));
    c.promisedDays = q.value(14).toInt();
    c.statutoryDays = q.value(15).toInt();
    c.extensionDays = q.value(16).toInt();
    c.correctionNotice = !q.value(17).isNull();
    c.deficiency = !q.value(18).isNull();
    if (c.status == CaseStates::key(CaseStatus::Refused) ||
        c.status == CaseStates::key(CaseStatus::Withdrawn))
        c.finalOn = dateAt(q.value(19));
    c.closedOn = dateAt(q.value(20));
    c.windowId = q.value(21).toString();
    c.intakeStaffId = q.value(22).toString();
    return c;
}

} // namespace

Error ReportLoader::cancelled()
{
    return Error(ErrorKind::Conflict, tr("The report was cancelled; nothing was changed."),
                 kCancelled);
}

bool ReportLoader::isCancelled(const Error& error)
{
    return error.detail == kCancelled;
}

Result<ReportData> ReportLoader::load(const Database& db, const ReportRequest& request,
                                      const QDateTime& now, const ReportProgress* progress)
{
    auto stop = [&]() { return progress && progress->isCancelled(); };
    auto step = [&](int percent, const QString& what) {
        if (progress)
            progress->report(percent, what);
    };
    ReportData data;
    data.request = request;
    data.asOf = now.date();
    data.asOfEnd = wallSeconds(toDbTimestamp(now));
    const QString from = toDbDate(request.from);
    const QString to = toDbDate(request.to);
    const QString toNext = toDbDate(request.to.addDays(1));

    step(2, tr("Reading departments, matters, windows and staff"));
    CIVICDESK_TRY(loadNames(db, data.names));
    if (stop())
        return cancelled();

    step(5, tr("Reading the tickets"));
    CIVICDESK_TRY(each(
        db,
        QStringLiteral("SELECT id, number, service_date, category_id, priority_class, status, "
                       "original_id, window_id, staff_id, outcome, issued_at, original_issued_at, "
                       "first_called_at, service_started_at, finished_at FROM tickets WHERE "
                       "service_date >= ? AND service_date <= ?"),
        {from, to}, progress, [&](const QSqlQuery& q) {
            TicketRow t;
            t.id = q.value(0).toString();
            t.number = q.value(1).toString();
            t.serviceDate = reportmath::parseDate(q.value(2).toString());
            t.categoryId = q.value(3).toString();
            t.priorityClass = q.value(4).toString();
            t.status = q.value(5).toString();
            t.originalId = q.value(6).toString();
            t.windowId = q.value(7).toString();
            t.staffId = q.value(8).toString();
            t.outcome = q.value(9).toString();
            t.issued = secondsAt(q.value(10));
            t.originalIssued = secondsAt(q.value(11));
            t.firstCalled = secondsAt(q.value(12));
            t.started = secondsAt(q.value(13));
            t.finished = secondsAt(q.value(14));
            data.tickets.push_back(std::move(t));
        }));
    if (stop())
        return cancelled();

    // The cases that any figure of the period looks at, each once: one statement, so that
    // the database merges what its indexes find (a multi-index OR) instead of the rows of a
    // case read again for each figure that counts it.
    step(45, tr("Reading the cases"));
    // The states as CaseStatus names them, bound as parameters: the lights look at the cases
    // whose clock runs now and at those suspended.
    QVariantList running;
    for (CaseStatus status : CaseStates::all()) {
        if (CaseStates::clockRuns(status) || status == CaseStatus::Suspended)
            running << CaseStates::key(status);
    }
    const QStringList marks(running.size(), QStringLiteral("?"));
    const QString caseQuery =
        QStringLiteral("SELECT %1 FROM cases WHERE (received_at >= ? AND received_at < ?) "
                       "OR (accepted_on >= ? AND accepted_on <= ?) "
                       "OR (decided_on >= ? AND decided_on <= ?) "
                       "OR (status IN (?, ?) AND updated_at >= ? AND updated_at < ?) "
                       "OR (closed_at >= ? AND closed_at < ?) "
                       // The cases whose clock runs (or stands) now: for the traffic lights.
                       "OR status IN (%2)")
            .arg(kCaseColumns, marks.join(QStringLiteral(", ")));
    const QVariantList caseParams =
        QVariantList{from, toNext, from, to, from, to, CaseStates::key(CaseStatus::Refused),
                     CaseStates::key(CaseStatus::Withdrawn), from, toNext, from, toNext} +
        running;
    CIVICDESK_TRY(each(db, caseQuery, caseParams, progress,
                       [&](const QSqlQuery& q) { data.cases.push_back(readCase(q)); }));
    if (stop())
        return cancelled();
    step(75, tr("Reading the cases"));

    // Suspensions: of the cases decided in the period (their working days) and of those
    // suspended now.
    auto addSuspension = [&](const QSqlQuery& q) {
        const QDate first = fromDbDate(q.value(1).toString());
        const QDate last = q.value(2).isNull() ? data.asOf : fromDbDate(q.value(2).toString());
        data.suspensions[q.value(0).toString()].push_back({first, last});
    };
    CIVICDESK_TRY(each(db,
                       QStringLiteral("SELECT s.case_id, s.started_on, s.ended_on FROM "
                                      "case_suspensions s JOIN cases c ON c.id = s.case_id WHERE "
                                      "c.decided_on >= ? AND c.decided_on <= ?"),
                       {from, to}, progress, addSuspension));
    if (stop())
        return cancelled();

    step(80, tr("Reading the ratings"));
    CIVICDESK_TRY(
        each(db,
             QStringLiteral(
                 "SELECT r.id, r.ticket_id, t.number, t.category_id, r.score, r.source, "
                 "r.rated_at, r.window_id, r.staff_id, x.id, x.status, x.due_date, x.closed_at "
                 "FROM ratings r JOIN tickets t ON t.id = r.ticket_id LEFT JOIN "
                 "rectifications x ON x.rating_id = r.id WHERE r.rated_at >= ? AND "
                 "r.rated_at < ?"),
             {from, toNext}, progress, [&](const QSqlQuery& q) {
                 RatingRow r;
                 r.id = q.value(0).toString();
                 r.ticketId = q.value(1).toString();
                 r.ticketNumber = q.value(2).toString();
                 r.categoryId = q.value(3).toString();
                 r.score = q.value(4).toInt();
                 r.source = q.value(5).toString();
                 r.ratedAt = secondsAt(q.value(6));
                 r.ratedOn = dateAt(q.value(6));
                 r.windowId = q.value(7).toString();
                 r.staffId = q.value(8).toString();
                 r.rectificationId = q.value(9).toString();
                 r.rectificationStatus = q.value(10).toString();
                 r.rectificationDue = dateAt(q.value(11));
                 r.rectificationClosedOn = dateAt(q.value(12));
                 data.ratings.push_back(std::move(r));
             }));
    if (stop())
        return cancelled();

    step(85, tr("Reading the roster"));
    auto settings = SchedulingSettings::load(db);
    if (!settings)
        return settings.error();
    CIVICDESK_TRY(each(
        db,
        QStringLiteral("SELECT work_date, shift, window_id, staff_id FROM roster WHERE "
                       "work_date >= ? AND work_date <= ?"),
        {from, to}, progress, [&](const QSqlQuery& q) {
            RosterSeat seat;
            seat.date = fromDbDate(q.value(0).toString());
            const bool morning = shiftFromKey(q.value(1).toString()) == Shift::Morning;
            const QTime start = morning ? settings->morningStart : settings->afternoonStart;
            const QTime end = morning ? settings->morningEnd : settings->afternoonEnd;
            const qint64 day = wallSeconds(seat.date);
            const qint64 begin = day + start.msecsSinceStartOfDay() / 1000;
            // Today's shift counts only as far as it has gone.
            const qint64 until = std::min(day + end.msecsSinceStartOfDay() / 1000, data.asOfEnd);
            seat.seconds = std::max<qint64>(0, until - begin);
            seat.windowId = q.value(2).toString();
            seat.staffId = q.value(3).toString();
            data.roster.push_back(seat);
        }));
    step(90, tr("Computing the figures"));
    return data;
}

} // namespace civicdesk
