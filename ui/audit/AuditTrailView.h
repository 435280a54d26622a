#pragma once

// The audit trail for supervisors and administrators: filter by subject (a case, a ticket, a
// staff member…), by staff member, action and time; verify the hash chain.

#include "security/AuditLog.h"

#include <QAbstractTableModel>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTableView;

namespace civicdesk {

class Services;

class AuditTrailModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Time, Staff, Action, Subject, Details, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;

    void setEntries(QVector<AuditEntry> entries);
    const AuditEntry& entry(int row) const { return m_entries.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QVector<AuditEntry> m_entries;
};

class AuditTrailView : public QWidget {
    Q_OBJECT
public:
    explicit AuditTrailView(Services& services, QWidget* parent = nullptr);

    // Shows the trail of one subject, e.g. ("case", id).
    void showSubject(const QString& type, const QString& id);
    void refresh();
    void verifyChain();
    AuditTrailModel* model() const { return m_model; }

private:
    Services& m_services;
    AuditTrailModel* m_model = nullptr;
    QComboBox* m_subjectType = nullptr;
    QLineEdit* m_subjectId = nullptr;
    QComboBox* m_staff = nullptr;
    QLineEdit* m_action = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_status = nullptr;
};

} // namespace civicdesk
