#pragma once

// Editing a matter's workflow template: stages in order, each with one step or several steps
// side by side (joint approval across departments, art. 26) and a lead department. A tree
// shows the template; the panel beside it edits the stage or step chosen in the tree.

#include "FieldErrors.h"
#include "catalog/CatalogTypes.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace civicdesk {

class WorkflowEditor : public QWidget {
    Q_OBJECT
public:
    explicit WorkflowEditor(QWidget* parent = nullptr);

    void setDepartments(const QVector<Department>& departments);
    // The department a new step gets until another is chosen.
    void setDefaultDepartment(const QString& departmentId) { m_defaultDepartment = departmentId; }
    void setWorkflow(const WorkflowTemplate& workflow);
    const WorkflowTemplate& workflow() const { return m_workflow; }

    // Shows the problems of the "workflow" list: on the tree, and beside the fields of the
    // stage or step they are about.
    void showProblems(const QVector<FieldProblem>& problems);

    // Selects a stage (step -1) or a step of it in the tree.
    void select(int stage, int step = -1);

    // Edits for tests and keyboard users: the same as the buttons.
    void addStage();
    void addStep();
    void removeCurrent();
    void moveCurrent(int delta);

signals:
    void changed();

private:
    QPair<int, int> currentPosition() const; // (stage, step); step -1 for a stage; (-1, -1)
    void rebuildTree(int selectStage, int selectStep);
    void refreshItem(int stage, int step);
    void showDetail();
    void fillLeadCombo(const WorkflowStage& stage);
    void stageEdited();
    void stepEdited();
    void updateButtons();
    QString departmentName(const QString& id) const;
    QString limitText(const std::optional<int>& days) const;

    WorkflowTemplate m_workflow;
    QVector<Department> m_departments;
    QString m_defaultDepartment;
    QVector<FieldProblem> m_problems;
    bool m_loading = false;

    QTreeWidget* m_tree = nullptr;
    QStackedWidget* m_detail = nullptr;
    QComboBox* m_stageKind = nullptr;
    QLineEdit* m_stageNameZh = nullptr;
    QLineEdit* m_stageNameEn = nullptr;
    QComboBox* m_lead = nullptr;
    QLineEdit* m_stepNameZh = nullptr;
    QLineEdit* m_stepNameEn = nullptr;
    QComboBox* m_stepDepartment = nullptr;
    QSpinBox* m_stepDays = nullptr;
    QPushButton* m_addStep = nullptr;
    QPushButton* m_remove = nullptr;
    QPushButton* m_up = nullptr;
    QPushButton* m_down = nullptr;
    QLabel* m_listErrors = nullptr;
    FieldErrors m_stageErrors;
    FieldErrors m_stepErrors;
};

} // namespace civicdesk
