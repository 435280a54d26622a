#include "WorkflowEditor.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace civicdesk {

namespace {

constexpr int StageRole = Qt::UserRole;
constexpr int StepRole = Qt::UserRole + 1;

// A field with its error label right under it.

} // namespace

WorkflowEditor::WorkflowEditor(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("workflowEditor"));
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("workflowTree"));
    m_tree->setHeaderLabels({tr("Stage / step"), tr("Department"), tr("Time limit")});
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);

    auto button = [this](const QString& text, const QString& name) {
        auto* b = new QPushButton(text, this);
        b->setObjectName(name);
        return b;
    };
    QPushButton* addStageButton = button(tr("Add &stage"), QStringLiteral("addStage"));
    m_addStep = button(tr("Add step side &by side"), QStringLiteral("addStep"));
    m_remove = button(tr("&Remove"), QStringLiteral("removeWorkflowItem"));
    m_up = button(tr("Move &up"), QStringLiteral("moveWorkflowUp"));
    m_down = button(tr("Move do&wn"), QStringLiteral("moveWorkflowDown"));
    m_addStep->setToolTip(tr("Adds a step to the chosen stage that runs at the same time as its "
                             "other steps: joint approval by several departments."));

    m_listErrors = new QLabel(this);
    m_listErrors->setObjectName(QStringLiteral("error_workflow"));
    m_listErrors->setWordWrap(true);
    m_listErrors->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    m_listErrors->setVisible(false);

    // The panel that edits the chosen stage or step.
    m_detail = new QStackedWidget(this);
    auto* nothing =
        new QLabel(tr("Choose a stage or a step in the list, or add a stage."), m_detail);
    nothing->setWordWrap(true);
    nothing->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_detail->addWidget(nothing);

    auto* stagePage = new QWidget(m_detail);
    auto* stageForm = new QFormLayout(stagePage);
    m_stageKind = new QComboBox(stagePage);
    m_stageKind->setObjectName(QStringLiteral("stageKind"));
    for (StageKind k : CatalogNames::stageKinds())
        m_stageKind->addItem(CatalogNames::name(k), int(k));
    m_stageNameZh = new QLineEdit(stagePage);
    m_stageNameZh->setObjectName(QStringLiteral("stageNameZh"));
    m_stageNameEn = new QLineEdit(stagePage);
    m_stageNameEn->setObjectName(QStringLiteral("stageNameEn"));
    m_lead = new QComboBox(stagePage);
    m_lead->setObjectName(QStringLiteral("stageLead"));
    stageForm->addRow(tr("&Kind:"), m_stageKind);
    stageForm->addRow(tr("Name (&Chinese):"),
                      m_stageErrors.withLabel(m_stageNameZh, QStringLiteral("name_zh"), stagePage));
    stageForm->addRow(tr("Name (&English):"), m_stageNameEn);
    stageForm->addRow(tr("&Lead department:"),
                      m_stageErrors.withLabel(m_lead, QStringLiteral("lead"), stagePage));
    auto* stageHint = new QLabel(tr("The steps of one stage run side by side. The lead department "
                                    "coordinates them and hands the case on when all are done."),
                                 stagePage);
    stageHint->setWordWrap(true);
    stageForm->addRow(stageHint);
    stageForm->addRow(m_stageErrors.add(QStringLiteral("steps"), stagePage));
    m_detail->addWidget(stagePage);

    auto* stepPage = new QWidget(m_detail);
    auto* stepForm = new QFormLayout(stepPage);
    m_stepNameZh = new QLineEdit(stepPage);
    m_stepNameZh->setObjectName(QStringLiteral("stepNameZh"));
    m_stepNameZh->setPlaceholderText(tr("as the stage"));
    m_stepNameEn = new QLineEdit(stepPage);
    m_stepNameEn->setObjectName(QStringLiteral("stepNameEn"));
    m_stepNameEn->setPlaceholderText(tr("as the stage"));
    m_stepDepartment = new QComboBox(stepPage);
    m_stepDepartment->setObjectName(QStringLiteral("stepDepartment"));
    m_stepDays = new QSpinBox(stepPage);
    m_stepDays->setObjectName(QStringLiteral("stepDays"));
    m_stepDays->setRange(-1, 365);
    m_stepDays->setSpecialValueText(tr("no limit of its own"));
    m_stepDays->setSuffix(tr(" working days"));
    stepForm->addRow(tr("Name (&Chinese):"), m_stepNameZh);
    stepForm->addRow(tr("Name (&English):"), m_stepNameEn);
    stepForm->addRow(
        tr("&Department:"),
        m_stepErrors.withLabel(m_stepDepartment, QStringLiteral("department"), stepPage));
    stepForm->addRow(tr("&Time limit:"),
                     m_stepErrors.withLabel(m_stepDays, QStringLiteral("days"), stepPage));
    m_detail->addWidget(stepPage);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(addStageButton);
    buttons->addWidget(m_addStep);
    buttons->addWidget(m_remove);
    buttons->addWidget(m_up);
    buttons->addWidget(m_down);
    buttons->addStretch(1);

    auto* top = new QHBoxLayout;
    top->addWidget(m_tree, 3);
    top->addWidget(m_detail, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top, 1);
    layout->addWidget(m_listErrors);
    layout->addLayout(buttons);

    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this] {
        showDetail();
        updateButtons();
    });
    connect(addStageButton, &QPushButton::clicked, this, &WorkflowEditor::addStage);
    connect(m_addStep, &QPushButton::clicked, this, &WorkflowEditor::addStep);
    connect(m_remove, &QPushButton::clicked, this, &WorkflowEditor::removeCurrent);
    connect(m_up, &QPushButton::clicked, this, [this] { moveCurrent(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveCurrent(1); });
    for (QLineEdit* e : {m_stageNameZh, m_stageNameEn})
        connect(e, &QLineEdit::textEdited, this, &WorkflowEditor::stageEdited);
    connect(m_stageKind, qOverload<int>(&QComboBox::currentIndexChanged), this,
            &WorkflowEditor::stageEdited);
    connect(m_lead, qOverload<int>(&QComboBox::currentIndexChanged), this,
            &WorkflowEditor::stageEdited);
    for (QLineEdit* e : {m_stepNameZh, m_stepNameEn})
        connect(e, &QLineEdit::textEdited, this, &WorkflowEditor::stepEdited);
    connect(m_stepDepartment, qOverload<int>(&QComboBox::currentIndexChanged), this,
            &WorkflowEditor::stepEdited);
    connect(m_stepDays, qOverload<int>(&QSpinBox::valueChanged), this, &WorkflowEditor::stepEdited);
    updateButtons();
}

void WorkflowEditor::setDepartments(const QVector<Department>& departments)
{
    m_departments = departments;
    m_loading = true;
    m_stepDepartment->clear();
    m_stepDepartment->addItem(tr("(choose a department)"), QString());
    for (const Department& d : departments) {
        m_stepDepartment->addItem(d.active ? d.name() : tr("%1 (deactivated)").arg(d.name()), d.id);
    }
    m_loading = false;
    rebuildTree(currentPosition().first, currentPosition().second);
}

void WorkflowEditor::setWorkflow(const WorkflowTemplate& workflow)
{
    m_workflow = workflow;
    m_problems.clear();
    rebuildTree(workflow.stages.isEmpty() ? -1 : 0, -1);
}

QString WorkflowEditor::departmentName(const QString& id) const
{
    for (const Department& d : m_departments) {
        if (d.id == id)
            return d.name();
    }
    return id.isEmpty() ? tr("(no department)") : id;
}

QString WorkflowEditor::limitText(const std::optional<int>& days) const
{
    return days ? CatalogNames::workingDays(*days) : QString();
}

void WorkflowEditor::rebuildTree(int selectStage, int selectStep)
{
    m_loading = true;
    m_tree->clear();
    for (int i = 0; i < m_workflow.stages.size(); ++i) {
        auto* stageItem = new QTreeWidgetItem(m_tree);
        stageItem->setData(0, StageRole, i);
        stageItem->setData(0, StepRole, -1);
        for (int j = 0; j < m_workflow.stages.at(i).steps.size(); ++j) {
            auto* stepItem = new QTreeWidgetItem(stageItem);
            stepItem->setData(0, StageRole, i);
            stepItem->setData(0, StepRole, j);
            refreshItem(i, j);
        }
        refreshItem(i, -1);
        stageItem->setExpanded(true);
    }
    m_loading = false;
    select(selectStage, selectStep);
    showDetail();
    updateButtons();
}

void WorkflowEditor::refreshItem(int stage, int step)
{
    QTreeWidgetItem* stageItem = m_tree->topLevelItem(stage);
    if (!stageItem)
        return;
    QTreeWidgetItem* item = step < 0 ? stageItem : stageItem->child(step);
    if (!item)
        return;
    const WorkflowStage& s = m_workflow.stages.at(stage);
    if (step < 0) {
        item->setText(0, QStringLiteral("%1. %2").arg(stage + 1).arg(
                             s.name().isEmpty() ? CatalogNames::name(s.kind) : s.name()));
        if (s.isParallel())
            item->setText(1, tr("%1 side by side, lead: %2")
                                 .arg(s.steps.size())
                                 .arg(s.leadDepartmentId.isEmpty()
                                          ? tr("none")
                                          : departmentName(s.leadDepartmentId)));
        else
            item->setText(1, s.steps.isEmpty() ? tr("(no step)")
                                               : departmentName(s.steps.first().departmentId));
        item->setText(2, limitText(s.timeLimitDays()));
        QFont bold = item->font(0);
        bold.setBold(true);
        item->setFont(0, bold);
    } else {
        const WorkflowStep& st = s.steps.at(step);
        const QString name = localizedName(st.nameZh, st.nameEn);
        item->setText(0, !name.isEmpty()  ? name
                         : s.isParallel() ? tr("step %1").arg(step + 1)
                                          : s.name());
        item->setText(1, departmentName(st.departmentId));
        item->setText(2, limitText(st.timeLimitDays));
    }
    // Problems: the row turns red and its tooltip says why.
    QStringList messages;
    for (const FieldProblem& p : m_problems) {
        if (p.index == stage && p.step == step)
            messages << p.message;
    }
    for (int c = 0; c < 3; ++c) {
        item->setBackground(c,
                            messages.isEmpty() ? QBrush() : QBrush(FieldErrors::problemColour()));
        item->setToolTip(c, messages.join(QLatin1Char('\n')));
    }
}

QPair<int, int> WorkflowEditor::currentPosition() const
{
    const QTreeWidgetItem* item = m_tree->currentItem();
    if (!item)
        return {-1, -1};
    return {item->data(0, StageRole).toInt(), item->data(0, StepRole).toInt()};
}

void WorkflowEditor::select(int stage, int step)
{
    QTreeWidgetItem* item = m_tree->topLevelItem(stage);
    if (item && step >= 0)
        item = item->child(step);
    m_tree->setCurrentItem(item);
}

void WorkflowEditor::fillLeadCombo(const WorkflowStage& stage)
{
    m_lead->clear();
    if (!stage.isParallel()) {
        m_lead->addItem(tr("(only for steps side by side)"), QString());
        m_lead->setEnabled(false);
        return;
    }
    m_lead->setEnabled(true);
    m_lead->addItem(tr("(choose the lead department)"), QString());
    QStringList seen;
    for (const WorkflowStep& step : stage.steps) {
        if (step.departmentId.isEmpty() || seen.contains(step.departmentId))
            continue;
        seen << step.departmentId;
        m_lead->addItem(departmentName(step.departmentId), step.departmentId);
    }
    const int at = m_lead->findData(stage.leadDepartmentId);
    m_lead->setCurrentIndex(at < 0 ? 0 : at);
}

void WorkflowEditor::showDetail()
{
    const auto [stage, step] = currentPosition();
    m_loading = true;
    m_stageErrors.clear();
    m_stepErrors.clear();
    if (stage < 0 || stage >= m_workflow.stages.size()) {
        m_detail->setCurrentIndex(0);
    } else if (step < 0) {
        const WorkflowStage& s = m_workflow.stages.at(stage);
        m_stageKind->setCurrentIndex(m_stageKind->findData(int(s.kind)));
        m_stageNameZh->setText(s.nameZh);
        m_stageNameEn->setText(s.nameEn);
        fillLeadCombo(s);
        QVector<FieldProblem> mine;
        for (const FieldProblem& p : m_problems) {
            if (p.index == stage && p.step < 0)
                mine << p;
        }
        m_stageErrors.show(mine, [](const FieldProblem& p) { return p.field; });
        m_detail->setCurrentIndex(1);
    } else {
        const WorkflowStep& s = m_workflow.stages.at(stage).steps.at(step);
        m_stepNameZh->setText(s.nameZh);
        m_stepNameEn->setText(s.nameEn);
        const int at = m_stepDepartment->findData(s.departmentId);
        m_stepDepartment->setCurrentIndex(at < 0 ? 0 : at);
        m_stepDays->setValue(s.timeLimitDays.value_or(-1));
        QVector<FieldProblem> mine;
        for (const FieldProblem& p : m_problems) {
            if (p.index == stage && p.step == step)
                mine << p;
        }
        m_stepErrors.show(mine, [](const FieldProblem& p) { return p.field; });
        m_detail->setCurrentIndex(2);
    }
    m_loading = false;
}

void WorkflowEditor::stageEdited()
{
    const auto [stage, step] = currentPosition();
    if (m_loading || stage < 0 || step >= 0)
        return;
    WorkflowStage& s = m_workflow.stages[stage];
    const auto kind = StageKind(m_stageKind->currentData().toInt());
    if (kind != s.kind) {
        // Names that were the old kind's usual ones follow the kind.
        const auto oldNames = CatalogNames::defaultStageNames(s.kind);
        const auto newNames = CatalogNames::defaultStageNames(kind);
        m_loading = true;
        if (m_stageNameZh->text().trimmed().isEmpty() || m_stageNameZh->text() == oldNames.first)
            m_stageNameZh->setText(newNames.first);
        if (m_stageNameEn->text().trimmed().isEmpty() || m_stageNameEn->text() == oldNames.second)
            m_stageNameEn->setText(newNames.second);
        m_loading = false;
        s.kind = kind;
    }
    s.nameZh = m_stageNameZh->text();
    s.nameEn = m_stageNameEn->text();
    if (s.isParallel())
        s.leadDepartmentId = m_lead->currentData().toString();
    refreshItem(stage, -1);
    emit changed();
}

void WorkflowEditor::stepEdited()
{
    const auto [stage, step] = currentPosition();
    if (m_loading || stage < 0 || step < 0)
        return;
    WorkflowStep& s = m_workflow.stages[stage].steps[step];
    s.nameZh = m_stepNameZh->text();
    s.nameEn = m_stepNameEn->text();
    s.departmentId = m_stepDepartment->currentData().toString();
    s.timeLimitDays =
        m_stepDays->value() < 0 ? std::nullopt : std::optional<int>(m_stepDays->value());
    refreshItem(stage, step);
    refreshItem(stage, -1);
    emit changed();
}

void WorkflowEditor::addStage()
{
    const int after = currentPosition().first;
    const int at = after < 0 ? int(m_workflow.stages.size()) : after + 1;
    WorkflowStage stage;
    stage.kind = m_workflow.stages.isEmpty() ? StageKind::Acceptance : StageKind::Review;
    const auto names = CatalogNames::defaultStageNames(stage.kind);
    stage.nameZh = names.first;
    stage.nameEn = names.second;
    stage.steps.push_back({{}, {}, {}, m_defaultDepartment, std::nullopt});
    m_workflow.stages.insert(at, stage);
    m_problems.clear();
    rebuildTree(at, -1);
    m_stageKind->setFocus();
    emit changed();
}

void WorkflowEditor::addStep()
{
    const int stage = currentPosition().first;
    if (stage < 0)
        return;
    WorkflowStage& s = m_workflow.stages[stage];
    s.steps.push_back({{}, {}, {}, QString(), std::nullopt});
    m_problems.clear();
    rebuildTree(stage, int(s.steps.size()) - 1);
    m_stepDepartment->setFocus();
    emit changed();
}

void WorkflowEditor::removeCurrent()
{
    const auto [stage, step] = currentPosition();
    if (stage < 0)
        return;
    if (step < 0) {
        m_workflow.stages.removeAt(stage);
        m_problems.clear();
        rebuildTree(qMin(stage, int(m_workflow.stages.size()) - 1), -1);
    } else {
        WorkflowStage& s = m_workflow.stages[stage];
        s.steps.removeAt(step);
        if (!s.isParallel())
            s.leadDepartmentId.clear();
        m_problems.clear();
        rebuildTree(stage, s.steps.isEmpty() ? -1 : qMin(step, int(s.steps.size()) - 1));
    }
    emit changed();
}

void WorkflowEditor::moveCurrent(int delta)
{
    const auto [stage, step] = currentPosition();
    if (stage < 0)
        return;
    if (step < 0) {
        const int to = stage + delta;
        if (to < 0 || to >= m_workflow.stages.size())
            return;
        m_workflow.stages.move(stage, to);
        m_problems.clear();
        rebuildTree(to, -1);
    } else {
        QVector<WorkflowStep>& steps = m_workflow.stages[stage].steps;
        const int to = step + delta;
        if (to < 0 || to >= steps.size())
            return;
        steps.move(step, to);
        m_problems.clear();
        rebuildTree(stage, to);
    }
    emit changed();
}

void WorkflowEditor::updateButtons()
{
    const auto [stage, step] = currentPosition();
    const bool any = stage >= 0;
    m_addStep->setEnabled(any);
    m_remove->setEnabled(any);
    const int count = !any       ? 0
                      : step < 0 ? int(m_workflow.stages.size())
                                 : int(m_workflow.stages.at(stage).steps.size());
    const int at = step < 0 ? stage : step;
    m_up->setEnabled(any && at > 0);
    m_down->setEnabled(any && at < count - 1);
}

void WorkflowEditor::showProblems(const QVector<FieldProblem>& problems)
{
    m_problems.clear();
    QStringList messages;
    for (const FieldProblem& p : problems) {
        if (p.list == QLatin1String("workflow") || p.field == QLatin1String("workflow")) {
            m_problems << p;
            messages << p.message;
        }
    }
    FieldErrors::setText(m_listErrors, messages);
    for (int i = 0; i < m_workflow.stages.size(); ++i) {
        refreshItem(i, -1);
        for (int j = 0; j < m_workflow.stages.at(i).steps.size(); ++j)
            refreshItem(i, j);
    }
    showDetail();
}

} // namespace civicdesk
