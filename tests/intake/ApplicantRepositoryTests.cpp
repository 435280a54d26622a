// Applicants stored, found again and searched, on SQLite and PostgreSQL: the same person
// coming back is the same row, name fragments of Chinese names are found, ID numbers and
// phones stay masked until an audited reveal.

#include "TestDatabase.h"

#include "intake/ApplicantRepository.h"
#include "intake/Validators.h"
#include "security/AuditLog.h"
#include "security/Session.h"

#include "CatchQt.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace civicdesk;
using namespace civicdesk::test;

namespace {

Session staff(Role role, const QString& login)
{
    StaffIdentity s;
    s.id = QStringLiteral("staff-") + login;
    s.login = login;
    s.displayName = login;
    s.roles = {role};
    return Session::forStaff(s);
}

QString idNumber(const QString& first17)
{
    return first17 + Validators::residentIdCheckCharacter(first17);
}

QString creditCode(const QString& first17)
{
    return first17 + Validators::creditCodeCheckCharacter(first17);
}

int rows(Database& db, const QString& table)
{
    return db.scalar(QStringLiteral("SELECT COUNT(*) FROM ") + table).value().toInt();
}

QVector<AuditEntry> audit(Database& db, const QString& prefix)
{
    AuditFilter f;
    f.actionPrefix = prefix;
    f.newestFirst = false;
    auto r = AuditLog::query(db, f);
    REQUIRE(r.isOk());
    return r.value();
}

QStringList names(const ApplicantSearch& s)
{
    QStringList list;
    for (const Applicant& a : s.applicants)
        list << a.name;
    return list;
}

struct Fixture {
    TestDatabase t;
    ManualClock clock{testNow()};
    Session clerk = staff(Role::Clerk, QStringLiteral("clerk1"));
    Context ctx{t.db(), clock, clerk};
    ApplicantRepository repo{ctx};

    Applicant save(const Applicant& a)
    {
        auto r = repo.save(a);
        INFO(r.message().toStdString() + " / " + r.error().detail.toStdString());
        REQUIRE(r.isOk());
        return r.value();
    }
};

} // namespace

TEST_CASE("the same person coming back is the same row, updated", "[db]")
{
    Fixture f;
    const QString number = idNumber(QStringLiteral("11010519850312003"));
    const Applicant first = f.save(Applicant::person(QStringLiteral("张伟"), DocumentType::ResidentId,
                                                     number, QStringLiteral("138 0013 8000"),
                                                     QStringLiteral("北京市朝阳区建国路88号")));
    CHECK_FALSE(first.id.isEmpty());
    CHECK(first.branchCode == QStringLiteral("ZX01"));
    CHECK(first.phone == QStringLiteral("13800138000"));

    // Back a month later with a new phone, the number typed with spaces and without the
    // address this time: same row, the new phone, the address kept.
    f.clock.advanceDays(30);
    QString spaced = number;
    spaced.insert(6, QLatin1Char(' ')).insert(15, QLatin1Char(' '));
    const Applicant again = f.save(Applicant::person(QStringLiteral("张伟"), DocumentType::ResidentId,
                                                     spaced.toLower(), QStringLiteral("13912345678")));
    CHECK(again.id == first.id);
    CHECK(again.phone == QStringLiteral("13912345678"));
    CHECK(again.address == QStringLiteral("北京市朝阳区建国路88号"));
    CHECK(rows(f.t.db(), QStringLiteral("persons")) == 1);

    auto found = f.repo.findByDocument(DocumentType::ResidentId, number);
    REQUIRE(found.isOk());
    REQUIRE(found.value().has_value());
    CHECK(found.value()->phone == QStringLiteral("13912345678"));
    CHECK(found.value()->updatedAt == f.clock.now());
    CHECK(found.value()->createdAt == testNow());

    // The trail says what happened and which fields changed, never the number in full.
    const auto registered = audit(f.t.db(), QStringLiteral("applicant."));
    REQUIRE(registered.size() == 2);
    CHECK(registered[0].action == QStringLiteral("applicant.registered"));
    CHECK(registered[0].subject.id == first.id);
    CHECK(registered[0].staffLogin == QStringLiteral("clerk1"));
    CHECK(registered[1].action == QStringLiteral("applicant.updated"));
    CHECK(registered[1].details.value(QStringLiteral("changed")).toArray() ==
          QJsonArray{QStringLiteral("phone")});
    for (const AuditEntry& e : registered) {
        const QString text = QString::fromUtf8(QJsonDocument(e.details).toJson());
        CHECK_FALSE(text.contains(number));
        CHECK(text.contains(QStringLiteral("110105********")));
        CHECK_FALSE(text.contains(QStringLiteral("13912345678")));
    }

    SECTION("saving the same data again writes nothing")
    {
        f.save(Applicant::person(QStringLiteral("张伟"), DocumentType::ResidentId, number,
                                 QStringLiteral("13912345678")));
        CHECK(audit(f.t.db(), QStringLiteral("applicant.")).size() == 2);
    }
    SECTION("the same number on another kind of document is another applicant")
    {
        const Applicant passport = f.save(Applicant::person(
            QStringLiteral("张伟"), DocumentType::Passport, QStringLiteral("E12345678"),
            QStringLiteral("13912345678")));
        CHECK(passport.id != first.id);
        CHECK(rows(f.t.db(), QStringLiteral("persons")) == 2);
    }
}

TEST_CASE("an organisation is kept by its credit code", "[db]")
{
    Fixture f;
    const QString code = creditCode(QStringLiteral("91110105MA01ABCD1"));
    const Applicant first = f.save(Applicant::organisation(
        QStringLiteral("北京示范科技(朝阳)有限公司"), code.toLower(), QStringLiteral("赵明"),
        QStringLiteral("孙丽"), QStringLiteral("010-84561234")));
    CHECK(first.kind == ApplicantKind::Organisation);
    CHECK(first.documentNumber == code);
    CHECK(first.name == QStringLiteral("北京示范科技（朝阳）有限公司"));
    CHECK(first.documentType == DocumentType::CreditCode);

    const Applicant again = f.save(Applicant::organisation(
        QStringLiteral("北京示范科技（朝阳）有限公司"), code, QStringLiteral("赵明"),
        QStringLiteral("钱进"), QStringLiteral("13800138000")));
    CHECK(again.id == first.id);
    CHECK(rows(f.t.db(), QStringLiteral("organisations")) == 1);

    auto found = f.repo.findByCreditCode(code);
    REQUIRE(found.isOk());
    REQUIRE(found.value());
    CHECK(found.value()->contactName == QStringLiteral("钱进"));
    CHECK(found.value()->legalRepresentative == QStringLiteral("赵明"));
    CHECK(found.value()->phone == QStringLiteral("13800138000"));
    CHECK_FALSE(f.repo.findByCreditCode(creditCode(QStringLiteral("91110105MA01ABCD2"))).value());
}

TEST_CASE("what is not valid is not stored, and the sentence names every field", "[db]")
{
    Fixture f;
    auto r = f.repo.save(Applicant::person(QStringLiteral("张伟"), DocumentType::ResidentId,
                                           QStringLiteral("110105198503120031"),
                                           QStringLiteral("1380013800")));
    REQUIRE_FALSE(r.isOk());
    CHECK(r.kind() == ErrorKind::Invalid);
    CHECK(r.message().contains(QStringLiteral("everything entered is kept")));
    CHECK(r.message().contains(QStringLiteral("Document number: Wrong check character")));
    CHECK(r.message().contains(QStringLiteral("Phone: A mobile number has 11 digits; this one has 10.")));
    CHECK(rows(f.t.db(), QStringLiteral("persons")) == 0);
    CHECK(audit(f.t.db(), QStringLiteral("applicant.")).isEmpty());

    // An unknown or invalid number simply finds nobody.
    CHECK_FALSE(f.repo.findByDocument(DocumentType::ResidentId,
                                      idNumber(QStringLiteral("11010519850312005")))
                    .value());
    CHECK_FALSE(f.repo.findByDocument(DocumentType::ResidentId, QStringLiteral("12345")).value());
}

TEST_CASE("name search finds fragments of Chinese names, however short", "[db]")
{
    Fixture f;
    int serial = 100;
    auto person = [&](const QString& name, const QString& phone) {
        const QString first17 = QStringLiteral("11010519850312%1").arg(++serial);
        return f.save(Applicant::person(name, DocumentType::ResidentId, idNumber(first17), phone));
    };
    person(QStringLiteral("张三丰"), QStringLiteral("13800138001"));
    person(QStringLiteral("张伟"), QStringLiteral("13800138002"));
    person(QStringLiteral("张伟"), QStringLiteral("13800138003")); // namesakes are common
    person(QStringLiteral("李张"), QStringLiteral("13800138004"));
    person(QStringLiteral("王小明"), QStringLiteral("010-65123456"));
    person(QStringLiteral("欧阳娜娜"), QStringLiteral("13606001234"));
    person(QStringLiteral("阳光"), QStringLiteral("13606001235"));
    person(QStringLiteral("买买提·艾力"), QStringLiteral("13999112233"));
    person(QStringLiteral("John Smith"), QStringLiteral("13800138009"));
    f.save(Applicant::organisation(QStringLiteral("北京张氏三丰科技有限公司"),
                                   creditCode(QStringLiteral("91110105MA01ABCD1")),
                                   QStringLiteral("张三丰"), QStringLiteral("李张"),
                                   QStringLiteral("13800138010")));

    auto search = [&](const QString& fragment, int limit = 50,
                      std::optional<ApplicantKind> only = std::nullopt) {
        auto r = f.repo.searchByName(fragment, limit, only);
        INFO(r.message().toStdString());
        REQUIRE(r.isOk());
        if (!only) {
            // The case list's search from the name index alone finds the same applicants in
            // the same order.
            auto ids = f.repo.idsByName(fragment, limit);
            REQUIRE(ids.isOk());
            QStringList expected, got;
            for (const Applicant& a : r->applicants)
                expected << a.id;
            for (const Applicant& a : ids->applicants)
                got << a.id;
            CHECK(got == expected);
            CHECK(ids->more == r->more);
        }
        return r.value();
    };

    SECTION("a fragment in the middle of a name")
    {
        CHECK(names(search(QStringLiteral("小"))) == QStringList{QStringLiteral("王小明")});
        CHECK(names(search(QStringLiteral("三丰"))) ==
              QStringList({QStringLiteral("张三丰"), QStringLiteral("北京张氏三丰科技有限公司")}));
        CHECK(names(search(QStringLiteral("丰三"))).isEmpty()); // the order of characters counts
        CHECK(names(search(QStringLiteral("提艾"))) == QStringList{QStringLiteral("买买提·艾力")});
        CHECK(names(search(QStringLiteral("娜娜"))) == QStringList{QStringLiteral("欧阳娜娜")});
        CHECK(names(search(QStringLiteral("阳娜娜"))) == QStringList{QStringLiteral("欧阳娜娜")});
        CHECK(names(search(QStringLiteral("娜阳"))).isEmpty());
        CHECK(names(search(QStringLiteral("科技有限"))) ==
              QStringList{QStringLiteral("北京张氏三丰科技有限公司")});
    }
    SECTION("a one-character fragment: names beginning with it first, then the others")
    {
        const QStringList found = names(search(QStringLiteral("张")));
        REQUIRE(found.size() == 5);
        CHECK(found.mid(0, 3) == QStringList({QStringLiteral("张三丰"), QStringLiteral("张伟"),
                                              QStringLiteral("张伟")}));
        CHECK(found.mid(3).contains(QStringLiteral("李张")));
        CHECK(found.mid(3).contains(QStringLiteral("北京张氏三丰科技有限公司")));
        CHECK(found.mid(3).contains(QStringLiteral("欧阳娜娜")) == false);
        CHECK(names(search(QStringLiteral("阳"))).mid(0, 1) == QStringList{QStringLiteral("阳光")});
        CHECK(names(search(QStringLiteral("阳"))).contains(QStringLiteral("欧阳娜娜")));
    }
    SECTION("a family name, including a compound one")
    {
        CHECK(names(search(QStringLiteral("欧阳"))) == QStringList{QStringLiteral("欧阳娜娜")});
        CHECK(names(search(QStringLiteral("王"))) == QStringList{QStringLiteral("王小明")});
    }
    SECTION("the whole name comes first, namesakes together")
    {
        const QStringList found = names(search(QStringLiteral("张伟")));
        CHECK(found == QStringList({QStringLiteral("张伟"), QStringLiteral("张伟")}));
    }
    SECTION("Latin names, in any case, and names typed with stray spaces")
    {
        CHECK(names(search(QStringLiteral("smi"))) == QStringList{QStringLiteral("John Smith")});
        CHECK(names(search(QStringLiteral("john smith"))) == QStringList{QStringLiteral("John Smith")});
        CHECK(names(search(QStringLiteral("张 三 丰"))).first() == QStringLiteral("张三丰"));
    }
    SECTION("only one kind, a page at a time")
    {
        CHECK(names(search(QStringLiteral("三丰"), 50, ApplicantKind::Organisation)) ==
              QStringList{QStringLiteral("北京张氏三丰科技有限公司")});
        const ApplicantSearch page = search(QStringLiteral("张"), 2);
        CHECK(page.applicants.size() == 2);
        CHECK(page.more);
        CHECK_FALSE(search(QStringLiteral("张"), 5).more);
        CHECK(search(QString()).applicants.isEmpty());
    }
    SECTION("a renamed applicant is found by the new name only")
    {
        const QString first17 = QStringLiteral("11010519850312101");
        f.save(Applicant::person(QStringLiteral("张叁丰"), DocumentType::ResidentId,
                                 idNumber(first17), QStringLiteral("13800138001")));
        CHECK(names(search(QStringLiteral("叁"))) == QStringList{QStringLiteral("张叁丰")});
        CHECK(names(search(QStringLiteral("三丰"))) ==
              QStringList{QStringLiteral("北京张氏三丰科技有限公司")});
    }
}

TEST_CASE("phone search finds a whole number in any format, or its first digits", "[db]")
{
    Fixture f;
    f.save(Applicant::person(QStringLiteral("王芳"), DocumentType::ResidentId,
                             idNumber(QStringLiteral("31010419900607002")),
                             QStringLiteral("13912345678")));
    f.save(Applicant::person(QStringLiteral("李娜"), DocumentType::ResidentId,
                             idNumber(QStringLiteral("44030519921120004")),
                             QStringLiteral("0755-26543210-801")));
    f.save(Applicant::organisation(QStringLiteral("深圳市示范贸易有限公司"),
                                   creditCode(QStringLiteral("91440300MA5DEFGH2")),
                                   QStringLiteral("黄国强"), QStringLiteral("何敏"),
                                   QStringLiteral("13912345679")));

    auto search = [&](const QString& phone) {
        auto r = f.repo.searchByPhone(phone);
        INFO(r.message().toStdString());
        REQUIRE(r.isOk());
        return names(r.value());
    };
    CHECK(search(QStringLiteral("+86 139 1234 5678")) == QStringList{QStringLiteral("王芳")});
    CHECK(search(QStringLiteral("075526543210")) == QStringList{QStringLiteral("李娜")});
    CHECK(search(QStringLiteral("0755-26543210 转 802")) == QStringList{QStringLiteral("李娜")});
    CHECK(search(QStringLiteral("1391234567")) ==
          QStringList({QStringLiteral("王芳"), QStringLiteral("深圳市示范贸易有限公司")}));
    CHECK(search(QStringLiteral("139")).size() == 2);
    CHECK(search(QStringLiteral("0755")) == QStringList{QStringLiteral("李娜")});
    CHECK(search(QStringLiteral("13712345678")).isEmpty());
    auto tooShort = f.repo.searchByPhone(QStringLiteral("13"));
    REQUIRE_FALSE(tooShort.isOk());
    CHECK(tooShort.message().contains(QStringLiteral("at least the first 3 digits")));
}

TEST_CASE("full ID numbers and phones are shown only through an audited reveal", "[db]")
{
    Fixture f;
    const QString number = idNumber(QStringLiteral("11010519850312003"));
    const Applicant stored = f.save(Applicant::person(QStringLiteral("张伟"), DocumentType::ResidentId,
                                                      number, QStringLiteral("13800138000")));
    CHECK(stored.maskedDocumentNumber() == number.left(6) + QStringLiteral("********") + number.right(4));
    CHECK(stored.maskedPhone() == QStringLiteral("138****8000"));

    SECTION("a clerk may reveal, and the trail records who saw which field")
    {
        auto full = f.repo.reveal(stored, ApplicantField::DocumentNumber);
        REQUIRE(full.isOk());
        CHECK(full.value() == number);
        CHECK(f.repo.reveal(stored, ApplicantField::Phone).value() == QStringLiteral("13800138000"));
        const auto revealed = audit(f.t.db(), QStringLiteral("personal_data.revealed"));
        REQUIRE(revealed.size() == 2);
        CHECK(revealed[0].staffLogin == QStringLiteral("clerk1"));
        CHECK(revealed[0].subject.type == QStringLiteral("person"));
        CHECK(revealed[0].subject.id == stored.id);
        CHECK(revealed[0].details.value(QStringLiteral("field")).toString() ==
              QStringLiteral("document_number"));
        CHECK(revealed[0].details.value(QStringLiteral("masked")).toString() ==
              stored.maskedDocumentNumber());
        CHECK(revealed[1].details.value(QStringLiteral("masked")).toString() ==
              QStringLiteral("138****8000"));
        CHECK(AuditLog::verify(f.t.db()).value().ok);
    }
    SECTION("an approver may not, and the refusal is recorded")
    {
        const Session approver = staff(Role::Approver, QStringLiteral("approver1"));
        ApplicantRepository repo(Context{f.t.db(), f.clock, approver});
        auto full = repo.reveal(stored, ApplicantField::DocumentNumber);
        REQUIRE_FALSE(full.isOk());
        CHECK(full.kind() == ErrorKind::Denied);
        CHECK(full.message().contains(QStringLiteral("recorded")));
        CHECK(audit(f.t.db(), QStringLiteral("personal_data.revealed")).isEmpty());
        const auto denied = audit(f.t.db(), QStringLiteral("permission.denied"));
        REQUIRE(denied.size() == 1);
        CHECK(denied[0].staffLogin == QStringLiteral("approver1"));
        CHECK(denied[0].subject.id == stored.id);

        // Nor take in applications.
        auto saved = repo.save(Applicant::person(QStringLiteral("李四"), DocumentType::Passport,
                                                 QStringLiteral("E12345678"),
                                                 QStringLiteral("13800138000")));
        CHECK(saved.kind() == ErrorKind::Denied);
        INFO(saved.message().toStdString());
        CHECK(audit(f.t.db(), QStringLiteral("permission.denied")).size() == 2);
        CHECK(rows(f.t.db(), QStringLiteral("persons")) == 1);
    }
}

TEST_CASE("an applicant vouched for by the history generator is stored as a checked one is", "[db]")
{
    Fixture f;
    // The columns a clerk's save writes, without the row's id.
    auto personRow = [&](const QString& number) {
        auto q =
            f.t.db().exec(QStringLiteral("SELECT branch_code, name, name_grams, document_type, "
                                         "document_number, phone, phone_key, address, "
                                         "created_at, updated_at FROM persons WHERE "
                                         "document_number = ?"),
                          {number});
        REQUIRE(q.isOk());
        REQUIRE(q.value().next());
        QStringList values;
        for (int i = 0; i < 10; ++i)
            values << q.value().value(i).toString();
        return values;
    };
    auto saveIn = [&](const Applicant& a, ApplicantRepository::Trust trust) {
        std::optional<Applicant> saved;
        REQUIRE(f.t.db()
                    .write([&](Transaction& tx) -> Status {
                        auto r = f.repo.save(tx, a, trust);
                        if (!r)
                            return r.error();
                        saved = r.take();
                        return {};
                    })
                    .isOk());
        return *saved;
    };
    const QString checkedNumber = idNumber(QStringLiteral("11010519491231002"));
    const QString vouchedNumber = idNumber(QStringLiteral("11010519491231003"));
    const Applicant checked =
        saveIn(Applicant::person(QStringLiteral("王小明"), DocumentType::ResidentId, checkedNumber,
                                 QStringLiteral("13800138000")),
               ApplicantRepository::Trust::Check);
    const Applicant vouched =
        saveIn(Applicant::person(QStringLiteral("王小明"), DocumentType::ResidentId, vouchedNumber,
                                 QStringLiteral("13800138000")),
               ApplicantRepository::Trust::Vouched);
    CHECK_FALSE(vouched.id.isEmpty());
    CHECK(vouched.id != checked.id);
    QStringList a = personRow(checkedNumber), b = personRow(vouchedNumber);
    CHECK(a.mid(0, 4) == b.mid(0, 4));
    CHECK(a.mid(5) == b.mid(5));
    const QVector<AuditEntry> registered = audit(f.t.db(), QStringLiteral("applicant.registered"));
    REQUIRE(registered.size() == 2);
    CHECK(registered.at(1).subject.id == vouched.id);

    // Coming back with its id: the stored row as it is, nothing written.
    const int audited = rows(f.t.db(), QStringLiteral("audit_log"));
    const Applicant again = saveIn(vouched, ApplicantRepository::Trust::Vouched);
    CHECK(again.id == vouched.id);
    CHECK(again.name == vouched.name);
    CHECK(rows(f.t.db(), QStringLiteral("persons")) == 2);
    CHECK(rows(f.t.db(), QStringLiteral("audit_log")) == audited);

    // Vouched as new but already stored: the clash fails the save instead of making a second row.
    Applicant clash = vouched;
    clash.id.clear();
    Status s = f.t.db().write([&](Transaction& tx) {
        return f.repo.save(tx, clash, ApplicantRepository::Trust::Vouched).status();
    });
    CHECK(s.kind() == ErrorKind::Conflict);
    CHECK(rows(f.t.db(), QStringLiteral("persons")) == 2);
}
