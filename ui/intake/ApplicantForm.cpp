#include "ApplicantForm.h"

#include "PersonalDataEdit.h"
#include "Services.h"
#include "intake/ApplicantRepository.h"
#include "intake/Validators.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QStackedWidget>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

#include <vector>

namespace civicdesk {

namespace {

const char* const kProblemStyle = "color: #b71c1c;";
const char* const kHintStyle = "color: #555555;";

bool isEnter(const QKeyEvent* e)
{
    return e->key() == Qt::Key_Return || e->key() == Qt::Key_Enter;
}

} // namespace

struct ApplicantForm::Field {
    ApplicantField id;
    QWidget* editor = nullptr; // QLineEdit (or PersonalDataEdit) or QComboBox
    QLabel* message = nullptr;
    QToolButton* revealButton = nullptr;
    QString problem;

    QLineEdit* line() const { return qobject_cast<QLineEdit*>(editor); }
    PersonalDataEdit* personal() const { return qobject_cast<PersonalDataEdit*>(editor); }
    QString value() const
    {
        if (auto* p = personal())
            return p->value();
        if (auto* l = line())
            return l->text();
        return {};
    }
    bool isEmpty() const { return line() && value().trimmed().isEmpty(); }
};

struct ApplicantForm::Page {
    ApplicantKind kind = ApplicantKind::Person;
    QWidget* widget = nullptr;
    std::vector<Field> fields; // in the order of the paper form
    QComboBox* documentType = nullptr;
    PersonalDataEdit* number = nullptr;
    QFrame* offer = nullptr;
    QLabel* offerText = nullptr;
    QPushButton* fillButton = nullptr;
    QPushButton* ignoreButton = nullptr;
    std::optional<Applicant> offered; // the known applicant the offer is about
    QString ignoredNumber;            // an offer the clerk declined, not repeated
    std::optional<Applicant> stored;  // the known applicant whose data fill the page

    Field& field(ApplicantField id)
    {
        for (Field& f : fields) {
            if (f.id == id)
                return f;
        }
        return fields.front();
    }
    bool has(ApplicantField id) const
    {
        for (const Field& f : fields) {
            if (f.id == id)
                return true;
        }
        return false;
    }
    DocumentType type() const
    {
        return documentType ? DocumentType(documentType->currentData().toInt())
                            : DocumentType::CreditCode;
    }
};

ApplicantForm::ApplicantForm(Services& services, QWidget* parent)
    : QWidget(parent), m_services(services), m_person(std::make_unique<Page>()),
      m_organisation(std::make_unique<Page>())
{
    setObjectName(QStringLiteral("applicantForm"));

    m_personButton = new QRadioButton(tr("&Person"), this);
    m_personButton->setObjectName(QStringLiteral("applicantKindPerson"));
    m_personButton->setToolTip(tr("A natural person, identified by an ID card, a permit or a "
                                  "passport"));
    m_organisationButton = new QRadioButton(tr("Or&ganisation"), this);
    m_organisationButton->setObjectName(QStringLiteral("applicantKindOrganisation"));
    m_organisationButton->setToolTip(tr("A company, an institution or another organisation, "
                                        "identified by its unified social credit code"));
    auto* kinds = new QButtonGroup(this);
    kinds->addButton(m_personButton, int(ApplicantKind::Person));
    kinds->addButton(m_organisationButton, int(ApplicantKind::Organisation));
    m_personButton->setChecked(true);

    m_pages = new QStackedWidget(this);
    buildPage(*m_person, ApplicantKind::Person);
    buildPage(*m_organisation, ApplicantKind::Organisation);

    auto* kindRow = new QHBoxLayout;
    kindRow->addWidget(new QLabel(tr("Applicant:"), this));
    kindRow->addWidget(m_personButton);
    kindRow->addWidget(m_organisationButton);
    kindRow->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(kindRow);
    layout->addWidget(m_pages);
    layout->addStretch(1);

    connect(kinds, &QButtonGroup::idToggled, this, [this](int id, bool checked) {
        if (!checked)
            return;
        m_pages->setCurrentIndex(id);
        emit changed();
    });
}

ApplicantForm::~ApplicantForm()
{
    // The children outlive the pages (QWidget deletes them later); a focused field losing its
    // focus on the way must not reach the pages any more.
    for (Page* p : {m_person.get(), m_organisation.get()}) {
        for (Field& f : p->fields) {
            f.editor->disconnect(this);
            f.editor->removeEventFilter(this);
        }
        p->fillButton->removeEventFilter(this);
        p->ignoreButton->removeEventFilter(this);
    }
}

void ApplicantForm::buildPage(Page& p, ApplicantKind kind)
{
    const bool person = kind == ApplicantKind::Person;
    const QString prefix = person ? QStringLiteral("person") : QStringLiteral("organisation");
    p.kind = kind;
    p.widget = new QWidget(m_pages);
    p.widget->setObjectName(prefix + QStringLiteral("Page"));
    auto* grid = new QGridLayout(p.widget);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setColumnStretch(2, 1);
    grid->setVerticalSpacing(2);

    struct Spec {
        ApplicantField id;
        QString label;
        QString name;
        bool required;
        QString placeholder;
    };
    QVector<Spec> specs;
    if (person) {
        specs = {{ApplicantField::Name, tr("&Name"), QStringLiteral("Name"), true,
                  tr("as on the document")},
                 {ApplicantField::DocumentType, tr("Document &type"),
                  QStringLiteral("DocumentType"), true, {}},
                 {ApplicantField::DocumentNumber, tr("Document n&umber"),
                  QStringLiteral("DocumentNumber"), true, tr("type or scan")},
                 {ApplicantField::Phone, tr("P&hone"), QStringLiteral("Phone"), true,
                  tr("mobile, or landline with area code")},
                 {ApplicantField::Address, tr("&Address"), QStringLiteral("Address"), false,
                  tr("for mailing the result")}};
    } else {
        specs = {{ApplicantField::Name, tr("Organisation na&me"), QStringLiteral("Name"), true,
                  tr("as registered")},
                 {ApplicantField::DocumentNumber, tr("Unified social &credit code"),
                  QStringLiteral("CreditCode"), true, tr("18 characters; type or scan")},
                 {ApplicantField::LegalRepresentative, tr("&Legal representative"),
                  QStringLiteral("LegalRepresentative"), true, {}},
                 {ApplicantField::ContactName, tr("Contact p&erson"),
                  QStringLiteral("ContactName"), true, {}},
                 {ApplicantField::Phone, tr("Contact ph&one"), QStringLiteral("ContactPhone"),
                  true, tr("mobile, or landline with area code")},
                 {ApplicantField::Address, tr("Add&ress"), QStringLiteral("Address"), false,
                  tr("registered address")}};
    }
    p.fields.reserve(specs.size()); // Field addresses are kept by the connections below

    int row = 0;
    for (const Spec& spec : specs) {
        Field f;
        f.id = spec.id;
        QWidget* editor;
        if (spec.id == ApplicantField::DocumentType) {
            p.documentType = new QComboBox(p.widget);
            for (DocumentType t : ApplicantText::personDocumentTypes())
                p.documentType->addItem(ApplicantText::documentTypeName(t), int(t));
            editor = p.documentType;
        } else {
            QLineEdit* line;
            if (spec.id == ApplicantField::DocumentNumber || spec.id == ApplicantField::Phone) {
                auto* personal = new PersonalDataEdit(p.widget);
                personal->setNormalPlaceholder(spec.placeholder);
                if (spec.id == ApplicantField::DocumentNumber)
                    p.number = personal;
                line = personal;
            } else {
                line = new QLineEdit(p.widget);
                line->setPlaceholderText(spec.placeholder);
            }
            line->setMaxLength(spec.id == ApplicantField::Address ? 200 : 100);
            editor = line;
        }
        editor->setObjectName(prefix + spec.name);
        editor->installEventFilter(this);
        f.editor = editor;

        auto* required = new QLabel(spec.required ? QStringLiteral("*") : QString(), p.widget);
        required->setStyleSheet(QLatin1String(kProblemStyle));
        required->setToolTip(spec.required ? tr("Required") : QString());
        auto* label = new QLabel(spec.label, p.widget);
        label->setBuddy(editor);
        label->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

        f.message = new QLabel(p.widget);
        f.message->setObjectName(editor->objectName() + QStringLiteral("Message"));
        f.message->setWordWrap(true);
        f.message->setVisible(false);

        grid->addWidget(required, row, 0);
        grid->addWidget(label, row, 1);
        grid->addWidget(editor, row, 2);
        if (spec.id == ApplicantField::Phone ||
            (person && spec.id == ApplicantField::DocumentNumber)) {
            f.revealButton = new QToolButton(p.widget);
            f.revealButton->setObjectName(editor->objectName() + QStringLiteral("Reveal"));
            f.revealButton->setText(tr("Show"));
            f.revealButton->setFocusPolicy(Qt::TabFocus);
            f.revealButton->setVisible(false);
            grid->addWidget(f.revealButton, row, 3);
        }
        ++row;
        grid->addWidget(f.message, row++, 2, 1, 2);
        p.fields.push_back(f);

        if (spec.id == ApplicantField::DocumentNumber) {
            // The offer to fill in a known applicant, right under the number it is about.
            p.offer = new QFrame(p.widget);
            p.offer->setObjectName(prefix + QStringLiteral("PrefillOffer"));
            p.offer->setFrameShape(QFrame::StyledPanel);
            p.offer->setStyleSheet(QStringLiteral("#%1 { background: #e8f0fe; border: 1px solid "
                                                  "#8ab4f8; border-radius: 3px; }")
                                       .arg(p.offer->objectName()));
            auto* offerLayout = new QHBoxLayout(p.offer);
            p.offerText = new QLabel(p.offer);
            p.offerText->setObjectName(prefix + QStringLiteral("PrefillText"));
            p.offerText->setWordWrap(true);
            p.fillButton = new QPushButton(tr("&Fill in"), p.offer);
            p.fillButton->setObjectName(prefix + QStringLiteral("FillIn"));
            p.fillButton->setToolTip(tr("Enter: fill the empty fields from the record"));
            p.ignoreButton = new QPushButton(tr("Ignore"), p.offer);
            p.ignoreButton->setObjectName(prefix + QStringLiteral("IgnoreOffer"));
            p.ignoreButton->setToolTip(tr("Esc: go on without the record"));
            p.fillButton->installEventFilter(this);
            p.ignoreButton->installEventFilter(this);
            offerLayout->addWidget(p.offerText, 1);
            offerLayout->addWidget(p.fillButton);
            offerLayout->addWidget(p.ignoreButton);
            p.offer->setVisible(false);
            grid->addWidget(p.offer, row++, 1, 1, 3);
            Page* page = &p;
            connect(p.fillButton, &QPushButton::clicked, this, [this, page] { acceptPrefill(*page); });
            connect(p.ignoreButton, &QPushButton::clicked, this,
                    [this, page] { dismissOffer(*page, true); });
        }
    }
    m_pages->addWidget(p.widget);

    Page* page = &p;
    for (Field& f : p.fields) {
        Field* field = &f;
        if (f.revealButton) {
            const bool allowed = m_services.session().can(Permission::ViewFullPersonalData);
            f.revealButton->setEnabled(allowed);
            f.revealButton->setToolTip(
                allowed ? tr("Show the full number (recorded in the audit trail)")
                        : tr("Showing the full number needs the permission to see personal "
                             "data in full."));
            connect(f.revealButton, &QToolButton::clicked, this,
                    [this, page, field] { reveal(*page, *field); });
        }
        if (f.id == ApplicantField::DocumentType) {
            connect(p.documentType, qOverload<int>(&QComboBox::currentIndexChanged), this,
                    [this, page] {
                        page->offer->setVisible(false);
                        page->offered.reset();
                        forgetStored(*page);
                        Field& number = page->field(ApplicantField::DocumentNumber);
                        if (!number.isEmpty())
                            checkField(*page, number, false);
                        emit changed();
                    });
            continue;
        }
        QLineEdit* line = f.line();
        connect(line, &QLineEdit::textChanged, this, [this, page, field] {
            if (field->id == ApplicantField::DocumentNumber) {
                const QString typed = Validators::compact(field->value()).toUpper();
                if (page->offered && typed != page->offered->documentNumber) {
                    page->offer->setVisible(false);
                    page->offered.reset();
                }
                if (page->stored && typed != page->stored->documentNumber &&
                    !(field->personal() && field->personal()->showsStoredValue()))
                    forgetStored(*page);
            }
            // A field that shows a problem is checked again as it is corrected.
            if (!field->problem.isEmpty())
                checkField(*page, *field, false);
            updateRevealButton(*page, *field);
            emit changed();
        });
        connect(line, &QLineEdit::editingFinished, this, [this, page, field] {
            checkField(*page, *field, false);
            if (field->id == ApplicantField::DocumentNumber)
                documentEntered(*page, false);
        });
    }
}

ApplicantForm::Page& ApplicantForm::page(ApplicantKind kind) const
{
    return kind == ApplicantKind::Person ? *m_person : *m_organisation;
}

ApplicantForm::Page& ApplicantForm::current() const
{
    return page(kind());
}

ApplicantForm::Field* ApplicantForm::fieldOf(const QWidget* editor) const
{
    for (Page* p : {m_person.get(), m_organisation.get()}) {
        for (Field& f : p->fields) {
            if (f.editor == editor)
                return &f;
        }
    }
    return nullptr;
}

ApplicantKind ApplicantForm::kind() const
{
    return m_organisationButton->isChecked() ? ApplicantKind::Organisation : ApplicantKind::Person;
}

void ApplicantForm::setKind(ApplicantKind kind)
{
    (kind == ApplicantKind::Person ? m_personButton : m_organisationButton)->setChecked(true);
}

QDate ApplicantForm::today() const
{
    return m_services.clock().today();
}

Applicant ApplicantForm::applicantOf(const Page& p) const
{
    Page& page = const_cast<Page&>(p);
    auto text = [&page](ApplicantField id) {
        return page.has(id) ? page.field(id).value() : QString();
    };
    Applicant a = p.kind == ApplicantKind::Person
        ? Applicant::person(text(ApplicantField::Name), p.type(),
                            text(ApplicantField::DocumentNumber), text(ApplicantField::Phone),
                            text(ApplicantField::Address))
        : Applicant::organisation(text(ApplicantField::Name), text(ApplicantField::DocumentNumber),
                                  text(ApplicantField::LegalRepresentative),
                                  text(ApplicantField::ContactName), text(ApplicantField::Phone),
                                  text(ApplicantField::Address));
    if (p.stored && p.stored->documentType == a.documentType &&
        p.stored->documentNumber == Validators::compact(a.documentNumber).toUpper()) {
        a.id = p.stored->id;
        a.branchCode = p.stored->branchCode;
        a.createdAt = p.stored->createdAt;
        a.updatedAt = p.stored->updatedAt;
    }
    return a;
}

Applicant ApplicantForm::applicant() const
{
    return applicantOf(current());
}

bool ApplicantForm::checkField(Page& page, Field& field, bool showRequired)
{
    const ApplicantCheck check = Validators::check(applicantOf(page), today());
    QString problem = check.problems.value(field.id);
    if (!showRequired && field.isEmpty())
        problem.clear();
    QString hint;
    if (problem.isEmpty() && !field.isEmpty()) {
        const Applicant& n = check.normalised;
        QString normalised;
        switch (field.id) {
        case ApplicantField::Name:
            normalised = n.name;
            break;
        case ApplicantField::DocumentNumber:
            normalised = n.documentNumber;
            if (n.documentType == DocumentType::ResidentId) {
                const ResidentIdFacts facts = Validators::residentIdFacts(n.documentNumber);
                hint = facts.female ? tr("Born %1, female.").arg(facts.birthDate.toString(Qt::ISODate))
                                    : tr("Born %1, male.").arg(facts.birthDate.toString(Qt::ISODate));
            }
            if (page.stored && page.stored->documentNumber == n.documentNumber)
                hint = (hint + QLatin1Char(' ') +
                        tr("Known applicant: the empty fields were filled in from the record. "
                           "Check them with the applicant."))
                           .trimmed();
            break;
        case ApplicantField::Phone:
            normalised = n.phone;
            break;
        case ApplicantField::Address:
            normalised = n.address;
            break;
        case ApplicantField::LegalRepresentative:
            normalised = n.legalRepresentative;
            break;
        case ApplicantField::ContactName:
            normalised = n.contactName;
            break;
        case ApplicantField::DocumentType:
            break;
        }
        // The checked form of what was typed (X for x, ASCII for full-width digits), never a
        // stored value that is not shown.
        QLineEdit* line = field.line();
        if (line && !line->text().isEmpty() && !normalised.isEmpty() && line->text() != normalised)
            line->setText(normalised);
    }
    showMessage(field, problem, hint);
    return problem.isEmpty();
}

void ApplicantForm::showMessage(Field& field, const QString& problem, const QString& hint)
{
    field.problem = problem;
    const QString text = problem.isEmpty() ? hint : problem;
    field.message->setText(text);
    field.message->setStyleSheet(QLatin1String(problem.isEmpty() ? kHintStyle : kProblemStyle));
    field.message->setVisible(!text.isEmpty());
    field.editor->setAccessibleDescription(problem);
    const bool invalid = !problem.isEmpty();
    if (field.editor->property("invalid").toBool() != invalid) {
        field.editor->setProperty("invalid", invalid);
        field.editor->setStyleSheet(invalid ? QStringLiteral("border: 1px solid #c62828;")
                                            : QString());
    }
}

void ApplicantForm::updateRevealButton(const Page& page, Field& field)
{
    if (!field.revealButton)
        return;
    field.revealButton->setVisible(page.stored && field.personal() &&
                                   field.personal()->showsStoredValue());
}

std::optional<Applicant> ApplicantForm::validatedApplicant()
{
    Page& p = current();
    const ApplicantCheck check = Validators::check(applicantOf(p), today());
    QWidget* first = nullptr;
    for (Field& f : p.fields) {
        checkField(p, f, true);
        if (!f.problem.isEmpty() && !first)
            first = f.editor;
    }
    if (first) {
        first->setFocus(Qt::OtherFocusReason);
        return std::nullopt;
    }
    if (!check.isOk()) // a problem without a field of its own; should not happen
        return std::nullopt;
    return check.normalised;
}

void ApplicantForm::setApplicant(const Applicant& a)
{
    setKind(a.kind);
    Page& p = page(a.kind);
    for (Field& f : p.fields) {
        if (auto* personal = f.personal())
            personal->clearStoredValue();
        if (auto* line = f.line())
            line->clear();
        showMessage(f, {});
    }
    p.offer->setVisible(false);
    p.offered.reset();
    p.stored = a;
    if (p.documentType) {
        const int index = p.documentType->findData(int(a.documentType));
        QSignalBlocker block(p.documentType);
        p.documentType->setCurrentIndex(index < 0 ? 0 : index);
    }
    auto set = [&p](ApplicantField id, const QString& value) {
        if (p.has(id))
            p.field(id).line()->setText(value);
    };
    set(ApplicantField::Name, a.name);
    set(ApplicantField::Address, a.address);
    set(ApplicantField::LegalRepresentative, a.legalRepresentative);
    set(ApplicantField::ContactName, a.contactName);
    if (a.isPerson())
        p.number->setStoredValue(a.documentNumber, a.maskedDocumentNumber());
    else
        p.number->setText(a.documentNumber);
    p.field(ApplicantField::Phone).personal()->setStoredValue(a.phone, a.maskedPhone());
    for (Field& f : p.fields)
        updateRevealButton(p, f);
    emit changed();
}

void ApplicantForm::clear()
{
    for (Page* p : {m_person.get(), m_organisation.get()}) {
        p->stored.reset();
        p->offered.reset();
        p->ignoredNumber.clear();
        p->offer->setVisible(false);
        for (Field& f : p->fields) {
            if (auto* personal = f.personal())
                personal->clearStoredValue();
            if (auto* line = f.line())
                line->clear();
            showMessage(f, {});
            updateRevealButton(*p, f);
        }
        if (p->documentType)
            p->documentType->setCurrentIndex(0);
    }
    setKind(ApplicantKind::Person);
    emit changed();
}

void ApplicantForm::focusFirstField()
{
    current().fields.front().editor->setFocus(Qt::OtherFocusReason);
}

QString ApplicantForm::problem(ApplicantField field) const
{
    Page& p = current();
    return p.has(field) ? p.field(field).problem : QString();
}

void ApplicantForm::documentEntered(Page& p, bool fromEnter)
{
    Field& number = p.field(ApplicantField::DocumentNumber);
    if (number.isEmpty()) {
        if (fromEnter)
            moveOnFrom(p, number.editor, false);
        return;
    }
    if (!checkField(p, number, false))
        return; // the sentence under the field says what to fix; the focus stays
    const QString value = Validators::document(p.type(), number.value(), today()).value();
    if (p.stored && p.stored->documentType == p.type() && p.stored->documentNumber == value) {
        if (fromEnter)
            moveOnFrom(p, number.editor, true);
        return;
    }
    if (p.offered && p.offered->documentNumber == value && p.offer->isVisible()) {
        if (fromEnter)
            p.fillButton->setFocus(Qt::OtherFocusReason);
        return;
    }
    if (p.ignoredNumber == value) {
        if (fromEnter)
            moveOnFrom(p, number.editor, true);
        return;
    }
    auto found = ApplicantRepository(m_services.context()).findByDocument(p.type(), value);
    if (!found) {
        // Looking up earlier entries is a help, not a condition: say why it failed and go on.
        showMessage(number, {}, found.message());
        if (fromEnter)
            moveOnFrom(p, number.editor, true);
        return;
    }
    if (!found.value()) {
        if (fromEnter)
            moveOnFrom(p, number.editor, true);
        return;
    }
    offerPrefill(p, *found.value());
    if (fromEnter)
        p.fillButton->setFocus(Qt::OtherFocusReason);
}

void ApplicantForm::offerPrefill(Page& p, const Applicant& stored)
{
    p.offered = stored;
    QStringList facts;
    facts << stored.name;
    if (!stored.phone.isEmpty())
        facts << tr("phone %1").arg(stored.maskedPhone());
    if (!stored.address.isEmpty())
        facts << stored.address;
    QString text = tr("Known applicant: %1 (last updated %2). Fill in the empty fields?")
                       .arg(facts.join(tr(", ")),
                            QLocale().toString(stored.updatedAt.date(), QLocale::ShortFormat));
    // Where the clerk already typed something else, say so: what was typed is kept.
    const Applicant typed = applicantOf(p);
    auto differs = [&](ApplicantField id, const QString& entered, const QString& onRecord) {
        if (!p.has(id) || entered.trimmed().isEmpty() || onRecord.isEmpty())
            return;
        if (entered.simplified() == onRecord || p.field(id).personal())
            return;
        text += QLatin1Char('\n') + tr("%1: the record says “%2”; “%3” as entered is kept.")
                                        .arg(ApplicantText::fieldName(id, p.kind), onRecord,
                                             entered.simplified());
    };
    differs(ApplicantField::Name, typed.name, stored.name);
    differs(ApplicantField::Address, typed.address, stored.address);
    differs(ApplicantField::LegalRepresentative, typed.legalRepresentative,
            stored.legalRepresentative);
    differs(ApplicantField::ContactName, typed.contactName, stored.contactName);
    text += QLatin1Char('\n') + tr("Enter fills in, Esc goes on without it.");
    p.offerText->setText(text);
    p.offer->setVisible(true);
}

void ApplicantForm::acceptPrefill(Page& p)
{
    if (!p.offered)
        return;
    const Applicant s = *p.offered;
    p.offered.reset();
    p.offer->setVisible(false);
    p.stored = s;
    auto fill = [&p](ApplicantField id, const QString& value) {
        if (!p.has(id))
            return;
        Field& f = p.field(id);
        if (f.isEmpty() && !value.isEmpty())
            f.line()->setText(value);
    };
    fill(ApplicantField::Name, s.name);
    fill(ApplicantField::Address, s.address);
    fill(ApplicantField::LegalRepresentative, s.legalRepresentative);
    fill(ApplicantField::ContactName, s.contactName);
    Field& phone = p.field(ApplicantField::Phone);
    if (phone.line()->text().trimmed().isEmpty() && !s.phone.isEmpty())
        phone.personal()->setStoredValue(s.phone, s.maskedPhone());
    for (Field& f : p.fields) {
        if (!f.isEmpty())
            checkField(p, f, false);
        updateRevealButton(p, f);
    }
    emit prefilled(s);
    emit changed();
    moveOnFrom(p, p.number, true);
}

void ApplicantForm::dismissOffer(Page& p, bool moveOn)
{
    if (p.offered)
        p.ignoredNumber = p.offered->documentNumber;
    p.offered.reset();
    p.offer->setVisible(false);
    if (moveOn)
        moveOnFrom(p, p.number, true);
}

void ApplicantForm::forgetStored(Page& p)
{
    // The hidden values belong to the applicant of the earlier number: never save them for
    // another one. What is shown stays, as typed.
    if (!p.stored)
        return;
    p.stored.reset();
    for (Field& f : p.fields) {
        if (auto* personal = f.personal(); personal && personal->hasStoredValue()) {
            personal->clearStoredValue();
            updateRevealButton(p, f);
        }
    }
}

void ApplicantForm::moveOnFrom(Page& p, QWidget* editor, bool onlyEmpty)
{
    int at = 0;
    for (int i = 0; i < int(p.fields.size()); ++i) {
        if (p.fields[i].editor == editor)
            at = i;
    }
    const int n = int(p.fields.size());
    if (onlyEmpty) {
        // The next field still to fill in, wrapping to the top: after a scan, typically the
        // name when the number was unknown, the phone when the record had none.
        for (int k = 1; k < n; ++k) {
            Field& f = p.fields[(at + k) % n];
            if (f.isEmpty()) {
                f.editor->setFocus(Qt::TabFocusReason);
                return;
            }
        }
    }
    if (at + 1 < n)
        p.fields[at + 1].editor->setFocus(Qt::TabFocusReason);
}

void ApplicantForm::reveal(Page& p, Field& field)
{
    if (!p.stored || !field.personal())
        return;
    auto full = ApplicantRepository(m_services.context()).reveal(*p.stored, field.id);
    if (!full) {
        showMessage(field, full.message());
        return;
    }
    field.personal()->setText(full.value());
    showMessage(field, {}, tr("Shown in full; this was recorded in the audit trail."));
    updateRevealButton(p, field);
    field.editor->setFocus(Qt::OtherFocusReason);
}

bool ApplicantForm::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    auto* key = static_cast<QKeyEvent*>(event);
    const Qt::KeyboardModifiers modifiers =
        key->modifiers() & ~(Qt::KeypadModifier | Qt::ShiftModifier);
    if (modifiers != Qt::NoModifier)
        return QWidget::eventFilter(watched, event);
    Page& p = current();

    if (watched == p.fillButton || watched == p.ignoreButton) {
        if (isEnter(key) || key->key() == Qt::Key_Space) {
            if (watched == p.fillButton)
                acceptPrefill(p);
            else
                dismissOffer(p, true);
            return true;
        }
        if (key->key() == Qt::Key_Escape) {
            dismissOffer(p, true);
            return true;
        }
        return QWidget::eventFilter(watched, event);
    }

    Field* field = fieldOf(qobject_cast<QWidget*>(watched));
    if (!field)
        return QWidget::eventFilter(watched, event);
    if (key->key() == Qt::Key_Escape && p.offer->isVisible() &&
        field->id == ApplicantField::DocumentNumber) {
        dismissOffer(p, false);
        return true;
    }
    if (!isEnter(key))
        return QWidget::eventFilter(watched, event);
    // Enter never reaches a dialog's default button from here: in this form it means "this
    // field is done", and from a barcode scanner it ends the number.
    if (field->id == ApplicantField::DocumentNumber) {
        documentEntered(p, true);
        return true;
    }
    checkField(p, *field, false);
    if (field == &p.fields.back())
        emit submitRequested();
    else
        moveOnFrom(p, field->editor, false);
    return true;
}

} // namespace civicdesk
