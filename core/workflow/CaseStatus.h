#pragma once

// The states of a case and the one table of what may move a case from one state to another.
// Every change of state goes through CaseStateMachine::apply (or ::create for a new case), so
// that an illegal step is refused in one place, before anything is written.

#include "Context.h"
#include "Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace civicdesk {

class Transaction;

enum class CaseStatus {
    AwaitingCorrection, // 一次性告知: the applicant must bring what is missing
    Accepted,           // 受理: the clock runs; waiting for the first department
    InReview,           // 审查: a department has started on it
    Suspended,          // art. 45: the clock stands still
    Approved,           // decided: granted
    Denied,             // decided: not granted (art. 38)
    CertificateIssued,  // the certificate or result is ready at the window
    Closed,             // handed over: the case is done
    Withdrawn,          // the applicant withdrew
    Refused,            // 不予受理 at intake
};

enum class CaseAction {
    Accept,               // intake: all materials present
    AcceptWithDeficiency, // intake: 容缺受理
    NoticeCorrection,     // intake: 一次性告知
    RefuseAtIntake,       // intake: 不予受理
    CompleteCorrection,   // the applicant brought what was missing
    DeemAccepted,         // art. 32: no notice within 5 working days counts as accepted
    Withdraw,
    StartReview,
    Suspend,
    Resume,
    Approve,
    Deny,
    IssueCertificate,
    HandOver,
};

class CaseStates {
    Q_DECLARE_TR_FUNCTIONS(CaseStates)
public:
    static QString key(CaseStatus status);    // "accepted" … as stored
    static std::optional<CaseStatus> fromKey(const QString& key);
    static QString name(CaseStatus status);   // translated
    static QString key(CaseAction action);    // "accepted_with_deficiency" … audit action suffix
    static QString name(CaseAction action);   // translated verb phrase: "accepted", "suspended"
    static QList<CaseStatus> all();
    // The case's time limit is running (accepted and not decided, withdrawn or suspended).
    static bool clockRuns(CaseStatus status);
    // Nothing more will happen to the case.
    static bool isFinal(CaseStatus status);
};

class CaseStateMachine {
    Q_DECLARE_TR_FUNCTIONS(CaseStateMachine)
public:
    // The state an action leads to from a state; nothing when it is not allowed. `from` empty:
    // the case does not exist yet (intake).
    static std::optional<CaseStatus> target(std::optional<CaseStatus> from, CaseAction action);

    // The state a new case starts in after an intake decision, or an error sentence.
    static Result<CaseStatus> initial(CaseAction action);

    // Moves an existing case: checks the current state (locked for the transaction), writes the
    // new state and the audit row "case.<action>". An illegal move is refused with a sentence
    // and writes nothing. Returns the state before.
    static Result<CaseStatus> apply(Transaction& tx, const Context& ctx, const QString& caseId,
                                    CaseAction action, const QJsonObject& details = {});
};

} // namespace civicdesk
