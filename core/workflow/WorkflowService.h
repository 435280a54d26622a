#pragma once

// The approval workflow of an accepted case: approvers of the departments approve, return or
// deny their steps; stages open one after another and a parallel stage waits for all of its
// steps; the last deciding stage decides the case (art. 38), a denial anywhere denies it
// (decided in the name of the lead department, art. 26); the certificate stage is timed from
// the decision (art. 44); the result is handed over at the window or by post. Cases are
// suspended for hearings, testing, expert reviews … (art. 45) and extended once with a
// supervisor's approval (art. 42). Every action is checked here (permission, department,
// state), runs in one short transaction with its audit row, and issues the document the
// applicant is owed in that same transaction.

#include "WorkflowTypes.h"

#include "Context.h"
#include "Result.h"

#include <QCoreApplication>

namespace civicdesk {

class Database;

class WorkflowService {
    Q_DECLARE_TR_FUNCTIONS(WorkflowService)
public:
    static constexpr int kExtensionDays = 10;      // art. 42 (1)
    static constexpr int kJointExtensionDays = 15; // art. 42 (2): joint handling
    static constexpr int kCertificateDays = 10;    // art. 44
    static constexpr int kMaxSuspensionDays = 250; // a sanity bound for the expected length

    explicit WorkflowService(const Context& ctx) : m_ctx(ctx) {}

    // The case with its steps, rounds, suspensions, extensions, documents, limits and what the
    // signed-in person may do with it. Needs Permission::ViewCases.
    Result<CaseWorkflow> load(const QString& caseId) const;
    // The open steps of the signed-in approver's department (every department for a headless
    // session), most urgent first; handover steps belong to the window and are left out.
    Result<QVector<InboxItem>> inbox() const;
    // What happened to the case, oldest first, from its audit trail.
    Result<QVector<TimelineEntry>> timeline(const QString& caseId) const;

    // Steps. The first action on an accepted case takes it into review.
    Result<WorkflowOutcome> approveStep(const QString& stepId, const ApprovalDetails& details = {});
    Result<WorkflowOutcome> returnStep(const QString& stepId, int toStagePosition,
                                       const QString& reason);
    Result<WorkflowOutcome> denyStep(const QString& stepId, const Denial& denial);

    // Art. 45.
    Result<WorkflowOutcome> suspend(const QString& caseId, const SuspensionRequest& request);
    Result<WorkflowOutcome> resume(const QString& caseId);
    // Art. 42: requested by a department working on the case, decided by a supervisor.
    Result<WorkflowOutcome> requestExtension(const QString& caseId, const ExtensionRequest& request);
    Result<WorkflowOutcome> decideExtension(const QString& extensionId, bool approve,
                                            const QString& note);

    Result<WorkflowOutcome> handOver(const QString& caseId, const Handover& handover);
    // The applicant withdraws the application (in writing, at the window).
    Result<WorkflowOutcome> withdraw(const QString& caseId, const QString& reason);

private:
    Context m_ctx;
};

} // namespace civicdesk
