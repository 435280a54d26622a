#include "WorkflowFixture.h"

#include "catalog/CatalogRepository.h"
#include "catalog/CatalogService.h"
#include "documents/DocumentDemo.h"
#include "security/StaffDemo.h"
#include "security/StaffService.h"
#include "storage/Transaction.h"
#include "workflow/CaseRepository.h"
#include "workflow/WorkflowDemo.h"

#include <catch2/catch.hpp>

namespace civicdesk::test {

WorkflowFixture::WorkflowFixture()
{
    const Session system = Session::system(QStringLiteral("test"));
    sessions.emplace(QStringLiteral("system"), system);
    const Context ctx{t.db(), clock, sessions.at(QStringLiteral("system"))};
    REQUIRE(CatalogService(ctx).importDefaultCatalog().isOk());
    QStringList summary;
    REQUIRE(t.db().write([&](Transaction& tx) -> Status {
        CIVICDESK_TRY(addDemoStaff(tx, ctx, summary));
        CIVICDESK_TRY(DocumentDemo::fill(tx));
        return tx.exec(QStringLiteral("INSERT INTO center_settings (key, value) VALUES "
                                      "('remedy.reconsideration_body_en', 'Shifan City People''s "
                                      "Government'), ('remedy.reconsideration_body', "
                                      "'示范市人民政府')"))
            .status();
    }).isOk());
    auto staff = StaffService::list(t.db());
    REQUIRE(staff.isOk());
    for (const StaffRecord& r : staff.value()) {
        StaffIdentity s;
        s.id = r.id;
        s.login = r.login;
        s.displayName = r.displayName;
        s.departmentId = r.departmentId;
        s.departmentCode = r.departmentCode;
        s.roles = r.roles;
        sessions.emplace(r.login, Session::forStaff(s));
    }
}

Context WorkflowFixture::as(const QString& login)
{
    INFO(login.toStdString());
    REQUIRE(sessions.count(login) == 1);
    return {t.db(), clock, sessions.at(login)};
}

QString WorkflowFixture::accept(const QString& matterCode, const QString& applicantName)
{
    auto matter = CatalogRepository(t.db()).matterByCode(matterCode);
    REQUIRE(matter.isOk());
    CaseApplicant applicant;
    applicant.id = newId();
    applicant.name = applicantName;
    applicant.document = QStringLiteral("11010519491231002X");
    applicant.phone = QStringLiteral("13812345678");
    auto id = WorkflowDemo::acceptCase(as(QStringLiteral("clerk1")), matter.value(), applicant);
    INFO(id.message().toStdString());
    REQUIRE(id.isOk());
    return id.value();
}

CaseWorkflow WorkflowFixture::load(const QString& caseId)
{
    auto w = service(QStringLiteral("system")).load(caseId);
    INFO(w.message().toStdString());
    REQUIRE(w.isOk());
    return w.take();
}

QString WorkflowFixture::openStep(const QString& caseId, const QString& login)
{
    const QString department = sessions.at(login).departmentId();
    for (const CaseStep& s : load(caseId).steps) {
        if (s.state == StepState::Open && s.departmentId == department)
            return s.id;
    }
    FAIL("no open step of " << login.toStdString());
    return {};
}

CaseStatus WorkflowFixture::status(const QString& caseId)
{
    return CaseRepository(t.db()).byId(caseId)->status;
}

int WorkflowFixture::auditRows(const QString& caseId, const QString& actionPrefix)
{
    auto n = t.db().scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE subject_type = "
                                          "'case' AND subject_id = ? AND action LIKE ?"),
                           {caseId, actionPrefix + QLatin1Char('%')});
    REQUIRE(n.isOk());
    return n.value().toInt();
}

} // namespace civicdesk::test
