#include "ReportTableModel.h"

#include "reports/ReportExport.h"

#include <QBrush>
#include <QColor>

namespace civicdesk {

ReportTableModel::ReportTableModel(ReportTable table, QObject* parent)
    : QAbstractTableModel(parent), m_table(std::move(table))
{}

int ReportTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_table.rows.size());
}

int ReportTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_table.headers.size());
}

DrillKey ReportTableModel::drillKey(const QModelIndex& index) const
{
    if (!index.isValid() || index.row() >= m_table.rows.size())
        return {};
    const auto& row = m_table.rows.at(index.row());
    return index.column() < row.size() ? row.at(index.column()).drill : DrillKey();
}

QVariant ReportTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_table.rows.size())
        return {};
    const auto& row = m_table.rows.at(index.row());
    if (index.column() >= row.size())
        return {};
    const ReportCell& cell = row.at(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return ReportExport::cellText(cell);
    case Qt::TextAlignmentRole:
        return int((cell.kind == CellKind::Text ? Qt::AlignLeft : Qt::AlignRight) |
                   Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (!cell.drill.isEmpty())
            return QBrush(QColor(0x1a, 0x4f, 0x8b));
        return {};
    case Qt::ToolTipRole:
        if (!cell.drill.isEmpty())
            return tr("Double-click to list what this figure counts.");
        return {};
    case DrillKeyRole:
        return cell.drill;
    case ValueRole:
        return cell.value;
    default:
        return {};
    }
}

QVariant ReportTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole &&
        section < m_table.headers.size())
        return m_table.headers.at(section);
    if (orientation == Qt::Horizontal && role == Qt::TextAlignmentRole)
        return int((section == 0 ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter);
    return {};
}

} // namespace civicdesk
