#pragma once

// Staff accounts: creating them, signing in (with the lockout after 5 wrong passwords),
// changing and resetting passwords, roles, and the work session that remembers the window a
// clerk sits at.

#include "Context.h"
#include "Result.h"
#include "Session.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSet>
#include <QVector>

namespace civicdesk {

class Clock;
class Database;

struct StaffRecord {
    QString id;
    QString login;
    QString displayName;
    QString departmentId;
    QString departmentCode;
    QString departmentName; // in the current language
    bool active = true;
    QSet<Role> roles;
    bool mustChangePassword = false;
    int failedAttempts = 0;
    QDateTime lockedUntil; // invalid when not locked
};

struct NewStaff {
    QString login;
    QString displayName;
    QString departmentCode; // empty: the center itself
    QSet<Role> roles;
    QString password;       // temporary: must be changed at the first sign-in
};

struct SignIn {
    Session session;
    bool mustChangePassword = false;
};

class StaffService {
    Q_DECLARE_TR_FUNCTIONS(StaffService)
public:
    static constexpr int kMaxFailedSignIns = 5;
    static constexpr int kLockMinutes = 5;

    static Result<QString> create(const Context& ctx, const NewStaff& staff);
    static Result<QVector<StaffRecord>> list(const Database& db);
    static Result<StaffRecord> findByLogin(const Database& db, const QString& login);
    static Result<StaffRecord> findById(const Database& db, const QString& id);

    // One sign-in attempt at a workstation. Wrong passwords count; the fifth in a row locks the
    // account for kLockMinutes. Every attempt is audited.
    static Result<SignIn> signIn(Database& db, const Clock& clock, const QString& login,
                                 const QString& password, const QString& workstation);
    static Status signOut(const Context& ctx);
    // The window the signed-in clerk sits at today, remembered in the work session.
    static Status setWindow(const Context& ctx, const QString& windowId);

    static Status changeOwnPassword(const Context& ctx, const QString& oldPassword,
                                    const QString& newPassword);
    // Administrator: a temporary password the staff member must change at the next sign-in.
    static Status resetPassword(const Context& ctx, const QString& staffId,
                                const QString& temporaryPassword);
    static Status unlock(const Context& ctx, const QString& staffId);
    static Status setRoles(const Context& ctx, const QString& staffId, const QSet<Role>& roles);
    static Status setActive(const Context& ctx, const QString& staffId, bool active);

    static Status checkLogin(const QString& login);
    static QString rolesText(const QSet<Role>& roles); // translated, comma separated
};

} // namespace civicdesk
