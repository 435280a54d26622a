#pragma once

// The administrator's editor of the service catalog (Administrative Licensing Law art. 30):
// the matters with their materials, fees and workflow template, and the departments. Every
// change goes through CatalogService, so it needs the permission to edit the catalog and is
// audited. A broken rule is shown next to its field, and nothing typed is lost on an error:
// the form keeps the draft until it is saved or discarded.

#include "FieldErrors.h"
#include "Result.h"
#include "catalog/CatalogTypes.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QTabWidget;

namespace civicdesk {

class DepartmentsPage;
class MatterForm;
class MatterListModel;
class Services;

class CatalogEditor : public QWidget {
    Q_OBJECT
public:
    explicit CatalogEditor(Services& services, QWidget* parent = nullptr);

    // Reads departments and matters again; what is being typed stays.
    Status reload();
    // Opens a matter by its code; false when there is none or a draft is unsaved.
    bool selectMatter(const QString& code);
    // Starts a new matter in the form.
    void newMatter();
    // Checks and saves the matter in the form; true when it was saved.
    bool save();
    void discard();
    bool isDirty() const { return m_dirty; }

    MatterForm* matterForm() const { return m_form; }
    DepartmentsPage* departmentsPage() const { return m_departmentsPage; }
    QString bannerText() const;

signals:
    // After any saved change, for the other panes that show the catalog.
    void catalogChanged();

private:
    QWidget* createMattersPage();
    void refilter();
    void openMatter(const QString& id);
    void setDirty(bool dirty);
    void banner(const QString& text, FieldErrors::Tone tone);
    void toggleActive();
    void removeMatter();
    void importCatalog();
    void exportCatalog();

    Services& m_services;
    QVector<Department> m_departments;
    QVector<MatterSummary> m_matters;
    QString m_currentId; // empty for a new matter
    bool m_dirty = false;

    QTabWidget* m_tabs = nullptr;
    QLineEdit* m_filter = nullptr;
    QCheckBox* m_showInactive = nullptr;
    QListView* m_list = nullptr;
    MatterListModel* m_model = nullptr;
    QPushButton* m_new = nullptr;
    QPushButton* m_toggleActive = nullptr;
    QPushButton* m_delete = nullptr;
    QPushButton* m_import = nullptr;
    QLabel* m_title = nullptr;
    MatterForm* m_form = nullptr;
    QLabel* m_banner = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_discard = nullptr;
    DepartmentsPage* m_departmentsPage = nullptr;
};

} // namespace civicdesk
