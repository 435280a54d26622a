#pragma once

// A center with the default catalog, the demo staff (approver.ga, approver.sj … with their
// departments, clerk1, supervisor, admin) and the center's details, on Friday 20 November
// 2026, with cases accepted the way intake accepts them.

#include "TestDatabase.h"

#include "security/Session.h"
#include "workflow/WorkflowService.h"

#include <map>

namespace civicdesk::test {

struct WorkflowFixture {
    TestDatabase t;
    ManualClock clock{testNow()};
    std::map<QString, Session> sessions;

    WorkflowFixture();

    Database& db() { return t.db(); }
    // The demo account's session (with its roles and department), or "system".
    Context as(const QString& login);
    WorkflowService service(const QString& login) { return WorkflowService(as(login)); }

    // A case of the matter accepted now by clerk1, for 张三 (or another applicant).
    QString accept(const QString& matterCode, const QString& applicantName = QStringLiteral("张三"));
    CaseWorkflow load(const QString& caseId);
    // The open step of the login's department on the case.
    QString openStep(const QString& caseId, const QString& login);
    CaseStatus status(const QString& caseId);
    int auditRows(const QString& caseId, const QString& actionPrefix = {});
    // The clock on a day at 10:00.
    void setDay(const QDate& day) { clock.set(QDateTime(day, QTime(10, 0))); }
};

} // namespace civicdesk::test
