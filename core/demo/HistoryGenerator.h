#pragma once

// Years of a busy center's history, for trying the program at scale and for the benchmarks
// (civicdesk demo --cases N --days D, tests/bench/ScaleBench.cpp).
//
// Visits arrive on working days by weekday (Mondays busiest) and hour (the morning and
// afternoon peaks); each is issued a ticket, called to a window that serves its category,
// served for a time that depends on what was done, and finished. About one visit in three
// takes in an application, with every intake outcome in realistic shares. Applicants are new
// people and organisations with valid ID numbers and credit codes, and returning ones.
//
// Applications go through IntakeService::decide itself, inside the generator's large
// transactions (a nested write joins them), so cases, materials, steps, applicants, documents
// and their audit rows are exactly what the window writes. Tickets are written by the bulk path
// writeServedVisit(): the ticket's final row and the queue service's audit rows for each step,
// at each step's time; a test holds these rows to the ones the queue service writes. The audit
// chain is extended in the same pass and verifies. Rows of the same visit are written
// together, so audit rows follow visits, not the wall clock across visits.
//
// Other areas add their rows per visit through a hook: a rating of the service, the approval
// workflow's ending of an accepted case. A hook runs in the visit's transaction with the
// visit as generated (its cases as stored) and the generator's random source; see
// ratingHook() for the pattern.

#include "Context.h"
#include "Result.h"
#include "workflow/CaseRecord.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRandomGenerator>

#include <functional>

namespace civicdesk {

class Clock;
class Database;
class Session;
class Transaction;

struct HistoryOptions {
    qint64 cases = 10000;       // applications taken in
    int days = 365;             // calendar days before today that the history covers
    double visitsPerCase = 3.0; // tickets per application (consultations, pick-ups …)
    quint32 seed = 20261120;
    std::function<void(const QString&)> progress; // a line now and then
};

// One visit as generated: what hooks see.
struct GeneratedVisit {
    QString ticketId;
    QString number; // "A017"
    QString categoryId;
    QString categoryPrefix;
    QString priorityClass;
    QString windowId;
    int windowNumber = 0;
    const Session* clerk = nullptr;
    QDateTime issuedAt;
    QDateTime calledAt;
    QDateTime startedAt;
    QDateTime finishedAt;
    bool noShow = false; // called three times, then marked as a no-show
    QString outcome;     // ServiceOutcome
    QVector<CaseRecord> cases; // taken in during the visit, as stored
    QVector<QVector<CaseStep>> steps; // their approval steps, as stored
};

struct HistorySummary {
    qint64 visits = 0;
    qint64 cases = 0;
    qint64 auditRows = 0;
    double seconds = 0;
    QStringList lines; // for the command line
};

class HistoryGenerator {
    Q_DECLARE_TR_FUNCTIONS(HistoryGenerator)
public:
    // Runs in the visit's transaction, after the visit's own rows.
    using VisitHook = std::function<Status(Transaction& tx, const Context& ctx,
                                           const GeneratedVisit& visit, QRandomGenerator& random)>;

    // Needs a database holding the demonstration center (catalog, staff, windows, categories).
    HistoryGenerator(Database& db, const Clock& clock);
    void addVisitHook(VisitHook hook) { m_hooks.push_back(std::move(hook)); }

    Result<HistorySummary> run(const HistoryOptions& options);

    // The bulk path for a ticket: its final row as the queue service leaves it after issue
    // (by `kiosk`), call, start of service and finish (or two recalls and a no-show), and the
    // audit row of each step at that step's time. visit.ticketId is set when empty.
    static Status writeVisit(Transaction& tx, const Session& kiosk, GeneratedVisit& visit);

    // Applicants rate a share of the services (好差评), as QueueService::rate records them;
    // bad ratings open their rectification.
    static VisitHook ratingHook(double share);

    // Accepted cases are worked to their end the way the departments work, through the bulk
    // path BulkCaseWriter (the rows WorkflowService's actions write, without their reads):
    // each open step decided one to three working days after it opened by an approver of its
    // department, one decision in twenty a denial, the result handed over at the window a few
    // days later. Whatever would happen on or after `today` is left where it stands (the open
    // cases of the day), and so is one case in `laggardEvery` (supervision's overdue cases).
    // The workflow's rows come after the visit's in the audit trail.
    static VisitHook workflowHook(const QDate& today, int laggardEvery = 200);

private:
    Database& m_db;
    const Clock& m_clock;
    QVector<VisitHook> m_hooks;
};

} // namespace civicdesk
