#include "Session.h"

namespace civicdesk {

Session Session::system(const QString& origin)
{
    Session s;
    s.m_system = true;
    s.m_staff.login = QStringLiteral("system:") + origin;
    s.m_staff.displayName = s.m_staff.login;
    return s;
}

Session Session::forStaff(StaffIdentity staff, QString workSessionId)
{
    Session s;
    s.m_staff = std::move(staff);
    s.m_workSessionId = std::move(workSessionId);
    return s;
}

bool Session::can(Permission permission) const
{
    return m_system || Permissions::allows(m_staff.roles, permission);
}

} // namespace civicdesk
