#pragma once

// A small center for the report tests: two departments with one matter each, two ticket
// categories, two windows, two clerks and a supervisor, and helpers that insert exactly the
// tickets, ratings and cases a test names (plain INSERTs: the reports read the tables, whoever
// wrote them).

#include "TestDatabase.h"

#include "Context.h"
#include "reports/ReportService.h"
#include "security/Session.h"

#include <catch2/catch.hpp>

#include <memory>

namespace civicdesk::test {

struct TicketSpec {
    QString number{};
    QString category{}; // category id
    QString status{};
    QString issued{}; // "09:00:00" on the fixture's day, or a full timestamp
    QString called{}; // empty: never called
    QString started{};
    QString finished{};
    QString window{};
    QString staff{};
    QString originalId{}; // a transfer's second ticket: the first ticket's id
    QString originalIssued{};
};

struct CaseSpec {
    QString number{};
    QString matter{}; // matter id
    QString status{};
    QString receivedAt{}; // full timestamp
    QString acceptedOn{};
    QString promisedDue{};
    QString statutoryDue{};
    int promisedDays = 5;
    int statutoryDays = 20;
    QString correctionDue{};
    QString deficiencyDue{};
    QString decision{};
    QString decidedOn{};
    QString closedAt{};
    QString updatedAt{}; // empty: receivedAt
    QString window{};
    QString staff{};
};

class ReportFixture {
public:
    ReportFixture();

    Database& db() { return m_db->db(); }
    TestDatabase& testDb() { return *m_db; }
    ManualClock& clock() { return m_clock; }
    Context as(const Session& s) { return {db(), m_clock, s}; }
    Context system() { return {db(), m_clock, m_system}; }

    Session addStaff(const QString& login, const QString& name, QSet<Role> roles);
    QString ticket(const TicketSpec& t, const QString& date = QStringLiteral("2026-11-20"));
    QString rating(const QString& ticketId, int score, const QString& ratedAt,
                   const QString& window, const QString& staff);
    QString rectification(const QString& ratingId, const QString& ticketId, const QString& due,
                          const QString& closedAt = {});
    QString caseRow(const CaseSpec& c);
    void suspension(const QString& caseId, const QString& from, const QString& to);
    void roster(const QString& date, const QString& shift, const QString& window,
                const QString& staff);
    void exec(const QString& sql, const QVariantList& params);

    Report run(const ReportRequest& request);

    QString deptGA, deptSJ, matterGA, matterSJ, catA, catB, win1, win2;
    Session clerk1, clerk2, supervisor;

private:
    std::unique_ptr<TestDatabase> m_db;
    ManualClock m_clock;
    Session m_system = Session::system(QStringLiteral("test"));
};

} // namespace civicdesk::test
