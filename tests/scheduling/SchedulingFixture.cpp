#include "SchedulingFixture.h"

#include "storage/Transaction.h"

namespace civicdesk::test {

SchedulingFixture::SchedulingFixture(StorageMode mode)
    : m_db(std::make_unique<TestDatabase>(mode)), m_clock(testNow())
{
    catA = addCategory(QStringLiteral("A"), QStringLiteral("户籍业务"), QStringLiteral("Household registration"));
    catB = addCategory(QStringLiteral("B"), QStringLiteral("企业开办"), QStringLiteral("Starting a business"));
    catC = addCategory(QStringLiteral("C"), QStringLiteral("社保医保"), QStringLiteral("Social insurance"));
    clerk1 = addStaff(QStringLiteral("clerk1"), QStringLiteral("王芳"), {Role::Clerk});
    clerk2 = addStaff(QStringLiteral("clerk2"), QStringLiteral("李强"), {Role::Clerk});
    supervisor = addStaff(QStringLiteral("supervisor"), QStringLiteral("赵敏"), {Role::Supervisor});
    approver = addStaff(QStringLiteral("approver1"), QStringLiteral("孙伟"), {Role::Approver});
}

Session SchedulingFixture::addStaff(const QString& login, const QString& name, QSet<Role> roles)
{
    StaffIdentity s;
    s.id = newId();
    s.login = login;
    s.displayName = name;
    s.roles = roles;
    const QString now = toDbTimestamp(m_clock.now());
    REQUIRE(db().write([&](Transaction& tx) -> Status {
                    CIVICDESK_TRY(tx.exec(QStringLiteral("INSERT INTO staff (id, branch_code, login, "
                                                         "display_name, password_hash, created_at, "
                                                         "updated_at) VALUES (?, 'ZX01', ?, ?, 'x', ?, ?)"),
                                          {s.id, login, name, now, now})
                                      .status());
                    for (Role r : roles)
                        CIVICDESK_TRY(tx.exec(QStringLiteral("INSERT INTO staff_roles (staff_id, role) "
                                                             "VALUES (?, ?)"),
                                              {s.id, Permissions::roleKey(r)})
                                          .status());
                    return {};
                })
                .isOk());
    return Session::forStaff(s);
}

QString SchedulingFixture::addCategory(const QString& prefix, const QString& nameZh, const QString& nameEn)
{
    TicketCategory c;
    c.prefix = prefix;
    c.nameZh = nameZh;
    c.nameEn = nameEn;
    Status s = WindowService::saveCategory(system(), c);
    INFO(s.message().toStdString() + " " + (s.isOk() ? std::string() : s.error().detail.toStdString()));
    REQUIRE(s.isOk());
    return c.id;
}

QString SchedulingFixture::addWindow(int number, bool comprehensive, const QStringList& categoryIds)
{
    ServiceWindow w;
    w.number = number;
    w.comprehensive = comprehensive;
    w.categoryIds = categoryIds;
    Status s = WindowService::saveWindow(system(), w);
    INFO(s.message().toStdString() + " " + (s.isOk() ? std::string() : s.error().detail.toStdString()));
    REQUIRE(s.isOk());
    return w.id;
}

Ticket SchedulingFixture::issue(const QString& categoryId, const QString& priority)
{
    auto slip = QueueService::issue(system(), {categoryId, priority, {}, {}});
    INFO(slip.message().toStdString());
    REQUIRE(slip.isOk());
    auto t = QueueService::ticket(db(), slip->ticketId);
    REQUIRE(t.isOk());
    m_clock.advanceSeconds(30); // applicants arrive one after the other
    return t.value();
}

Ticket SchedulingFixture::callNext(const Session& s, const QString& windowId)
{
    auto t = QueueService::callNext(as(s), windowId);
    INFO(t.message().toStdString());
    REQUIRE(t.isOk());
    REQUIRE(t.value().has_value());
    return *t.value();
}

} // namespace civicdesk::test
