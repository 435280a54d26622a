#pragma once

// The applicants of the demonstration center: people with every kind of document and a few
// organisations, with valid, made-up ID numbers and credit codes.

#include "Result.h"

#include <QCoreApplication>

namespace civicdesk {

class Clock;
class Transaction;
struct DemoSummary;

class ApplicantDemoData {
    Q_DECLARE_TR_FUNCTIONS(ApplicantDemoData)
public:
    static Status fill(Transaction& tx, const Clock& clock, DemoSummary& summary);
};

} // namespace civicdesk
