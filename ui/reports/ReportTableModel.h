#pragma once

// One table of a report for a QTableView: the cells as the report shows them, numbers on the
// right, and the cells that open into a list (drill-down) in link blue with a tooltip.

#include "reports/ReportTypes.h"

#include <QAbstractTableModel>

namespace civicdesk {

class ReportTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Roles { DrillKeyRole = Qt::UserRole + 1, ValueRole };

    explicit ReportTableModel(ReportTable table, QObject* parent = nullptr);

    const ReportTable& table() const { return m_table; }
    DrillKey drillKey(const QModelIndex& index) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    ReportTable m_table;
};

} // namespace civicdesk
