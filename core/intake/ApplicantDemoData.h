#pragma once

#include "Context.h"
#include "Result.h"

#include <QStringList>

namespace civicdesk {

class Transaction;

// The applicants of the demonstration center: people with every kind of document and a few
// organisations, with valid, made-up ID numbers and credit codes.
Status addDemoApplicants(Transaction& tx, const Context& ctx, QStringList& summary);

} // namespace civicdesk
