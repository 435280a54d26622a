#include "ReportsPane.h"

#include "DrillDownDialog.h"
#include "ReportChartView.h"
#include "ReportRunner.h"
#include "ReportTableModel.h"
#include "printing/PrintService.h"

#include "Services.h"
#include "catalog/CatalogRepository.h"
#include "reports/ReportDocument.h"
#include "reports/ReportExport.h"
#include "reports/ReportService.h"
#include "scheduling/WindowService.h"
#include "security/StaffService.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace civicdesk {

namespace {

// A table view as tall as its rows: the page scrolls, not each table.
QTableView* fittedTable(ReportTableModel* model, QWidget* parent)
{
    auto* view = new QTableView(parent);
    view->setObjectName(model->table().key + QStringLiteral("Table"));
    view->setModel(model);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->verticalHeader()->hide();
    view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view->horizontalHeader()->setStretchLastSection(false);
    view->resizeColumnsToContents();
    for (int c = 1; c < model->columnCount(); ++c) // numbers line up in even columns
        view->setColumnWidth(c, std::max(view->columnWidth(c) + 12, 80));
    view->resizeRowsToContents();
    int height = view->horizontalHeader()->sizeHint().height() + 2 * view->frameWidth() + 2;
    for (int r = 0; r < model->rowCount(); ++r)
        height += view->rowHeight(r);
    view->setFixedHeight(height + 2);
    // As wide as its columns: the page scrolls sideways when the window is narrower.
    int width = 2 * view->frameWidth() + 2;
    for (int c = 0; c < model->columnCount(); ++c)
        width += view->columnWidth(c);
    view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view->setFixedWidth(width);
    return view;
}

} // namespace

ReportsPane::ReportsPane(Services& services, Config& config, QWidget* parent)
    : QWidget(parent), m_services(services), m_config(config)
{
    m_print = new PrintService(services, config, this);
    m_runner = new ReportRunner(services, this);
    auto* layout = new QVBoxLayout(this);

    auto* controls = new QGroupBox(tr("Report"), this);
    auto* grid = new QGridLayout(controls);
    m_kind = new QComboBox(controls);
    m_kind->setObjectName(QStringLiteral("reportKind"));
    m_kind->addItem(tr("Daily report"), int(ReportKind::Daily));
    m_kind->addItem(tr("Monthly report"), int(ReportKind::Monthly));
    m_kind->addItem(tr("Range of dates"), int(ReportKind::Range));
    const QDate today = services.clock().today();
    m_day = new QDateEdit(today, controls);
    m_day->setObjectName(QStringLiteral("reportDay"));
    m_day->setCalendarPopup(true);
    m_day->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_month = new QDateEdit(QDate(today.year(), today.month(), 1), controls);
    m_month->setObjectName(QStringLiteral("reportMonth"));
    m_month->setDisplayFormat(QStringLiteral("yyyy-MM"));
    m_from = new QDateEdit(today.addDays(-6), controls);
    m_from->setObjectName(QStringLiteral("reportFrom"));
    m_from->setCalendarPopup(true);
    m_from->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_to = new QDateEdit(today, controls);
    m_to->setObjectName(QStringLiteral("reportTo"));
    m_to->setCalendarPopup(true);
    m_to->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_toLabel = new QLabel(tr("to"), controls);
    auto* period = new QHBoxLayout;
    period->addWidget(m_kind);
    period->addWidget(m_day);
    period->addWidget(m_month);
    period->addWidget(m_from);
    period->addWidget(m_toLabel);
    period->addWidget(m_to);
    period->addStretch(1);
    m_run = new QPushButton(tr("&Make report"), controls);
    m_run->setObjectName(QStringLiteral("makeReport"));
    m_run->setDefault(true);
    m_cancel = new QPushButton(tr("Cancel"), controls);
    m_cancel->setObjectName(QStringLiteral("cancelReport"));
    m_progress = new QProgressBar(controls);
    m_progress->setObjectName(QStringLiteral("reportProgress"));
    m_progress->setRange(0, 100);
    m_progress->setMaximumWidth(220);
    period->addWidget(m_run);
    period->addWidget(m_progress);
    period->addWidget(m_cancel);
    grid->addLayout(period, 0, 0, 1, 8);

    m_department = new QComboBox(controls);
    m_department->setObjectName(QStringLiteral("filterDepartment"));
    m_matter = new QComboBox(controls);
    m_matter->setObjectName(QStringLiteral("filterMatter"));
    m_window = new QComboBox(controls);
    m_window->setObjectName(QStringLiteral("filterWindow"));
    m_staff = new QComboBox(controls);
    m_staff->setObjectName(QStringLiteral("filterStaff"));
    int column = 0;
    for (auto [label, box] :
         {std::pair{tr("&Department:"), m_department}, std::pair{tr("M&atter:"), m_matter},
          std::pair{tr("&Window:"), m_window}, std::pair{tr("&Staff member:"), m_staff}}) {
        auto* l = new QLabel(label, controls);
        l->setBuddy(box);
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(10);
        grid->addWidget(l, 1, column++);
        grid->addWidget(box, 1, column++);
    }
    layout->addWidget(controls);

    auto* exportRow = new QHBoxLayout;
    m_heading = new QLabel(tr("Choose the period and make the report."), this);
    m_heading->setObjectName(QStringLiteral("reportHeading"));
    m_heading->setTextFormat(Qt::RichText);
    exportRow->addWidget(m_heading, 1);
    m_preview = new QPushButton(tr("&Print…"), this);
    m_preview->setObjectName(QStringLiteral("reportPrint"));
    m_pdf = new QPushButton(tr("Save as P&DF…"), this);
    m_pdf->setObjectName(QStringLiteral("reportPdf"));
    m_csv = new QPushButton(tr("Save as &CSV…"), this);
    m_csv->setObjectName(QStringLiteral("reportCsv"));
    m_xlsx = new QPushButton(tr("Save as &Excel…"), this);
    m_xlsx->setObjectName(QStringLiteral("reportXlsx"));
    for (QPushButton* b : {m_preview, m_pdf, m_csv, m_xlsx})
        exportRow->addWidget(b);
    layout->addLayout(exportRow);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("reportStatus"));
    m_status->setWordWrap(true);
    m_status->hide();
    layout->addWidget(m_status);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("reportTabs"));
    layout->addWidget(m_tabs, 1);

    buildFilters();
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ReportsPane::periodChanged);
    connect(m_run, &QPushButton::clicked, this, &ReportsPane::makeReport);
    connect(m_cancel, &QPushButton::clicked, this, &ReportsPane::cancelReport);
    connect(m_preview, &QPushButton::clicked, this, &ReportsPane::preview);
    connect(m_pdf, &QPushButton::clicked, this, [this] { exportAs(QStringLiteral("pdf")); });
    connect(m_csv, &QPushButton::clicked, this, [this] { exportAs(QStringLiteral("csv")); });
    connect(m_xlsx, &QPushButton::clicked, this, [this] { exportAs(QStringLiteral("xlsx")); });
    connect(m_runner, &ReportRunner::progress, this, [this](int percent, const QString& step) {
        m_progress->setValue(percent);
        m_progress->setFormat(QStringLiteral("%p%"));
        m_progress->setToolTip(step);
        m_status->setText(step);
        m_status->show();
    });
    connect(m_runner, &ReportRunner::finished, this, &ReportsPane::showReport);
    connect(m_runner, &ReportRunner::failed, this, &ReportsPane::showError);
    connect(m_runner, &ReportRunner::cancelled, this, [this] {
        setBusy(false);
        m_status->setText(
            tr("The report was cancelled. The figures shown (if any) are those of the "
               "report before."));
        m_status->show();
        emit reportCancelled();
    });
    periodChanged();
    setBusy(false);
}

ReportsPane::~ReportsPane() = default;

void ReportsPane::buildFilters()
{
    const Database& db = m_services.db();
    for (QComboBox* box : {m_department, m_matter, m_window, m_staff}) {
        box->clear();
        box->addItem(tr("All"), QString());
    }
    if (auto departments = CatalogRepository(db).departments(false)) {
        for (const Department& d : departments.value())
            m_department->addItem(d.name(), d.id);
    }
    if (auto matters = CatalogRepository(db).listMatters()) {
        for (const MatterSummary& m : matters.value())
            m_matter->addItem(
                QStringLiteral("%1 %2").arg(m.code, localizedName(m.nameZh, m.nameEn)), m.id);
    }
    if (auto windows = WindowService::windows(db)) {
        for (const ServiceWindow& w : windows.value())
            m_window->addItem(QStringLiteral("%1 %2").arg(w.number).arg(w.name), w.id);
    }
    if (auto staff = StaffService::list(db)) {
        for (const StaffRecord& s : staff.value())
            m_staff->addItem(s.displayName, s.id);
    }
}

void ReportsPane::periodChanged()
{
    const auto kind = ReportKind(m_kind->currentData().toInt());
    m_day->setVisible(kind == ReportKind::Daily);
    m_month->setVisible(kind == ReportKind::Monthly);
    m_from->setVisible(kind == ReportKind::Range);
    m_to->setVisible(kind == ReportKind::Range);
    m_toLabel->setVisible(kind == ReportKind::Range);
}

void ReportsPane::setRequest(const ReportRequest& r)
{
    m_kind->setCurrentIndex(m_kind->findData(int(r.kind)));
    m_day->setDate(r.from);
    m_month->setDate(QDate(r.from.year(), r.from.month(), 1));
    m_from->setDate(r.from);
    m_to->setDate(r.to);
    auto pick = [](QComboBox* box, const QString& id) {
        box->setCurrentIndex(std::max(0, box->findData(id)));
    };
    pick(m_department, r.filter.departmentId);
    pick(m_matter, r.filter.matterId);
    pick(m_window, r.filter.windowId);
    pick(m_staff, r.filter.staffId);
}

ReportRequest ReportsPane::request() const
{
    ReportFilter f;
    f.departmentId = m_department->currentData().toString();
    f.matterId = m_matter->currentData().toString();
    f.windowId = m_window->currentData().toString();
    f.staffId = m_staff->currentData().toString();
    switch (ReportKind(m_kind->currentData().toInt())) {
    case ReportKind::Daily:
        return ReportRequest::daily(m_day->date(), f);
    case ReportKind::Monthly:
        return ReportRequest::monthly(m_month->date().year(), m_month->date().month(), f);
    case ReportKind::Range:
        return ReportRequest::range(m_from->date(), m_to->date(), f);
    }
    return ReportRequest::daily(m_day->date(), f);
}

bool ReportsPane::isRunning() const
{
    return m_runner->isRunning();
}

bool ReportsPane::makeReport()
{
    const ReportRequest r = request();
    if (r.to < r.from) {
        showError(
            Error(ErrorKind::Invalid, tr("The last day is before the first; the report was not "
                                         "made. Choose the dates again.")));
        return false;
    }
    if (!m_runner->start(r))
        return false;
    m_progress->setValue(0);
    setBusy(true);
    return true;
}

void ReportsPane::cancelReport()
{
    m_runner->cancel();
    m_status->setText(tr("Cancelling…"));
    m_status->show();
}

void ReportsPane::setBusy(bool busy)
{
    m_run->setEnabled(!busy);
    m_cancel->setEnabled(busy);
    m_progress->setVisible(busy);
    for (QWidget* w : {static_cast<QWidget*>(m_kind), static_cast<QWidget*>(m_day),
                       static_cast<QWidget*>(m_month), static_cast<QWidget*>(m_from),
                       static_cast<QWidget*>(m_to), static_cast<QWidget*>(m_department),
                       static_cast<QWidget*>(m_matter), static_cast<QWidget*>(m_window),
                       static_cast<QWidget*>(m_staff)})
        w->setEnabled(!busy);
    const bool exportable = !busy && m_report;
    for (QPushButton* b : {m_preview, m_pdf, m_csv, m_xlsx})
        b->setEnabled(exportable);
}

void ReportsPane::showError(const Error& error)
{
    setBusy(false);
    m_status->setText(error.message);
    m_status->setStyleSheet(QStringLiteral("color: #a12622;"));
    m_status->show();
}

QWidget* ReportsPane::tablesPage(const QStringList& chartKeys, const QStringList& tableKeys)
{
    auto* scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    if (!chartKeys.isEmpty()) {
        auto* charts = new QHBoxLayout;
        for (const QString& key : chartKeys) {
            for (const ReportChart& c : m_report->charts) {
                if (c.key != key)
                    continue;
                auto* view = new ReportChartView(c, page);
                view->setObjectName(key + QStringLiteral("Chart"));
                charts->addWidget(view, 1);
            }
        }
        layout->addLayout(charts);
    }
    for (const QString& key : tableKeys) {
        const ReportTable* t = m_report->table(key);
        if (!t)
            continue;
        auto* title = new QLabel(QStringLiteral("<b>%1</b>").arg(t->title.toHtmlEscaped()), page);
        layout->addWidget(title);
        auto* model = new ReportTableModel(*t, page);
        QTableView* view = fittedTable(model, page);
        connect(view, &QTableView::activated, this, [this, model](const QModelIndex& index) {
            const DrillKey key = model->drillKey(index);
            if (key.isEmpty())
                return;
            const QString figure =
                model->index(index.row(), 0).data().toString() +
                (index.column() > 0
                     ? QStringLiteral(" · ") + model->table().headers.value(index.column())
                     : QString());
            openDrillDown(key, figure);
        });
        layout->addWidget(view, 0, Qt::AlignLeft);
        if (!t->note.isEmpty()) {
            auto* note = new QLabel(t->note, page);
            note->setWordWrap(true);
            note->setStyleSheet(QStringLiteral("color: #555555;"));
            layout->addWidget(note);
        }
    }
    layout->addStretch(1);
    scroll->setWidget(page);
    return scroll;
}

void ReportsPane::showReport(const std::shared_ptr<const Report>& report)
{
    m_report = report;
    setBusy(false);
    m_status->setStyleSheet(QString());
    m_status->hide();
    QString heading = QStringLiteral("<b style=\"font-size: 13pt;\">%1</b> &nbsp; %2")
                          .arg(report->title.toHtmlEscaped(), report->periodText.toHtmlEscaped());
    if (!report->filterText.isEmpty())
        heading += QStringLiteral("<br>%1").arg(report->filterText.toHtmlEscaped());
    heading += QStringLiteral("<br><span style=\"color: #555555;\">%1</span>")
                   .arg(tr("Made %1. Double-click a figure in blue to see what it counts.")
                            .arg(report->generatedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
    m_heading->setText(heading);
    const int current = m_tabs->currentIndex();
    while (m_tabs->count() > 0) {
        QWidget* w = m_tabs->widget(0);
        m_tabs->removeTab(0);
        w->deleteLater();
    }
    m_tabs->addTab(
        tablesPage({QStringLiteral("arrivals_by_hour"), QStringLiteral("served_by_window")},
                   {QStringLiteral("queue_summary"), QStringLiteral("queue_by_hour"),
                    QStringLiteral("queue_by_category"), QStringLiteral("queue_by_window"),
                    QStringLiteral("queue_by_staff")}),
        tr("Queue"));
    m_tabs->addTab(
        tablesPage({QStringLiteral("cases_by_department_light")},
                   {QStringLiteral("cases_summary"), QStringLiteral("cases_by_department"),
                    QStringLiteral("cases_by_matter")}),
        tr("Cases"));
    m_tabs->addTab(tablesPage({}, {QStringLiteral("ratings")}), tr("Ratings"));
    if (report->table(QStringLiteral("by_day")))
        m_tabs->addTab(tablesPage({}, {QStringLiteral("by_day")}), tr("Day by day"));
    m_tabs->setCurrentIndex(std::clamp(current, 0, m_tabs->count() - 1));
    emit reportReady();
}

DrillDownDialog* ReportsPane::openDrillDown(const DrillKey& key, const QString& figure)
{
    if (!m_report)
        return nullptr;
    auto* dialog = new DrillDownDialog(figure, ReportService::drillDown(*m_report, key), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

Status ReportsPane::exportTo(const QString& fileName)
{
    if (!m_report)
        return Error(ErrorKind::Invalid, tr("Make the report first; then save it."));
    const auto format = ReportExport::formatFor(fileName);
    if (!format)
        return Error(ErrorKind::Invalid, tr("A report is saved as .pdf, .csv or .xlsx."));
    switch (*format) {
    case ReportFormat::Pdf:
        return m_print->saveReportAsPdf(ReportDocument(*m_report), fileName);
    case ReportFormat::Csv:
        return ReportExport::writeCsv(*m_report, fileName);
    case ReportFormat::Xlsx:
        return ReportExport::writeXlsx(*m_report, fileName);
    }
    return {};
}

void ReportsPane::exportAs(const QString& suffix)
{
    if (!m_report)
        return;
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    const QString filters = suffix == QLatin1String("pdf")   ? tr("PDF documents (*.pdf)")
                            : suffix == QLatin1String("csv") ? tr("CSV files (*.csv)")
                                                             : tr("Excel workbooks (*.xlsx)");
    QString file = QFileDialog::getSaveFileName(
        this, tr("Save the report"),
        QDir(folder).filePath(m_report->title + QLatin1Char('.') + suffix), filters);
    if (file.isEmpty())
        return;
    if (QFileInfo(file).suffix().toLower() != suffix)
        file += QLatin1Char('.') + suffix;
    Status s = exportTo(file);
    if (!s) {
        QMessageBox::warning(this, tr("Save the report"), s.message());
        return;
    }
    m_status->setStyleSheet(QString());
    m_status->setText(tr("Saved as %1.").arg(QDir::toNativeSeparators(file)));
    m_status->show();
}

void ReportsPane::preview()
{
    if (m_report)
        m_print->previewReport(ReportDocument(*m_report), this);
}

} // namespace civicdesk
