#pragma once

// Password hashing with argon2id (libsodium crypto_pwhash_str): only the hash is stored, and a
// password never reaches a log or the audit trail.

#include "Result.h"

#include <QCoreApplication>
#include <QString>

namespace civicdesk {

class Passwords {
    Q_DECLARE_TR_FUNCTIONS(Passwords)
public:
    // "$argon2id$v=19$m=65536,t=2,p=1$…"
    static Result<QString> hash(const QString& password);
    static bool verify(const QString& storedHash, const QString& password);
    // At least 8 characters, with letters and digits; the sentence says what is missing.
    static Status checkPolicy(const QString& password);
    // A temporary password an administrator can read out: 10 characters, no look-alikes.
    static QString generateTemporary();
};

} // namespace civicdesk
