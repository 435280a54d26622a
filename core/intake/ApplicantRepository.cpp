#include "ApplicantRepository.h"

#include "Clock.h"
#include "Validators.h"
#include "security/AuditLog.h"
#include "security/Authorization.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QJsonArray>
#include <QSet>

namespace civicdesk {

namespace {

// Both tables read into one shape; "p" is the alias every query gives the table.
const char* const kPersonColumns =
    "p.id, p.branch_code, p.name, p.document_type, p.document_number, p.phone, p.address, "
    "p.created_at, p.updated_at, '', ''";
const char* const kOrganisationColumns =
    "p.id, p.branch_code, p.name, 'credit_code', p.credit_code, p.contact_phone, p.address, "
    "p.created_at, p.updated_at, p.legal_representative, p.contact_name";

QString columns(ApplicantKind kind)
{
    return QLatin1String(kind == ApplicantKind::Person ? kPersonColumns : kOrganisationColumns);
}

QString table(ApplicantKind kind)
{
    return kind == ApplicantKind::Person ? QStringLiteral("persons")
                                         : QStringLiteral("organisations");
}

Applicant readRow(ApplicantKind kind, const QSqlQuery& q)
{
    Applicant a;
    a.kind = kind;
    a.id = q.value(0).toString();
    a.branchCode = q.value(1).toString();
    a.name = q.value(2).toString();
    a.documentType = ApplicantText::documentTypeFromKey(q.value(3).toString())
                         .value_or(DocumentType::ResidentId);
    a.documentNumber = q.value(4).toString();
    a.phone = q.value(5).toString();
    a.address = q.value(6).toString();
    a.createdAt = fromDbTimestamp(q.value(7).toString());
    a.updatedAt = fromDbTimestamp(q.value(8).toString());
    a.legalRepresentative = q.value(9).toString();
    a.contactName = q.value(10).toString();
    return a;
}

// The smallest string of digits above every string that begins with `digits` (all-digit
// strings sort the same in every collation, so this range works on any database).
QString nextPrefix(QString digits)
{
    while (!digits.isEmpty() && digits.back() == QLatin1Char('9'))
        digits.chop(1);
    if (!digits.isEmpty())
        digits.back() = QChar(digits.back().unicode() + 1);
    return digits;
}

// Qt binds a null QString as NULL; the optional text columns hold '' instead.
QVariant text(const QString& s)
{
    return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s);
}

// A new applicant has no id yet: the refusal is then recorded against the permission.
AuditSubject subjectOf(const Applicant& a)
{
    return a.isStored() ? AuditSubject{a.subjectType(), a.id} : AuditSubject{};
}

QString tidyFragment(const QString& text)
{
    // The same tidying as a stored name, without refusing anything: a fragment may be a
    // single character of a longer name.
    if (auto name = Validators::personName(text))
        return name.value();
    if (auto name = Validators::organisationName(text))
        return name.value();
    return text.simplified();
}

} // namespace

ApplicantRepository::ApplicantRepository(const Context& ctx) : m_ctx(ctx) {}

QString ApplicantRepository::nameChars(const QString& name)
{
    QStringList chars;
    for (char32_t c : name.normalized(QString::NormalizationForm_C).toUcs4()) {
        if (QChar::isLetterOrNumber(c))
            chars << QString::fromUcs4(&c, 1);
    }
    return chars.join(QLatin1Char(' '));
}

Result<std::optional<Applicant>> ApplicantRepository::findOne(ApplicantKind kind,
                                                              const QString& where,
                                                              const QVariantList& params) const
{
    auto q = m_ctx.db.exec(QStringLiteral("SELECT %1 FROM %2 p WHERE %3")
                               .arg(columns(kind), table(kind), where),
                           params);
    if (!q)
        return q.error();
    std::optional<Applicant> found;
    if (q.value().next())
        found = readRow(kind, q.value());
    q.value().finish();
    return found;
}

Result<Applicant> ApplicantRepository::save(const Applicant& applicant)
{
    // Checked before the transaction opens, so that the refusal's audit row is not rolled back
    // with it.
    CIVICDESK_TRY(authorize(m_ctx, Permission::TakeInApplication, subjectOf(applicant)));
    std::optional<Applicant> saved;
    Status s = m_ctx.db.write([&](Transaction& tx) -> Status {
        auto r = store(tx, applicant);
        if (!r)
            return r.error();
        saved = r.take();
        return {};
    });
    if (!s)
        return s.error();
    return *saved;
}

Result<Applicant> ApplicantRepository::save(Transaction& tx, const Applicant& applicant)
{
    CIVICDESK_TRY(authorize(m_ctx, Permission::TakeInApplication, subjectOf(applicant)));
    return store(tx, applicant);
}

Result<Applicant> ApplicantRepository::store(Transaction& tx, const Applicant& applicant)
{
    const ApplicantCheck check = Validators::check(applicant, m_ctx.clock.today());
    if (!check.isOk())
        return Error(ErrorKind::Invalid,
                     tr("The applicant was not saved, because some entries need correcting; "
                        "everything entered is kept.\n%1")
                         .arg(check.summary()),
                     QStringLiteral("applicant check failed"));
    const Applicant& entered = check.normalised;
    const bool person = entered.isPerson();
    const QString key = person ? QStringLiteral("document_type = ? AND document_number = ?")
                               : QStringLiteral("credit_code = ?");
    const QVariantList keyParams =
        person ? QVariantList{ApplicantText::documentTypeKey(entered.documentType),
                              entered.documentNumber}
               : QVariantList{entered.documentNumber};
    const QString now = toDbTimestamp(m_ctx.clock.now());
    auto branch = tx.db().branchCode();
    if (!branch)
        return branch.error();

    QJsonObject details{
        {QStringLiteral("document_type"), ApplicantText::documentTypeKey(entered.documentType)},
        {QStringLiteral("document"), entered.maskedDocumentNumber()}};

    auto existing = findOne(entered.kind, key + tx.dialect().forUpdate(), keyParams);
    if (!existing)
        return existing.error();
    if (!existing.value()) {
        const QString id = newId();
        auto inserted =
            person ? tx.exec(QStringLiteral("INSERT INTO persons (id, branch_code, name, "
                                            "name_chars, document_type, document_number, phone, "
                                            "phone_key, address, created_at, updated_at) VALUES "
                                            "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT "
                                            "(document_type, document_number) DO NOTHING"),
                             {id, branch.value(), entered.name, nameChars(entered.name),
                              ApplicantText::documentTypeKey(entered.documentType),
                              entered.documentNumber, entered.phone,
                              Validators::phoneKey(entered.phone), text(entered.address), now, now})
                   : tx.exec(QStringLiteral("INSERT INTO organisations (id, branch_code, name, "
                                            "name_chars, credit_code, legal_representative, "
                                            "contact_name, contact_phone, phone_key, address, "
                                            "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, "
                                            "?, ?, ?, ?, ?) ON CONFLICT (credit_code) DO NOTHING"),
                             {id, branch.value(), entered.name, nameChars(entered.name),
                              entered.documentNumber, entered.legalRepresentative,
                              entered.contactName, entered.phone,
                              Validators::phoneKey(entered.phone), text(entered.address), now,
                              now});
        if (!inserted)
            return inserted.error();
        if (inserted.value().numRowsAffected() == 1) {
            CIVICDESK_TRY(AuditLog::append(tx, m_ctx, QStringLiteral("applicant.registered"),
                                           {entered.subjectType(), id}, details));
            auto stored = findOne(entered.kind, QStringLiteral("p.id = ?"), {id});
            if (!stored)
                return stored.error();
            return *stored.value();
        }
        // Another PC stored the same document a moment ago: update that row instead.
        existing = findOne(entered.kind, key + tx.dialect().forUpdate(), keyParams);
        if (!existing)
            return existing.error();
        if (!existing.value())
            return Error(ErrorKind::Conflict,
                         tr("The applicant could not be saved because another computer changed "
                            "the same record at the same moment. Everything entered is kept; "
                            "save again."));
    }

    // Known document: what was entered replaces what is stored; an optional field left empty
    // keeps the stored value.
    Applicant stored = *existing.value();
    QJsonArray changed;
    auto merge = [&](ApplicantField field, QString& into, const QString& value) {
        if (value.isEmpty() || value == into)
            return;
        into = value;
        changed.append(ApplicantText::fieldKey(field));
    };
    merge(ApplicantField::Name, stored.name, entered.name);
    merge(ApplicantField::Phone, stored.phone, entered.phone);
    merge(ApplicantField::Address, stored.address, entered.address);
    merge(ApplicantField::LegalRepresentative, stored.legalRepresentative,
          entered.legalRepresentative);
    merge(ApplicantField::ContactName, stored.contactName, entered.contactName);
    if (changed.isEmpty())
        return stored;

    auto updated =
        person ? tx.exec(QStringLiteral("UPDATE persons SET name = ?, name_chars = ?, phone = ?, "
                                        "phone_key = ?, address = ?, updated_at = ? WHERE id = ?"),
                         {stored.name, nameChars(stored.name), stored.phone,
                          Validators::phoneKey(stored.phone), text(stored.address), now, stored.id})
               : tx.exec(QStringLiteral("UPDATE organisations SET name = ?, name_chars = ?, "
                                        "legal_representative = ?, contact_name = ?, "
                                        "contact_phone = ?, phone_key = ?, address = ?, "
                                        "updated_at = ? WHERE id = ?"),
                         {stored.name, nameChars(stored.name), stored.legalRepresentative,
                          stored.contactName, stored.phone, Validators::phoneKey(stored.phone),
                          text(stored.address), now, stored.id});
    if (!updated)
        return updated.error();
    details.insert(QStringLiteral("changed"), changed);
    CIVICDESK_TRY(AuditLog::append(tx, m_ctx, QStringLiteral("applicant.updated"),
                                   {stored.subjectType(), stored.id}, details));
    stored.updatedAt = fromDbTimestamp(now);
    return stored;
}

Result<std::optional<Applicant>> ApplicantRepository::findByDocument(DocumentType type,
                                                                     const QString& number)
{
    CIVICDESK_TRY(authorize(m_ctx, Permission::ViewCases));
    auto valid = Validators::document(type, number, m_ctx.clock.today());
    if (!valid)
        return std::optional<Applicant>();
    if (type == DocumentType::CreditCode)
        return findOne(ApplicantKind::Organisation, QStringLiteral("p.credit_code = ?"),
                       {valid.value()});
    return findOne(ApplicantKind::Person,
                   QStringLiteral("p.document_type = ? AND p.document_number = ?"),
                   {ApplicantText::documentTypeKey(type), valid.value()});
}

Result<std::optional<Applicant>> ApplicantRepository::findByCreditCode(const QString& code)
{
    return findByDocument(DocumentType::CreditCode, code);
}

Result<std::optional<Applicant>> ApplicantRepository::findById(ApplicantKind kind,
                                                               const QString& id)
{
    CIVICDESK_TRY(authorize(m_ctx, Permission::ViewCases));
    return findOne(kind, QStringLiteral("p.id = ?"), {id});
}

Status ApplicantRepository::searchGroup(ApplicantKind kind, const QString& sql,
                                        const QVariantList& params, int limit,
                                        ApplicantSearch& into) const
{
    // Asks for enough rows to fill the page even when some were found by an earlier group,
    // and one more to know whether there are more.
    QVariantList all = params;
    all << limit + into.applicants.size() + 1;
    auto q = m_ctx.db.exec(sql.arg(columns(kind), table(kind)) + QStringLiteral(" LIMIT ?"), all);
    if (!q)
        return q.error();
    QSet<QString> seen;
    for (const Applicant& a : into.applicants)
        seen.insert(a.id);
    while (q.value().next()) {
        Applicant a = readRow(kind, q.value());
        if (seen.contains(a.id))
            continue;
        if (into.applicants.size() >= limit) {
            into.more = true;
            break;
        }
        into.applicants.push_back(std::move(a));
    }
    q.value().finish();
    return {};
}

Result<ApplicantSearch> ApplicantRepository::searchByName(const QString& fragment, int limit,
                                                          std::optional<ApplicantKind> only)
{
    CIVICDESK_TRY(authorize(m_ctx, Permission::ViewCases));
    ApplicantSearch result;
    const QString name = tidyFragment(fragment);
    const QString chars = nameChars(name);
    if (name.isEmpty() || limit <= 0)
        return result;
    QVector<ApplicantKind> kinds;
    if (!only || *only == ApplicantKind::Person)
        kinds << ApplicantKind::Person;
    if (!only || *only == ApplicantKind::Organisation)
        kinds << ApplicantKind::Organisation;

    const bool sqlite = m_ctx.db.isSqlite();
    // Above every string that begins with the name, in byte order (UTF-8's largest character).
    const QString upper = name + QString::fromUcs4(U"\U0010FFFF", 1);
    const QString prefix = sqlite ? QStringLiteral("p.name > ? AND p.name < ?")
                                  : QStringLiteral("p.name ~>~ ? AND p.name ~<~ ?");

    for (int group = 0; group < 3 && !result.more; ++group) {
        for (ApplicantKind kind : kinds) {
            if (result.more)
                break;
            QString sql;
            QVariantList params;
            switch (group) {
            case 0: // the whole name
                sql = QStringLiteral("SELECT %1 FROM %2 p WHERE p.name = ? ORDER BY p.updated_at DESC");
                params = {name};
                break;
            case 1: // names that begin with it: family names
                sql = QStringLiteral("SELECT %1 FROM %2 p WHERE ") + prefix +
                      QStringLiteral(" ORDER BY p.name");
                params = {name, upper};
                break;
            default: // names that contain it: consecutive characters anywhere
                if (chars.isEmpty())
                    continue;
                if (sqlite) {
                    sql = QStringLiteral("SELECT %1 FROM %2_fts JOIN %2 p ON p.rowid = "
                                         "%2_fts.rowid WHERE %2_fts MATCH ?");
                    params = {QLatin1Char('"') + chars + QLatin1Char('"')};
                } else {
                    sql = QStringLiteral("SELECT %1 FROM %2 p WHERE to_tsvector('simple', "
                                         "p.name_chars) @@ phraseto_tsquery('simple', ?)");
                    params = {chars};
                }
                break;
            }
            CIVICDESK_TRY(searchGroup(kind, sql, params, limit, result));
        }
    }
    return result;
}

Result<ApplicantSearch> ApplicantRepository::searchByPhone(const QString& phone, int limit)
{
    CIVICDESK_TRY(authorize(m_ctx, Permission::ViewCases));
    ApplicantSearch result;
    QString where;
    QVariantList params;
    auto valid = Validators::phone(phone);
    if (valid) {
        where = QStringLiteral("p.phone_key = ? ORDER BY p.updated_at DESC");
        params = {Validators::phoneKey(valid.value())};
    } else {
        QString digits;
        for (QChar c : Validators::compact(phone)) {
            if (c.isDigit())
                digits += c;
        }
        if (digits.size() < 3)
            return Error(ErrorKind::Invalid,
                         tr("Type at least the first 3 digits of the phone number."));
        const QString next = nextPrefix(digits);
        where = next.isEmpty() ? QStringLiteral("p.phone_key >= ?")
                               : QStringLiteral("p.phone_key >= ? AND p.phone_key < ?");
        where += QStringLiteral(" ORDER BY p.phone_key");
        params = {digits};
        if (!next.isEmpty())
            params << next;
    }
    for (ApplicantKind kind : {ApplicantKind::Person, ApplicantKind::Organisation}) {
        if (!result.more)
            CIVICDESK_TRY(searchGroup(kind, QStringLiteral("SELECT %1 FROM %2 p WHERE ") + where,
                                      params, limit, result));
    }
    return result;
}

Result<QString> ApplicantRepository::reveal(const Applicant& applicant, ApplicantField field)
{
    if (!applicant.isStored())
        return Error(ErrorKind::Invalid,
                     tr("Only the data of a saved applicant can be revealed."));
    if (field != ApplicantField::DocumentNumber && field != ApplicantField::Phone)
        return Error(ErrorKind::Invalid, tr("Only ID numbers and phones are masked."));
    const AuditSubject subject{applicant.subjectType(), applicant.id};
    CIVICDESK_TRY(authorize(m_ctx, Permission::ViewFullPersonalData, subject));

    auto stored = findOne(applicant.kind, QStringLiteral("p.id = ?"), {applicant.id});
    if (!stored)
        return stored.error();
    if (!stored.value())
        return Error(ErrorKind::NotFound, tr("This applicant is no longer stored."));
    const Applicant& a = *stored.value();
    const bool document = field == ApplicantField::DocumentNumber;
    // The trail says who saw which number, without holding the number itself.
    CIVICDESK_TRY(AuditLog::record(
        m_ctx, QStringLiteral("personal_data.revealed"), subject,
        {{QStringLiteral("field"), ApplicantText::fieldKey(field)},
         {QStringLiteral("masked"), document ? a.maskedDocumentNumber() : a.maskedPhone()}}));
    return document ? a.documentNumber : a.phone;
}

} // namespace civicdesk
