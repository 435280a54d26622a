#include "RosterService.h"

#include "Clock.h"
#include "SchedulingSettings.h"
#include "WindowService.h"
#include "security/AuditLog.h"
#include "security/Authorization.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QLocale>

namespace civicdesk {

QString shiftKey(Shift shift)
{
    return shift == Shift::Morning ? QStringLiteral("morning") : QStringLiteral("afternoon");
}

Shift shiftFromKey(const QString& key)
{
    return key == QLatin1String("afternoon") ? Shift::Afternoon : Shift::Morning;
}

QDate RosterService::weekStart(const QDate& date)
{
    return date.addDays(1 - date.dayOfWeek());
}

Result<QVector<RosterEntry>> RosterService::week(const Database& db, const QDate& monday)
{
    auto q = db.exec(QStringLiteral("SELECT r.work_date, r.shift, r.window_id, r.staff_id, "
                                    "s.display_name FROM roster r JOIN staff s ON s.id = r.staff_id "
                                    "WHERE r.work_date >= ? AND r.work_date <= ? ORDER BY r.work_date, "
                                    "r.shift"),
                     {toDbDate(monday), toDbDate(monday.addDays(6))});
    if (!q)
        return q.error();
    QVector<RosterEntry> entries;
    while (q.value().next()) {
        RosterEntry e;
        e.date = fromDbDate(q.value().value(0).toString());
        e.shift = shiftFromKey(q.value().value(1).toString());
        e.windowId = q.value().value(2).toString();
        e.staffId = q.value().value(3).toString();
        e.staffName = q.value().value(4).toString();
        entries << e;
    }
    return entries;
}

Result<QVector<RosterStaff>> RosterService::rosterableStaff(const Database& db)
{
    auto q = db.exec(QStringLiteral("SELECT DISTINCT s.id, s.login, s.display_name FROM staff s JOIN "
                                    "staff_roles r ON r.staff_id = s.id WHERE s.active = 1 AND r.role "
                                    "IN ('clerk', 'supervisor') ORDER BY s.login"));
    if (!q)
        return q.error();
    QVector<RosterStaff> list;
    while (q.value().next())
        list << RosterStaff{q.value().value(0).toString(), q.value().value(1).toString(),
                            q.value().value(2).toString()};
    return list;
}

Status RosterService::assign(const Context& ctx, const QDate& date, Shift shift,
                             const QString& windowId, const QString& staffId)
{
    CIVICDESK_TRY(authorize(ctx, Permission::ManageRoster, {QStringLiteral("roster"), toDbDate(date)}));
    return ctx.db.write([&](Transaction& tx) -> Status {
        if (!staffId.isEmpty()) {
            auto other = tx.exec(QStringLiteral("SELECT w.number, s.display_name FROM roster r JOIN "
                                                "windows w ON w.id = r.window_id JOIN staff s ON s.id = "
                                                "r.staff_id WHERE r.work_date = ? AND r.shift = ? AND "
                                                "r.staff_id = ? AND r.window_id <> ?"),
                                 {toDbDate(date), shiftKey(shift), staffId, windowId});
            if (!other)
                return other.error();
            if (other.value().next()) {
                const int number = other.value().value(0).toInt();
                const QString name = other.value().value(1).toString();
                other.value().finish();
                return Error(ErrorKind::Conflict,
                             tr("%1 already sits at window %2 in this shift on %3. Clear that "
                                "seat first; the roster was not changed.")
                                 .arg(name)
                                 .arg(number)
                                 .arg(QLocale().toString(date, QLocale::ShortFormat)));
            }
        }
        CIVICDESK_TRY(tx.exec(QStringLiteral("DELETE FROM roster WHERE work_date = ? AND shift = ? AND "
                                             "window_id = ?"),
                              {toDbDate(date), shiftKey(shift), windowId})
                          .status());
        if (!staffId.isEmpty()) {
            auto branch = tx.db().branchCode();
            if (!branch)
                return branch.error();
            CIVICDESK_TRY(tx.exec(QStringLiteral("INSERT INTO roster (id, branch_code, work_date, shift, "
                                                 "window_id, staff_id, updated_at) VALUES (?, ?, ?, ?, "
                                                 "?, ?, ?)"),
                                  {newId(), branch.value(), toDbDate(date), shiftKey(shift), windowId,
                                   staffId, toDbTimestamp(ctx.clock.now())})
                              .status());
        }
        return AuditLog::append(tx, ctx, QStringLiteral("roster.assigned"),
                                {QStringLiteral("window"), windowId},
                                {{QStringLiteral("date"), toDbDate(date)},
                                 {QStringLiteral("shift"), shiftKey(shift)},
                                 {QStringLiteral("staff"), staffId}});
    });
}

Result<int> RosterService::copyWeek(const Context& ctx, const QDate& fromMonday, const QDate& toMonday)
{
    CIVICDESK_TRY(authorize(ctx, Permission::ManageRoster, {QStringLiteral("roster"), toDbDate(toMonday)}));
    const qint64 shift = fromMonday.daysTo(toMonday);
    if (shift == 0)
        return Error(ErrorKind::Invalid, tr("A week cannot be copied onto itself."));
    int copied = 0;
    Status s = ctx.db.write([&](Transaction& tx) -> Status {
        copied = 0;
        auto branch = tx.db().branchCode();
        if (!branch)
            return branch.error();
        CIVICDESK_TRY(tx.exec(QStringLiteral("DELETE FROM roster WHERE work_date >= ? AND work_date <= ?"),
                              {toDbDate(toMonday), toDbDate(toMonday.addDays(6))})
                          .status());
        auto q = tx.exec(QStringLiteral("SELECT work_date, shift, window_id, staff_id FROM roster "
                                        "WHERE work_date >= ? AND work_date <= ?"),
                         {toDbDate(fromMonday), toDbDate(fromMonday.addDays(6))});
        if (!q)
            return q.error();
        QVector<QVariantList> rows;
        while (q.value().next()) {
            rows << QVariantList{newId(), branch.value(),
                                 toDbDate(fromDbDate(q.value().value(0).toString()).addDays(shift)),
                                 q.value().value(1), q.value().value(2), q.value().value(3),
                                 toDbTimestamp(ctx.clock.now())};
        }
        q.value().finish();
        for (const QVariantList& row : rows) {
            CIVICDESK_TRY(tx.exec(QStringLiteral("INSERT INTO roster (id, branch_code, work_date, shift, "
                                                 "window_id, staff_id, updated_at) VALUES (?, ?, ?, ?, "
                                                 "?, ?, ?)"),
                                  row)
                              .status());
            ++copied;
        }
        return AuditLog::append(tx, ctx, QStringLiteral("roster.week_copied"),
                                {QStringLiteral("roster"), toDbDate(toMonday)},
                                {{QStringLiteral("from"), toDbDate(fromMonday)},
                                 {QStringLiteral("seats"), copied}});
    });
    if (!s)
        return s.error();
    return copied;
}

Result<std::optional<ServiceWindow>> RosterService::windowFor(const Database& db,
                                                              const SchedulingSettings& settings,
                                                              const QString& staffId,
                                                              const QDateTime& at)
{
    const Shift shift = settings.shiftAt(at.time());
    auto id = db.scalar(QStringLiteral("SELECT window_id FROM roster WHERE work_date = ? AND shift = ? "
                                       "AND staff_id = ?"),
                        {toDbDate(at.date()), shiftKey(shift), staffId});
    if (!id)
        return id.error();
    if (id.value().isNull())
        return std::optional<ServiceWindow>();
    auto w = WindowService::window(db, id.value().toString());
    if (!w)
        return w.error();
    return std::optional<ServiceWindow>(w.value());
}

} // namespace civicdesk
