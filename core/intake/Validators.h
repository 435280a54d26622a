#pragma once

// The checks on what a clerk (or an import file) enters about an applicant: resident ID
// numbers (GB 11643-1999), unified social credit codes (GB 32100-2015), mainland phone
// numbers, permits, passports, names and addresses. Each check returns the normalised value or
// an Invalid error whose sentence says exactly what is wrong and where ("Wrong check character:
// expected X, got 5 …"), so that the clerk can fix the one character instead of retyping.
//
// Every check first folds full-width characters typed with a Chinese input method (１２３,
// Ｘ) to their ASCII forms and ignores spaces, so "110105 19491231 002x" is read as
// 11010519491231002X. Positions in the sentences count the characters without the spaces.

#include "Applicant.h"
#include "Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace civicdesk {

// What a valid resident ID number says about its holder; the clerk compares it with the
// person at the counter.
struct ResidentIdFacts {
    QString regionCode; // the first 6 digits: the place of first registration
    QDate birthDate;
    bool female = false; // the 17th digit: odd for men, even for women
};

class Validators {
    Q_DECLARE_TR_FUNCTIONS(Validators)
public:
    // today: the birth date of an ID number may not lie after it.
    static Result<QString> residentId(const QString& text, const QDate& today);
    static Result<QString> creditCode(const QString& text);
    // Mobile (13800138000) or landline with area code (010-12345678, 0755-1234567-801).
    // Normalised: 11 digits, or AREA-NUMBER[-EXTENSION].
    static Result<QString> phone(const QString& text);
    static Result<QString> hkMacaoPermit(const QString& text);
    static Result<QString> taiwanPermit(const QString& text);
    static Result<QString> passport(const QString& text);
    static Result<QString> document(DocumentType type, const QString& text, const QDate& today);

    static Result<QString> personName(const QString& text);
    static Result<QString> organisationName(const QString& text);
    // Optional: empty is valid.
    static Result<QString> address(const QString& text);

    // Every field of an applicant at once, for the form and before anything is stored.
    static ApplicantCheck check(const Applicant& applicant, const QDate& today);

    // The check characters, for tests and generated data. first17: 17 valid characters.
    static QChar residentIdCheckCharacter(const QString& first17);
    static QChar creditCodeCheckCharacter(const QString& first17);
    // Only meaningful for a number residentId() accepted.
    static ResidentIdFacts residentIdFacts(const QString& validNumber);
    // The digits a normalised phone is searched by: no separators, no extension.
    static QString phoneKey(const QString& normalisedPhone);
    // Full-width forms folded to ASCII, every space removed.
    static QString compact(const QString& text);
};

} // namespace civicdesk
