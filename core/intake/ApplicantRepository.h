#pragma once

// Where applicants are kept and found again. The intake form saves what the clerk entered
// (the same document number is the same row, updated); typing a known ID number or credit code
// finds the earlier entry for prefilling; the case search finds applicants by a fragment of
// their name or by phone. Reading a full ID number or phone on screen is a separate, audited
// step (reveal), for staff with the permission to see personal data in full.

#include "Applicant.h"
#include "Context.h"
#include "Result.h"

#include <QCoreApplication>

#include <optional>

namespace civicdesk {

class Transaction;

struct ApplicantSearch {
    QVector<Applicant> applicants; // exact name matches first, then names that begin with the
                                   // fragment, then names that contain it
    bool more = false;             // more applicants match than were returned
};

class ApplicantRepository {
    Q_DECLARE_TR_FUNCTIONS(ApplicantRepository)
public:
    explicit ApplicantRepository(const Context& ctx);

    // Checks every field (Validators::check) and stores the applicant: a new row for a new
    // document, else the row of that document updated with what was entered (an empty optional
    // field keeps the stored value). Returns the stored applicant with its id. The audit row
    // names the changed fields, never their values. Needs Permission::TakeInApplication.
    Result<Applicant> save(const Applicant& applicant);
    // How far save() may trust the applicant it is given. Check: look the document up and
    // merge. Vouched (the history generator, which made every applicant itself and is the
    // only writer while it runs): an applicant with an id is that stored row unchanged, one
    // without is new; nothing is read, and the rows written are those Check writes.
    enum class Trust { Check, Vouched };
    // The same inside a transaction the caller opened (the intake service saves the applicant
    // and the case in one). A refusal's audit row is rolled back with the caller's
    // transaction: check the permission before opening it.
    Result<Applicant> save(Transaction& tx, const Applicant& applicant, Trust trust = Trust::Check);

    // The applicant with this document, for prefilling the form; nothing when unknown or when
    // the number is not valid. Needs Permission::ViewCases.
    Result<std::optional<Applicant>> findByDocument(DocumentType type, const QString& number);
    Result<std::optional<Applicant>> findByCreditCode(const QString& code);
    Result<std::optional<Applicant>> findById(ApplicantKind kind, const QString& id);

    // Applicants whose name contains the fragment (any 1 or more characters, Chinese or not).
    Result<ApplicantSearch> searchByName(const QString& fragment, int limit = 50,
                                         std::optional<ApplicantKind> only = std::nullopt);
    // The same applicants in the same order with only their id and kind, read from the name
    // indexes alone where the name or its beginning matches: for the case list, which needs
    // nothing else (a random read of each applicant's row was most of a name search's time on
    // a center's years of history).
    Result<ApplicantSearch> idsByName(const QString& fragment, int limit = 50);
    // Applicants with this phone: the whole number, or its first digits (at least 3).
    Result<ApplicantSearch> searchByPhone(const QString& phone, int limit = 50);

    // The full document number (ApplicantField::DocumentNumber) or phone (ApplicantField::Phone)
    // of a stored applicant, read from the database. Needs Permission::ViewFullPersonalData;
    // each reveal, and each refusal, is recorded in the audit trail.
    Result<QString> reveal(const Applicant& applicant, ApplicantField field);

    // "张三丰" -> "张 三 丰 张三 三丰": what the name search indexes, the letters and digits of
    // the name and their neighbouring pairs.
    static QString nameGrams(const QString& name);

private:
    Result<Applicant> store(Transaction& tx, const Applicant& applicant, Trust trust);
    Result<std::optional<Applicant>> findOne(ApplicantKind kind, const QString& where,
                                             const QVariantList& params) const;
    // A SELECT over one table: %1 for the columns, %2 for the table, aliased p.
    struct SearchPart {
        ApplicantKind kind;
        QString sql;
        QVariantList params;
    };
    enum class Columns { All, IdOnly };
    Status searchGroup(const QVector<SearchPart>& parts, int limit, ApplicantSearch& into,
                       Columns columns = Columns::All) const;
    Result<ApplicantSearch> nameSearch(const QString& fragment, int limit,
                                       std::optional<ApplicantKind> only, Columns columns);

    Context m_ctx;
};

} // namespace civicdesk
