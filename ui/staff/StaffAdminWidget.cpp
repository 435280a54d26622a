#include "StaffAdminWidget.h"

#include "Services.h"
#include "catalog/CatalogRepository.h"
#include "security/Passwords.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace civicdesk {

StaffAdminWidget::StaffAdminWidget(Services& services, QWidget* parent)
    : QWidget(parent), m_services(services)
{
    setObjectName(QStringLiteral("staffAdmin"));
    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("staffTable"));
    m_table->setColumnCount(5);
    m_table->setHorizontalHeaderLabels(
        {tr("Login"), tr("Name"), tr("Department"), tr("Roles"), tr("Status")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("staffMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto button = [this](const QString& text, const char* name, void (StaffAdminWidget::*slot)()) {
        auto* b = new QPushButton(text, this);
        b->setObjectName(QLatin1String(name));
        connect(b, &QPushButton::clicked, this, slot);
        return b;
    };
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(button(tr("&Add…"), "addStaff", &StaffAdminWidget::addStaff));
    buttons->addWidget(button(tr("&Roles…"), "editRoles", &StaffAdminWidget::editRoles));
    buttons->addWidget(button(tr("Reset &password"), "resetPassword", &StaffAdminWidget::resetPassword));
    buttons->addWidget(button(tr("&Unlock"), "unlockStaff", &StaffAdminWidget::unlockSelected));
    buttons->addWidget(button(tr("&Disable / enable"), "toggleActive", &StaffAdminWidget::toggleActive));
    buttons->addStretch();

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    refresh();
}

void StaffAdminWidget::refresh()
{
    auto list = StaffService::list(m_services.db());
    if (!list) {
        m_message->setText(list.message());
        return;
    }
    m_staff = list.take();
    m_table->setRowCount(int(m_staff.size()));
    const QDateTime now = m_services.clock().now();
    for (int row = 0; row < m_staff.size(); ++row) {
        const StaffRecord& r = m_staff.at(row);
        QStringList status;
        status << (r.active ? tr("active") : tr("disabled"));
        if (r.lockedUntil.isValid() && r.lockedUntil > now)
            status << tr("locked until %1").arg(r.lockedUntil.time().toString(QStringLiteral("HH:mm")));
        if (r.mustChangePassword)
            status << tr("must change password");
        const QStringList cells = {r.login, r.displayName, r.departmentName,
                                   StaffService::rolesText(r.roles), status.join(tr(", "))};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(row, c, new QTableWidgetItem(cells.at(c)));
    }
    m_table->resizeColumnsToContents();
}

const StaffRecord* StaffAdminWidget::selected() const
{
    const int row = m_table->currentRow();
    return row >= 0 && row < m_staff.size() ? &m_staff.at(row) : nullptr;
}

void StaffAdminWidget::showResult(const Status& status, const QString& success)
{
    m_message->setStyleSheet(status ? QStringLiteral("color: #1b5e20;") : QStringLiteral("color: #b71c1c;"));
    m_message->setText(status ? success : status.message());
    refresh();
}

void StaffAdminWidget::addStaff()
{
    StaffDialog dialog(m_services, nullptr, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    showResult({}, tr("Added. Temporary password: %1 — the new colleague changes it at the first "
                      "sign-in.")
                       .arg(dialog.temporaryPassword()));
}

void StaffAdminWidget::editRoles()
{
    const StaffRecord* r = selected();
    if (!r) {
        m_message->setText(tr("Select a staff member first."));
        return;
    }
    StaffDialog dialog(m_services, r, this);
    if (dialog.exec() == QDialog::Accepted)
        showResult({}, tr("The roles of %1 were changed.").arg(r->login));
}

void StaffAdminWidget::resetPassword()
{
    const StaffRecord* r = selected();
    if (!r) {
        m_message->setText(tr("Select a staff member first."));
        return;
    }
    const QString login = r->login;
    const QString temporary = Passwords::generateTemporary();
    showResult(StaffService::resetPassword(m_services.context(), r->id, temporary),
               tr("The password of %1 is now %2; it must be changed at the next sign-in.")
                   .arg(login, temporary));
}

void StaffAdminWidget::unlockSelected()
{
    const StaffRecord* r = selected();
    if (!r) {
        m_message->setText(tr("Select a staff member first."));
        return;
    }
    const QString login = r->login;
    showResult(StaffService::unlock(m_services.context(), r->id), tr("%1 can sign in again.").arg(login));
}

void StaffAdminWidget::toggleActive()
{
    const StaffRecord* r = selected();
    if (!r) {
        m_message->setText(tr("Select a staff member first."));
        return;
    }
    const QString login = r->login;
    const bool activate = !r->active;
    showResult(StaffService::setActive(m_services.context(), r->id, activate),
               activate ? tr("%1 is enabled.").arg(login) : tr("%1 is disabled.").arg(login));
}

StaffDialog::StaffDialog(Services& services, const StaffRecord* existing, QWidget* parent)
    : QDialog(parent), m_services(services), m_existing(existing)
{
    setObjectName(QStringLiteral("staffDialog"));
    setWindowTitle(existing ? tr("Roles of %1").arg(existing->displayName) : tr("New staff member"));
    m_login = new QLineEdit(this);
    m_login->setObjectName(QStringLiteral("staffLogin"));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("staffName"));
    m_department = new QComboBox(this);
    m_department->setObjectName(QStringLiteral("staffDepartment"));
    m_department->addItem(tr("(the center itself)"), QString());
    if (auto deps = CatalogRepository(services.db()).departments(false)) {
        for (const Department& d : deps.value())
            m_department->addItem(d.name(), d.code);
    }
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b71c1c;"));

    auto* form = new QFormLayout;
    if (!existing) {
        form->addRow(tr("&Login name:"), m_login);
        form->addRow(tr("&Name:"), m_name);
        form->addRow(tr("&Department:"), m_department);
    } else {
        m_login->hide();
        m_name->hide();
        m_department->hide();
    }
    auto* roles = new QVBoxLayout;
    for (Role role : Permissions::allRoles()) {
        auto* box = new QCheckBox(Permissions::roleName(role), this);
        box->setObjectName(QStringLiteral("role_") + Permissions::roleKey(role));
        box->setProperty("role", int(role));
        box->setChecked(existing && existing->roles.contains(role));
        roles->addWidget(box);
        m_roles << box;
    }
    form->addRow(tr("Roles:"), roles);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &StaffDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
}

void StaffDialog::accept()
{
    QSet<Role> roles;
    for (QCheckBox* box : m_roles) {
        if (box->isChecked())
            roles.insert(Role(box->property("role").toInt()));
    }
    Status s;
    if (m_existing) {
        s = StaffService::setRoles(m_services.context(), m_existing->id, roles);
    } else {
        m_temporaryPassword = Passwords::generateTemporary();
        NewStaff staff{m_login->text(), m_name->text(), m_department->currentData().toString(), roles,
                       m_temporaryPassword};
        auto created = StaffService::create(m_services.context(), staff);
        s = created.status();
    }
    if (!s) {
        m_message->setText(s.message());
        return;
    }
    QDialog::accept();
}

} // namespace civicdesk
