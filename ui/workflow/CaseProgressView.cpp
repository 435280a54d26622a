#include "CaseProgressView.h"

#include "LimitDisplay.h"
#include "WorkflowDialogs.h"

#include "Services.h"
#include "printing/PrintService.h"
#include "security/Session.h"
#include "workflow/WorkflowService.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace civicdesk {

namespace {

enum StepColumn { ColStep, ColDepartment, ColState, ColOpened, ColDue, ColDecided, ColBy, ColTime, ColNote, StepColumns };

QColor stateColor(StepState s)
{
    switch (s) {
    case StepState::Approved:
        return QColor(0x1b, 0x5e, 0x20);
    case StepState::Open:
        return QColor(0x0d, 0x47, 0xa1);
    case StepState::Returned:
        return QColor(0xe6, 0x51, 0x00);
    case StepState::Denied:
        return QColor(0xb7, 0x1c, 0x1c);
    case StepState::Pending:
        break;
    }
    return QColor(0x75, 0x75, 0x75);
}

QPushButton* actionButton(const QString& name, const QString& text, QWidget* parent)
{
    auto* b = new QPushButton(text, parent);
    b->setObjectName(name);
    b->setAutoDefault(false);
    return b;
}

// A refusal because the person lacks the permission altogether: the action is not shown.
bool notForThisPerson(const Status& s)
{
    return !s.isOk() && s.error().detail.startsWith(QLatin1String("missing permission"));
}

QString limitHtml(const QString& label, const LimitState& l, bool suspended)
{
    if (!l.due.isValid())
        return QString();
    const QColor c = LimitDisplay::color(l.light);
    const QString dot = suspended || l.light == Light::None
                            ? QStringLiteral("<span style='color:#9e9e9e'>●</span>")
                            : QStringLiteral("<span style='color:%1'>●</span>").arg(c.name());
    return QStringLiteral("%1 %2: <b>%3</b>")
        .arg(dot, label.toHtmlEscaped(), LimitDisplay::dueText(l).toHtmlEscaped());
}

} // namespace

CaseProgressView::CaseProgressView(Services& services, PrintService& printing, QWidget* parent)
    : QWidget(parent), m_services(services), m_print(printing)
{
    setObjectName(QStringLiteral("caseProgressView"));
    m_header = new QLabel(this);
    m_header->setObjectName(QStringLiteral("progressHeader"));
    m_header->setTextFormat(Qt::RichText);
    m_header->setWordWrap(true);
    m_limits = new QLabel(this);
    m_limits->setObjectName(QStringLiteral("progressLimits"));
    m_limits->setTextFormat(Qt::RichText);
    m_limits->setWordWrap(true);
    m_warning = new QLabel(this);
    m_warning->setObjectName(QStringLiteral("progressWarning"));
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(QStringLiteral("color: #8a4b00;"));
    m_warning->hide();

    m_steps = new QTreeWidget(this);
    m_steps->setObjectName(QStringLiteral("stepsTree"));
    m_steps->setColumnCount(StepColumns);
    m_steps->setHeaderLabels({tr("Stage and step"), tr("Department"), tr("State"), tr("Opened"),
                              tr("Due"), tr("Decided"), tr("By"), tr("Time used"), tr("Remark")});
    m_steps->setRootIsDecorated(true);
    m_steps->setUniformRowHeights(true);
    m_steps->setSelectionMode(QAbstractItemView::SingleSelection);
    m_steps->header()->setStretchLastSection(true);
    m_steps->setMinimumHeight(150);

    m_clock = new QTreeWidget(this);
    m_clock->setObjectName(QStringLiteral("clockTree"));
    m_clock->setColumnCount(4);
    m_clock->setHeaderLabels({tr("Suspension or extension"), tr("From"), tr("Until"), tr("Reason")});
    m_clock->setRootIsDecorated(false);
    m_clock->header()->setStretchLastSection(true);
    m_clock->setMaximumHeight(96);

    m_documents = new QListWidget(this);
    m_documents->setObjectName(QStringLiteral("documentsList"));
    m_documents->setMaximumHeight(96);
    m_printDocument = actionButton(QStringLiteral("printDocumentButton"), tr("&Print"), this);
    m_pdfDocument = actionButton(QStringLiteral("previewDocumentButton"), tr("Pre&view…"), this);
    auto* documentButtons = new QVBoxLayout;
    documentButtons->addWidget(m_printDocument);
    documentButtons->addWidget(m_pdfDocument);
    documentButtons->addStretch();
    auto* documents = new QHBoxLayout;
    documents->addWidget(m_documents, 1);
    documents->addLayout(documentButtons);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("progressMessage"));
    m_message->setWordWrap(true);
    m_message->hide();

    m_approve = actionButton(QStringLiteral("approveButton"), tr("&Approve…"), this);
    m_return = actionButton(QStringLiteral("returnButton"), tr("&Return…"), this);
    m_deny = actionButton(QStringLiteral("denyButton"), tr("&Deny…"), this);
    m_suspend = actionButton(QStringLiteral("suspendButton"), tr("&Suspend…"), this);
    m_resume = actionButton(QStringLiteral("resumeButton"), tr("Res&ume"), this);
    m_extend = actionButton(QStringLiteral("extendButton"), tr("E&xtension…"), this);
    m_decideExtension =
        actionButton(QStringLiteral("decideExtensionButton"), tr("Decide e&xtension…"), this);
    m_handOver = actionButton(QStringLiteral("handOverButton"), tr("&Hand over…"), this);
    m_withdraw = actionButton(QStringLiteral("withdrawButton"), tr("&Withdraw…"), this);
    QFont bold = m_approve->font();
    bold.setBold(true);
    m_approve->setFont(bold);
    m_handOver->setFont(bold);
    auto* actions = new QHBoxLayout;
    for (QPushButton* b : {m_approve, m_return, m_deny, m_suspend, m_resume, m_extend,
                           m_decideExtension, m_handOver, m_withdraw})
        actions->addWidget(b);
    actions->addStretch();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_header);
    layout->addWidget(m_limits);
    layout->addWidget(m_warning);
    layout->addWidget(m_steps, 1);
    layout->addWidget(m_clock);
    layout->addLayout(documents);
    layout->addWidget(m_message);
    layout->addLayout(actions);

    connect(m_steps, &QTreeWidget::itemSelectionChanged, this, &CaseProgressView::updateActions);
    connect(m_documents, &QListWidget::currentRowChanged, this, [this] { updateActions(); });
    connect(m_printDocument, &QPushButton::clicked, this, [this] { printSelected(false); });
    connect(m_pdfDocument, &QPushButton::clicked, this, [this] { printSelected(true); });
    connect(m_approve, &QPushButton::clicked, this, [this] {
        openDialog(new StepDecisionDialog(m_services, m_workflow, actionStepId(),
                                          StepDecisionDialog::Mode::Approve, this));
    });
    connect(m_return, &QPushButton::clicked, this, [this] {
        openDialog(new StepDecisionDialog(m_services, m_workflow, actionStepId(),
                                          StepDecisionDialog::Mode::Return, this));
    });
    connect(m_deny, &QPushButton::clicked, this, [this] {
        openDialog(new StepDecisionDialog(m_services, m_workflow, actionStepId(),
                                          StepDecisionDialog::Mode::Deny, this));
    });
    connect(m_suspend, &QPushButton::clicked, this,
            [this] { openDialog(new SuspendDialog(m_services, m_workflow, this)); });
    connect(m_extend, &QPushButton::clicked, this,
            [this] { openDialog(new ExtensionRequestDialog(m_services, m_workflow, this)); });
    connect(m_decideExtension, &QPushButton::clicked, this,
            [this] { openDialog(new ExtensionDecisionDialog(m_services, m_workflow, this)); });
    connect(m_handOver, &QPushButton::clicked, this,
            [this] { openDialog(new HandoverDialog(m_services, m_workflow, this)); });
    connect(m_withdraw, &QPushButton::clicked, this,
            [this] { openDialog(new WithdrawDialog(m_services, m_workflow, this)); });
    connect(m_resume, &QPushButton::clicked, this, [this] {
        // Resuming needs nothing typed: done at once, the sentence says what it did.
        auto outcome = WorkflowService(m_services.context()).resume(m_caseId);
        if (!outcome) {
            showMessage(outcome.message(), true);
            return;
        }
        const QString id = m_caseId;
        refresh();
        showMessage(outcome->message, false);
        emit changed(id);
    });
    setCase(QString());
}

void CaseProgressView::setCase(const QString& caseId)
{
    if (caseId != m_caseId)
        showMessage(QString(), false);
    m_caseId = caseId;
    refresh();
}

void CaseProgressView::refresh()
{
    m_loaded = false;
    if (!m_caseId.isEmpty()) {
        auto w = WorkflowService(m_services.context()).load(m_caseId);
        if (w) {
            m_workflow = w.take();
            m_loaded = true;
        } else {
            showMessage(w.message(), true);
        }
    }
    fill();
}

QString CaseProgressView::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void CaseProgressView::setEmbedded(bool embedded)
{
    m_embedded = embedded;
    m_header->setVisible(!embedded);
    fillDocuments();
}

void CaseProgressView::showMessage(const QString& text, bool problem)
{
    m_message->setText(text);
    m_message->setStyleSheet(problem ? QStringLiteral("color: #b71c1c;")
                                     : QStringLiteral("color: #1b5e20;"));
    m_message->setVisible(!text.isEmpty());
}

void CaseProgressView::fill()
{
    const QString selectedStep = actionStepId();
    if (!m_loaded) {
        m_header->setText(m_caseId.isEmpty() ? tr("Pick a case to see its progress.") : QString());
        m_limits->clear();
        m_warning->hide();
        m_steps->clear();
        m_clock->clear();
        m_clock->hide();
        m_documents->clear();
        for (QWidget* w : std::initializer_list<QWidget*>{m_documents, m_printDocument, m_pdfDocument})
            w->hide();
        updateActions();
        return;
    }
    const CaseRecord& c = m_workflow.record;
    QString header = QStringLiteral("<span style='font-size:12pt'><b>%1</b></span> · %2 · <b>%3</b>")
                         .arg(c.number.toHtmlEscaped(), c.matterName().toHtmlEscaped(),
                              CaseStates::name(c.status).toHtmlEscaped());
    header += QStringLiteral("<br>") +
              tr("Applicant: %1 · accepted %2 · limits %3 / %4 working days (promised / "
                 "statutory)")
                  .arg(c.applicantName.toHtmlEscaped(), LimitDisplay::date(c.acceptedOn))
                  .arg(c.promisedDays)
                  .arg(c.statutoryDays);
    if (c.extensionDays > 0)
        header += QStringLiteral(" ") + tr("+ %n working day(s) extension", nullptr, c.extensionDays);
    if (!c.decision.isEmpty())
        header += QStringLiteral("<br>") +
                  (c.decision == QLatin1String("approved")
                       ? tr("Approved on %1.").arg(LimitDisplay::date(c.decidedOn))
                       : tr("Denied on %1: %2")
                             .arg(LimitDisplay::date(c.decidedOn),
                                  c.decisionReasons.toHtmlEscaped().replace(QLatin1Char('\n'),
                                                                            QStringLiteral("; "))));
    m_header->setText(header);

    const bool suspended = c.status == CaseStatus::Suspended;
    QStringList limits;
    limits << limitHtml(tr("Promised"), m_workflow.promised, suspended)
           << limitHtml(tr("Statutory"), m_workflow.statutory, suspended);
    if (m_workflow.certificate.due.isValid())
        limits << limitHtml(tr("Certificate (art. 44)"), m_workflow.certificate, false);
    limits.removeAll(QString());
    if (suspended) {
        if (const CaseSuspension* s = m_workflow.openSuspension())
            limits << tr("The clock stands still: suspended for %1 since %2, expected until %3.")
                          .arg(WorkflowNames::name(s->kind), LimitDisplay::date(s->startedOn),
                               LimitDisplay::date(s->expectedEnd))
                          .toHtmlEscaped();
    }
    m_limits->setText(limits.join(QStringLiteral(" &nbsp; ")));
    m_warning->setText(m_workflow.estimateWarning);
    m_warning->setVisible(!m_workflow.estimateWarning.isEmpty());

    fillSteps();
    fillClock();
    fillDocuments();
    // Keep the selection across a refresh.
    for (QTreeWidgetItemIterator it(m_steps); *it; ++it) {
        if ((*it)->data(0, Qt::UserRole).toString() == selectedStep && !selectedStep.isEmpty())
            m_steps->setCurrentItem(*it);
    }
    updateActions();
}

void CaseProgressView::fillSteps()
{
    m_steps->clear();
    QHash<QString, QVector<const StepRound*>> rounds;
    for (const StepRound& r : m_workflow.rounds)
        rounds[r.stepId].push_back(&r);
    QTreeWidgetItem* stage = nullptr;
    int stagePosition = -1;
    int approvedInStage = 0;
    int stepsInStage = 0;
    auto closeStage = [&] {
        if (stage && stepsInStage > 1)
            stage->setText(ColState, tr("%1 of %2 approved").arg(approvedInStage).arg(stepsInStage));
    };
    for (const CaseStep& s : m_workflow.steps) {
        if (s.stagePosition != stagePosition) {
            closeStage();
            stagePosition = s.stagePosition;
            approvedInStage = stepsInStage = 0;
            stage = new QTreeWidgetItem(m_steps);
            stage->setText(ColStep, tr("%1. %2").arg(s.stagePosition).arg(s.stageName()));
            QFont f = stage->font(ColStep);
            f.setBold(true);
            stage->setFont(ColStep, f);
            stage->setFirstColumnSpanned(false);
            stage->setExpanded(true);
        }
        ++stepsInStage;
        approvedInStage += s.state == StepState::Approved;
        auto* item = new QTreeWidgetItem(stage);
        item->setData(0, Qt::UserRole, s.id);
        QString name = s.name();
        if (s.isLead && m_workflow.steps.size() > 1) {
            int inStage = 0;
            for (const CaseStep& x : m_workflow.steps)
                inStage += x.stagePosition == s.stagePosition;
            if (inStage > 1)
                name += QStringLiteral(" ") + tr("(lead)");
        }
        item->setText(ColStep, name);
        item->setText(ColDepartment, m_workflow.departmentName(s.departmentId));
        item->setText(ColState, CaseNames::name(s.state));
        item->setForeground(ColState, stateColor(s.state));
        item->setText(ColOpened, LimitDisplay::dateTime(s.openedAt));
        item->setText(ColDue, LimitDisplay::date(s.dueOn));
        item->setText(ColDecided, LimitDisplay::dateTime(s.decidedAt));
        int days = 0;
        QString by;
        bool overdue = false;
        for (const StepRound* r : rounds.value(s.id)) {
            days += r->workingDays;
            if (r->closedAt == s.decidedAt && s.decidedAt.isValid())
                by = r->staffName;
            if (!r->closedAt.isValid())
                overdue = r->overdue;
        }
        item->setText(ColBy, by);
        if (s.openedAt.isValid() || s.decidedAt.isValid() || !rounds.value(s.id).isEmpty()) {
            QString time = tr("%n working day(s)", nullptr, days);
            if (rounds.value(s.id).size() > 1)
                time += QStringLiteral(" ") + tr("(%n round(s))", nullptr, int(rounds.value(s.id).size()));
            item->setText(ColTime, time);
        }
        if (s.state == StepState::Open && overdue && CaseStates::clockRuns(m_workflow.record.status)) {
            item->setIcon(ColDue, LimitDisplay::icon(Light::Red));
            item->setToolTip(ColDue, tr("Past this step's own time limit."));
        }
        item->setText(ColNote, s.reason);
        item->setToolTip(ColNote, s.reason);
        if (s.state == StepState::Open) {
            QFont f = item->font(ColStep);
            f.setBold(true);
            item->setFont(ColStep, f);
        }
    }
    closeStage();
    for (int i = 0; i < StepColumns - 1; ++i)
        m_steps->resizeColumnToContents(i);
}

void CaseProgressView::fillClock()
{
    m_clock->clear();
    for (const CaseSuspension& s : m_workflow.suspensions) {
        auto* item = new QTreeWidgetItem(m_clock);
        item->setText(0, tr("Suspended: %1").arg(WorkflowNames::name(s.kind)));
        item->setText(1, LimitDisplay::date(s.startedOn));
        item->setText(2, s.isOpen() ? tr("expected %1").arg(LimitDisplay::date(s.expectedEnd))
                                    : LimitDisplay::date(s.endedOn));
        item->setText(3, s.reason);
        item->setToolTip(3, s.reason);
        if (s.isOpen())
            item->setIcon(0, LimitDisplay::icon(Light::None, true));
    }
    for (const CaseExtension& e : m_workflow.extensions) {
        auto* item = new QTreeWidgetItem(m_clock);
        item->setText(0, tr("Extension by %n working day(s): %1", nullptr, e.days)
                             .arg(WorkflowNames::name(e.state)));
        item->setText(1, LimitDisplay::dateTime(e.requestedAt));
        item->setText(2, LimitDisplay::dateTime(e.decidedAt));
        QString reason = tr("%1 (asked by %2)").arg(e.reason, e.requestedBy);
        if (!e.decidedBy.isEmpty())
            reason += QStringLiteral("; ") + tr("decided by %1").arg(e.decidedBy) +
                      (e.decisionNote.isEmpty() ? QString() : QStringLiteral(": ") + e.decisionNote);
        item->setText(3, reason);
        item->setToolTip(3, reason);
    }
    for (int i = 0; i < 3; ++i)
        m_clock->resizeColumnToContents(i);
    m_clock->setVisible(m_clock->topLevelItemCount() > 0);
}

void CaseProgressView::fillDocuments()
{
    const QString current = m_documents->currentItem()
                                ? m_documents->currentItem()->data(Qt::UserRole).toString()
                                : QString();
    m_documents->clear();
    for (const IssuedDocument& d : m_workflow.documents) {
        auto* item = new QListWidgetItem(
            tr("%1 · %2 · %3 · copies made: %4")
                .arg(d.number, DocumentKinds::name(d.kind), LimitDisplay::dateTime(d.issuedAt))
                .arg(d.copiesMade),
            m_documents);
        item->setData(Qt::UserRole, d.id);
        if (d.id == current)
            m_documents->setCurrentItem(item);
    }
    const bool any = m_documents->count() > 0 && !m_embedded;
    m_documents->setVisible(any);
    m_printDocument->setVisible(any);
    m_pdfDocument->setVisible(any);
}

QString CaseProgressView::actionStepId() const
{
    if (!m_loaded)
        return QString();
    if (QTreeWidgetItem* item = m_steps->currentItem()) {
        const QString id = item->data(0, Qt::UserRole).toString();
        if (m_workflow.stepActions.contains(id))
            return id;
    }
    const Session& session = m_services.session();
    QString fallback;
    for (const CaseStep& s : m_workflow.steps) {
        if (!m_workflow.stepActions.contains(s.id))
            continue;
        if (s.departmentId == session.departmentId())
            return s.id;
        if (fallback.isEmpty() && session.isSystem())
            fallback = s.id;
    }
    return fallback;
}

void CaseProgressView::updateActions()
{
    auto set = [this](QPushButton* b, const Status& s) {
        b->setVisible(m_loaded && !notForThisPerson(s));
        b->setEnabled(m_loaded && s.isOk());
        b->setToolTip(s.isOk() ? QString() : s.message());
    };
    const QString stepId = actionStepId();
    if (m_loaded && !stepId.isEmpty()) {
        const StepActions& a = m_workflow.stepActions[stepId];
        set(m_approve, a.approve);
        set(m_return, a.ret);
        set(m_deny, a.deny);
        m_approve->setText(a.decidesCase ? tr("&Approve and decide…")
                           : a.makesCertificate ? tr("Certificate &made…")
                                                : tr("&Approve…"));
    } else {
        const Status none = m_services.session().can(Permission::DecideApprovalStep)
                                ? Status(Error(ErrorKind::Conflict,
                                               tr("No step of your department is open on this case.")))
                                : Status(Error(ErrorKind::Denied, QString(),
                                               QStringLiteral("missing permission")));
        for (QPushButton* b : {m_approve, m_return, m_deny})
            set(b, none);
        m_approve->setText(tr("&Approve…"));
    }
    const bool suspended = m_loaded && m_workflow.record.status == CaseStatus::Suspended;
    set(m_suspend, m_workflow.suspend);
    set(m_resume, m_workflow.resume);
    // isHidden(), not isVisible(): the view itself may not be on screen yet.
    m_suspend->setVisible(!m_suspend->isHidden() && !suspended);
    m_resume->setVisible(!m_resume->isHidden() && suspended);
    set(m_extend, m_workflow.requestExtension);
    set(m_decideExtension, m_workflow.decideExtension);
    m_decideExtension->setVisible(!m_decideExtension->isHidden() && m_workflow.pendingExtension());
    set(m_handOver, m_workflow.handOver);
    set(m_withdraw, m_workflow.withdraw);
    // Nothing more can happen to a finished case: no actions at all.
    if (!m_loaded || CaseStates::isFinal(m_workflow.record.status)) {
        for (QPushButton* b : {m_approve, m_return, m_deny, m_suspend, m_resume, m_extend,
                               m_decideExtension, m_handOver, m_withdraw})
            b->hide();
    }
    const bool document = m_documents->currentItem() != nullptr;
    m_printDocument->setEnabled(document);
    m_pdfDocument->setEnabled(document);
}

void CaseProgressView::openDialog(ActionDialog* dialog)
{
    const QString id = m_caseId;
    dialog->setOnDone([this, id](const WorkflowOutcome& outcome) {
        refresh();
        showMessage(outcome.message, false);
        // Select the document the action issued, ready to print for the applicant.
        if (!outcome.documents.isEmpty()) {
            for (int i = 0; i < m_documents->count(); ++i) {
                if (m_documents->item(i)->data(Qt::UserRole).toString() ==
                    outcome.documents.constLast().id)
                    m_documents->setCurrentRow(i);
            }
            m_printDocument->setFocus();
        }
        emit changed(id);
    });
    dialog->open();
}

void CaseProgressView::printSelected(bool preview)
{
    QListWidgetItem* item = m_documents->currentItem();
    if (!item)
        return;
    const QString id = item->data(Qt::UserRole).toString();
    for (const IssuedDocument& d : m_workflow.documents) {
        if (d.id != id)
            continue;
        const Paper paper = DocumentKinds::defaultPaper(d.kind);
        if (preview)
            m_print.preview(d, paper, this);
        else
            m_print.print(d, paper, this);
        refresh();
        return;
    }
}

} // namespace civicdesk
