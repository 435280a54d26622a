#pragma once

// The staff member at the keyboard (or "system" for a headless command run by an
// administrator's script): who they are, what their roles allow, and which window they sit at.

#include "Permissions.h"

#include <QSet>
#include <QString>

namespace civicdesk {

struct StaffIdentity {
    QString id;
    QString login;
    QString displayName;
    QString departmentId;
    QString departmentCode;
    QSet<Role> roles;
};

class Session {
public:
    // A headless command: every permission, recorded in the audit trail as "system:<origin>".
    static Session system(const QString& origin = QStringLiteral("cli"));
    static Session forStaff(StaffIdentity staff, QString workSessionId = {});

    bool isSystem() const { return m_system; }
    const StaffIdentity& staff() const { return m_staff; }
    QString staffId() const { return m_staff.id; }
    QString login() const { return m_staff.login; }
    QString displayName() const { return m_staff.displayName; }
    QString departmentId() const { return m_staff.departmentId; }
    QString workSessionId() const { return m_workSessionId; }
    bool hasRole(Role role) const { return m_system || m_staff.roles.contains(role); }
    bool can(Permission permission) const;

    // The window (counter) this person serves at today, if any.
    QString windowId() const { return m_windowId; }
    void setWindowId(const QString& id) { m_windowId = id; }

private:
    bool m_system = false;
    StaffIdentity m_staff;
    QString m_workSessionId;
    QString m_windowId;
};

} // namespace civicdesk
