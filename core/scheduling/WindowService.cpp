#include "WindowService.h"

#include "storage/Bind.h"
#include "Clock.h"
#include "security/AuditLog.h"
#include "security/Authorization.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>

namespace civicdesk {

QString TicketCategory::name() const
{
    return QLocale().language() == QLocale::Chinese || nameEn.isEmpty() ? nameZh : nameEn;
}

Result<QVector<TicketCategory>> WindowService::categories(const Database& db, bool activeOnly)
{
    auto q = db.exec(QStringLiteral("SELECT id, prefix, name_zh, name_en, active, sort_order FROM "
                                    "ticket_categories ") +
                     (activeOnly ? QStringLiteral("WHERE active = 1 ") : QString()) +
                     QStringLiteral("ORDER BY sort_order, prefix"));
    if (!q)
        return q.error();
    QVector<TicketCategory> list;
    while (q.value().next()) {
        TicketCategory c;
        c.id = q.value().value(0).toString();
        c.prefix = q.value().value(1).toString();
        c.nameZh = q.value().value(2).toString();
        c.nameEn = q.value().value(3).toString();
        c.active = q.value().value(4).toInt() != 0;
        c.sortOrder = q.value().value(5).toInt();
        list << c;
    }
    auto m = db.exec(QStringLiteral("SELECT category_id, matter_code FROM ticket_category_matters "
                                    "ORDER BY matter_code"));
    if (!m)
        return m.error();
    while (m.value().next()) {
        for (TicketCategory& c : list) {
            if (c.id == m.value().value(0).toString())
                c.matterCodes << m.value().value(1).toString();
        }
    }
    return list;
}

Result<TicketCategory> WindowService::category(const Database& db, const QString& id)
{
    auto all = categories(db, false);
    if (!all)
        return all.error();
    for (const TicketCategory& c : all.value()) {
        if (c.id == id)
            return c;
    }
    return Error(ErrorKind::NotFound, tr("The ticket category no longer exists."));
}

Result<QVector<ServiceWindow>> WindowService::windows(const Database& db)
{
    auto q = db.exec(QStringLiteral("SELECT id, number, name, zone, comprehensive, is_open FROM "
                                    "windows ORDER BY number"));
    if (!q)
        return q.error();
    QVector<ServiceWindow> list;
    while (q.value().next()) {
        ServiceWindow w;
        w.id = q.value().value(0).toString();
        w.number = q.value().value(1).toInt();
        w.name = q.value().value(2).toString();
        w.zone = q.value().value(3).toString();
        w.comprehensive = q.value().value(4).toInt() != 0;
        w.open = q.value().value(5).toInt() != 0;
        list << w;
    }
    auto c = db.exec(QStringLiteral("SELECT window_id, category_id FROM window_categories "
                                    "ORDER BY rank, category_id"));
    if (!c)
        return c.error();
    while (c.value().next()) {
        for (ServiceWindow& w : list) {
            if (w.id == c.value().value(0).toString())
                w.categoryIds << c.value().value(1).toString();
        }
    }
    return list;
}

Result<ServiceWindow> WindowService::window(const Database& db, const QString& id)
{
    auto all = windows(db);
    if (!all)
        return all.error();
    for (const ServiceWindow& w : all.value()) {
        if (w.id == id)
            return w;
    }
    return Error(ErrorKind::NotFound,
                 tr("The window no longer exists. Choose another window."));
}

Status WindowService::saveCategory(const Context& ctx, TicketCategory& category)
{
    CIVICDESK_TRY(authorize(ctx, Permission::ManageWindows, {QStringLiteral("ticket_category"), category.id}));
    category.prefix = category.prefix.trimmed().toUpper();
    static const QRegularExpression letter(QStringLiteral("^[A-Z]$"));
    if (!letter.match(category.prefix).hasMatch())
        return Error(ErrorKind::Invalid,
                     tr("The ticket prefix \"%1\" must be one capital letter (A to Z). Nothing "
                        "was saved.")
                         .arg(category.prefix));
    if (category.nameZh.trimmed().isEmpty())
        return Error(ErrorKind::Invalid,
                     tr("The category needs a Chinese name. Nothing was saved."));
    const bool isNew = category.id.isEmpty();
    if (isNew)
        category.id = newId();
    return ctx.db.write([&](Transaction& tx) -> Status {
        auto clash = tx.scalar(QStringLiteral("SELECT COUNT(*) FROM ticket_categories WHERE "
                                              "prefix = ? AND id <> ?"),
                               {category.prefix, category.id});
        if (!clash)
            return clash.error();
        if (clash.value().toInt() > 0)
            return Error(ErrorKind::Conflict,
                         tr("Another category already uses the prefix %1. Choose another "
                            "letter; nothing was saved.")
                             .arg(category.prefix));
        CIVICDESK_TRY(tx.exec(QStringLiteral("INSERT INTO ticket_categories (id, prefix, name_zh, "
                                             "name_en, active, sort_order) VALUES (?, ?, ?, ?, ?, ?) "
                                             "ON CONFLICT (id) DO UPDATE SET prefix = excluded.prefix, "
                                             "name_zh = excluded.name_zh, name_en = excluded.name_en, "
                                             "active = excluded.active, sort_order = excluded.sort_order"),
                              {category.id, category.prefix, category.nameZh.trimmed(),
                               bind::text(category.nameEn.trimmed()), int(category.active), category.sortOrder})
                          .status());
        CIVICDESK_TRY(tx.exec(QStringLiteral("DELETE FROM ticket_category_matters WHERE category_id = ?"),
                              {category.id})
                          .status());
        for (const QString& code : category.matterCodes) {
            if (code.trimmed().isEmpty())
                continue;
            CIVICDESK_TRY(tx.exec(QStringLiteral("INSERT INTO ticket_category_matters (category_id, "
                                                 "matter_code) VALUES (?, ?) ON CONFLICT DO NOTHING"),
                                  {category.id, code.trimmed()})
                              .status());
        }
        return AuditLog::append(tx, ctx,
                                isNew ? QStringLiteral("ticket_category.created")
                                      : QStringLiteral("ticket_category.changed"),
                                {QStringLiteral("ticket_category"), category.id},
                                {{QStringLiteral("prefix"), category.prefix},
                                 {QStringLiteral("name"), category.nameZh},
                                 {QStringLiteral("matters"), QJsonArray::fromStringList(category.matterCodes)}});
    });
}

Status WindowService::saveWindow(const Context& ctx, ServiceWindow& window)
{
    CIVICDESK_TRY(authorize(ctx, Permission::ManageWindows, {QStringLiteral("window"), window.id}));
    if (window.number <= 0)
        return Error(ErrorKind::Invalid,
                     tr("A window number must be 1 or more. Nothing was saved."));
    if (window.name.trimmed().isEmpty())
        window.name = tr("Window %1").arg(window.number);
    if (!window.comprehensive && window.categoryIds.isEmpty())
        return Error(ErrorKind::Invalid,
                     tr("Window %1 is dedicated but serves no ticket category. Tick the "
                        "categories it serves, or make it a comprehensive window; nothing was "
                        "saved.")
                         .arg(window.number));
    const bool isNew = window.id.isEmpty();
    if (isNew)
        window.id = newId();
    return ctx.db.write([&](Transaction& tx) -> Status {
        auto clash = tx.scalar(QStringLiteral("SELECT COUNT(*) FROM windows WHERE number = ? AND id <> ?"),
                               {window.number, window.id});
        if (!clash)
            return clash.error();
        if (clash.value().toInt() > 0)
            return Error(ErrorKind::Conflict,
                         tr("There is already a window number %1. Choose another number; "
                            "nothing was saved.")
                             .arg(window.number));
        CIVICDESK_TRY(tx.exec(QStringLiteral("INSERT INTO windows (id, number, name, zone, "
                                             "comprehensive, is_open, updated_at) VALUES (?, ?, ?, ?, "
                                             "?, ?, ?) ON CONFLICT (id) DO UPDATE SET number = "
                                             "excluded.number, name = excluded.name, zone = "
                                             "excluded.zone, comprehensive = excluded.comprehensive, "
                                             "is_open = excluded.is_open, updated_at = excluded.updated_at"),
                              {window.id, window.number, window.name.trimmed(), bind::text(window.zone.trimmed()),
                               int(window.comprehensive), int(window.open),
                               toDbTimestamp(ctx.clock.now())})
                          .status());
        CIVICDESK_TRY(tx.exec(QStringLiteral("DELETE FROM window_categories WHERE window_id = ?"),
                              {window.id})
                          .status());
        int rank = 0;
        for (const QString& c : window.categoryIds) {
            CIVICDESK_TRY(tx.exec(QStringLiteral("INSERT INTO window_categories (window_id, "
                                                 "category_id, rank) VALUES (?, ?, ?)"),
                                  {window.id, c, rank++})
                              .status());
        }
        return AuditLog::append(tx, ctx,
                                isNew ? QStringLiteral("window.created") : QStringLiteral("window.changed"),
                                {QStringLiteral("window"), window.id},
                                {{QStringLiteral("number"), window.number},
                                 {QStringLiteral("comprehensive"), window.comprehensive},
                                 {QStringLiteral("categories"), QJsonArray::fromStringList(window.categoryIds)}});
    });
}

Status WindowService::setWindowOpen(const Context& ctx, const QString& windowId, bool open)
{
    // Opening and closing one's own window is part of serving the queue.
    CIVICDESK_TRY(authorize(ctx, Permission::ServeQueue, {QStringLiteral("window"), windowId}));
    return ctx.db.write([&](Transaction& tx) -> Status {
        auto r = tx.exec(QStringLiteral("UPDATE windows SET is_open = ?, updated_at = ? WHERE id = ?"),
                         {int(open), toDbTimestamp(ctx.clock.now()), windowId});
        if (!r)
            return r.error();
        if (r.value().numRowsAffected() == 0)
            return Error(ErrorKind::NotFound, tr("The window no longer exists."));
        return AuditLog::append(tx, ctx, open ? QStringLiteral("window.opened") : QStringLiteral("window.closed"),
                                {QStringLiteral("window"), windowId});
    });
}

} // namespace civicdesk
