#include "BulkCaseWriter.h"

#include "Clock.h"
#include "calendar/WorkingCalendar.h"
#include "catalog/CatalogRepository.h"
#include "documents/DocumentRegister.h"
#include "intake/Validators.h"
#include "security/AuditLog.h"
#include "security/Privacy.h"
#include "security/Session.h"
#include "storage/Bind.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "workflow/CaseDocumentFields.h"
#include "workflow/CaseRepository.h"
#include "workflow/WorkflowRules.h"
#include "workflow/WorkflowService.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace civicdesk {

namespace {

// The writer reads the catalog's names and texts once and keeps them: they do not change while
// a history is generated.
template <typename Read>
QString kept(QHash<QString, QString>& names, const QString& id, Read read)
{
    auto found = names.constFind(id);
    if (found == names.cend())
        found = names.insert(id, read());
    return *found;
}

template <typename Read>
Status readOnce(QJsonObject& cache, Read read)
{
    if (!cache.isEmpty())
        return {};
    auto value = read();
    if (!value)
        return value.error();
    cache = value.take();
    return {};
}

} // namespace

BulkCaseWriter::BulkCaseWriter(Database& db, const WorkingCalendar& calendar)
    : m_db(db), m_calendar(calendar), m_language(CaseDocumentFields::documentLanguage())
{
}

BulkCaseWriter::Case BulkCaseWriter::start(const CaseRecord& record, const QVector<CaseStep>& steps)
{
    Case c;
    c.w.record = record;
    c.w.steps = steps;
    return c;
}

int BulkCaseWriter::nextOpenStep(const Case& c)
{
    for (int i = 0; i < c.w.steps.size(); ++i) {
        if (c.w.steps.at(i).state == StepState::Open)
            return c.w.steps.at(i).openedAt.isValid() ? i : -1;
    }
    return -1;
}

Status BulkCaseWriter::transition(Transaction& tx, const Context& ctx, Case& c, CaseAction action,
                                  const QJsonObject& details) const
{
    CaseRecord& r = c.w.record;
    const auto to = CaseStateMachine::target(r.status, action);
    if (!to)
        return Error(ErrorKind::Conflict,
                     CaseStateMachine::tr("Case %1 is %2 and cannot be %3. Nothing was changed.")
                         .arg(r.number, CaseStates::name(r.status), CaseStates::name(action)));
    QJsonObject audit = details;
    audit.insert(QStringLiteral("number"), r.number);
    audit.insert(QStringLiteral("from"), CaseStates::key(r.status));
    audit.insert(QStringLiteral("to"), CaseStates::key(*to));
    CIVICDESK_TRY(AuditLog::append(tx, ctx, QStringLiteral("case.") + CaseStates::key(action),
                                   {QStringLiteral("case"), r.id}, audit));
    r.status = *to;
    r.updatedAt = ctx.clock.now();
    c.changed = true;
    return {};
}

Status BulkCaseWriter::startReview(Transaction& tx, const Context& ctx, Case& c) const
{
    if (c.w.record.status != CaseStatus::Accepted)
        return {};
    return transition(tx, ctx, c, CaseAction::StartReview, {});
}

Status BulkCaseWriter::closeRound(Transaction& tx, const Context& ctx, Case& c, int step,
                                  StepState state, const QString& outcome,
                                  const QString& reason) const
{
    CaseStep& s = c.w.steps[step];
    const QDateTime now = ctx.clock.now();
    auto branch = m_db.branchCode();
    if (!branch)
        return branch.error();
    CIVICDESK_TRY(tx.put(QStringLiteral("INSERT INTO case_step_history (id, branch_code, case_id, "
                                        "step_id, opened_at, due_on, closed_at, outcome, staff_id, "
                                        "reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                         {newId(), branch.value(), c.w.record.id, s.id,
                          toDbTimestamp(s.openedAt.isValid() ? s.openedAt : now),
                          bind::date(s.dueOn), toDbTimestamp(now), outcome,
                          bind::orNull(ctx.session.staffId()), bind::text(reason)}));
    if (outcome == QLatin1String("reset")) {
        s.state = StepState::Pending;
        s.openedAt = {};
        s.dueOn = {};
        s.decidedAt = {};
        s.decidedBy.clear();
        s.reason = QLatin1String("");
    } else {
        s.state = state;
        s.decidedAt = now;
        s.decidedBy = ctx.session.staffId();
        s.reason = bind::text(reason);
    }
    c.changedSteps.insert(step);
    return {};
}

void BulkCaseWriter::openStage(const Context& ctx, Case& c, int stagePosition) const
{
    const QDateTime now = ctx.clock.now();
    for (int i = 0; i < c.w.steps.size(); ++i) {
        CaseStep& s = c.w.steps[i];
        if (s.stagePosition != stagePosition)
            continue;
        s.state = StepState::Open;
        s.openedAt = now;
        s.dueOn = s.timeLimitDays ? m_calendar.addWorkingDays(now.date(), *s.timeLimitDays).date
                                  : QDate();
        s.decidedAt = {};
        s.decidedBy.clear();
        s.reason = QLatin1String("");
        c.changedSteps.insert(i);
    }
}

Result<QString> BulkCaseWriter::departmentName(const CaseWorkflow& w)
{
    return kept(m_departments, w.record.departmentId,
                [&] { return CaseDocumentFields::departmentName(m_db, w, m_language); });
}

QString BulkCaseWriter::windowName(const Session& session, const CaseRecord& c)
{
    const QString id = session.windowId().isEmpty() ? c.windowId : session.windowId();
    return kept(m_windows, id, [&] { return CaseDocumentFields::windowName(m_db, session, c); });
}

Result<IssuedDocument> BulkCaseWriter::issue(const Context& ctx, const QString& caseId,
                                             DocumentKind kind, QJsonObject fields)
{
    // The center's details as the register would read them for each document.
    CIVICDESK_TRY(
        readOnce(m_center, [&] { return DocumentRegister::centerDetails(m_db, m_language); }));
    fields.insert(QStringLiteral("center"), m_center);
    return CaseDocumentFields::issue(ctx, kind, caseId, fields, m_language);
}

Result<IssuedDocument> BulkCaseWriter::issueDecision(const Context& ctx, Case& c, DocumentKind kind,
                                                     const QJsonObject& decision, bool withRemedy)
{
    auto department = departmentName(c.w);
    if (!department)
        return department.error();
    const CaseDocumentFields f(c.w.record, department.value(), windowName(ctx.session, c.w.record),
                               m_language);
    QJsonObject fields = f.base();
    fields.insert(QStringLiteral("decision"), decision);
    if (withRemedy) {
        CIVICDESK_TRY(
            readOnce(m_remedy, [&] { return CaseDocumentFields::remedy(m_db, m_language); }));
        fields.insert(QStringLiteral("remedy"), m_remedy);
    }
    return issue(ctx, c.w.record.id, kind, fields);
}

Status BulkCaseWriter::approve(Transaction& tx, const Context& ctx, Case& c, int stepIndex)
{
    const CaseStep step = c.w.steps.at(stepIndex);
    const StepActions what = WorkflowRules::stepConsequences(c.w, step);
    const QDateTime now = ctx.clock.now();
    const QDate today = now.date();
    CaseRecord& r = c.w.record;
    CIVICDESK_TRY(startReview(tx, ctx, c));
    CIVICDESK_TRY(closeRound(tx, ctx, c, stepIndex, StepState::Approved,
                             QStringLiteral("approved"), QString()));
    CIVICDESK_TRY(AuditLog::append(tx, ctx, QStringLiteral("case.step_approved"),
                                   {QStringLiteral("case"), r.id},
                                   {{QStringLiteral("number"), r.number},
                                    {QStringLiteral("step"), step.id},
                                    {QStringLiteral("stage"), step.stagePosition},
                                    {QStringLiteral("step_name"), step.name()},
                                    {QStringLiteral("note"), QString()}}));
    r.updatedAt = now;
    c.changed = true;
    const bool stageDone = std::all_of(c.w.steps.cbegin(), c.w.steps.cend(), [&](const CaseStep& x) {
        return x.stagePosition != step.stagePosition || x.state == StepState::Approved;
    });
    if (!stageDone)
        return {};
    const int next = WorkflowRules::nextStage(c.w, step.stagePosition);
    if (what.decidesCase) {
        const QString content = CaseDocumentFields::inLanguage(r.matterNameZh, r.matterNameEn,
                                                               m_language);
        QDate certificateDue;
        if (c.w.hasStage(StageKind::Certificate))
            certificateDue =
                m_calendar.addWorkingDays(today, WorkflowService::kCertificateDays).date;
        CIVICDESK_TRY(transition(tx, ctx, c, CaseAction::Approve,
                                 {{QStringLiteral("content"), content},
                                  {QStringLiteral("certificate_due"), toDbDate(certificateDue)}}));
        r.decision = QStringLiteral("approved");
        r.decidedOn = today;
        r.certificateDue = certificateDue;
        CIVICDESK_TRY(CaseRepository::publishDecision(tx, r, content, {}, today, now));
        auto doc = issueDecision(ctx, c, DocumentKind::ApprovalDecision,
                                 CaseDocumentFields::approvalDecision(content, {}, m_language),
                                 false);
        if (!doc)
            return doc.error();
        c.decisionDocument = doc->number;
    }
    if (what.makesCertificate) {
        CIVICDESK_TRY(transition(tx, ctx, c, CaseAction::IssueCertificate,
                                 {{QStringLiteral("certificate_number"), QString()}}));
        r.certificateOn = today;
    }
    if (next > 0)
        openStage(ctx, c, next);
    r.updatedAt = now;
    return {};
}

Status BulkCaseWriter::deny(Transaction& tx, const Context& ctx, Case& c, int stepIndex,
                            const QStringList& reasons)
{
    const CaseStep step = c.w.steps.at(stepIndex);
    CaseRecord& r = c.w.record;
    const QDateTime now = ctx.clock.now();
    auto basis = m_legalBasis.constFind(r.matterId);
    if (basis == m_legalBasis.cend()) {
        auto matter = CatalogRepository(m_db).matter(r.matterId);
        if (!matter)
            return matter.error();
        basis = m_legalBasis.insert(r.matterId, matter->legalBasis.trimmed());
    }
    const QString joined = reasons.join(QLatin1Char('\n'));
    CIVICDESK_TRY(startReview(tx, ctx, c));
    CIVICDESK_TRY(closeRound(tx, ctx, c, stepIndex, StepState::Denied, QStringLiteral("denied"),
                             joined));
    for (int i = 0; i < c.w.steps.size(); ++i) {
        if (i != stepIndex && c.w.steps.at(i).state == StepState::Open)
            CIVICDESK_TRY(closeRound(tx, ctx, c, i, StepState::Pending, QStringLiteral("reset"),
                                     WorkflowService::tr("the case was denied")));
    }
    CIVICDESK_TRY(transition(tx, ctx, c, CaseAction::Deny,
                             {{QStringLiteral("reasons"), joined},
                              {QStringLiteral("basis"), *basis},
                              {QStringLiteral("denied_by_department"), step.departmentId},
                              {QStringLiteral("lead_department"), r.departmentId}}));
    r.decision = QStringLiteral("denied");
    r.decidedOn = now.date();
    r.decisionReasons = joined;
    for (const CaseStep& x : c.w.steps) {
        if (x.stageKind == StageKind::Handover) {
            openStage(ctx, c, x.stagePosition);
            break;
        }
    }
    auto doc = issueDecision(ctx, c, DocumentKind::DenialDecision,
                     {{QStringLiteral("reasons"), QJsonArray::fromStringList(reasons)},
                      {QStringLiteral("basis"), *basis}},
                     true);
    if (!doc)
        return doc.error();
    c.decisionDocument = doc->number;
    r.updatedAt = now;
    return {};
}

Status BulkCaseWriter::handOver(Transaction& tx, const Context& ctx, Case& c, const Handover& h)
{
    CaseRecord& r = c.w.record;
    const QDateTime now = ctx.clock.now();
    auto number = Validators::document(h.recipientDocumentType, h.recipientDocumentNumber,
                                       now.date());
    if (!number)
        return number.error();
    const QString maskedId = privacy::maskIdNumber(number.value());
    for (int i = 0; i < c.w.steps.size(); ++i) {
        const CaseStep& x = c.w.steps.at(i);
        if (x.stageKind == StageKind::Handover && x.state == StepState::Open)
            CIVICDESK_TRY(closeRound(tx, ctx, c, i, StepState::Approved,
                                     QStringLiteral("approved"), QString()));
    }
    const QJsonObject record =
        CaseDocumentFields::handoverRecord(h, maskedId, now, ctx.session.login());
    r.handover = record;
    r.closedAt = now;
    CIVICDESK_TRY(transition(tx, ctx, c, CaseAction::HandOver, record));

    auto department = departmentName(c.w);
    if (!department)
        return department.error();
    const CaseDocumentFields f(r, department.value(), windowName(ctx.session, r), m_language);
    QJsonObject fields = f.base();
    fields.insert(QStringLiteral("recipient"),
                  QJsonObject{{QStringLiteral("name"), h.recipientName},
                              {QStringLiteral("id_number"), maskedId},
                              {QStringLiteral("relation"), WorkflowNames::key(h.relation)}});
    fields.insert(QStringLiteral("handover"),
                  QJsonObject{{QStringLiteral("method"), WorkflowNames::key(h.method)},
                              {QStringLiteral("at"), CaseDocumentFields::documentTime(now)}});
    QJsonArray results;
    if (!c.decisionDocument.isEmpty())
        results.append(CaseDocumentFields::decisionResult(
            r.decision == QLatin1String("approved"), c.decisionDocument, m_language));
    fields.insert(QStringLiteral("results"), results);
    return issue(ctx, r.id, DocumentKind::HandoverReceipt, fields).status();
}

Status BulkCaseWriter::finish(Transaction& tx, Case& c) const
{
    for (int i : std::as_const(c.changedSteps)) {
        const CaseStep& s = c.w.steps.at(i);
        CIVICDESK_TRY(tx.put(QStringLiteral("UPDATE case_steps SET state = ?, opened_at = ?, "
                                            "due_on = ?, decided_at = ?, decided_by = ?, "
                                            "reason = ? WHERE id = ?"),
                             {CaseNames::key(s.state), bind::timestamp(s.openedAt),
                              bind::date(s.dueOn), bind::timestamp(s.decidedAt),
                              bind::orNull(s.decidedBy), bind::text(s.reason), s.id}));
    }
    c.changedSteps.clear();
    if (!c.changed)
        return {};
    c.changed = false;
    const CaseRecord& r = c.w.record;
    return tx.put(
        QStringLiteral("UPDATE cases SET status = ?, updated_at = ?, decision = ?, "
                       "decided_on = ?, decision_reasons = ?, certificate_due = ?, "
                       "certificate_on = ?, handover = ?, closed_at = ? WHERE id = ?"),
        {CaseStates::key(r.status), toDbTimestamp(r.updatedAt),
         r.decision.isEmpty() ? QVariant() : QVariant(r.decision), bind::date(r.decidedOn),
         bind::text(r.decisionReasons), bind::date(r.certificateDue), bind::date(r.certificateOn),
         r.handover.isEmpty()
             ? QString(QLatin1String(""))
             : QString::fromUtf8(QJsonDocument(r.handover).toJson(QJsonDocument::Compact)),
         bind::timestamp(r.closedAt), r.id});
}

} // namespace civicdesk
