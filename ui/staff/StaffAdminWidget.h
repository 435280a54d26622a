#pragma once

// Staff accounts for administrators: add, reset a password, unlock, change roles, disable.

#include "security/StaffService.h"

#include <QDialog>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace civicdesk {

class Services;

class StaffAdminWidget : public QWidget {
    Q_OBJECT
public:
    explicit StaffAdminWidget(Services& services, QWidget* parent = nullptr);
    void refresh();
    // The selected staff member, if any.
    const StaffRecord* selected() const;

    void addStaff();
    void resetPassword();
    void unlockSelected();
    void toggleActive();
    void editRoles();

private:
    void showResult(const Status& status, const QString& success);

    Services& m_services;
    QTableWidget* m_table = nullptr;
    QLabel* m_message = nullptr;
    QVector<StaffRecord> m_staff;
};

// Add a staff member, or change the roles of one.
class StaffDialog : public QDialog {
    Q_OBJECT
public:
    StaffDialog(Services& services, const StaffRecord* existing, QWidget* parent = nullptr);
    void accept() override;
    QString temporaryPassword() const { return m_temporaryPassword; }

private:
    Services& m_services;
    const StaffRecord* m_existing;
    QLineEdit* m_login = nullptr;
    QLineEdit* m_name = nullptr;
    QComboBox* m_department = nullptr;
    QList<QCheckBox*> m_roles;
    QLabel* m_message = nullptr;
    QString m_temporaryPassword;
};

} // namespace civicdesk
