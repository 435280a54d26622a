#include "WorkflowService.h"

#include "CaseDocumentFields.h"
#include "CaseRepository.h"
#include "SupervisionService.h"
#include "WorkflowRules.h"

#include "Clock.h"
#include "calendar/CalendarService.h"
#include "catalog/CatalogRepository.h"
#include "documents/DocumentRegister.h"
#include "intake/Validators.h"
#include "security/Authorization.h"
#include "security/Privacy.h"
#include "security/Session.h"
#include "storage/Bind.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

#include <algorithm>

namespace civicdesk {

namespace {

using S = CaseStatus;

QString inLanguage(const QString& zh, const QString& en, const QString& language)
{
    return CaseDocumentFields::inLanguage(zh, en, language);
}

QString documentTime(const QDateTime& t)
{
    return CaseDocumentFields::documentTime(t);
}

QString documentLanguage()
{
    return CaseDocumentFields::documentLanguage();
}

// Everything the workflow reads and writes about one case inside one transaction.
class CaseWriter {
public:
    CaseWriter(Transaction& tx, const Context& ctx, const WorkingCalendar& calendar)
        : m_tx(tx), m_ctx(ctx), m_calendar(calendar), m_now(ctx.clock.now())
    {
    }

    QDateTime now() const { return m_now; }
    QDate today() const { return m_now.date(); }
    const WorkingCalendar& calendar() const { return m_calendar; }
    Transaction& tx() { return m_tx; }

    // Takes the case's row lock for the rest of the transaction and reads it afresh: the
    // decision is made on what is stored now, not on what a screen showed a minute ago.
    Result<CaseWorkflow> lockAndRead(const QString& caseId)
    {
        auto locked = m_tx.exec(QStringLiteral("SELECT status FROM cases WHERE id = ?") +
                                    m_tx.dialect().forUpdate(),
                                {caseId});
        if (!locked)
            return locked.error();
        const bool exists = locked.value().next();
        locked.value().finish();
        if (!exists)
            return Error(ErrorKind::NotFound, WorkflowService::tr("The case no longer exists."));
        return WorkflowRules::read(m_tx.db(), caseId, m_calendar, today(), false);
    }

    // The first action on an accepted case takes it into review.
    Result<CaseStatus> startReview(const CaseWorkflow& w, const QJsonObject& details = {})
    {
        if (w.record.status != S::Accepted)
            return w.record.status;
        auto r = CaseStateMachine::apply(m_tx, m_ctx, w.record.id, CaseAction::StartReview, details);
        if (!r)
            return r.error();
        return S::InReview;
    }

    Status apply(const QString& caseId, CaseAction action, const QJsonObject& details)
    {
        return CaseStateMachine::apply(m_tx, m_ctx, caseId, action, details).status();
    }

    Status touch(const QString& caseId)
    {
        return m_tx
            .exec(QStringLiteral("UPDATE cases SET updated_at = ? WHERE id = ?"),
                  {toDbTimestamp(m_now), caseId})
            .status();
    }

    // Closes the open round of a step: approved, returned or denied by the current person.
    Status closeStep(const QString& caseId, const CaseStep& s, StepState state,
                     const QString& outcome, const QString& reason)
    {
        CIVICDESK_TRY(m_tx.exec(QStringLiteral("UPDATE case_steps SET state = ?, decided_at = ?, "
                                               "decided_by = ?, reason = ? WHERE id = ?"),
                                {CaseNames::key(state), toDbTimestamp(m_now),
                                 bind::orNull(m_ctx.session.staffId()), bind::text(reason), s.id})
                          .status());
        return recordRound(caseId, s, outcome, reason);
    }

    // Sets a step back to waiting: its open round is recorded as reset.
    Status resetStep(const QString& caseId, const CaseStep& s, const QString& why)
    {
        if (s.state == StepState::Open)
            CIVICDESK_TRY(recordRound(caseId, s, QStringLiteral("reset"), why));
        return m_tx
            .exec(QStringLiteral("UPDATE case_steps SET state = 'pending', opened_at = NULL, "
                                 "due_on = NULL, decided_at = NULL, decided_by = NULL, "
                                 "reason = '' WHERE id = ?"),
                  {s.id})
            .status();
    }

    // Opens every step of a stage, each with the due date of its own limit from today.
    Status openStage(const CaseWorkflow& w, int stagePosition)
    {
        for (const CaseStep& s : w.steps) {
            if (s.stagePosition != stagePosition)
                continue;
            QDate due;
            if (s.timeLimitDays)
                due = m_calendar.addWorkingDays(today(), *s.timeLimitDays).date;
            CIVICDESK_TRY(m_tx.exec(QStringLiteral("UPDATE case_steps SET state = 'open', "
                                                   "opened_at = ?, due_on = ?, decided_at = "
                                                   "NULL, decided_by = NULL, reason = '' WHERE "
                                                   "id = ?"),
                                    {toDbTimestamp(m_now), bind::date(due), s.id})
                              .status());
        }
        return {};
    }

    Result<IssuedDocument> issue(DocumentKind kind, const QString& caseId, const QJsonObject& fields,
                                 const QString& language)
    {
        return CaseDocumentFields::issue(m_ctx, kind, caseId, fields, language);
    }

private:
    Status recordRound(const QString& caseId, const CaseStep& s, const QString& outcome,
                       const QString& reason)
    {
        auto branch = m_tx.db().branchCode();
        if (!branch)
            return branch.error();
        return m_tx
            .exec(QStringLiteral("INSERT INTO case_step_history (id, branch_code, case_id, "
                                 "step_id, opened_at, due_on, closed_at, outcome, staff_id, "
                                 "reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                  {newId(), branch.value(), caseId, s.id,
                   toDbTimestamp(s.openedAt.isValid() ? s.openedAt : m_now), bind::date(s.dueOn),
                   toDbTimestamp(m_now), outcome, bind::orNull(m_ctx.session.staffId()),
                   bind::text(reason)})
            .status();
    }

    Transaction& m_tx;
    const Context& m_ctx;
    const WorkingCalendar& m_calendar;
    QDateTime m_now;
};

Result<IssuedDocument> issueDecisionDocument(CaseWriter& writer, const Context& ctx,
                                             const CaseWorkflow& w, DocumentKind kind,
                                             const QJsonObject& decision, bool withRemedy)
{
    const auto f = CaseDocumentFields::load(writer.tx().db(), ctx.session, w);
    QJsonObject fields = f.base();
    fields.insert(QStringLiteral("decision"), decision);
    if (withRemedy) {
        auto remedy = CaseDocumentFields::remedy(writer.tx().db(), f.language());
        if (!remedy)
            return remedy.error();
        fields.insert(QStringLiteral("remedy"), remedy.value());
    }
    return writer.issue(kind, w.record.id, fields, f.language());
}

// Art. 38 (1) and 40: the case is approved, the decision is published without personal data,
// and the certificate is due within 10 working days (art. 44) when the matter has one.
Result<IssuedDocument> decideApproval(CaseWriter& writer, const Context& ctx, const CaseWorkflow& w,
                                      const ApprovalDetails& d)
{
    Transaction& tx = writer.tx();
    const CaseRecord& c = w.record;
    const QDate today = writer.today();
    const QString language = documentLanguage();
    QString content = d.content.trimmed();
    if (content.isEmpty())
        content = inLanguage(c.matterNameZh, c.matterNameEn, language);
    QDate certificateDue;
    if (w.hasStage(StageKind::Certificate))
        certificateDue = writer.calendar().addWorkingDays(today, WorkflowService::kCertificateDays).date;
    CIVICDESK_TRY(writer.apply(c.id, CaseAction::Approve,
                               {{QStringLiteral("content"), content},
                                {QStringLiteral("certificate_due"), toDbDate(certificateDue)}}));
    CIVICDESK_TRY(tx.exec(QStringLiteral("UPDATE cases SET decision = 'approved', decided_on = ?, "
                                         "certificate_due = ? WHERE id = ?"),
                          {toDbDate(today), bind::date(certificateDue), c.id})
                      .status());
    CIVICDESK_TRY(CaseRepository::publishDecision(tx, c, content, d, today, writer.now()));
    return issueDecisionDocument(writer, ctx, w, DocumentKind::ApprovalDecision,
                                 CaseDocumentFields::approvalDecision(content, d, language), false);
}

// Art. 44: the certificate is made; its number goes on the public list.
Status recordCertificate(CaseWriter& writer, const Context&, const CaseWorkflow& w,
                         const ApprovalDetails& d)
{
    Transaction& tx = writer.tx();
    CIVICDESK_TRY(writer.apply(w.record.id, CaseAction::IssueCertificate,
                               {{QStringLiteral("certificate_number"), d.certificateNumber.trimmed()}}));
    CIVICDESK_TRY(tx.exec(QStringLiteral("UPDATE cases SET certificate_on = ? WHERE id = ?"),
                          {toDbDate(writer.today()), w.record.id})
                      .status());
    if (!d.certificateName.trimmed().isEmpty())
        CIVICDESK_TRY(tx.exec(QStringLiteral("UPDATE published_decisions SET certificate_name = ? "
                                             "WHERE case_id = ?"),
                              {d.certificateName.trimmed(), w.record.id})
                          .status());
    if (!d.certificateNumber.trimmed().isEmpty())
        CIVICDESK_TRY(tx.exec(QStringLiteral("UPDATE published_decisions SET certificate_number = ? "
                                             "WHERE case_id = ?"),
                              {d.certificateNumber.trimmed(), w.record.id})
                          .status());
    return {};
}

// Art. 38 (2) and 26: a denial by any department denies the case, in the name of the lead
// department; the other departments' open steps close, and the decision goes to the window to
// be handed over.
Result<IssuedDocument> decideDenial(CaseWriter& writer, const Context& ctx, const CaseWorkflow& w,
                                    const CaseStep& step, const QStringList& reasons,
                                    const QString& basis)
{
    Transaction& tx = writer.tx();
    const CaseRecord& c = w.record;
    for (const CaseStep& x : w.steps) {
        if (x.id != step.id && x.state == StepState::Open)
            CIVICDESK_TRY(writer.resetStep(c.id, x, WorkflowService::tr("the case was denied")));
    }
    CIVICDESK_TRY(writer.apply(c.id, CaseAction::Deny,
                               {{QStringLiteral("reasons"), reasons.join(QLatin1Char('\n'))},
                                {QStringLiteral("basis"), basis},
                                {QStringLiteral("denied_by_department"), step.departmentId},
                                {QStringLiteral("lead_department"), c.departmentId}}));
    CIVICDESK_TRY(tx.exec(QStringLiteral("UPDATE cases SET decision = 'denied', decided_on = ?, "
                                         "decision_reasons = ? WHERE id = ?"),
                          {toDbDate(writer.today()), reasons.join(QLatin1Char('\n')), c.id})
                      .status());
    for (const CaseStep& x : w.steps) {
        if (x.stageKind == StageKind::Handover) {
            CIVICDESK_TRY(writer.openStage(w, x.stagePosition));
            break;
        }
    }
    return issueDecisionDocument(writer, ctx, w, DocumentKind::DenialDecision,
                                 {{QStringLiteral("reasons"), QJsonArray::fromStringList(reasons)},
                                  {QStringLiteral("basis"), basis}},
                                 true);
}

// The case's limits and its open steps' due dates after a suspension ended or an extension
// was approved: exact working days, the days the clock stood still not counted.
Status recomputeDeadlines(CaseWriter& writer, const CaseWorkflow& w)
{
    Transaction& tx = writer.tx();
    const QVector<DateRange> ranges = WorkflowRules::closedRanges(w);
    const CaseDeadlines d = WorkflowRules::deadlines(writer.calendar(), w.record, ranges);
    CIVICDESK_TRY(tx.exec(QStringLiteral("UPDATE cases SET promised_due = ?, statutory_due = ?, "
                                         "due_estimated = ? WHERE id = ?"),
                          {bind::date(d.promisedDue), bind::date(d.statutoryDue),
                           int(d.isEstimate()), w.record.id})
                      .status());
    for (const CaseStep& s : w.steps) {
        if (s.state != StepState::Open || !s.timeLimitDays || !s.openedAt.isValid())
            continue;
        const QDate due =
            writer.calendar().addWorkingDays(s.openedAt.date(), *s.timeLimitDays, ranges).date;
        CIVICDESK_TRY(tx.exec(QStringLiteral("UPDATE case_steps SET due_on = ? WHERE id = ?"),
                              {bind::date(due), s.id})
                          .status());
    }
    return {};
}

// What the applicant takes home: the certificate (if the matter has one) and the decision.
Result<QJsonArray> handoverResults(const Database& db, const CaseWorkflow& w, const QString& language)
{
    QJsonArray results;
    if (w.record.decision == QLatin1String("approved")) {
        auto q = db.exec(QStringLiteral("SELECT certificate_name, certificate_number FROM "
                                        "published_decisions WHERE case_id = ?"),
                         {w.record.id});
        if (!q)
            return q.error();
        if (q.value().next() && !q.value().value(0).toString().isEmpty()) {
            const QString number = q.value().value(1).toString();
            results.append(QJsonObject{{QStringLiteral("name"), q.value().value(0).toString()},
                                       {QStringLiteral("number"),
                                        number.isEmpty() ? QStringLiteral("—") : number},
                                       {QStringLiteral("count"), 1}});
        }
    }
    auto documents = DocumentRegister::forSubject(db, {QStringLiteral("case"), w.record.id});
    if (!documents)
        return documents.error();
    for (auto it = documents->crbegin(); it != documents->crend(); ++it) {
        if (it->kind != DocumentKind::ApprovalDecision && it->kind != DocumentKind::DenialDecision)
            continue;
        results.append(CaseDocumentFields::decisionResult(
            it->kind == DocumentKind::ApprovalDecision, it->number, language));
        break;
    }
    return results;
}

Result<std::shared_ptr<const WorkingCalendar>> calendarOf(const Database& db)
{
    return CalendarService::current(db);
}

// A refusal that is not a missing permission (another department's step): recorded like one.
Error refuse(const Context& ctx, const Status& why, const QString& caseId)
{
    if (why.kind() == ErrorKind::Denied) {
        Status recorded = AuditLog::record(ctx, QStringLiteral("permission.denied"),
                                           {QStringLiteral("case"), caseId},
                                           {{QStringLiteral("reason"), why.error().detail}});
        if (!recorded)
            return Error(ErrorKind::Denied, why.message() + QLatin1Char(' ') + recorded.message());
    }
    return why.error();
}

// Checked once before the transaction so that a refusal is recorded (a refusal inside it would
// be rolled back with everything else); the write checks again on what is stored then.
template <typename Rule>
Result<CaseWorkflow> checkBeforeWriting(const Context& ctx, const WorkingCalendar& calendar,
                                        const QString& caseId, Rule rule)
{
    auto w = WorkflowRules::read(ctx.db, caseId, calendar, ctx.clock.today(), false);
    if (!w)
        return w.error();
    Status ok = rule(w.value());
    if (!ok)
        return refuse(ctx, ok, caseId);
    return w;
}

QStringList cleanLines(const QStringList& lines)
{
    QStringList out;
    for (const QString& l : lines) {
        const QString t = l.trimmed();
        if (!t.isEmpty())
            out << t;
    }
    return out;
}

} // namespace

// ---------------------------------------------------------------------------------------------
// Reading

Result<CaseWorkflow> WorkflowService::load(const QString& caseId) const
{
    CIVICDESK_TRY(authorize(m_ctx, Permission::ViewCases, {QStringLiteral("case"), caseId}));
    auto calendar = calendarOf(m_ctx.db);
    if (!calendar)
        return calendar.error();
    auto w = WorkflowRules::read(m_ctx.db, caseId, *calendar.value(), m_ctx.clock.today(), true);
    if (!w)
        return w.error();
    WorkflowRules::computeActions(w.value(), m_ctx.session, m_ctx.clock.today());
    return w;
}

Result<QVector<InboxItem>> WorkflowService::inbox() const
{
    CIVICDESK_TRY(authorize(m_ctx, Permission::DecideApprovalStep));
    auto calendar = calendarOf(m_ctx.db);
    if (!calendar)
        return calendar.error();
    auto thresholds = SupervisionService::thresholds(m_ctx.db);
    if (!thresholds)
        return thresholds.error();
    const bool everyDepartment = m_ctx.session.isSystem();
    if (!everyDepartment && m_ctx.session.departmentId().isEmpty())
        return QVector<InboxItem>();
    QString sql = QStringLiteral(
        "SELECT s.id, s.case_id, c.number, c.matter_name_zh, c.matter_name_en, c.applicant_name, "
        "c.status, s.stage_name_zh, s.stage_name_en, s.step_name_zh, s.step_name_en, "
        "s.stage_kind, s.is_lead, s.opened_at, s.due_on, s.time_limit_days, c.promised_due, "
        "c.statutory_due, c.promised_days, c.statutory_days, c.extension_days, "
        "(SELECT COUNT(*) FROM case_steps p WHERE p.case_id = s.case_id AND p.stage_position = "
        "s.stage_position) FROM case_steps s JOIN cases c ON c.id = s.case_id WHERE s.state = "
        "'open' AND s.stage_kind <> 'handover'");
    QVariantList params;
    if (!everyDepartment) {
        sql += QStringLiteral(" AND s.department_id = ?");
        params << m_ctx.session.departmentId();
    }
    auto q = m_ctx.db.exec(sql, params);
    if (!q)
        return q.error();
    const WorkingCalendar& cal = *calendar.value();
    const QDate today = m_ctx.clock.today();
    auto limit = [&](const QVariant& due, int days, bool running) {
        LimitState l;
        l.due = due.isNull() ? QDate() : fromDbDate(due.toString());
        l.limitDays = days;
        if (l.due.isValid()) {
            l.daysLeft = CaseClock::workingDaysLeft(cal, today, l.due);
            if (running)
                l.light = CaseClock::light(cal, today, l.due, days, thresholds.value());
        }
        return l;
    };
    QVector<InboxItem> items;
    while (q.value().next()) {
        const QSqlQuery& r = q.value();
        InboxItem i;
        i.stepId = r.value(0).toString();
        i.caseId = r.value(1).toString();
        i.caseNumber = r.value(2).toString();
        i.matterName = localizedName(r.value(3).toString(), r.value(4).toString());
        i.applicantName = privacy::maskName(r.value(5).toString());
        i.status = CaseStates::fromKey(r.value(6).toString()).value_or(S::InReview);
        i.stageName = localizedName(r.value(7).toString(), r.value(8).toString());
        i.stepName = localizedName(r.value(9).toString(), r.value(10).toString());
        if (i.stepName.isEmpty())
            i.stepName = i.stageName;
        i.stageKind = CatalogNames::stageKindFromKey(r.value(11).toString()).value_or(StageKind::Review);
        i.isLead = r.value(12).toInt() != 0;
        i.openedAt = fromDbTimestamp(r.value(13).toString());
        i.suspended = i.status == S::Suspended;
        const bool running = CaseStates::clockRuns(i.status);
        i.step = limit(r.value(14), r.value(15).toInt(), running || i.status == S::Approved);
        const int extension = r.value(20).toInt();
        i.promised = limit(r.value(16), r.value(18).toInt() + extension, running);
        i.statutory = limit(r.value(17), r.value(19).toInt() + extension, running);
        i.parallel = r.value(21).toInt() > 1;
        items.push_back(i);
    }
    std::stable_sort(items.begin(), items.end(), [](const InboxItem& a, const InboxItem& b) {
        if (a.urgency() != b.urgency())
            return a.urgency() < b.urgency();
        return a.openedAt < b.openedAt;
    });
    return items;
}

Result<QVector<TimelineEntry>> WorkflowService::timeline(const QString& caseId) const
{
    CIVICDESK_TRY(authorize(m_ctx, Permission::ViewCases, {QStringLiteral("case"), caseId}));
    AuditFilter filter;
    filter.subjectType = QStringLiteral("case");
    filter.subjectId = caseId;
    filter.newestFirst = false;
    filter.limit = 2000;
    auto rows = AuditLog::query(m_ctx.db, filter);
    if (!rows)
        return rows.error();
    QVector<TimelineEntry> entries;
    for (const AuditEntry& e : rows.value()) {
        TimelineEntry t;
        t.at = e.at;
        t.staff = e.staffLogin;
        t.text = WorkflowRules::describe(e);
        entries.push_back(t);
    }
    return entries;
}

// ---------------------------------------------------------------------------------------------
// Steps

Result<WorkflowOutcome> WorkflowService::approveStep(const QString& stepId, const ApprovalDetails& details)
{
    CIVICDESK_TRY(authorize(m_ctx, Permission::DecideApprovalStep, {QStringLiteral("case_step"), stepId}));
    if (details.validFrom.isValid() && details.validUntil.isValid() &&
        details.validUntil < details.validFrom)
        return Error(ErrorKind::Invalid,
                     tr("The licence cannot end before it begins: check the dates of its "
                        "validity. Nothing was changed."));
    auto caseId = WorkflowRules::caseOfStep(m_ctx.db, stepId);
    if (!caseId)
        return caseId.error();
    auto calendar = calendarOf(m_ctx.db);
    if (!calendar)
        return calendar.error();
    CIVICDESK_TRY(checkBeforeWriting(m_ctx, *calendar.value(), caseId.value(), [&](const CaseWorkflow& w) {
        return WorkflowRules::canApprove(w, m_ctx.session, *w.step(stepId));
    }));
    WorkflowOutcome outcome;
    Status s = m_ctx.db.write([&](Transaction& tx) -> Status {
        outcome = {};
        CaseWriter writer(tx, m_ctx, *calendar.value());
        auto read = writer.lockAndRead(caseId.value());
        if (!read)
            return read.error();
        CaseWorkflow w = read.take();
        const CaseStep step = *w.step(stepId);
        CIVICDESK_TRY(WorkflowRules::canApprove(w, m_ctx.session, step));
        const StepActions what = WorkflowRules::stepConsequences(w, step);
        auto status = writer.startReview(w);
        if (!status)
            return status.error();
        CIVICDESK_TRY(writer.closeStep(w.record.id, step, StepState::Approved,
                                       QStringLiteral("approved"), details.note.trimmed()));
        CIVICDESK_TRY(AuditLog::append(
            tx, m_ctx, QStringLiteral("case.step_approved"), {QStringLiteral("case"), w.record.id},
            {{QStringLiteral("number"), w.record.number},
             {QStringLiteral("step"), step.id},
             {QStringLiteral("stage"), step.stagePosition},
             {QStringLiteral("step_name"), step.name()},
             {QStringLiteral("note"), details.note.trimmed()}}));
        outcome.status = status.value();
        outcome.message = tr("%1 of case %2 is approved.").arg(step.name(), w.record.number);

        // Re-read the steps: the stage is complete when every one of its steps is approved.
        auto steps = CaseRepository(tx.db()).steps(w.record.id);
        if (!steps)
            return steps.error();
        w.steps = steps.take();
        const bool stageDone = std::all_of(w.steps.begin(), w.steps.end(), [&](const CaseStep& x) {
            return x.stagePosition != step.stagePosition || x.state == StepState::Approved;
        });
        if (!stageDone) {
            int waiting = 0;
            for (const CaseStep& x : w.steps)
                waiting += x.stagePosition == step.stagePosition && x.state != StepState::Approved;
            outcome.message += QLatin1Char(' ') +
                               tr("The stage waits for %n more department(s).", nullptr, waiting);
            CIVICDESK_TRY(writer.touch(w.record.id));
            return {};
        }
        const int next = WorkflowRules::nextStage(w, step.stagePosition);
        if (what.decidesCase) {
            auto decided = decideApproval(writer, m_ctx, w, details);
            if (!decided)
                return decided.error();
            outcome.documents << decided.value();
            outcome.status = S::Approved;
            outcome.message += QLatin1Char(' ') +
                               tr("The case is approved and decision %1 was issued.")
                                   .arg(decided->number);
        }
        if (what.makesCertificate) {
            CIVICDESK_TRY(recordCertificate(writer, m_ctx, w, details));
            outcome.status = S::CertificateIssued;
            outcome.message += QLatin1Char(' ') +
                               tr("The certificate is made and waits to be handed over.");
        }
        if (next > 0) {
            CIVICDESK_TRY(writer.openStage(w, next));
            if (!what.decidesCase && !what.makesCertificate) {
                const CaseStep* first = nullptr;
                for (const CaseStep& x : w.steps) {
                    if (x.stagePosition == next && !first)
                        first = &x;
                }
                outcome.message += QLatin1Char(' ') +
                                   tr("Stage %1 (%2) is open now.").arg(next).arg(first->stageName());
            }
        }
        return writer.touch(w.record.id);
    });
    if (!s)
        return s.error();
    return outcome;
}

Result<WorkflowOutcome> WorkflowService::returnStep(const QString& stepId, int toStagePosition,
                                                    const QString& reason)
{
    CIVICDESK_TRY(authorize(m_ctx, Permission::DecideApprovalStep, {QStringLiteral("case_step"), stepId}));
    const QString why = reason.trimmed();
    if (why.isEmpty())
        return Error(ErrorKind::Invalid,
                     tr("Say why the case goes back: the earlier stage needs to know what to look "
                        "at again. Nothing was changed."));
    auto caseId = WorkflowRules::caseOfStep(m_ctx.db, stepId);
    if (!caseId)
        return caseId.error();
    auto calendar = calendarOf(m_ctx.db);
    if (!calendar)
        return calendar.error();
    CIVICDESK_TRY(checkBeforeWriting(m_ctx, *calendar.value(), caseId.value(), [&](const CaseWorkflow& w) {
        return WorkflowRules::canReturn(w, m_ctx.session, *w.step(stepId), toStagePosition);
    }));
    WorkflowOutcome outcome;
    Status s = m_ctx.db.write([&](Transaction& tx) -> Status {
        outcome = {};
        CaseWriter writer(tx, m_ctx, *calendar.value());
        auto read = writer.lockAndRead(caseId.value());
        if (!read)
            return read.error();
        const CaseWorkflow w = read.take();
        const CaseStep step = *w.step(stepId);
        CIVICDESK_TRY(WorkflowRules::canReturn(w, m_ctx.session, step, toStagePosition));
        auto status = writer.startReview(w);
        if (!status)
            return status.error();
        CIVICDESK_TRY(writer.closeStep(w.record.id, step, StepState::Returned,
                                       QStringLiteral("returned"), why));
        const QString resetWhy = tr("sent back to stage %1 by %2").arg(toStagePosition).arg(step.name());
        for (const CaseStep& x : w.steps) {
            if (x.id == step.id || x.stagePosition <= toStagePosition ||
                x.stagePosition > step.stagePosition)
                continue;
            if (x.state == StepState::Open || x.state == StepState::Approved)
                CIVICDESK_TRY(writer.resetStep(w.record.id, x, resetWhy));
        }
        CIVICDESK_TRY(writer.openStage(w, toStagePosition));
        QString stageName;
        for (const CaseStep& x : w.steps) {
            if (x.stagePosition == toStagePosition)
                stageName = x.stageName();
        }
        CIVICDESK_TRY(AuditLog::append(
            tx, m_ctx, QStringLiteral("case.step_returned"), {QStringLiteral("case"), w.record.id},
            {{QStringLiteral("number"), w.record.number},
             {QStringLiteral("step"), step.id},
             {QStringLiteral("stage"), step.stagePosition},
             {QStringLiteral("step_name"), step.name()},
             {QStringLiteral("to_stage"), toStagePosition},
             {QStringLiteral("reason"), why}}));
        outcome.status = status.value();
        outcome.message = tr("Case %1 went back to stage %2 (%3), whose steps are open again.")
                              .arg(w.record.number)
                              .arg(toStagePosition)
                              .arg(stageName);
        return writer.touch(w.record.id);
    });
    if (!s)
        return s.error();
    return outcome;
}

Result<WorkflowOutcome> WorkflowService::denyStep(const QString& stepId, const Denial& denial)
{
    CIVICDESK_TRY(authorize(m_ctx, Permission::DecideApprovalStep, {QStringLiteral("case_step"), stepId}));
    const QStringList reasons = cleanLines(denial.reasons);
    if (reasons.isEmpty())
        return Error(ErrorKind::Invalid,
                     tr("A denial needs its reasons in writing (art. 38 of the Administrative "
                        "Licensing Law): write at least one. Nothing was changed."));
    auto caseId = WorkflowRules::caseOfStep(m_ctx.db, stepId);
    if (!caseId)
        return caseId.error();
    auto calendar = calendarOf(m_ctx.db);
    if (!calendar)
        return calendar.error();
    QString basis = denial.basis.trimmed();
    {
        auto w = checkBeforeWriting(m_ctx, *calendar.value(), caseId.value(), [&](const CaseWorkflow& c) {
            return WorkflowRules::canDeny(c, m_ctx.session, *c.step(stepId));
        });
        if (!w)
            return w.error();
        if (basis.isEmpty()) {
            auto matter = CatalogRepository(m_ctx.db).matter(w->record.matterId);
            if (matter)
                basis = matter->legalBasis.trimmed();
        }
    }
    if (basis.isEmpty())
        return Error(ErrorKind::Invalid,
                     tr("Name the law the denial rests on: the matter has no legal basis in the "
                        "catalog to take it from. Nothing was changed."));
    WorkflowOutcome outcome;
    Status s = m_ctx.db.write([&](Transaction& tx) -> Status {
        outcome = {};
        CaseWriter writer(tx, m_ctx, *calendar.value());
        auto read = writer.lockAndRead(caseId.value());
        if (!read)
            return read.error();
        CaseWorkflow w = read.take();
        const CaseStep step = *w.step(stepId);
        CIVICDESK_TRY(WorkflowRules::canDeny(w, m_ctx.session, step));
        auto status = writer.startReview(w);
        if (!status)
            return status.error();
        w.record.status = status.value();
        CIVICDESK_TRY(writer.closeStep(w.record.id, step, StepState::Denied, QStringLiteral("denied"),
                                       reasons.join(QLatin1Char('\n'))));
        auto doc = decideDenial(writer, m_ctx, w, step, reasons, basis);
        if (!doc)
            return doc.error();
        outcome.documents << doc.value();
        outcome.status = S::Denied;
        outcome.message = tr("Case %1 is denied; decision %2 states the reasons and the "
                             "applicant's right to reconsideration or a lawsuit.")
                              .arg(w.record.number, doc->number);
        return writer.touch(w.record.id);
    });
    if (!s)
        return s.error();
    return outcome;
}

// ---------------------------------------------------------------------------------------------
// Suspensions and extensions

Result<WorkflowOutcome> WorkflowService::suspend(const QString& caseId, const SuspensionRequest& request)
{
    CIVICDESK_TRY(authorize(m_ctx, Permission::SuspendOrExtend, {QStringLiteral("case"), caseId}));
    const QString reason = request.reason.trimmed();
    if (reason.isEmpty())
        return Error(ErrorKind::Invalid,
                     tr("Say why the case is suspended: the notice to the applicant states it. "
                        "Nothing was changed."));
    if (request.expectedDays < 1 || request.expectedDays > kMaxSuspensionDays)
        return Error(ErrorKind::Invalid,
                     tr("Give the expected length in working days, from 1 to %1. Nothing was "
                        "changed.")
                         .arg(kMaxSuspensionDays));
    auto calendar = calendarOf(m_ctx.db);
    if (!calendar)
        return calendar.error();
    CIVICDESK_TRY(checkBeforeWriting(m_ctx, *calendar.value(), caseId, [&](const CaseWorkflow& w) {
        return WorkflowRules::canSuspend(w, m_ctx.session);
    }));
    WorkflowOutcome outcome;
    Status s = m_ctx.db.write([&](Transaction& tx) -> Status {
        outcome = {};
        CaseWriter writer(tx, m_ctx, *calendar.value());
        auto read = writer.lockAndRead(caseId);
        if (!read)
            return read.error();
        const CaseWorkflow w = read.take();
        CIVICDESK_TRY(WorkflowRules::canSuspend(w, m_ctx.session));
        CIVICDESK_TRY(writer.startReview(w).status());
        const QDate today = writer.today();
        const QDate until = WorkflowRules::expectedLastDay(writer.calendar(), today, request.expectedDays);
        const QString id = newId();
        CIVICDESK_TRY(tx.exec(QStringLiteral("INSERT INTO case_suspensions (id, case_id, kind, "
                                             "reason, started_on, expected_days, started_by) "
                                             "VALUES (?, ?, ?, ?, ?, ?, ?)"),
                              {id, caseId, WorkflowNames::key(request.kind), reason, toDbDate(today),
                               request.expectedDays, bind::orNull(m_ctx.session.staffId())})
                          .status());
        CIVICDESK_TRY(writer.apply(caseId, CaseAction::Suspend,
                                   {{QStringLiteral("suspension"), id},
                                    {QStringLiteral("kind"), WorkflowNames::key(request.kind)},
                                    {QStringLiteral("expected_days"), request.expectedDays},
                                    {QStringLiteral("reason"), reason}}));
        // The due date the applicant is told: as it will be if the procedure takes as long as
        // expected.
        QVector<DateRange> ranges = WorkflowRules::closedRanges(w);
        ranges.push_back({today, until});
        const CaseDeadlines after = WorkflowRules::deadlines(writer.calendar(), w.record, ranges);
        const auto f = CaseDocumentFields::load(tx.db(), m_ctx.session, w);
        QJsonObject fields = f.base();
        fields.insert(QStringLiteral("suspension"),
                      QJsonObject{{QStringLiteral("reason"), reason},
                                  {QStringLiteral("procedure"),
                                   WorkflowNames::procedureText(request.kind, f.language())},
                                  {QStringLiteral("from"), toDbDate(today)},
                                  {QStringLiteral("until"), toDbDate(until)},
                                  {QStringLiteral("new_due_date"), toDbDate(after.statutoryDue)}});
        auto doc = writer.issue(DocumentKind::SuspensionNotice, caseId, fields, f.language());
        if (!doc)
            return doc.error();
        outcome.documents << doc.value();
        outcome.status = S::Suspended;
        outcome.message = tr("Case %1 is suspended for %2; its clock stands still. Give the "
                             "applicant notice %3.")
                              .arg(w.record.number, WorkflowNames::name(request.kind), doc->number);
        return {};
    });
    if (!s)
        return s.error();
    return outcome;
}

Result<WorkflowOutcome> WorkflowService::resume(const QString& caseId)
{
    CIVICDESK_TRY(authorize(m_ctx, Permission::SuspendOrExtend, {QStringLiteral("case"), caseId}));
    auto calendar = calendarOf(m_ctx.db);
    if (!calendar)
        return calendar.error();
    CIVICDESK_TRY(checkBeforeWriting(m_ctx, *calendar.value(), caseId, [&](const CaseWorkflow& w) {
        return WorkflowRules::canResume(w, m_ctx.session);
    }));
    WorkflowOutcome outcome;
    Status s = m_ctx.db.write([&](Transaction& tx) -> Status {
        outcome = {};
        CaseWriter writer(tx, m_ctx, *calendar.value());
        auto read = writer.lockAndRead(caseId);
        if (!read)
            return read.error();
        CaseWorkflow w = read.take();
        CIVICDESK_TRY(WorkflowRules::canResume(w, m_ctx.session));
        const CaseSuspension open = *w.openSuspension();
        // The clock stood still from the first day up to yesterday: today counts again.
        const QDate lastDay = writer.today().addDays(-1);
        CIVICDESK_TRY(tx.exec(QStringLiteral("UPDATE case_suspensions SET ended_on = ?, ended_by = ? "
                                             "WHERE id = ?"),
                              {toDbDate(lastDay), bind::orNull(m_ctx.session.staffId()), open.id})
                          .status());
        for (CaseSuspension& x : w.suspensions) {
            if (x.id == open.id)
                x.endedOn = lastDay;
        }
        const int stood = lastDay < open.startedOn
                              ? 0
                              : writer.calendar()
                                        .workingDaysBetween(open.startedOn.addDays(-1), lastDay)
                                        .days;
        CIVICDESK_TRY(recomputeDeadlines(writer, w));
        CIVICDESK_TRY(writer.apply(caseId, CaseAction::Resume,
                                   {{QStringLiteral("suspension"), open.id},
                                    {QStringLiteral("working_days_suspended"), stood}}));
        auto after = CaseRepository(tx.db()).byId(caseId);
        if (!after)
            return after.error();
        outcome.status = S::InReview;
        outcome.message = tr("Case %1 is back in review after %n working day(s) of suspension; it "
                             "is now due on %2 (statutory limit %3).",
                             nullptr, stood)
                              .arg(w.record.number,
                                   QLocale().toString(after->promisedDue, QLocale::ShortFormat),
                                   QLocale().toString(after->statutoryDue, QLocale::ShortFormat));
        return {};
    });
    if (!s)
        return s.error();
    return outcome;
}

Result<WorkflowOutcome> WorkflowService::requestExtension(const QString& caseId,
                                                          const ExtensionRequest& request)
{
    CIVICDESK_TRY(authorize(m_ctx, Permission::SuspendOrExtend, {QStringLiteral("case"), caseId}));
    const QString reason = request.reason.trimmed();
    if (reason.isEmpty())
        return Error(ErrorKind::Invalid,
                     tr("Say why the case needs more time: the applicant is told the reason "
                        "(art. 42). Nothing was changed."));
    auto calendar = calendarOf(m_ctx.db);
    if (!calendar)
        return calendar.error();
    int days = request.days;
    {
        auto w = checkBeforeWriting(m_ctx, *calendar.value(), caseId, [&](const CaseWorkflow& c) {
            return WorkflowRules::canRequestExtension(c, m_ctx.session, m_ctx.clock.today());
        });
        if (!w)
            return w.error();
        if (days == 0)
            days = w->maxExtensionDays;
        if (days < 1 || days > w->maxExtensionDays)
            return Error(ErrorKind::Invalid,
                         tr("The law allows an extension of at most %1 working days for this "
                            "matter (art. 42). Nothing was changed.")
                             .arg(w->maxExtensionDays));
    }
    WorkflowOutcome outcome;
    Status s = m_ctx.db.write([&](Transaction& tx) -> Status {
        outcome = {};
        CaseWriter writer(tx, m_ctx, *calendar.value());
        auto read = writer.lockAndRead(caseId);
        if (!read)
            return read.error();
        const CaseWorkflow w = read.take();
        CIVICDESK_TRY(WorkflowRules::canRequestExtension(w, m_ctx.session, writer.today()));
        auto status = writer.startReview(w);
        if (!status)
            return status.error();
        const QString id = newId();
        CIVICDESK_TRY(tx.exec(QStringLiteral("INSERT INTO case_extensions (id, case_id, days, "
                                             "reason, state, requested_by, requested_at) VALUES "
                                             "(?, ?, ?, ?, 'requested', ?, ?)"),
                              {id, caseId, days, reason, bind::orNull(m_ctx.session.staffId()),
                               toDbTimestamp(writer.now())})
                          .status());
        CIVICDESK_TRY(AuditLog::append(tx, m_ctx, QStringLiteral("case.extension_requested"),
                                       {QStringLiteral("case"), caseId},
                                       {{QStringLiteral("number"), w.record.number},
                                        {QStringLiteral("extension"), id},
                                        {QStringLiteral("days"), days},
                                        {QStringLiteral("reason"), reason}}));
        outcome.status = status.value();
        outcome.message = tr("An extension of case %1 by %n working day(s) waits for a "
                             "supervisor's approval.",
                             nullptr, days)
                              .arg(w.record.number);
        return writer.touch(caseId);
    });
    if (!s)
        return s.error();
    return outcome;
}

Result<WorkflowOutcome> WorkflowService::decideExtension(const QString& extensionId, bool approve,
                                                         const QString& note)
{
    CIVICDESK_TRY(authorize(m_ctx, Permission::ApproveExtension, {QStringLiteral("case_extension"), extensionId}));
    const QString why = note.trimmed();
    if (!approve && why.isEmpty())
        return Error(ErrorKind::Invalid,
                     tr("Say why the extension is rejected: the department that asked for it "
                        "needs to know. Nothing was changed."));
    auto caseId = m_ctx.db.scalar(QStringLiteral("SELECT case_id FROM case_extensions WHERE id = ?"),
                                  {extensionId});
    if (!caseId)
        return caseId.error();
    if (caseId.value().isNull())
        return Error(ErrorKind::NotFound, tr("There is no such extension request."));
    const QString id = caseId.value().toString();
    auto calendar = calendarOf(m_ctx.db);
    if (!calendar)
        return calendar.error();
    WorkflowOutcome outcome;
    Status s = m_ctx.db.write([&](Transaction& tx) -> Status {
        outcome = {};
        CaseWriter writer(tx, m_ctx, *calendar.value());
        auto read = writer.lockAndRead(id);
        if (!read)
            return read.error();
        CaseWorkflow w = read.take();
        CIVICDESK_TRY(WorkflowRules::canDecideExtension(w, m_ctx.session, extensionId, approve,
                                                        writer.today()));
        const CaseExtension* pending = w.pendingExtension();
        const int days = pending->days;
        const QString reason = pending->reason;
        CIVICDESK_TRY(tx.exec(QStringLiteral("UPDATE case_extensions SET state = ?, decided_by = ?, "
                                             "decided_at = ?, decision_note = ? WHERE id = ? AND "
                                             "state = 'requested'"),
                              {approve ? QStringLiteral("approved") : QStringLiteral("rejected"),
                               bind::orNull(m_ctx.session.staffId()), toDbTimestamp(writer.now()),
                               bind::text(why), extensionId})
                          .status());
        outcome.status = w.record.status;
        if (!approve) {
            CIVICDESK_TRY(AuditLog::append(tx, m_ctx, QStringLiteral("case.extension_rejected"),
                                           {QStringLiteral("case"), id},
                                           {{QStringLiteral("number"), w.record.number},
                                            {QStringLiteral("extension"), extensionId},
                                            {QStringLiteral("note"), why}}));
            outcome.message = tr("The extension of case %1 was rejected; its limits stand.")
                                  .arg(w.record.number);
            return writer.touch(id);
        }
        const QDate dueBefore = w.record.statutoryDue;
        w.record.extensionDays += days;
        CIVICDESK_TRY(tx.exec(QStringLiteral("UPDATE cases SET extension_days = ? WHERE id = ?"),
                              {w.record.extensionDays, id})
                          .status());
        CIVICDESK_TRY(recomputeDeadlines(writer, w));
        auto after = CaseRepository(tx.db()).byId(id);
        if (!after)
            return after.error();
        CIVICDESK_TRY(AuditLog::append(tx, m_ctx, QStringLiteral("case.extension_approved"),
                                       {QStringLiteral("case"), id},
                                       {{QStringLiteral("number"), w.record.number},
                                        {QStringLiteral("extension"), extensionId},
                                        {QStringLiteral("days"), days},
                                        {QStringLiteral("statutory_due"), toDbDate(after->statutoryDue)}}));
        const auto f = CaseDocumentFields::load(tx.db(), m_ctx.session, w);
        QJsonObject fields = f.base();
        fields.insert(QStringLiteral("case"), f.caseWith(QStringLiteral("due_date"), toDbDate(dueBefore)));
        const QString approver = m_ctx.session.displayName().isEmpty() ? m_ctx.session.login()
                                                                       : m_ctx.session.displayName();
        fields.insert(QStringLiteral("extension"),
                      QJsonObject{{QStringLiteral("reason"), reason},
                                  {QStringLiteral("days"), days},
                                  {QStringLiteral("approved_by"), approver},
                                  {QStringLiteral("new_due_date"), toDbDate(after->statutoryDue)}});
        auto doc = writer.issue(DocumentKind::ExtensionNotice, id, fields, f.language());
        if (!doc)
            return doc.error();
        outcome.documents << doc.value();
        outcome.message = tr("Case %1 has %n more working day(s): it is now due on %2 (statutory "
                             "limit %3). Give the applicant notice %4.",
                             nullptr, days)
                              .arg(w.record.number,
                                   QLocale().toString(after->promisedDue, QLocale::ShortFormat),
                                   QLocale().toString(after->statutoryDue, QLocale::ShortFormat),
                                   doc->number);
        return writer.touch(id);
    });
    if (!s)
        return s.error();
    return outcome;
}

// ---------------------------------------------------------------------------------------------
// Handover and withdrawal

Result<WorkflowOutcome> WorkflowService::handOver(const QString& caseId, const Handover& handover)
{
    CIVICDESK_TRY(authorize(m_ctx, Permission::HandOverResult, {QStringLiteral("case"), caseId}));
    // What the clerk typed is checked first, with a sentence per problem.
    Handover h = handover;
    h.recipientName = h.recipientName.trimmed();
    h.carrier = h.carrier.trimmed();
    h.trackingNumber = h.trackingNumber.trimmed().toUpper();
    QString maskedId;
    if (h.recipientName.isEmpty())
        return Error(ErrorKind::Invalid,
                     h.method == HandoverMethod::Mail
                         ? tr("Enter the name the result is addressed to. Nothing was recorded.")
                         : tr("Enter the name of the person who collects the result. Nothing was "
                              "recorded."));
    if (h.method == HandoverMethod::Counter) {
        if (!h.identityChecked)
            return Error(ErrorKind::Invalid,
                         tr("Check the identity document of the person collecting the result "
                            "and tick that you did. Nothing was recorded."));
        auto number = Validators::document(h.recipientDocumentType, h.recipientDocumentNumber,
                                           m_ctx.clock.today());
        if (!number)
            return Error(ErrorKind::Invalid,
                         tr("The identity document number of the person collecting the result "
                            "is not valid: %1 Nothing was recorded.")
                             .arg(number.message()));
        maskedId = privacy::maskIdNumber(number.value());
    } else if (h.method == HandoverMethod::Mail && (h.carrier.isEmpty() || h.trackingNumber.isEmpty())) {
        return Error(ErrorKind::Invalid,
                     tr("Enter the postal service and the tracking number of the consignment. "
                        "Nothing was recorded."));
    }
    auto calendar = calendarOf(m_ctx.db);
    if (!calendar)
        return calendar.error();
    WorkflowOutcome outcome;
    Status s = m_ctx.db.write([&](Transaction& tx) -> Status {
        outcome = {};
        CaseWriter writer(tx, m_ctx, *calendar.value());
        auto read = writer.lockAndRead(caseId);
        if (!read)
            return read.error();
        const CaseWorkflow w = read.take();
        CIVICDESK_TRY(WorkflowRules::canHandOver(w, m_ctx.session));
        for (const CaseStep& x : w.steps) {
            if (x.stageKind == StageKind::Handover && x.state == StepState::Open)
                CIVICDESK_TRY(writer.closeStep(caseId, x, StepState::Approved,
                                               QStringLiteral("approved"), QString()));
        }
        const QJsonObject record = CaseDocumentFields::handoverRecord(h, maskedId, writer.now(),
                                                                      m_ctx.session.login());
        CIVICDESK_TRY(tx.exec(QStringLiteral("UPDATE cases SET handover = ?, closed_at = ? WHERE id = ?"),
                              {QString::fromUtf8(QJsonDocument(record).toJson(QJsonDocument::Compact)),
                               toDbTimestamp(writer.now()), caseId})
                          .status());
        CIVICDESK_TRY(writer.apply(caseId, CaseAction::HandOver, record));

        const auto f = CaseDocumentFields::load(tx.db(), m_ctx.session, w);
        QJsonObject fields = f.base();
        fields.insert(QStringLiteral("recipient"),
                      QJsonObject{{QStringLiteral("name"), h.recipientName},
                                  {QStringLiteral("id_number"), maskedId},
                                  {QStringLiteral("relation"),
                                   WorkflowNames::key(h.method == HandoverMethod::Counter
                                                          ? h.relation
                                                          : RecipientRelation::Self)}});
        QJsonObject how{{QStringLiteral("method"), WorkflowNames::key(h.method)},
                        {QStringLiteral("at"), documentTime(writer.now())}};
        if (h.method == HandoverMethod::Mail) {
            how.insert(QStringLiteral("carrier"), h.carrier);
            how.insert(QStringLiteral("tracking_number"), h.trackingNumber);
        }
        fields.insert(QStringLiteral("handover"), how);
        auto results = handoverResults(tx.db(), w, f.language());
        if (!results)
            return results.error();
        fields.insert(QStringLiteral("results"), results.value());
        auto doc = writer.issue(DocumentKind::HandoverReceipt, caseId, fields, f.language());
        if (!doc)
            return doc.error();
        outcome.documents << doc.value();
        outcome.status = S::Closed;
        outcome.message = tr("Case %1 is closed: the result was %2. Print receipt %3 for "
                             "signing.")
                              .arg(w.record.number, WorkflowNames::name(h.method), doc->number);
        return {};
    });
    if (!s)
        return s.error();
    return outcome;
}

Result<WorkflowOutcome> WorkflowService::withdraw(const QString& caseId, const QString& reason)
{
    CIVICDESK_TRY(authorize(m_ctx, Permission::TakeInApplication, {QStringLiteral("case"), caseId}));
    const QString why = reason.trimmed();
    if (why.isEmpty())
        return Error(ErrorKind::Invalid,
                     tr("Note what the applicant wrote when withdrawing. Nothing was changed."));
    auto calendar = calendarOf(m_ctx.db);
    if (!calendar)
        return calendar.error();
    WorkflowOutcome outcome;
    Status s = m_ctx.db.write([&](Transaction& tx) -> Status {
        outcome = {};
        CaseWriter writer(tx, m_ctx, *calendar.value());
        auto read = writer.lockAndRead(caseId);
        if (!read)
            return read.error();
        const CaseWorkflow w = read.take();
        CIVICDESK_TRY(WorkflowRules::canWithdraw(w, m_ctx.session));
        if (const CaseSuspension* open = w.openSuspension()) {
            CIVICDESK_TRY(tx.exec(QStringLiteral("UPDATE case_suspensions SET ended_on = ?, "
                                                 "ended_by = ? WHERE id = ?"),
                                  {toDbDate(writer.today().addDays(-1)),
                                   bind::orNull(m_ctx.session.staffId()), open->id})
                              .status());
        }
        for (const CaseStep& x : w.steps) {
            if (x.state == StepState::Open)
                CIVICDESK_TRY(writer.resetStep(caseId, x, tr("the application was withdrawn")));
        }
        CIVICDESK_TRY(tx.exec(QStringLiteral("UPDATE cases SET closed_at = ? WHERE id = ?"),
                              {toDbTimestamp(writer.now()), caseId})
                          .status());
        CIVICDESK_TRY(writer.apply(caseId, CaseAction::Withdraw, {{QStringLiteral("reason"), why}}));
        outcome.status = S::Withdrawn;
        outcome.message = tr("Case %1 is withdrawn at the applicant's request.").arg(w.record.number);
        return {};
    });
    if (!s)
        return s.error();
    return outcome;
}

} // namespace civicdesk
