#include "IntakeFixture.h"

#include "calendar/CalendarService.h"
#include "catalog/CatalogRepository.h"
#include "catalog/CatalogService.h"
#include "documents/DocumentDemo.h"
#include "intake/Validators.h"
#include "security/Permissions.h"
#include "storage/Transaction.h"

#include "CatchQt.h"

namespace civicdesk::test {

IntakeFixture::IntakeFixture(StorageMode mode)
    : m_db(std::make_unique<TestDatabase>(mode)), m_clock(testNow())
{
    const Session system = Session::system(QStringLiteral("test"));
    const Context sys{db(), m_clock, system};
    REQUIRE(CatalogService(sys).importDefaultCatalog().isOk());
    REQUIRE(CalendarService::seedBuiltInYears(db(), m_clock).isOk());
    REQUIRE(db().write([](Transaction& tx) { return DocumentDemo::fill(tx); }).isOk());
    clerk = addStaff(QStringLiteral("clerk1"), QString::fromUtf8("李娜"), Role::Clerk);
    approver = addStaff(QStringLiteral("approver1"), QString::fromUtf8("王芳"), Role::Approver);
}

Session IntakeFixture::addStaff(const QString& login, const QString& name, Role role)
{
    StaffIdentity s;
    s.id = newId();
    s.login = login;
    s.displayName = name;
    s.roles = {role};
    const QString now = toDbTimestamp(m_clock.now());
    REQUIRE(
        db().write([&](Transaction& tx) -> Status {
                CIVICDESK_TRY(
                    tx.exec(QStringLiteral("INSERT INTO staff (id, branch_code, login, "
                                           "display_name, password_hash, created_at, "
                                           "updated_at) VALUES (?, 'ZX01', ?, ?, 'x', ?, ?)"),
                            {s.id, login, name, now, now})
                        .status());
                return tx
                    .exec(QStringLiteral("INSERT INTO staff_roles (staff_id, role) VALUES (?, ?)"),
                          {s.id, Permissions::roleKey(role)})
                    .status();
            })
            .isOk());
    return Session::forStaff(s);
}

Matter IntakeFixture::matter(const QString& code)
{
    auto m = CatalogRepository(db()).matterByCode(code);
    REQUIRE(m.isOk());
    return m.value();
}

Applicant IntakeFixture::person(int n, const QString& name, const QString& phone)
{
    // Born on a different day for every n, so that the numbers never repeat.
    const QDate born = QDate(1960, 1, 1).addDays(n);
    const QString first17 = QStringLiteral("110105") + born.toString(QStringLiteral("yyyyMMdd")) +
                            QStringLiteral("%1").arg(n % 1000, 3, 10, QLatin1Char('0'));
    return Applicant::person(name, DocumentType::ResidentId,
                             first17 + Validators::residentIdCheckCharacter(first17), phone);
}

IntakeRequest IntakeFixture::request(IntakeOutcome outcome, const QString& code,
                                     const Applicant& applicant)
{
    IntakeRequest r;
    r.outcome = outcome;
    r.matterId = matter(code).id;
    r.applicant = applicant;
    return r;
}

IntakeResult IntakeFixture::decide(const IntakeRequest& r)
{
    auto result = IntakeService(ctx()).decide(r);
    INFO(result.message().toStdString());
    REQUIRE(result.isOk());
    return result.value();
}

int IntakeFixture::count(const QString& sql, const QVariantList& params)
{
    auto v = db().scalar(sql, params);
    REQUIRE(v.isOk());
    return v.value().toInt();
}

QString mayFollowMaterial(const Matter& m)
{
    for (const Material& material : m.materials) {
        if (material.mayFollowLater)
            return material.id;
    }
    return {};
}

} // namespace civicdesk::test
