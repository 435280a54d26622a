#include "ApproverInbox.h"

#include "CaseProgressView.h"
#include "LimitDisplay.h"

#include "Services.h"
#include "catalog/CatalogRepository.h"
#include "security/Session.h"
#include "workflow/SupervisionService.h"
#include "workflow/WorkflowService.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace civicdesk {

void InboxModel::setItems(QVector<InboxItem> items)
{
    beginResetModel();
    m_items = std::move(items);
    endResetModel();
}

int InboxModel::rowOfStep(const QString& stepId) const
{
    for (int i = 0; i < m_items.size(); ++i) {
        if (m_items.at(i).stepId == stepId)
            return i;
    }
    return -1;
}

int InboxModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int InboxModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InboxModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const InboxItem& i = m_items.at(index.row());
    const Light light = i.light();
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Urgency:
            return LimitDisplay::word(light, i.suspended, i.statutory.light == Light::Red);
        case Case:
            return i.caseNumber;
        case Matter:
            return i.matterName;
        case Step: {
            QString s = i.stageName == i.stepName ? i.stepName
                                                  : tr("%1: %2").arg(i.stageName, i.stepName);
            if (i.parallel)
                s += QStringLiteral(" ") + (i.isLead ? tr("(joint, lead)") : tr("(joint)"));
            return s;
        }
        case Applicant:
            return i.applicantName;
        case StepDue:
            return LimitDisplay::compactDue(i.step);
        case PromisedDue:
            return LimitDisplay::compactDue(i.promised);
        case StatutoryDue:
            return LimitDisplay::compactDue(i.statutory);
        }
    }
    if (role == Qt::DecorationRole) {
        switch (index.column()) {
        case Urgency:
            return LimitDisplay::icon(light, i.suspended);
        case StepDue:
            return i.step.light == Light::Red ? LimitDisplay::icon(Light::Red) : QVariant();
        case StatutoryDue:
            return i.statutory.light == Light::Red ? LimitDisplay::icon(Light::Red) : QVariant();
        }
    }
    if (role == Qt::ForegroundRole && index.column() == StatutoryDue && i.statutory.light == Light::Red)
        return LimitDisplay::color(Light::Red);
    if (role == Qt::ToolTipRole && index.column() == Urgency)
        return i.suspended ? tr("The case is suspended: its clock stands still.") : CaseClock::name(light);
    if (role == Qt::ToolTipRole && index.column() != Urgency)
        return tr("%1 · %2 · waiting since %3")
            .arg(i.caseNumber, i.matterName, LimitDisplay::dateTime(i.openedAt));
    if (role == Qt::UserRole)
        return i.stepId;
    return {};
}

QVariant InboxModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Urgency:
        return tr("Light");
    case Case:
        return tr("Case");
    case Matter:
        return tr("Matter");
    case Step:
        return tr("Step");
    case Applicant:
        return tr("Applicant");
    case StepDue:
        return tr("Step due (working days)");
    case PromisedDue:
        return tr("Promised");
    case StatutoryDue:
        return tr("Statutory limit");
    }
    return {};
}

ApproverInbox::ApproverInbox(Services& services, PrintService& printing, QWidget* parent)
    : QWidget(parent), m_services(services)
{
    setObjectName(QStringLiteral("approverInbox"));
    m_model = new InboxModel(this);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("inboxTitle"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    m_title->setFont(big);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("inboxStatus"));
    m_status->setWordWrap(true);
    auto* refreshButton = new QPushButton(tr("&Refresh"), this);
    refreshButton->setObjectName(QStringLiteral("inboxRefresh"));

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("inboxTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    // The names get the room that is left; the short columns fit their contents.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(InboxModel::Matter, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(InboxModel::Step, QHeaderView::Stretch);
    m_table->horizontalHeader()->setMinimumSectionSize(48);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);

    m_progress = new CaseProgressView(services, printing, this);
    m_materials = new QTableWidget(this);
    m_materials->setObjectName(QStringLiteral("materialsTable"));
    m_materials->setColumnCount(5);
    m_materials->setHorizontalHeaderLabels({tr("Material"), tr("Form"), tr("Copies"), tr("State"), tr("Note")});
    m_materials->verticalHeader()->hide();
    m_materials->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_materials->horizontalHeader()->setStretchLastSection(true);
    m_timeline = new QTreeWidget(this);
    m_timeline->setObjectName(QStringLiteral("timelineTree"));
    m_timeline->setColumnCount(3);
    m_timeline->setHeaderLabels({tr("When"), tr("Who"), tr("What")});
    m_timeline->setRootIsDecorated(false);
    m_timeline->header()->setStretchLastSection(true);
    m_detail = new QTabWidget(this);
    m_detail->setObjectName(QStringLiteral("inboxDetail"));
    m_detail->addTab(m_progress, tr("Progress"));
    m_detail->addTab(m_materials, tr("Materials"));
    m_detail->addTab(m_timeline, tr("Timeline"));

    auto* top = new QHBoxLayout;
    top->addWidget(m_title);
    top->addStretch();
    top->addWidget(refreshButton);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_status);
    layout->addWidget(splitter, 1);

    connect(refreshButton, &QPushButton::clicked, this, &ApproverInbox::refresh);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ApproverInbox::showSelected);
    connect(m_progress, &CaseProgressView::changed, this, [this] {
        // The step just decided leaves the list: the next one is picked up by the refresh.
        refresh();
        fillDetails();
    });

    m_poll = new QTimer(this);
    m_poll->setInterval(10000);
    connect(m_poll, &QTimer::timeout, this, &ApproverInbox::pollNow);
    m_poll->start();
    refresh();
}

void ApproverInbox::refresh()
{
    const Session& session = m_services.session();
    QString department = tr("every department");
    if (!session.isSystem()) {
        department = tr("no department");
        if (auto d = CatalogRepository(m_services.db()).department(session.departmentId()))
            department = d->name();
    }
    m_title->setText(tr("Waiting for %1").arg(department));
    if (auto marker = SupervisionService::changeMarker(m_services.db()))
        m_revision = marker.value();
    m_day = m_services.clock().today();

    const QModelIndex current = m_table->currentIndex();
    const QString selected = current.isValid() ? m_model->item(current.row()).stepId : QString();
    auto items = WorkflowService(m_services.context()).inbox();
    if (!items) {
        m_model->setItems({});
        m_status->setText(items.message());
        return;
    }
    int red = 0;
    int yellow = 0;
    for (const InboxItem& i : items.value()) {
        red += i.light() == Light::Red;
        yellow += i.light() == Light::Yellow;
    }
    const int count = int(items->size());
    m_model->setItems(items.take());
    m_status->setText(count == 0 ? tr("Nothing is waiting for your department.")
                                 : tr("%n step(s) waiting", nullptr, count) +
                                       QStringLiteral(" · ") +
                                       tr("%1 past a limit").arg(red) + QStringLiteral(" · ") +
                                       tr("%1 near a limit").arg(yellow));
    // The step picked before stays picked. When it was just decided it has left the list, but
    // its case stays on the right, with the sentence of what was done and the document to
    // print; the next step is the person's choice.
    const int row = m_model->rowOfStep(selected);
    if (row >= 0)
        m_table->selectRow(row);
    else if (m_progress->caseId().isEmpty() && m_model->rowCount() > 0)
        m_table->selectRow(0);
}

void ApproverInbox::pollNow()
{
    auto marker = SupervisionService::changeMarker(m_services.db());
    if (!marker)
        return; // the next poll tries again; what is on screen stays
    if (marker.value() != m_revision || m_services.clock().today() != m_day) {
        refresh();
        m_progress->refresh();
        fillDetails();
    }
}

void ApproverInbox::selectStep(const QString& stepId)
{
    const int row = m_model->rowOfStep(stepId);
    if (row >= 0)
        m_table->selectRow(row);
}

void ApproverInbox::showSelected()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    const InboxItem& item = m_model->item(current.row());
    if (m_progress->caseId() != item.caseId)
        m_progress->setCase(item.caseId);
    fillDetails();
}

void ApproverInbox::fillDetails()
{
    m_materials->setRowCount(0);
    m_timeline->clear();
    const CaseWorkflow* w = m_progress->workflow();
    if (!w)
        return;
    m_materials->setRowCount(int(w->materials.size()));
    for (int i = 0; i < w->materials.size(); ++i) {
        const CaseMaterial& m = w->materials.at(i);
        const QStringList cells = {m.name(), CatalogNames::name(m.form), QString::number(m.copies),
                                   CaseNames::name(m.state), m.note};
        for (int c = 0; c < cells.size(); ++c)
            m_materials->setItem(i, c, new QTableWidgetItem(cells.at(c)));
    }
    m_materials->resizeColumnsToContents();
    auto timeline = WorkflowService(m_services.context()).timeline(w->record.id);
    if (!timeline)
        return;
    for (const TimelineEntry& e : timeline.value()) {
        auto* item = new QTreeWidgetItem(m_timeline);
        item->setText(0, LimitDisplay::dateTime(e.at));
        item->setText(1, e.staff);
        item->setText(2, e.text);
        item->setToolTip(2, e.text);
    }
    m_timeline->resizeColumnToContents(0);
    m_timeline->resizeColumnToContents(1);
}

} // namespace civicdesk
