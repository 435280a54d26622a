#pragma once

// Who may do what. Roles are what an administrator gives a staff member; permissions are what
// the code asks for. The one table that maps them is in Permissions.cpp.

#include <QCoreApplication>
#include <QSet>
#include <QString>

#include <optional>

namespace civicdesk {

enum class Role {
    Clerk,      // window work: queue, intake, handover
    Approver,   // decides the approval steps of their own department
    Supervisor, // reports, supervision, extensions, roster, overrides with a reason
    Admin,      // catalog, windows, staff, settings
};

enum class Permission {
    ServeQueue,            // call, recall, transfer, finish tickets at a window
    IssueTicket,           // issue a queue ticket for an applicant
    TakeInApplication,     // intake decisions (受理, 一次性告知, 容缺, 不予受理)
    ViewCases,             // find and read cases
    ViewFullPersonalData,  // see a full ID number or phone (each view is audited)
    PrintDocuments,        // print and reprint receipts, notices, decisions
    HandOverResult,        // hand a certificate or result to the applicant
    RecordRating,          // record an applicant's rating (好差评)
    DecideApprovalStep,    // approve, return or deny a step of one's own department
    SuspendOrExtend,       // suspend a case, request an extension
    ApproveExtension,      // approve an extension (art. 42)
    ViewSupervision,       // electronic supervision: overdue and near-due cases
    ViewReports,           // daily and monthly reports
    ViewAuditTrail,        // browse the audit trail
    ManageRoster,          // windows roster and shifts
    HandleComplaints,      // rectification items and complaints
    Override,              // override a rule with a written reason
    ManageCatalog,         // matters, materials, fees, workflow templates
    ManageCalendar,        // holidays and make-up working days
    ManageWindows,         // windows, ticket categories
    ManageStaff,           // accounts, roles, password resets, unlocking
    ManageSettings,        // center settings, storage, backups
    PermissionCount_       // keep last
};

class Permissions {
    Q_DECLARE_TR_FUNCTIONS(Permissions)
public:
    static QSet<Permission> granted(Role role);
    static bool allows(const QSet<Role>& roles, Permission permission);
    // The roles that carry a permission, for the refusal sentence.
    static QList<Role> rolesWith(Permission permission);

    static QString roleKey(Role role);                      // "clerk" … as stored
    static std::optional<Role> roleFromKey(const QString& key);
    static QString roleName(Role role);                     // translated
    static QString permissionName(Permission permission);   // translated, "take in applications"
    static QString permissionKey(Permission permission);    // stable, for the audit trail
    static QList<Role> allRoles();
};

} // namespace civicdesk
