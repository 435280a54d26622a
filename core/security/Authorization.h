#pragma once

// The guard every core service calls before it acts: refuses what the current staff member's
// roles do not allow, with a sentence that says what is needed, and records the refusal.

#include "Context.h"
#include "Permissions.h"
#include "Result.h"
#include "security/AuditLog.h"

namespace civicdesk {

Status authorize(const Context& ctx, Permission permission, const AuditSubject& subject = {});

} // namespace civicdesk
