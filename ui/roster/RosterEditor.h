#pragma once

// The week roster for supervisors: windows down, the 7 days × morning / afternoon across,
// who sits where in each cell. Pick a cell and a colleague to seat them, copy last week, move
// between weeks. Below, the staffing advice for the same week: windows advised per hour
// against windows rostered, short hours in red.

#include "scheduling/SchedulingTypes.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace civicdesk {

class Services;

class RosterEditor : public QWidget {
    Q_OBJECT
public:
    explicit RosterEditor(Services& services, QWidget* parent = nullptr);

    QDate week() const { return m_monday; }
    void setWeek(const QDate& anyDay);
    void reload();

private:
    void assignSelected();
    void clearSelected();
    void copyLastWeek();
    void loadAdvice();
    void showError(const QString& message);

    Services& m_services;
    QDate m_monday;
    QVector<ServiceWindow> m_windows;
    QLabel* m_weekLabel = nullptr;
    QTableWidget* m_table = nullptr;
    QComboBox* m_staff = nullptr;
    QPushButton* m_assign = nullptr;
    QPushButton* m_clear = nullptr;
    QPushButton* m_copy = nullptr;
    QLabel* m_message = nullptr;
    QTableWidget* m_advice = nullptr;
    QLabel* m_adviceNote = nullptr;
};

} // namespace civicdesk
