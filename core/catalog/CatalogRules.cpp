#include "CatalogRules.h"

#include <QRegularExpression>
#include <QSet>

namespace civicdesk {

QString FieldProblem::path() const
{
    if (list.isEmpty())
        return field;
    QString p = QStringLiteral("%1[%2]").arg(list).arg(index);
    if (step >= 0)
        p += QStringLiteral(".steps[%1]").arg(step);
    if (!field.isEmpty())
        p += QLatin1Char('.') + field;
    return p;
}

namespace {

QString named(const QString& label, const QString& name)
{
    return name.isEmpty() ? label : QStringLiteral("%1 (%2)").arg(label, name);
}

bool validCode(const QString& code, int maxLength)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Z0-9][A-Z0-9._-]*$"));
    return code.size() <= maxLength && pattern.match(code).hasMatch();
}

} // namespace

QVector<FieldProblem> CatalogRules::checkMatter(const Matter& m,
                                                const QHash<QString, Department>& departments)
{
    QVector<FieldProblem> problems;
    auto add = [&](const QString& field, const QString& message) {
        problems.push_back({QString(), -1, -1, field, message});
    };
    auto addItem = [&](const QString& list, int index, int step, const QString& field,
                       const QString& message) {
        problems.push_back({list, index, step, field, message});
    };
    // A department a matter or a step is given must exist and, for a matter in use, be active.
    auto departmentProblem = [&](const QString& id) -> QString {
        if (!departments.contains(id))
            return tr("there is no such department (%1).").arg(id);
        const Department& d = departments.value(id);
        if (m.active && !d.active)
            return tr("the department %1 is deactivated; choose an active one.").arg(d.name());
        return {};
    };

    if (m.code.isEmpty())
        add(QStringLiteral("code"), tr("Give the matter a code, as in the published catalog."));
    else if (!validCode(m.code, 40))
        add(QStringLiteral("code"), tr("The code \"%1\" may hold only letters, digits, \"-\", "
                                       "\"_\" and \".\" (at most 40).")
                                        .arg(m.code));
    if (m.nameZh.isEmpty())
        add(QStringLiteral("name_zh"), tr("Give the matter its Chinese name."));
    if (m.departmentId.isEmpty()) {
        add(QStringLiteral("department"), tr("Choose the department responsible for the matter."));
    } else {
        const QString p = departmentProblem(m.departmentId);
        if (!p.isEmpty())
            add(QStringLiteral("department"), tr("The responsible department: %1").arg(p));
    }

    const bool statutoryOk = m.statutoryDays >= 0 && m.statutoryDays <= kMaxDays;
    if (!statutoryOk)
        add(QStringLiteral("statutory_days"),
            tr("The statutory time limit must be 0 to %1 working days (0: decided on the spot).")
                .arg(kMaxDays));
    if (m.promisedDays < 0 || m.promisedDays > kMaxDays)
        add(QStringLiteral("promised_days"),
            tr("The promised time limit must be 0 to %1 working days (0: done on the spot).")
                .arg(kMaxDays));
    else if (statutoryOk && m.promisedDays > m.statutoryDays)
        add(QStringLiteral("promised_days"),
            tr("The promised time limit (%1) is longer than the statutory one (%2). Promise no "
               "more than the law allows.")
                .arg(CatalogNames::workingDays(m.promisedDays),
                     CatalogNames::workingDays(m.statutoryDays)));

    // Materials.
    if (m.materials.isEmpty() && !m.noMaterials)
        add(QStringLiteral("materials"),
            tr("List at least one required material, or mark the matter as needing none."));
    if (!m.materials.isEmpty() && m.noMaterials)
        add(QStringLiteral("no_materials"), tr("The matter is marked as needing no materials, but "
                                               "lists %n material(s); remove them or take "
                                               "the mark away.",
                                               nullptr, int(m.materials.size())));
    QHash<QString, int> materialNames;
    for (int i = 0; i < m.materials.size(); ++i) {
        const Material& mat = m.materials.at(i);
        const QString label = named(tr("Material %1").arg(i + 1), mat.name());
        const QString list = QStringLiteral("materials");
        if (mat.nameZh.isEmpty())
            addItem(list, i, -1, QStringLiteral("name_zh"),
                    tr("%1 has no Chinese name.").arg(label));
        else if (materialNames.contains(mat.nameZh))
            addItem(list, i, -1, QStringLiteral("name_zh"),
                    tr("%1 repeats material %2; list each material once.")
                        .arg(label)
                        .arg(materialNames.value(mat.nameZh) + 1));
        else
            materialNames.insert(mat.nameZh, i);
        if (mat.copies < 1 || mat.copies > kMaxCopies)
            addItem(list, i, -1, QStringLiteral("copies"),
                    tr("%1: the number of copies must be 1 to %2.").arg(label).arg(kMaxCopies));
    }

    // Fees (art. 58-59).
    for (int i = 0; i < m.fees.size(); ++i) {
        const Fee& fee = m.fees.at(i);
        const QString label = named(tr("Fee %1").arg(i + 1), fee.name());
        const QString list = QStringLiteral("fees");
        if (fee.nameZh.isEmpty())
            addItem(list, i, -1, QStringLiteral("name_zh"), tr("%1 has no name.").arg(label));
        if (fee.amountFen <= 0)
            addItem(list, i, -1, QStringLiteral("amount_fen"),
                    tr("%1: the amount must be more than %2. A matter that is free lists no fee.")
                        .arg(label, CatalogNames::money(0)));
        if (fee.legalBasis.isEmpty())
            addItem(list, i, -1, QStringLiteral("legal_basis"),
                    tr("%1 has no legal basis. No fee may be charged without one (Administrative "
                       "Licensing Law art. 59): name the law or the pricing document.")
                        .arg(label));
    }

    // The workflow template.
    const WorkflowTemplate& wf = m.workflow;
    if (wf.stages.isEmpty())
        add(QStringLiteral("workflow"),
            tr("The workflow needs at least one stage (usually acceptance, review, decision, "
               "certificate and handover)."));
    int limitSum = 0;
    bool departmentsSideBySide = false;
    for (int i = 0; i < wf.stages.size(); ++i) {
        const WorkflowStage& stage = wf.stages.at(i);
        const QString label = named(tr("Stage %1").arg(i + 1), stage.name());
        const QString list = QStringLiteral("workflow");
        if (stage.nameZh.isEmpty())
            addItem(list, i, -1, QStringLiteral("name_zh"),
                    tr("%1 has no Chinese name.").arg(label));
        if (stage.steps.isEmpty())
            addItem(list, i, -1, QStringLiteral("steps"),
                    tr("%1 has no step: add the department that works it, or remove the stage.")
                        .arg(label));
        QSet<QString> stageDepartments;
        for (int j = 0; j < stage.steps.size(); ++j) {
            const WorkflowStep& step = stage.steps.at(j);
            const QString stepLabel = tr("%1, step %2").arg(label).arg(j + 1);
            if (step.departmentId.isEmpty()) {
                addItem(list, i, j, QStringLiteral("department"),
                        tr("%1: choose the department that works this step.").arg(stepLabel));
            } else {
                stageDepartments.insert(step.departmentId);
                const QString p = departmentProblem(step.departmentId);
                if (!p.isEmpty())
                    addItem(list, i, j, QStringLiteral("department"),
                            tr("%1: %2").arg(stepLabel, p));
            }
            if (step.timeLimitDays && (*step.timeLimitDays < 0 || *step.timeLimitDays > kMaxDays))
                addItem(list, i, j, QStringLiteral("days"),
                        tr("%1: the time limit must be 0 to %2 working days, or none.")
                            .arg(stepLabel)
                            .arg(kMaxDays));
        }
        if (stage.isParallel()) {
            if (stage.leadDepartmentId.isEmpty())
                addItem(list, i, -1, QStringLiteral("lead"),
                        tr("%1 runs %2 steps side by side: choose the lead department that "
                           "coordinates them (art. 26).")
                            .arg(label)
                            .arg(stage.steps.size()));
            else if (!stageDepartments.contains(stage.leadDepartmentId))
                addItem(list, i, -1, QStringLiteral("lead"),
                        tr("%1: the lead department must be one of the departments with a step "
                           "in this stage.")
                            .arg(label));
            if (stageDepartments.size() > 1)
                departmentsSideBySide = true;
        }
        if (const auto days = stage.timeLimitDays())
            limitSum += qMax(0, *days);
    }
    if (departmentsSideBySide && !m.jointHandling)
        add(QStringLiteral("joint"),
            tr("Departments work side by side in the workflow: mark the matter for joint "
               "handling (art. 26)."));
    if (m.jointHandling && !wf.stages.isEmpty() && wf.departmentIds().size() < 2)
        add(QStringLiteral("joint"),
            tr("The matter is marked for joint handling, but only one department has steps in "
               "its workflow: add the other departments' steps or take the mark away."));
    if (m.promisedDays >= 0 && limitSum > m.promisedDays)
        add(QStringLiteral("workflow"),
            tr("The stages' own time limits add up to %1, more than the promised %2: shorten "
               "them or promise more.")
                .arg(CatalogNames::workingDays(limitSum),
                     CatalogNames::workingDays(m.promisedDays)));
    return problems;
}

QVector<FieldProblem> CatalogRules::checkDepartment(const Department& d)
{
    QVector<FieldProblem> problems;
    if (d.code.isEmpty())
        problems.push_back({{},
                            -1,
                            -1,
                            QStringLiteral("code"),
                            tr("Give the department a short code, such as GA or SJ.")});
    else if (!validCode(d.code, 10))
        problems.push_back({{},
                            -1,
                            -1,
                            QStringLiteral("code"),
                            tr("The department code \"%1\" may hold only letters, digits, \"-\", "
                               "\"_\" and \".\" (at most 10).")
                                .arg(d.code)});
    if (d.nameZh.isEmpty())
        problems.push_back(
            {{}, -1, -1, QStringLiteral("name_zh"), tr("Give the department its Chinese name.")});
    return problems;
}

Matter CatalogRules::normalized(Matter m)
{
    m.code = m.code.trimmed().toUpper();
    m.nameZh = m.nameZh.trimmed();
    m.nameEn = m.nameEn.trimmed();
    m.legalBasis = m.legalBasis.trimmed();
    m.conditions = m.conditions.trimmed();
    for (Material& mat : m.materials) {
        mat.nameZh = mat.nameZh.trimmed();
        mat.nameEn = mat.nameEn.trimmed();
        mat.standard = mat.standard.trimmed();
    }
    for (Fee& fee : m.fees) {
        fee.nameZh = fee.nameZh.trimmed();
        fee.nameEn = fee.nameEn.trimmed();
        fee.legalBasis = fee.legalBasis.trimmed();
    }
    for (WorkflowStage& stage : m.workflow.stages) {
        stage.nameZh = stage.nameZh.trimmed();
        stage.nameEn = stage.nameEn.trimmed();
        if (!stage.isParallel())
            stage.leadDepartmentId.clear();
        for (WorkflowStep& step : stage.steps) {
            step.nameZh = step.nameZh.trimmed();
            step.nameEn = step.nameEn.trimmed();
        }
    }
    return m;
}

Department CatalogRules::normalized(Department d)
{
    d.code = d.code.trimmed().toUpper();
    d.nameZh = d.nameZh.trimmed();
    d.nameEn = d.nameEn.trimmed();
    return d;
}

QString CatalogRules::summary(const QVector<FieldProblem>& problems)
{
    if (problems.isEmpty())
        return {};
    if (problems.size() == 1)
        return problems.first().message;
    return tr("%1 (and %n more problem(s))", nullptr, int(problems.size() - 1))
        .arg(problems.first().message);
}

} // namespace civicdesk
