#pragma once

// The rules of the approval workflow, kept apart from the writes so that the screens and the
// service ask the same questions: may this person approve, return or deny this step, suspend,
// resume or extend this case, hand over its result? Each answer is a Status whose sentence
// says why not. Also reads a whole case for the workflow (WorkflowService::load uses it, and
// every action reads the case again inside its transaction).

#include "WorkflowTypes.h"

#include "Result.h"
#include "security/AuditLog.h"

#include <QCoreApplication>

namespace civicdesk {

class Database;
class Session;

class WorkflowRules {
    Q_DECLARE_TR_FUNCTIONS(WorkflowRules)
public:
    // full: also the materials, documents, rounds and department names a screen shows.
    static Result<CaseWorkflow> read(const Database& db, const QString& caseId,
                                     const WorkingCalendar& calendar, const QDate& today, bool full);
    static Result<QString> caseOfStep(const Database& db, const QString& stepId);
    // Fills the Status fields of w for this person on this day.
    static void computeActions(CaseWorkflow& w, const Session& session, const QDate& today);

    static Status canApprove(const CaseWorkflow& w, const Session& s, const CaseStep& step);
    static Status canReturn(const CaseWorkflow& w, const Session& s, const CaseStep& step,
                            int toStage);
    static Status canDeny(const CaseWorkflow& w, const Session& s, const CaseStep& step);
    static Status canSuspend(const CaseWorkflow& w, const Session& s);
    static Status canResume(const CaseWorkflow& w, const Session& s);
    static Status canRequestExtension(const CaseWorkflow& w, const Session& s, const QDate& today);
    static Status canDecideExtension(const CaseWorkflow& w, const Session& s,
                                     const QString& extensionId, bool approve, const QDate& today);
    static Status canHandOver(const CaseWorkflow& w, const Session& s);
    static Status canWithdraw(const CaseWorkflow& w, const Session& s);

    // What approving this step would do when it is the last open one of its stage.
    static StepActions stepConsequences(const CaseWorkflow& w, const CaseStep& step);
    // The stages a step may send the case back to (review, decision and other stages before it).
    static QVector<int> returnStages(const CaseWorkflow& w, const CaseStep& step);
    // The position of the stage after `stage`, 0 when it is the last.
    static int nextStage(const CaseWorkflow& w, int stage);

    // The last day of a suspension that lasts `days` working days from `start`.
    static QDate expectedLastDay(const WorkingCalendar& calendar, const QDate& start, int days);
    // The suspensions that have ended, as the days the clock stood still.
    static QVector<DateRange> closedRanges(const CaseWorkflow& w);
    static CaseDeadlines deadlines(const WorkingCalendar& calendar, const CaseRecord& c,
                                   const QVector<DateRange>& suspensions);

    // A line of the case's timeline for an audit row.
    static QString describe(const AuditEntry& entry);
};

} // namespace civicdesk
