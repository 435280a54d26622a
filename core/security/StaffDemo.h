#pragma once

#include "Context.h"
#include "Result.h"

#include <QStringList>

namespace civicdesk {

class Transaction;

// The demonstration accounts, one or more per role, all with the documented password
// kDemoPassword, which each must change at the first sign-in.
inline constexpr const char* kDemoPassword = "demo2026";
Status addDemoStaff(Transaction& tx, const Context& ctx, QStringList& summary);

} // namespace civicdesk
