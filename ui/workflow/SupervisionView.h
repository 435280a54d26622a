#pragma once

// Electronic supervision (电子监察) for the supervisor: every open case against its limits as
// traffic lights, counted by department, the cases near or past their limits listed most
// urgent first, the time each step of a case took, and the extension requests waiting for a
// decision. It polls the database cheaply and refreshes when anything changed, here or on
// another PC, and when the day turns.

#include "workflow/SupervisionService.h"

#include <QAbstractTableModel>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QSplitter;
class QTabWidget;
class QTableView;
class QTableWidget;
class QTimer;

namespace civicdesk {

class CaseProgressView;
class PrintService;
class Services;

class SupervisionCaseModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { LightColumn, Case, Matter, WaitingAt, Promised, Statutory, Progress, ColumnCount };
    enum class Filter { All, NearOrPast, Red, Yellow, Green, StatutoryOverdue, Suspended, AwaitingHandover };
    using QAbstractTableModel::QAbstractTableModel;

    void setSnapshot(const SupervisionSnapshot& snapshot, const QHash<QString, QString>& departmentNames);
    void setFilter(Filter filter, const QString& departmentId);
    const SupervisedCase& supervisedCase(int row) const { return *m_rows.at(row); }
    int rowOfCase(const QString& caseId) const;
    static bool matches(const SupervisedCase& c, Filter filter);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    void rebuild();

    QVector<SupervisedCase> m_cases;
    QVector<const SupervisedCase*> m_rows;
    QHash<QString, QString> m_departmentNames;
    Filter m_filter = Filter::NearOrPast;
    QString m_department;
};

class SupervisionView : public QWidget {
    Q_OBJECT
public:
    SupervisionView(Services& services, PrintService& printing, QWidget* parent = nullptr);

    void refresh();
    // Refreshes when the database changed (here or on another PC) or the day turned; one read
    // of a tiny table otherwise.
    void pollNow();
    const SupervisionSnapshot& snapshot() const { return m_snapshot; }
    SupervisionCaseModel* model() const { return m_model; }
    CaseProgressView* progress() const { return m_progress; }
    void setFilter(SupervisionCaseModel::Filter filter, const QString& departmentId = {});
    void selectCase(const QString& caseId);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void fillTiles();
    void fillDepartments();
    void fillExtensions();
    void showSelected();
    void fillStepTimes();
    QPushButton* tile(const QString& name, SupervisionCaseModel::Filter filter, const QColor& color);

    Services& m_services;
    SupervisionSnapshot m_snapshot;
    QHash<QString, QString> m_departmentNames;
    SupervisionCaseModel* m_model = nullptr;
    QLabel* m_warning = nullptr;
    QLabel* m_status = nullptr;
    QList<QPushButton*> m_tiles;
    QTabWidget* m_overview = nullptr;
    QTableWidget* m_departments = nullptr;
    QTableWidget* m_extensions = nullptr;
    QComboBox* m_departmentFilter = nullptr;
    QComboBox* m_lightFilter = nullptr;
    QTableView* m_cases = nullptr;
    QTabWidget* m_detail = nullptr;
    QTableWidget* m_stepTimes = nullptr;
    CaseProgressView* m_progress = nullptr;
    QSplitter* m_split = nullptr;
    bool m_sized = false;
    QTimer* m_poll = nullptr;
};

} // namespace civicdesk
