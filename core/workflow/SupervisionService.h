#pragma once

// Electronic supervision (电子监察): every open case against its promised and statutory limits
// (and, once decided, the certificate limit of art. 44), as traffic lights counted by
// department; the extension requests waiting for a supervisor; the thresholds of the yellow
// light (center settings supervision.yellow_days / supervision.yellow_percent); a cheap marker
// that says whether anything changed since the last look, on this PC or another one; and the
// public list of approvals (art. 40).
//
// Only open cases are read, through indexes on their state, so the snapshot costs the same on
// a database with a million closed cases as on a new one.

#include "CaseClock.h"
#include "CaseStatus.h"
#include "WorkflowTypes.h"

#include "Context.h"
#include "Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QVector>

namespace civicdesk {

class Database;

// One open case as supervision sees it.
struct SupervisedCase {
    QString id;
    QString number;
    QString matterName;
    QString departmentId;    // the matter's (lead) department
    QString applicantName;   // masked
    CaseStatus status = CaseStatus::Accepted;
    QDate acceptedOn;
    LimitState promised;
    LimitState statutory;
    LimitState certificate;  // decided and waiting for its certificate
    bool estimated = false;  // a due date lies in a year the calendar lacks
    int extensionDays = 0;
    bool extensionRequested = false;
    QDate suspendedSince;    // valid while suspended
    QDate expectedResume;
    QString suspensionKind;  // translated
    QStringList waitingAt;   // department ids of the open steps
    QString openStepNames;   // "Review" or "Business licence, Company seal"
    QDate openStepDue;       // the earliest due date of the open steps
    int overdueSteps = 0;    // open steps past their own due date

    // The light that counts for the case: red when any limit is overdue, yellow when any is
    // near; statutory red is reported on its own as well.
    Light light() const;
    bool isSuspended() const { return status == CaseStatus::Suspended; }
};

struct DepartmentSupervision {
    QString departmentId;
    QString departmentName;
    int open = 0;
    int green = 0;
    int yellow = 0;
    int red = 0;
    int statutoryOverdue = 0;
    int suspended = 0;
    int awaitingHandover = 0; // decided, result not yet handed over
    int stepsWaiting = 0;     // open steps of this department (of any case)
    int stepsOverdue = 0;     // of those, past their own due date
};

struct PendingExtension {
    QString extensionId;
    QString caseId;
    QString caseNumber;
    QString matterName;
    QString departmentId;
    int days = 0;
    QString reason;
    QString requestedBy;
    QDateTime requestedAt;
    QDate statutoryDue;
};

struct SupervisionSnapshot {
    QDate today;
    LightThresholds thresholds;
    QVector<SupervisedCase> cases;               // most urgent first
    QVector<DepartmentSupervision> departments;  // in catalog order, only those with work
    QVector<PendingExtension> extensionRequests; // oldest first
    QString coverageWarning; // the calendar lacks a year that a due date (or today) falls in
    qint64 revision = 0;     // changeMarker() when the snapshot was taken

    int count(Light light) const;
    int statutoryOverdue() const;
    int suspended() const;
};

// One line of the public list of approvals (art. 40): no personal data.
struct PublishedDecision {
    QString caseNumber;
    QString matterCode;
    QString matterName;
    QString departmentName;
    QString holder;
    QString content;
    QString certificateName;
    QString certificateNumber;
    QDate validFrom;
    QDate validUntil;
    QDate decidedOn;
};

class SupervisionService {
    Q_DECLARE_TR_FUNCTIONS(SupervisionService)
public:
    // The yellow-light thresholds of the center (defaults: 2 working days or 20 %).
    static Result<LightThresholds> thresholds(const Database& db);
    // Needs Permission::ManageSettings; audited.
    static Status setThresholds(const Context& ctx, const LightThresholds& thresholds);

    // Needs Permission::ViewSupervision.
    static Result<SupervisionSnapshot> snapshot(const Context& ctx);
    // Grows with every change written to this database, on any PC (the audit chain's heads):
    // one read of a tiny table, for screens that poll for changes made elsewhere.
    static Result<qint64> changeMarker(const Database& db);

    // Approvals decided in [from, to], oldest first; open to every staff member (the list is
    // public).
    static Result<QVector<PublishedDecision>> publishedDecisions(const Database& db,
                                                                 const QDate& from,
                                                                 const QDate& to);

    // The statements a snapshot runs, for the test that checks they read through indexes.
    static QStringList snapshotStatements();
};

} // namespace civicdesk
