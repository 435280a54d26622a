#pragma once

// Intake at the window (受理, Administrative Licensing Law art. 32): the clerk's decision on an
// application, written with its case, materials, approval steps, audit row and document in one
// transaction, so that the case number exists before it is shown or printed and nothing half
// written survives a crash.
//
// The decisions on a new application: accept (all materials present), accept with a deficiency
// (容缺: every missing material may follow later, on a written promise), a one-time notice of
// everything to correct (一次性告知, the application waits in "awaiting correction"), receive
// the materials for checking (the notice follows within 5 working days), refuse (不予受理, with
// a reason and, where the matter belongs elsewhere, the competent authority), or the applicant
// withdraws. An application awaiting correction is decided again when the applicant comes
// back (decideWaiting). An application received for checking whose notice is not recorded
// within 5 working days counts as accepted from the day it was received (art. 32):
// deemAcceptedOverdue does this for the whole database, as the system.
//
// An application awaiting correction whose notice has not been given yet is one whose
// correction_due is empty: the notice sets the date by which the applicant brings what is
// missing.

#include "Context.h"
#include "Result.h"
#include "documents/DocumentRegister.h"
#include "intake/Applicant.h"
#include "intake/ApplicantRepository.h"
#include "workflow/CaseRecord.h"

#include <QCoreApplication>
#include <QDate>

#include <memory>
#include <optional>

namespace civicdesk {

class WorkingCalendar;

enum class IntakeOutcome {
    Accept,               // 受理: all materials present (or, waiting: brought back complete)
    AcceptWithDeficiency, // 容缺受理: what is missing may follow, by the promised date
    NoticeCorrection,     // 一次性告知: every missing or defective material in one notice
    ReceiveForReview,     // 收件: taken in for checking; the notice follows within 5 working days
    Refuse,               // 不予受理
    Withdraw,             // the applicant withdrew
};

// The clerk's finding on one material of the matter.
struct MaterialCheck {
    QString materialId; // the catalog material (CaseMaterial::materialId)
    MaterialState state = MaterialState::Received; // Received, Missing, Defective or Deferred
    // Defective: what is wrong (required). Missing: what is wanted, if more than the catalog
    // says. Deferred: why it follows later.
    QString note;
};

struct IntakeRequest {
    IntakeOutcome outcome = IntakeOutcome::Accept;
    QString matterId;
    Applicant applicant; // as entered; checked and saved with the case
    // One check per material of the matter; a material not named counts as received.
    QVector<MaterialCheck> materials;
    QDate correctionDue;        // notice: bring what is missing by; empty: the default
    QDate promiseDue;           // 容缺: the owed materials by (required)
    QString reason;             // refusal (required); withdrawal (optional)
    QString basis;              // refusal: the legal basis; empty: art. 32 of the law
    QString competentAuthority; // refusal: the authority the matter belongs to, if another
    QString windowId;           // the window the application was taken at
    QString ticketId;           // the queue ticket being served, if any
    QString documentLanguage;   // "zh_CN" or "en"; empty: the language of the program
};

struct IntakeResult {
    CaseRecord record; // as stored
    Applicant applicant; // as stored (decide() only)
    QVector<CaseMaterial> materials;
    QVector<CaseStep> steps;           // the approval steps as stored (an accepted case's)
    QVector<IssuedDocument> documents; // numbered in the same transaction; print them now
    QString sentence;                  // the decision, for the clerk
    QString warning;                   // e.g. the calendar lacks a year: the dates are estimates
};

// An application awaiting correction as its caller holds it: what decideWaiting would otherwise
// read back.
struct WaitingApplication {
    CaseRecord record; // as stored
    QVector<CaseMaterial> materials;
    // As stored, for the documents; without it, read when the documents are made.
    std::optional<QString> applicantPhone;
};

// The limits the intake form shows before the clerk decides.
struct IntakeLimits {
    QDate promisedDue;  // if accepted today
    QDate statutoryDue; // if accepted today
    QDate defaultCorrectionDue;
    QDate latestPromiseDue; // 容缺: at most 20 working days, 2 before the promised date
    QDate earliestPromiseDue;
    QDate noticeDeadline; // received today: the notice must be given by then
    QVector<int> missingYears;
};

class IntakeService {
    Q_DECLARE_TR_FUNCTIONS(IntakeService)
public:
    // 容缺: the owed materials come within this many working days, and at least
    // kPromiseMarginDays working days before the promised completion date.
    static constexpr int kMaxPromiseWorkingDays = 20;
    static constexpr int kPromiseMarginDays = 2;
    // Art. 32: the one-time notice is due within 5 (working) days of receipt.
    static constexpr int kNoticeWorkingDays = 5;
    // The time the notice gives the applicant to bring what is missing, unless the clerk says.
    static constexpr int kCorrectionWorkingDays = 20;

    explicit IntakeService(const Context& ctx) : m_ctx(ctx) {}

    // Keeps what decide() reads before its transaction (the matter, its department, the
    // calendar, the center's details) for the life of this object, instead of reading it again
    // for each application: for a batch of decisions that the catalog does not change under
    // (the history generator). The rows written are the same.
    void reuseCatalogReads();
    // Keeps them together with `other` (the intake services of several windows).
    void shareCatalogReads(const IntakeService& other) { m_cache = other.m_cache; }
    // Takes each request's applicant as vouched for (ApplicantRepository::Trust::Vouched):
    // with an id, the stored applicant unchanged; without, a new one. For the history
    // generator only.
    void vouchForApplicants() { m_applicantTrust = ApplicantRepository::Trust::Vouched; }

    // Decides a new application. Needs Permission::TakeInApplication. Any broken rule is
    // refused with a sentence before anything is written.
    Result<IntakeResult> decide(const IntakeRequest& request);

    // Decides an application awaiting correction again: Accept or AcceptWithDeficiency when the
    // applicant brought what was missing (materials now Received count as supplied),
    // NoticeCorrection to record the notice of one received for checking, Refuse, Withdraw.
    // request.matterId and request.applicant are not used.
    Result<IntakeResult> decideWaiting(const QString& caseId, const IntakeRequest& request);
    // The same for an application the caller holds as it was stored (from decide() in the same
    // batch), without reading it back: for the history generator, whose writes are pipelined
    // (Database::setPipelinedWrites) and every read waits for all of them.
    Result<IntakeResult> decideWaiting(const WaitingApplication& stored,
                                       const IntakeRequest& request);

    static IntakeLimits limits(const WorkingCalendar& calendar, const QDate& today,
                               int promisedDays, int statutoryDays);
    // The last day the one-time notice may be given for an application received on `received`.
    static QDate noticeDeadline(const WorkingCalendar& calendar, const QDate& received);

    // Art. 32: every application received for checking whose notice was not given by its
    // deadline counts as accepted from the day it was received. Each in its own transaction,
    // audited as the system ("case.deemed_accepted"). Returns the case numbers so accepted.
    static Result<QStringList> deemAcceptedOverdue(Database& db, const Clock& clock);
    // Its statement, which runs at every start: applications received for checking whose
    // notice is not given, received before the one parameter (the earliest possible deadline).
    static QString pendingReviewStatement();

    // The documents an outcome prints, in printing order.
    static QVector<DocumentKind> documentKinds(IntakeOutcome outcome);
    static QString outcomeName(IntakeOutcome outcome); // translated: "accept with a deficiency"

private:
    struct Cache;
    Result<IntakeResult> decideWaitingStored(WaitingApplication stored,
                                             const IntakeRequest& request);
    const Context m_ctx;
    std::shared_ptr<Cache> m_cache;
    ApplicantRepository::Trust m_applicantTrust = ApplicantRepository::Trust::Check;
};

} // namespace civicdesk
