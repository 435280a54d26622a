#include "QueueService.h"

#include "Clock.h"
#include "storage/Bind.h"
#include "WindowService.h"
#include "calendar/CalendarService.h"
#include "calendar/WorkingCalendar.h"
#include "security/AuditLog.h"
#include "security/Authorization.h"
#include "security/Privacy.h"
#include "security/Session.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace civicdesk {

namespace {

using bind::orNull;
using bind::text;

const char* const kTicketColumns =
    "id, service_date, number, category_id, priority_class, phone, id_number, status, issued_at, "
    "original_issued_at, queue_at, original_id, transferred_from_id, target_window_id, "
    "target_staff_id, window_id, staff_id, call_count, first_called_at, last_called_at, "
    "service_started_at, finished_at, outcome, case_numbers, note";

QDateTime timestampOrNull(const QVariant& v)
{
    return v.isNull() ? QDateTime() : fromDbTimestamp(v.toString());
}

Ticket readTicket(const QSqlQuery& q)
{
    Ticket t;
    t.id = q.value(0).toString();
    t.serviceDate = fromDbDate(q.value(1).toString());
    t.number = q.value(2).toString();
    t.categoryId = q.value(3).toString();
    t.priorityClass = q.value(4).toString();
    t.phone = q.value(5).toString();
    t.idNumber = q.value(6).toString();
    t.status = q.value(7).toString();
    t.issuedAt = fromDbTimestamp(q.value(8).toString());
    t.originalIssuedAt = fromDbTimestamp(q.value(9).toString());
    t.queueAt = fromDbTimestamp(q.value(10).toString());
    t.originalId = q.value(11).toString();
    t.transferredFromId = q.value(12).toString();
    t.targetWindowId = q.value(13).toString();
    t.targetStaffId = q.value(14).toString();
    t.windowId = q.value(15).toString();
    t.staffId = q.value(16).toString();
    t.callCount = q.value(17).toInt();
    t.firstCalledAt = timestampOrNull(q.value(18));
    t.lastCalledAt = timestampOrNull(q.value(19));
    t.serviceStartedAt = timestampOrNull(q.value(20));
    t.finishedAt = timestampOrNull(q.value(21));
    t.outcome = q.value(22).toString();
    t.caseNumbers = q.value(23).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    t.note = q.value(24).toString();
    return t;
}

Result<std::optional<Ticket>> selectOne(const Database& db, const QString& where,
                                        const QVariantList& params, const QString& tail = {})
{
    auto q = db.exec(QStringLiteral("SELECT %1 FROM tickets WHERE ").arg(QLatin1String(kTicketColumns)) +
                         where + tail,
                     params);
    if (!q)
        return q.error();
    std::optional<Ticket> t;
    if (q.value().next())
        t = readTicket(q.value());
    q.value().finish();
    return t;
}

// The window's current ticket (called or being served), read inside the transaction.
Result<std::optional<Ticket>> activeTicket(const Database& db, const QString& windowId)
{
    return selectOne(db, QStringLiteral("window_id = ? AND status IN ('called', 'serving')"),
                     {windowId});
}

QString windowLabel(const Database& db, const QString& windowId)
{
    auto n = db.scalar(QStringLiteral("SELECT number FROM windows WHERE id = ?"), {windowId});
    return n && !n.value().isNull() ? QString::number(n.value().toInt()) : QString();
}

QJsonObject ticketDetails(const Ticket& t)
{
    return {{QStringLiteral("number"), t.number},
            {QStringLiteral("date"), toDbDate(t.serviceDate)}};
}

// Runs `change` on the window's current ticket, which must be in one of `allowed` states. The
// ticket as it is after the change is returned.
Result<Ticket> changeCurrent(const Context& ctx, const QString& windowId, const QStringList& allowed,
                             const std::function<Status(Transaction&, Ticket&)>& change)
{
    CIVICDESK_TRY(authorize(ctx, Permission::ServeQueue, {QStringLiteral("window"), windowId}));
    Ticket result;
    Status s = ctx.db.write([&](Transaction& tx) -> Status {
        auto current = activeTicket(tx.db(), windowId);
        if (!current)
            return current.error();
        if (!current.value())
            return Error(ErrorKind::Conflict,
                         QueueService::tr("Window %1 has no called ticket. Call the next ticket "
                                          "first.")
                             .arg(windowLabel(tx.db(), windowId)));
        Ticket t = *current.value();
        if (!allowed.contains(t.status))
            return Error(ErrorKind::Conflict,
                         QueueService::tr("Ticket %1 is %2, so this cannot be done now.")
                             .arg(t.number, QueueService::statusName(t.status)));
        CIVICDESK_TRY(change(tx, t));
        auto after = selectOne(tx.db(), QStringLiteral("id = ?"), {t.id});
        if (!after)
            return after.error();
        result = after.value().value_or(t);
        return {};
    });
    if (!s)
        return s.error();
    return result;
}

QString now(const Context& ctx)
{
    return toDbTimestamp(ctx.clock.now());
}

} // namespace

QStringList ServiceOutcome::all()
{
    return {Accepted, Consulted, MaterialsMissing, Refused, ResultCollected, Other};
}

QString ServiceOutcome::name(const QString& key)
{
    if (key == Accepted)
        return QueueService::tr("Application accepted");
    if (key == Consulted)
        return QueueService::tr("Consultation only");
    if (key == MaterialsMissing)
        return QueueService::tr("Told what is missing");
    if (key == Refused)
        return QueueService::tr("Not accepted");
    if (key == ResultCollected)
        return QueueService::tr("Result collected");
    return QueueService::tr("Other");
}

QString QueueService::statusName(const QString& status)
{
    if (status == TicketStatus::Waiting)
        return tr("waiting");
    if (status == TicketStatus::Called)
        return tr("called");
    if (status == TicketStatus::Serving)
        return tr("being served");
    if (status == TicketStatus::Done)
        return tr("served");
    if (status == TicketStatus::NoShow)
        return tr("a no-show");
    if (status == TicketStatus::Transferred)
        return tr("transferred");
    if (status == TicketStatus::Abandoned)
        return tr("abandoned");
    return status;
}

// ---------------------------------------------------------------------------------- issuing

Result<TicketSlip> QueueService::issue(const Context& ctx, const IssueRequest& request)
{
    CIVICDESK_TRY(authorize(ctx, Permission::IssueTicket,
                            {QStringLiteral("ticket_category"), request.categoryId}));
    auto settings = SchedulingSettings::load(ctx.db);
    if (!settings)
        return settings.error();
    auto category = WindowService::category(ctx.db, request.categoryId);
    if (!category)
        return category.error();
    if (!category->active)
        return Error(ErrorKind::Invalid,
                     tr("No tickets are issued for %1 at the moment. Choose another service.")
                         .arg(category->name()));
    const QString priority = request.priorityClass.trimmed();
    if (!priority.isEmpty() && !settings->priorityClasses.contains(priority))
        return Error(ErrorKind::Invalid,
                     tr("\"%1\" is not a priority class of this center. The ticket was not "
                        "issued; choose a listed class or none.")
                         .arg(priority));
    QString phone;
    for (QChar c : request.phone)
        if (c.isDigit())
            phone += c;
    if (!request.phone.trimmed().isEmpty() && (phone.size() < 7 || phone.size() > 15))
        return Error(ErrorKind::Invalid,
                     tr("The phone number \"%1\" has %n digit(s); a phone number has 7 to 15. "
                        "Correct it or leave it empty; the ticket was not issued.",
                        nullptr, int(phone.size()))
                         .arg(request.phone.trimmed()));
    const QString idNumber = request.idNumber.trimmed().toUpper();
    if (idNumber.size() > 30)
        return Error(ErrorKind::Invalid,
                     tr("The ID number is longer than any identity document number. Correct "
                        "it or leave it empty; the ticket was not issued."));

    const QDateTime at = ctx.clock.now();
    TicketSlip slip;
    Status s = ctx.db.write([&](Transaction& tx) -> Status {
        auto branch = tx.db().branchCode();
        if (!branch)
            return branch.error();
        auto n = tx.nextCounterValue(QStringLiteral("ticket:%1:%2").arg(toDbDate(at.date()), category->prefix));
        if (!n)
            return n.error();
        if (n.value() > 999)
            return Error(ErrorKind::Conflict,
                         tr("All 999 numbers of %1 are used up today. Issue a ticket of another "
                            "category for the applicant.")
                             .arg(category->name()));
        slip.ticketId = newId();
        slip.number = category->prefix + QStringLiteral("%1").arg(n.value(), 3, 10, QLatin1Char('0'));
        const QString ts = toDbTimestamp(at);
        CIVICDESK_TRY(tx.exec(QStringLiteral("INSERT INTO tickets (id, branch_code, service_date, number, "
                                             "category_id, priority_class, phone, id_number, status, "
                                             "issued_at, original_issued_at, queue_at, updated_at) "
                                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'waiting', ?, ?, ?, ?)"),
                              {slip.ticketId, branch.value(), toDbDate(at.date()), slip.number,
                               category->id, text(priority), text(phone), text(idNumber), ts, ts, ts, ts})
                          .status());
        auto ahead = tx.scalar(QStringLiteral("SELECT COUNT(*) FROM tickets WHERE status = 'waiting' AND "
                                              "category_id = ? AND service_date = ? AND id <> ?"),
                               {category->id, toDbDate(at.date()), slip.ticketId});
        if (!ahead)
            return ahead.error();
        slip.waitingAhead = ahead.value().toInt();
        QJsonObject details{{QStringLiteral("number"), slip.number},
                            {QStringLiteral("category"), category->prefix}};
        if (!priority.isEmpty())
            details.insert(QStringLiteral("priority"), priority);
        if (!phone.isEmpty())
            details.insert(QStringLiteral("phone"), privacy::maskPhone(phone));
        if (!idNumber.isEmpty())
            details.insert(QStringLiteral("id_number"), privacy::maskIdNumber(idNumber));
        return AuditLog::append(tx, ctx, QStringLiteral("ticket.issued"),
                                {QStringLiteral("ticket"), slip.ticketId}, details);
    });
    if (!s)
        return s.error();
    slip.categoryName = category->name();
    slip.priorityName = priority.isEmpty() ? QString() : SchedulingSettings::priorityName(priority);
    slip.issuedAt = at;
    // The estimate is a read after the commit: it must not lengthen the write.
    auto windows = WindowService::windows(ctx.db);
    auto median = medianServiceMinutes(ctx.db, settings.value(), category->id, at);
    if (windows && median) {
        const int serving = int(std::count_if(windows->cbegin(), windows->cend(), [&](const ServiceWindow& w) {
            return w.open && w.serves(category->id);
        }));
        slip.estimatedWaitMinutes = estimateWaitMinutes(slip.waitingAhead, serving, median.value());
    }
    return slip;
}

// ---------------------------------------------------------------------------------- calling

Result<std::optional<Ticket>> QueueService::callNext(const Context& ctx, const QString& windowId)
{
    CIVICDESK_TRY(authorize(ctx, Permission::ServeQueue, {QStringLiteral("window"), windowId}));
    auto settings = SchedulingSettings::load(ctx.db);
    if (!settings)
        return settings.error();
    auto window = WindowService::window(ctx.db, windowId);
    if (!window)
        return window.error();
    if (!window->open)
        return Error(ErrorKind::Conflict,
                     tr("Window %1 is closed. Open it before calling tickets.").arg(window->number));

    // The statement that picks the ticket is built here, outside the transaction; only fixed
    // fragments are chosen by code, every value is a parameter.
    const QDateTime at = ctx.clock.now();
    const QString today = toDbDate(at.date());
    const QString staffId = ctx.session.staffId();
    QVariantList params{today, windowId, staffId};
    QString categoryFilter;
    QString rankOrder;
    QVariantList rankParams;
    if (!window->comprehensive) {
        QStringList marks;
        for (const QString& c : window->categoryIds) {
            marks << QStringLiteral("?");
            params << c;
        }
        categoryFilter = QStringLiteral(" AND category_id IN (%1)").arg(marks.join(QLatin1Char(',')));
        if (window->categoryIds.size() > 1) {
            QStringList whens;
            for (int i = 0; i < window->categoryIds.size(); ++i) {
                whens << QStringLiteral("WHEN ? THEN %1").arg(i);
                rankParams << window->categoryIds.at(i);
            }
            rankOrder = QStringLiteral("CASE category_id %1 ELSE %2 END, ")
                            .arg(whens.join(QLatin1Char(' ')))
                            .arg(window->categoryIds.size());
        }
    }
    const int normalPerPriority = settings->normalPerPriority;

    std::optional<Ticket> called;
    Status s = ctx.db.write([&](Transaction& tx) -> Status {
        called.reset();
        // Locking the window first serialises two calls from one window (a double click, two
        // PCs signed in at one window) without touching other windows.
        auto w = tx.exec(QStringLiteral("SELECT calls_since_priority FROM windows WHERE id = ?") +
                             tx.dialect().forUpdate(),
                         {windowId});
        if (!w)
            return w.error();
        if (!w.value().next())
            return Error(ErrorKind::NotFound, WindowService::tr("The window no longer exists."));
        const int sincePriority = w.value().value(0).toInt();
        w.value().finish();

        auto active = activeTicket(tx.db(), windowId);
        if (!active)
            return active.error();
        if (active.value())
            return Error(ErrorKind::Conflict,
                         tr("Window %1 still has ticket %2 (%3). Finish it, mark it as a "
                            "no-show, postpone or transfer it before calling the next one.")
                             .arg(window->number)
                             .arg(active.value()->number, statusName(active.value()->status)));

        // Directed tickets (transferred to this window or to the person at it) first; then
        // priority or normal, alternating by the ratio when both wait; then the window's main
        // categories; then first come, first served.
        const bool priorityTurn = sincePriority >= normalPerPriority;
        QVariantList p = params;
        QString where = QStringLiteral("status = 'waiting' AND service_date = ? AND ("
                                       "target_window_id = ? OR target_staff_id = ? OR "
                                       "(target_window_id IS NULL AND target_staff_id IS NULL") +
                        categoryFilter + QStringLiteral("))");
        QString order = QStringLiteral(" ORDER BY CASE WHEN target_window_id IS NULL AND "
                                       "target_staff_id IS NULL THEN 1 ELSE 0 END, ") +
                        (priorityTurn ? QStringLiteral("CASE WHEN priority_class <> '' THEN 0 ELSE 1 END, ")
                                      : QStringLiteral("CASE WHEN priority_class <> '' THEN 1 ELSE 0 END, ")) +
                        rankOrder + QStringLiteral("queue_at, number LIMIT 1") +
                        tx.dialect().forUpdateSkipLocked();
        p += rankParams;
        auto next = selectOne(tx.db(), where, p, order);
        if (!next)
            return next.error();
        if (!next.value())
            return {};
        Ticket t = *next.value();
        const QString ts = toDbTimestamp(at);
        auto u = tx.exec(QStringLiteral("UPDATE tickets SET status = 'called', window_id = ?, staff_id = ?, "
                                        "call_count = 1, first_called_at = COALESCE(first_called_at, ?), "
                                        "last_called_at = ?, version = version + 1, updated_at = ? "
                                        "WHERE id = ? AND status = 'waiting'"),
                         {windowId, orNull(staffId), ts, ts, ts, t.id});
        if (!u)
            return u.error();
        if (u.value().numRowsAffected() != 1)
            return Error(ErrorKind::Busy, tr("Another window called the same ticket."));
        CIVICDESK_TRY(tx.exec(QStringLiteral("UPDATE windows SET calls_since_priority = ? WHERE id = ?"),
                              {t.isPriority() ? 0 : std::min(sincePriority + 1, 1000), windowId})
                          .status());
        t.status = TicketStatus::Called;
        t.windowId = windowId;
        t.staffId = staffId;
        t.callCount = 1;
        t.lastCalledAt = at;
        if (!t.firstCalledAt.isValid())
            t.firstCalledAt = at;
        QJsonObject details = ticketDetails(t);
        details.insert(QStringLiteral("window"), window->number);
        CIVICDESK_TRY(AuditLog::append(tx, ctx, QStringLiteral("ticket.called"),
                                       {QStringLiteral("ticket"), t.id}, details));
        called = t;
        return {};
    });
    if (!s)
        return s.error();
    return called;
}

Result<Ticket> QueueService::recall(const Context& ctx, const QString& windowId)
{
    auto settings = SchedulingSettings::load(ctx.db);
    if (!settings)
        return settings.error();
    const int limit = settings->callsBeforeNoShow;
    return changeCurrent(ctx, windowId, {TicketStatus::Called}, [&](Transaction& tx, Ticket& t) -> Status {
        if (t.callCount >= limit)
            return Error(ErrorKind::Conflict,
                         tr("Ticket %1 has been called %n time(s) without an answer. Mark it as a "
                            "no-show or postpone it.",
                            nullptr, t.callCount)
                             .arg(t.number));
        const QString ts = now(ctx);
        CIVICDESK_TRY(tx.exec(QStringLiteral("UPDATE tickets SET call_count = call_count + 1, "
                                             "last_called_at = ?, version = version + 1, updated_at = ? "
                                             "WHERE id = ?"),
                              {ts, ts, t.id})
                          .status());
        QJsonObject details = ticketDetails(t);
        details.insert(QStringLiteral("call"), t.callCount + 1);
        return AuditLog::append(tx, ctx, QStringLiteral("ticket.recalled"),
                                {QStringLiteral("ticket"), t.id}, details);
    });
}

Result<Ticket> QueueService::markNoShow(const Context& ctx, const QString& windowId)
{
    auto settings = SchedulingSettings::load(ctx.db);
    if (!settings)
        return settings.error();
    const int limit = settings->callsBeforeNoShow;
    return changeCurrent(ctx, windowId, {TicketStatus::Called}, [&](Transaction& tx, Ticket& t) -> Status {
        if (t.callCount < limit)
            return Error(ErrorKind::Conflict,
                         tr("Ticket %1 has been called %2 of %3 times. Recall it before marking "
                            "it as a no-show.")
                             .arg(t.number)
                             .arg(t.callCount)
                             .arg(limit));
        const QString ts = now(ctx);
        CIVICDESK_TRY(tx.exec(QStringLiteral("UPDATE tickets SET status = 'no_show', finished_at = ?, "
                                             "version = version + 1, updated_at = ? WHERE id = ?"),
                              {ts, ts, t.id})
                          .status());
        return AuditLog::append(tx, ctx, QStringLiteral("ticket.no_show"),
                                {QStringLiteral("ticket"), t.id}, ticketDetails(t));
    });
}

Result<Ticket> QueueService::postpone(const Context& ctx, const QString& windowId)
{
    return changeCurrent(ctx, windowId, {TicketStatus::Called}, [&](Transaction& tx, Ticket& t) -> Status {
        const QString ts = now(ctx);
        CIVICDESK_TRY(tx.exec(QStringLiteral("UPDATE tickets SET status = 'waiting', window_id = NULL, "
                                             "staff_id = NULL, call_count = 0, queue_at = ?, "
                                             "version = version + 1, updated_at = ? WHERE id = ?"),
                              {ts, ts, t.id})
                          .status());
        return AuditLog::append(tx, ctx, QStringLiteral("ticket.postponed"),
                                {QStringLiteral("ticket"), t.id}, ticketDetails(t));
    });
}

Result<Ticket> QueueService::transfer(const Context& ctx, const QString& windowId,
                                      const TransferTarget& target)
{
    if (target.categoryId.isEmpty() && target.windowId.isEmpty() && target.staffId.isEmpty())
        return Error(ErrorKind::Invalid,
                     tr("Choose where the applicant goes: another category, a window or a "
                        "colleague. The ticket stays at this window."));
    if (!target.windowId.isEmpty() && target.windowId == windowId)
        return Error(ErrorKind::Invalid,
                     tr("The ticket is already at this window. Choose another window."));
    if (!target.categoryId.isEmpty()) {
        auto c = WindowService::category(ctx.db, target.categoryId);
        if (!c)
            return c.error();
    }
    if (!target.windowId.isEmpty()) {
        auto w = WindowService::window(ctx.db, target.windowId);
        if (!w)
            return w.error();
    }
    if (!target.staffId.isEmpty()) {
        auto staff = ctx.db.scalar(QStringLiteral("SELECT COUNT(*) FROM staff WHERE id = ? AND active = 1"),
                                   {target.staffId});
        if (!staff)
            return staff.error();
        if (staff.value().toInt() == 0)
            return Error(ErrorKind::NotFound,
                         tr("The colleague chosen is not an active staff member. Choose another "
                            "one; the ticket stays at this window."));
    }
    QString newTicketId;
    auto closed = changeCurrent(
        ctx, windowId, {TicketStatus::Called, TicketStatus::Serving},
        [&](Transaction& tx, Ticket& t) -> Status {
            const QString ts = now(ctx);
            CIVICDESK_TRY(tx.exec(QStringLiteral("UPDATE tickets SET status = 'transferred', "
                                                 "finished_at = ?, version = version + 1, updated_at = ? "
                                                 "WHERE id = ?"),
                                  {ts, ts, t.id})
                              .status());
            auto branch = tx.db().branchCode();
            if (!branch)
                return branch.error();
            newTicketId = newId();
            // The new visit keeps its place: it queues by the original issue time.
            CIVICDESK_TRY(
                tx.exec(QStringLiteral("INSERT INTO tickets (id, branch_code, service_date, number, "
                                       "category_id, priority_class, phone, id_number, status, issued_at, "
                                       "original_issued_at, queue_at, original_id, transferred_from_id, "
                                       "target_window_id, target_staff_id, note, updated_at) VALUES "
                                       "(?, ?, ?, ?, ?, ?, ?, ?, 'waiting', ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                        {newTicketId, branch.value(), toDbDate(t.serviceDate), t.number,
                         target.categoryId.isEmpty() ? t.categoryId : target.categoryId,
                         text(t.priorityClass), text(t.phone), text(t.idNumber), ts, toDbTimestamp(t.originalIssuedAt),
                         toDbTimestamp(t.originalIssuedAt),
                         t.originalId.isEmpty() ? t.id : t.originalId, t.id, orNull(target.windowId),
                         orNull(target.staffId), text(target.note.trimmed()), ts})
                    .status());
            QJsonObject details = ticketDetails(t);
            details.insert(QStringLiteral("new_ticket"), newTicketId);
            if (!target.categoryId.isEmpty())
                details.insert(QStringLiteral("to_category"), target.categoryId);
            if (!target.windowId.isEmpty())
                details.insert(QStringLiteral("to_window"), target.windowId);
            if (!target.staffId.isEmpty())
                details.insert(QStringLiteral("to_staff"), target.staffId);
            return AuditLog::append(tx, ctx, QStringLiteral("ticket.transferred"),
                                    {QStringLiteral("ticket"), t.id}, details);
        });
    if (!closed)
        return closed.error();
    return ticket(ctx.db, newTicketId);
}

Result<Ticket> QueueService::startServing(const Context& ctx, const QString& windowId)
{
    return changeCurrent(ctx, windowId, {TicketStatus::Called}, [&](Transaction& tx, Ticket& t) -> Status {
        const QString ts = now(ctx);
        CIVICDESK_TRY(tx.exec(QStringLiteral("UPDATE tickets SET status = 'serving', service_started_at = ?, "
                                             "staff_id = ?, version = version + 1, updated_at = ? WHERE id = ?"),
                              {ts, orNull(ctx.session.staffId()), ts, t.id})
                          .status());
        return AuditLog::append(tx, ctx, QStringLiteral("ticket.serving"),
                                {QStringLiteral("ticket"), t.id}, ticketDetails(t));
    });
}

Result<Ticket> QueueService::finish(const Context& ctx, const QString& windowId,
                                    const QString& outcome, const QStringList& caseNumbers,
                                    const QString& note)
{
    if (!ServiceOutcome::all().contains(outcome))
        return Error(ErrorKind::Invalid,
                     tr("Choose how the service ended. The ticket is still being served."));
    QStringList cases;
    for (const QString& c : caseNumbers) {
        if (!c.trimmed().isEmpty() && !cases.contains(c.trimmed()))
            cases << c.trimmed();
    }
    return changeCurrent(
        ctx, windowId, {TicketStatus::Called, TicketStatus::Serving},
        [&](Transaction& tx, Ticket& t) -> Status {
            const QString ts = now(ctx);
            CIVICDESK_TRY(tx.exec(QStringLiteral("UPDATE tickets SET status = 'done', "
                                                 "service_started_at = COALESCE(service_started_at, ?), "
                                                 "finished_at = ?, outcome = ?, case_numbers = ?, note = ?, "
                                                 "staff_id = COALESCE(staff_id, ?), "
                                                 "version = version + 1, updated_at = ? WHERE id = ?"),
                                  {ts, ts, outcome, text(cases.join(QLatin1Char(','))), text(note.trimmed()),
                                   orNull(ctx.session.staffId()), ts, t.id})
                              .status());
            QJsonObject details = ticketDetails(t);
            details.insert(QStringLiteral("outcome"), outcome);
            details.insert(QStringLiteral("cases"), QJsonArray::fromStringList(cases));
            return AuditLog::append(tx, ctx, QStringLiteral("ticket.finished"),
                                    {QStringLiteral("ticket"), t.id}, details);
        });
}

// ---------------------------------------------------------------------------------- rating

Result<QDate> QueueService::rectificationDue(const Database& db, const QDate& opened)
{
    auto calendar = CalendarService::current(db);
    if (!calendar)
        return calendar.error();
    // Where the calendar lacks a year, it counts weekends only; the date is still the best
    // estimate there is, and the calendar editor warns the administrator about the gap.
    const CalendarDate due = calendar.value()->addWorkingDays(opened, 15);
    if (!due.date.isValid())
        return Error(ErrorKind::Internal, QStringLiteral("no due date for %1").arg(toDbDate(opened)));
    return due.date;
}

Result<RatingResult> QueueService::rate(const Context& ctx, const QString& ticketId, int score,
                                        const QString& source, const QString& comment)
{
    CIVICDESK_TRY(authorize(ctx, Permission::RecordRating, {QStringLiteral("ticket"), ticketId}));
    if (score < 1 || score > 5)
        return Error(ErrorKind::Invalid,
                     tr("A rating is 1 (very dissatisfied) to 5 (very satisfied). Nothing was "
                        "recorded."));
    if (source != QLatin1String("applicant") && source != QLatin1String("clerk"))
        return Error(ErrorKind::Internal, QStringLiteral("unknown rating source %1").arg(source));
    auto due = rectificationDue(ctx.db, ctx.clock.today());
    if (!due)
        return due.error();
    RatingResult result;
    Status s = ctx.db.write([&](Transaction& tx) -> Status {
        result = {};
        auto t = selectOne(tx.db(), QStringLiteral("id = ?"), {ticketId});
        if (!t)
            return t.error();
        if (!t.value())
            return Error(ErrorKind::NotFound, tr("The ticket no longer exists."));
        const Ticket& ticket = *t.value();
        if (ticket.status != TicketStatus::Done)
            return Error(ErrorKind::Conflict,
                         tr("Ticket %1 is %2; only a finished service can be rated.")
                             .arg(ticket.number, statusName(ticket.status)));
        auto existing = tx.scalar(QStringLiteral("SELECT COUNT(*) FROM ratings WHERE ticket_id = ?"),
                                  {ticketId});
        if (!existing)
            return existing.error();
        if (existing.value().toInt() > 0)
            return Error(ErrorKind::Conflict,
                         tr("The service of ticket %1 has already been rated. A rating is given "
                            "once.")
                             .arg(ticket.number));
        auto branch = tx.db().branchCode();
        if (!branch)
            return branch.error();
        const QString ts = now(ctx);
        result.ratingId = newId();
        CIVICDESK_TRY(tx.exec(QStringLiteral("INSERT INTO ratings (id, branch_code, ticket_id, score, "
                                             "source, comment, window_id, staff_id, rated_at) VALUES "
                                             "(?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                              {result.ratingId, branch.value(), ticketId, score, source,
                               text(comment.trimmed()), orNull(ticket.windowId), orNull(ticket.staffId), ts})
                          .status());
        QJsonObject details = ticketDetails(ticket);
        details.insert(QStringLiteral("score"), score);
        details.insert(QStringLiteral("source"), source);
        CIVICDESK_TRY(AuditLog::append(tx, ctx, QStringLiteral("rating.recorded"),
                                       {QStringLiteral("ticket"), ticketId}, details));
        if (score > 2)
            return {};
        result.rectificationId = newId();
        result.rectificationDue = due.value();
        CIVICDESK_TRY(tx.exec(QStringLiteral("INSERT INTO rectifications (id, branch_code, rating_id, "
                                             "ticket_id, window_id, staff_id, status, opened_at, due_date) "
                                             "VALUES (?, ?, ?, ?, ?, ?, 'open', ?, ?)"),
                              {result.rectificationId, branch.value(), result.ratingId, ticketId,
                               orNull(ticket.windowId), orNull(ticket.staffId), ts,
                               toDbDate(due.value())})
                          .status());
        return AuditLog::append(tx, ctx, QStringLiteral("rectification.opened"),
                                {QStringLiteral("rectification"), result.rectificationId},
                                {{QStringLiteral("ticket"), ticket.number},
                                 {QStringLiteral("score"), score},
                                 {QStringLiteral("due"), toDbDate(due.value())}});
    });
    if (!s)
        return s.error();
    return result;
}

// ---------------------------------------------------------------------------------- day close

Result<int> QueueService::closeDueTickets(const Context& ctx)
{
    CIVICDESK_TRY(authorize(ctx, Permission::ServeQueue));
    auto settings = SchedulingSettings::load(ctx.db);
    if (!settings)
        return settings.error();
    const QDateTime at = ctx.clock.now();
    const QString today = toDbDate(at.date());
    const bool todayClosed = at.time() >= settings->dayClose;
    // Cheap check first, so that the timers that call this do not take the write lock for
    // nothing.
    auto due = ctx.db.scalar(QStringLiteral("SELECT COUNT(*) FROM tickets WHERE (service_date < ? AND "
                                            "status IN ('waiting', 'called', 'serving')) OR "
                                            "(service_date = ? AND ? = 1 AND status IN ('waiting', 'called'))"),
                             {today, today, int(todayClosed)});
    if (!due)
        return due.error();
    if (due.value().toInt() == 0)
        return 0;
    int closed = 0;
    Status s = ctx.db.write([&](Transaction& tx) -> Status {
        const QString ts = toDbTimestamp(at);
        auto q = tx.exec(QStringLiteral("UPDATE tickets SET status = 'abandoned', finished_at = ?, "
                                        "version = version + 1, updated_at = ? WHERE (service_date < ? "
                                        "AND status IN ('waiting', 'called', 'serving')) OR "
                                        "(service_date = ? AND ? = 1 AND status IN ('waiting', 'called'))"),
                         {ts, ts, today, today, int(todayClosed)});
        if (!q)
            return q.error();
        closed = q.value().numRowsAffected();
        if (closed == 0)
            return {};
        return AuditLog::append(tx, ctx, QStringLiteral("queue.day_closed"),
                                {QStringLiteral("queue"), today},
                                {{QStringLiteral("abandoned"), closed}});
    });
    if (!s)
        return s.error();
    return closed;
}

// ---------------------------------------------------------------------------------- reads

Result<std::optional<Ticket>> QueueService::current(const Database& db, const QString& windowId)
{
    return activeTicket(db, windowId);
}

Result<Ticket> QueueService::ticket(const Database& db, const QString& id)
{
    auto t = selectOne(db, QStringLiteral("id = ?"), {id});
    if (!t)
        return t.error();
    if (!t.value())
        return Error(ErrorKind::NotFound, tr("The ticket no longer exists."));
    return *t.value();
}

Result<QVector<Ticket>> QueueService::waiting(const Database& db, const QDate& date)
{
    auto q = db.exec(QStringLiteral("SELECT %1 FROM tickets WHERE status = 'waiting' AND service_date = ? "
                                    "ORDER BY queue_at, number")
                         .arg(QLatin1String(kTicketColumns)),
                     {toDbDate(date)});
    if (!q)
        return q.error();
    QVector<Ticket> list;
    while (q.value().next())
        list << readTicket(q.value());
    return list;
}

int QueueService::estimateWaitMinutes(int ahead, int windows, double serviceMinutes)
{
    if (ahead <= 0)
        return 0;
    return int(std::ceil(ahead * serviceMinutes / std::max(1, windows)));
}

QString QueueService::recentServicesStatement()
{
    // Read newest first from tickets_done_by_category (migration 12): 200 index entries, not
    // every ticket of the category ever served.
    return QStringLiteral("SELECT service_started_at, finished_at FROM tickets WHERE category_id = ? "
                          "AND status = 'done' AND service_started_at IS NOT NULL AND "
                          "finished_at >= ? ORDER BY finished_at DESC LIMIT 200");
}

Result<double> QueueService::medianServiceMinutes(const Database& db,
                                                  const SchedulingSettings& settings,
                                                  const QString& categoryId, const QDateTime& now)
{
    auto q = db.exec(recentServicesStatement(), {categoryId, toDbTimestamp(now.addDays(-28))});
    if (!q)
        return q.error();
    QVector<double> minutes;
    while (q.value().next()) {
        const qint64 secs = fromDbTimestamp(q.value().value(0).toString())
                                .secsTo(fromDbTimestamp(q.value().value(1).toString()));
        if (secs > 0)
            minutes << secs / 60.0;
    }
    // A few measurements say little; below five the center's default is the better guess.
    if (minutes.size() < 5)
        return settings.defaultServiceMinutes;
    std::sort(minutes.begin(), minutes.end());
    const int n = minutes.size();
    return n % 2 ? minutes[n / 2] : (minutes[n / 2 - 1] + minutes[n / 2]) / 2;
}

Result<QVector<CategoryQueue>> QueueService::queues(const Database& db,
                                                    const SchedulingSettings& settings,
                                                    const QDateTime& now)
{
    auto categories = WindowService::categories(db);
    if (!categories)
        return categories.error();
    auto windows = WindowService::windows(db);
    if (!windows)
        return windows.error();
    auto q = db.exec(QStringLiteral("SELECT category_id, COUNT(*) FROM tickets WHERE status = 'waiting' "
                                    "AND service_date = ? GROUP BY category_id"),
                     {toDbDate(now.date())});
    if (!q)
        return q.error();
    QHash<QString, int> waiting;
    while (q.value().next())
        waiting.insert(q.value().value(0).toString(), q.value().value(1).toInt());
    QVector<CategoryQueue> list;
    for (const TicketCategory& c : categories.value()) {
        CategoryQueue cq;
        cq.categoryId = c.id;
        cq.prefix = c.prefix;
        cq.name = c.name();
        cq.waiting = waiting.value(c.id);
        for (const ServiceWindow& w : windows.value()) {
            if (w.open && w.serves(c.id))
                ++cq.windowsServing;
        }
        auto median = medianServiceMinutes(db, settings, c.id, now);
        if (!median)
            return median.error();
        cq.estimatedWaitMinutes = estimateWaitMinutes(cq.waiting, cq.windowsServing, median.value());
        list << cq;
    }
    return list;
}

Result<QVector<BoardCall>> QueueService::latestCalls(const Database& db, const QDate& date, int limit)
{
    auto q = db.exec(QStringLiteral("SELECT t.number, w.number, w.name, t.last_called_at, t.call_count "
                                    "FROM tickets t JOIN windows w ON w.id = t.window_id WHERE "
                                    "t.service_date = ? AND t.last_called_at IS NOT NULL AND t.status IN "
                                    "('called', 'serving', 'done') ORDER BY t.last_called_at DESC, "
                                    "t.number LIMIT ?"),
                     {toDbDate(date), limit});
    if (!q)
        return q.error();
    QVector<BoardCall> calls;
    while (q.value().next()) {
        BoardCall c;
        c.number = q.value().value(0).toString();
        c.windowNumber = q.value().value(1).toInt();
        c.windowName = q.value().value(2).toString();
        c.calledAt = fromDbTimestamp(q.value().value(3).toString());
        c.callCount = q.value().value(4).toInt();
        calls << c;
    }
    return calls;
}

Result<QString> QueueService::changeStamp(const Database& db, const QDate& date)
{
    auto q = db.exec(QStringLiteral("SELECT COUNT(*), COALESCE(SUM(version), 0) FROM tickets WHERE "
                                    "service_date = ?"),
                     {toDbDate(date)});
    if (!q)
        return q.error();
    QString stamp;
    if (q.value().next())
        stamp = q.value().value(0).toString() + QLatin1Char(':') + q.value().value(1).toString();
    q.value().finish();
    return toDbDate(date) + QLatin1Char('/') + stamp;
}

} // namespace civicdesk
