#include "SupervisionView.h"

#include "CaseProgressView.h"
#include "LimitDisplay.h"

#include "Services.h"
#include "catalog/CatalogRepository.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTime>
#include <QTimer>
#include <QVBoxLayout>

namespace civicdesk {

namespace {

using Filter = SupervisionCaseModel::Filter;

QString awaitingText()
{
    return SupervisionCaseModel::tr("to hand over");
}

bool awaitingHandover(const SupervisedCase& c)
{
    return c.status == CaseStatus::CertificateIssued || c.status == CaseStatus::Denied ||
           (c.status == CaseStatus::Approved && !c.certificate.due.isValid());
}

QTableWidgetItem* cell(const QString& text, Qt::Alignment align = Qt::AlignLeft | Qt::AlignVCenter)
{
    auto* item = new QTableWidgetItem(text);
    item->setTextAlignment(align);
    return item;
}

QTableWidgetItem* number(int n, const QColor& color = QColor())
{
    auto* item = cell(n == 0 ? QStringLiteral("·") : QString::number(n), Qt::AlignCenter);
    if (n > 0 && color.isValid()) {
        item->setForeground(color);
        QFont f = item->font();
        f.setBold(true);
        item->setFont(f);
    }
    return item;
}

} // namespace

// ---------------------------------------------------------------------------------------------

void SupervisionCaseModel::setSnapshot(const SupervisionSnapshot& snapshot,
                                       const QHash<QString, QString>& departmentNames)
{
    beginResetModel();
    m_cases = snapshot.cases;
    m_departmentNames = departmentNames;
    rebuild();
    endResetModel();
}

void SupervisionCaseModel::setFilter(Filter filter, const QString& departmentId)
{
    beginResetModel();
    m_filter = filter;
    m_department = departmentId;
    rebuild();
    endResetModel();
}

bool SupervisionCaseModel::matches(const SupervisedCase& c, Filter filter)
{
    switch (filter) {
    case Filter::All:
        return true;
    case Filter::NearOrPast:
        return c.light() == Light::Red || c.light() == Light::Yellow;
    case Filter::Red:
        return c.light() == Light::Red;
    case Filter::Yellow:
        return c.light() == Light::Yellow;
    case Filter::Green:
        return c.light() == Light::Green;
    case Filter::StatutoryOverdue:
        return c.statutory.light == Light::Red;
    case Filter::Suspended:
        return c.isSuspended();
    case Filter::AwaitingHandover:
        return awaitingHandover(c);
    }
    return false;
}

void SupervisionCaseModel::rebuild()
{
    m_rows.clear();
    for (const SupervisedCase& c : m_cases) {
        if (!m_department.isEmpty() && c.departmentId != m_department &&
            !c.waitingAt.contains(m_department))
            continue;
        if (matches(c, m_filter))
            m_rows.push_back(&c);
    }
}

int SupervisionCaseModel::rowOfCase(const QString& caseId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i)->id == caseId)
            return i;
    }
    return -1;
}

int SupervisionCaseModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SupervisionCaseModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SupervisionCaseModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const SupervisedCase& c = *m_rows.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case LightColumn:
            if (c.light() == Light::None && !c.isSuspended())
                return awaitingHandover(c) ? awaitingText() : QString();
            return LimitDisplay::word(c.light(), c.isSuspended(), c.statutory.light == Light::Red);
        case Case:
            return c.number;
        case Matter:
            return c.matterName;
        case WaitingAt: {
            QStringList names;
            for (const QString& d : c.waitingAt)
                names << m_departmentNames.value(d, d);
            return names.join(QStringLiteral(", "));
        }
        case Promised:
            return c.certificate.light != Light::None
                       ? tr("certificate %1").arg(LimitDisplay::compactDue(c.certificate))
                       : LimitDisplay::compactDue(c.promised);
        case Statutory:
            return LimitDisplay::compactDue(c.statutory);
        case Progress: {
            QString s;
            if (c.isSuspended())
                s = tr("suspended for %1 since %2, expected back %3")
                        .arg(c.suspensionKind, LimitDisplay::date(c.suspendedSince),
                             LimitDisplay::date(c.expectedResume));
            else if (!c.openStepNames.isEmpty() && c.openStepDue.isValid())
                s = tr("%1 · due %2").arg(c.openStepNames, LimitDisplay::date(c.openStepDue));
            else if (!c.openStepNames.isEmpty())
                s = c.openStepNames;
            else
                s = CaseStates::name(c.status);
            if (c.overdueSteps > 0 && !c.isSuspended())
                s += QStringLiteral(" · ") + tr("%n step(s) overdue", nullptr, c.overdueSteps);
            if (c.extensionDays > 0)
                s += QStringLiteral(" · ") + tr("extended by %n working day(s)", nullptr, c.extensionDays);
            if (c.extensionRequested)
                s += QStringLiteral(" · ") + tr("extension requested");
            return s;
        }
        }
    }
    if (role == Qt::DecorationRole) {
        switch (index.column()) {
        case LightColumn:
            return LimitDisplay::icon(c.light(), c.isSuspended());
        case Statutory:
            return c.statutory.light == Light::Red ? LimitDisplay::icon(Light::Red) : QVariant();
        }
    }
    if (role == Qt::ForegroundRole) {
        if (index.column() == Statutory && c.statutory.light == Light::Red)
            return LimitDisplay::color(Light::Red);
        if (index.column() == Promised && (c.promised.light == Light::Red || c.certificate.light == Light::Red))
            return LimitDisplay::color(Light::Red);
    }
    if (role == Qt::ToolTipRole) {
        if (c.estimated)
            return tr("The calendar lacks a year a due date falls in: the dates are estimates.");
        if (index.column() == LightColumn)
            return c.isSuspended() ? tr("The case is suspended: its clock stands still.")
                                   : CaseClock::name(c.light());
        return tr("%1 · %2 · %3")
            .arg(c.number, c.matterName, m_departmentNames.value(c.departmentId));
    }
    if (role == Qt::UserRole)
        return c.id;
    return {};
}

QVariant SupervisionCaseModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case LightColumn:
        return tr("Light");
    case Case:
        return tr("Case");
    case Matter:
        return tr("Matter");
    case WaitingAt:
        return tr("Waiting at");
    case Promised:
        return tr("Promised (working days)");
    case Statutory:
        return tr("Statutory limit");
    case Progress:
        return tr("Where it stands");
    }
    return {};
}

// ---------------------------------------------------------------------------------------------

SupervisionView::SupervisionView(Services& services, PrintService& printing, QWidget* parent)
    : QWidget(parent), m_services(services)
{
    setObjectName(QStringLiteral("supervisionView"));
    m_model = new SupervisionCaseModel(this);

    m_warning = new QLabel(this);
    m_warning->setObjectName(QStringLiteral("coverageWarning"));
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(QStringLiteral(
        "QLabel { background: #fff3cd; color: #6d4c00; border: 1px solid #f0c36d; "
        "border-radius: 4px; padding: 6px; }"));
    m_warning->hide();

    auto* tiles = new QHBoxLayout;
    tiles->setSpacing(8);
    tiles->addWidget(tile(QStringLiteral("tileOpen"), Filter::All, QColor(0x2f, 0x5d, 0x8a)));
    tiles->addWidget(tile(QStringLiteral("tileRed"), Filter::Red, LimitDisplay::color(Light::Red)));
    tiles->addWidget(tile(QStringLiteral("tileStatutory"), Filter::StatutoryOverdue, QColor(0x7f, 0x00, 0x00)));
    tiles->addWidget(tile(QStringLiteral("tileYellow"), Filter::Yellow, LimitDisplay::color(Light::Yellow)));
    tiles->addWidget(tile(QStringLiteral("tileGreen"), Filter::Green, LimitDisplay::color(Light::Green)));
    tiles->addWidget(tile(QStringLiteral("tileSuspended"), Filter::Suspended, QColor(0x60, 0x7d, 0x8b)));
    tiles->addWidget(tile(QStringLiteral("tileHandover"), Filter::AwaitingHandover, QColor(0x6a, 0x1b, 0x9a)));

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("supervisionStatus"));
    m_status->setWordWrap(true);
    m_status->setStyleSheet(QStringLiteral("color: #555;"));

    m_departments = new QTableWidget(this);
    m_departments->setObjectName(QStringLiteral("departmentTable"));
    m_departments->setColumnCount(10);
    m_departments->setHorizontalHeaderLabels(
        {tr("Department"), tr("Open"), tr("Red"), tr("Past statutory"), tr("Yellow"), tr("Green"),
         tr("Suspended"), tr("To hand over"), tr("Steps waiting"), tr("Steps overdue")});
    m_departments->verticalHeader()->hide();
    m_departments->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_departments->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_departments->setSelectionMode(QAbstractItemView::SingleSelection);
    m_departments->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_departments->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_departments->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_departments->verticalHeader()->setDefaultSectionSize(m_departments->fontMetrics().height() + 6);

    m_extensions = new QTableWidget(this);
    m_extensions->setObjectName(QStringLiteral("extensionTable"));
    m_extensions->setColumnCount(6);
    m_extensions->setHorizontalHeaderLabels({tr("Case"), tr("Matter"), tr("Days"), tr("Reason"),
                                             tr("Asked by"), tr("Statutory limit")});
    m_extensions->verticalHeader()->hide();
    m_extensions->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_extensions->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_extensions->setSelectionMode(QAbstractItemView::SingleSelection);
    m_extensions->horizontalHeader()->setStretchLastSection(true);

    m_overview = new QTabWidget(this);
    m_overview->setObjectName(QStringLiteral("supervisionOverview"));
    m_overview->addTab(m_departments, tr("By department"));
    m_overview->addTab(m_extensions, tr("Extension requests"));

    m_departmentFilter = new QComboBox(this);
    m_departmentFilter->setObjectName(QStringLiteral("departmentFilter"));
    m_lightFilter = new QComboBox(this);
    m_lightFilter->setObjectName(QStringLiteral("lightFilter"));
    m_lightFilter->addItem(tr("Near or past their limits"), int(Filter::NearOrPast));
    m_lightFilter->addItem(tr("All open cases"), int(Filter::All));
    m_lightFilter->addItem(tr("Red: overdue"), int(Filter::Red));
    m_lightFilter->addItem(tr("Past the statutory limit"), int(Filter::StatutoryOverdue));
    m_lightFilter->addItem(tr("Yellow: near the limit"), int(Filter::Yellow));
    m_lightFilter->addItem(tr("Green"), int(Filter::Green));
    m_lightFilter->addItem(tr("Suspended"), int(Filter::Suspended));
    m_lightFilter->addItem(tr("Waiting to be handed over"), int(Filter::AwaitingHandover));

    m_cases = new QTableView(this);
    m_cases->setObjectName(QStringLiteral("supervisionCases"));
    m_cases->setModel(m_model);
    m_cases->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_cases->setSelectionMode(QAbstractItemView::SingleSelection);
    m_cases->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_cases->verticalHeader()->hide();
    m_cases->verticalHeader()->setDefaultSectionSize(m_cases->fontMetrics().height() + 8);
    m_cases->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_cases->horizontalHeader()->setSectionResizeMode(SupervisionCaseModel::Matter, QHeaderView::Stretch);
    m_cases->horizontalHeader()->setSectionResizeMode(SupervisionCaseModel::WaitingAt, QHeaderView::Stretch);
    m_cases->horizontalHeader()->setSectionResizeMode(SupervisionCaseModel::Progress, QHeaderView::Stretch);
    m_cases->horizontalHeader()->setMinimumSectionSize(48);
    m_cases->setTextElideMode(Qt::ElideRight);
    m_cases->setAlternatingRowColors(true);
    m_cases->setWordWrap(false);

    m_stepTimes = new QTableWidget(this);
    m_stepTimes->setObjectName(QStringLiteral("stepTimesTable"));
    m_stepTimes->setColumnCount(7);
    m_stepTimes->setHorizontalHeaderLabels({tr("Step"), tr("Department"), tr("Opened"), tr("Closed"),
                                            tr("Working days"), tr("Limit"), tr("Outcome")});
    m_stepTimes->verticalHeader()->hide();
    m_stepTimes->verticalHeader()->setDefaultSectionSize(m_stepTimes->fontMetrics().height() + 6);
    m_stepTimes->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_stepTimes->horizontalHeader()->setStretchLastSection(true);
    m_progress = new CaseProgressView(services, printing, this);
    m_detail = new QTabWidget(this);
    m_detail->setObjectName(QStringLiteral("supervisionDetail"));
    m_detail->addTab(m_stepTimes, tr("Time used in each step"));
    // In a scroll area: the whole progress of a case needs more height than this part of the
    // screen may have.
    auto* progressArea = new QScrollArea(this);
    progressArea->setWidgetResizable(true);
    progressArea->setFrameShape(QFrame::NoFrame);
    progressArea->setWidget(m_progress);
    m_detail->addTab(progressArea, tr("Progress"));

    auto* filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Show:"), this));
    filters->addWidget(m_lightFilter);
    filters->addWidget(m_departmentFilter);
    filters->addStretch();
    auto* refreshButton = new QPushButton(tr("&Refresh"), this);
    refreshButton->setObjectName(QStringLiteral("supervisionRefresh"));
    filters->addWidget(refreshButton);
    auto* list = new QWidget(this);
    auto* listLayout = new QVBoxLayout(list);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addLayout(filters);
    listLayout->addWidget(m_cases, 1);

    // From the whole to the one case: the departments, the cases that need attention, the
    // case picked.
    auto* split = new QSplitter(Qt::Vertical, this);
    split->setChildrenCollapsible(false);
    split->addWidget(m_overview);
    split->addWidget(list);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 4);
    split->setStretchFactor(2, 3);
    m_split = split;

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_warning);
    layout->addLayout(tiles);
    layout->addWidget(m_status);
    layout->addWidget(split, 1);

    connect(refreshButton, &QPushButton::clicked, this, &SupervisionView::refresh);
    auto applyFilter = [this] {
        m_model->setFilter(Filter(m_lightFilter->currentData().toInt()),
                           m_departmentFilter->currentData().toString());
    };
    connect(m_lightFilter, qOverload<int>(&QComboBox::currentIndexChanged), this, applyFilter);
    connect(m_departmentFilter, qOverload<int>(&QComboBox::currentIndexChanged), this, applyFilter);
    connect(m_cases->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SupervisionView::showSelected);
    connect(m_departments, &QTableWidget::cellClicked, this, [this](int row) {
        const QString id = m_departments->item(row, 0)->data(Qt::UserRole).toString();
        setFilter(Filter(m_lightFilter->currentData().toInt()), id);
    });
    connect(m_extensions, &QTableWidget::cellClicked, this, [this](int row) {
        const QString caseId = m_extensions->item(row, 0)->data(Qt::UserRole).toString();
        setFilter(Filter::All);
        selectCase(caseId);
        m_detail->setCurrentIndex(1);
    });
    connect(m_progress, &CaseProgressView::changed, this, [this] { refresh(); });

    m_poll = new QTimer(this);
    m_poll->setInterval(5000);
    connect(m_poll, &QTimer::timeout, this, &SupervisionView::pollNow);
    m_poll->start();
    refresh();
}

void SupervisionView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_sized)
        return;
    // The first time: the departments and the list get the most room, the case picked the rest.
    m_sized = true;
    QTimer::singleShot(0, this, [this] {
        const int h = m_split->height();
        m_split->setSizes({h * 35 / 100, h * 38 / 100, h * 27 / 100});
    });
}

QPushButton* SupervisionView::tile(const QString& name, Filter filter, const QColor& color)
{
    auto* b = new QPushButton(this);
    b->setObjectName(name);
    b->setProperty("filter", int(filter));
    b->setMinimumHeight(56);
    b->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    b->setStyleSheet(QStringLiteral(
                         "QPushButton { text-align: left; padding: 4px 10px; background: white; "
                         "border: 1px solid #d0d7de; border-left: 6px solid %1; border-radius: "
                         "4px; font-size: 10pt; }"
                         "QPushButton:hover { background: #f3f6f9; }")
                         .arg(color.name()));
    connect(b, &QPushButton::clicked, this, [this, filter] { setFilter(filter); });
    m_tiles << b;
    return b;
}

void SupervisionView::setFilter(Filter filter, const QString& departmentId)
{
    const QSignalBlocker a(m_lightFilter);
    const QSignalBlocker b(m_departmentFilter);
    m_lightFilter->setCurrentIndex(m_lightFilter->findData(int(filter)));
    m_departmentFilter->setCurrentIndex(std::max(0, m_departmentFilter->findData(departmentId)));
    m_model->setFilter(filter, departmentId);
}

void SupervisionView::selectCase(const QString& caseId)
{
    const int row = m_model->rowOfCase(caseId);
    if (row >= 0)
        m_cases->selectRow(row);
}

void SupervisionView::pollNow()
{
    auto marker = SupervisionService::changeMarker(m_services.db());
    if (!marker)
        return; // the next poll tries again; what is on screen stays
    if (marker.value() != m_snapshot.revision || m_services.clock().today() != m_snapshot.today)
        refresh();
}

void SupervisionView::refresh()
{
    auto snapshot = SupervisionService::snapshot(m_services.context());
    if (!snapshot) {
        m_status->setText(snapshot.message());
        return;
    }
    m_snapshot = snapshot.take();
    if (auto departments = CatalogRepository(m_services.db()).departments()) {
        m_departmentNames.clear();
        const QString current = m_departmentFilter->currentData().toString();
        const QSignalBlocker block(m_departmentFilter);
        m_departmentFilter->clear();
        m_departmentFilter->addItem(tr("Every department"), QString());
        for (const Department& d : departments.value()) {
            m_departmentNames.insert(d.id, d.name());
            m_departmentFilter->addItem(d.name(), d.id);
        }
        m_departmentFilter->setCurrentIndex(std::max(0, m_departmentFilter->findData(current)));
    }
    const QString selected = m_progress->caseId();
    m_model->setSnapshot(m_snapshot, m_departmentNames);
    m_model->setFilter(Filter(m_lightFilter->currentData().toInt()),
                       m_departmentFilter->currentData().toString());
    fillTiles();
    fillDepartments();
    fillExtensions();
    m_warning->setText(m_snapshot.coverageWarning);
    m_warning->setVisible(!m_snapshot.coverageWarning.isEmpty());
    m_status->setText(tr("Yellow when at most %n working day(s) or %1 % of a limit are left; red "
                         "when overdue. Updated %2, and again as soon as anything changes.",
                         nullptr, m_snapshot.thresholds.days)
                          .arg(m_snapshot.thresholds.percent)
                          .arg(QLocale().toString(m_services.clock().now().time(), QLocale::ShortFormat)));
    if (!selected.isEmpty()) {
        selectCase(selected);
        m_progress->refresh();
        fillStepTimes();
    }
}

void SupervisionView::fillTiles()
{
    auto count = [this](Filter f) {
        return int(std::count_if(m_snapshot.cases.begin(), m_snapshot.cases.end(),
                                 [f](const SupervisedCase& c) { return SupervisionCaseModel::matches(c, f); }));
    };
    for (QPushButton* b : m_tiles) {
        const Filter f = Filter(b->property("filter").toInt());
        QString caption;
        switch (f) {
        case Filter::All:
            caption = tr("open cases");
            break;
        case Filter::Red:
            caption = tr("red: overdue");
            break;
        case Filter::StatutoryOverdue:
            caption = tr("past the statutory limit");
            break;
        case Filter::Yellow:
            caption = tr("yellow: near the limit");
            break;
        case Filter::Green:
            caption = tr("green");
            break;
        case Filter::Suspended:
            caption = tr("suspended");
            break;
        case Filter::AwaitingHandover:
            caption = tr("to hand over");
            break;
        case Filter::NearOrPast:
            break;
        }
        b->setText(QStringLiteral("%1\n%2").arg(count(f)).arg(caption));
    }
}

void SupervisionView::fillDepartments()
{
    m_departments->setRowCount(int(m_snapshot.departments.size()) + 1);
    DepartmentSupervision total;
    total.departmentName = tr("The whole center");
    auto fillRow = [this](int row, const DepartmentSupervision& d) {
        auto* name = cell(d.departmentName.isEmpty() ? d.departmentId : d.departmentName);
        name->setData(Qt::UserRole, d.departmentId);
        m_departments->setItem(row, 0, name);
        m_departments->setItem(row, 1, number(d.open, QColor(0x2f, 0x5d, 0x8a)));
        m_departments->setItem(row, 2, number(d.red, LimitDisplay::color(Light::Red)));
        m_departments->setItem(row, 3, number(d.statutoryOverdue, QColor(0x7f, 0x00, 0x00)));
        m_departments->setItem(row, 4, number(d.yellow, LimitDisplay::color(Light::Yellow).darker(140)));
        m_departments->setItem(row, 5, number(d.green, LimitDisplay::color(Light::Green)));
        m_departments->setItem(row, 6, number(d.suspended));
        m_departments->setItem(row, 7, number(d.awaitingHandover));
        m_departments->setItem(row, 8, number(d.stepsWaiting));
        m_departments->setItem(row, 9, number(d.stepsOverdue, LimitDisplay::color(Light::Red)));
    };
    int row = 0;
    for (const DepartmentSupervision& d : m_snapshot.departments) {
        fillRow(row++, d);
        total.open += d.open;
        total.red += d.red;
        total.statutoryOverdue += d.statutoryOverdue;
        total.yellow += d.yellow;
        total.green += d.green;
        total.suspended += d.suspended;
        total.awaitingHandover += d.awaitingHandover;
        total.stepsWaiting += d.stepsWaiting;
        total.stepsOverdue += d.stepsOverdue;
    }
    fillRow(row, total);
    for (int c = 0; c < m_departments->columnCount(); ++c) {
        QFont f = m_departments->item(row, c)->font();
        f.setBold(true);
        m_departments->item(row, c)->setFont(f);
    }
}

void SupervisionView::fillExtensions()
{
    const auto& requests = m_snapshot.extensionRequests;
    m_extensions->setRowCount(int(requests.size()));
    for (int i = 0; i < requests.size(); ++i) {
        const PendingExtension& e = requests.at(i);
        auto* caseItem = cell(e.caseNumber);
        caseItem->setData(Qt::UserRole, e.caseId);
        m_extensions->setItem(i, 0, caseItem);
        m_extensions->setItem(i, 1, cell(e.matterName));
        m_extensions->setItem(i, 2, cell(QString::number(e.days), Qt::AlignCenter));
        m_extensions->setItem(i, 3, cell(e.reason));
        m_extensions->setItem(i, 4, cell(tr("%1, %2").arg(e.requestedBy, LimitDisplay::dateTime(e.requestedAt))));
        m_extensions->setItem(i, 5, cell(LimitDisplay::date(e.statutoryDue)));
    }
    m_extensions->resizeColumnsToContents();
    m_overview->setTabText(1, requests.isEmpty() ? tr("Extension requests")
                                                 : tr("Extension requests (%1)").arg(requests.size()));
}

void SupervisionView::showSelected()
{
    const QModelIndex current = m_cases->currentIndex();
    if (!current.isValid())
        return;
    const QString id = m_model->supervisedCase(current.row()).id;
    if (m_progress->caseId() != id)
        m_progress->setCase(id);
    fillStepTimes();
}

void SupervisionView::fillStepTimes()
{
    m_stepTimes->setRowCount(0);
    const CaseWorkflow* w = m_progress->workflow();
    if (!w)
        return;
    for (const StepRound& r : w->rounds) {
        const CaseStep* s = w->step(r.stepId);
        if (!s || s->stageKind == StageKind::Acceptance)
            continue;
        const int row = m_stepTimes->rowCount();
        m_stepTimes->insertRow(row);
        m_stepTimes->setItem(row, 0, cell(tr("%1. %2").arg(s->stagePosition).arg(s->name())));
        m_stepTimes->setItem(row, 1, cell(w->departmentName(s->departmentId)));
        m_stepTimes->setItem(row, 2, cell(LimitDisplay::dateTime(r.openedAt)));
        m_stepTimes->setItem(row, 3, cell(r.closedAt.isValid() ? LimitDisplay::dateTime(r.closedAt)
                                                              : tr("still open")));
        auto* days = cell(QString::number(r.workingDays), Qt::AlignCenter);
        if (r.overdue)
            days->setForeground(LimitDisplay::color(Light::Red));
        m_stepTimes->setItem(row, 4, days);
        m_stepTimes->setItem(row, 5, cell(s->timeLimitDays ? QString::number(*s->timeLimitDays)
                                                          : QString(),
                                          Qt::AlignCenter));
        QString outcome = r.outcome.isEmpty() ? QString()
                          : r.outcome == QLatin1String("reset")
                              ? tr("set back")
                              : CaseNames::name(CaseNames::stepStateFromKey(r.outcome).value_or(StepState::Approved));
        if (!r.staffName.isEmpty())
            outcome += QStringLiteral(" · ") + r.staffName;
        if (!r.reason.isEmpty())
            outcome += QStringLiteral(" · ") + r.reason;
        m_stepTimes->setItem(row, 6, cell(outcome));
    }
    m_stepTimes->resizeColumnsToContents();
}

} // namespace civicdesk
