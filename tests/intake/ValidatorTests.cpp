// The checks on ID numbers, credit codes, phones and names: published and synthetic vectors,
// valid and invalid, and the exact sentence a clerk reads for each mistake.

#include "TestDatabase.h"

#include "intake/Validators.h"

#include "CatchQt.h"

using namespace civicdesk;
using namespace civicdesk::test;

namespace {

const QDate kToday = testNow().date(); // 2026-11-20

QString reason(const Result<QString>& r)
{
    REQUIRE_FALSE(r.isOk());
    CHECK(r.kind() == ErrorKind::Invalid);
    return r.message();
}

QString id17(const QString& first17)
{
    return first17 + Validators::residentIdCheckCharacter(first17);
}

QString uscc17(const QString& first17)
{
    return first17 + Validators::creditCodeCheckCharacter(first17);
}

} // namespace

TEST_CASE("resident ID numbers: the published examples of GB 11643-1999", "[unit]")
{
    CHECK(Validators::residentIdCheckCharacter(QStringLiteral("11010519491231002")) == QLatin1Char('X'));
    CHECK(Validators::residentIdCheckCharacter(QStringLiteral("44052418800101001")) == QLatin1Char('4'));

    auto beijing = Validators::residentId(QStringLiteral("11010519491231002X"), kToday);
    REQUIRE(beijing.isOk());
    CHECK(beijing.value() == QStringLiteral("11010519491231002X"));
    const ResidentIdFacts facts = Validators::residentIdFacts(beijing.value());
    CHECK(facts.regionCode == QStringLiteral("110105"));
    CHECK(facts.birthDate == QDate(1949, 12, 31));
    CHECK(facts.female);

    // The standard's second example is well formed, but nobody born in 1880 comes to the
    // counter: birth dates before 1900 are refused.
    CHECK(reason(Validators::residentId(QStringLiteral("440524188001010014"), kToday)) ==
          QStringLiteral("Birth date 1880-01-01 (positions 7–14) is before 1900."));
}

TEST_CASE("resident ID numbers: what is accepted and how it is normalised", "[unit]")
{
    SECTION("a lowercase x is accepted and stored as X")
    {
        auto r = Validators::residentId(QStringLiteral("11010519491231002x"), kToday);
        REQUIRE(r.isOk());
        CHECK(r.value() == QStringLiteral("11010519491231002X"));
    }
    SECTION("spaces and full-width characters from a Chinese input method are read as typed")
    {
        CHECK(Validators::residentId(QStringLiteral(" 110105 19491231 002X "), kToday).value() ==
              QStringLiteral("11010519491231002X"));
        CHECK(Validators::residentId(QStringLiteral("１１０１０５１９４９１２３１００２ｘ"), kToday).value() ==
              QStringLiteral("11010519491231002X"));
    }
    SECTION("synthetic numbers from every kind of region, a leap day and today")
    {
        for (const QString& first17 :
             {QStringLiteral("31010419900607002"), QStringLiteral("44030520000229004"),
              QStringLiteral("65010219800909003"), QStringLiteral("81000019900101001"),
              QStringLiteral("83000019900101002"), QStringLiteral("51010720261120001")}) {
            INFO(first17.toStdString());
            auto r = Validators::residentId(id17(first17), kToday);
            INFO(r.message().toStdString());
            CHECK(r.isOk());
        }
        CHECK_FALSE(Validators::residentIdFacts(id17(QStringLiteral("31010419900607001"))).female);
    }
}

TEST_CASE("resident ID numbers: each mistake gets its own sentence", "[unit]")
{
    CHECK(reason(Validators::residentId(QStringLiteral("110105194912310021"), kToday)) ==
          QStringLiteral("Wrong check character: expected X, got 1. One of the 18 characters was "
                         "probably mistyped; compare the number with the card."));
    // Two digits swapped: the check character catches it.
    CHECK(reason(Validators::residentId(QStringLiteral("11010519491213002X"), kToday))
              .startsWith(QStringLiteral("Wrong check character")));
    CHECK(reason(Validators::residentId(id17(QStringLiteral("11010519990230002")), kToday)) ==
          QStringLiteral("Impossible birth date 1999-02-30 (positions 7–14)."));
    CHECK(reason(Validators::residentId(id17(QStringLiteral("11010520010229002")), kToday)) ==
          QStringLiteral("Impossible birth date 2001-02-29 (positions 7–14)."));
    CHECK(reason(Validators::residentId(id17(QStringLiteral("11010519901301002")), kToday))
              .contains(QStringLiteral("1990-13-01")));
    CHECK(reason(Validators::residentId(id17(QStringLiteral("11010520261121002")), kToday)) ==
          QStringLiteral("Birth date 2026-11-21 (positions 7–14) is in the future."));
    CHECK(reason(Validators::residentId(id17(QStringLiteral("11010518991231002")), kToday))
              .contains(QStringLiteral("before 1900")));
    CHECK(reason(Validators::residentId(QStringLiteral("11010519491231002"), kToday)) ==
          QStringLiteral("An ID number has 18 characters; this one has 17."));
    CHECK(reason(Validators::residentId(QStringLiteral("11010519491231002X1"), kToday)) ==
          QStringLiteral("An ID number has 18 characters; this one has 19."));
    CHECK(reason(Validators::residentId(QStringLiteral("110105491231002"), kToday))
              .contains(QStringLiteral("first-generation")));
    CHECK(reason(Validators::residentId(QStringLiteral("1101051949I231002X"), kToday)) ==
          QStringLiteral("Character “I” at position 11 is not allowed: the first 17 characters "
                         "of an ID number are digits."));
    CHECK(reason(Validators::residentId(QStringLiteral("11010519491231002Y"), kToday))
              .contains(QStringLiteral("position 18")));
    for (const QString& region : {QStringLiteral("0"), QStringLiteral("7"), QStringLiteral("9")}) {
        const QString first17 = region + QStringLiteral("1010519491231002");
        CHECK(reason(Validators::residentId(id17(first17), kToday))
                  .contains(QStringLiteral("1 to 6 or 8, not with ") + region));
    }
    CHECK(reason(Validators::residentId(id17(QStringLiteral("19010519491231002")), kToday)) ==
          QStringLiteral("Region code 19 (positions 1–2) is not a province or region of China."));
    CHECK(reason(Validators::residentId(QString(), kToday)) == QStringLiteral("Nothing was entered."));
}

TEST_CASE("unified social credit codes: published and real codes are valid", "[unit]")
{
    // The example of GB 32100-2015, and the codes printed on well-known business licences.
    for (const QString& code :
         {QStringLiteral("91350100M000100Y43"), QStringLiteral("914403001922038216"),
          QStringLiteral("9144030071526726XG"), QStringLiteral("91330100716105852F"),
          QStringLiteral("91110108551385082Q"), QStringLiteral("91110000802100433B")}) {
        INFO(code.toStdString());
        auto r = Validators::creditCode(code);
        INFO(r.message().toStdString());
        REQUIRE(r.isOk());
        CHECK(r.value() == code);
        CHECK(Validators::creditCodeCheckCharacter(code.left(17)) == code.at(17));
    }
    SECTION("lowercase letters are accepted and stored in capitals")
    {
        CHECK(Validators::creditCode(QStringLiteral("9144030071526726xg")).value() ==
              QStringLiteral("9144030071526726XG"));
    }
    SECTION("every registration authority and type of the standard and its additions")
    {
        for (const QString& head :
             {QStringLiteral("11"), QStringLiteral("12"), QStringLiteral("31"), QStringLiteral("36"),
              QStringLiteral("51"), QStringLiteral("52"), QStringLiteral("53"), QStringLiteral("54"),
              QStringLiteral("55"), QStringLiteral("71"), QStringLiteral("81"), QStringLiteral("92"),
              QStringLiteral("93"), QStringLiteral("A1"), QStringLiteral("G1"), QStringLiteral("J1"),
              QStringLiteral("N2"), QStringLiteral("Q1"), QStringLiteral("Y1")}) {
            const QString code = uscc17(head + QStringLiteral("330106MJ9876543"));
            INFO(code.toStdString());
            CHECK(Validators::creditCode(code).isOk());
        }
    }
}

TEST_CASE("unified social credit codes: each mistake gets its own sentence", "[unit]")
{
    CHECK(reason(Validators::creditCode(QStringLiteral("91350100M000100Y44"))) ==
          QStringLiteral("Wrong check character: expected 3, got 4. One of the 18 characters was "
                         "probably mistyped; compare the code with the business licence."));
    CHECK(reason(Validators::creditCode(QStringLiteral("91350100M000100Y4"))) ==
          QStringLiteral("A unified social credit code has 18 characters; this one has 17."));
    CHECK(reason(Validators::creditCode(QStringLiteral("91350100O000100Y43"))) ==
          QStringLiteral("Letter O at position 9 is never used in credit codes: it is probably "
                         "the digit 0."));
    CHECK(reason(Validators::creditCode(QStringLiteral("91350100M0001I0Y43")))
              .contains(QStringLiteral("Letter I at position 14")));
    for (const QString& letter : {QStringLiteral("Z"), QStringLiteral("S"), QStringLiteral("V")}) {
        QString code = QStringLiteral("91350100M000100Y43");
        code[15] = letter.at(0);
        CHECK(reason(Validators::creditCode(code)) ==
              QStringLiteral("Letter %1 at position 16 is never used in credit codes (I, O, Z, S "
                             "and V are left out).")
                  .arg(letter));
    }
    CHECK(reason(Validators::creditCode(QStringLiteral("91350100M000-00Y43")))
              .contains(QStringLiteral("Character “-” at position 13")));
    CHECK(reason(Validators::creditCode(uscc17(QStringLiteral("B1350100M000100Y4")))) ==
          QStringLiteral("Registration authority code B (position 1) does not exist; it is one of "
                         "1 to 9, A, G, J, N, Q or Y."));
    CHECK(reason(Validators::creditCode(uscc17(QStringLiteral("94350100M000100Y4")))) ==
          QStringLiteral("Organisation type code 4 (position 2) does not exist for registration "
                         "authority 9, which uses 1, 2, 3, 9."));
    CHECK(reason(Validators::creditCode(uscc17(QStringLiteral("913501A0M000100Y4"))))
              .contains(QStringLiteral("position 7")));
}

TEST_CASE("phone numbers: mobiles and landlines in the ways people write them", "[unit]")
{
    const QList<QPair<QString, QString>> valid = {
        {QStringLiteral("13800138000"), QStringLiteral("13800138000")},
        {QStringLiteral("138 0013 8000"), QStringLiteral("13800138000")},
        {QStringLiteral("138-0013-8000"), QStringLiteral("13800138000")},
        {QStringLiteral("+86 138 0013 8000"), QStringLiteral("13800138000")},
        {QStringLiteral("0086 19912345678"), QStringLiteral("19912345678")},
        {QStringLiteral("１３８００１３８０００"), QStringLiteral("13800138000")},
        {QStringLiteral("010-12345678"), QStringLiteral("010-12345678")},
        {QStringLiteral("01012345678"), QStringLiteral("010-12345678")},
        {QStringLiteral("(010)12345678"), QStringLiteral("010-12345678")},
        {QStringLiteral("+86 10 6512 3456"), QStringLiteral("010-65123456")},
        {QStringLiteral("021-1234-5678"), QStringLiteral("021-12345678")},
        {QStringLiteral("0755-1234567"), QStringLiteral("0755-1234567")},
        {QStringLiteral("07551234567"), QStringLiteral("0755-1234567")},
        {QStringLiteral("075526543210"), QStringLiteral("0755-26543210")},
        {QStringLiteral("0755-26543210-801"), QStringLiteral("0755-26543210-801")},
        {QStringLiteral("010-65321234 转 801"), QStringLiteral("010-65321234-801")},
        {QStringLiteral("010 6532 1234 ext. 8"), QStringLiteral("010-65321234-8")},
    };
    for (const auto& [typed, normalised] : valid) {
        INFO(typed.toStdString());
        auto r = Validators::phone(typed);
        INFO(r.message().toStdString());
        REQUIRE(r.isOk());
        CHECK(r.value() == normalised);
    }
    CHECK(Validators::phoneKey(QStringLiteral("0755-26543210-801")) == QStringLiteral("075526543210"));
    CHECK(Validators::phoneKey(QStringLiteral("13800138000")) == QStringLiteral("13800138000"));
}

TEST_CASE("phone numbers: each mistake gets its own sentence", "[unit]")
{
    CHECK(reason(Validators::phone(QStringLiteral("12800138000"))) ==
          QStringLiteral("Mobile numbers begin with 13 to 19, not with 12."));
    CHECK(reason(Validators::phone(QStringLiteral("1380013800"))) ==
          QStringLiteral("A mobile number has 11 digits; this one has 10."));
    CHECK(reason(Validators::phone(QStringLiteral("138001380001"))) ==
          QStringLiteral("A mobile number has 11 digits; this one has 12."));
    CHECK(reason(Validators::phone(QStringLiteral("65123456")))
              .contains(QStringLiteral("needs its area code")));
    CHECK(reason(Validators::phone(QStringLiteral("010-123456"))) ==
          QStringLiteral("The number after area code 010 must have 7 or 8 digits; this one has 6."));
    CHECK(reason(Validators::phone(QStringLiteral("0101-1234567")))
              .startsWith(QStringLiteral("Area code 0101 does not exist")));
    CHECK(reason(Validators::phone(QStringLiteral("010-01234567"))) ==
          QStringLiteral("The number after area code 010 cannot begin with 0."));
    CHECK(reason(Validators::phone(QStringLiteral("400-800-1234"))).contains(QStringLiteral("400")));
    CHECK(reason(Validators::phone(QStringLiteral("+1 202 555 0100"))).contains(QStringLiteral("+86")));
    CHECK(reason(Validators::phone(QStringLiteral("010-12345678-1234567"))).contains(QStringLiteral("extension")));
    CHECK(reason(Validators::phone(QStringLiteral("1380013800a"))) ==
          QStringLiteral("Character “a” at position 11 is not allowed in a phone number."));
}

TEST_CASE("permits and passports get format checks of their own", "[unit]")
{
    CHECK(Validators::hkMacaoPermit(QStringLiteral("h60123457")).value() == QStringLiteral("H60123457"));
    CHECK(Validators::hkMacaoPermit(QStringLiteral("M1234567801")).isOk());
    CHECK(reason(Validators::hkMacaoPermit(QStringLiteral("K60123457"))).contains(QStringLiteral("H (Hong Kong)")));
    CHECK(reason(Validators::hkMacaoPermit(QStringLiteral("H6012345"))).contains(QStringLiteral("this one has 7 digits after the letter")));
    CHECK(Validators::taiwanPermit(QStringLiteral("01234567")).isOk());
    CHECK(reason(Validators::taiwanPermit(QStringLiteral("0123456A"))).contains(QStringLiteral("position 8")));
    CHECK(reason(Validators::taiwanPermit(QStringLiteral("0123456"))).contains(QStringLiteral("8 digits")));
    CHECK(Validators::passport(QStringLiteral("e12345678")).value() == QStringLiteral("E12345678"));
    CHECK(reason(Validators::passport(QStringLiteral("E12"))).contains(QStringLiteral("this one has 3")));
    CHECK(reason(Validators::passport(QStringLiteral("E123-4567"))).contains(QStringLiteral("position 5")));
}

TEST_CASE("names are tidied, and a whole applicant is checked field by field", "[unit]")
{
    CHECK(Validators::personName(QStringLiteral(" 张 三 ")).value() == QStringLiteral("张三"));
    CHECK(Validators::personName(QStringLiteral("买买提•艾力")).value() == QStringLiteral("买买提·艾力"));
    CHECK(Validators::personName(QStringLiteral("John  Smith")).value() == QStringLiteral("John Smith"));
    CHECK(reason(Validators::personName(QStringLiteral("张3"))) ==
          QStringLiteral("Character “3” at position 2 is a digit; a name has no digits."));
    CHECK(Validators::organisationName(QStringLiteral("腾讯科技(深圳)有限公司")).value() ==
          QStringLiteral("腾讯科技（深圳）有限公司"));

    Applicant person = Applicant::person(QStringLiteral("张三"), DocumentType::ResidentId,
                                         QStringLiteral("11010519491231002x"), QString());
    ApplicantCheck c = Validators::check(person, kToday);
    CHECK_FALSE(c.isOk());
    CHECK(c.problems.keys() == QList<ApplicantField>{ApplicantField::Phone});
    CHECK(c.problems.value(ApplicantField::Phone) == QStringLiteral("Phone is required."));
    CHECK(c.normalised.documentNumber == QStringLiteral("11010519491231002X"));

    Applicant organisation = Applicant::organisation(QStringLiteral("示范科技有限公司"),
                                                     QStringLiteral("91350100M000100Y44"),
                                                     QString(), QStringLiteral("李四"),
                                                     QStringLiteral("13800138000"));
    c = Validators::check(organisation, kToday);
    CHECK(c.problems.keys() ==
          QList<ApplicantField>{ApplicantField::DocumentNumber, ApplicantField::LegalRepresentative});
    CHECK(c.summary().contains(QStringLiteral("Unified social credit code: Wrong check character")));
    CHECK(c.summary().contains(QStringLiteral("Legal representative is required.")));
}
