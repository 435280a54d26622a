#include "StaffService.h"

#include "Authorization.h"
#include "AuditLog.h"
#include "Clock.h"
#include "Passwords.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

namespace civicdesk {

namespace {

const char* const kStaffColumns =
    "s.id, s.login, s.display_name, s.department_id, d.code, d.name_zh, d.name_en, s.active, "
    "s.must_change_password, s.failed_attempts, s.locked_until";

bool chineseUi()
{
    return QLocale().language() == QLocale::Chinese;
}

Result<QSet<Role>> rolesOf(const Database& db, const QString& staffId)
{
    auto q = db.exec(QStringLiteral("SELECT role FROM staff_roles WHERE staff_id = ?"), {staffId});
    if (!q)
        return q.error();
    QSet<Role> roles;
    while (q.value().next()) {
        if (auto r = Permissions::roleFromKey(q.value().value(0).toString()))
            roles.insert(*r);
    }
    return roles;
}

Result<QVector<StaffRecord>> readStaff(const Database& db, const QString& where,
                                       const QVariantList& params)
{
    auto q = db.exec(QStringLiteral("SELECT %1 FROM staff s LEFT JOIN departments d ON d.id = "
                                    "s.department_id %2 ORDER BY s.login")
                         .arg(QLatin1String(kStaffColumns), where),
                     params);
    if (!q)
        return q.error();
    QVector<StaffRecord> list;
    while (q.value().next()) {
        StaffRecord r;
        const QSqlQuery& row = q.value();
        r.id = row.value(0).toString();
        r.login = row.value(1).toString();
        r.displayName = row.value(2).toString();
        r.departmentId = row.value(3).toString();
        r.departmentCode = row.value(4).toString();
        r.departmentName = chineseUi() ? row.value(5).toString() : row.value(6).toString();
        r.active = row.value(7).toInt() != 0;
        r.mustChangePassword = row.value(8).toInt() != 0;
        r.failedAttempts = row.value(9).toInt();
        r.lockedUntil = row.value(10).isNull() ? QDateTime() : fromDbTimestamp(row.value(10).toString());
        list.push_back(r);
    }
    q.value().finish();
    for (StaffRecord& r : list) {
        auto roles = rolesOf(db, r.id);
        if (!roles)
            return roles.error();
        r.roles = roles.value();
    }
    return list;
}

QJsonArray roleKeys(const QSet<Role>& roles)
{
    QStringList keys;
    for (Role r : roles)
        keys << Permissions::roleKey(r);
    keys.sort();
    return QJsonArray::fromStringList(keys);
}

Status writeRoles(Transaction& tx, const QString& staffId, const QSet<Role>& roles)
{
    CIVICDESK_TRY(tx.exec(QStringLiteral("DELETE FROM staff_roles WHERE staff_id = ?"), {staffId}).status());
    for (Role r : roles)
        CIVICDESK_TRY(tx.exec(QStringLiteral("INSERT INTO staff_roles (staff_id, role) VALUES (?, ?)"),
                              {staffId, Permissions::roleKey(r)})
                          .status());
    return {};
}

Session sessionFor(const StaffRecord& r, const QString& workSessionId = {})
{
    return Session::forStaff({r.id, r.login, r.displayName, r.departmentId, r.departmentCode, r.roles},
                             workSessionId);
}

QString normalisedLogin(const QString& login)
{
    return login.trimmed().toLower();
}

} // namespace

Status StaffService::checkLogin(const QString& login)
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9][a-z0-9._-]{1,31}$"));
    if (!re.match(normalisedLogin(login)).hasMatch())
        return Error(ErrorKind::Invalid,
                     tr("A login name has 2 to 32 characters: letters a–z, digits, and . _ - "
                        "(for example \"li.na\" or \"clerk3\")."));
    return {};
}

QString StaffService::rolesText(const QSet<Role>& roles)
{
    QStringList names;
    for (Role r : Permissions::allRoles()) {
        if (roles.contains(r))
            names << Permissions::roleName(r);
    }
    return names.join(tr(", "));
}

Result<QString> StaffService::create(const Context& ctx, const NewStaff& staff)
{
    CIVICDESK_TRY(authorize(ctx, Permission::ManageStaff, {QStringLiteral("staff"), staff.login}));
    CIVICDESK_TRY(checkLogin(staff.login));
    if (staff.displayName.trimmed().isEmpty())
        return Error(ErrorKind::Invalid, tr("Enter the staff member's name."));
    if (staff.roles.isEmpty())
        return Error(ErrorKind::Invalid, tr("Give the staff member at least one role."));
    CIVICDESK_TRY(Passwords::checkPolicy(staff.password));
    if (staff.roles.contains(Role::Approver) && staff.departmentCode.isEmpty())
        return Error(ErrorKind::Invalid,
                     tr("An approver decides for a department: choose the department."));
    // Hash before the transaction: it takes a noticeable moment and must not hold the lock.
    auto hash = Passwords::hash(staff.password);
    if (!hash)
        return hash.error();

    const QString login = normalisedLogin(staff.login);
    const QString id = newId();
    Status s = ctx.db.write([&](Transaction& tx) -> Status {
        auto taken = tx.scalar(QStringLiteral("SELECT COUNT(*) FROM staff WHERE login = ?"), {login});
        if (!taken)
            return taken.error();
        if (taken.value().toInt() > 0)
            return Error(ErrorKind::Conflict,
                         tr("The login name \"%1\" is already taken; choose another.").arg(login));
        QVariant departmentId;
        if (!staff.departmentCode.isEmpty()) {
            auto dep = tx.scalar(QStringLiteral("SELECT id FROM departments WHERE code = ?"),
                                 {staff.departmentCode.trimmed().toUpper()});
            if (!dep)
                return dep.error();
            if (dep.value().isNull())
                return Error(ErrorKind::Invalid,
                             tr("There is no department with the code \"%1\".").arg(staff.departmentCode));
            departmentId = dep.value();
        }
        auto branch = tx.db().branchCode();
        if (!branch)
            return branch.error();
        const QString now = toDbTimestamp(ctx.clock.now());
        CIVICDESK_TRY(tx.exec(QStringLiteral("INSERT INTO staff (id, branch_code, login, display_name, "
                                             "department_id, active, password_hash, "
                                             "must_change_password, failed_attempts, created_at, "
                                             "updated_at) VALUES (?, ?, ?, ?, ?, 1, ?, 1, 0, ?, ?)"),
                              {id, branch.value(), login, staff.displayName.trimmed(), departmentId,
                               hash.value(), now, now})
                          .status());
        CIVICDESK_TRY(writeRoles(tx, id, staff.roles));
        return AuditLog::append(tx, ctx, QStringLiteral("staff.created"), {QStringLiteral("staff"), id},
                                {{QStringLiteral("login"), login},
                                 {QStringLiteral("roles"), roleKeys(staff.roles)},
                                 {QStringLiteral("department"), staff.departmentCode}});
    });
    if (!s)
        return s.error();
    return id;
}

Result<QVector<StaffRecord>> StaffService::list(const Database& db)
{
    return readStaff(db, QString(), {});
}

Result<StaffRecord> StaffService::findByLogin(const Database& db, const QString& login)
{
    auto rows = readStaff(db, QStringLiteral("WHERE s.login = ?"), {normalisedLogin(login)});
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return Error(ErrorKind::NotFound, tr("There is no staff member \"%1\".").arg(login));
    return rows->first();
}

Result<StaffRecord> StaffService::findById(const Database& db, const QString& id)
{
    auto rows = readStaff(db, QStringLiteral("WHERE s.id = ?"), {id});
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return Error(ErrorKind::NotFound, tr("That staff member no longer exists."));
    return rows->first();
}

Result<SignIn> StaffService::signIn(Database& db, const Clock& clock, const QString& login,
                                    const QString& password, const QString& workstation)
{
    const QString wrong = tr("Wrong login name or password.");
    const QDateTime now = clock.now();
    auto found = findByLogin(db, login);
    if (!found) {
        if (found.kind() != ErrorKind::NotFound)
            return found.error();
        const Session nobody = Session::system(QStringLiteral("sign-in"));
        CIVICDESK_TRY(AuditLog::record({db, clock, nobody}, QStringLiteral("login.failed"),
                                       {QStringLiteral("staff"), normalisedLogin(login)},
                                       {{QStringLiteral("reason"), QStringLiteral("unknown login")},
                                        {QStringLiteral("workstation"), workstation}}));
        return Error(ErrorKind::Denied, wrong);
    }
    const StaffRecord staff = found.value();
    const Session who = sessionFor(staff);
    const Context ctx{db, clock, who};
    const AuditSubject subject{QStringLiteral("staff"), staff.id};

    if (!staff.active) {
        CIVICDESK_TRY(AuditLog::record(ctx, QStringLiteral("login.refused"), subject,
                                       {{QStringLiteral("reason"), QStringLiteral("disabled")},
                                        {QStringLiteral("workstation"), workstation}}));
        return Error(ErrorKind::Denied,
                     tr("The account \"%1\" is disabled. Ask an administrator.").arg(staff.login));
    }
    if (staff.lockedUntil.isValid() && staff.lockedUntil > now) {
        CIVICDESK_TRY(AuditLog::record(ctx, QStringLiteral("login.refused"), subject,
                                       {{QStringLiteral("reason"), QStringLiteral("locked")},
                                        {QStringLiteral("workstation"), workstation}}));
        return Error(ErrorKind::Denied,
                     tr("After %1 wrong passwords the account \"%2\" is locked until %3. Try "
                        "again then, or ask an administrator to unlock it.")
                         .arg(kMaxFailedSignIns)
                         .arg(staff.login, QLocale().toString(staff.lockedUntil.time(), QLocale::ShortFormat)));
    }

    auto stored = db.scalar(QStringLiteral("SELECT password_hash FROM staff WHERE id = ?"), {staff.id});
    if (!stored)
        return stored.error();
    // Verified outside any transaction: argon2id takes a moment and must not hold the lock.
    const bool right = Passwords::verify(stored.value().toString(), password);

    if (!right) {
        int failures = 0;
        QDateTime lockedUntil;
        Status s = db.write([&](Transaction& tx) -> Status {
            auto q = tx.exec(QStringLiteral("UPDATE staff SET failed_attempts = failed_attempts + 1 "
                                            "WHERE id = ? RETURNING failed_attempts"),
                             {staff.id});
            if (!q)
                return q.error();
            failures = q.value().next() ? q.value().value(0).toInt() : kMaxFailedSignIns;
            q.value().finish();
            CIVICDESK_TRY(AuditLog::append(tx, ctx, QStringLiteral("login.failed"), subject,
                                           {{QStringLiteral("reason"), QStringLiteral("wrong password")},
                                            {QStringLiteral("attempt"), failures},
                                            {QStringLiteral("workstation"), workstation}}));
            if (failures < kMaxFailedSignIns)
                return {};
            lockedUntil = now.addSecs(kLockMinutes * 60);
            CIVICDESK_TRY(tx.exec(QStringLiteral("UPDATE staff SET failed_attempts = 0, locked_until = ? "
                                                 "WHERE id = ?"),
                                  {toDbTimestamp(lockedUntil), staff.id})
                              .status());
            return AuditLog::append(tx, ctx, QStringLiteral("account.locked"), subject,
                                    {{QStringLiteral("until"), toDbTimestamp(lockedUntil)},
                                     {QStringLiteral("workstation"), workstation}});
        });
        if (!s)
            return s.error();
        if (lockedUntil.isValid())
            return Error(ErrorKind::Denied,
                         tr("Wrong password %1 times in a row: the account \"%2\" is locked for %3 "
                            "minutes, until %4.")
                             .arg(kMaxFailedSignIns)
                             .arg(staff.login)
                             .arg(kLockMinutes)
                             .arg(QLocale().toString(lockedUntil.time(), QLocale::ShortFormat)));
        const int left = kMaxFailedSignIns - failures;
        if (left <= 2)
            return Error(ErrorKind::Denied,
                         wrong + QLatin1Char(' ') +
                             tr("After %n more wrong password(s) the account is locked for %1 minutes.",
                                nullptr, left)
                                 .arg(kLockMinutes));
        return Error(ErrorKind::Denied, wrong);
    }

    const QString workSessionId = newId();
    Status s = db.write([&](Transaction& tx) -> Status {
        CIVICDESK_TRY(tx.exec(QStringLiteral("UPDATE staff SET failed_attempts = 0, locked_until = NULL "
                                             "WHERE id = ?"),
                              {staff.id})
                          .status());
        auto branch = tx.db().branchCode();
        if (!branch)
            return branch.error();
        CIVICDESK_TRY(tx.exec(QStringLiteral("INSERT INTO work_sessions (id, branch_code, staff_id, "
                                             "workstation, started_at) VALUES (?, ?, ?, ?, ?)"),
                              {workSessionId, branch.value(), staff.id, workstation, toDbTimestamp(now)})
                          .status());
        return AuditLog::append(tx, ctx, QStringLiteral("login"), subject,
                                {{QStringLiteral("workstation"), workstation},
                                 {QStringLiteral("work_session"), workSessionId}});
    });
    if (!s)
        return s.error();
    return SignIn{sessionFor(staff, workSessionId), staff.mustChangePassword};
}

Status StaffService::signOut(const Context& ctx)
{
    if (ctx.session.isSystem())
        return {};
    return ctx.db.write([&](Transaction& tx) -> Status {
        CIVICDESK_TRY(tx.exec(QStringLiteral("UPDATE work_sessions SET ended_at = ? WHERE id = ?"),
                              {toDbTimestamp(ctx.clock.now()), ctx.session.workSessionId()})
                          .status());
        return AuditLog::append(tx, ctx, QStringLiteral("logout"),
                                {QStringLiteral("staff"), ctx.session.staffId()});
    });
}

Status StaffService::setWindow(const Context& ctx, const QString& windowId)
{
    return ctx.db.write([&](Transaction& tx) -> Status {
        CIVICDESK_TRY(tx.exec(QStringLiteral("UPDATE work_sessions SET window_id = ? WHERE id = ?"),
                              {windowId.isEmpty() ? QVariant() : QVariant(windowId),
                               ctx.session.workSessionId()})
                          .status());
        return AuditLog::append(tx, ctx, QStringLiteral("session.window"),
                                {QStringLiteral("staff"), ctx.session.staffId()},
                                {{QStringLiteral("window"), windowId}});
    });
}

Status StaffService::changeOwnPassword(const Context& ctx, const QString& oldPassword,
                                       const QString& newPassword)
{
    if (ctx.session.isSystem())
        return Error(ErrorKind::Invalid, tr("Only a signed-in staff member can change their password."));
    auto stored = ctx.db.scalar(QStringLiteral("SELECT password_hash FROM staff WHERE id = ?"),
                                {ctx.session.staffId()});
    if (!stored)
        return stored.error();
    if (!Passwords::verify(stored.value().toString(), oldPassword))
        return Error(ErrorKind::Denied, tr("The current password is not right; nothing was changed."));
    CIVICDESK_TRY(Passwords::checkPolicy(newPassword));
    if (newPassword == oldPassword)
        return Error(ErrorKind::Invalid, tr("The new password must differ from the current one."));
    auto hash = Passwords::hash(newPassword);
    if (!hash)
        return hash.error();
    return ctx.db.write([&](Transaction& tx) -> Status {
        CIVICDESK_TRY(tx.exec(QStringLiteral("UPDATE staff SET password_hash = ?, "
                                             "must_change_password = 0, updated_at = ? WHERE id = ?"),
                              {hash.value(), toDbTimestamp(ctx.clock.now()), ctx.session.staffId()})
                          .status());
        return AuditLog::append(tx, ctx, QStringLiteral("password.changed"),
                                {QStringLiteral("staff"), ctx.session.staffId()});
    });
}

Status StaffService::resetPassword(const Context& ctx, const QString& staffId,
                                   const QString& temporaryPassword)
{
    const AuditSubject subject{QStringLiteral("staff"), staffId};
    CIVICDESK_TRY(authorize(ctx, Permission::ManageStaff, subject));
    CIVICDESK_TRY(Passwords::checkPolicy(temporaryPassword));
    auto hash = Passwords::hash(temporaryPassword);
    if (!hash)
        return hash.error();
    return ctx.db.write([&](Transaction& tx) -> Status {
        auto q = tx.exec(QStringLiteral("UPDATE staff SET password_hash = ?, must_change_password = 1, "
                                        "failed_attempts = 0, locked_until = NULL, updated_at = ? "
                                        "WHERE id = ?"),
                         {hash.value(), toDbTimestamp(ctx.clock.now()), staffId});
        if (!q)
            return q.error();
        if (q.value().numRowsAffected() != 1)
            return Error(ErrorKind::NotFound, tr("That staff member no longer exists."));
        return AuditLog::append(tx, ctx, QStringLiteral("password.reset"), subject);
    });
}

Status StaffService::unlock(const Context& ctx, const QString& staffId)
{
    const AuditSubject subject{QStringLiteral("staff"), staffId};
    CIVICDESK_TRY(authorize(ctx, Permission::ManageStaff, subject));
    return ctx.db.write([&](Transaction& tx) -> Status {
        CIVICDESK_TRY(tx.exec(QStringLiteral("UPDATE staff SET failed_attempts = 0, locked_until = NULL "
                                             "WHERE id = ?"),
                              {staffId})
                          .status());
        return AuditLog::append(tx, ctx, QStringLiteral("account.unlocked"), subject);
    });
}

Status StaffService::setRoles(const Context& ctx, const QString& staffId, const QSet<Role>& roles)
{
    const AuditSubject subject{QStringLiteral("staff"), staffId};
    CIVICDESK_TRY(authorize(ctx, Permission::ManageStaff, subject));
    if (roles.isEmpty())
        return Error(ErrorKind::Invalid, tr("Give the staff member at least one role."));
    if (staffId == ctx.session.staffId() && !roles.contains(Role::Admin))
        return Error(ErrorKind::Invalid,
                     tr("You cannot take the administrator role from yourself; ask another "
                        "administrator."));
    return ctx.db.write([&](Transaction& tx) -> Status {
        CIVICDESK_TRY(writeRoles(tx, staffId, roles));
        return AuditLog::append(tx, ctx, QStringLiteral("staff.roles"), subject,
                                {{QStringLiteral("roles"), roleKeys(roles)}});
    });
}

Status StaffService::setActive(const Context& ctx, const QString& staffId, bool active)
{
    const AuditSubject subject{QStringLiteral("staff"), staffId};
    CIVICDESK_TRY(authorize(ctx, Permission::ManageStaff, subject));
    if (!active && staffId == ctx.session.staffId())
        return Error(ErrorKind::Invalid, tr("You cannot disable your own account."));
    return ctx.db.write([&](Transaction& tx) -> Status {
        CIVICDESK_TRY(tx.exec(QStringLiteral("UPDATE staff SET active = ?, updated_at = ? WHERE id = ?"),
                              {int(active), toDbTimestamp(ctx.clock.now()), staffId})
                          .status());
        return AuditLog::append(tx, ctx, active ? QStringLiteral("staff.enabled") : QStringLiteral("staff.disabled"),
                                subject);
    });
}

} // namespace civicdesk
