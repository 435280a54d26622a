// The queue at the windows: order of calls, one ticket per window, recall, no-show, postpone,
// transfer, service, rating, day close and wait estimates, on real databases.

#include "SchedulingFixture.h"

#include "security/AuditLog.h"
#include "storage/Transaction.h"

using namespace civicdesk;
using namespace civicdesk::test;

namespace {

QStringList callAll(SchedulingFixture& f, const Session& s, const QString& windowId)
{
    QStringList order;
    for (;;) {
        auto t = QueueService::callNext(f.as(s), windowId);
        INFO(t.message().toStdString());
        REQUIRE(t.isOk());
        if (!t.value())
            return order;
        order << t.value()->number;
        REQUIRE(QueueService::finish(f.as(s), windowId, ServiceOutcome::Accepted, {}).isOk());
        f.clock().advanceSeconds(60);
    }
}

int auditCount(Database& db, const QString& action)
{
    return db.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = ?"), {action})
        .value()
        .toInt();
}

} // namespace

TEST_CASE("tickets are numbered per category and day without gaps", "[db][queue]")
{
    SchedulingFixture f;
    f.addWindow(1, true);
    CHECK(f.issue(f.catA).number == QStringLiteral("A001"));
    CHECK(f.issue(f.catA).number == QStringLiteral("A002"));
    CHECK(f.issue(f.catB).number == QStringLiteral("B001"));
    auto slip = QueueService::issue(f.system(), {f.catA, {}, QStringLiteral("138 0013 8000"),
                                                 QStringLiteral("110105199003071234")});
    REQUIRE(slip.isOk());
    CHECK(slip->number == QStringLiteral("A003"));
    CHECK(slip->waitingAhead == 2);
    CHECK(slip->categoryName == QStringLiteral("Household registration"));
    // The default service time (8 min) for two people ahead at one window.
    CHECK(slip->estimatedWaitMinutes == 16);

    // Full data is stored, the audit trail holds it masked.
    auto t = QueueService::ticket(f.db(), slip->ticketId);
    REQUIRE(t.isOk());
    CHECK(t->phone == QStringLiteral("13800138000"));
    auto details = f.db().scalar(QStringLiteral("SELECT details FROM audit_log WHERE subject_id = ?"),
                                 {slip->ticketId});
    CHECK(details.value().toString().contains(QStringLiteral("138****8000")));
    CHECK_FALSE(details.value().toString().contains(QStringLiteral("199003071234")));

    // A bad phone number is refused with a sentence and uses no number.
    auto bad = QueueService::issue(f.system(), {f.catA, {}, QStringLiteral("12-34"), {}});
    REQUIRE_FALSE(bad.isOk());
    CHECK(bad.message().contains(QStringLiteral("7 to 15")));
    CHECK(f.issue(f.catA).number == QStringLiteral("A004"));

    // The next day starts again at 001.
    f.clock().advanceDays(1);
    CHECK(f.issue(f.catA).number == QStringLiteral("A001"));
}

TEST_CASE("priority tickets come first, interleaved with normal ones 1:2", "[db][queue]")
{
    SchedulingFixture f;
    const QString w = f.addWindow(1, true);
    f.issue(f.catA);                              // A001 normal
    f.issue(f.catA, QStringLiteral("elderly"));   // A002 priority
    f.issue(f.catA);                              // A003
    f.issue(f.catA);                              // A004
    f.issue(f.catA, QStringLiteral("disabled"));  // A005 priority
    f.issue(f.catA);                              // A006
    f.issue(f.catA, QStringLiteral("military"));  // A007 priority
    // Priority first; then two normal for each priority while both wait; then what is left
    // in order of arrival.
    CHECK(callAll(f, f.clerk1, w) ==
          QStringList{QStringLiteral("A002"), QStringLiteral("A001"), QStringLiteral("A003"),
                      QStringLiteral("A005"), QStringLiteral("A004"), QStringLiteral("A006"),
                      QStringLiteral("A007")});
}

TEST_CASE("the wait estimate reads the category's latest services from an index", "[sqlite][queue]")
{
    // Through tickets_waiting it read every ticket of the category ever served: on three years
    // of history the queue pane took 12 seconds to appear.
    SchedulingFixture f;
    const QStringList plan = queryPlan(f.db(), QueueService::recentServicesStatement(),
                                       {QStringLiteral("c"), QStringLiteral("2026-10-23T10:00:00")});
    INFO(plan.join(QLatin1Char('\n')).toStdString());
    CHECK(plan == QStringList{QStringLiteral("SEARCH tickets USING INDEX tickets_done_by_category "
                                             "(category_id=? AND status=? AND finished_at>?)")});
}

TEST_CASE("an unknown priority class is refused", "[queue]")
{
    SchedulingFixture f;
    auto slip = QueueService::issue(f.system(), {f.catA, QStringLiteral("vip"), {}, {}});
    REQUIRE_FALSE(slip.isOk());
    CHECK(slip.kind() == ErrorKind::Invalid);
    CHECK(slip.message().contains(QStringLiteral("vip")));
}

TEST_CASE("a dedicated window serves its categories, its main business first", "[db][queue]")
{
    SchedulingFixture f;
    const QString w = f.addWindow(3, false, {f.catB, f.catA});
    f.issue(f.catA); // A001
    f.issue(f.catC); // C001: not served at window 3
    f.issue(f.catB); // B001
    f.issue(f.catA); // A002
    CHECK(callAll(f, f.clerk1, w) ==
          QStringList{QStringLiteral("B001"), QStringLiteral("A001"), QStringLiteral("A002")});
    auto waiting = QueueService::waiting(f.db(), f.clock().today());
    REQUIRE(waiting.isOk());
    REQUIRE(waiting->size() == 1);
    CHECK(waiting->first().number == QStringLiteral("C001"));
}

TEST_CASE("a window holds one called ticket at a time", "[db][queue]")
{
    SchedulingFixture f;
    const QString w = f.addWindow(1, true);
    f.issue(f.catA);
    f.issue(f.catA);
    const Ticket first = f.callNext(f.clerk1, w);
    auto second = QueueService::callNext(f.as(f.clerk1), w);
    REQUIRE_FALSE(second.isOk());
    CHECK(second.kind() == ErrorKind::Conflict);
    CHECK(second.message().contains(first.number));
    // The second ticket still waits.
    auto waiting = QueueService::waiting(f.db(), f.clock().today());
    REQUIRE(waiting->size() == 1);

    // Even a write behind the service's back cannot give a window two tickets.
    auto raw = f.db().write([&](Transaction& tx) {
        return tx.exec(QStringLiteral("UPDATE tickets SET status = 'called', window_id = ? WHERE status = "
                                      "'waiting'"),
                       {w})
            .status();
    });
    CHECK_FALSE(raw.isOk());
}

TEST_CASE("recall, and no-show only after the set number of calls", "[db][queue]")
{
    SchedulingFixture f;
    const QString w = f.addWindow(1, true);
    f.issue(f.catA);
    Ticket t = f.callNext(f.clerk1, w);
    CHECK(t.callCount == 1);

    auto early = QueueService::markNoShow(f.as(f.clerk1), w);
    REQUIRE_FALSE(early.isOk());
    CHECK(early.message().contains(QStringLiteral("1 of 3")));

    f.clock().advanceSeconds(30);
    auto second = QueueService::recall(f.as(f.clerk1), w);
    REQUIRE(second.isOk());
    CHECK(second->callCount == 2);
    CHECK(second->lastCalledAt == f.clock().now());
    REQUIRE(QueueService::recall(f.as(f.clerk1), w).isOk());
    auto fourth = QueueService::recall(f.as(f.clerk1), w);
    REQUIRE_FALSE(fourth.isOk());
    CHECK(fourth.message().contains(QStringLiteral("no-show")));

    auto gone = QueueService::markNoShow(f.as(f.clerk1), w);
    REQUIRE(gone.isOk());
    CHECK(gone->status == TicketStatus::NoShow);
    CHECK(auditCount(f.db(), QStringLiteral("ticket.recalled")) == 2);
    CHECK(auditCount(f.db(), QStringLiteral("ticket.no_show")) == 1);
    // The window is free again.
    auto current = QueueService::current(f.db(), w);
    REQUIRE(current.isOk());
    CHECK_FALSE(current->has_value());
}

TEST_CASE("a postponed ticket goes to the back of the queue", "[db][queue]")
{
    SchedulingFixture f;
    const QString w = f.addWindow(1, true);
    f.issue(f.catA); // A001
    f.issue(f.catA); // A002
    f.issue(f.catA); // A003
    CHECK(f.callNext(f.clerk1, w).number == QStringLiteral("A001"));
    auto p = QueueService::postpone(f.as(f.clerk1), w);
    REQUIRE(p.isOk());
    CHECK(p->status == TicketStatus::Waiting);
    // The applicant keeps the issue time for the waiting figures.
    CHECK(p->originalIssuedAt == testNow());
    f.clock().advanceSeconds(60);
    CHECK(callAll(f, f.clerk1, w) ==
          QStringList{QStringLiteral("A002"), QStringLiteral("A003"), QStringLiteral("A001")});
}

TEST_CASE("a transfer links the new visit and keeps the original issue time", "[db][queue]")
{
    SchedulingFixture f;
    const QString w1 = f.addWindow(1, false, {f.catA});
    const QString w2 = f.addWindow(2, false, {f.catB});
    const QString w5 = f.addWindow(5, true);
    const Ticket a1 = f.issue(f.catA); // A001
    f.issue(f.catB);                   // B001
    f.issue(f.catB);                   // B002

    SECTION("to another category: it keeps its place by the original issue time")
    {
        f.callNext(f.clerk1, w1);
        REQUIRE(QueueService::startServing(f.as(f.clerk1), w1).isOk());
        f.clock().advanceSeconds(600);
        auto moved = QueueService::transfer(f.as(f.clerk1), w1, {f.catB, {}, {}, QStringLiteral("needs licence")});
        REQUIRE(moved.isOk());
        CHECK(moved->number == QStringLiteral("A001"));
        CHECK(moved->categoryId == f.catB);
        CHECK(moved->originalId == a1.id);
        CHECK(moved->transferredFromId == a1.id);
        CHECK(moved->originalIssuedAt == a1.issuedAt);
        CHECK(moved->issuedAt == f.clock().now());
        CHECK(moved->waitedMinutes(f.clock().now()) >= 11);
        CHECK(QueueService::ticket(f.db(), a1.id)->status == TicketStatus::Transferred);
        // Issued before B001, so window 2 calls it first.
        CHECK(f.callNext(f.clerk2, w2).number == QStringLiteral("A001"));
    }

    SECTION("to a named window: only that window calls it, before its own queue")
    {
        f.callNext(f.clerk1, w1);
        auto moved = QueueService::transfer(f.as(f.clerk1), w1, {{}, w5, {}, {}});
        REQUIRE(moved.isOk());
        CHECK(moved->targetWindowId == w5);
        // Window 1 serves category A, yet the ticket is no longer its own.
        auto none = QueueService::callNext(f.as(f.clerk1), w1);
        REQUIRE(none.isOk());
        CHECK_FALSE(none->has_value());
        CHECK(f.callNext(f.clerk2, w5).id == moved->id);
    }

    SECTION("to a named colleague: whichever window they call from")
    {
        f.callNext(f.clerk1, w1);
        auto moved = QueueService::transfer(f.as(f.clerk1), w1, {{}, {}, f.clerk2.staffId(), {}});
        REQUIRE(moved.isOk());
        const Session clerk3 = f.addStaff(QStringLiteral("clerk3"), QStringLiteral("周杰"), {Role::Clerk});
        CHECK(f.callNext(clerk3, w5).number == QStringLiteral("B001"));
        REQUIRE(QueueService::finish(f.as(clerk3), w5, ServiceOutcome::Consulted, {}).isOk());
        CHECK(f.callNext(f.clerk2, w2).id == moved->id);
        // A second transfer still points to the first ticket of the visit.
        auto again = QueueService::transfer(f.as(f.clerk2), w2, {f.catC, {}, {}, {}});
        REQUIRE(again.isOk());
        CHECK(again->originalId == a1.id);
        CHECK(again->transferredFromId == moved->id);
        CHECK(again->originalIssuedAt == a1.issuedAt);
    }

    SECTION("without a destination nothing changes")
    {
        f.callNext(f.clerk1, w1);
        auto nowhere = QueueService::transfer(f.as(f.clerk1), w1, {});
        REQUIRE_FALSE(nowhere.isOk());
        CHECK(QueueService::current(f.db(), w1)->value().number == QStringLiteral("A001"));
    }
}

TEST_CASE("serving and finishing record the times, cases and outcome", "[db][queue]")
{
    SchedulingFixture f;
    const QString w = f.addWindow(1, true);
    f.issue(f.catA);
    f.callNext(f.clerk1, w);
    f.clock().advanceSeconds(45);
    auto serving = QueueService::startServing(f.as(f.clerk1), w);
    REQUIRE(serving.isOk());
    CHECK(serving->status == TicketStatus::Serving);
    f.clock().advanceSeconds(420);
    auto badOutcome = QueueService::finish(f.as(f.clerk1), w, QStringLiteral("magic"), {});
    REQUIRE_FALSE(badOutcome.isOk());
    auto done = QueueService::finish(f.as(f.clerk1), w, ServiceOutcome::Accepted,
                                     {QStringLiteral("ZX01-20261120-0001"), QStringLiteral(" ")});
    REQUIRE(done.isOk());
    CHECK(done->status == TicketStatus::Done);
    CHECK(done->caseNumbers == QStringList{QStringLiteral("ZX01-20261120-0001")});
    CHECK(done->serviceStartedAt.secsTo(done->finishedAt) == 420);
    CHECK(done->staffId == f.clerk1.staffId());
}

TEST_CASE("actions need the right permission and refusals are audited", "[db][queue]")
{
    SchedulingFixture f;
    const QString w = f.addWindow(1, true);
    f.issue(f.catA);
    auto refused = QueueService::callNext(f.as(f.approver), w);
    REQUIRE_FALSE(refused.isOk());
    CHECK(refused.kind() == ErrorKind::Denied);
    CHECK(auditCount(f.db(), QStringLiteral("permission.denied")) == 1);
    auto ticket = QueueService::issue(f.as(f.approver), {f.catA, {}, {}, {}});
    CHECK(ticket.kind() == ErrorKind::Denied);
    // Every change of a ticket is in the chain, and the chain is intact.
    f.callNext(f.clerk1, w);
    REQUIRE(QueueService::finish(f.as(f.clerk1), w, ServiceOutcome::Consulted, {}).isOk());
    CHECK(auditCount(f.db(), QStringLiteral("ticket.issued")) == 1);
    CHECK(auditCount(f.db(), QStringLiteral("ticket.called")) == 1);
    CHECK(auditCount(f.db(), QStringLiteral("ticket.finished")) == 1);
    auto verified = AuditLog::verify(f.db());
    REQUIRE(verified.isOk());
    CHECK(verified->ok);
}

TEST_CASE("a closed window calls nothing", "[queue]")
{
    SchedulingFixture f;
    const QString w = f.addWindow(1, true);
    f.issue(f.catA);
    REQUIRE(WindowService::setWindowOpen(f.as(f.clerk1), w, false).isOk());
    auto t = QueueService::callNext(f.as(f.clerk1), w);
    REQUIRE_FALSE(t.isOk());
    CHECK(t.message().contains(QStringLiteral("closed")));
}

TEST_CASE("ratings: 1-2 open a rectification due in 15 working days", "[db][queue]")
{
    SchedulingFixture f;
    const QString w = f.addWindow(1, true);
    const Ticket t1 = f.issue(f.catA);
    const Ticket t2 = f.issue(f.catA);
    f.callNext(f.clerk1, w);
    auto early = QueueService::rate(f.as(f.clerk1), t1.id, 5, QStringLiteral("clerk"));
    REQUIRE_FALSE(early.isOk()); // not served yet
    REQUIRE(QueueService::finish(f.as(f.clerk1), w, ServiceOutcome::Accepted, {}).isOk());
    auto good = QueueService::rate(f.as(f.clerk1), t1.id, 5, QStringLiteral("applicant"));
    REQUIRE(good.isOk());
    CHECK(good->rectificationId.isEmpty());
    auto twice = QueueService::rate(f.as(f.clerk1), t1.id, 1, QStringLiteral("applicant"));
    REQUIRE_FALSE(twice.isOk());
    CHECK(twice.kind() == ErrorKind::Conflict);

    f.callNext(f.clerk1, w);
    REQUIRE(QueueService::finish(f.as(f.clerk1), w, ServiceOutcome::Refused, {}).isOk());
    auto outOfRange = QueueService::rate(f.as(f.clerk1), t2.id, 6, QStringLiteral("applicant"));
    REQUIRE_FALSE(outOfRange.isOk());
    auto bad = QueueService::rate(f.as(f.clerk1), t2.id, 2, QStringLiteral("applicant"),
                                  QStringLiteral("waited long"));
    REQUIRE(bad.isOk());
    REQUIRE_FALSE(bad->rectificationId.isEmpty());
    // Friday 20 November 2026 + 15 working days (no holiday in between): Friday 11 December.
    CHECK(bad->rectificationDue == QDate(2026, 12, 11));
    auto row = f.db().exec(QStringLiteral("SELECT status, due_date, staff_id FROM rectifications"));
    REQUIRE(row.isOk());
    REQUIRE(row.value().next());
    CHECK(row.value().value(0).toString() == QStringLiteral("open"));
    CHECK(row.value().value(1).toString() == QStringLiteral("2026-12-11"));
    CHECK(row.value().value(2).toString() == f.clerk1.staffId());
}

TEST_CASE("day close abandons unserved tickets and leaves served ones", "[db][queue]")
{
    SchedulingFixture f;
    const QString w = f.addWindow(1, true);
    f.issue(f.catA);
    f.issue(f.catA);
    f.issue(f.catB);
    f.callNext(f.clerk1, w);
    REQUIRE(QueueService::finish(f.as(f.clerk1), w, ServiceOutcome::Accepted, {}).isOk());
    f.callNext(f.clerk1, w);

    // Before the close time nothing happens.
    auto early = QueueService::closeDueTickets(f.as(f.clerk1));
    REQUIRE(early.isOk());
    CHECK(early.value() == 0);

    f.clock().set(QDateTime(testNow().date(), QTime(18, 0)));
    auto closed = QueueService::closeDueTickets(f.as(f.clerk1));
    REQUIRE(closed.isOk());
    CHECK(closed.value() == 2);
    auto statuses = f.db().exec(QStringLiteral("SELECT number, status FROM tickets ORDER BY number"));
    QStringList seen;
    while (statuses.value().next())
        seen << statuses.value().value(0).toString() + QLatin1Char('=') + statuses.value().value(1).toString();
    CHECK(seen == QStringList{QStringLiteral("A001=done"), QStringLiteral("A002=abandoned"),
                              QStringLiteral("B001=abandoned")});
    CHECK(auditCount(f.db(), QStringLiteral("queue.day_closed")) == 1);
    // Run again: nothing left to close, nothing written.
    CHECK(QueueService::closeDueTickets(f.as(f.clerk1)).value() == 0);
    CHECK(auditCount(f.db(), QStringLiteral("queue.day_closed")) == 1);

    // The next morning the window is free and numbers start again.
    f.clock().set(QDateTime(testNow().date().addDays(1), QTime(8, 30)));
    CHECK(f.issue(f.catA).number == QStringLiteral("A001"));
    CHECK(f.callNext(f.clerk1, w).number == QStringLiteral("A001"));
}

TEST_CASE("a ticket left in service overnight is closed the next day", "[queue]")
{
    SchedulingFixture f;
    const QString w = f.addWindow(1, true);
    f.issue(f.catA);
    f.callNext(f.clerk1, w);
    REQUIRE(QueueService::startServing(f.as(f.clerk1), w).isOk());
    f.clock().advanceDays(1);
    CHECK(QueueService::closeDueTickets(f.as(f.clerk1)).value() == 1);
    CHECK_FALSE(QueueService::current(f.db(), w)->has_value());
}

TEST_CASE("wait estimates follow the queue, the windows and the measured service time", "[db][queue]")
{
    SchedulingFixture f;
    const QString w1 = f.addWindow(1, false, {f.catA});
    f.addWindow(2, false, {f.catA});
    f.addWindow(3, false, {f.catB});
    auto settings = SchedulingSettings::load(f.db());
    REQUIRE(settings.isOk());

    // Six services of 4, 4, 5, 6, 6, 20 minutes at window 1: the median is 5.5.
    for (int minutes : {4, 4, 5, 6, 6, 20}) {
        f.issue(f.catA);
        f.callNext(f.clerk1, w1);
        REQUIRE(QueueService::startServing(f.as(f.clerk1), w1).isOk());
        f.clock().advanceSeconds(minutes * 60);
        REQUIRE(QueueService::finish(f.as(f.clerk1), w1, ServiceOutcome::Accepted, {}).isOk());
    }
    auto median = QueueService::medianServiceMinutes(f.db(), settings.value(), f.catA, f.clock().now());
    REQUIRE(median.isOk());
    CHECK(median.value() == Approx(5.5));

    for (int i = 0; i < 4; ++i)
        f.issue(f.catA);
    auto queues = QueueService::queues(f.db(), settings.value(), f.clock().now());
    REQUIRE(queues.isOk());
    REQUIRE(queues->size() == 3);
    const CategoryQueue& a = queues->at(0);
    CHECK(a.prefix == QStringLiteral("A"));
    CHECK(a.waiting == 4);
    CHECK(a.windowsServing == 2);
    CHECK(a.estimatedWaitMinutes == 11); // 4 × 5.5 / 2
    CHECK(queues->at(1).waiting == 0);
    CHECK(queues->at(1).estimatedWaitMinutes == 0);
    CHECK(queues->at(2).windowsServing == 0);

    // A ticket issued now says the same.
    auto slip = QueueService::issue(f.system(), {f.catA, {}, {}, {}});
    REQUIRE(slip.isOk());
    CHECK(slip->waitingAhead == 4);
    CHECK(slip->estimatedWaitMinutes == 11);
}

TEST_CASE("the display board sees calls through its change stamp", "[db][queue]")
{
    SchedulingFixture f;
    const QString w = f.addWindow(5, true);
    f.issue(f.catA);
    auto board = f.testDb().openAnother();
    const QString before = QueueService::changeStamp(*board, f.clock().today()).value();
    f.callNext(f.clerk1, w);
    const QString after = QueueService::changeStamp(*board, f.clock().today()).value();
    CHECK(before != after);
    auto calls = QueueService::latestCalls(*board, f.clock().today());
    REQUIRE(calls.isOk());
    REQUIRE(calls->size() == 1);
    CHECK(calls->first().number == QStringLiteral("A001"));
    CHECK(calls->first().windowNumber == 5);
    REQUIRE(QueueService::recall(f.as(f.clerk1), w).isOk());
    CHECK(QueueService::changeStamp(*board, f.clock().today()).value() != after);
}

TEST_CASE("a rectification due date skips the National Day holidays", "[db][queue]")
{
    SchedulingFixture f;
    const QString w = f.addWindow(1, true);
    f.clock().set(QDateTime(QDate(2026, 9, 30), QTime(15, 0)));
    const Ticket t = f.issue(f.catA);
    f.callNext(f.clerk1, w);
    REQUIRE(QueueService::finish(f.as(f.clerk1), w, ServiceOutcome::Refused, {}).isOk());
    auto bad = QueueService::rate(f.as(f.clerk1), t.id, 1, QStringLiteral("applicant"));
    REQUIRE(bad.isOk());
    // 1–7 October are off and Saturday 10 October is a make-up working day: the 15th working
    // day after Wednesday 30 September is Tuesday 27 October (by weekends alone it would be
    // 21 October).
    CHECK(bad->rectificationDue == QDate(2026, 10, 27));
}
