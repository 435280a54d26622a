#pragma once

// The tickets, cases or ratings behind one figure of a report, as a sortable list that can be
// saved as CSV.

#include "reports/ReportTypes.h"

#include <QDialog>

class QStandardItemModel;
class QTableView;

namespace civicdesk {

class DrillDownDialog : public QDialog {
    Q_OBJECT
public:
    DrillDownDialog(const QString& figure, const DrillList& list, QWidget* parent = nullptr);
    QTableView* view() const { return m_view; }
    int rowCount() const;

private:
    void saveCsv();

    DrillList m_list;
    QString m_figure;
    QTableView* m_view = nullptr;
    QStandardItemModel* m_model = nullptr;
};

} // namespace civicdesk
