#pragma once

// The history generator's bulk path for the approval workflow of an accepted case: the rows
// WorkflowService::approveStep, denyStep and handOver write (step rounds, the case's and its
// steps' columns, the published decision, the documents with their numbers, the audit rows in
// the chain), written from what the generator already knows instead of re-reading the case
// before and inside every action. What is the same for every case (department and window
// names, the remedies, the matters' legal bases) is read once for the run. Each action is
// assumed allowed: the generator only takes the actions the services would accept (an approver
// of the step's department, a clerk at the window, a valid identity document); a test holds
// the rows to the services' (tests/scale/HistoryTests.cpp).
//
// The case's and its steps' own rows are brought up to date by finish(), once per case,
// instead of after every action.

#include "Context.h"
#include "Result.h"
#include "workflow/CaseRecord.h"
#include "workflow/WorkflowTypes.h"

#include <QHash>
#include <QSet>

namespace civicdesk {

class Database;
class Transaction;
class WorkingCalendar;

class BulkCaseWriter {
public:
    // An accepted case being worked, as the bulk path knows it.
    struct Case {
        CaseWorkflow w;
        QString decisionDocument; // the approval's or denial's number, for the handover receipt
        QSet<int> changedSteps;   // indexes into w.steps
        bool changed = false;
    };

    BulkCaseWriter(Database& db, const WorkingCalendar& calendar);

    // The case as intake stored it, with its steps (IntakeResult::record and ::steps).
    static Case start(const CaseRecord& record, const QVector<CaseStep>& steps);
    // The index of the step the departments decide next (the first open one), or -1.
    static int nextOpenStep(const Case& c);

    // As WorkflowService::approveStep (no details), denyStep (no basis given: the matter's
    // legal basis) and handOver at the counter (HandoverMethod::Counter, the only way the
    // generator hands over), by ctx.session at ctx.clock.now().
    Status approve(Transaction& tx, const Context& ctx, Case& c, int step);
    Status deny(Transaction& tx, const Context& ctx, Case& c, int step, const QStringList& reasons);
    Status handOver(Transaction& tx, const Context& ctx, Case& c, const Handover& handover);

    // Writes the case's and its changed steps' columns as the actions left them.
    Status finish(Transaction& tx, Case& c) const;

private:
    Status transition(Transaction& tx, const Context& ctx, Case& c, CaseAction action,
                      const QJsonObject& details) const;
    Status startReview(Transaction& tx, const Context& ctx, Case& c) const;
    Status closeRound(Transaction& tx, const Context& ctx, Case& c, int step, StepState state,
                      const QString& outcome, const QString& reason) const;
    void openStage(const Context& ctx, Case& c, int stagePosition) const;
    Result<IssuedDocument> issue(const Context& ctx, const QString& caseId, DocumentKind kind,
                                 QJsonObject fields);
    Result<IssuedDocument> issueDecision(const Context& ctx, Case& c, DocumentKind kind,
                                         const QJsonObject& decision, bool withRemedy);
    Result<QString> departmentName(const CaseWorkflow& w);
    QString windowName(const Session& session, const CaseRecord& c);

    Database& m_db;
    const WorkingCalendar& m_calendar;
    QString m_language;
    QHash<QString, QString> m_departments; // id -> name in m_language
    QHash<QString, QString> m_windows;     // id -> name
    QHash<QString, QString> m_legalBasis;  // matter id -> legal basis
    QJsonObject m_remedy;
    QJsonObject m_center;
};

} // namespace civicdesk
