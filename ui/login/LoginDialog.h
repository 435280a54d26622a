#pragma once

// Sign-in at the start of a shift: login name and password, checked by the core (which
// counts wrong passwords and locks the account after five). A wrong try keeps the login name
// and says what happened next to the fields.

#include "security/StaffService.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace civicdesk {

class Config;
class Services;

class LoginDialog : public QDialog {
    Q_OBJECT
public:
    LoginDialog(Services& services, Config& config, QWidget* parent = nullptr);

    // Valid after the dialog was accepted.
    const SignIn& signedIn() const { return m_result; }

    void accept() override;

private:
    Services& m_services;
    Config& m_config;
    QLineEdit* m_login = nullptr;
    QLineEdit* m_password = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_signIn = nullptr;
    SignIn m_result;
};

// Asks for the current and a new password (twice). Used when a password must be changed at
// sign-in and from the Account menu.
class ChangePasswordDialog : public QDialog {
    Q_OBJECT
public:
    ChangePasswordDialog(Services& services, bool required, QWidget* parent = nullptr);
    void accept() override;

private:
    Services& m_services;
    QLineEdit* m_current = nullptr;
    QLineEdit* m_new = nullptr;
    QLineEdit* m_repeat = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace civicdesk
