#include "Commands.h"

#include "ExitCode.h"
#include "security/AuditLog.h"
#include "security/Passwords.h"
#include "security/StaffService.h"

#include <QJsonDocument>
#include <QTextStream>

#include <cstdio>

namespace civicdesk {

namespace {

// --password-stdin reads one line, so that a script's passwords never show in `ps`.
Result<QString> passwordFrom(CommandContext& ctx, bool& generated)
{
    generated = false;
    if (ctx.parser.isSet(QStringLiteral("password-stdin"))) {
        QTextStream in(stdin);
        const QString line = in.readLine();
        if (line.isEmpty())
            return Error(ErrorKind::Invalid, CommandLine::tr("No password was given on standard input."));
        return line;
    }
    if (ctx.parser.isSet(QStringLiteral("password")))
        return ctx.parser.value(QStringLiteral("password"));
    generated = true;
    return Passwords::generateTemporary();
}

int staffAdd(CommandContext& ctx, Database& db, const Context& c)
{
    if (ctx.args.size() != 2)
        return ctx.usage(CommandLine::tr("Usage: civicdesk staff add LOGIN --name NAME --roles clerk,approver "
                            "[--department CODE] [--password-stdin]"));
    NewStaff s;
    s.login = ctx.args.at(1);
    s.displayName = ctx.parser.value(QStringLiteral("name"));
    s.departmentCode = ctx.parser.value(QStringLiteral("department"));
    for (const QString& key : ctx.parser.value(QStringLiteral("roles")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const auto role = Permissions::roleFromKey(key);
        if (!role)
            return ctx.fail(Error(ErrorKind::Invalid,
                                  CommandLine::tr("\"%1\" is not a role; the roles are clerk, approver, "
                                     "supervisor and admin.")
                                      .arg(key)));
        s.roles.insert(*role);
    }
    bool generated;
    auto password = passwordFrom(ctx, generated);
    if (!password)
        return ctx.fail(password.error());
    s.password = password.value();
    auto id = StaffService::create(c, s);
    if (!id)
        return ctx.fail(id.error());
    ctx.out << CommandLine::tr("Added %1 (%2).").arg(s.login.toLower(), StaffService::rolesText(s.roles)) << '\n';
    if (generated)
        ctx.out << CommandLine::tr("Temporary password: %1 (to be changed at the first sign-in)").arg(s.password) << '\n';
    Q_UNUSED(db);
    return ExitOk;
}

int staffPasswd(CommandContext& ctx, Database& db, const Context& c)
{
    if (ctx.args.size() != 2)
        return ctx.usage(CommandLine::tr("Usage: civicdesk staff passwd LOGIN [--password-stdin]"));
    auto staff = StaffService::findByLogin(db, ctx.args.at(1));
    if (!staff)
        return ctx.fail(staff.error());
    bool generated;
    auto password = passwordFrom(ctx, generated);
    if (!password)
        return ctx.fail(password.error());
    Status s = StaffService::resetPassword(c, staff->id, password.value());
    if (!s)
        return ctx.fail(s.error());
    ctx.out << CommandLine::tr("The password of %1 was reset; it must be changed at the next sign-in.").arg(staff->login)
            << '\n';
    if (generated)
        ctx.out << CommandLine::tr("Temporary password: %1").arg(password.value()) << '\n';
    return ExitOk;
}

int staffList(CommandContext& ctx, Database& db, const Context&)
{
    auto list = StaffService::list(db);
    if (!list)
        return ctx.fail(list.error());
    for (const StaffRecord& r : list.value()) {
        QStringList flags;
        if (!r.active)
            flags << CommandLine::tr("disabled");
        if (r.lockedUntil.isValid() && r.lockedUntil > ctx.clock->now())
            flags << CommandLine::tr("locked");
        if (r.mustChangePassword)
            flags << CommandLine::tr("must change password");
        ctx.out << r.login.leftJustified(16) << ' ' << r.displayName.leftJustified(10) << ' '
                << (r.departmentCode.isEmpty() ? QStringLiteral("-") : r.departmentCode).leftJustified(4)
                << ' ' << StaffService::rolesText(r.roles);
        if (!flags.isEmpty())
            ctx.out << " [" << flags.join(QStringLiteral(", ")) << ']';
        ctx.out << '\n';
    }
    return ExitOk;
}

int staffToggle(CommandContext& ctx, Database& db, const Context& c, const QString& what)
{
    if (ctx.args.size() != 2)
        return ctx.usage(CommandLine::tr("Name the staff member: civicdesk staff %1 LOGIN").arg(what));
    auto staff = StaffService::findByLogin(db, ctx.args.at(1));
    if (!staff)
        return ctx.fail(staff.error());
    Status s = what == QLatin1String("unlock") ? StaffService::unlock(c, staff->id)
                                               : StaffService::setActive(c, staff->id, what == QLatin1String("enable"));
    if (!s)
        return ctx.fail(s.error());
    ctx.out << CommandLine::tr("Done: %1 %2.").arg(what, staff->login) << '\n';
    return ExitOk;
}

int runStaff(CommandContext& ctx)
{
    const QString sub = ctx.args.value(0);
    const QStringList known = {QStringLiteral("add"), QStringLiteral("passwd"), QStringLiteral("list"),
                               QStringLiteral("unlock"), QStringLiteral("enable"), QStringLiteral("disable")};
    if (!known.contains(sub))
        return ctx.usage(CommandLine::tr("Usage: civicdesk staff add|passwd|list|unlock|enable|disable …"));
    auto prepared = ctx.openDatabase(false);
    if (!prepared)
        return ctx.fail(prepared.error());
    Database& db = *prepared->db;
    const Session system = Session::system(QStringLiteral("cli"));
    const Context c{db, *ctx.clock, system};
    if (sub == QLatin1String("add"))
        return staffAdd(ctx, db, c);
    if (sub == QLatin1String("passwd"))
        return staffPasswd(ctx, db, c);
    if (sub == QLatin1String("list"))
        return staffList(ctx, db, c);
    return staffToggle(ctx, db, c, sub);
}

int runAudit(CommandContext& ctx)
{
    const QString sub = ctx.args.value(0);
    if (sub != QLatin1String("verify") && sub != QLatin1String("list"))
        return ctx.usage(CommandLine::tr("Usage: civicdesk audit verify | audit list [--subject TYPE:ID] [--limit N]"));
    auto prepared = ctx.openDatabase(false);
    if (!prepared)
        return ctx.fail(prepared.error());
    Database& db = *prepared->db;
    if (sub == QLatin1String("verify")) {
        auto v = AuditLog::verify(db);
        if (!v)
            return ctx.fail(v.error());
        if (!v->ok) {
            ctx.out << CommandLine::tr("TAMPERED: %1").arg(v->problem) << '\n';
            return ExitFailed;
        }
        ctx.out << CommandLine::tr("ok, %1 rows").arg(v->rows) << '\n';
        return ExitOk;
    }
    AuditFilter filter;
    const QString subject = ctx.parser.value(QStringLiteral("subject"));
    if (!subject.isEmpty()) {
        filter.subjectType = subject.section(QLatin1Char(':'), 0, 0);
        filter.subjectId = subject.section(QLatin1Char(':'), 1);
    }
    if (ctx.parser.isSet(QStringLiteral("limit")))
        filter.limit = ctx.parser.value(QStringLiteral("limit")).toInt();
    auto rows = AuditLog::query(db, filter);
    if (!rows)
        return ctx.fail(rows.error());
    for (const AuditEntry& e : rows.value()) {
        ctx.out << toDbTimestamp(e.at) << ' ' << e.branchCode << '#' << e.seq << ' ' << e.staffLogin
                << ' ' << e.action << ' ' << e.subject.type << ':' << e.subject.id << ' '
                << QString::fromUtf8(QJsonDocument(e.details).toJson(QJsonDocument::Compact)) << '\n';
    }
    return ExitOk;
}

} // namespace

QVector<Command> securityCommands()
{
    return {
        {QStringLiteral("staff"),
         [] { return CommandLine::tr("Staff accounts: add, passwd, list, unlock, enable, disable."); },
         [](QCommandLineParser& p) {
             p.addOption({QStringLiteral("name"), CommandLine::tr("The staff member's name."),
                          CommandLine::tr("name")});
             p.addOption({QStringLiteral("department"), CommandLine::tr("Department code (e.g. GA)."),
                          CommandLine::tr("code")});
             p.addOption({QStringLiteral("roles"),
                          CommandLine::tr("Comma-separated roles: clerk, approver, supervisor, admin."),
                          CommandLine::tr("roles")});
             p.addOption({QStringLiteral("password-stdin"),
                          CommandLine::tr("Read the (temporary) password from the first line of "
                                          "standard input.")});
             p.addOption({QStringLiteral("password"),
                          CommandLine::tr("The (temporary) password; visible to other users of "
                                          "this PC, prefer --password-stdin."),
                          CommandLine::tr("password")});
         },
         runStaff},
        {QStringLiteral("audit"),
         [] { return CommandLine::tr("Audit trail: verify the hash chain, or list rows."); },
         [](QCommandLineParser& p) {
             p.addOption({QStringLiteral("subject"), CommandLine::tr("Only rows about TYPE:ID."),
                          CommandLine::tr("type:id")});
             p.addOption({QStringLiteral("limit"), CommandLine::tr("At most N rows (default 500)."),
                          QStringLiteral("N")});
         },
         runAudit},
    };
}

} // namespace civicdesk
