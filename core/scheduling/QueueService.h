#pragma once

// The queue of the hall: issuing tickets, calling them to windows, and everything that
// happens at the window until the applicant leaves (recall, no-show, postpone, transfer,
// service, rating). Every action is checked against the staff member's permissions, written in
// one short transaction with its audit row, and safe when many windows act at the same time:
// two windows never get the same ticket, and a window holds at most one ticket at a time.

#include "Context.h"
#include "Result.h"
#include "SchedulingSettings.h"
#include "SchedulingTypes.h"

#include <QCoreApplication>

#include <optional>

namespace civicdesk {

class Database;

struct IssueRequest {
    QString categoryId;
    QString priorityClass; // empty or one of SchedulingSettings::priorityClasses
    QString phone;         // optional
    QString idNumber;      // optional
};

// Where a transferred visit goes: another category, a named window, or a named colleague
// (who gets it at whichever window they call from). At least one must be given.
struct TransferTarget {
    QString categoryId; // empty: the same category
    QString windowId;
    QString staffId;
    QString note;
};

struct RatingResult {
    QString ratingId;
    QString rectificationId; // set when the rating opened a rectification item
    QDate rectificationDue;
};

class QueueService {
    Q_DECLARE_TR_FUNCTIONS(QueueService)
public:
    // --- at the dispenser (Permission::IssueTicket)
    static Result<TicketSlip> issue(const Context& ctx, const IssueRequest& request);

    // --- at a window (Permission::ServeQueue); each acts on the window's current ticket
    // The best waiting ticket for the window, or nothing when no ticket waits for it.
    static Result<std::optional<Ticket>> callNext(const Context& ctx, const QString& windowId);
    static Result<Ticket> recall(const Context& ctx, const QString& windowId);
    // Only after the ticket was called SchedulingSettings::callsBeforeNoShow times.
    static Result<Ticket> markNoShow(const Context& ctx, const QString& windowId);
    // Back to the end of its queue; the applicant keeps the ticket.
    static Result<Ticket> postpone(const Context& ctx, const QString& windowId);
    // Closes this visit and opens a linked one (same number, original issue time kept).
    static Result<Ticket> transfer(const Context& ctx, const QString& windowId,
                                   const TransferTarget& target);
    static Result<Ticket> startServing(const Context& ctx, const QString& windowId);
    static Result<Ticket> finish(const Context& ctx, const QString& windowId,
                                 const QString& outcome, const QStringList& caseNumbers,
                                 const QString& note = {});

    // --- after service (Permission::RecordRating): 1 very dissatisfied … 5 very satisfied;
    // 1 and 2 open a rectification item due in 15 working days. source: "applicant" or "clerk".
    static Result<RatingResult> rate(const Context& ctx, const QString& ticketId, int score,
                                     const QString& source, const QString& comment = {});

    // Closes as abandoned the tickets of earlier days that are still open, and today's waiting
    // and called ones once the day-close time has passed. Returns how many were closed.
    static Result<int> closeDueTickets(const Context& ctx);

    // --- reads
    static Result<std::optional<Ticket>> current(const Database& db, const QString& windowId);
    static Result<Ticket> ticket(const Database& db, const QString& id);
    static Result<QVector<Ticket>> waiting(const Database& db, const QDate& date);
    // Per active category: waiting tickets, open windows serving it, estimated wait.
    static Result<QVector<CategoryQueue>> queues(const Database& db,
                                                 const SchedulingSettings& settings,
                                                 const QDateTime& now);
    static Result<QVector<BoardCall>> latestCalls(const Database& db, const QDate& date,
                                                  int limit = 8);
    // Changes whenever any ticket of the day changes: what the display board polls.
    static Result<QString> changeStamp(const Database& db, const QDate& date);
    // The median service time of the category over the last 4 weeks, or the default.
    static Result<double> medianServiceMinutes(const Database& db,
                                               const SchedulingSettings& settings,
                                               const QString& categoryId, const QDateTime& now);
    // Its statement (a category, the earliest finish): it runs on every refresh of the queue.
    static QString recentServicesStatement();
    // The wait for someone with `ahead` people in front, served by `windows` windows.
    static int estimateWaitMinutes(int ahead, int windows, double serviceMinutes);

    // The date a rectification opened on `opened` is due: 15 working days later by the
    // center's holiday calendar.
    static Result<QDate> rectificationDue(const Database& db, const QDate& opened);

    static QString statusName(const QString& status); // translated
};

} // namespace civicdesk
