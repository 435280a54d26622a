#include "Authorization.h"

#include "Session.h"

#include <QJsonArray>

namespace civicdesk {

Status authorize(const Context& ctx, Permission permission, const AuditSubject& subject)
{
    if (ctx.session.can(permission))
        return {};
    QStringList roles;
    for (Role r : Permissions::rolesWith(permission))
        roles << Permissions::roleName(r);
    const QString sentence =
        QCoreApplication::translate("civicdesk::Authorization",
                                    "%1 may not %2: this needs the role of %3. The attempt was "
                                    "recorded.")
            .arg(ctx.session.displayName(), Permissions::permissionName(permission),
                 roles.join(QCoreApplication::translate("civicdesk::Authorization", " or ")));
    // The refusal is recorded even though nothing else is written; if even that fails, the
    // refusal stands and its sentence says why it could not be recorded.
    Status recorded = AuditLog::record(
        ctx, QStringLiteral("permission.denied"),
        subject.type.isEmpty() ? AuditSubject{QStringLiteral("permission"),
                                              Permissions::permissionKey(permission)}
                               : subject,
        {{QStringLiteral("permission"), Permissions::permissionKey(permission)}});
    if (!recorded)
        return Error(ErrorKind::Denied, sentence + QLatin1Char(' ') + recorded.message(),
                     recorded.error().detail);
    return Error(ErrorKind::Denied, sentence);
}

} // namespace civicdesk
