#pragma once

// The departments of the center in the catalog editor: add, rename, reorder by code,
// deactivate; a department that matters or staff still refer to is never deleted.

#include "FieldErrors.h"
#include "catalog/CatalogTypes.h"

#include <QWidget>

class QCheckBox;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace civicdesk {

class Services;

class DepartmentsPage : public QWidget {
    Q_OBJECT
public:
    explicit DepartmentsPage(Services& services, QWidget* parent = nullptr);

    void setDepartments(const QVector<Department>& departments);
    bool isDirty() const { return m_dirty; }
    bool save();

signals:
    // After a department was saved or removed: the editor reloads the catalog.
    void departmentsChanged();

private:
    void show(const Department& d);
    Department typed() const;
    void setDirty(bool dirty);
    void remove();

    Services& m_services;
    QVector<Department> m_departments;
    Department m_current;
    bool m_dirty = false;
    bool m_loading = false;

    QListWidget* m_list = nullptr;
    QLineEdit* m_code = nullptr;
    QLineEdit* m_nameZh = nullptr;
    QLineEdit* m_nameEn = nullptr;
    QCheckBox* m_active = nullptr;
    QPushButton* m_new = nullptr;
    QPushButton* m_delete = nullptr;
    QLabel* m_banner = nullptr;
    FieldErrors m_errors;
};

} // namespace civicdesk
