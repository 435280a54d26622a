#include "WorkflowRules.h"

#include "CaseRepository.h"
#include "SupervisionService.h"
#include "WorkflowService.h"

#include "Clock.h"
#include "catalog/CatalogRepository.h"
#include "documents/DocumentRegister.h"
#include "security/Session.h"
#include "storage/Database.h"

#include <QJsonArray>
#include <QLocale>
#include <QSet>

#include <algorithm>

namespace civicdesk {

namespace {

using S = CaseStatus;

QDate dateOf(const QVariant& v)
{
    return v.isNull() ? QDate() : fromDbDate(v.toString());
}

QDateTime timeOf(const QVariant& v)
{
    return v.isNull() ? QDateTime() : fromDbTimestamp(v.toString());
}

QString shortDate(const QDate& d)
{
    return QLocale().toString(d, QLocale::ShortFormat);
}

bool undecided(CaseStatus s)
{
    return s == S::Accepted || s == S::InReview;
}

// Departments may act on a case while one of their steps is open on it.
bool worksOn(const CaseWorkflow& w, const Session& s)
{
    if (s.isSystem())
        return true;
    return std::any_of(w.steps.begin(), w.steps.end(), [&](const CaseStep& x) {
        return x.state == StepState::Open && x.stageKind != StageKind::Handover &&
               x.departmentId == s.departmentId();
    });
}

Status needs(const Session& s, Permission p)
{
    if (s.can(p))
        return {};
    return Error(ErrorKind::Denied,
                 WorkflowRules::tr("You may not %1.").arg(Permissions::permissionName(p)),
                 QStringLiteral("missing permission ") + Permissions::permissionKey(p));
}

Status notWorkingOn(const CaseWorkflow& w)
{
    return Error(ErrorKind::Denied,
                 WorkflowRules::tr("Case %1 has no open step of your department: only the "
                                   "departments working on it may do this.")
                     .arg(w.record.number),
                 QStringLiteral("no open step of the department"));
}

Status stateRefusal(const CaseWorkflow& w, const QString& what)
{
    return Error(ErrorKind::Conflict, WorkflowRules::tr("Case %1 is %2 and cannot be %3.")
                                          .arg(w.record.number, CaseStates::name(w.record.status), what));
}

Status suspendedRefusal(const CaseWorkflow& w)
{
    const CaseSuspension* open = w.openSuspension();
    return Error(ErrorKind::Conflict,
                 WorkflowRules::tr("Case %1 is suspended for %2 since %3: resume it before "
                                   "deciding its steps.")
                     .arg(w.record.number,
                          open ? WorkflowNames::name(open->kind) : CaseStates::name(S::Suspended),
                          open ? shortDate(open->startedOn) : QString()));
}

LimitState limitState(const WorkingCalendar& cal, const QDate& today, const QDate& due, int days,
                      bool running, const LightThresholds& t)
{
    LimitState l;
    l.due = due;
    l.limitDays = days;
    if (due.isValid()) {
        l.daysLeft = CaseClock::workingDaysLeft(cal, today, due);
        if (running)
            l.light = CaseClock::light(cal, today, due, days, t);
    }
    return l;
}

} // namespace

Result<QString> WorkflowRules::caseOfStep(const Database& db, const QString& stepId)
{
    auto id = db.scalar(QStringLiteral("SELECT case_id FROM case_steps WHERE id = ?"), {stepId});
    if (!id)
        return id.error();
    if (id.value().isNull())
        return Error(ErrorKind::NotFound, tr("There is no such approval step."));
    return id.value().toString();
}

Result<CaseWorkflow> WorkflowRules::read(const Database& db, const QString& caseId,
                                         const WorkingCalendar& cal, const QDate& today, bool full)
{
    CaseRepository repo(db);
    auto record = repo.byId(caseId);
    if (!record)
        return record.error();
    CaseWorkflow w;
    w.record = record.take();
    auto steps = repo.steps(caseId);
    if (!steps)
        return steps.error();
    w.steps = steps.take();

    {
        auto q = db.exec(QStringLiteral(
                             "SELECT s.id, s.kind, s.reason, s.started_on, s.expected_days, "
                             "s.ended_on, a.display_name, b.display_name FROM case_suspensions s "
                             "LEFT JOIN staff a ON a.id = s.started_by LEFT JOIN staff b ON b.id "
                             "= s.ended_by WHERE s.case_id = ? ORDER BY s.started_on, s.id"),
                         {caseId});
        if (!q)
            return q.error();
        while (q.value().next()) {
            const QSqlQuery& r = q.value();
            CaseSuspension s;
            s.id = r.value(0).toString();
            s.kind = WorkflowNames::suspensionKindFromKey(r.value(1).toString())
                         .value_or(SuspensionKind::ExpertReview);
            s.reason = r.value(2).toString();
            s.startedOn = dateOf(r.value(3));
            s.expectedDays = r.value(4).toInt();
            s.expectedEnd = expectedLastDay(cal, s.startedOn, s.expectedDays);
            s.endedOn = dateOf(r.value(5));
            s.startedBy = r.value(6).toString();
            s.endedBy = r.value(7).toString();
            w.suspensions.push_back(s);
        }
    }
    {
        auto q = db.exec(QStringLiteral(
                             "SELECT e.id, e.days, e.reason, e.state, a.display_name, "
                             "e.requested_at, b.display_name, e.decided_at, e.decision_note FROM "
                             "case_extensions e LEFT JOIN staff a ON a.id = e.requested_by LEFT "
                             "JOIN staff b ON b.id = e.decided_by WHERE e.case_id = ? ORDER BY "
                             "e.requested_at, e.id"),
                         {caseId});
        if (!q)
            return q.error();
        while (q.value().next()) {
            const QSqlQuery& r = q.value();
            CaseExtension e;
            e.id = r.value(0).toString();
            e.days = r.value(1).toInt();
            e.reason = r.value(2).toString();
            e.state = WorkflowNames::extensionStateFromKey(r.value(3).toString())
                          .value_or(ExtensionState::Requested);
            e.requestedBy = r.value(4).toString();
            e.requestedAt = timeOf(r.value(5));
            e.decidedBy = r.value(6).toString();
            e.decidedAt = timeOf(r.value(7));
            e.decisionNote = r.value(8).toString();
            w.extensions.push_back(e);
        }
    }

    auto joint = db.scalar(QStringLiteral("SELECT joint_handling FROM matters WHERE id = ?"),
                           {w.record.matterId});
    if (!joint)
        return joint.error();
    QHash<int, QSet<QString>> stageDepartments;
    for (const CaseStep& s : w.steps)
        stageDepartments[s.stagePosition].insert(s.departmentId);
    w.jointHandling = joint.value().toInt() != 0 ||
                      std::any_of(stageDepartments.begin(), stageDepartments.end(),
                                  [](const QSet<QString>& d) { return d.size() > 1; });
    w.maxExtensionDays = w.jointHandling ? WorkflowService::kJointExtensionDays
                                         : WorkflowService::kExtensionDays;

    auto thresholds = SupervisionService::thresholds(db);
    if (!thresholds)
        return thresholds.error();
    const CaseRecord& c = w.record;
    const bool running = CaseStates::clockRuns(c.status);
    w.promised = limitState(cal, today, c.promisedDue, c.promisedDays + c.extensionDays, running,
                            thresholds.value());
    w.statutory = limitState(cal, today, c.statutoryDue, c.statutoryDays + c.extensionDays,
                             running, thresholds.value());
    w.certificate = limitState(cal, today, c.certificateDue, WorkflowService::kCertificateDays,
                               c.status == S::Approved, thresholds.value());
    // Only the limits still running can be wrong in a way that matters.
    QVector<int> missing;
    for (const LimitState* l : {&w.promised, &w.statutory, &w.certificate}) {
        if (l->light != Light::None && !cal.covers(l->due.year()) && !missing.contains(l->due.year()))
            missing << l->due.year();
    }
    w.estimateWarning = WorkingCalendar::missingYearsWarning(missing);

    if (!full)
        return w;

    auto materials = repo.materials(caseId);
    if (!materials)
        return materials.error();
    w.materials = materials.take();
    auto documents = DocumentRegister::forSubject(db, {QStringLiteral("case"), caseId});
    if (!documents)
        return documents.error();
    w.documents = documents.take();
    auto departments = CatalogRepository(db).departmentsById();
    if (!departments)
        return departments.error();
    for (auto it = departments->cbegin(); it != departments->cend(); ++it)
        w.departmentNames.insert(it.key(), it.value().name());

    // Every round of every step: the closed ones from the history, then those still open. A
    // step decided without a history row (the acceptance, decided at intake) is one round.
    QVector<DateRange> stood;
    for (const CaseSuspension& s : w.suspensions)
        stood.push_back({s.startedOn, s.isOpen() ? today : s.endedOn});
    auto workingDays = [&](const QDateTime& from, const QDateTime& to) {
        return std::max(0, cal.workingDaysBetween(from.date(), to.date(), stood).days);
    };
    QSet<QString> recorded; // step id + closing time
    {
        auto q = db.exec(QStringLiteral(
                             "SELECT h.step_id, h.opened_at, h.due_on, h.closed_at, h.outcome, "
                             "a.display_name, h.reason FROM case_step_history h LEFT JOIN staff a "
                             "ON a.id = h.staff_id WHERE h.case_id = ? ORDER BY h.closed_at, h.id"),
                         {caseId});
        if (!q)
            return q.error();
        while (q.value().next()) {
            const QSqlQuery& r = q.value();
            StepRound round;
            round.stepId = r.value(0).toString();
            round.openedAt = timeOf(r.value(1));
            round.dueOn = dateOf(r.value(2));
            round.closedAt = timeOf(r.value(3));
            round.outcome = r.value(4).toString();
            round.staffName = r.value(5).toString();
            round.reason = r.value(6).toString();
            round.workingDays = workingDays(round.openedAt, round.closedAt);
            round.overdue = round.dueOn.isValid() && round.closedAt.date() > round.dueOn;
            recorded.insert(round.stepId + r.value(3).toString());
            w.rounds.push_back(round);
        }
    }
    QHash<QString, QString> staffNames;
    for (const CaseStep& s : w.steps) {
        if (s.state == StepState::Open) {
            StepRound round;
            round.stepId = s.id;
            round.openedAt = s.openedAt;
            round.dueOn = s.dueOn;
            round.workingDays = s.openedAt.isValid() ? workingDays(s.openedAt, today.startOfDay()) : 0;
            round.overdue = s.dueOn.isValid() && today > s.dueOn;
            w.rounds.push_back(round);
        } else if (s.decidedAt.isValid() && !recorded.contains(s.id + toDbTimestamp(s.decidedAt))) {
            StepRound round;
            round.stepId = s.id;
            round.openedAt = s.openedAt.isValid() ? s.openedAt : s.decidedAt;
            round.dueOn = s.dueOn;
            round.closedAt = s.decidedAt;
            round.outcome = CaseNames::key(s.state);
            if (!s.decidedBy.isEmpty()) {
                if (!staffNames.contains(s.decidedBy)) {
                    auto name = db.scalar(QStringLiteral("SELECT display_name FROM staff WHERE id = ?"),
                                          {s.decidedBy});
                    staffNames.insert(s.decidedBy, name ? name.value().toString() : QString());
                }
                round.staffName = staffNames.value(s.decidedBy);
            }
            round.reason = s.reason;
            round.workingDays = workingDays(round.openedAt, round.closedAt);
            w.rounds.push_back(round);
        }
    }
    return w;
}

void WorkflowRules::computeActions(CaseWorkflow& w, const Session& s, const QDate& today)
{
    w.stepActions.clear();
    for (const CaseStep& step : w.steps) {
        if (step.state != StepState::Open || step.stageKind == StageKind::Handover)
            continue;
        StepActions a = stepConsequences(w, step);
        a.approve = canApprove(w, s, step);
        a.returnStages = returnStages(w, step);
        a.ret = canReturn(w, s, step, a.returnStages.isEmpty() ? 0 : a.returnStages.last());
        a.deny = canDeny(w, s, step);
        w.stepActions.insert(step.id, a);
    }
    w.suspend = canSuspend(w, s);
    w.resume = canResume(w, s);
    w.requestExtension = canRequestExtension(w, s, today);
    const CaseExtension* pending = w.pendingExtension();
    w.decideExtension = pending ? canDecideExtension(w, s, pending->id, false, today)
                                : Status(Error(ErrorKind::Conflict,
                                               tr("No extension is waiting for a decision.")));
    w.handOver = canHandOver(w, s);
    w.withdraw = canWithdraw(w, s);
}

Status WorkflowRules::canApprove(const CaseWorkflow& w, const Session& s, const CaseStep& step)
{
    CIVICDESK_TRY(needs(s, Permission::DecideApprovalStep));
    if (!s.isSystem() && s.departmentId() != step.departmentId)
        return Error(ErrorKind::Denied,
                     tr("%1 of case %2 belongs to another department: only its own approvers "
                        "decide it.")
                         .arg(step.name(), w.record.number),
                     QStringLiteral("step of another department"));
    if (step.stageKind == StageKind::Handover)
        return Error(ErrorKind::Invalid,
                     tr("The handover is recorded at the window when the applicant collects the "
                        "result."));
    if (step.state != StepState::Open)
        return Error(ErrorKind::Conflict,
                     tr("%1 of case %2 is %3, not waiting for a decision. Nothing was changed; "
                        "look at the case again.")
                         .arg(step.name(), w.record.number, CaseNames::name(step.state)));
    if (w.record.status == S::Suspended)
        return suspendedRefusal(w);
    if (w.record.status == S::Approved && step.stageKind == StageKind::Certificate)
        return {};
    if (!undecided(w.record.status))
        return stateRefusal(w, tr("approved", "case … cannot be approved"));
    return {};
}

QVector<int> WorkflowRules::returnStages(const CaseWorkflow& w, const CaseStep& step)
{
    QVector<int> stages;
    for (const CaseStep& x : w.steps) {
        if (x.stagePosition >= step.stagePosition || stages.contains(x.stagePosition))
            continue;
        if (x.stageKind == StageKind::Review || x.stageKind == StageKind::Decision ||
            x.stageKind == StageKind::Other)
            stages << x.stagePosition;
    }
    return stages;
}

Status WorkflowRules::canReturn(const CaseWorkflow& w, const Session& s, const CaseStep& step,
                                int toStage)
{
    CIVICDESK_TRY(canApprove(w, s, step));
    if (!undecided(w.record.status))
        return Error(ErrorKind::Conflict,
                     tr("Case %1 is already decided: its certificate cannot send it back.")
                         .arg(w.record.number));
    const QVector<int> stages = returnStages(w, step);
    if (stages.isEmpty())
        return Error(ErrorKind::Invalid,
                     tr("%1 is the first review stage of case %2: there is no earlier stage to "
                        "send it back to.")
                         .arg(step.stageName(), w.record.number));
    if (!stages.contains(toStage))
        return Error(ErrorKind::Invalid,
                     tr("Case %1 can only go back to an earlier review or decision stage.")
                         .arg(w.record.number));
    return {};
}

Status WorkflowRules::canDeny(const CaseWorkflow& w, const Session& s, const CaseStep& step)
{
    CIVICDESK_TRY(canApprove(w, s, step));
    if (!undecided(w.record.status))
        return Error(ErrorKind::Conflict,
                     tr("Case %1 was approved on %2: making its certificate cannot deny it.")
                         .arg(w.record.number, shortDate(w.record.decidedOn)));
    return {};
}

Status WorkflowRules::canSuspend(const CaseWorkflow& w, const Session& s)
{
    CIVICDESK_TRY(needs(s, Permission::SuspendOrExtend));
    if (!undecided(w.record.status))
        return stateRefusal(w, CaseStates::name(CaseAction::Suspend));
    if (!worksOn(w, s))
        return notWorkingOn(w);
    return {};
}

Status WorkflowRules::canResume(const CaseWorkflow& w, const Session& s)
{
    CIVICDESK_TRY(needs(s, Permission::SuspendOrExtend));
    if (w.record.status != S::Suspended || !w.openSuspension())
        return stateRefusal(w, CaseStates::name(CaseAction::Resume));
    if (!worksOn(w, s))
        return notWorkingOn(w);
    return {};
}

Status WorkflowRules::canRequestExtension(const CaseWorkflow& w, const Session& s, const QDate& today)
{
    CIVICDESK_TRY(needs(s, Permission::SuspendOrExtend));
    if (!undecided(w.record.status) && w.record.status != S::Suspended)
        return stateRefusal(w, tr("extended", "case … cannot be extended"));
    if (!worksOn(w, s))
        return notWorkingOn(w);
    for (const CaseExtension& e : w.extensions) {
        if (e.state == ExtensionState::Requested)
            return Error(ErrorKind::Conflict,
                         tr("An extension of case %1 already waits for a supervisor.")
                             .arg(w.record.number));
        if (e.state == ExtensionState::Approved)
            return Error(ErrorKind::Conflict,
                         tr("Case %1 was already extended by %n working day(s); the law allows "
                            "one extension (art. 42).",
                            nullptr, e.days)
                             .arg(w.record.number));
    }
    if (w.record.statutoryDue.isValid() && today > w.record.statutoryDue)
        return Error(ErrorKind::Conflict,
                     tr("The statutory limit of case %1 ran out on %2: an extension must be "
                        "decided before it does.")
                         .arg(w.record.number, shortDate(w.record.statutoryDue)));
    return {};
}

Status WorkflowRules::canDecideExtension(const CaseWorkflow& w, const Session& s,
                                         const QString& extensionId, bool approve,
                                         const QDate& today)
{
    CIVICDESK_TRY(needs(s, Permission::ApproveExtension));
    const CaseExtension* pending = w.pendingExtension();
    if (!pending || pending->id != extensionId)
        return Error(ErrorKind::Conflict,
                     tr("This extension request of case %1 was already decided. Nothing was "
                        "changed.")
                         .arg(w.record.number));
    if (!undecided(w.record.status) && w.record.status != S::Suspended)
        return stateRefusal(w, tr("extended", "case … cannot be extended"));
    if (approve && w.record.statutoryDue.isValid() && today > w.record.statutoryDue)
        return Error(ErrorKind::Conflict,
                     tr("The statutory limit of case %1 ran out on %2: it can no longer be "
                        "extended. Reject the request and see that the case is decided at "
                        "once.")
                         .arg(w.record.number, shortDate(w.record.statutoryDue)));
    return {};
}

Status WorkflowRules::canHandOver(const CaseWorkflow& w, const Session& s)
{
    CIVICDESK_TRY(needs(s, Permission::HandOverResult));
    const CaseStatus st = w.record.status;
    if (st != S::Approved && st != S::CertificateIssued && st != S::Denied)
        return stateRefusal(w, CaseStates::name(CaseAction::HandOver));
    if (st == S::Approved && w.hasStage(StageKind::Certificate))
        return Error(ErrorKind::Conflict,
                     tr("The certificate of case %1 is not made yet (due %2): it can be handed "
                        "over once it is.")
                         .arg(w.record.number, shortDate(w.record.certificateDue)));
    return {};
}

Status WorkflowRules::canWithdraw(const CaseWorkflow& w, const Session& s)
{
    CIVICDESK_TRY(needs(s, Permission::TakeInApplication));
    if (!CaseStateMachine::target(w.record.status, CaseAction::Withdraw))
        return stateRefusal(w, CaseStates::name(CaseAction::Withdraw));
    return {};
}

int WorkflowRules::nextStage(const CaseWorkflow& w, int stage)
{
    int next = 0;
    for (const CaseStep& x : w.steps) {
        if (x.stagePosition > stage && (next == 0 || x.stagePosition < next))
            next = x.stagePosition;
    }
    return next;
}

StepActions WorkflowRules::stepConsequences(const CaseWorkflow& w, const CaseStep& step)
{
    StepActions a;
    const bool lastOpen = std::none_of(w.steps.begin(), w.steps.end(), [&](const CaseStep& x) {
        return x.id != step.id && x.stagePosition == step.stagePosition &&
               x.state != StepState::Approved;
    });
    if (!lastOpen)
        return a;
    // The case is decided when its last stage before the certificate and the handover is done.
    const int next = nextStage(w, step.stagePosition);
    StageKind nextKind = StageKind::Handover;
    for (const CaseStep& x : w.steps) {
        if (x.stagePosition == next)
            nextKind = x.stageKind;
    }
    a.decidesCase = undecided(w.record.status) &&
                    (next == 0 || nextKind == StageKind::Certificate || nextKind == StageKind::Handover);
    a.makesCertificate = step.stageKind == StageKind::Certificate;
    return a;
}

QDate WorkflowRules::expectedLastDay(const WorkingCalendar& calendar, const QDate& start, int days)
{
    if (!start.isValid())
        return {};
    const QDate first = calendar.workingDayOnOrAfter(start).date;
    return calendar.addWorkingDays(first, std::max(0, days - 1)).date;
}

QVector<DateRange> WorkflowRules::closedRanges(const CaseWorkflow& w)
{
    QVector<DateRange> ranges;
    for (const CaseSuspension& s : w.suspensions) {
        if (!s.isOpen())
            ranges.push_back({s.startedOn, s.endedOn});
    }
    return ranges;
}

CaseDeadlines WorkflowRules::deadlines(const WorkingCalendar& calendar, const CaseRecord& c,
                                       const QVector<DateRange>& suspensions)
{
    CaseLimits limits;
    limits.acceptedOn = c.acceptedOn;
    limits.promisedDays = c.promisedDays;
    limits.statutoryDays = c.statutoryDays;
    limits.extensionDays = c.extensionDays;
    limits.suspensions = suspensions;
    return CaseClock::deadlines(calendar, limits);
}

QString WorkflowRules::describe(const AuditEntry& e)
{
    const QJsonObject& d = e.details;
    auto text = [&d](const char* key) { return d.value(QLatin1String(key)).toString(); };
    const QString action = e.action;
    if (action == QLatin1String("case.step_approved")) {
        const QString note = text("note");
        return note.isEmpty() ? tr("%1 approved.").arg(text("step_name"))
                              : tr("%1 approved: %2").arg(text("step_name"), note);
    }
    if (action == QLatin1String("case.step_returned"))
        return tr("%1 sent the case back to stage %2: %3")
            .arg(text("step_name"))
            .arg(d.value(QLatin1String("to_stage")).toInt())
            .arg(text("reason"));
    if (action == QLatin1String("case.extension_requested"))
        return tr("An extension by %n working day(s) was requested: %1", nullptr,
                  d.value(QLatin1String("days")).toInt())
            .arg(text("reason"));
    if (action == QLatin1String("case.extension_approved"))
        return tr("The extension was approved; the statutory limit is now %1.")
            .arg(QLocale().toString(fromDbDate(text("statutory_due")), QLocale::ShortFormat));
    if (action == QLatin1String("case.extension_rejected"))
        return tr("The extension was rejected: %1").arg(text("note"));
    if (action == QLatin1String("document.issued")) {
        const auto kind = DocumentKinds::fromKey(text("kind"));
        return tr("Issued the %1 %2.")
            .arg(kind ? DocumentKinds::name(*kind) : text("kind"), text("document"));
    }
    if (action == QLatin1String("document.printed"))
        return tr("Document %1 was printed.").arg(text("document"));
    if (action == QLatin1String("document.reprinted"))
        return tr("Document %1 was printed again (a duplicate).").arg(text("document"));
    if (action == QLatin1String("document.print_failed"))
        return tr("Printing document %1 failed: %2").arg(text("document"), text("problem"));
    if (action == QLatin1String("permission.denied"))
        return tr("An action was refused.");
    if (action.startsWith(QLatin1String("case."))) {
        const QString key = action.mid(5);
        for (CaseAction a :
             {CaseAction::Accept, CaseAction::AcceptWithDeficiency, CaseAction::NoticeCorrection,
              CaseAction::RefuseAtIntake, CaseAction::CompleteCorrection, CaseAction::DeemAccepted,
              CaseAction::Withdraw, CaseAction::StartReview, CaseAction::Suspend,
              CaseAction::Resume, CaseAction::Approve, CaseAction::Deny,
              CaseAction::IssueCertificate, CaseAction::HandOver}) {
            if (CaseStates::key(a) != key)
                continue;
            QString line = tr("The case was %1.").arg(CaseStates::name(a));
            if (a == CaseAction::Suspend) {
                const auto kind = WorkflowNames::suspensionKindFromKey(text("kind"));
                line = tr("The case was suspended for %1 (expected %n working day(s)): %2",
                          nullptr, d.value(QLatin1String("expected_days")).toInt())
                           .arg(kind ? WorkflowNames::name(*kind) : text("kind"), text("reason"));
            } else if (a == CaseAction::Resume) {
                line = tr("The case was resumed after %n working day(s) of suspension.", nullptr,
                          d.value(QLatin1String("working_days_suspended")).toInt());
            } else if (a == CaseAction::Deny || a == CaseAction::Withdraw) {
                const QString reasons = text("reasons").isEmpty() ? text("reason") : text("reasons");
                if (!reasons.isEmpty())
                    line = tr("The case was %1: %2").arg(CaseStates::name(a), reasons);
            } else if (a == CaseAction::HandOver) {
                const auto method = WorkflowNames::handoverMethodFromKey(text("method"));
                if (method)
                    line = tr("The result was %1 (%2).")
                               .arg(WorkflowNames::name(*method), text("recipient"));
            }
            return line;
        }
    }
    return action;
}

} // namespace civicdesk
