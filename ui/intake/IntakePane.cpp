#include "IntakePane.h"

#include "ApplicantForm.h"
#include "MaterialChecklist.h"
#include "catalog/MatterPicker.h"
#include "printing/PrintService.h"

#include "Config.h"
#include "Services.h"
#include "calendar/CalendarService.h"
#include "catalog/CatalogRepository.h"
#include "documents/DocumentRenderer.h"
#include "scheduling/QueueService.h"
#include "security/Privacy.h"
#include "workflow/CaseRepository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace civicdesk {

namespace {

enum DetailsPage { NoDetails, DeficiencyPage, NoticePage, RefusalPage, WithdrawPage };

const char* const kOkStyle = "QLabel { color: #1e5b2c; background: #e6f4ea; border: 1px solid "
                             "#a8dab5; border-radius: 4px; padding: 6px; font-size: 11pt; }";
const char* const kErrorStyle = "QLabel { color: #8c1d18; background: #fce8e6; border: 1px solid "
                                "#f4b4ae; border-radius: 4px; padding: 6px; font-size: 11pt; }";

QString queueOutcome(IntakeOutcome o)
{
    switch (o) {
    case IntakeOutcome::Accept:
    case IntakeOutcome::AcceptWithDeficiency:
    case IntakeOutcome::ReceiveForReview:
        return ServiceOutcome::Accepted;
    case IntakeOutcome::NoticeCorrection:
        return ServiceOutcome::MaterialsMissing;
    case IntakeOutcome::Refuse:
        return ServiceOutcome::Refused;
    case IntakeOutcome::Withdraw:
        return ServiceOutcome::Other;
    }
    return ServiceOutcome::Other;
}

QGroupBox* section(const QString& title, QWidget* parent)
{
    auto* box = new QGroupBox(title, parent);
    box->setStyleSheet(
        QStringLiteral("QGroupBox { font-weight: bold; } QGroupBox * { font-weight: normal; }"));
    return box;
}

} // namespace

IntakePane::IntakePane(Services& services, Config& config, QWidget* parent)
    : QWidget(parent), m_services(services), m_config(config)
{
    setObjectName(QStringLiteral("intakePane"));
    m_print = new PrintService(services, config, this);

    // The header: the ticket being served, a returning applicant, the receipt's paper.
    m_ticketLabel = new QLabel(this);
    m_ticketLabel->setObjectName(QStringLiteral("intakeTicket"));
    m_returning = new QLineEdit(this);
    m_returning->setObjectName(QStringLiteral("returningCaseNumber"));
    m_returning->setPlaceholderText(tr("case number, then Enter"));
    m_returning->setClearButtonEnabled(true);
    m_returning->setMaximumWidth(220);
    auto* returningLabel = new QLabel(tr("Returning applicant (Ctrl+O):"), this);
    returningLabel->setBuddy(m_returning);
    m_paper = new QComboBox(this);
    m_paper->setObjectName(QStringLiteral("receiptPaper"));
    m_paper->addItem(tr("80 mm receipt printer"), DocumentKinds::paperKey(Paper::Receipt80));
    m_paper->addItem(tr("A4 printer"), DocumentKinds::paperKey(Paper::A4));
    m_paper->setCurrentIndex(
        std::max(0, m_paper->findData(m_config.getString(Config::Key::AcceptanceReceiptPaper))));
    m_paper->setFocusPolicy(Qt::ClickFocus);
    auto* paperLabel = new QLabel(tr("Receipts on:"), this);
    auto* header = new QHBoxLayout;
    header->addWidget(m_ticketLabel, 1);
    header->addWidget(returningLabel);
    header->addWidget(m_returning);
    header->addSpacing(12);
    header->addWidget(paperLabel);
    header->addWidget(m_paper);

    // 1. The matter.
    auto* matterBox = section(tr("1 · Matter"), this);
    m_picker = new MatterPicker(matterBox);
    m_matterInfo = new QLabel(matterBox);
    m_matterInfo->setObjectName(QStringLiteral("matterInfo"));
    m_matterInfo->setWordWrap(true);
    m_matterInfo->setTextFormat(Qt::RichText);
    m_matterInfo->setMinimumHeight(90);
    m_matterInfo->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    auto* matterLayout = new QVBoxLayout(matterBox);
    matterLayout->addWidget(m_picker, 1);
    matterLayout->addWidget(m_matterInfo);

    // 2. The applicant.
    m_applicantBox = section(tr("2 · Applicant"), this);
    m_applicant = new ApplicantForm(services, m_applicantBox);
    m_waitingApplicant = new QLabel(m_applicantBox);
    m_waitingApplicant->setObjectName(QStringLiteral("waitingApplicant"));
    m_waitingApplicant->hide();
    auto* applicantLayout = new QVBoxLayout(m_applicantBox);
    applicantLayout->setContentsMargins(6, 2, 6, 2);
    applicantLayout->addWidget(m_applicant);
    applicantLayout->addWidget(m_waitingApplicant);

    // 3. The materials.
    auto* materialsBox = section(tr("3 · Materials"), this);
    m_materials = new MaterialChecklist(materialsBox);
    auto* materialsLayout = new QVBoxLayout(materialsBox);
    materialsLayout->addWidget(m_materials);

    // 4. The decision.
    auto* decisionBox = section(tr("4 · Decision"), this);
    auto* buttons = new QHBoxLayout;
    struct Spec {
        IntakeOutcome outcome;
        QString text;
        QKeySequence keys;
        QString name;
    };
    const QVector<Spec> specs = {
        {IntakeOutcome::Accept, tr("Accept"), QKeySequence(Qt::CTRL | Qt::Key_Return),
         QStringLiteral("acceptButton")},
        {IntakeOutcome::AcceptWithDeficiency, tr("With deficiency"),
         QKeySequence(Qt::CTRL | Qt::Key_D), QStringLiteral("deficiencyButton")},
        {IntakeOutcome::NoticeCorrection, tr("One-time notice"), QKeySequence(Qt::CTRL | Qt::Key_N),
         QStringLiteral("noticeButton")},
        {IntakeOutcome::ReceiveForReview, tr("Receive for checking"),
         QKeySequence(Qt::CTRL | Qt::Key_K), QStringLiteral("receiveButton")},
        {IntakeOutcome::Refuse, tr("Refuse"), QKeySequence(Qt::CTRL | Qt::Key_R),
         QStringLiteral("refuseButton")},
        {IntakeOutcome::Withdraw, tr("Withdrawn"), QKeySequence(Qt::CTRL | Qt::Key_W),
         QStringLiteral("withdrawButton")},
    };
    for (const Spec& s : specs) {
        auto* b = new QPushButton(
            QStringLiteral("%1\n%2").arg(s.text, s.keys.toString(QKeySequence::NativeText)),
            decisionBox);
        b->setObjectName(s.name);
        b->setToolTip(IntakeService::outcomeName(s.outcome));
        if (s.outcome == IntakeOutcome::Accept) {
            QFont bold = b->font();
            bold.setBold(true);
            b->setFont(bold);
            b->setStyleSheet(
                QStringLiteral("QPushButton:enabled { background: #2f5d8a; color: white; }"));
        }
        if (s.outcome == IntakeOutcome::ReceiveForReview)
            m_receiveButton = b;
        const IntakeOutcome outcome = s.outcome;
        connect(b, &QPushButton::clicked, this, [this, outcome] { decide(outcome); });
        auto* shortcut = new QShortcut(s.keys, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, [this, outcome] { decide(outcome); });
        if (s.outcome == IntakeOutcome::Accept) {
            auto* enter = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Enter), this);
            enter->setContext(Qt::WidgetWithChildrenShortcut);
            connect(enter, &QShortcut::activated, this, [this] { decide(IntakeOutcome::Accept); });
        }
        buttons->addWidget(b);
        m_decisionButtons << b;
    }

    // What some decisions need before Enter confirms them.
    m_details = new QStackedWidget(decisionBox);
    m_details->setObjectName(QStringLiteral("decisionDetails"));
    m_details->addWidget(new QWidget(m_details));
    auto page = [this](QFormLayout** form) {
        auto* w = new QWidget(m_details);
        *form = new QFormLayout(w);
        (*form)->setContentsMargins(0, 0, 0, 0);
        m_details->addWidget(w);
        return w;
    };
    QFormLayout* form = nullptr;
    page(&form);
    m_promiseDue = new QDateEdit(m_details);
    m_promiseDue->setObjectName(QStringLiteral("promiseDue"));
    m_promiseDue->setCalendarPopup(true);
    m_promiseDue->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_promiseLimits = new QLabel(m_details);
    auto* promiseRow = new QHBoxLayout;
    promiseRow->addWidget(m_promiseDue);
    promiseRow->addWidget(m_promiseLimits, 1);
    form->addRow(tr("Owed materials &by:"), promiseRow);
    page(&form);
    m_correctionDue = new QDateEdit(m_details);
    m_correctionDue->setObjectName(QStringLiteral("correctionDue"));
    m_correctionDue->setCalendarPopup(true);
    m_correctionDue->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    form->addRow(tr("Bring what is missing b&y:"), m_correctionDue);
    page(&form);
    m_reason = new QLineEdit(m_details);
    m_reason->setObjectName(QStringLiteral("refusalReason"));
    m_reason->setPlaceholderText(tr("required: printed on the refusal notice"));
    m_authority = new QLineEdit(m_details);
    m_authority->setObjectName(QStringLiteral("competentAuthority"));
    m_authority->setPlaceholderText(tr("where the matter belongs to another authority"));
    m_basis = new QLineEdit(m_details);
    m_basis->setObjectName(QStringLiteral("refusalBasis"));
    m_basis->setPlaceholderText(tr("empty: article 32 of the Administrative Licensing Law"));
    form->addRow(tr("Re&ason:"), m_reason);
    form->addRow(tr("Competent a&uthority:"), m_authority);
    form->addRow(tr("Legal &basis:"), m_basis);
    page(&form);
    m_withdrawNote = new QLineEdit(m_details);
    m_withdrawNote->setObjectName(QStringLiteral("withdrawNote"));
    m_withdrawNote->setPlaceholderText(tr("optional: why the applicant withdrew"));
    form->addRow(tr("N&ote:"), m_withdrawNote);
    for (QWidget* w : {static_cast<QWidget*>(m_promiseDue), static_cast<QWidget*>(m_correctionDue),
                       static_cast<QWidget*>(m_reason), static_cast<QWidget*>(m_authority),
                       static_cast<QWidget*>(m_basis), static_cast<QWidget*>(m_withdrawNote)})
        w->installEventFilter(this);
    m_detailsTitle = new QLabel(decisionBox);
    m_detailsTitle->setObjectName(QStringLiteral("detailsTitle"));
    m_confirm = new QPushButton(tr("Confirm (Enter)"), decisionBox);
    m_confirm->setObjectName(QStringLiteral("confirmDecision"));
    connect(m_confirm, &QPushButton::clicked, this, &IntakePane::confirm);
    auto* detailsRow = new QHBoxLayout;
    auto* detailsColumn = new QVBoxLayout;
    detailsColumn->addWidget(m_detailsTitle);
    detailsColumn->addWidget(m_details);
    detailsRow->addLayout(detailsColumn, 1);
    detailsRow->addWidget(m_confirm, 0, Qt::AlignBottom);
    m_detailsTitle->hide();
    m_details->hide();
    m_confirm->hide();

    m_sentence = new QLabel(decisionBox);
    m_sentence->setObjectName(QStringLiteral("decisionSentence"));
    m_sentence->setWordWrap(true);
    m_sentence->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_sentence->hide();
    m_warning = new QLabel(decisionBox);
    m_warning->setObjectName(QStringLiteral("decisionWarning"));
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(QStringLiteral("color: #8a5300;"));
    m_warning->hide();
    m_documents = new QWidget(decisionBox);
    m_documents->setObjectName(QStringLiteral("decisionDocuments"));
    m_documentsLayout = new QVBoxLayout(m_documents);
    m_documentsLayout->setContentsMargins(0, 0, 0, 0);
    m_next = new QPushButton(tr("Next applicant (Ctrl+Shift+N)"), decisionBox);
    m_next->setObjectName(QStringLiteral("nextApplicant"));
    m_next->hide();
    connect(m_next, &QPushButton::clicked, this, &IntakePane::startNew);
    auto* nextShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), this);
    nextShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(nextShortcut, &QShortcut::activated, this, &IntakePane::startNew);

    auto* decisionLayout = new QVBoxLayout(decisionBox);
    decisionLayout->addLayout(buttons);
    decisionLayout->addLayout(detailsRow);
    decisionLayout->addWidget(m_sentence);
    decisionLayout->addWidget(m_warning);
    decisionLayout->addWidget(m_documents);
    decisionLayout->addWidget(m_next, 0, Qt::AlignLeft);

    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_applicantBox);
    rightLayout->addWidget(materialsBox, 1);
    rightLayout->addWidget(decisionBox);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(matterBox);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 5);
    splitter->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(splitter, 1);

    // The paper form's order: matter, applicant, materials, decision.
    setTabOrder(m_picker, m_applicant);
    setTabOrder(m_applicant, m_materials);
    setTabOrder(m_materials, m_decisionButtons.first());

    connect(m_picker, &MatterPicker::matterChosen, this,
            [this](const MatterSummary& m) { chooseMatter(m.id); });
    connect(m_applicant, &ApplicantForm::submitRequested, this,
            [this] { m_materials->setFocus(Qt::TabFocusReason); });
    connect(m_returning, &QLineEdit::returnPressed, this,
            [this] { openWaiting(m_returning->text()); });
    auto* open = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_O), this);
    open->setContext(Qt::WidgetWithChildrenShortcut);
    connect(open, &QShortcut::activated, this, [this] {
        m_returning->setFocus(Qt::ShortcutFocusReason);
        m_returning->selectAll();
    });
    connect(m_paper, qOverload<int>(&QComboBox::currentIndexChanged), this,
            [this] { m_config.set(Config::Key::AcceptanceReceiptPaper, m_paper->currentData()); });
    connect(m_materials, &MaterialChecklist::changed, this, [this] {
        if (m_pending)
            showDetails(*m_pending); // the limits may depend on what is owed
    });

    refresh();
    startNew();
}

IntakePane::~IntakePane() = default;

void IntakePane::refresh()
{
    Status s = m_picker->reload(m_services.db());
    if (!s)
        showError(s.message());
    refreshTicket();
}

void IntakePane::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refreshTicket();
}

void IntakePane::refreshTicket()
{
    m_ticket.reset();
    const QString window = m_services.session().windowId();
    if (!window.isEmpty()) {
        auto current = QueueService::current(m_services.db(), window);
        if (current && current.value() &&
            (current.value()->status == TicketStatus::Serving ||
             current.value()->status == TicketStatus::Called))
            m_ticket = *current.value();
    }
    m_ticketLabel->setText(
        m_ticket
            ? tr("Serving ticket <b>%1</b>: the case will be linked to it.").arg(m_ticket->number)
            : tr("No queue ticket is being served at this window."));
}

void IntakePane::startNew()
{
    m_result.reset();
    m_waiting.reset();
    m_matter.reset();
    m_pending.reset();
    m_printProblems.clear();
    m_picker->setEnabled(true);
    m_picker->setText({});
    m_applicant->clear();
    m_applicant->show();
    m_waitingApplicant->hide();
    m_materials->clear();
    m_reason->clear();
    m_authority->clear();
    m_basis->clear();
    m_withdrawNote->clear();
    m_returning->clear();
    m_sentence->hide();
    m_warning->hide();
    m_next->hide();
    showDocuments();
    showDetails(IntakeOutcome::Accept); // hides the details
    updateMatterInfo();
    setDeciding(true);
    refreshTicket();
    m_picker->setFocus(Qt::OtherFocusReason);
}

void IntakePane::setDeciding(bool enabled)
{
    for (QPushButton* b : m_decisionButtons)
        b->setEnabled(enabled && (b != m_receiveButton || !m_waiting));
    m_applicantBox->setEnabled(enabled);
    m_materials->setEnabled(enabled);
    m_picker->setEnabled(enabled && !m_waiting);
}

void IntakePane::chooseMatter(const QString& matterId)
{
    auto matter = CatalogRepository(m_services.db()).matter(matterId);
    if (!matter) {
        showError(matter.message());
        return;
    }
    m_matter = matter.take();
    m_materials->setMaterials(m_matter->materials);
    updateMatterInfo();
    m_sentence->hide();
    m_applicant->focusFirstField();
}

void IntakePane::updateMatterInfo()
{
    if (!m_matter) {
        m_matterInfo->setText(tr("<i>Type part of the matter's code or name and press Enter.</i>"));
        return;
    }
    QString text = QStringLiteral("<b>%1</b> %2")
                       .arg(m_matter->code.toHtmlEscaped(), m_matter->name().toHtmlEscaped());
    auto calendar = CalendarService::current(m_services.db());
    if (calendar) {
        const IntakeLimits l =
            IntakeService::limits(*calendar.value(), m_services.clock().today(),
                                  m_matter->promisedDays, m_matter->statutoryDays);
        text += QStringLiteral("<br>") + tr("Promised: %1, by %2")
                                             .arg(CatalogNames::workingDays(m_matter->promisedDays),
                                                  l.promisedDue.toString(Qt::ISODate));
        text +=
            QStringLiteral("<br>") + tr("Statutory: %1, by %2")
                                         .arg(CatalogNames::workingDays(m_matter->statutoryDays),
                                              l.statutoryDue.toString(Qt::ISODate));
        if (!l.missingYears.isEmpty())
            text += QStringLiteral("<br><span style='color:#8a5300'>%1</span>")
                        .arg(WorkingCalendar::missingYearsWarning(l.missingYears).toHtmlEscaped());
    }
    if (!m_matter->isFree())
        text += QStringLiteral("<br>") +
                tr("Fee: %1").arg(CatalogNames::money(m_matter->totalFeeFen()));
    if (m_waiting)
        text += QStringLiteral("<br><br>") +
                tr("Application <b>%1</b> received %2, awaiting correction.")
                    .arg(m_waiting->number,
                         m_waiting->receivedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    m_matterInfo->setText(text);
}

bool IntakePane::openWaiting(const QString& caseNumber)
{
    if (caseNumber.trimmed().isEmpty())
        return false;
    CaseRepository cases(m_services.db());
    auto found = cases.byNumber(caseNumber);
    if (!found) {
        showError(found.message());
        return false;
    }
    if (found->status != CaseStatus::AwaitingCorrection) {
        showError(tr("Case %1 is %2: only an application awaiting correction is continued at "
                     "intake. Open it in the case list to see it.")
                      .arg(found->number, CaseStates::name(found->status)));
        return false;
    }
    auto materials = cases.materials(found->id);
    auto matter = CatalogRepository(m_services.db()).matter(found->matterId);
    if (!materials || !matter) {
        showError(!materials ? materials.message() : matter.message());
        return false;
    }
    startNew();
    m_waiting = found.take();
    m_matter = matter.take();
    m_picker->setText(m_waiting->matterCode);
    m_applicant->hide();
    const bool person = m_waiting->applicantKind == QLatin1String("person");
    m_waitingApplicant->setText(tr("%1 · %2").arg(
        m_waiting->applicantName, person ? privacy::maskIdNumber(m_waiting->applicantDocument)
                                         : m_waiting->applicantDocument));
    m_waitingApplicant->show();
    m_materials->setCaseMaterials(materials.value());
    updateMatterInfo();
    setDeciding(true);
    m_materials->setFocus(Qt::OtherFocusReason);
    return true;
}

void IntakePane::decide(IntakeOutcome outcome)
{
    if (m_result)
        return; // decided: the next applicant first
    if (!m_matter) {
        showError(tr("Pick the matter first: type part of its code or name, then Enter."));
        m_picker->setFocus(Qt::OtherFocusReason);
        return;
    }
    const bool needsDetails = outcome == IntakeOutcome::AcceptWithDeficiency ||
                              outcome == IntakeOutcome::NoticeCorrection ||
                              outcome == IntakeOutcome::Refuse ||
                              outcome == IntakeOutcome::Withdraw;
    if (needsDetails && m_pending != outcome) {
        showDetails(outcome);
        return;
    }
    m_pending = outcome;
    confirm();
}

void IntakePane::showDetails(IntakeOutcome outcome)
{
    int pageIndex = NoDetails;
    QWidget* first = nullptr;
    const QDate today = m_services.clock().today();
    auto calendar = CalendarService::current(m_services.db());
    std::optional<IntakeLimits> limits;
    if (calendar && m_matter)
        limits = IntakeService::limits(*calendar.value(), today, m_matter->promisedDays,
                                       m_matter->statutoryDays);
    switch (outcome) {
    case IntakeOutcome::AcceptWithDeficiency:
        pageIndex = DeficiencyPage;
        first = m_promiseDue;
        if (limits) {
            m_promiseDue->setMinimumDate(today);
            if (!m_pending || *m_pending != outcome)
                m_promiseDue->setDate(
                    std::max(limits->earliestPromiseDue, limits->latestPromiseDue));
            m_promiseLimits->setText(limits->latestPromiseDue < limits->earliestPromiseDue
                                         ? tr("no time for a deficiency on this matter")
                                         : tr("at the latest %1 (%2 working days, and %3 before "
                                              "the promised completion)")
                                               .arg(limits->latestPromiseDue.toString(Qt::ISODate))
                                               .arg(IntakeService::kMaxPromiseWorkingDays)
                                               .arg(IntakeService::kPromiseMarginDays));
        }
        break;
    case IntakeOutcome::NoticeCorrection:
        pageIndex = NoticePage;
        first = m_correctionDue;
        if (limits && (!m_pending || *m_pending != outcome)) {
            m_correctionDue->setMinimumDate(today.addDays(1));
            m_correctionDue->setDate(limits->defaultCorrectionDue);
        }
        break;
    case IntakeOutcome::Refuse:
        pageIndex = RefusalPage;
        first = m_reason;
        break;
    case IntakeOutcome::Withdraw:
        pageIndex = WithdrawPage;
        first = m_withdrawNote;
        break;
    default:
        break;
    }
    if (pageIndex == NoDetails) {
        m_pending.reset();
        m_details->hide();
        m_detailsTitle->hide();
        m_confirm->hide();
        return;
    }
    const bool again = m_pending && *m_pending == outcome && m_details->isVisible();
    m_pending = outcome;
    m_details->setCurrentIndex(pageIndex);
    m_detailsTitle->setText(tr("<b>%1</b>: complete and press Enter (Esc: back)")
                                .arg(IntakeService::outcomeName(outcome)));
    m_details->show();
    m_detailsTitle->show();
    m_confirm->show();
    if (!again && first)
        first->setFocus(Qt::OtherFocusReason);
}

void IntakePane::confirm()
{
    if (!m_pending || m_result || !m_matter)
        return;
    const IntakeOutcome outcome = *m_pending;
    refreshTicket();
    IntakeRequest r;
    r.outcome = outcome;
    r.matterId = m_matter->id;
    r.materials = m_materials->checks();
    r.windowId = m_services.session().windowId();
    r.ticketId = m_ticket ? m_ticket->id : QString();
    if (outcome == IntakeOutcome::AcceptWithDeficiency)
        r.promiseDue = m_promiseDue->date();
    if (outcome == IntakeOutcome::NoticeCorrection)
        r.correctionDue = m_correctionDue->date();
    if (outcome == IntakeOutcome::Refuse) {
        r.reason = m_reason->text();
        r.competentAuthority = m_authority->text();
        r.basis = m_basis->text();
    }
    if (outcome == IntakeOutcome::Withdraw)
        r.reason = m_withdrawNote->text();

    Result<IntakeResult> result = Error(ErrorKind::Internal, QString());
    if (m_waiting) {
        result = IntakeService(m_services.context()).decideWaiting(m_waiting->id, r);
    } else {
        // The form shows each problem next to its field and keeps the focus there.
        const auto applicant = m_applicant->validatedApplicant();
        if (!applicant) {
            showError(tr("Some entries about the applicant need correcting: see the fields "
                         "marked in red. Nothing was saved."));
            return;
        }
        r.applicant = *applicant;
        result = IntakeService(m_services.context()).decide(r);
    }
    if (!result) {
        showError(result.message());
        if (outcome == IntakeOutcome::Refuse && m_reason->text().trimmed().isEmpty())
            m_reason->setFocus(Qt::OtherFocusReason);
        return;
    }
    finishDecision(result.value(), outcome);
}

void IntakePane::finishDecision(const IntakeResult& result, IntakeOutcome outcome)
{
    m_result = result;
    m_pending.reset();
    m_details->hide();
    m_detailsTitle->hide();
    m_confirm->hide();
    setDeciding(false);
    m_sentence->setStyleSheet(QLatin1String(kOkStyle));
    m_sentence->setText(result.sentence);
    m_sentence->show();
    m_warning->setText(result.warning);
    m_warning->setVisible(!result.warning.isEmpty());
    printDocuments();
    showDocuments();
    m_next->show();
    m_next->setFocus(Qt::OtherFocusReason);
    if (!result.record.ticketId.isEmpty())
        emit caseTaken(result.record.ticketId, result.record.number, queueOutcome(outcome));
}

Paper IntakePane::receiptPaper() const
{
    return DocumentKinds::paperFromKey(m_paper->currentData().toString())
        .value_or(Paper::Receipt80);
}

Paper IntakePane::paperFor(const IssuedDocument& document) const
{
    const Paper wanted =
        document.kind == DocumentKind::AcceptanceReceipt ? receiptPaper() : Paper::A4;
    return DocumentKinds::supports(document.kind, wanted)
               ? wanted
               : DocumentKinds::defaultPaper(document.kind);
}

void IntakePane::printDocuments()
{
    m_printProblems.clear();
    if (!m_result)
        return;
    for (const IssuedDocument& d : m_result->documents) {
        auto copy = m_print->printTo(d, paperFor(d));
        m_printProblems << (copy ? QString() : copy.message());
    }
}

void IntakePane::showDocuments()
{
    while (QLayoutItem* item = m_documentsLayout->takeAt(0)) {
        if (item->widget())
            item->widget()->deleteLater();
        delete item;
    }
    if (!m_result || m_result->documents.isEmpty()) {
        m_documents->hide();
        return;
    }
    for (int i = 0; i < m_result->documents.size(); ++i) {
        const IssuedDocument d = m_result->documents.at(i);
        const Paper paper = paperFor(d);
        auto* row = new QWidget(m_documents);
        row->setObjectName(QStringLiteral("document_%1").arg(i));
        auto* rowLayout = new QHBoxLayout(row);
        rowLayout->setContentsMargins(0, 0, 0, 0);
        auto* preview = new QLabel(row);
        preview->setObjectName(QStringLiteral("documentPreview"));
        auto rendered = DocumentRenderer::render(
            DocumentRegister::request(d, paper, false, m_services.clock().now()));
        if (rendered) {
            const QImage page = rendered->pageImage(0, paper == Paper::A4 ? 36 : 60);
            preview->setPixmap(QPixmap::fromImage(
                page.scaledToHeight(std::min(page.height(), 240), Qt::SmoothTransformation)));
            preview->setStyleSheet(QStringLiteral("border: 1px solid #bbb;"));
        }
        auto* info = new QLabel(row);
        info->setObjectName(QStringLiteral("documentInfo"));
        info->setWordWrap(true);
        const QString problem = m_printProblems.value(i);
        info->setText(
            QStringLiteral("<b>%1</b><br>%2<br>%3")
                .arg(DocumentKinds::name(d.kind).toHtmlEscaped(), d.number.toHtmlEscaped(),
                     problem.isEmpty()
                         ? tr("Printed on %1.").arg(DocumentKinds::paperName(paper)).toHtmlEscaped()
                         : QStringLiteral("<span style='color:#8c1d18'>%1</span>")
                               .arg(tr("Not printed: %1 It is saved and can be printed again.")
                                        .arg(problem)
                                        .toHtmlEscaped())));
        auto* again = new QPushButton(tr("Print again"), row);
        again->setObjectName(QStringLiteral("printAgain"));
        connect(again, &QPushButton::clicked, this,
                [this, d, paper] { m_print->print(d, paper, this); });
        auto* pdf = new QPushButton(tr("Save as PDF…"), row);
        pdf->setObjectName(QStringLiteral("saveAsPdf"));
        connect(pdf, &QPushButton::clicked, this,
                [this, d, paper] { m_print->saveAsPdf(d, paper, this); });
        auto* side = new QVBoxLayout;
        side->addWidget(info);
        auto* sideButtons = new QHBoxLayout;
        sideButtons->addWidget(again);
        sideButtons->addWidget(pdf);
        sideButtons->addStretch(1);
        side->addLayout(sideButtons);
        side->addStretch(1);
        rowLayout->addWidget(preview);
        rowLayout->addLayout(side, 1);
        m_documentsLayout->addWidget(row);
    }
    m_documents->show();
}

void IntakePane::showError(const QString& message)
{
    m_sentence->setStyleSheet(QLatin1String(kErrorStyle));
    m_sentence->setText(message);
    m_sentence->show();
}

QString IntakePane::message() const
{
    return m_sentence->isVisible() ? m_sentence->text() : QString();
}

bool IntakePane::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->modifiers() & Qt::ControlModifier)
            return false;
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            confirm();
            return true;
        }
        if (key->key() == Qt::Key_Escape) {
            showDetails(IntakeOutcome::Accept);
            m_materials->setFocus(Qt::OtherFocusReason);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace civicdesk
