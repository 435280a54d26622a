// The applicant form on the offscreen platform, driven by the keyboard only, as at the
// counter: a scanner typing an ID number and Enter, the clerk confirming with one key.

#include "GuiTestTools.h"
#include "TestDatabase.h"

#include "Services.h"
#include "intake/ApplicantForm.h"
#include "intake/ApplicantRepository.h"
#include "intake/Validators.h"
#include "main/Translations.h"
#include "security/AuditLog.h"

#include "CatchQt.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFrame>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTest>
#include <QToolButton>

#include <functional>

using namespace civicdesk;
using namespace civicdesk::test;

namespace {

Session staff(Role role)
{
    StaffIdentity s;
    s.id = QStringLiteral("staff-1");
    s.login = QStringLiteral("clerk1");
    s.displayName = QStringLiteral("Clerk One");
    s.roles = {role};
    return Session::forStaff(s);
}

QWidget* focused()
{
    return QApplication::focusWidget();
}

// ASCII as keystrokes (the keyboard, a barcode scanner); Chinese the way an input method
// delivers it, as committed text.
void type(const QString& text)
{
    REQUIRE(focused());
    QString run;
    auto flush = [&run](bool ascii) {
        if (run.isEmpty())
            return;
        if (ascii) {
            QTest::keyClicks(focused(), run);
        } else {
            QInputMethodEvent commit;
            commit.setCommitString(run);
            QApplication::sendEvent(focused(), &commit);
        }
        run.clear();
    };
    bool ascii = true;
    for (QChar c : text) {
        const bool isAscii = c.unicode() < 128;
        if (isAscii != ascii)
            flush(ascii);
        ascii = isAscii;
        run += c;
    }
    flush(ascii);
}

void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    REQUIRE(focused());
    QTest::keyClick(focused(), key, modifiers);
}

// A button's mnemonic clicks it after a short animation.
bool waitFor(const std::function<bool()>& condition)
{
    for (int i = 0; i < 100 && !condition(); ++i)
        QTest::qWait(10);
    return condition();
}

struct Counter {
    TestDatabase t;
    Services services;
    ApplicantForm form;
    explicit Counter(Role role = Role::Clerk)
        : services(t.openAnother(), std::make_shared<ManualClock>(testNow()), staff(role)),
          form(services)
    {
        form.resize(760, 520);
        form.show();
        REQUIRE(QTest::qWaitForWindowExposed(&form));
        form.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&form));
        form.focusFirstField();
    }
};

// A woman's number (even 17th digit) ending in X, to scan with a lowercase x.
const QString kKnownId = QStringLiteral("42010619620224058X");

Applicant storeKnown(Services& services)
{
    const Session system = Session::system(QStringLiteral("test"));
    auto saved = ApplicantRepository(Context{services.db(), services.clock(), system})
                     .save(Applicant::person(QStringLiteral("张三丰"), DocumentType::ResidentId,
                                             kKnownId, QStringLiteral("027-87654321"),
                                             QStringLiteral("武汉市武昌区中南路7号")));
    REQUIRE(saved.isOk());
    return saved.value();
}

} // namespace

TEST_CASE("a scanned ID number of a known applicant is offered and filled in with one key", "[gui]")
{
    Counter c;
    const Applicant known = storeKnown(c.services);
    auto* name = child<QLineEdit>(c.form, "personName");
    auto* number = child<QLineEdit>(c.form, "personDocumentNumber");
    auto* phone = child<QLineEdit>(c.form, "personPhone");
    auto* address = child<QLineEdit>(c.form, "personAddress");
    auto* offer = child<QFrame>(c.form, "personPrefillOffer");
    auto* fill = child<QPushButton>(c.form, "personFillIn");
    REQUIRE(focused() == name);

    // Alt+U: the number field, as its label's mnemonic says; then the scanner's keystrokes.
    press(Qt::Key_U, Qt::AltModifier);
    REQUIRE(focused() == number);
    QString scanned = kKnownId;
    type(scanned.replace(QLatin1Char('X'), QLatin1Char('x')));
    press(Qt::Key_Return);

    REQUIRE(offer->isVisible());
    CHECK(focused() == fill);
    const QString offerText = child<QLabel>(c.form, "personPrefillText")->text();
    CHECK(offerText.contains(QStringLiteral("张三丰")));
    CHECK(offerText.contains(QStringLiteral("027****4321")));
    CHECK_FALSE(offerText.contains(QStringLiteral("87654321")));
    CHECK(number->text() == kKnownId);
    CHECK(child<QLabel>(c.form, "personDocumentNumberMessage")->text() ==
          QStringLiteral("Born 1962-02-24, female."));
    saveShot(c.form, QStringLiteral("applicant-form-prefill-offer.png"));

    SECTION("Enter fills in; the phone stays masked until an audited reveal")
    {
        press(Qt::Key_Return);
        CHECK_FALSE(offer->isVisible());
        CHECK(name->text() == QStringLiteral("张三丰"));
        CHECK(address->text() == QStringLiteral("武汉市武昌区中南路7号"));
        CHECK(phone->text().isEmpty());
        CHECK(phone->placeholderText().startsWith(QStringLiteral("027****4321")));
        CHECK(focused() == phone); // nothing left empty: on to the field after the number

        const Applicant entered = c.form.applicant();
        CHECK(entered.id == known.id);
        CHECK(entered.phone == QStringLiteral("027-87654321"));
        auto valid = c.form.validatedApplicant();
        REQUIRE(valid);
        CHECK(valid->documentNumber == kKnownId);
        saveShot(c.form, QStringLiteral("applicant-form-prefilled.png"));

        auto* reveal = child<QToolButton>(c.form, "personPhoneReveal");
        CHECK(reveal->isVisible());
        press(Qt::Key_Tab);
        REQUIRE(focused() == reveal);
        press(Qt::Key_Space);
        CHECK(phone->text() == QStringLiteral("027-87654321"));
        CHECK_FALSE(reveal->isVisible());
        AuditFilter filter;
        filter.actionPrefix = QStringLiteral("personal_data.revealed");
        const auto rows = AuditLog::query(c.services.db(), filter).value();
        REQUIRE(rows.size() == 1);
        CHECK(rows[0].subject.id == known.id);
        CHECK(rows[0].staffLogin == QStringLiteral("clerk1"));
    }
    SECTION("Esc goes on without the record and keeps what was typed")
    {
        press(Qt::Key_Escape);
        CHECK_FALSE(offer->isVisible());
        CHECK(name->text().isEmpty());
        CHECK(number->text() == kKnownId);
        CHECK(focused() == phone);
        CHECK(c.form.applicant().id.isEmpty());
        // Enter on the number again does not offer what was declined.
        press(Qt::Key_U, Qt::AltModifier);
        REQUIRE(focused() == number);
        press(Qt::Key_Return);
        CHECK_FALSE(offer->isVisible());
    }
}

TEST_CASE("a known number typed by hand is offered when the clerk tabs on, Alt+F fills in", "[gui]")
{
    Counter c;
    storeKnown(c.services);
    press(Qt::Key_Tab);
    press(Qt::Key_Tab);
    REQUIRE(focused() == child<QLineEdit>(c.form, "personDocumentNumber"));
    type(kKnownId);
    press(Qt::Key_Tab);
    CHECK(child<QFrame>(c.form, "personPrefillOffer")->isVisible());
    CHECK(focused() == child<QLineEdit>(c.form, "personPhone"));
    press(Qt::Key_F, Qt::AltModifier);
    REQUIRE(waitFor([&] { return !child<QFrame>(c.form, "personPrefillOffer")->isVisible(); }));
    CHECK(child<QLineEdit>(c.form, "personName")->text() == QStringLiteral("张三丰"));
    CHECK(c.form.applicant().phone == QStringLiteral("027-87654321"));
}

TEST_CASE("a mistyped ID number says exactly what is wrong and keeps what was typed", "[gui]")
{
    Counter c;
    auto* number = child<QLineEdit>(c.form, "personDocumentNumber");
    auto* message = child<QLabel>(c.form, "personDocumentNumberMessage");
    auto* phone = child<QLineEdit>(c.form, "personPhone");

    type(QStringLiteral("王 小明"));
    press(Qt::Key_Return); // to the document type
    CHECK(child<QLineEdit>(c.form, "personName")->text() == QStringLiteral("王小明"));
    press(Qt::Key_Return); // to the number
    REQUIRE(focused() == number);
    type(QStringLiteral("110105194912310021"));
    press(Qt::Key_Return);
    CHECK(focused() == number);
    CHECK(number->text() == QStringLiteral("110105194912310021"));
    CHECK(message->isVisible());
    CHECK(message->text() == QStringLiteral("Wrong check character: expected X, got 1. One of the 18 "
                                            "characters was probably mistyped; compare the number "
                                            "with the card."));
    CHECK(c.form.problem(ApplicantField::DocumentNumber) == message->text());

    // Corrected in place, the sentence goes at once; Enter looks it up (unknown) and moves on.
    press(Qt::Key_Backspace);
    type(QStringLiteral("X"));
    CHECK(c.form.problem(ApplicantField::DocumentNumber).isEmpty());
    press(Qt::Key_Return);
    CHECK(focused() == phone);

    type(QStringLiteral("1380013800"));
    press(Qt::Key_Tab);
    CHECK(c.form.problem(ApplicantField::Phone) ==
          QStringLiteral("A mobile number has 11 digits; this one has 10."));
    CHECK(phone->text() == QStringLiteral("1380013800"));
    CHECK_FALSE(c.form.validatedApplicant());
    CHECK(focused() == phone);
    saveShot(c.form, QStringLiteral("applicant-form-person-errors.png"));

    type(QStringLiteral("0"));
    CHECK(c.form.problem(ApplicantField::Phone).isEmpty());
    auto valid = c.form.validatedApplicant();
    REQUIRE(valid);
    CHECK(valid->name == QStringLiteral("王小明"));
    CHECK(valid->documentNumber == QStringLiteral("11010519491231002X"));
    CHECK(valid->phone == QStringLiteral("13800138000"));
}

TEST_CASE("an organisation is entered by keyboard, and switching back keeps the person's fields", "[gui]")
{
    Counter c;
    type(QStringLiteral("李四"));
    press(Qt::Key_G, Qt::AltModifier);
    REQUIRE(waitFor([&] { return c.form.kind() == ApplicantKind::Organisation; }));
    REQUIRE(focused() == child<QRadioButton>(c.form, "applicantKindOrganisation"));
    press(Qt::Key_Tab);
    REQUIRE(focused() == child<QLineEdit>(c.form, "organisationName"));
    type(QStringLiteral("示范科技(杭州)有限公司"));
    press(Qt::Key_Return);
    REQUIRE(focused() == child<QLineEdit>(c.form, "organisationCreditCode"));
    type(QStringLiteral("91350100O000100Y43"));
    press(Qt::Key_Return);
    CHECK(focused() == child<QLineEdit>(c.form, "organisationCreditCode"));
    CHECK(c.form.problem(ApplicantField::DocumentNumber) ==
          QStringLiteral("Letter O at position 9 is never used in credit codes: it is probably the "
                         "digit 0."));
    CHECK(child<QLineEdit>(c.form, "organisationName")->text() ==
          QStringLiteral("示范科技（杭州）有限公司"));

    CHECK_FALSE(c.form.validatedApplicant());
    CHECK(c.form.problem(ApplicantField::LegalRepresentative) ==
          QStringLiteral("Legal representative is required."));
    CHECK(c.form.problem(ApplicantField::Phone) == QStringLiteral("Contact phone is required."));
    CHECK(focused() == child<QLineEdit>(c.form, "organisationCreditCode"));
    saveShot(c.form, QStringLiteral("applicant-form-organisation.png"));

    press(Qt::Key_P, Qt::AltModifier);
    REQUIRE(waitFor([&] { return c.form.kind() == ApplicantKind::Person; }));
    CHECK(c.form.applicant().name == QStringLiteral("李四"));
    press(Qt::Key_G, Qt::AltModifier);
    REQUIRE(waitFor([&] { return c.form.kind() == ApplicantKind::Organisation; }));
    CHECK(c.form.applicant().documentNumber == QStringLiteral("91350100O000100Y43"));
}

TEST_CASE("without the permission the full number cannot be shown", "[gui]")
{
    Counter c(Role::Approver);
    const Applicant known = storeKnown(c.services);
    c.form.setApplicant(known);
    auto* number = child<QLineEdit>(c.form, "personDocumentNumber");
    auto* reveal = child<QToolButton>(c.form, "personDocumentNumberReveal");
    CHECK(number->text().isEmpty());
    CHECK(number->placeholderText().startsWith(known.maskedDocumentNumber()));
    CHECK(reveal->isVisible());
    CHECK_FALSE(reveal->isEnabled());
    CHECK(reveal->toolTip().contains(QStringLiteral("permission")));
    // The stored values still make a complete applicant for the intake service.
    CHECK(c.form.applicant().documentNumber == kKnownId);
    CHECK(c.form.applicant().id == known.id);
}

TEST_CASE("the form in Chinese, as the clerks see it", "[gui]")
{
    installTranslations(QStringLiteral("zh_CN"));
    {
        Counter c;
        storeKnown(c.services);
        CHECK(child<QRadioButton>(c.form, "applicantKindPerson")->text() == QStringLiteral("自然人(&P)"));
        type(QStringLiteral("张三丰"));
        press(Qt::Key_U, Qt::AltModifier);
        type(kKnownId);
        press(Qt::Key_Return);
        CHECK(child<QLabel>(c.form, "personPrefillText")->text().contains(QStringLiteral("已有记录")));
        CHECK(child<QLabel>(c.form, "personDocumentNumberMessage")->text() ==
              QStringLiteral("出生日期 1962-02-24，女。"));
        saveShot(c.form, QStringLiteral("applicant-form-zh_CN.png"));
        press(Qt::Key_Escape);
        type(QStringLiteral("12800138000"));
        press(Qt::Key_Return);
        CHECK(c.form.problem(ApplicantField::Phone) ==
              QStringLiteral("手机号码以 13 至 19 开头，不能以 12 开头。"));
        saveShot(c.form, QStringLiteral("applicant-form-zh_CN-error.png"));
    }
    installTranslations(QStringLiteral("en"));
}
