#include "Passwords.h"

#include <sodium.h>

namespace civicdesk {

namespace {

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

} // namespace

Result<QString> Passwords::hash(const QString& password)
{
    if (!sodiumReady())
        return Error(ErrorKind::Internal, tr("The password library could not be started."));
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out, utf8.constData(), static_cast<unsigned long long>(utf8.size()),
                              crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE,
                              crypto_pwhash_ALG_ARGON2ID13) != 0)
        return Error(ErrorKind::Internal,
                     tr("The password could not be protected: this PC is short of memory."));
    return QString::fromLatin1(out);
}

bool Passwords::verify(const QString& storedHash, const QString& password)
{
    if (!sodiumReady())
        return false;
    const QByteArray stored = storedHash.toLatin1();
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(stored.constData(), utf8.constData(),
                                    static_cast<unsigned long long>(utf8.size())) == 0;
}

Status Passwords::checkPolicy(const QString& password)
{
    bool letter = false;
    bool digit = false;
    for (QChar c : password) {
        letter = letter || c.isLetter();
        digit = digit || c.isDigit();
    }
    if (password.size() < 8 || !letter || !digit)
        return Error(ErrorKind::Invalid,
                     tr("A password needs at least 8 characters, with both letters and digits."));
    return {};
}

QString Passwords::generateTemporary()
{
    sodiumReady();
    static const char alphabet[] = "abcdefghjkmnpqrstuvwxyz23456789";
    QString s;
    for (int i = 0; i < 10; ++i)
        s += QLatin1Char(alphabet[randombytes_uniform(sizeof(alphabet) - 1)]);
    // Guarantee the policy: at least one digit and one letter.
    s[2] = QLatin1Char(alphabet[randombytes_uniform(23)]);
    s[7] = QLatin1Char(alphabet[23 + randombytes_uniform(8)]);
    return s;
}

} // namespace civicdesk
