#include "CaseRepository.h"

#include "Clock.h"
#include "WorkflowTypes.h"
#include "security/Privacy.h"
#include "storage/Bind.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QHash>
#include <QJsonDocument>

namespace civicdesk {

namespace {

QVariant date(const QDate& d)
{
    return d.isValid() ? QVariant(toDbDate(d)) : QVariant();
}

QVariant timestamp(const QDateTime& t)
{
    return t.isValid() ? QVariant(toDbTimestamp(t)) : QVariant();
}

QVariant nullable(const QString& s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

QDate dateOf(const QVariant& v)
{
    return v.isNull() ? QDate() : fromDbDate(v.toString());
}

QDateTime timeOf(const QVariant& v)
{
    return v.isNull() ? QDateTime() : fromDbTimestamp(v.toString());
}

} // namespace

QString CaseRepository::columns()
{
    return QStringLiteral(
        "id, branch_code, number, matter_id, matter_code, matter_name_zh, matter_name_en, "
        "department_id, template_version, applicant_kind, applicant_id, applicant_name, "
        "applicant_document, applicant_phone_key, status, received_at, accepted_on, statutory_days, "
        "promised_days, extension_days, statutory_due, promised_due, due_estimated, correction_due, "
        "deficiency_due, refusal_reason, competent_authority, decision, decided_on, decision_reasons, "
        "certificate_due, certificate_on, closed_at, handover, intake_staff_id, window_id, ticket_id, "
        "created_at, updated_at");
}

CaseRecord CaseRepository::readCase(const QSqlQuery& q, int f)
{
    CaseRecord c;
    int i = f;
    c.id = q.value(i++).toString();
    c.branchCode = q.value(i++).toString();
    c.number = q.value(i++).toString();
    c.matterId = q.value(i++).toString();
    c.matterCode = q.value(i++).toString();
    c.matterNameZh = q.value(i++).toString();
    c.matterNameEn = q.value(i++).toString();
    c.departmentId = q.value(i++).toString();
    c.templateVersion = q.value(i++).toInt();
    c.applicantKind = q.value(i++).toString();
    c.applicantId = q.value(i++).toString();
    c.applicantName = q.value(i++).toString();
    c.applicantDocument = q.value(i++).toString();
    c.applicantPhoneKey = q.value(i++).toString();
    c.status = CaseStates::fromKey(q.value(i++).toString()).value_or(CaseStatus::Accepted);
    c.receivedAt = timeOf(q.value(i++));
    c.acceptedOn = dateOf(q.value(i++));
    c.statutoryDays = q.value(i++).toInt();
    c.promisedDays = q.value(i++).toInt();
    c.extensionDays = q.value(i++).toInt();
    c.statutoryDue = dateOf(q.value(i++));
    c.promisedDue = dateOf(q.value(i++));
    c.dueEstimated = q.value(i++).toInt() != 0;
    c.correctionDue = dateOf(q.value(i++));
    c.deficiencyDue = dateOf(q.value(i++));
    c.refusalReason = q.value(i++).toString();
    c.competentAuthority = q.value(i++).toString();
    c.decision = q.value(i++).toString();
    c.decidedOn = dateOf(q.value(i++));
    c.decisionReasons = q.value(i++).toString();
    c.certificateDue = dateOf(q.value(i++));
    c.certificateOn = dateOf(q.value(i++));
    c.closedAt = timeOf(q.value(i++));
    c.handover = QJsonDocument::fromJson(q.value(i++).toString().toUtf8()).object();
    c.intakeStaffId = q.value(i++).toString();
    c.windowId = q.value(i++).toString();
    c.ticketId = q.value(i++).toString();
    c.createdAt = timeOf(q.value(i++));
    c.updatedAt = timeOf(q.value(i++));
    return c;
}

Result<CaseRecord> CaseRepository::one(const QString& where, const QVariant& value) const
{
    auto q = m_db.exec(QStringLiteral("SELECT %1 FROM cases WHERE %2 = ?").arg(columns(), where), {value});
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error(ErrorKind::NotFound, tr("There is no such case."));
    return readCase(q.value());
}

Result<CaseRecord> CaseRepository::byId(const QString& id) const
{
    return one(QStringLiteral("id"), id);
}

Result<CaseRecord> CaseRepository::byNumber(const QString& number) const
{
    auto r = one(QStringLiteral("number"), number.trimmed().toUpper());
    if (!r && r.kind() == ErrorKind::NotFound)
        return Error(ErrorKind::NotFound, tr("There is no case %1.").arg(number.trimmed()));
    return r;
}

Status CaseRepository::publishDecision(Transaction& tx, const CaseRecord& c, const QString& content,
                                       const ApprovalDetails& d, const QDate& decidedOn,
                                       const QDateTime& publishedAt)
{
    auto branch = tx.db().branchCode();
    if (!branch)
        return branch.error();
    const QString holder = c.applicantKind == QLatin1String("person")
                               ? privacy::maskName(c.applicantName)
                               : c.applicantName;
    return tx.put(QStringLiteral("INSERT INTO published_decisions (case_id, branch_code, "
                                 "case_number, matter_code, matter_name_zh, matter_name_en, "
                                 "department_id, holder, content, certificate_name, "
                                 "certificate_number, valid_from, valid_until, decided_on, "
                                 "published_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                                 "?, ?)"),
                  {c.id, branch.value(), c.number, c.matterCode, c.matterNameZh, c.matterNameEn,
                   c.departmentId, holder, content, bind::text(d.certificateName.trimmed()),
                   bind::text(d.certificateNumber.trimmed()), bind::date(d.validFrom),
                   bind::date(d.validUntil), toDbDate(decidedOn), toDbTimestamp(publishedAt)});
}

Result<QVector<CaseRecord>> CaseRepository::byIds(const QStringList& ids) const
{
    QVector<CaseRecord> found;
    if (ids.isEmpty())
        return found;
    const QStringList marks(ids.size(), QStringLiteral("?"));
    auto q = m_db.exec(QStringLiteral("SELECT %1 FROM cases WHERE id IN (%2)")
                           .arg(columns(), marks.join(QStringLiteral(", "))),
                       QVariantList(ids.begin(), ids.end()));
    if (!q)
        return q.error();
    QHash<QString, CaseRecord> byId;
    while (q.value().next()) {
        CaseRecord c = readCase(q.value());
        byId.insert(c.id, std::move(c));
    }
    q.value().finish();
    found.reserve(byId.size());
    for (const QString& id : ids) {
        auto it = byId.find(id);
        if (it != byId.end())
            found << std::move(it.value());
    }
    return found;
}

Result<QVector<CaseMaterial>> CaseRepository::materials(const QString& caseId) const
{
    auto q = m_db.exec(QStringLiteral("SELECT id, position, material_id, name_zh, name_en, form, "
                                      "copies, may_follow, state, note, supplied_at FROM "
                                      "case_materials WHERE case_id = ? ORDER BY position"),
                       {caseId});
    if (!q)
        return q.error();
    QVector<CaseMaterial> list;
    while (q.value().next()) {
        const QSqlQuery& r = q.value();
        CaseMaterial m;
        m.id = r.value(0).toString();
        m.position = r.value(1).toInt();
        m.materialId = r.value(2).toString();
        m.nameZh = r.value(3).toString();
        m.nameEn = r.value(4).toString();
        m.form = CatalogNames::materialFormFromKey(r.value(5).toString()).value_or(MaterialForm::Original);
        m.copies = r.value(6).toInt();
        m.mayFollowLater = r.value(7).toInt() != 0;
        m.state = CaseNames::materialStateFromKey(r.value(8).toString()).value_or(MaterialState::Received);
        m.note = r.value(9).toString();
        m.suppliedAt = timeOf(r.value(10));
        list.push_back(m);
    }
    return list;
}

Result<QVector<CaseStep>> CaseRepository::steps(const QString& caseId) const
{
    auto q = m_db.exec(QStringLiteral("SELECT id, stage_position, stage_kind, stage_name_zh, "
                                      "stage_name_en, step_position, step_name_zh, step_name_en, "
                                      "department_id, is_lead, time_limit_days, state, opened_at, "
                                      "due_on, decided_at, decided_by, reason FROM case_steps "
                                      "WHERE case_id = ? ORDER BY stage_position, step_position"),
                       {caseId});
    if (!q)
        return q.error();
    QVector<CaseStep> list;
    while (q.value().next()) {
        const QSqlQuery& r = q.value();
        CaseStep s;
        s.id = r.value(0).toString();
        s.stagePosition = r.value(1).toInt();
        s.stageKind = CatalogNames::stageKindFromKey(r.value(2).toString()).value_or(StageKind::Other);
        s.stageNameZh = r.value(3).toString();
        s.stageNameEn = r.value(4).toString();
        s.stepPosition = r.value(5).toInt();
        s.stepNameZh = r.value(6).toString();
        s.stepNameEn = r.value(7).toString();
        s.departmentId = r.value(8).toString();
        s.isLead = r.value(9).toInt() != 0;
        if (!r.value(10).isNull())
            s.timeLimitDays = r.value(10).toInt();
        s.state = CaseNames::stepStateFromKey(r.value(11).toString()).value_or(StepState::Pending);
        s.openedAt = timeOf(r.value(12));
        s.dueOn = dateOf(r.value(13));
        s.decidedAt = timeOf(r.value(14));
        s.decidedBy = r.value(15).toString();
        s.reason = r.value(16).toString();
        list.push_back(s);
    }
    return list;
}

Result<QVector<DateRange>> CaseRepository::suspensions(const QString& caseId, const QDate& today) const
{
    auto q = m_db.exec(QStringLiteral("SELECT started_on, ended_on FROM case_suspensions WHERE "
                                      "case_id = ? ORDER BY started_on"),
                       {caseId});
    if (!q)
        return q.error();
    QVector<DateRange> ranges;
    while (q.value().next()) {
        const QDate first = fromDbDate(q.value().value(0).toString());
        const QDate last = q.value().value(1).isNull() ? today : fromDbDate(q.value().value(1).toString());
        ranges.push_back({first, last});
    }
    return ranges;
}

Status CaseRepository::insert(Transaction& tx, const CaseRecord& c)
{
    return tx.put(
        QStringLiteral("INSERT INTO cases (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                       "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
            .arg(columns()),
        {c.id,
         c.branchCode,
         c.number,
         c.matterId,
         c.matterCode,
         c.matterNameZh,
         c.matterNameEn,
         c.departmentId,
         c.templateVersion,
         c.applicantKind,
         c.applicantId,
         c.applicantName,
         c.applicantDocument,
         QString(c.applicantPhoneKey.isNull() ? QLatin1String("") : c.applicantPhoneKey),
         CaseStates::key(c.status),
         timestamp(c.receivedAt),
         date(c.acceptedOn),
         c.statutoryDays,
         c.promisedDays,
         c.extensionDays,
         date(c.statutoryDue),
         date(c.promisedDue),
         int(c.dueEstimated),
         date(c.correctionDue),
         date(c.deficiencyDue),
         QString(c.refusalReason.isNull() ? QLatin1String("") : c.refusalReason),
         QString(c.competentAuthority.isNull() ? QLatin1String("") : c.competentAuthority),
         nullable(c.decision),
         date(c.decidedOn),
         QString(c.decisionReasons.isNull() ? QLatin1String("") : c.decisionReasons),
         date(c.certificateDue),
         date(c.certificateOn),
         timestamp(c.closedAt),
         c.handover.isEmpty()
             ? QString(QLatin1String(""))
             : QString::fromUtf8(QJsonDocument(c.handover).toJson(QJsonDocument::Compact)),
         nullable(c.intakeStaffId),
         nullable(c.windowId),
         nullable(c.ticketId),
         timestamp(c.createdAt),
         timestamp(c.updatedAt)});
}

Status CaseRepository::insertMaterials(Transaction& tx, const QString& caseId,
                                       const QVector<CaseMaterial>& materials)
{
    for (const CaseMaterial& m : materials) {
        CIVICDESK_TRY(
            tx.put(QStringLiteral("INSERT INTO case_materials (id, case_id, position, "
                                  "material_id, name_zh, name_en, form, copies, "
                                  "may_follow, state, note, supplied_at) VALUES (?, ?, "
                                  "?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                   {m.id.isEmpty() ? newId() : m.id, caseId, m.position, nullable(m.materialId),
                    m.nameZh, m.nameEn, CatalogNames::key(m.form), m.copies, int(m.mayFollowLater),
                    CaseNames::key(m.state), QString(m.note.isNull() ? QLatin1String("") : m.note),
                    timestamp(m.suppliedAt)}));
    }
    return {};
}

Status CaseRepository::insertSteps(Transaction& tx, const QString& caseId, const QVector<CaseStep>& steps)
{
    for (const CaseStep& s : steps) {
        CIVICDESK_TRY(tx.put(
            QStringLiteral("INSERT INTO case_steps (id, case_id, stage_position, "
                           "stage_kind, stage_name_zh, stage_name_en, "
                           "step_position, step_name_zh, step_name_en, "
                           "department_id, is_lead, time_limit_days, state, "
                           "opened_at, due_on, decided_at, decided_by, reason) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                           "?, ?, ?)"),
            {s.id.isEmpty() ? newId() : s.id, caseId, s.stagePosition,
             CatalogNames::key(s.stageKind), s.stageNameZh, s.stageNameEn, s.stepPosition,
             QString(s.stepNameZh.isNull() ? QLatin1String("") : s.stepNameZh),
             QString(s.stepNameEn.isNull() ? QLatin1String("") : s.stepNameEn), s.departmentId,
             int(s.isLead), s.timeLimitDays ? QVariant(*s.timeLimitDays) : QVariant(),
             CaseNames::key(s.state), timestamp(s.openedAt), date(s.dueOn), timestamp(s.decidedAt),
             nullable(s.decidedBy), QString(s.reason.isNull() ? QLatin1String("") : s.reason)}));
    }
    return {};
}

QVector<CaseStep> CaseRepository::stepsFromTemplate(const WorkflowTemplate& workflow,
                                                    const QString& leadDepartmentId,
                                                    const QString& acceptedBy, const QDateTime& now,
                                                    const WorkingCalendar& calendar)
{
    QVector<CaseStep> steps;
    bool opened = false;
    for (int stageIndex = 0; stageIndex < workflow.stages.size(); ++stageIndex) {
        const WorkflowStage& stage = workflow.stages.at(stageIndex);
        const bool done = stage.kind == StageKind::Acceptance && !opened;
        const bool open = !done && !opened;
        const QString lead = stage.leadDepartmentId.isEmpty() ? leadDepartmentId : stage.leadDepartmentId;
        for (int stepIndex = 0; stepIndex < stage.steps.size(); ++stepIndex) {
            const WorkflowStep& t = stage.steps.at(stepIndex);
            CaseStep s;
            s.id = newId();
            s.stagePosition = stageIndex + 1;
            s.stageKind = stage.kind;
            s.stageNameZh = stage.nameZh;
            s.stageNameEn = stage.nameEn;
            s.stepPosition = stepIndex + 1;
            s.stepNameZh = t.nameZh;
            s.stepNameEn = t.nameEn;
            s.departmentId = t.departmentId;
            s.isLead = stage.steps.size() == 1 || t.departmentId == lead;
            s.timeLimitDays = t.timeLimitDays;
            if (done) {
                s.state = StepState::Approved;
                s.openedAt = now;
                s.decidedAt = now;
                s.decidedBy = acceptedBy;
            } else if (open) {
                s.state = StepState::Open;
                s.openedAt = now;
                if (t.timeLimitDays)
                    s.dueOn = calendar.addWorkingDays(now.date(), *t.timeLimitDays).date;
            }
            steps.push_back(s);
        }
        opened = opened || open;
    }
    return steps;
}

} // namespace civicdesk
