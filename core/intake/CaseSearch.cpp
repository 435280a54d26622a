#include "CaseSearch.h"

#include "Clock.h"
#include "intake/ApplicantRepository.h"
#include "intake/Validators.h"
#include "security/Authorization.h"
#include "storage/Database.h"
#include "workflow/CaseRepository.h"

namespace civicdesk {

bool CaseQuery::isEmpty() const
{
    return number.trimmed().isEmpty() && document.trimmed().isEmpty() && name.trimmed().isEmpty() &&
           phone.trimmed().isEmpty() && !from.isValid() && !to.isValid() && !status;
}

namespace {

// The digits of a phone as typed.
QString digitsOf(const QString& text)
{
    QString digits;
    for (QChar c : text) {
        if (c.isDigit())
            digits += c;
    }
    return digits;
}

// The smallest string above every string that starts with `prefix` (digits only): "139" for
// "138", "14" for "139"; empty when there is none ("999").
QString nextPrefix(QString prefix)
{
    while (!prefix.isEmpty()) {
        const QChar last = prefix.back();
        prefix.chop(1);
        if (last != QLatin1Char('9'))
            return prefix + QChar(last.unicode() + 1);
    }
    return {};
}

} // namespace

Result<CasePage> CaseSearch::find(const CaseQuery& query, const std::optional<CaseCursor>& after,
                                  int limit) const
{
    CIVICDESK_TRY(authorize(m_ctx, Permission::ViewCases));
    CasePage page;
    QStringList where;
    QVariantList params;
    bool byName = false; // the cases of many applicants found by name

    const QString number = query.number.trimmed().toUpper();
    if (!number.isEmpty()) {
        where << QStringLiteral("number = ?");
        params << number;
    }
    const QString document = Validators::compact(query.document).toUpper();
    if (!document.isEmpty()) {
        where << QStringLiteral("applicant_document = ?");
        params << document;
    }
    const QString phone = query.phone.trimmed();
    if (!phone.isEmpty()) {
        auto valid = Validators::phone(phone);
        if (valid) {
            where << QStringLiteral("applicant_phone_key = ?");
            params << Validators::phoneKey(valid.value());
        } else {
            const QString digits = digitsOf(phone);
            if (digits.size() < 3)
                return Error(ErrorKind::Invalid,
                             tr("Type at least the first 3 digits of the phone number."));
            const QString next = nextPrefix(digits);
            where << (next.isEmpty() ? QStringLiteral("applicant_phone_key >= ?")
                                     : QStringLiteral("applicant_phone_key >= ? AND "
                                                      "applicant_phone_key < ?"));
            params << digits;
            if (!next.isEmpty())
                params << next;
        }
    }
    if (!query.name.trimmed().isEmpty()) {
        auto found = ApplicantRepository(m_ctx).idsByName(query.name, kMaxApplicants);
        if (!found)
            return found.error();
        if (found->applicants.isEmpty())
            return page;
        if (found->more)
            page.note = tr("More than %1 applicants have such a name: only their cases are "
                           "shown. Type more of the name, or add another key.")
                            .arg(kMaxApplicants);
        QStringList marks;
        for (const Applicant& a : found->applicants) {
            marks << QStringLiteral("?");
            params << a.id;
        }
        where << QStringLiteral("applicant_id IN (%1)").arg(marks.join(QStringLiteral(", ")));
        byName = true;
    }
    if (query.from.isValid()) {
        where << QStringLiteral("received_at >= ?");
        params << toDbTimestamp(query.from.startOfDay());
    }
    if (query.to.isValid()) {
        where << QStringLiteral("received_at < ?");
        params << toDbTimestamp(query.to.addDays(1).startOfDay());
    }
    if (query.status) {
        where << QStringLiteral("status = ?");
        params << CaseStates::key(*query.status);
    }
    if (after) {
        where << QStringLiteral("(received_at < ? OR (received_at = ? AND id < ?))");
        const QString at = toDbTimestamp(after->receivedAt);
        params << at << at << after->id;
    }
    limit = std::max(1, limit);
    const QString filter = where.isEmpty() ? QString()
                                           : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    const QString order = QStringLiteral(" ORDER BY received_at DESC, id DESC LIMIT %1").arg(limit + 1);
    if (byName) {
        // The applicants' cases are gathered from many places in the index and sorted before
        // the page is cut: sort only their ids (cases_applicant_received holds the applicant,
        // the time and the id), then read the page's rows — not hundreds of whole rows.
        auto ids = m_ctx.db.exec(QStringLiteral("SELECT id FROM cases") + filter + order, params);
        if (!ids)
            return ids.error();
        QStringList pageIds;
        while (ids.value().next())
            pageIds << ids.value().value(0).toString();
        ids.value().finish();
        if (pageIds.isEmpty())
            return page;
        auto rows = CaseRepository(m_ctx.db).byIds(pageIds);
        if (!rows)
            return rows.error();
        page.cases = rows.take();
    } else {
        auto q = m_ctx.db.exec(QStringLiteral("SELECT %1 FROM cases").arg(CaseRepository::columns()) +
                                   filter + order,
                               params);
        if (!q)
            return q.error();
        while (q.value().next())
            page.cases << CaseRepository::readCase(q.value());
        q.value().finish();
    }
    if (page.cases.size() > limit) {
        page.cases.resize(limit);
        page.next = CaseCursor{page.cases.constLast().receivedAt, page.cases.constLast().id};
    }
    return page;
}

Result<QVector<AuditEntry>> CaseSearch::timeline(const QString& caseId) const
{
    CIVICDESK_TRY(authorize(m_ctx, Permission::ViewCases, {QStringLiteral("case"), caseId}));
    AuditFilter filter;
    filter.subjectType = QStringLiteral("case");
    filter.subjectId = caseId;
    filter.newestFirst = false;
    filter.limit = 1000;
    return AuditLog::query(m_ctx.db, filter);
}

} // namespace civicdesk
