#pragma once

// A service center for the intake tests: the default catalog, the built-in holiday calendar,
// the center's settings, a clerk and an approver with real staff rows, and valid applicants
// made up on demand.

#include "TestDatabase.h"

#include "Context.h"
#include "catalog/CatalogTypes.h"
#include "intake/Applicant.h"
#include "intake/IntakeService.h"
#include "security/Session.h"

#include <memory>

namespace civicdesk::test {

class IntakeFixture {
public:
    explicit IntakeFixture(StorageMode mode = StorageMode::Local);

    Database& db() { return m_db->db(); }
    TestDatabase& testDb() { return *m_db; }
    ManualClock& clock() { return m_clock; }
    Context ctx() { return {db(), m_clock, clerk}; }
    Context as(const Session& s) { return {db(), m_clock, s}; }

    Matter matter(const QString& code);
    // A person with a valid resident ID number, different for every n.
    static Applicant person(int n, const QString& name = QString::fromUtf8("张三"),
                            const QString& phone = QStringLiteral("13812345678"));
    // A request for the matter with every material received.
    IntakeRequest request(IntakeOutcome outcome, const QString& code, const Applicant& applicant);
    // Decides and requires success.
    IntakeResult decide(const IntakeRequest& r);
    int count(const QString& sql, const QVariantList& params = {});

    Session clerk;
    Session approver;

private:
    Session addStaff(const QString& login, const QString& name, Role role);

    std::unique_ptr<TestDatabase> m_db;
    ManualClock m_clock;
};

// The material of the matter that may follow later (容缺), or an empty id.
QString mayFollowMaterial(const Matter& m);

} // namespace civicdesk::test
