#pragma once

// The matters of the catalog as a list: one row per matter, code and name on the first line,
// department, promised time limit and fee on the second. Used by the intake picker and the
// catalog editor.

#include "catalog/CatalogTypes.h"

#include <QAbstractListModel>

namespace civicdesk {

class MatterListModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        CodeRole,
        ActiveRole,
    };

    explicit MatterListModel(QObject* parent = nullptr);

    void setMatters(QVector<MatterSummary> matters);
    const QVector<MatterSummary>& matters() const { return m_matters; }
    const MatterSummary& at(int row) const { return m_matters.at(row); }
    // The row of a matter, or -1.
    int rowOf(const QString& matterId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    QVector<MatterSummary> m_matters;
};

} // namespace civicdesk
