#pragma once

// Facts about one database: its id, the branch that owns it, whether it holds demo data.

#include "Result.h"

#include <QCoreApplication>
#include <QString>

namespace civicdesk {

class Clock;
class Database;
class Transaction;

namespace MetaKey {
inline const QString DatabaseId = QStringLiteral("database_id");
inline const QString BranchCode = QStringLiteral("branch_code");
inline const QString CreatedAt = QStringLiteral("created_at");
inline const QString Demo = QStringLiteral("demo");
} // namespace MetaKey

class Meta {
    Q_DECLARE_TR_FUNCTIONS(Meta)
public:
    static Result<QString> get(const Database& db, const QString& key);
    static Status set(Transaction& tx, const QString& key, const QString& value);

    // Gives a new database its id, creation time and the default branch code; keeps what an
    // existing one already has.
    static Status ensureIdentity(Database& db, const Clock& clock);

    static QString defaultBranchCode() { return QStringLiteral("ZX01"); }
    // Branch codes go into case numbers: 2 to 8 capital letters or digits.
    static bool isValidBranchCode(const QString& code);
};

} // namespace civicdesk
