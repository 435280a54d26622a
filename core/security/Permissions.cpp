#include "Permissions.h"

namespace civicdesk {

QSet<Permission> Permissions::granted(Role role)
{
    using P = Permission;
    switch (role) {
    case Role::Clerk:
        return {P::ServeQueue, P::IssueTicket, P::TakeInApplication, P::ViewCases,
                P::ViewFullPersonalData, P::PrintDocuments, P::HandOverResult, P::RecordRating};
    case Role::Approver:
        return {P::ViewCases, P::PrintDocuments, P::DecideApprovalStep, P::SuspendOrExtend};
    case Role::Supervisor:
        return {P::ViewCases,        P::ViewFullPersonalData, P::PrintDocuments,
                P::RecordRating,     P::ApproveExtension,     P::ViewSupervision,
                P::ViewReports,      P::ViewAuditTrail,       P::ManageRoster,
                P::HandleComplaints, P::Override,             P::IssueTicket};
    case Role::Admin:
        return {P::ViewAuditTrail, P::ManageCatalog, P::ManageCalendar, P::ManageWindows,
                P::ManageStaff,    P::ManageSettings, P::ViewCases};
    }
    return {};
}

bool Permissions::allows(const QSet<Role>& roles, Permission permission)
{
    for (Role r : roles) {
        if (granted(r).contains(permission))
            return true;
    }
    return false;
}

QList<Role> Permissions::rolesWith(Permission permission)
{
    QList<Role> roles;
    for (Role r : allRoles()) {
        if (granted(r).contains(permission))
            roles << r;
    }
    return roles;
}

QString Permissions::permissionKey(Permission permission)
{
    // In the order of the enum; the static_assert catches a permission added without its key.
    static const char* const keys[] = {
        "serve_queue",        "issue_ticket",      "take_in_application", "view_cases",
        "view_full_personal", "print_documents",   "hand_over_result",    "record_rating",
        "decide_step",        "suspend_or_extend", "approve_extension",   "view_supervision",
        "view_reports",       "view_audit_trail",  "manage_roster",       "handle_complaints",
        "override",           "manage_catalog",    "manage_calendar",     "manage_windows",
        "manage_staff",       "manage_settings"};
    static_assert(sizeof(keys) / sizeof(keys[0]) == int(Permission::PermissionCount_),
                  "every permission needs a key");
    return QString::fromLatin1(keys[int(permission)]);
}

QList<Role> Permissions::allRoles()
{
    return {Role::Clerk, Role::Approver, Role::Supervisor, Role::Admin};
}

QString Permissions::roleKey(Role role)
{
    switch (role) {
    case Role::Clerk:
        return QStringLiteral("clerk");
    case Role::Approver:
        return QStringLiteral("approver");
    case Role::Supervisor:
        return QStringLiteral("supervisor");
    case Role::Admin:
        return QStringLiteral("admin");
    }
    return {};
}

std::optional<Role> Permissions::roleFromKey(const QString& key)
{
    for (Role r : allRoles()) {
        if (roleKey(r) == key.trimmed().toLower())
            return r;
    }
    return std::nullopt;
}

QString Permissions::roleName(Role role)
{
    switch (role) {
    case Role::Clerk:
        return tr("window clerk");
    case Role::Approver:
        return tr("approver");
    case Role::Supervisor:
        return tr("supervisor");
    case Role::Admin:
        return tr("administrator");
    }
    return {};
}

QString Permissions::permissionName(Permission permission)
{
    using P = Permission;
    switch (permission) {
    case P::ServeQueue:
        return tr("serve the queue at a window");
    case P::IssueTicket:
        return tr("issue queue tickets");
    case P::TakeInApplication:
        return tr("take in applications");
    case P::ViewCases:
        return tr("view cases");
    case P::ViewFullPersonalData:
        return tr("see full ID numbers and phone numbers");
    case P::PrintDocuments:
        return tr("print documents");
    case P::HandOverResult:
        return tr("hand over results");
    case P::RecordRating:
        return tr("record ratings");
    case P::DecideApprovalStep:
        return tr("decide approval steps");
    case P::SuspendOrExtend:
        return tr("suspend cases or request extensions");
    case P::ApproveExtension:
        return tr("approve extensions");
    case P::ViewSupervision:
        return tr("watch electronic supervision");
    case P::ViewReports:
        return tr("run reports");
    case P::ViewAuditTrail:
        return tr("browse the audit trail");
    case P::ManageRoster:
        return tr("plan the window roster");
    case P::HandleComplaints:
        return tr("handle complaints and rectifications");
    case P::Override:
        return tr("override rules with a reason");
    case P::ManageCatalog:
        return tr("edit the service catalog");
    case P::ManageCalendar:
        return tr("edit the holiday calendar");
    case P::ManageWindows:
        return tr("set up windows and ticket categories");
    case P::ManageStaff:
        return tr("manage staff accounts");
    case P::ManageSettings:
        return tr("change the center's settings");
    case P::PermissionCount_:
        break;
    }
    return {};
}

} // namespace civicdesk
