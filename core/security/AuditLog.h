#pragma once

// The append-only audit trail. Every change of state writes its row inside the same
// transaction as the change (so both exist or neither does). Rows form a hash chain per
// branch: hash = SHA-256(previous hash + canonical row); verify() finds the first row that was
// changed, deleted or inserted behind CivicDesk's back.

#include "Context.h"
#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QVector>

namespace civicdesk {

class Database;
class Transaction;

struct AuditSubject {
    QString type; // "case", "ticket", "staff", "matter", "calendar", "database" …
    QString id;
};

struct AuditEntry {
    QString id;
    QString branchCode;
    qint64 seq = 0;
    QDateTime at;
    QString staffId;
    QString staffLogin;
    QString action; // dotted verb: "case.accepted", "login.failed", "permission.denied" …
    AuditSubject subject;
    QJsonObject details;
    QString hash;
};

struct AuditFilter {
    QString subjectType;
    QString subjectId;
    QString staffId;
    QString actionPrefix;
    QDateTime from;
    QDateTime to;
    int limit = 500;
    bool newestFirst = true;
};

struct AuditVerification {
    bool ok = true;
    qint64 rows = 0;
    QString branchCode; // of the first problem
    qint64 seq = 0;     // of the first problem
    QString problem;    // a sentence for people
};

class AuditLog {
    Q_DECLARE_TR_FUNCTIONS(AuditLog)
public:
    // Appends one row in tx. Details must not carry secrets; personal identifiers in them are
    // masked by the caller (see Privacy.h).
    static Status append(Transaction& tx, const Context& ctx, const QString& action,
                         const AuditSubject& subject, const QJsonObject& details = {});
    // The same in its own short transaction, for events that change nothing else (a refused
    // permission, a failed login, viewing a full ID number).
    static Status record(const Context& ctx, const QString& action, const AuditSubject& subject,
                         const QJsonObject& details = {});

    static Result<AuditVerification> verify(const Database& db);
    // How many rows this database's own chain (its branch's) holds: its head's sequence number,
    // read without counting the rows.
    static Result<qint64> chainLength(const Database& db);
    static Result<QVector<AuditEntry>> query(const Database& db, const AuditFilter& filter);
    // query() for a person: needs Permission::ViewAuditTrail.
    static Result<QVector<AuditEntry>> browse(const Context& ctx, const AuditFilter& filter);

    // The hashed form of a row: fixed field order, compact JSON.
    static QByteArray canonical(const AuditEntry& entry);
    static QString chainHash(const QString& previousHash, const AuditEntry& entry);
};

} // namespace civicdesk
