#include "ApplicantRepository.h"

#include "Clock.h"
#include "Validators.h"
#include "security/AuditLog.h"
#include "security/Authorization.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QJsonArray>
#include <QSet>

#include <algorithm>

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

// toDbTimestamp's "yyyy-MM-dd HH:mm:ss.zzz" read by position: QDateTime::fromString costs
// more than the query itself when a search returns fifty applicants.
QDateTime timestamp(const QString& s)
{
    if (s.size() != 23)
        return fromDbTimestamp(s);
    auto n = [&s](int from, int length) { return QStringView(s).mid(from, length).toInt(); };
    return QDateTime(QDate(n(0, 4), n(5, 2), n(8, 2)), QTime(n(11, 2), n(14, 2), n(17, 2), n(20, 3)));
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
    a.createdAt = timestamp(q.value(7).toString());
    a.updatedAt = timestamp(q.value(8).toString());
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

// The letters and digits of a name, one string per character (a character outside the Basic
// Multilingual Plane, such as 𠮷, is one character of two UTF-16 units).
QStringList searchCharacters(const QString& name)
{
    QStringList chars;
    for (char32_t c : name.normalized(QString::NormalizationForm_C).toUcs4()) {
        if (QChar::isLetterOrNumber(c))
            chars << QString::fromUcs4(&c, 1);
    }
    return chars;
}

// Each character with the one after it: "张三丰" -> 张三, 三丰.
QStringList pairsOf(const QStringList& chars)
{
    QStringList pairs;
    for (int i = 0; i + 1 < chars.size(); ++i)
        pairs << chars.at(i) + chars.at(i + 1);
    return pairs;
}

// What a fragment is looked up by in name_grams: one character, one pair, or the phrase of
// consecutive pairs of a longer fragment ("张三丰" -> "张三 三丰").
QString fragmentGrams(const QString& fragment)
{
    const QStringList chars = searchCharacters(fragment);
    return chars.size() <= 1 ? chars.join(QString()) : pairsOf(chars).join(QLatin1Char(' '));
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

QString ApplicantRepository::nameGrams(const QString& name)
{
    const QStringList chars = searchCharacters(name);
    return (chars + pairsOf(chars)).join(QLatin1Char(' '));
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
        auto r = store(tx, applicant, Trust::Check);
        if (!r)
            return r.error();
        saved = r.take();
        return {};
    });
    if (!s)
        return s.error();
    return *saved;
}

Result<Applicant> ApplicantRepository::save(Transaction& tx, const Applicant& applicant,
                                            Trust trust)
{
    CIVICDESK_TRY(authorize(m_ctx, Permission::TakeInApplication, subjectOf(applicant)));
    return store(tx, applicant, trust);
}

Result<Applicant> ApplicantRepository::store(Transaction& tx, const Applicant& applicant,
                                             Trust trust)
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
    const QString key = person ? QStringLiteral("p.document_type = ? AND p.document_number = ?")
                               : QStringLiteral("p.credit_code = ?");
    const QVariantList keyParams =
        person ? QVariantList{ApplicantText::documentTypeKey(entered.documentType),
                              entered.documentNumber}
               : QVariantList{entered.documentNumber};
    const QDateTime at = m_ctx.clock.now();
    const QString now = toDbTimestamp(at);
    auto branch = tx.db().branchCode();
    if (!branch)
        return branch.error();

    QJsonObject details{
        {QStringLiteral("document_type"), ApplicantText::documentTypeKey(entered.documentType)},
        {QStringLiteral("document"), entered.maskedDocumentNumber()}};

    const QString insert =
        person ? QStringLiteral("INSERT INTO persons (id, branch_code, name, name_grams, "
                                "document_type, document_number, phone, phone_key, address, "
                                "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
               : QStringLiteral("INSERT INTO organisations (id, branch_code, name, name_grams, "
                                "credit_code, legal_representative, contact_name, contact_phone, "
                                "phone_key, address, created_at, updated_at) VALUES (?, ?, ?, ?, "
                                "?, ?, ?, ?, ?, ?, ?, ?)");
    const QString id = newId();
    const QVariantList row =
        person ? QVariantList{id,
                              branch.value(),
                              entered.name,
                              nameGrams(entered.name),
                              ApplicantText::documentTypeKey(entered.documentType),
                              entered.documentNumber,
                              entered.phone,
                              Validators::phoneKey(entered.phone),
                              text(entered.address),
                              now,
                              now}
               : QVariantList{id,
                              branch.value(),
                              entered.name,
                              nameGrams(entered.name),
                              entered.documentNumber,
                              entered.legalRepresentative,
                              entered.contactName,
                              entered.phone,
                              Validators::phoneKey(entered.phone),
                              text(entered.address),
                              now,
                              now};
    auto registered = [&]() -> Result<Applicant> {
        CIVICDESK_TRY(AuditLog::append(tx, m_ctx, QStringLiteral("applicant.registered"),
                                       {entered.subjectType(), id}, details));
        Applicant stored = entered;
        stored.id = id;
        stored.branchCode = branch.value();
        stored.createdAt = at;
        stored.updatedAt = at;
        return stored;
    };
    if (trust == Trust::Vouched) {
        if (!applicant.id.isEmpty()) { // stored as it is: nothing to write
            Applicant stored = entered;
            stored.id = applicant.id;
            return stored;
        }
        CIVICDESK_TRY(tx.put(insert, row)); // a clash would fail the transaction
        return registered();
    }

    auto existing = findOne(entered.kind, key + tx.dialect().forUpdate(), keyParams);
    if (!existing)
        return existing.error();
    if (!existing.value()) {
        auto inserted = tx.exec(insert + (person ? QStringLiteral(" ON CONFLICT (document_type, "
                                                                  "document_number) DO NOTHING")
                                                 : QStringLiteral(" ON CONFLICT (credit_code) DO "
                                                                  "NOTHING")),
                                row);
        if (!inserted)
            return inserted.error();
        if (inserted.value().numRowsAffected() == 1)
            return registered();
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
        person ? tx.exec(QStringLiteral("UPDATE persons SET name = ?, name_grams = ?, phone = ?, "
                                        "phone_key = ?, address = ?, updated_at = ? WHERE id = ?"),
                         {stored.name, nameGrams(stored.name), stored.phone,
                          Validators::phoneKey(stored.phone), text(stored.address), now, stored.id})
               : tx.exec(QStringLiteral("UPDATE organisations SET name = ?, name_grams = ?, "
                                        "legal_representative = ?, contact_name = ?, "
                                        "contact_phone = ?, phone_key = ?, address = ?, "
                                        "updated_at = ? WHERE id = ?"),
                         {stored.name, nameGrams(stored.name), stored.legalRepresentative,
                          stored.contactName, stored.phone, Validators::phoneKey(stored.phone),
                          text(stored.address), now, stored.id});
    if (!updated)
        return updated.error();
    details.insert(QStringLiteral("changed"), changed);
    CIVICDESK_TRY(AuditLog::append(tx, m_ctx, QStringLiteral("applicant.updated"),
                                   {stored.subjectType(), stored.id}, details));
    stored.updatedAt = at;
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

Status ApplicantRepository::searchGroup(const QVector<SearchPart>& parts, int limit,
                                        ApplicantSearch& into, Columns selected) const
{
    // One statement for all parts: on a busy server every round trip counts. Each part asks
    // for enough rows to fill the page even when some were found by an earlier group, and one
    // more to know whether there are more; the part's number keeps their order.
    const int wanted = limit + into.applicants.size() + 1;
    QStringList selects;
    QVariantList params;
    for (int i = 0; i < parts.size(); ++i) {
        const SearchPart& part = parts.at(i);
        const QString marked =
            (selected == Columns::All ? columns(part.kind) : QStringLiteral("p.id")) +
            QStringLiteral(", %1, %2").arg(int(part.kind)).arg(i);
        selects << QStringLiteral("SELECT * FROM (%1 LIMIT ?) part%2")
                       .arg(part.sql.arg(marked, table(part.kind)))
                       .arg(i);
        params << part.params << wanted;
    }
    auto q = m_ctx.db.exec(selects.join(QStringLiteral(" UNION ALL ")), params);
    if (!q)
        return q.error();
    QVector<QPair<int, Applicant>> rows;
    const int kindColumn = selected == Columns::All ? 11 : 1;
    while (q.value().next()) {
        const auto kind = ApplicantKind(q.value().value(kindColumn).toInt());
        Applicant a;
        if (selected == Columns::All) {
            a = readRow(kind, q.value());
        } else {
            a.kind = kind;
            a.id = q.value().value(0).toString();
        }
        rows.push_back({q.value().value(kindColumn + 1).toInt(), std::move(a)});
    }
    q.value().finish();
    std::stable_sort(rows.begin(), rows.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });

    QSet<QString> seen;
    for (const Applicant& a : into.applicants)
        seen.insert(a.id);
    for (auto& [part, a] : rows) {
        if (seen.contains(a.id))
            continue;
        if (into.applicants.size() >= limit) {
            into.more = true;
            break;
        }
        seen.insert(a.id);
        into.applicants.push_back(std::move(a));
    }
    return {};
}

Result<ApplicantSearch> ApplicantRepository::searchByName(const QString& fragment, int limit,
                                                          std::optional<ApplicantKind> only)
{
    return nameSearch(fragment, limit, only, Columns::All);
}

Result<ApplicantSearch> ApplicantRepository::idsByName(const QString& fragment, int limit)
{
    return nameSearch(fragment, limit, std::nullopt, Columns::IdOnly);
}

Result<ApplicantSearch> ApplicantRepository::nameSearch(const QString& fragment, int limit,
                                                        std::optional<ApplicantKind> only,
                                                        Columns selected)
{
    CIVICDESK_TRY(authorize(m_ctx, Permission::ViewCases));
    ApplicantSearch result;
    const QString name = tidyFragment(fragment);
    const QString grams = fragmentGrams(name);
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
    // On PostgreSQL in byte order too, the order of the text_pattern_ops index: in the
    // collation's order, the thousands of names that begin with 王 would be sorted first.
    const QString prefix = sqlite
        ? QStringLiteral("p.name > ? AND p.name < ? ORDER BY p.name")
        : QStringLiteral("p.name ~>~ ? AND p.name ~<~ ? ORDER BY p.name USING ~<~");

    for (int group = 0; group < 3 && !result.more; ++group) {
        QVector<SearchPart> parts;
        for (ApplicantKind kind : kinds) {
            switch (group) {
            case 0: // the whole name
                parts.push_back({kind,
                                 QStringLiteral("SELECT %1 FROM %2 p WHERE p.name = ? ORDER BY "
                                                "p.updated_at DESC"),
                                 {name}});
                break;
            case 1: // names that begin with it: family names
                parts.push_back({kind, QStringLiteral("SELECT %1 FROM %2 p WHERE ") + prefix,
                                 {name, upper}});
                break;
            default: // names that contain it: consecutive characters anywhere
                if (grams.isEmpty())
                    break;
                if (sqlite)
                    parts.push_back({kind,
                                     QStringLiteral("SELECT %1 FROM %2_fts JOIN %2 p ON p.rowid = "
                                                    "%2_fts.rowid WHERE %2_fts MATCH ?"),
                                     {QLatin1Char('"') + grams + QLatin1Char('"')}});
                else
                    parts.push_back({kind,
                                     QStringLiteral("SELECT %1 FROM %2 p WHERE to_tsvector("
                                                    "'simple', p.name_grams) @@ "
                                                    "phraseto_tsquery('simple', ?)"),
                                     {grams}});
                break;
            }
        }
        if (!parts.isEmpty())
            CIVICDESK_TRY(searchGroup(parts, limit, result, selected));
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
    const QString sql = QStringLiteral("SELECT %1 FROM %2 p WHERE ") + where;
    CIVICDESK_TRY(searchGroup({{ApplicantKind::Person, sql, params},
                               {ApplicantKind::Organisation, sql, params}},
                              limit, result));
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
