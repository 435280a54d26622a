#pragma once

// The form of one matter in the catalog editor: its general facts, required materials, fees
// and workflow template on four tabs. It holds what the administrator types until it is saved
// (or thrown away), and shows each broken rule under the field it is about.

#include "FieldErrors.h"
#include "catalog/CatalogTypes.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTabWidget;
class QTableWidget;

namespace civicdesk {

class WorkflowEditor;

class MatterForm : public QWidget {
    Q_OBJECT
public:
    explicit MatterForm(QWidget* parent = nullptr);

    void setDepartments(const QVector<Department>& departments);
    // Shows a matter; its ids are kept for saving.
    void setMatter(const Matter& matter);
    // The matter as typed.
    Matter matter() const;

    // Shows each problem next to its field (or on its table row) and turns to the first tab
    // that has one.
    void showProblems(const QVector<FieldProblem>& problems);
    void clearProblems();

    QTabWidget* tabs() const { return m_tabs; }
    WorkflowEditor* workflowEditor() const { return m_workflow; }
    QTableWidget* materialsTable() const { return m_materials; }
    QTableWidget* feesTable() const { return m_fees; }

    // Rows for tests and keyboard users: the same as the Add buttons.
    void addMaterialRow(const Material& material = {});
    void addFeeRow(const Fee& fee = {});

signals:
    void changed();

private:
    QWidget* createGeneralTab();
    QWidget* createMaterialsTab();
    QWidget* createFeesTab();
    void removeRow(QTableWidget* table);
    void moveMaterial(int delta);
    void markRows(QTableWidget* table, const QVector<FieldProblem>& problems);
    void fillDepartmentCombo();

    Matter m_base; // ids and what the form does not show
    QVector<Department> m_departments;

    QTabWidget* m_tabs = nullptr;
    QLineEdit* m_code = nullptr;
    QLineEdit* m_nameZh = nullptr;
    QLineEdit* m_nameEn = nullptr;
    QComboBox* m_department = nullptr;
    QComboBox* m_kind = nullptr;
    QSpinBox* m_statutory = nullptr;
    QSpinBox* m_promised = nullptr;
    QCheckBox* m_joint = nullptr;
    QPlainTextEdit* m_legalBasis = nullptr;
    QPlainTextEdit* m_conditions = nullptr;
    QCheckBox* m_active = nullptr;
    QCheckBox* m_noMaterials = nullptr;
    QTableWidget* m_materials = nullptr;
    QTableWidget* m_fees = nullptr;
    WorkflowEditor* m_workflow = nullptr;
    FieldErrors m_errors;
};

} // namespace civicdesk
