#include "DrillDownDialog.h"

#include "reports/ReportExport.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace civicdesk {

DrillDownDialog::DrillDownDialog(const QString& figure, const DrillList& list, QWidget* parent)
    : QDialog(parent), m_list(list), m_figure(figure)
{
    setObjectName(QStringLiteral("drillDownDialog"));
    setWindowTitle(tr("Behind the figure: %1").arg(figure));
    auto* layout = new QVBoxLayout(this);
    auto* heading = new QLabel(
        QStringLiteral("<b>%1</b> — %2").arg(figure.toHtmlEscaped(), list.title.toHtmlEscaped()),
        this);
    heading->setObjectName(QStringLiteral("drillHeading"));
    layout->addWidget(heading);
    m_model = new QStandardItemModel(int(list.rows.size()), int(list.headers.size()), this);
    m_model->setHorizontalHeaderLabels(list.headers);
    for (int r = 0; r < list.rows.size(); ++r) {
        const QStringList& row = list.rows.at(r);
        for (int c = 0; c < row.size(); ++c) {
            auto* item = new QStandardItem(row.at(c));
            item->setEditable(false);
            m_model->setItem(r, c, item);
        }
    }
    auto* proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_model);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("drillTable"));
    m_view->setModel(proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->resizeColumnsToContents();
    layout->addWidget(m_view, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* csv = buttons->addButton(tr("Save as CSV…"), QDialogButtonBox::ActionRole);
    csv->setObjectName(QStringLiteral("drillSaveCsv"));
    connect(csv, &QPushButton::clicked, this, &DrillDownDialog::saveCsv);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(900, 480);
}

int DrillDownDialog::rowCount() const
{
    return m_model->rowCount();
}

void DrillDownDialog::saveCsv()
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    QString file = QFileDialog::getSaveFileName(this, tr("Save the list as CSV"),
                                                QDir(folder).filePath(QStringLiteral("list.csv")),
                                                tr("CSV files (*.csv)"));
    if (file.isEmpty())
        return;
    if (QFileInfo(file).suffix().isEmpty())
        file += QStringLiteral(".csv");
    Status s = ReportExport::writeCsv(m_list, file);
    if (!s)
        QMessageBox::warning(this, tr("Save as CSV"), s.message());
}

} // namespace civicdesk
