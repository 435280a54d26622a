#pragma once

// The approver's inbox: the steps waiting for my department, most urgent first, and for the
// one picked its case's progress (with the actions), its materials and its timeline. Polls
// the database cheaply for changes made on other PCs and reloads only when there are some.

#include "workflow/WorkflowTypes.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QWidget>

class QLabel;
class QTabWidget;
class QTableView;
class QTableWidget;
class QTimer;
class QTreeWidget;

namespace civicdesk {

class CaseProgressView;
class PrintService;
class Services;

class InboxModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Urgency, Case, Matter, Step, Applicant, StepDue, PromisedDue, StatutoryDue, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;

    void setItems(QVector<InboxItem> items);
    const InboxItem& item(int row) const { return m_items.at(row); }
    int rowOfStep(const QString& stepId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QVector<InboxItem> m_items;
};

class ApproverInbox : public QWidget {
    Q_OBJECT
public:
    ApproverInbox(Services& services, PrintService& printing, QWidget* parent = nullptr);

    void refresh();
    // Reloads when the database changed (here or on another PC) or the day turned.
    void pollNow();
    void selectStep(const QString& stepId);
    InboxModel* model() const { return m_model; }
    CaseProgressView* progress() const { return m_progress; }
    QTableView* table() const { return m_table; }

private:
    void showSelected();
    void fillDetails();

    Services& m_services;
    InboxModel* m_model = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_status = nullptr;
    QTableView* m_table = nullptr;
    QTabWidget* m_detail = nullptr;
    CaseProgressView* m_progress = nullptr;
    QTableWidget* m_materials = nullptr;
    QTreeWidget* m_timeline = nullptr;
    QTimer* m_poll = nullptr;
    qint64 m_revision = -1;
    QDate m_day;
};

} // namespace civicdesk
