#include "DepartmentsPage.h"

#include "Services.h"
#include "catalog/CatalogService.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace civicdesk {

DepartmentsPage::DepartmentsPage(Services& services, QWidget* parent)
    : QWidget(parent), m_services(services)
{
    setObjectName(QStringLiteral("departmentsPage"));
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("departmentList"));
    m_new = new QPushButton(tr("&New department"), this);
    m_new->setObjectName(QStringLiteral("newDepartment"));

    m_code = new QLineEdit(this);
    m_code->setObjectName(QStringLiteral("departmentCode"));
    m_code->setPlaceholderText(tr("short code, such as GA"));
    m_nameZh = new QLineEdit(this);
    m_nameZh->setObjectName(QStringLiteral("departmentNameZh"));
    m_nameEn = new QLineEdit(this);
    m_nameEn->setObjectName(QStringLiteral("departmentNameEn"));
    m_active = new QCheckBox(tr("In use: may take new matters and steps"), this);
    m_active->setObjectName(QStringLiteral("departmentActive"));
    auto* form = new QFormLayout;
    form->addRow(tr("&Code:"), m_errors.withLabel(m_code, QStringLiteral("code"), this));
    form->addRow(tr("Name (&Chinese):"),
                 m_errors.withLabel(m_nameZh, QStringLiteral("name_zh"), this));
    form->addRow(tr("Name (&English):"), m_nameEn);
    form->addRow(QString(), m_errors.withLabel(m_active, QStringLiteral("active"), this));

    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("departmentBanner"));
    m_banner->setWordWrap(true);
    auto* save = new QPushButton(tr("&Save department"), this);
    save->setObjectName(QStringLiteral("saveDepartment"));
    m_delete = new QPushButton(tr("&Delete department…"), this);
    m_delete->setObjectName(QStringLiteral("deleteDepartment"));
    auto* discard = new QPushButton(tr("Discard changes"), this);
    discard->setObjectName(QStringLiteral("discardDepartment"));

    auto* left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    left->addWidget(m_new);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_delete);
    buttons->addStretch(1);
    buttons->addWidget(discard);
    buttons->addWidget(save);
    auto* right = new QVBoxLayout;
    right->addLayout(form);
    right->addStretch(1);
    right->addWidget(m_banner);
    right->addLayout(buttons);
    auto* layout = new QHBoxLayout(this);
    layout->addLayout(left, 1);
    layout->addLayout(right, 2);

    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < m_departments.size())
            show(m_departments.at(row));
    });
    connect(m_new, &QPushButton::clicked, this, [this] {
        m_list->clearSelection();
        show(Department{});
        setDirty(true);
        m_code->setFocus();
    });
    connect(save, &QPushButton::clicked, this, &DepartmentsPage::save);
    connect(m_delete, &QPushButton::clicked, this, &DepartmentsPage::remove);
    connect(discard, &QPushButton::clicked, this, [this] {
        show(m_current);
        setDepartments(m_departments);
    });
    for (QLineEdit* e : {m_code, m_nameZh, m_nameEn})
        connect(e, &QLineEdit::textEdited, this, [this] { setDirty(true); });
    connect(m_active, &QCheckBox::toggled, this, [this] {
        if (!m_loading)
            setDirty(true);
    });
}

void DepartmentsPage::setDepartments(const QVector<Department>& departments)
{
    m_departments = departments;
    const QSignalBlocker block(m_list);
    m_list->clear();
    int currentRow = -1;
    for (int i = 0; i < departments.size(); ++i) {
        const Department& d = departments.at(i);
        auto* item = new QListWidgetItem(QStringLiteral("%1  %2").arg(d.code, d.name()), m_list);
        if (!d.active) {
            item->setText(tr("%1 (deactivated)").arg(item->text()));
            item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
        }
        if (d.id == m_current.id)
            currentRow = i;
    }
    if (m_dirty)
        return; // keep what is typed
    if (currentRow < 0 && !departments.isEmpty())
        currentRow = 0;
    m_list->setCurrentRow(currentRow);
    if (currentRow >= 0)
        show(departments.at(currentRow));
}

void DepartmentsPage::show(const Department& d)
{
    m_loading = true;
    m_current = d;
    m_code->setText(d.code);
    m_nameZh->setText(d.nameZh);
    m_nameEn->setText(d.nameEn);
    m_active->setChecked(d.active);
    m_errors.clear();
    m_delete->setEnabled(!d.id.isEmpty());
    m_loading = false;
    setDirty(false);
}

Department DepartmentsPage::typed() const
{
    Department d = m_current;
    d.code = m_code->text();
    d.nameZh = m_nameZh->text();
    d.nameEn = m_nameEn->text();
    d.active = m_active->isChecked();
    return d;
}

void DepartmentsPage::setDirty(bool dirty)
{
    if (m_loading)
        return;
    m_dirty = dirty;
    m_list->setEnabled(!dirty);
    m_new->setEnabled(!dirty);
    if (dirty)
        FieldErrors::showBanner(m_banner,
                                tr("Unsaved changes: save or discard them before you open "
                                   "another department."),
                                FieldErrors::Tone::Info);
    else
        m_banner->clear();
}

bool DepartmentsPage::save()
{
    CatalogService catalog(m_services.context());
    const Department d = typed();
    auto problems = catalog.check(d);
    if (!problems) {
        FieldErrors::showBanner(m_banner, problems.message(), FieldErrors::Tone::Problem);
        return false;
    }
    if (!problems->isEmpty()) {
        m_errors.show(problems.value(), [](const FieldProblem& p) { return p.field; });
        FieldErrors::showBanner(m_banner,
                                tr("The department was not saved; the problems are shown next to "
                                   "the fields. What you typed is still here."),
                                FieldErrors::Tone::Problem);
        return false;
    }
    auto saved = catalog.saveDepartment(d);
    if (!saved) {
        FieldErrors::showBanner(
            m_banner, saved.message() + QLatin1Char(' ') + tr("What you typed is still here."),
            FieldErrors::Tone::Problem);
        return false;
    }
    m_current = saved.value();
    m_errors.clear();
    setDirty(false);
    emit departmentsChanged();
    FieldErrors::showBanner(m_banner, tr("Saved the department %1.").arg(saved->name()),
                            FieldErrors::Tone::Success);
    return true;
}

void DepartmentsPage::remove()
{
    if (m_current.id.isEmpty())
        return;
    const auto answer = QMessageBox::question(
        this, tr("Delete department"),
        tr("Delete the department %1? A department that matters or staff still refer to is "
           "deactivated instead.")
            .arg(m_current.name()));
    if (answer != QMessageBox::Yes)
        return;
    auto removed = CatalogService(m_services.context()).removeDepartment(m_current.id);
    if (!removed) {
        FieldErrors::showBanner(m_banner, removed.message(), FieldErrors::Tone::Problem);
        return;
    }
    const QString name = m_current.name();
    if (removed.value() == RemoveOutcome::Deleted)
        m_current = {};
    setDirty(false);
    emit departmentsChanged();
    FieldErrors::showBanner(m_banner,
                            removed.value() == RemoveOutcome::Deleted
                                ? tr("Deleted the department %1.").arg(name)
                                : tr("The department %1 is still referred to, so it was "
                                     "deactivated instead of deleted.")
                                      .arg(name),
                            FieldErrors::Tone::Success);
}

} // namespace civicdesk
