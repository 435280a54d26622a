#include "Applicant.h"

#include "security/Privacy.h"

namespace civicdesk {

QString Applicant::maskedDocumentNumber() const
{
    if (documentType == DocumentType::CreditCode)
        return documentNumber;
    return privacy::maskIdNumber(documentNumber);
}

QString Applicant::maskedPhone() const
{
    return privacy::maskPhone(phone);
}

QString Applicant::subjectType() const
{
    return isPerson() ? QStringLiteral("person") : QStringLiteral("organisation");
}

Applicant Applicant::person(const QString& name, DocumentType type, const QString& number,
                            const QString& phone, const QString& address)
{
    Applicant a;
    a.kind = ApplicantKind::Person;
    a.name = name;
    a.documentType = type;
    a.documentNumber = number;
    a.phone = phone;
    a.address = address;
    return a;
}

Applicant Applicant::organisation(const QString& name, const QString& creditCode,
                                  const QString& legalRepresentative, const QString& contactName,
                                  const QString& contactPhone, const QString& address)
{
    Applicant a;
    a.kind = ApplicantKind::Organisation;
    a.name = name;
    a.documentType = DocumentType::CreditCode;
    a.documentNumber = creditCode;
    a.legalRepresentative = legalRepresentative;
    a.contactName = contactName;
    a.phone = contactPhone;
    a.address = address;
    return a;
}

QString ApplicantCheck::summary() const
{
    QStringList lines;
    for (auto it = problems.cbegin(); it != problems.cend(); ++it)
        lines << ApplicantText::fieldName(it.key(), normalised.kind) + QStringLiteral(": ") +
                     it.value();
    return lines.join(QLatin1Char('\n'));
}

QString ApplicantText::documentTypeKey(DocumentType type)
{
    switch (type) {
    case DocumentType::ResidentId:
        return QStringLiteral("resident_id");
    case DocumentType::HkMacaoPermit:
        return QStringLiteral("hk_macao_permit");
    case DocumentType::TaiwanPermit:
        return QStringLiteral("taiwan_permit");
    case DocumentType::Passport:
        return QStringLiteral("passport");
    case DocumentType::CreditCode:
        return QStringLiteral("credit_code");
    }
    return {};
}

std::optional<DocumentType> ApplicantText::documentTypeFromKey(const QString& key)
{
    for (DocumentType t : {DocumentType::ResidentId, DocumentType::HkMacaoPermit,
                           DocumentType::TaiwanPermit, DocumentType::Passport,
                           DocumentType::CreditCode}) {
        if (documentTypeKey(t) == key)
            return t;
    }
    return std::nullopt;
}

QString ApplicantText::documentTypeName(DocumentType type)
{
    switch (type) {
    case DocumentType::ResidentId:
        return tr("Resident ID card");
    case DocumentType::HkMacaoPermit:
        return tr("Mainland travel permit for Hong Kong and Macao residents");
    case DocumentType::TaiwanPermit:
        return tr("Mainland travel permit for Taiwan residents");
    case DocumentType::Passport:
        return tr("Passport");
    case DocumentType::CreditCode:
        return tr("Unified social credit code");
    }
    return {};
}

QVector<DocumentType> ApplicantText::personDocumentTypes()
{
    return {DocumentType::ResidentId, DocumentType::HkMacaoPermit, DocumentType::TaiwanPermit,
            DocumentType::Passport};
}

QString ApplicantText::fieldName(ApplicantField field, ApplicantKind kind)
{
    const bool person = kind == ApplicantKind::Person;
    switch (field) {
    case ApplicantField::Name:
        return person ? tr("Name") : tr("Name of the organisation");
    case ApplicantField::DocumentType:
        return tr("Document type");
    case ApplicantField::DocumentNumber:
        return person ? tr("Document number") : tr("Unified social credit code");
    case ApplicantField::Phone:
        return person ? tr("Phone") : tr("Contact phone");
    case ApplicantField::Address:
        return tr("Address");
    case ApplicantField::LegalRepresentative:
        return tr("Legal representative");
    case ApplicantField::ContactName:
        return tr("Contact person");
    }
    return {};
}

QString ApplicantText::fieldKey(ApplicantField field)
{
    switch (field) {
    case ApplicantField::Name:
        return QStringLiteral("name");
    case ApplicantField::DocumentType:
        return QStringLiteral("document_type");
    case ApplicantField::DocumentNumber:
        return QStringLiteral("document_number");
    case ApplicantField::Phone:
        return QStringLiteral("phone");
    case ApplicantField::Address:
        return QStringLiteral("address");
    case ApplicantField::LegalRepresentative:
        return QStringLiteral("legal_representative");
    case ApplicantField::ContactName:
        return QStringLiteral("contact_name");
    }
    return {};
}

} // namespace civicdesk
