#include "MatterListModel.h"

#include <QBrush>
#include <QFont>
#include <QPalette>

namespace civicdesk {

MatterListModel::MatterListModel(QObject* parent) : QAbstractListModel(parent) {}

void MatterListModel::setMatters(QVector<MatterSummary> matters)
{
    beginResetModel();
    m_matters = std::move(matters);
    endResetModel();
}

int MatterListModel::rowOf(const QString& matterId) const
{
    for (int i = 0; i < m_matters.size(); ++i) {
        if (m_matters.at(i).id == matterId)
            return i;
    }
    return -1;
}

int MatterListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_matters.size());
}

QVariant MatterListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_matters.size())
        return {};
    const MatterSummary& m = m_matters.at(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        QStringList facts{m.departmentName(),
                          tr("promised: %1").arg(CatalogNames::workingDays(m.promisedDays))};
        facts << (m.totalFeeFen > 0 ? CatalogNames::money(m.totalFeeFen) : tr("free"));
        if (m.jointHandling)
            facts << tr("joint handling");
        if (!m.active)
            facts << tr("deactivated");
        return QStringLiteral("%1  %2\n%3")
            .arg(m.code, m.name(), facts.join(QStringLiteral(" · ")));
    }
    case Qt::ToolTipRole:
        return QStringLiteral("%1\n%2").arg(m.nameZh, m.nameEn);
    case Qt::ForegroundRole:
        if (!m.active)
            return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
        return {};
    case IdRole:
        return m.id;
    case CodeRole:
        return m.code;
    case ActiveRole:
        return m.active;
    default:
        return {};
    }
}

} // namespace civicdesk
