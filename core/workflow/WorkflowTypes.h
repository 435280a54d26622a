#pragma once

// The values of the approval workflow: what an approver decides on a step, a suspension
// (art. 45), an extension (art. 42), the handover of the result, and a case as the workflow
// screens read it, with the actions the person at the screen may take on it.

#include "CaseClock.h"
#include "CaseRecord.h"
#include "documents/DocumentRegister.h"
#include "intake/Applicant.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace civicdesk {

// Art. 45: the procedures whose time does not count towards the limit.
enum class SuspensionKind {
    Hearing,      // 听证
    Testing,      // 检验、检测
    Inspection,   // 检疫、鉴定
    ExpertReview, // 专家评审
    Tender,       // 招标、拍卖
};

enum class ExtensionState { Requested, Approved, Rejected };

enum class HandoverMethod {
    Counter,            // collected at the window
    Mail,               // sent by post (EMS …)
    ElectronicDelivery, // into the applicant's electronic licence account
};

// Who collects the result at the window.
enum class RecipientRelation { Self, Agent, LegalRepresentative };

class WorkflowNames {
    Q_DECLARE_TR_FUNCTIONS(WorkflowNames)
public:
    static QList<SuspensionKind> suspensionKinds();
    static QString key(SuspensionKind kind); // as stored: "expert_review"
    static std::optional<SuspensionKind> suspensionKindFromKey(const QString& key);
    static QString name(SuspensionKind kind); // translated, for screens
    // The procedure as a printed notice names it, in the document's language (data, not a
    // translation of the screen's language): "专家评审" / "an expert review".
    static QString procedureText(SuspensionKind kind, const QString& language);

    static QString key(ExtensionState state);
    static std::optional<ExtensionState> extensionStateFromKey(const QString& key);
    static QString name(ExtensionState state);

    static QList<HandoverMethod> handoverMethods();
    static QString key(HandoverMethod method); // the document label key: "counter", "mail" …
    static std::optional<HandoverMethod> handoverMethodFromKey(const QString& key);
    static QString name(HandoverMethod method);

    static QList<RecipientRelation> relations();
    static QString key(RecipientRelation relation); // "self", "agent", "legal_representative"
    static QString name(RecipientRelation relation);
};

// A case's suspension as stored. `endedOn` is the last day the clock stood still: the day
// before it was resumed.
struct CaseSuspension {
    QString id;
    SuspensionKind kind = SuspensionKind::ExpertReview;
    QString reason;
    QDate startedOn;
    int expectedDays = 0; // working days
    QDate expectedEnd;    // the last day if it lasts as expected
    QDate endedOn;        // invalid while it runs
    QString startedBy;    // staff names
    QString endedBy;
    bool isOpen() const { return !endedOn.isValid(); }
};

struct CaseExtension {
    QString id;
    int days = 0;
    QString reason;
    ExtensionState state = ExtensionState::Requested;
    QString requestedBy; // staff names
    QDateTime requestedAt;
    QString decidedBy;
    QDateTime decidedAt;
    QString decisionNote;
};

// One closed round of a step (case_step_history) or the round still open.
struct StepRound {
    QString stepId;
    QDateTime openedAt;
    QDate dueOn;
    QDateTime closedAt; // invalid: still open
    QString outcome;    // approved | returned | denied | reset; empty while open
    QString staffName;
    QString reason;
    int workingDays = 0; // working days it took (or has taken so far), suspensions not counted
    bool overdue = false; // closed (or still open) after its due date
};

// What an approver fills in when approving the step that decides the case (art. 38), and
// what the certificate stage adds. Empty fields take the matter's values.
struct ApprovalDetails {
    QString note;              // the approver's remark, kept with the step
    QString content;           // 许可内容; empty: the matter's name
    QString certificateName;   // 证件名称; empty when the decision itself is the result
    QString certificateNumber; // 证件编号, often only known at the certificate stage
    QDate validFrom;
    QDate validUntil;
};

// Art. 38: a denial states its reasons in writing.
struct Denial {
    QStringList reasons; // at least one, each a sentence
    QString basis;       // the law it rests on; empty: the matter's legal basis
};

struct SuspensionRequest {
    SuspensionKind kind = SuspensionKind::ExpertReview;
    QString reason;
    int expectedDays = 0; // working days, 1 to kMaxSuspensionDays
};

struct ExtensionRequest {
    QString reason;
    int days = 0; // 0: the most the law allows for the matter (10, or 15 for joint handling)
};

struct Handover {
    HandoverMethod method = HandoverMethod::Counter;
    QString recipientName;
    RecipientRelation relation = RecipientRelation::Self;
    DocumentType recipientDocumentType = DocumentType::ResidentId;
    QString recipientDocumentNumber; // checked, then stored only masked
    bool identityChecked = false;    // the clerk compared the document with the person
    QString carrier;                 // mail
    QString trackingNumber;          // mail
};

// A light and the working days left for one limit.
struct LimitState {
    QDate due;
    int limitDays = 0;
    int daysLeft = 0; // negative when overdue
    Light light = Light::None;
};

// What the person at the screen may do with a case now; every action is checked again when it
// is taken. Each refusal carries the sentence to show beside the disabled action.
struct StepActions {
    Status approve;
    Status ret; // return to an earlier stage
    Status deny;
    bool decidesCase = false;      // approving it completes the last deciding stage
    bool makesCertificate = false; // approving it completes the certificate stage
    QVector<int> returnStages;     // stage positions it may be sent back to
};

struct CaseWorkflow {
    CaseRecord record;
    QVector<CaseStep> steps;
    QVector<CaseSuspension> suspensions;
    QVector<CaseExtension> extensions;
    QVector<StepRound> rounds; // closed rounds, oldest first, then the open ones
    QVector<CaseMaterial> materials;
    QVector<IssuedDocument> documents;
    QHash<QString, QString> departmentNames; // id → name in the current language
    LimitState promised;
    LimitState statutory;
    LimitState certificate; // art. 44: from the decision to the certificate
    QString estimateWarning; // the calendar lacks a year a due date falls in
    bool jointHandling = false;
    int maxExtensionDays = 10; // art. 42: 10 working days, 15 for joint handling

    QHash<QString, StepActions> stepActions; // by step id, for the open steps
    Status suspend;
    Status resume;
    Status requestExtension;
    Status decideExtension; // on the pending request
    Status handOver;
    Status withdraw;

    const CaseStep* step(const QString& id) const;
    const CaseExtension* pendingExtension() const;
    const CaseSuspension* openSuspension() const;
    bool hasStage(StageKind kind) const;
    // The stage whose steps are open now, 0 when none is.
    int openStage() const;
    QString departmentName(const QString& id) const { return departmentNames.value(id, id); }
};

// What an action did: the sentence to show and the documents it issued (in the same
// transaction), to be printed for the applicant.
struct WorkflowOutcome {
    CaseStatus status = CaseStatus::InReview;
    QString message;
    QVector<IssuedDocument> documents;
};

// One step waiting for a department, as the approver's inbox lists it.
struct InboxItem {
    QString stepId;
    QString caseId;
    QString caseNumber;
    QString matterName;
    QString applicantName; // masked
    CaseStatus status = CaseStatus::InReview;
    QString stageName;
    QString stepName;
    StageKind stageKind = StageKind::Review;
    bool isLead = false;
    bool parallel = false;
    QDateTime openedAt;
    LimitState step;      // the step's own limit
    LimitState promised;  // the case's promised limit
    LimitState statutory; // the case's statutory limit
    bool suspended = false;
    // The worst light of the step's own limit and the case's limits.
    Light light() const;
    // Most urgent first: statutory overdue, then the fewest working days left on any limit.
    int urgency() const;
};

// A line of a case's timeline: what happened, when, by whom.
struct TimelineEntry {
    QDateTime at;
    QString staff;
    QString text;
};

} // namespace civicdesk
