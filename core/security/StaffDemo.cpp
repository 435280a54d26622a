#include "StaffDemo.h"

#include "AuditLog.h"
#include "Clock.h"
#include "Passwords.h"
#include "Permissions.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace civicdesk {

namespace {

struct DemoAccount {
    const char* login;
    const char* name;
    const char* department; // code, or nullptr for the center itself
    QList<Role> roles;
};

} // namespace

Status addDemoStaff(Transaction& tx, const Context& ctx, QStringList& summary)
{
    const QList<DemoAccount> accounts = {
        {"admin", "系统管理员", nullptr, {Role::Admin}},
        {"supervisor", "王芳", nullptr, {Role::Supervisor}},
        {"clerk1", "李娜", nullptr, {Role::Clerk}},
        {"clerk2", "张伟", nullptr, {Role::Clerk}},
        {"clerk3", "刘洋", nullptr, {Role::Clerk}},
        {"clerk4", "陈静", nullptr, {Role::Clerk}},
        {"clerk5", "杨磊", nullptr, {Role::Clerk}},
        {"clerk6", "赵敏", nullptr, {Role::Clerk}},
        {"approver.ga", "周建国", "GA", {Role::Approver}},
        {"approver.sj", "吴晓梅", "SJ", {Role::Approver}},
        {"approver.zj", "郑海涛", "ZJ", {Role::Approver}},
        {"approver.rs", "孙丽华", "RS", {Role::Approver}},
        {"approver.mz", "马俊", "MZ", {Role::Approver}},
        {"approver.zr", "胡志强", "ZR", {Role::Approver}},
        {"approver.yb", "林小红", "YB", {Role::Approver}},
        {"approver.sw", "何伟", "SW", {Role::Approver}},
    };
    // One hash for the shared demo password: argon2id is slow on purpose, and sixteen of them
    // would make every demo database take seconds.
    auto hash = Passwords::hash(QString::fromLatin1(kDemoPassword));
    if (!hash)
        return hash.error();
    auto branch = tx.db().branchCode();
    if (!branch)
        return branch.error();
    const QString now = toDbTimestamp(ctx.clock.now());
    for (const DemoAccount& a : accounts) {
        QVariant departmentId;
        if (a.department) {
            auto dep = tx.scalar(QStringLiteral("SELECT id FROM departments WHERE code = ?"),
                                 {QString::fromLatin1(a.department)});
            if (!dep)
                return dep.error();
            departmentId = dep.value();
        }
        const QString id = newId();
        CIVICDESK_TRY(tx.exec(QStringLiteral("INSERT INTO staff (id, branch_code, login, display_name, "
                                             "department_id, active, password_hash, "
                                             "must_change_password, failed_attempts, created_at, "
                                             "updated_at) VALUES (?, ?, ?, ?, ?, 1, ?, 1, 0, ?, ?)"),
                              {id, branch.value(), QString::fromLatin1(a.login),
                               QString::fromUtf8(a.name), departmentId, hash.value(), now, now})
                          .status());
        QJsonArray roleKeys;
        for (Role r : a.roles) {
            CIVICDESK_TRY(tx.exec(QStringLiteral("INSERT INTO staff_roles (staff_id, role) VALUES (?, ?)"),
                                  {id, Permissions::roleKey(r)})
                              .status());
            roleKeys << Permissions::roleKey(r);
        }
        CIVICDESK_TRY(AuditLog::append(tx, ctx, QStringLiteral("staff.created"),
                                       {QStringLiteral("staff"), id},
                                       {{QStringLiteral("login"), QString::fromLatin1(a.login)},
                                        {QStringLiteral("roles"), roleKeys},
                                        {QStringLiteral("demo"), true}}));
    }
    summary << QCoreApplication::translate("civicdesk::DemoData",
                                           "%n staff account(s), password \"%1\" (to be changed at "
                                           "the first sign-in)",
                                           nullptr, int(accounts.size()))
                   .arg(QString::fromLatin1(kDemoPassword));
    return {};
}

} // namespace civicdesk
