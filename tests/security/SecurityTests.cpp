#include "TestDatabase.h"

#include "demo/DemoData.h"
#include "security/AuditLog.h"
#include "security/Authorization.h"
#include "security/Passwords.h"
#include "security/Privacy.h"
#include "security/StaffDemo.h"
#include "security/StaffService.h"
#include "storage/Transaction.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>

#include <future>
#include <vector>

using namespace civicdesk;
using namespace civicdesk::test;

namespace {

struct Center {
    TestDatabase t;
    ManualClock clock{testNow()};
    Session system = Session::system(QStringLiteral("test"));

    Center() { REQUIRE(DemoData::fill(t.db(), clock).isOk()); }
    Context systemContext() { return {t.db(), clock, system}; }
    Session signIn(const QString& login, const QString& password = QString::fromLatin1(kDemoPassword))
    {
        auto r = StaffService::signIn(t.db(), clock, login, password, QStringLiteral("test-pc"));
        INFO(r.message().toStdString());
        REQUIRE(r.isOk());
        return r->session;
    }
    int auditCount(const QString& action)
    {
        return t.db().scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = ?"), {action})
            .value()
            .toInt();
    }
};

NewStaff newClerk(const QString& login = QStringLiteral("li.si"))
{
    return {login, QStringLiteral("李四"), QString(), {Role::Clerk}, QStringLiteral("Temp2026pw")};
}

} // namespace

TEST_CASE("passwords are hashed with argon2id and checked against the policy", "[unit]")
{
    auto hash = Passwords::hash(QStringLiteral("Winter2026"));
    REQUIRE(hash.isOk());
    CHECK(hash.value().startsWith(QStringLiteral("$argon2id$v=19$m=65536,t=2,p=1$")));
    CHECK(Passwords::verify(hash.value(), QStringLiteral("Winter2026")));
    CHECK_FALSE(Passwords::verify(hash.value(), QStringLiteral("winter2026")));
    CHECK(Passwords::hash(QStringLiteral("Winter2026")).value() != hash.value()); // salted

    CHECK(Passwords::checkPolicy(QStringLiteral("abc12345")).isOk());
    CHECK_FALSE(Passwords::checkPolicy(QStringLiteral("abc1234")).isOk());   // too short
    CHECK_FALSE(Passwords::checkPolicy(QStringLiteral("abcdefghi")).isOk()); // no digit
    CHECK_FALSE(Passwords::checkPolicy(QStringLiteral("123456789")).isOk()); // no letter
    const QString temporary = Passwords::generateTemporary();
    CHECK(temporary.size() == 10);
    CHECK(Passwords::checkPolicy(temporary).isOk());
}

TEST_CASE("a password is never stored or recorded in clear", "[db]")
{
    Center c;
    NewStaff s = newClerk();
    s.password = QStringLiteral("Unguessable77word");
    REQUIRE(StaffService::create(c.systemContext(), s).isOk());
    {
        auto rows = c.t.db().exec(QStringLiteral("SELECT password_hash FROM staff WHERE login = 'li.si'"));
        REQUIRE(rows.value().next());
        CHECK_FALSE(rows.value().value(0).toString().contains(s.password));
        auto audit = c.t.db().exec(QStringLiteral("SELECT details FROM audit_log"));
        while (audit.value().next())
            CHECK_FALSE(audit.value().value(0).toString().contains(s.password));
    }
    if (!onPostgres()) {
        REQUIRE(c.t.db().exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")).isOk());
        QFile file(c.t.spec().path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        CHECK_FALSE(file.readAll().contains(s.password.toUtf8()));
    }
}

TEST_CASE("five wrong passwords lock an account for five minutes", "[db]")
{
    Center c;
    auto attempt = [&](const QString& password) {
        return StaffService::signIn(c.t.db(), c.clock, QStringLiteral("clerk1"), password,
                                    QStringLiteral("test-pc"));
    };
    for (int i = 1; i <= 4; ++i) {
        auto r = attempt(QStringLiteral("wrong%1").arg(i));
        REQUIRE_FALSE(r.isOk());
        CHECK(r.message().startsWith(QStringLiteral("Wrong login name or password.")));
        if (i == 4)
            CHECK(r.message().contains(QStringLiteral("After 1 more wrong password the account is locked")));
    }
    auto fifth = attempt(QStringLiteral("wrong5"));
    REQUIRE_FALSE(fifth.isOk());
    CHECK(fifth.message().contains(QStringLiteral("locked for 5 minutes, until 10:05")));
    CHECK(c.auditCount(QStringLiteral("account.locked")) == 1);
    CHECK(c.auditCount(QStringLiteral("login.failed")) == 5);

    // Even the right password is refused while the account is locked.
    auto locked = attempt(QString::fromLatin1(kDemoPassword));
    REQUIRE_FALSE(locked.isOk());
    CHECK(locked.message().contains(QStringLiteral("is locked until 10:05")));
    CHECK(c.auditCount(QStringLiteral("login.refused")) == 1);

    SECTION("the lock ends by itself after five minutes")
    {
        c.clock.advanceSeconds(4 * 60 + 59);
        CHECK_FALSE(attempt(QString::fromLatin1(kDemoPassword)).isOk());
        c.clock.advanceSeconds(1);
        auto r = attempt(QString::fromLatin1(kDemoPassword));
        REQUIRE(r.isOk());
        CHECK(r->mustChangePassword); // the demo password must be changed
        // The count starts again from zero after a lock.
        for (int i = 1; i <= 4; ++i)
            CHECK_FALSE(attempt(QStringLiteral("again%1").arg(i)).isOk());
        CHECK(attempt(QString::fromLatin1(kDemoPassword)).isOk());
    }
    SECTION("an administrator can unlock it earlier; a clerk cannot")
    {
        const Session clerk = c.signIn(QStringLiteral("clerk2"));
        auto target = StaffService::findByLogin(c.t.db(), QStringLiteral("clerk1"));
        REQUIRE(target.isOk());
        Status refused = StaffService::unlock({c.t.db(), c.clock, clerk}, target->id);
        CHECK(refused.kind() == ErrorKind::Denied);
        CHECK(refused.message().contains(QStringLiteral("manage staff accounts")));
        CHECK(c.auditCount(QStringLiteral("permission.denied")) == 1);
        CHECK_FALSE(attempt(QString::fromLatin1(kDemoPassword)).isOk());

        const Session admin = c.signIn(QStringLiteral("admin"));
        REQUIRE(StaffService::unlock({c.t.db(), c.clock, admin}, target->id).isOk());
        CHECK(c.auditCount(QStringLiteral("account.unlocked")) == 1);
        CHECK(attempt(QString::fromLatin1(kDemoPassword)).isOk());
    }
}

TEST_CASE("an unknown login and a disabled account are refused and recorded", "[db]")
{
    Center c;
    auto unknown = StaffService::signIn(c.t.db(), c.clock, QStringLiteral("nobody"),
                                        QStringLiteral("x"), QStringLiteral("pc"));
    CHECK(unknown.message() == QStringLiteral("Wrong login name or password."));
    auto target = StaffService::findByLogin(c.t.db(), QStringLiteral("clerk3"));
    REQUIRE(StaffService::setActive(c.systemContext(), target->id, false).isOk());
    auto disabled = StaffService::signIn(c.t.db(), c.clock, QStringLiteral("clerk3"),
                                         QString::fromLatin1(kDemoPassword), QStringLiteral("pc"));
    CHECK(disabled.message().contains(QStringLiteral("disabled")));
    CHECK(c.auditCount(QStringLiteral("login.failed")) == 1);
    CHECK(c.auditCount(QStringLiteral("login.refused")) == 1);
}

TEST_CASE("a reset password must be changed at the next sign-in", "[db]")
{
    Center c;
    const Session admin = c.signIn(QStringLiteral("admin"));
    auto target = StaffService::findByLogin(c.t.db(), QStringLiteral("clerk4"));
    REQUIRE(StaffService::resetPassword({c.t.db(), c.clock, admin}, target->id,
                                        QStringLiteral("Reset2026a"))
                .isOk());
    CHECK_FALSE(StaffService::signIn(c.t.db(), c.clock, QStringLiteral("clerk4"),
                                     QString::fromLatin1(kDemoPassword), QStringLiteral("pc"))
                    .isOk());
    auto first = StaffService::signIn(c.t.db(), c.clock, QStringLiteral("clerk4"),
                                      QStringLiteral("Reset2026a"), QStringLiteral("pc"));
    REQUIRE(first.isOk());
    CHECK(first->mustChangePassword);
    const Context self{c.t.db(), c.clock, first->session};
    CHECK(StaffService::changeOwnPassword(self, QStringLiteral("wrong"), QStringLiteral("Mine2026ok"))
              .kind() == ErrorKind::Denied);
    CHECK(StaffService::changeOwnPassword(self, QStringLiteral("Reset2026a"), QStringLiteral("short"))
              .kind() == ErrorKind::Invalid);
    REQUIRE(StaffService::changeOwnPassword(self, QStringLiteral("Reset2026a"), QStringLiteral("Mine2026ok"))
                .isOk());
    auto second = StaffService::signIn(c.t.db(), c.clock, QStringLiteral("clerk4"),
                                       QStringLiteral("Mine2026ok"), QStringLiteral("pc"));
    REQUIRE(second.isOk());
    CHECK_FALSE(second->mustChangePassword);
    CHECK(c.auditCount(QStringLiteral("password.reset")) == 1);
    CHECK(c.auditCount(QStringLiteral("password.changed")) == 1);
}

TEST_CASE("each role is allowed and refused the actions that exist so far", "[db]")
{
    Center c;
    struct Case {
        const char* login;
        bool manageStaff;
        bool browseAudit;
    };
    const Case cases[] = {{"admin", true, true},
                          {"supervisor", false, true},
                          {"clerk1", false, false},
                          {"approver.ga", false, false}};
    int refusals = 0;
    for (const Case& row : cases) {
        INFO(row.login);
        const Session who = c.signIn(QString::fromLatin1(row.login));
        const Context ctx{c.t.db(), c.clock, who};
        auto created = StaffService::create(ctx, newClerk(QStringLiteral("new.%1").arg(QLatin1String(row.login)).replace(QLatin1Char('.'), QLatin1Char('-'))));
        CHECK(created.isOk() == row.manageStaff);
        if (!row.manageStaff) {
            CHECK(created.kind() == ErrorKind::Denied);
            CHECK(created.message().contains(QStringLiteral("administrator")));
            ++refusals;
        }
        auto browsed = AuditLog::browse(ctx, {});
        INFO(browsed.message().toStdString());
        CHECK(browsed.isOk() == row.browseAudit);
        CHECK(browsed.message().isEmpty() == row.browseAudit);
        if (!row.browseAudit)
            ++refusals;
    }
    // Every refusal is on record, with who was refused.
    CHECK(c.auditCount(QStringLiteral("permission.denied")) == refusals);
    auto q = c.t.db().exec(QStringLiteral("SELECT staff_login FROM audit_log WHERE action = "
                                          "'permission.denied' ORDER BY seq"));
    QStringList who;
    while (q.value().next())
        who << q.value().value(0).toString();
    CHECK(who == QStringList{QStringLiteral("supervisor"), QStringLiteral("clerk1"),
                             QStringLiteral("clerk1"), QStringLiteral("approver.ga"),
                             QStringLiteral("approver.ga")});
}

TEST_CASE("the role table gives each role what its work needs and no more", "[unit]")
{
    using P = Permission;
    auto can = [](Role r, P p) { return Permissions::allows({r}, p); };
    CHECK(can(Role::Clerk, P::TakeInApplication));
    CHECK(can(Role::Clerk, P::ServeQueue));
    CHECK_FALSE(can(Role::Clerk, P::DecideApprovalStep));
    CHECK_FALSE(can(Role::Clerk, P::ManageStaff));
    CHECK_FALSE(can(Role::Clerk, P::ApproveExtension));
    CHECK(can(Role::Approver, P::DecideApprovalStep));
    CHECK_FALSE(can(Role::Approver, P::TakeInApplication));
    CHECK_FALSE(can(Role::Approver, P::ViewFullPersonalData));
    CHECK(can(Role::Supervisor, P::ApproveExtension));
    CHECK(can(Role::Supervisor, P::ManageRoster));
    CHECK(can(Role::Supervisor, P::Override));
    CHECK_FALSE(can(Role::Supervisor, P::ManageCatalog));
    CHECK(can(Role::Admin, P::ManageCatalog));
    CHECK(can(Role::Admin, P::ManageStaff));
    CHECK_FALSE(can(Role::Admin, P::ServeQueue));
    CHECK_FALSE(can(Role::Admin, P::DecideApprovalStep));
    // A person may hold several roles.
    CHECK(Permissions::allows({Role::Clerk, Role::Supervisor}, P::ManageRoster));
    CHECK(Permissions::allows({Role::Clerk, Role::Supervisor}, P::TakeInApplication));
    for (int p = 0; p < int(P::PermissionCount_); ++p) {
        CHECK_FALSE(Permissions::permissionKey(P(p)).isEmpty());
        CHECK_FALSE(Permissions::rolesWith(P(p)).isEmpty()); // nothing is unreachable
    }
}

TEST_CASE("an audit row's canonical form is byte for byte the compact JSON that Qt writes",
          "[unit]")
{
    // Rows hashed before the canonical form was written by hand must still verify.
    QRandomGenerator random(20261123);
    const QString hazards = QStringLiteral("\"\\/\b\f\n\r\t\x01\x1f\x7f a王é€");
    auto randomText = [&]() {
        QString text;
        const int length = int(random.bounded(12));
        for (int i = 0; i < length; ++i) {
            switch (random.bounded(5)) {
            case 0: text += hazards.at(int(random.bounded(hazards.size()))); break;
            case 1: text += QChar(char16_t(0x20 + random.bounded(0x60))); break;
            case 2: text += QChar(char16_t(0x4E00 + random.bounded(0x5000))); break;
            case 3: text += QChar(char16_t(random.bounded(0x10000))); break; // lone halves too
            default: text += QString::fromUcs4(U"\U00020BB7"); break; // 𠮷, a surrogate pair
            }
        }
        return text;
    };
    int plain = 0;
    for (int i = 0; i < 3000; ++i) {
        AuditEntry e;
        e.id = i % 2 ? newId() : randomText();
        e.branchCode = QStringLiteral("HQ");
        e.seq = random.bounded(1000000);
        e.at = QDateTime(QDate(2026, 11, 23), QTime(9, 30, 15, int(random.bounded(1000))));
        e.staffId = i % 3 ? newId() : QString();
        e.staffLogin = randomText();
        e.action = QStringLiteral("case.accepted");
        e.subject = {QStringLiteral("case"), randomText()};
        e.details = {{QStringLiteral("note"), randomText()}, {QStringLiteral("n"), i}};
        const QJsonArray fields{e.id, e.branchCode, QString::number(e.seq), toDbTimestamp(e.at),
                                e.staffId, e.staffLogin, e.action, e.subject.type, e.subject.id,
                                QString::fromUtf8(QJsonDocument(e.details).toJson(QJsonDocument::Compact))};
        const QByteArray expected = QJsonDocument(fields).toJson(QJsonDocument::Compact);
        INFO(expected.toStdString());
        REQUIRE(AuditLog::canonical(e) == expected);
        plain += !expected.contains("\\u");
    }
    CHECK(plain > 300); // the direct path was taken, not only Qt's
}

TEST_CASE("an audit row's chain hash is the SHA-256 that Qt computes, on every thread", "[unit]")
{
    // Chains written before the hash came from OpenSSL must still verify.
    auto expectedHash = [](const QString& previous, const AuditEntry& e) {
        QCryptographicHash h(QCryptographicHash::Sha256);
        h.addData(previous.toLatin1());
        h.addData(AuditLog::canonical(e));
        return QString::fromLatin1(h.result().toHex());
    };
    auto entry = [](int i) {
        AuditEntry e;
        e.id = QStringLiteral("01a206ae-3c91-701b-850f-%1").arg(i, 12, 10, QLatin1Char('0'));
        e.branchCode = QStringLiteral("ZX01");
        e.seq = i + 1;
        e.at = QDateTime(QDate(2026, 11, 23), QTime(9, 30)).addSecs(i);
        e.staffLogin = QStringLiteral("clerk1");
        e.action = QStringLiteral("ticket.called");
        e.subject = {QStringLiteral("ticket"), QString::number(i)};
        e.details = {{QStringLiteral("number"), QStringLiteral("A%1").arg(i)},
                     {QStringLiteral("note"), QString(i % 300, QChar(u'王'))}};
        return e;
    };
    auto mismatches = [&](int from, int to) {
        int wrong = 0;
        QString previous; // the first row of a chain follows an empty hash
        for (int i = from; i < to; ++i) {
            const AuditEntry e = entry(i);
            const QString hash = AuditLog::chainHash(previous, e);
            wrong += hash != expectedHash(previous, e) || hash.size() != 64;
            previous = hash;
        }
        return wrong;
    };
    CHECK(mismatches(0, 600) == 0);
    // Each thread hashes with a context of its own.
    std::vector<std::future<int>> others;
    for (int t = 0; t < 4; ++t)
        others.push_back(std::async(std::launch::async, mismatches, t * 500, t * 500 + 500));
    for (auto& other : others)
        CHECK(other.get() == 0);
    CHECK(AuditLog::chainHash(QString(), entry(1)) != AuditLog::chainHash(QString(), entry(2)));
}

TEST_CASE("the audit chain detects a changed, a deleted and an inserted row", "[db]")
{
    Center c; // the demo writes one row per account
    const Session admin = c.signIn(QStringLiteral("admin"));
    for (int i = 0; i < 5; ++i)
        REQUIRE(AuditLog::record({c.t.db(), c.clock, admin}, QStringLiteral("test.event"),
                                 {QStringLiteral("case"), QStringLiteral("C%1").arg(i)},
                                 {{QStringLiteral("n"), i}})
                    .isOk());
    auto before = AuditLog::verify(c.t.db());
    REQUIRE(before.isOk());
    REQUIRE(before->ok);
    const qint64 rows = before->rows;
    CHECK(rows >= 20);
    Database& db = c.t.db();
    const QString branch = db.branchCode().value();

    SECTION("a changed row")
    {
        REQUIRE(db.exec(QStringLiteral("UPDATE audit_log SET details = '{\"n\":99}' WHERE seq = 10")).isOk());
        auto v = AuditLog::verify(db);
        REQUIRE_FALSE(v->ok);
        CHECK(v->seq == 10);
        CHECK(v->problem.contains(QStringLiteral("was changed after it was written")));
    }
    SECTION("a changed time")
    {
        REQUIRE(db.exec(QStringLiteral("UPDATE audit_log SET at = '2026-01-01 00:00:00.000' WHERE seq = 3")).isOk());
        auto v = AuditLog::verify(db);
        REQUIRE_FALSE(v->ok);
        CHECK(v->seq == 3);
    }
    SECTION("a deleted row")
    {
        REQUIRE(db.exec(QStringLiteral("DELETE FROM audit_log WHERE seq = 7")).isOk());
        auto v = AuditLog::verify(db);
        REQUIRE_FALSE(v->ok);
        CHECK(v->seq == 7);
        CHECK(v->problem.contains(QStringLiteral("is missing: it was deleted")));
    }
    SECTION("the last row deleted")
    {
        REQUIRE(db.exec(QStringLiteral("DELETE FROM audit_log WHERE seq = ?"), {rows}).isOk());
        auto v = AuditLog::verify(db);
        REQUIRE_FALSE(v->ok);
        CHECK(v->problem.contains(QStringLiteral("the last 1 audit row(s) were deleted")));
    }
    SECTION("a row inserted at the end")
    {
        REQUIRE(db.exec(QStringLiteral("INSERT INTO audit_log (id, branch_code, seq, at, staff_login, "
                                       "action, subject_type, subject_id, details, hash) VALUES "
                                       "('x', ?, ?, '2026-11-20 11:00:00.000', 'admin', "
                                       "'case.approved', 'case', 'C9', '{}', 'forged')"),
                        {branch, rows + 1})
                    .isOk());
        auto v = AuditLog::verify(db);
        REQUIRE_FALSE(v->ok);
        CHECK(v->seq == rows + 1);
        CHECK(v->problem.contains(QStringLiteral("inserted")));
    }
    SECTION("a row inserted in the middle")
    {
        // Make room at seq 12 the way someone editing the file would, then insert there.
        REQUIRE(db.exec(QStringLiteral("UPDATE audit_log SET seq = seq + 1000 WHERE seq >= 12")).isOk());
        REQUIRE(db.exec(QStringLiteral("UPDATE audit_log SET seq = seq - 999 WHERE seq >= 1012")).isOk());
        REQUIRE(db.exec(QStringLiteral("INSERT INTO audit_log (id, branch_code, seq, at, staff_login, "
                                       "action, subject_type, subject_id, details, hash) VALUES "
                                       "('y', ?, 12, '2026-11-20 09:00:00.000', 'admin', "
                                       "'case.approved', 'case', 'C9', '{}', 'forged')"),
                        {branch})
                    .isOk());
        auto v = AuditLog::verify(db);
        REQUIRE_FALSE(v->ok);
        CHECK(v->seq == 12);
        CHECK(v->problem.contains(QStringLiteral("inserted or moved")));
    }
}

TEST_CASE("personal identifiers are masked in the documented formats", "[unit]")
{
    using namespace civicdesk::privacy;
    CHECK(maskIdNumber(QStringLiteral("11010519491231002X")) == QStringLiteral("110105********002X"));
    CHECK(maskIdNumber(QStringLiteral("E12345678")) == QStringLiteral("E1*****78"));
    CHECK(maskPhone(QStringLiteral("13812345678")) == QStringLiteral("138****5678"));
    CHECK(maskPhone(QStringLiteral("010-62345678")) == QStringLiteral("010****5678"));
    CHECK(maskName(QStringLiteral("张三")) == QStringLiteral("张*"));
    CHECK(maskName(QStringLiteral("李小龙")) == QStringLiteral("李*"));
    CHECK(maskName(QStringLiteral("欧阳娜娜")) == QStringLiteral("欧阳*"));
    CHECK(maskName(QStringLiteral("John Smith")) == QStringLiteral("J*"));
}
