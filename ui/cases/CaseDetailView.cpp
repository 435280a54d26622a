#include "CaseDetailView.h"

#include "printing/PrintService.h"

#include "Services.h"
#include "calendar/CalendarService.h"
#include "intake/ApplicantRepository.h"
#include "intake/CaseSearch.h"
#include "intake/IntakeService.h"
#include "security/Privacy.h"
#include "workflow/CaseClock.h"
#include "workflow/CaseRepository.h"

#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>

namespace civicdesk {

namespace {

QTableWidget* table(const QStringList& headers, QWidget* parent, const QString& name)
{
    auto* t = new QTableWidget(0, headers.size(), parent);
    t->setObjectName(name);
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->hide();
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->horizontalHeader()->setStretchLastSection(true);
    t->setWordWrap(false);
    t->setMinimumHeight(90);
    return t;
}

void setRow(QTableWidget* t, int row, const QStringList& cells)
{
    for (int c = 0; c < cells.size(); ++c)
        t->setItem(row, c, new QTableWidgetItem(cells.at(c)));
}

void fitHeight(QTableWidget* t)
{
    t->resizeColumnsToContents();
    t->horizontalHeader()->setStretchLastSection(true);
    int h = t->horizontalHeader()->height() + 2 * t->frameWidth();
    for (int r = 0; r < t->rowCount(); ++r)
        h += t->rowHeight(r);
    t->setFixedHeight(std::max(h, 60));
}

QString lightHtml(Light light)
{
    const char* color = light == Light::Red      ? "#b3261e"
                        : light == Light::Yellow ? "#c68a00"
                        : light == Light::Green  ? "#1e7b34"
                                                 : "#999999";
    return QStringLiteral("<span style='color:%1'>●</span> %2")
        .arg(QLatin1String(color), CaseClock::name(light).toHtmlEscaped());
}

// The timeline's words for an audit action.
QString describeAction(const QString& action)
{
    if (action == QLatin1String("case.received"))
        return CaseDetailView::tr("received for checking");
    for (int a = int(CaseAction::Accept); a <= int(CaseAction::HandOver); ++a) {
        if (action == QStringLiteral("case.") + CaseStates::key(CaseAction(a)))
            return CaseStates::name(CaseAction(a));
    }
    if (action == QLatin1String("document.issued"))
        return CaseDetailView::tr("document issued");
    if (action == QLatin1String("document.printed"))
        return CaseDetailView::tr("document printed");
    if (action == QLatin1String("document.reprinted"))
        return CaseDetailView::tr("document printed again (duplicate)");
    return action;
}

} // namespace

CaseDetailView::CaseDetailView(Services& services, Config& config, QWidget* parent)
    : QWidget(parent), m_services(services)
{
    setObjectName(QStringLiteral("caseDetail"));
    m_print = new PrintService(services, config, this);
    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);

    m_title = new QLabel(content);
    m_title->setObjectName(QStringLiteral("caseTitle"));
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message = new QLabel(content);
    m_message->setObjectName(QStringLiteral("caseMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_title);
    layout->addWidget(m_message);

    auto* top = new QHBoxLayout;
    auto* applicantBox = new QGroupBox(tr("Applicant"), content);
    auto* applicantLayout = new QVBoxLayout(applicantBox);
    m_applicantText = new QLabel(applicantBox);
    m_applicantText->setObjectName(QStringLiteral("caseApplicant"));
    m_applicantText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_revealDocument = new QPushButton(tr("Show ID number"), applicantBox);
    m_revealDocument->setObjectName(QStringLiteral("revealDocument"));
    m_revealPhone = new QPushButton(tr("Show phone"), applicantBox);
    m_revealPhone->setObjectName(QStringLiteral("revealPhone"));
    const bool allowed = services.session().can(Permission::ViewFullPersonalData);
    for (QPushButton* b : {m_revealDocument, m_revealPhone}) {
        b->setEnabled(allowed);
        b->setToolTip(allowed ? tr("Shows the full value; recorded in the audit trail")
                              : tr("Needs the permission to see personal data in full"));
    }
    connect(m_revealDocument, &QPushButton::clicked, this,
            [this] { reveal(ApplicantField::DocumentNumber); });
    connect(m_revealPhone, &QPushButton::clicked, this, [this] { reveal(ApplicantField::Phone); });
    auto* revealRow = new QHBoxLayout;
    revealRow->addWidget(m_revealDocument);
    revealRow->addWidget(m_revealPhone);
    revealRow->addStretch(1);
    applicantLayout->addWidget(m_applicantText);
    applicantLayout->addLayout(revealRow);
    applicantLayout->addStretch(1);

    auto* limitsBox = new QGroupBox(tr("Time limits"), content);
    auto* limitsLayout = new QVBoxLayout(limitsBox);
    m_limits = new QLabel(limitsBox);
    m_limits->setObjectName(QStringLiteral("caseLimits"));
    m_limits->setWordWrap(true);
    m_continue = new QPushButton(tr("Continue at intake…"), limitsBox);
    m_continue->setObjectName(QStringLiteral("continueIntake"));
    m_continue->setToolTip(
        tr("The applicant brought the missing materials: check them and decide"));
    m_continue->hide();
    connect(m_continue, &QPushButton::clicked, this, [this] {
        if (m_case)
            emit continueIntakeRequested(m_case->number);
    });
    limitsLayout->addWidget(m_limits);
    limitsLayout->addWidget(m_continue, 0, Qt::AlignLeft);
    limitsLayout->addStretch(1);
    top->addWidget(applicantBox, 1);
    top->addWidget(limitsBox, 1);
    layout->addLayout(top);

    auto* materialsBox = new QGroupBox(tr("Materials"), content);
    auto* materialsLayout = new QVBoxLayout(materialsBox);
    m_materials = table({tr("No."), tr("Material"), tr("Form"), tr("State"), tr("Note")},
                        materialsBox, QStringLiteral("caseMaterials"));
    materialsLayout->addWidget(m_materials);
    layout->addWidget(materialsBox);

    // The workflow's progress goes here (steps, suspensions, extensions).
    m_progressArea = new QGroupBox(tr("Approval progress"), content);
    m_progressArea->setObjectName(QStringLiteral("workflowProgressArea"));
    auto* progressLayout = new QVBoxLayout(m_progressArea);
    m_progressWidget = new QLabel(tr("The approval steps, suspensions and extensions of the case "
                                     "appear here."),
                                  m_progressArea);
    m_progressWidget->setObjectName(QStringLiteral("workflowProgressPlaceholder"));
    m_progressWidget->setStyleSheet(QStringLiteral("color: #777;"));
    progressLayout->addWidget(m_progressWidget);
    layout->addWidget(m_progressArea);

    auto* documentsBox = new QGroupBox(tr("Documents issued"), content);
    auto* documentsLayout = new QVBoxLayout(documentsBox);
    m_documentTable =
        table({tr("Number"), tr("Document"), tr("Issued"), tr("By"), tr("Copies"), QString()},
              documentsBox, QStringLiteral("caseDocuments"));
    documentsLayout->addWidget(m_documentTable);
    layout->addWidget(documentsBox);

    auto* timelineBox = new QGroupBox(tr("Timeline"), content);
    auto* timelineLayout = new QVBoxLayout(timelineBox);
    m_timeline = table({tr("When"), tr("Who"), tr("What"), tr("Details")}, timelineBox,
                       QStringLiteral("caseTimeline"));
    timelineLayout->addWidget(m_timeline);
    layout->addWidget(timelineBox);
    layout->addStretch(1);

    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
    clear();
}

void CaseDetailView::setWorkflowProgressWidget(QWidget* widget)
{
    delete m_progressWidget;
    m_progressWidget = widget;
    widget->setParent(m_progressArea);
    m_progressArea->layout()->addWidget(widget);
}

void CaseDetailView::clear()
{
    m_case.reset();
    m_applicant.reset();
    m_documents.clear();
    m_title->setText(tr("<i>Choose a case in the list.</i>"));
    m_applicantText->clear();
    m_limits->clear();
    m_materials->setRowCount(0);
    m_documentTable->setRowCount(0);
    m_timeline->setRowCount(0);
    m_continue->hide();
    m_message->hide();
}

void CaseDetailView::setMessage(const QString& text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #8c1d18;")
                                   : QStringLiteral("color: #1e5b2c;"));
    m_message->setVisible(!text.isEmpty());
}

Status CaseDetailView::showCase(const QString& caseId)
{
    CaseRepository cases(m_services.db());
    auto c = cases.byId(caseId);
    if (!c)
        return c.status();
    auto materials = cases.materials(caseId);
    if (!materials)
        return materials.status();
    const bool other = !m_case || m_case->id != caseId;
    m_case = c.take();
    if (other) {
        m_revealedDocument.clear();
        m_revealedPhone.clear();
        m_message->hide();
    }
    const CaseRecord& r = *m_case;
    m_title->setText(QStringLiteral("<span style='font-size:14pt; font-weight:bold'>%1</span>"
                                    "&nbsp;&nbsp;<span style='background:#2f5d8a; color:white; "
                                    "padding:2px'>&nbsp;%2&nbsp;</span><br>%3 · %4")
                         .arg(r.number.toHtmlEscaped(), CaseStates::name(r.status).toHtmlEscaped(),
                              r.matterCode.toHtmlEscaped(), r.matterName().toHtmlEscaped()));

    const ApplicantKind kind = r.applicantKind == QLatin1String("person")
                                   ? ApplicantKind::Person
                                   : ApplicantKind::Organisation;
    auto applicant = ApplicantRepository(m_services.context()).findById(kind, r.applicantId);
    m_applicant = applicant && applicant.value() ? std::optional<Applicant>(*applicant.value())
                                                 : std::nullopt;
    showApplicant();

    // The limits and their lights.
    QStringList lines;
    auto calendar = CalendarService::current(m_services.db());
    const QDate today = m_services.clock().today();
    auto suspensions = cases.suspensions(caseId, today);
    const QVector<DateRange> stopped = suspensions ? suspensions.value() : QVector<DateRange>();
    lines << tr("Received: %1").arg(r.receivedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    if (r.acceptedOn.isValid()) {
        lines << tr("Accepted on: %1").arg(r.acceptedOn.toString(Qt::ISODate));
        for (const auto& [label, due, days] :
             {std::tuple<QString, QDate, int>{tr("Promised by"), r.promisedDue, r.promisedDays},
              std::tuple<QString, QDate, int>{tr("Statutory limit"), r.statutoryDue,
                                              r.statutoryDays}}) {
            QString line =
                tr("%1: %2 (%3)")
                    .arg(label, due.toString(Qt::ISODate), CatalogNames::workingDays(days));
            if (calendar && CaseStates::clockRuns(r.status))
                line += QStringLiteral(" ") + lightHtml(CaseClock::light(*calendar.value(), today,
                                                                         due, days, {}, stopped));
            lines << line;
        }
        if (r.dueEstimated)
            lines << QStringLiteral("<span style='color:#8a5300'>%1</span>")
                         .arg(tr("The calendar lacks a year these dates fall in: they are "
                                 "estimates counting weekends only."));
    }
    if (r.status == CaseStatus::AwaitingCorrection) {
        if (r.correctionDue.isValid())
            lines << tr("One-time notice given: the applicant brings what is missing by %1.")
                         .arg(r.correctionDue.toString(Qt::ISODate));
        else if (calendar)
            lines << tr("Received for checking: the one-time notice is due by %1, or the "
                        "application counts as accepted from the day it was received.")
                         .arg(IntakeService::noticeDeadline(*calendar.value(), r.receivedAt.date())
                                  .toString(Qt::ISODate));
    }
    if (r.deficiencyDue.isValid())
        lines << tr("Owed materials promised by: %1").arg(r.deficiencyDue.toString(Qt::ISODate));
    if (!r.refusalReason.isEmpty())
        lines << tr("Refused: %1").arg(r.refusalReason.toHtmlEscaped());
    if (!r.competentAuthority.isEmpty())
        lines << tr("Competent authority: %1").arg(r.competentAuthority.toHtmlEscaped());
    m_limits->setText(lines.join(QStringLiteral("<br>")));
    m_continue->setVisible(r.status == CaseStatus::AwaitingCorrection &&
                           m_services.session().can(Permission::TakeInApplication));

    m_materials->setRowCount(materials->size());
    for (int i = 0; i < materials->size(); ++i) {
        const CaseMaterial& m = materials->at(i);
        QString state = CaseNames::name(m.state);
        if (m.suppliedAt.isValid())
            state += tr(" on %1").arg(m.suppliedAt.toString(QStringLiteral("yyyy-MM-dd")));
        setRow(m_materials, i,
               {QString::number(m.position), m.name(),
                tr("%1 × %2").arg(CatalogNames::name(m.form)).arg(m.copies), state, m.note});
    }
    fitHeight(m_materials);
    showDocuments();
    showTimeline();
    return {};
}

void CaseDetailView::showApplicant()
{
    if (!m_case)
        return;
    const CaseRecord& r = *m_case;
    const bool person = r.applicantKind == QLatin1String("person");
    const QString document = !m_revealedDocument.isEmpty() ? m_revealedDocument
                             : person ? privacy::maskIdNumber(r.applicantDocument)
                                      : r.applicantDocument;
    const QString phone = !m_revealedPhone.isEmpty() ? m_revealedPhone
                          : m_applicant              ? m_applicant->maskedPhone()
                                                     : privacy::maskPhone(r.applicantPhoneKey);
    QStringList lines{QStringLiteral("<b>%1</b>").arg(r.applicantName.toHtmlEscaped()),
                      (person ? tr("ID number: %1") : tr("Credit code: %1")).arg(document),
                      tr("Phone: %1").arg(phone)};
    if (m_applicant && !m_applicant->address.isEmpty())
        lines << tr("Address: %1").arg(m_applicant->address.toHtmlEscaped());
    m_applicantText->setText(lines.join(QStringLiteral("<br>")));
    m_revealDocument->setVisible(person && m_revealedDocument.isEmpty());
    m_revealPhone->setVisible(m_revealedPhone.isEmpty());
}

bool CaseDetailView::reveal(ApplicantField field)
{
    if (!m_applicant) {
        setMessage(tr("The applicant's record is not in this database."), true);
        return false;
    }
    auto value = ApplicantRepository(m_services.context()).reveal(*m_applicant, field);
    if (!value) {
        setMessage(value.message(), true);
        return false;
    }
    (field == ApplicantField::Phone ? m_revealedPhone : m_revealedDocument) = value.value();
    setMessage(tr("Shown in full; this was recorded in the audit trail."), false);
    showApplicant();
    return true;
}

void CaseDetailView::showDocuments()
{
    m_documentTable->setRowCount(0);
    auto documents =
        DocumentRegister::forSubject(m_services.db(), {QStringLiteral("case"), m_case->id});
    m_documents = documents ? documents.value() : QVector<IssuedDocument>();
    m_documentTable->setRowCount(m_documents.size());
    const bool canPrint = m_services.session().can(Permission::PrintDocuments);
    for (int i = 0; i < m_documents.size(); ++i) {
        const IssuedDocument& d = m_documents.at(i);
        setRow(m_documentTable, i,
               {d.number, DocumentKinds::name(d.kind),
                d.issuedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")), d.staffName,
                QString::number(d.copiesMade)});
        auto* buttons = new QWidget(m_documentTable);
        auto* row = new QHBoxLayout(buttons);
        row->setContentsMargins(2, 0, 2, 0);
        auto* print = new QPushButton(tr("Reprint"), buttons);
        print->setObjectName(QStringLiteral("reprint_%1").arg(i));
        print->setEnabled(canPrint);
        auto* preview = new QPushButton(tr("Preview…"), buttons);
        preview->setEnabled(canPrint);
        auto* pdf = new QPushButton(tr("PDF…"), buttons);
        pdf->setEnabled(canPrint);
        connect(print, &QPushButton::clicked, this, [this, i] { reprint(i); });
        connect(preview, &QPushButton::clicked, this, [this, d] {
            m_print->preview(d, DocumentKinds::defaultPaper(d.kind), this);
            showCase(d.subject.id);
        });
        connect(pdf, &QPushButton::clicked, this, [this, d] {
            m_print->saveAsPdf(d, DocumentKinds::defaultPaper(d.kind), this);
            showCase(d.subject.id);
        });
        row->addWidget(print);
        row->addWidget(preview);
        row->addWidget(pdf);
        row->addStretch(1);
        m_documentTable->setCellWidget(i, 5, buttons);
    }
    fitHeight(m_documentTable);
    for (int i = 0; i < m_documents.size(); ++i)
        m_documentTable->setRowHeight(i, 34);
    fitHeight(m_documentTable);
}

void CaseDetailView::reprint(int documentRow)
{
    if (documentRow < 0 || documentRow >= m_documents.size())
        return;
    const IssuedDocument d = m_documents.at(documentRow);
    auto copy = m_print->printTo(d, DocumentKinds::defaultPaper(d.kind));
    const QString caseId = m_case->id;
    if (copy)
        setMessage(copy->duplicate ? tr("Copy %1 of %2 printed, marked as a duplicate.")
                                         .arg(copy->copyNo)
                                         .arg(d.number)
                                   : tr("%1 printed.").arg(d.number),
                   false);
    else
        setMessage(
            tr("%1 was not printed: %2 Use PDF… to save it instead.").arg(d.number, copy.message()),
            true);
    showDocuments();
    showTimeline();
}

void CaseDetailView::showTimeline()
{
    m_timeline->setRowCount(0);
    auto entries = CaseSearch(m_services.context()).timeline(m_case->id);
    if (!entries)
        return;
    m_timeline->setRowCount(entries->size());
    for (int i = 0; i < entries->size(); ++i) {
        const AuditEntry& e = entries->at(i);
        QStringList details;
        for (auto it = e.details.begin(); it != e.details.end(); ++it) {
            if (it.key() == QLatin1String("applicant"))
                continue;
            const QString value =
                it.value().isString()
                    ? it.value().toString()
                    : QString::fromUtf8(QJsonDocument(QJsonObject{{it.key(), it.value()}})
                                            .toJson(QJsonDocument::Compact))
                          .section(QLatin1Char(':'), 1)
                          .chopped(1);
            details << QStringLiteral("%1=%2").arg(it.key(), value);
        }
        setRow(m_timeline, i,
               {e.at.toString(QStringLiteral("yyyy-MM-dd HH:mm")), e.staffLogin,
                describeAction(e.action), details.join(QStringLiteral(", "))});
    }
    fitHeight(m_timeline);
}

} // namespace civicdesk
