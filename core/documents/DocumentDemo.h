#pragma once

// The demonstration center as its printed documents name it: name, address, phone and
// website in the center settings that DocumentRegister::centerDetails reads.

#include "Result.h"

namespace civicdesk {

class Transaction;

class DocumentDemo {
public:
    // Sets what is not set yet; keeps what an administrator already entered.
    static Status fill(Transaction& tx);
};

} // namespace civicdesk
