#pragma once

// A small hall for the scheduling tests: three ticket categories, windows, staff members with
// their roles, and contexts to act as each of them.

#include "TestDatabase.h"

#include "Context.h"
#include "scheduling/QueueService.h"
#include "scheduling/RosterService.h"
#include "scheduling/WindowService.h"
#include "security/Session.h"

#include <catch2/catch.hpp>

#include <memory>

namespace civicdesk::test {

class SchedulingFixture {
public:
    explicit SchedulingFixture(StorageMode mode = StorageMode::Local);

    Database& db() { return m_db->db(); }
    TestDatabase& testDb() { return *m_db; }
    ManualClock& clock() { return m_clock; }
    Context system() { return {db(), m_clock, m_system}; }
    Context as(const Session& s) { return {db(), m_clock, s}; }

    // Adds a staff member with the roles; returns their session.
    Session addStaff(const QString& login, const QString& name, QSet<Role> roles);
    QString addCategory(const QString& prefix, const QString& nameZh, const QString& nameEn);
    QString addWindow(int number, bool comprehensive, const QStringList& categoryIds = {});
    Ticket issue(const QString& categoryId, const QString& priority = {});
    Ticket callNext(const Session& s, const QString& windowId);

    QString catA, catB, catC;
    Session clerk1, clerk2, supervisor, approver;

private:
    std::unique_ptr<TestDatabase> m_db;
    ManualClock m_clock;
    Session m_system = Session::system(QStringLiteral("test"));
};

} // namespace civicdesk::test
