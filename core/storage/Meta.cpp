#include "Meta.h"

#include "Clock.h"
#include "Database.h"
#include "Transaction.h"

#include <QRegularExpression>

namespace civicdesk {

Result<QString> Meta::get(const Database& db, const QString& key)
{
    auto v = db.scalar(QStringLiteral("SELECT value FROM meta WHERE key = ?"), {key});
    if (!v)
        return v.error();
    return v.value().toString();
}

Status Meta::set(Transaction& tx, const QString& key, const QString& value)
{
    if (key == MetaKey::BranchCode)
        tx.db().forgetBranchCode();
    return tx
        .exec(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?) "
                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
              {key, value})
        .status();
}

Status Meta::ensureIdentity(Database& db, const Clock& clock)
{
    auto id = get(db, MetaKey::DatabaseId);
    if (!id)
        return id.error();
    if (!id.value().isEmpty())
        return {};
    return db.write([&](Transaction& tx) -> Status {
        auto again = tx.scalar(QStringLiteral("SELECT value FROM meta WHERE key = ?"),
                               {MetaKey::DatabaseId});
        if (!again)
            return again.error();
        if (!again.value().toString().isEmpty())
            return {}; // another PC set it up between our read and our lock
        CIVICDESK_TRY(set(tx, MetaKey::DatabaseId, newId()));
        CIVICDESK_TRY(set(tx, MetaKey::CreatedAt, toDbTimestamp(clock.now())));
        return tx
            .exec(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?) "
                                 "ON CONFLICT (key) DO NOTHING"),
                  {MetaKey::BranchCode, defaultBranchCode()})
            .status();
    });
}

bool Meta::isValidBranchCode(const QString& code)
{
    static const QRegularExpression re(QStringLiteral("^[A-Z0-9]{2,8}$"));
    return re.match(code).hasMatch();
}

} // namespace civicdesk
