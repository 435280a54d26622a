#include "WorkflowDialogs.h"

#include "LimitDisplay.h"

#include "Services.h"
#include "intake/Applicant.h"
#include "workflow/WorkflowService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace civicdesk {

namespace {

QPlainTextEdit* textBox(const QString& name, const QString& placeholder, QWidget* parent, int lines = 3)
{
    auto* e = new QPlainTextEdit(parent);
    e->setObjectName(name);
    e->setPlaceholderText(placeholder);
    e->setTabChangesFocus(true);
    e->setFixedHeight(e->fontMetrics().lineSpacing() * lines + 14);
    return e;
}

QLineEdit* line(const QString& name, QWidget* parent, const QString& placeholder = {})
{
    auto* e = new QLineEdit(parent);
    e->setObjectName(name);
    e->setPlaceholderText(placeholder);
    return e;
}

QString caseLine(const CaseWorkflow& w)
{
    return QStringLiteral("<b>%1</b> · %2 · %3")
        .arg(w.record.number.toHtmlEscaped(), w.record.matterName().toHtmlEscaped(),
             w.record.applicantName.toHtmlEscaped());
}

} // namespace

ActionDialog::ActionDialog(Services& services, const QString& title, QWidget* parent)
    : QDialog(parent), m_services(services)
{
    setWindowTitle(title);
    setWindowModality(Qt::WindowModal);
    setAttribute(Qt::WA_DeleteOnClose);
    setMinimumWidth(520);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::RichText);
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("actionError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    m_error->hide();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(m_form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ActionDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString ActionDialog::errorText() const
{
    return m_error->isVisible() || !m_error->isHidden() ? m_error->text() : QString();
}

void ActionDialog::setIntro(const QString& text)
{
    m_intro->setText(text);
}

void ActionDialog::setOkText(const QString& text)
{
    m_buttons->button(QDialogButtonBox::Ok)->setText(text);
}

void ActionDialog::accept()
{
    auto outcome = run();
    if (!outcome) {
        // Everything typed stays; the sentence says what to change.
        m_error->setText(outcome.message());
        m_error->show();
        return;
    }
    m_error->hide();
    if (m_done)
        m_done(outcome.value());
    QDialog::accept();
}

// ---------------------------------------------------------------------------------------------

StepDecisionDialog::StepDecisionDialog(Services& services, const CaseWorkflow& w,
                                       const QString& stepId, Mode mode, QWidget* parent)
    : ActionDialog(services,
                   mode == Mode::Approve  ? tr("Approve step")
                   : mode == Mode::Return ? tr("Return to an earlier stage")
                                          : tr("Deny the application"),
                   parent),
      m_stepId(stepId), m_mode(mode)
{
    const CaseStep* step = w.step(stepId);
    const StepActions actions = w.stepActions.value(stepId);
    const QString stepName = step ? step->name().toHtmlEscaped() : QString();
    switch (mode) {
    case Mode::Approve: {
        setObjectName(QStringLiteral("approveDialog"));
        QString intro = caseLine(w) + QStringLiteral("<br>") + tr("Approve %1.").arg(stepName);
        if (actions.decidesCase)
            intro += QStringLiteral("<br>") +
                     tr("This is the last deciding step: approving it approves the application, "
                        "issues the decision (art. 38) and publishes it without personal data "
                        "(art. 40).");
        if (actions.makesCertificate)
            intro += QStringLiteral("<br>") +
                     tr("Approving it records that the certificate is made; it then waits to be "
                        "handed over.");
        setIntro(intro);
        m_note = line(QStringLiteral("noteEdit"), this, tr("optional"));
        form()->addRow(tr("Remark:"), m_note);
        if (actions.decidesCase) {
            m_content = line(QStringLiteral("contentEdit"), this,
                             tr("empty: the matter's name"));
            form()->addRow(tr("What is granted:"), m_content);
        }
        if (actions.decidesCase || actions.makesCertificate) {
            m_certificateName = line(QStringLiteral("certificateNameEdit"), this,
                                     tr("empty when there is no certificate"));
            m_certificateNumber = line(QStringLiteral("certificateNumberEdit"), this,
                                       actions.decidesCase ? tr("if already known")
                                                           : QString());
            form()->addRow(tr("Certificate:"), m_certificateName);
            form()->addRow(tr("Certificate number:"), m_certificateNumber);
        }
        if (actions.decidesCase) {
            const QDate today = services.clock().today();
            m_valid = new QCheckBox(tr("The licence is valid for a limited time"), this);
            m_valid->setObjectName(QStringLiteral("validCheck"));
            m_validFrom = new QDateEdit(today, this);
            m_validFrom->setObjectName(QStringLiteral("validFrom"));
            m_validFrom->setCalendarPopup(true);
            m_validUntil = new QDateEdit(today.addYears(5).addDays(-1), this);
            m_validUntil->setObjectName(QStringLiteral("validUntil"));
            m_validUntil->setCalendarPopup(true);
            m_validFrom->setEnabled(false);
            m_validUntil->setEnabled(false);
            connect(m_valid, &QCheckBox::toggled, m_validFrom, &QWidget::setEnabled);
            connect(m_valid, &QCheckBox::toggled, m_validUntil, &QWidget::setEnabled);
            form()->addRow(QString(), m_valid);
            form()->addRow(tr("Valid from:"), m_validFrom);
            form()->addRow(tr("Valid until:"), m_validUntil);
        }
        setOkText(tr("Approve"));
        break;
    }
    case Mode::Return: {
        setObjectName(QStringLiteral("returnDialog"));
        setIntro(caseLine(w) + QStringLiteral("<br>") +
                 tr("Send the case back from %1 to an earlier stage: its steps open again, "
                    "with new due dates.")
                     .arg(stepName));
        m_stage = new QComboBox(this);
        m_stage->setObjectName(QStringLiteral("stageCombo"));
        for (int position : actions.returnStages) {
            for (const CaseStep& s : w.steps) {
                if (s.stagePosition == position) {
                    m_stage->addItem(tr("Stage %1: %2").arg(position).arg(s.stageName()), position);
                    break;
                }
            }
        }
        m_stage->setCurrentIndex(m_stage->count() - 1);
        m_reason = textBox(QStringLiteral("reasonEdit"),
                           tr("What the earlier stage must look at again"), this);
        form()->addRow(tr("Back to:"), m_stage);
        form()->addRow(tr("Reason:"), m_reason);
        setOkText(tr("Return"));
        break;
    }
    case Mode::Deny: {
        setObjectName(QStringLiteral("denyDialog"));
        setIntro(caseLine(w) + QStringLiteral("<br>") +
                 tr("Denying %1 denies the whole application. The decision states the reasons "
                    "in writing and the applicant's right to apply for administrative "
                    "reconsideration within 60 days or to sue within 6 months (art. 38).")
                     .arg(stepName));
        m_reason = textBox(QStringLiteral("reasonsEdit"),
                           tr("One reason per line: which condition or standard is not met"), this, 4);
        m_basis = line(QStringLiteral("basisEdit"), this, tr("empty: the matter's legal basis"));
        form()->addRow(tr("Reasons:"), m_reason);
        form()->addRow(tr("Legal basis:"), m_basis);
        setOkText(tr("Deny"));
        break;
    }
    }
}

Result<WorkflowOutcome> StepDecisionDialog::run()
{
    WorkflowService service(services().context());
    switch (m_mode) {
    case Mode::Approve: {
        ApprovalDetails d;
        d.note = m_note->text();
        if (m_content)
            d.content = m_content->text();
        if (m_certificateName) {
            d.certificateName = m_certificateName->text();
            d.certificateNumber = m_certificateNumber->text();
        }
        if (m_valid && m_valid->isChecked()) {
            d.validFrom = m_validFrom->date();
            d.validUntil = m_validUntil->date();
        }
        return service.approveStep(m_stepId, d);
    }
    case Mode::Return:
        return service.returnStep(m_stepId, m_stage->currentData().toInt(), m_reason->toPlainText());
    case Mode::Deny:
        return service.denyStep(m_stepId, {m_reason->toPlainText().split(QLatin1Char('\n')),
                                           m_basis->text()});
    }
    return Error(ErrorKind::Internal, QString());
}

// ---------------------------------------------------------------------------------------------

SuspendDialog::SuspendDialog(Services& services, const CaseWorkflow& w, QWidget* parent)
    : ActionDialog(services, tr("Suspend the case"), parent), m_caseId(w.record.id)
{
    setObjectName(QStringLiteral("suspendDialog"));
    setIntro(caseLine(w) + QStringLiteral("<br>") +
             tr("While a hearing, testing, quarantine, appraisal, expert review, tender or "
                "auction runs, its time does not count towards the limit (art. 45). The "
                "applicant gets a written notice."));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kindCombo"));
    for (SuspensionKind k : WorkflowNames::suspensionKinds())
        m_kind->addItem(WorkflowNames::name(k), int(k));
    m_kind->setCurrentIndex(m_kind->findData(int(SuspensionKind::ExpertReview)));
    m_reason = textBox(QStringLiteral("reasonEdit"), tr("Why the procedure is needed"), this);
    m_days = new QSpinBox(this);
    m_days->setObjectName(QStringLiteral("daysSpin"));
    m_days->setRange(1, WorkflowService::kMaxSuspensionDays);
    m_days->setValue(10);
    m_days->setSuffix(tr(" working days"));
    form()->addRow(tr("Procedure:"), m_kind);
    form()->addRow(tr("Reason:"), m_reason);
    form()->addRow(tr("Expected length:"), m_days);
    setOkText(tr("Suspend"));
}

Result<WorkflowOutcome> SuspendDialog::run()
{
    return WorkflowService(services().context())
        .suspend(m_caseId, {SuspensionKind(m_kind->currentData().toInt()), m_reason->toPlainText(),
                            m_days->value()});
}

// ---------------------------------------------------------------------------------------------

ExtensionRequestDialog::ExtensionRequestDialog(Services& services, const CaseWorkflow& w,
                                               QWidget* parent)
    : ActionDialog(services, tr("Request an extension"), parent), m_caseId(w.record.id)
{
    setObjectName(QStringLiteral("extensionDialog"));
    setIntro(caseLine(w) + QStringLiteral("<br>") +
             (w.jointHandling
                  ? tr("A matter handled jointly may be extended once by up to 15 working days "
                       "(art. 42), with a supervisor's approval.")
                  : tr("A case may be extended once by up to 10 working days (art. 42), with a "
                       "supervisor's approval.")) +
             QStringLiteral(" ") + tr("The applicant is told the reason."));
    m_reason = textBox(QStringLiteral("reasonEdit"), tr("Why the case cannot be decided in time"),
                       this);
    m_days = new QSpinBox(this);
    m_days->setObjectName(QStringLiteral("daysSpin"));
    m_days->setRange(1, w.maxExtensionDays);
    m_days->setValue(w.maxExtensionDays);
    m_days->setSuffix(tr(" working days"));
    form()->addRow(tr("Reason:"), m_reason);
    form()->addRow(tr("Extend by:"), m_days);
    setOkText(tr("Request"));
}

Result<WorkflowOutcome> ExtensionRequestDialog::run()
{
    return WorkflowService(services().context())
        .requestExtension(m_caseId, {m_reason->toPlainText(), m_days->value()});
}

// ---------------------------------------------------------------------------------------------

ExtensionDecisionDialog::ExtensionDecisionDialog(Services& services, const CaseWorkflow& w,
                                                 QWidget* parent)
    : ActionDialog(services, tr("Decide the extension"), parent)
{
    setObjectName(QStringLiteral("extensionDecisionDialog"));
    const CaseExtension* e = w.pendingExtension();
    m_extensionId = e ? e->id : QString();
    QString intro = caseLine(w);
    if (e)
        intro += QStringLiteral("<br>") +
                 tr("%1 asks for %n more working day(s): %2", nullptr, e->days)
                     .arg(e->requestedBy.toHtmlEscaped(), e->reason.toHtmlEscaped()) +
                 QStringLiteral("<br>") +
                 tr("Statutory limit now: %1.").arg(LimitDisplay::dueText(w.statutory));
    setIntro(intro);
    m_approve = new QRadioButton(tr("Approve: the limits move and the applicant gets a notice"), this);
    m_approve->setObjectName(QStringLiteral("decisionApprove"));
    m_approve->setChecked(true);
    m_reject = new QRadioButton(tr("Reject: the limits stand"), this);
    m_reject->setObjectName(QStringLiteral("decisionReject"));
    m_note = line(QStringLiteral("noteEdit"), this, tr("needed when rejecting"));
    form()->addRow(QString(), m_approve);
    form()->addRow(QString(), m_reject);
    form()->addRow(tr("Note:"), m_note);
    setOkText(tr("Decide"));
}

Result<WorkflowOutcome> ExtensionDecisionDialog::run()
{
    return WorkflowService(services().context())
        .decideExtension(m_extensionId, m_approve->isChecked(), m_note->text());
}

// ---------------------------------------------------------------------------------------------

HandoverDialog::HandoverDialog(Services& services, const CaseWorkflow& w, QWidget* parent)
    : ActionDialog(services, tr("Hand over the result"), parent), m_caseId(w.record.id)
{
    setObjectName(QStringLiteral("handoverDialog"));
    setIntro(caseLine(w) + QStringLiteral("<br>") +
             tr("Record who collects the result, or where it was posted. The ID number is "
                "checked and kept only masked."));
    m_method = new QComboBox(this);
    m_method->setObjectName(QStringLiteral("methodCombo"));
    for (HandoverMethod m : WorkflowNames::handoverMethods())
        m_method->addItem(WorkflowNames::name(m), int(m));
    m_recipient = line(QStringLiteral("recipientEdit"), this);
    m_recipient->setText(w.record.applicantKind == QLatin1String("person") ? w.record.applicantName
                                                                            : QString());
    m_relation = new QComboBox(this);
    m_relation->setObjectName(QStringLiteral("relationCombo"));
    for (RecipientRelation r : WorkflowNames::relations())
        m_relation->addItem(WorkflowNames::name(r), int(r));
    if (w.record.applicantKind != QLatin1String("person"))
        m_relation->setCurrentIndex(m_relation->findData(int(RecipientRelation::Agent)));
    m_documentType = new QComboBox(this);
    m_documentType->setObjectName(QStringLiteral("documentTypeCombo"));
    for (DocumentType t : ApplicantText::personDocumentTypes())
        m_documentType->addItem(ApplicantText::documentTypeName(t), int(t));
    m_documentNumber = line(QStringLiteral("documentNumberEdit"), this);
    m_identityChecked =
        new QCheckBox(tr("I compared the identity document with the person collecting"), this);
    m_identityChecked->setObjectName(QStringLiteral("identityCheck"));
    m_carrier = line(QStringLiteral("carrierEdit"), this);
    m_carrier->setText(QStringLiteral("EMS"));
    m_tracking = line(QStringLiteral("trackingEdit"), this);
    form()->addRow(tr("Method:"), m_method);
    form()->addRow(tr("Name:"), m_recipient);
    form()->addRow(tr("Collected by:"), m_relation);
    form()->addRow(tr("Identity document:"), m_documentType);
    form()->addRow(tr("Document number:"), m_documentNumber);
    form()->addRow(QString(), m_identityChecked);
    form()->addRow(tr("Postal service:"), m_carrier);
    form()->addRow(tr("Tracking number:"), m_tracking);
    connect(m_method, qOverload<int>(&QComboBox::currentIndexChanged), this, &HandoverDialog::showMethod);
    showMethod();
    setOkText(tr("Hand over"));
}

void HandoverDialog::showMethod()
{
    const auto method = HandoverMethod(m_method->currentData().toInt());
    const bool counter = method == HandoverMethod::Counter;
    const bool mail = method == HandoverMethod::Mail;
    for (QWidget* w : {static_cast<QWidget*>(m_relation), static_cast<QWidget*>(m_documentType),
                       static_cast<QWidget*>(m_documentNumber),
                       static_cast<QWidget*>(m_identityChecked)})
        form()->setRowVisible(w, counter);
    form()->setRowVisible(m_carrier, mail);
    form()->setRowVisible(m_tracking, mail);
    adjustSize();
}

Result<WorkflowOutcome> HandoverDialog::run()
{
    Handover h;
    h.method = HandoverMethod(m_method->currentData().toInt());
    h.recipientName = m_recipient->text();
    h.relation = RecipientRelation(m_relation->currentData().toInt());
    h.recipientDocumentType = DocumentType(m_documentType->currentData().toInt());
    h.recipientDocumentNumber = m_documentNumber->text();
    h.identityChecked = m_identityChecked->isChecked();
    h.carrier = m_carrier->text();
    h.trackingNumber = m_tracking->text();
    return WorkflowService(services().context()).handOver(m_caseId, h);
}

// ---------------------------------------------------------------------------------------------

WithdrawDialog::WithdrawDialog(Services& services, const CaseWorkflow& w, QWidget* parent)
    : ActionDialog(services, tr("Withdraw the application"), parent), m_caseId(w.record.id)
{
    setObjectName(QStringLiteral("withdrawDialog"));
    setIntro(caseLine(w) + QStringLiteral("<br>") +
             tr("The applicant withdraws the application in writing; the case ends here."));
    m_reason = textBox(QStringLiteral("reasonEdit"), tr("What the applicant wrote"), this);
    form()->addRow(tr("Applicant's request:"), m_reason);
    setOkText(tr("Withdraw"));
}

Result<WorkflowOutcome> WithdrawDialog::run()
{
    return WorkflowService(services().context()).withdraw(m_caseId, m_reason->toPlainText());
}

} // namespace civicdesk
