#pragma once

// The person or organisation an application is made for, as one value: what the intake form
// hands to the intake service, what ApplicantRepository stores and finds again. A person is
// identified by a document (resident ID card, permit, passport), an organisation by its unified
// social credit code; the same document number coming back is the same applicant.

#include <QCoreApplication>
#include <QDateTime>
#include <QMap>
#include <QString>
#include <QVector>

#include <optional>

namespace civicdesk {

enum class ApplicantKind { Person, Organisation };

enum class DocumentType {
    ResidentId,    // 居民身份证, GB 11643-1999
    HkMacaoPermit, // 港澳居民来往内地通行证 (回乡证)
    TaiwanPermit,  // 台湾居民来往大陆通行证 (台胞证)
    Passport,      // 护照
    CreditCode,    // 统一社会信用代码, GB 32100-2015: organisations only
};

// The fields of the intake form, for per-field problems.
enum class ApplicantField {
    Name,
    DocumentType,
    DocumentNumber, // the credit code for an organisation
    Phone,          // the contact person's phone for an organisation
    Address,
    LegalRepresentative,
    ContactName,
};

struct Applicant {
    ApplicantKind kind = ApplicantKind::Person;
    QString id;         // empty until stored
    QString branchCode; // of the database that first stored it
    QString name;       // the person's or the organisation's name
    DocumentType documentType = DocumentType::ResidentId;
    QString documentNumber; // normalised; the credit code for an organisation
    QString phone;          // normalised; the contact person's for an organisation
    QString address;
    QString legalRepresentative; // organisations
    QString contactName;         // organisations
    QDateTime createdAt;
    QDateTime updatedAt;

    bool isPerson() const { return kind == ApplicantKind::Person; }
    bool isStored() const { return !id.isEmpty(); }
    // For screens and printouts that do not need the full values. A credit code is public
    // (it is printed on the business licence) and stays whole.
    QString maskedDocumentNumber() const;
    QString maskedPhone() const;
    // "person" or "organisation": the audit subject type.
    QString subjectType() const;

    static Applicant person(const QString& name, DocumentType type, const QString& number,
                            const QString& phone, const QString& address = {});
    static Applicant organisation(const QString& name, const QString& creditCode,
                                  const QString& legalRepresentative, const QString& contactName,
                                  const QString& contactPhone, const QString& address = {});
};

// What is wrong with an applicant as entered, field by field, and the normalised value when
// nothing is.
struct ApplicantCheck {
    Applicant normalised;
    QMap<ApplicantField, QString> problems; // translated sentences, in form order
    bool isOk() const { return problems.isEmpty(); }
    // All problems in form order, "Field: sentence" one per line.
    QString summary() const;
};

class ApplicantText {
    Q_DECLARE_TR_FUNCTIONS(ApplicantText)
public:
    static QString documentTypeKey(DocumentType type); // as stored: "resident_id" …
    static std::optional<DocumentType> documentTypeFromKey(const QString& key);
    static QString documentTypeName(DocumentType type); // translated
    // The document types a person can show, in the order of the paper form.
    static QVector<DocumentType> personDocumentTypes();
    static QString fieldName(ApplicantField field, ApplicantKind kind); // translated
    static QString fieldKey(ApplicantField field); // stable, for the audit trail
};

} // namespace civicdesk
