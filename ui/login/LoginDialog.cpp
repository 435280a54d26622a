#include "LoginDialog.h"

#include "Config.h"
#include "Services.h"
#include "demo/DemoData.h"
#include "security/StaffDemo.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QSysInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace civicdesk {

namespace {

QLabel* messageLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QStringLiteral("message"));
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    return label;
}

} // namespace

LoginDialog::LoginDialog(Services& services, Config& config, QWidget* parent)
    : QDialog(parent), m_services(services), m_config(config)
{
    setObjectName(QStringLiteral("loginDialog"));
    setWindowTitle(tr("Sign in to CivicDesk"));
    setMinimumWidth(420);

    auto* title = new QLabel(tr("<h2>CivicDesk</h2>"), this);
    m_login = new QLineEdit(this);
    m_login->setObjectName(QStringLiteral("loginName"));
    m_login->setText(config.getString(Config::Key::LastLogin));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_message = messageLabel(this);

    auto* form = new QFormLayout;
    form->addRow(tr("&Login name:"), m_login);
    form->addRow(tr("&Password:"), m_password);

    auto* buttons = new QDialogButtonBox(this);
    m_signIn = buttons->addButton(tr("&Sign in"), QDialogButtonBox::AcceptRole);
    m_signIn->setObjectName(QStringLiteral("signIn"));
    m_signIn->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &LoginDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(form);
    layout->addWidget(m_message);
    auto demo = DemoData::isPresent(services.db());
    if (demo && demo.value()) {
        auto* hint = new QLabel(tr("Demonstration database. Accounts: admin, supervisor, clerk1 … "
                                   "clerk6, approver.ga, approver.sj …; password \"%1\".")
                                    .arg(QString::fromLatin1(kDemoPassword)),
                                this);
        hint->setObjectName(QStringLiteral("demoHint"));
        hint->setWordWrap(true);
        hint->setStyleSheet(QStringLiteral("color: #555;"));
        layout->addWidget(hint);
    }
    layout->addWidget(buttons);

    (m_login->text().isEmpty() ? m_login : m_password)->setFocus();
}

void LoginDialog::accept()
{
    if (m_login->text().trimmed().isEmpty()) {
        m_message->setText(tr("Enter your login name."));
        m_login->setFocus();
        return;
    }
    auto r = StaffService::signIn(m_services.db(), m_services.clock(), m_login->text(),
                                  m_password->text(), QSysInfo::machineHostName());
    if (!r) {
        m_message->setText(r.message());
        m_password->clear();
        m_password->setFocus();
        return;
    }
    m_result = r.value();
    m_config.set(Config::Key::LastLogin, m_result.session.login());
    QDialog::accept();
}

ChangePasswordDialog::ChangePasswordDialog(Services& services, bool required, QWidget* parent)
    : QDialog(parent), m_services(services)
{
    setObjectName(QStringLiteral("changePasswordDialog"));
    setWindowTitle(tr("Change password"));
    m_current = new QLineEdit(this);
    m_current->setObjectName(QStringLiteral("currentPassword"));
    m_new = new QLineEdit(this);
    m_new->setObjectName(QStringLiteral("newPassword"));
    m_repeat = new QLineEdit(this);
    m_repeat->setObjectName(QStringLiteral("repeatPassword"));
    for (QLineEdit* e : {m_current, m_new, m_repeat})
        e->setEchoMode(QLineEdit::Password);
    m_message = messageLabel(this);

    auto* layout = new QVBoxLayout(this);
    if (required) {
        auto* why = new QLabel(tr("Your password was set by an administrator (or is the "
                                  "demonstration password). Choose your own before you start."),
                               this);
        why->setWordWrap(true);
        layout->addWidget(why);
    }
    auto* form = new QFormLayout;
    form->addRow(tr("&Current password:"), m_current);
    form->addRow(tr("&New password:"), m_new);
    form->addRow(tr("&Repeat the new password:"), m_repeat);
    layout->addLayout(form);
    auto* hint = new QLabel(tr("At least 8 characters, with letters and digits."), this);
    hint->setStyleSheet(QStringLiteral("color: #555;"));
    layout->addWidget(hint);
    layout->addWidget(m_message);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ChangePasswordDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

void ChangePasswordDialog::accept()
{
    if (m_new->text() != m_repeat->text()) {
        m_message->setText(tr("The two new passwords differ; type them again."));
        m_repeat->clear();
        m_repeat->setFocus();
        return;
    }
    Status s = StaffService::changeOwnPassword(m_services.context(), m_current->text(), m_new->text());
    if (!s) {
        m_message->setText(s.message());
        return;
    }
    QDialog::accept();
}

} // namespace civicdesk
