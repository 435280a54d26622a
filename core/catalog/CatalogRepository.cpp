#include "CatalogRepository.h"

#include "Clock.h"
#include "MatterSearch.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QSet>

namespace civicdesk {

namespace {

QVariant optionalInt(const std::optional<int>& v)
{
    return v ? QVariant(*v) : QVariant();
}

QVariant nullIfEmpty(const QString& s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

// Text columns are NOT NULL, and a QString that was never set binds as NULL: bind "" instead.
QVariantList bindable(QVariantList values)
{
    for (QVariant& v : values) {
        if (v.typeId() == QMetaType::QString && v.toString().isNull())
            v = QString(QLatin1String(""));
    }
    return values;
}

Department departmentFrom(const QSqlQuery& q)
{
    Department d;
    d.id = q.value(0).toString();
    d.code = q.value(1).toString();
    d.nameZh = q.value(2).toString();
    d.nameEn = q.value(3).toString();
    d.active = q.value(4).toInt() != 0;
    d.sortOrder = q.value(5).toInt();
    return d;
}

const char* const kDepartmentColumns = "id, code, name_zh, name_en, active, sort_order";

// Deletes a row unless another table still refers to it; then runs `instead`. The database's
// foreign keys answer the question, so that tables added later (cases) need no change here. A
// savepoint keeps the refused DELETE from spoiling the transaction on PostgreSQL.
Result<RemoveOutcome> deleteOrElse(Transaction& tx, const QString& deleteSql, const QString& id,
                                   const std::function<Status()>& instead)
{
    CIVICDESK_TRY(tx.exec(QStringLiteral("SAVEPOINT catalog_remove")).status());
    auto deleted = tx.exec(deleteSql, {id});
    if (deleted) {
        CIVICDESK_TRY(tx.exec(QStringLiteral("RELEASE SAVEPOINT catalog_remove")).status());
        return RemoveOutcome::Deleted;
    }
    if (deleted.kind() != ErrorKind::Conflict)
        return deleted.error();
    CIVICDESK_TRY(tx.exec(QStringLiteral("ROLLBACK TO SAVEPOINT catalog_remove")).status());
    CIVICDESK_TRY(tx.exec(QStringLiteral("RELEASE SAVEPOINT catalog_remove")).status());
    CIVICDESK_TRY(instead());
    return RemoveOutcome::Deactivated;
}

// Gives every item without an id a new one; ids already given stay.
template <typename Item> void fillIds(QVector<Item>& items)
{
    for (Item& item : items) {
        if (item.id.isEmpty())
            item.id = newId();
    }
}

// Removes the rows of `table` under `parentColumn` = parentId whose id is not kept.
Status deleteOthers(Transaction& tx, const QString& table, const QString& parentColumn,
                    const QString& parentId, const QStringList& kept)
{
    auto q = tx.exec(QStringLiteral("SELECT id FROM %1 WHERE %2 = ?").arg(table, parentColumn),
                     {parentId});
    if (!q)
        return q.error();
    QStringList gone;
    while (q.value().next()) {
        const QString id = q.value().value(0).toString();
        if (!kept.contains(id))
            gone << id;
    }
    for (const QString& id : gone)
        CIVICDESK_TRY(
            tx.exec(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table), {id}).status());
    return {};
}

// Updates the row with the item's id, or inserts it when there is none.
Status upsertRow(Transaction& tx, const QString& table, const QStringList& columns,
                 const QString& id, const QVariantList& values)
{
    QStringList assignments;
    for (const QString& c : columns)
        assignments << c + QStringLiteral(" = ?");
    QVariantList params = bindable(values);
    params << id;
    auto updated = tx.exec(QStringLiteral("UPDATE %1 SET %2 WHERE id = ?")
                               .arg(table, assignments.join(QLatin1String(", "))),
                           params);
    if (!updated)
        return updated.error();
    if (updated.value().numRowsAffected() > 0)
        return {};
    QStringList marks;
    for (int i = 0; i <= columns.size(); ++i)
        marks << QStringLiteral("?");
    QVariantList insertParams{id};
    insertParams += bindable(values);
    return tx
        .exec(QStringLiteral("INSERT INTO %1 (id, %2) VALUES (%3)")
                  .arg(table, columns.join(QLatin1String(", ")), marks.join(QLatin1String(", "))),
              insertParams)
        .status();
}

} // namespace

Result<QVector<Department>> CatalogRepository::departments(bool includeInactive) const
{
    auto q = m_db.exec(QStringLiteral("SELECT %1 FROM departments %2 ORDER BY sort_order, code")
                           .arg(QLatin1String(kDepartmentColumns),
                                includeInactive ? QString() : QStringLiteral("WHERE active = 1")));
    if (!q)
        return q.error();
    QVector<Department> list;
    while (q.value().next())
        list.push_back(departmentFrom(q.value()));
    return list;
}

Result<QHash<QString, Department>> CatalogRepository::departmentsById() const
{
    auto list = departments(true);
    if (!list)
        return list.error();
    QHash<QString, Department> byId;
    for (const Department& d : list.value())
        byId.insert(d.id, d);
    return byId;
}

Result<Department> CatalogRepository::department(const QString& id) const
{
    auto q = m_db.exec(QStringLiteral("SELECT %1 FROM departments WHERE id = ?")
                           .arg(QLatin1String(kDepartmentColumns)),
                       {id});
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error(ErrorKind::NotFound,
                     tr("The department was not found; another administrator may have removed "
                        "it. Reload the catalog."));
    return departmentFrom(q.value());
}

Result<QString> CatalogRepository::departmentIdByCode(const QString& code) const
{
    auto v = m_db.scalar(QStringLiteral("SELECT id FROM departments WHERE code = ?"), {code});
    if (!v)
        return v.error();
    return v.value().toString();
}

Result<QVector<MatterSummary>> CatalogRepository::listMatters(const MatterFilter& filter) const
{
    QString sql = QStringLiteral(
        "SELECT m.id, m.code, m.name_zh, m.name_en, m.department_id, d.code, d.name_zh, "
        "d.name_en, m.kind, m.statutory_days, m.promised_days, m.joint_handling, m.active, "
        "(SELECT COALESCE(SUM(f.amount_fen), 0) FROM matter_fees f WHERE f.matter_id = m.id) "
        "FROM matters m JOIN departments d ON d.id = m.department_id WHERE 1 = 1");
    QVariantList params;
    if (!filter.includeInactive)
        sql += QStringLiteral(" AND m.active = 1");
    if (!filter.departmentId.isEmpty()) {
        sql += QStringLiteral(" AND m.department_id = ?");
        params << filter.departmentId;
    }
    sql += QStringLiteral(" ORDER BY d.sort_order, d.code, m.code");
    auto q = m_db.exec(sql, params);
    if (!q)
        return q.error();
    QVector<MatterSummary> list;
    while (q.value().next()) {
        const QSqlQuery& r = q.value();
        MatterSummary s;
        s.id = r.value(0).toString();
        s.code = r.value(1).toString();
        s.nameZh = r.value(2).toString();
        s.nameEn = r.value(3).toString();
        s.departmentId = r.value(4).toString();
        s.departmentCode = r.value(5).toString();
        s.departmentNameZh = r.value(6).toString();
        s.departmentNameEn = r.value(7).toString();
        s.kind = CatalogNames::matterKindFromKey(r.value(8).toString()).value_or(MatterKind::Other);
        s.statutoryDays = r.value(9).toInt();
        s.promisedDays = r.value(10).toInt();
        s.jointHandling = r.value(11).toInt() != 0;
        s.active = r.value(12).toInt() != 0;
        s.totalFeeFen = r.value(13).toLongLong();
        list.push_back(s);
    }
    return searchMatters(list, filter.text);
}

Result<Matter> CatalogRepository::matter(const QString& id) const
{
    auto list = loadMatters(id);
    if (!list)
        return list.error();
    if (list->isEmpty())
        return Error(ErrorKind::NotFound,
                     tr("The matter was not found; another administrator may have removed it. "
                        "Reload the catalog."));
    return list->first();
}

Result<QString> CatalogRepository::matterIdByCode(const QString& code) const
{
    auto v = m_db.scalar(QStringLiteral("SELECT id FROM matters WHERE code = ?"), {code});
    if (!v)
        return v.error();
    return v.value().toString();
}

Result<Matter> CatalogRepository::matterByCode(const QString& code) const
{
    auto id = matterIdByCode(code.trimmed().toUpper());
    if (!id)
        return id.error();
    if (id->isEmpty())
        return Error(ErrorKind::NotFound,
                     tr("There is no matter with the code %1 in the catalog.").arg(code));
    return matter(id.value());
}

Result<QVector<Matter>> CatalogRepository::allMatters() const
{
    return loadMatters(QString());
}

Result<QVector<Matter>> CatalogRepository::loadMatters(const QString& onlyId) const
{
    // Five statements for any number of matters: the matters, then each kind of child for all
    // of them, sorted into place by matter id.
    const QString where = onlyId.isEmpty() ? QString() : QStringLiteral(" WHERE m.id = ?");
    const QVariantList params = onlyId.isEmpty() ? QVariantList() : QVariantList{onlyId};
    auto q = m_db.exec(
        QStringLiteral("SELECT m.id, m.code, m.name_zh, m.name_en, m.department_id, m.kind, "
                       "m.statutory_days, m.promised_days, m.joint_handling, m.legal_basis, "
                       "m.conditions, m.no_materials, m.active, t.id, t.version "
                       "FROM matters m JOIN departments d ON d.id = m.department_id "
                       "LEFT JOIN workflow_templates t ON t.matter_id = m.id") +
            where + QStringLiteral(" ORDER BY d.sort_order, d.code, m.code"),
        params);
    if (!q)
        return q.error();
    QVector<Matter> matters;
    QHash<QString, int> index;
    QHash<QString, QString> templateOf; // template id -> matter id
    while (q.value().next()) {
        const QSqlQuery& r = q.value();
        Matter m;
        m.id = r.value(0).toString();
        m.code = r.value(1).toString();
        m.nameZh = r.value(2).toString();
        m.nameEn = r.value(3).toString();
        m.departmentId = r.value(4).toString();
        m.kind = CatalogNames::matterKindFromKey(r.value(5).toString()).value_or(MatterKind::Other);
        m.statutoryDays = r.value(6).toInt();
        m.promisedDays = r.value(7).toInt();
        m.jointHandling = r.value(8).toInt() != 0;
        m.legalBasis = r.value(9).toString();
        m.conditions = r.value(10).toString();
        m.noMaterials = r.value(11).toInt() != 0;
        m.active = r.value(12).toInt() != 0;
        m.workflow.id = r.value(13).toString();
        m.workflow.version = r.value(14).toInt();
        index.insert(m.id, matters.size());
        templateOf.insert(m.workflow.id, m.id);
        matters.push_back(m);
    }
    if (matters.isEmpty())
        return matters;

    const QString childWhere =
        onlyId.isEmpty() ? QString() : QStringLiteral(" WHERE matter_id = ?");
    auto materials =
        m_db.exec(QStringLiteral("SELECT matter_id, id, name_zh, name_en, form, "
                                 "copies, may_follow, standard FROM matter_materials") +
                      childWhere + QStringLiteral(" ORDER BY matter_id, position"),
                  params);
    if (!materials)
        return materials.error();
    while (materials.value().next()) {
        const QSqlQuery& r = materials.value();
        Material mat;
        mat.id = r.value(1).toString();
        mat.nameZh = r.value(2).toString();
        mat.nameEn = r.value(3).toString();
        mat.form = CatalogNames::materialFormFromKey(r.value(4).toString())
                       .value_or(MaterialForm::Original);
        mat.copies = r.value(5).toInt();
        mat.mayFollowLater = r.value(6).toInt() != 0;
        mat.standard = r.value(7).toString();
        const int i = index.value(r.value(0).toString(), -1);
        if (i >= 0)
            matters[i].materials.push_back(mat);
    }

    auto fees = m_db.exec(QStringLiteral("SELECT matter_id, id, name_zh, name_en, amount_fen, "
                                         "legal_basis FROM matter_fees") +
                              childWhere + QStringLiteral(" ORDER BY matter_id, position"),
                          params);
    if (!fees)
        return fees.error();
    while (fees.value().next()) {
        const QSqlQuery& r = fees.value();
        Fee fee;
        fee.id = r.value(1).toString();
        fee.nameZh = r.value(2).toString();
        fee.nameEn = r.value(3).toString();
        fee.amountFen = r.value(4).toLongLong();
        fee.legalBasis = r.value(5).toString();
        const int i = index.value(r.value(0).toString(), -1);
        if (i >= 0)
            matters[i].fees.push_back(fee);
    }

    const QString templateWhere =
        onlyId.isEmpty() ? QString() : QStringLiteral(" WHERE t.matter_id = ?");
    auto stages =
        m_db.exec(QStringLiteral("SELECT s.template_id, s.id, s.kind, s.name_zh, "
                                 "s.name_en, s.lead_department_id FROM workflow_stages s "
                                 "JOIN workflow_templates t ON t.id = s.template_id") +
                      templateWhere + QStringLiteral(" ORDER BY s.template_id, s.position"),
                  params);
    if (!stages)
        return stages.error();
    QHash<QString, QPair<int, int>> stageAt; // stage id -> (matter index, stage index)
    while (stages.value().next()) {
        const QSqlQuery& r = stages.value();
        WorkflowStage stage;
        stage.id = r.value(1).toString();
        stage.kind =
            CatalogNames::stageKindFromKey(r.value(2).toString()).value_or(StageKind::Other);
        stage.nameZh = r.value(3).toString();
        stage.nameEn = r.value(4).toString();
        stage.leadDepartmentId = r.value(5).toString();
        const int i = index.value(templateOf.value(r.value(0).toString()), -1);
        if (i < 0)
            continue;
        stageAt.insert(stage.id, {i, int(matters[i].workflow.stages.size())});
        matters[i].workflow.stages.push_back(stage);
    }

    auto steps =
        m_db.exec(QStringLiteral("SELECT p.stage_id, p.id, p.name_zh, p.name_en, "
                                 "p.department_id, p.time_limit_days FROM workflow_steps p "
                                 "JOIN workflow_stages s ON s.id = p.stage_id "
                                 "JOIN workflow_templates t ON t.id = s.template_id") +
                      templateWhere + QStringLiteral(" ORDER BY p.stage_id, p.position"),
                  params);
    if (!steps)
        return steps.error();
    while (steps.value().next()) {
        const QSqlQuery& r = steps.value();
        WorkflowStep step;
        step.id = r.value(1).toString();
        step.nameZh = r.value(2).toString();
        step.nameEn = r.value(3).toString();
        step.departmentId = r.value(4).toString();
        if (!r.value(5).isNull())
            step.timeLimitDays = r.value(5).toInt();
        const auto at = stageAt.value(r.value(0).toString(), {-1, -1});
        if (at.first >= 0)
            matters[at.first].workflow.stages[at.second].steps.push_back(step);
    }
    return matters;
}

Status CatalogRepository::insertDepartment(Transaction& tx, const Department& d)
{
    return tx
        .exec(QStringLiteral("INSERT INTO departments (id, code, name_zh, name_en, active, "
                             "sort_order) VALUES (?, ?, ?, ?, ?, ?)"),
              bindable({d.id, d.code, d.nameZh, d.nameEn, int(d.active), d.sortOrder}))
        .status();
}

Status CatalogRepository::updateDepartment(Transaction& tx, const Department& d)
{
    return tx
        .exec(QStringLiteral("UPDATE departments SET code = ?, name_zh = ?, name_en = ?, "
                             "active = ?, sort_order = ? WHERE id = ?"),
              bindable({d.code, d.nameZh, d.nameEn, int(d.active), d.sortOrder, d.id}))
        .status();
}

Result<Matter> CatalogRepository::saveMatter(Transaction& tx, const Matter& given,
                                             const Matter* before, const QDateTime& now)
{
    Matter m = given;
    const QString at = toDbTimestamp(now);
    if (before)
        m.id = before->id;
    else if (m.id.isEmpty())
        m.id = newId();

    const QVariantList values =
        bindable({m.code, m.nameZh, m.nameEn, m.departmentId, CatalogNames::key(m.kind),
                  m.statutoryDays, m.promisedDays, int(m.jointHandling), m.legalBasis, m.conditions,
                  int(m.noMaterials), int(m.active), at});
    if (before) {
        QVariantList params = values;
        params << m.id;
        CIVICDESK_TRY(tx.exec(QStringLiteral("UPDATE matters SET code = ?, name_zh = ?, "
                                             "name_en = ?, department_id = ?, kind = ?, "
                                             "statutory_days = ?, promised_days = ?, "
                                             "joint_handling = ?, legal_basis = ?, conditions = ?, "
                                             "no_materials = ?, active = ?, updated_at = ? "
                                             "WHERE id = ?"),
                              params)
                          .status());
    } else {
        QVariantList params{m.id};
        params += values;
        params << at;
        CIVICDESK_TRY(tx.exec(QStringLiteral("INSERT INTO matters (id, code, name_zh, name_en, "
                                             "department_id, kind, statutory_days, "
                                             "promised_days, joint_handling, legal_basis, "
                                             "conditions, no_materials, active, updated_at, "
                                             "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                                             "?, ?, ?, ?, ?)"),
                              params)
                          .status());
    }

    // Materials and fees: rows removed from the list go first, so that a position or id is
    // never held twice.
    fillIds(m.materials);
    QStringList keep;
    for (const Material& mat : m.materials)
        keep << mat.id;
    CIVICDESK_TRY(deleteOthers(tx, QStringLiteral("matter_materials"), QStringLiteral("matter_id"),
                               m.id, keep));
    for (int i = 0; i < m.materials.size(); ++i) {
        const Material& mat = m.materials.at(i);
        CIVICDESK_TRY(upsertRow(tx, QStringLiteral("matter_materials"),
                                {QStringLiteral("matter_id"), QStringLiteral("position"),
                                 QStringLiteral("name_zh"), QStringLiteral("name_en"),
                                 QStringLiteral("form"), QStringLiteral("copies"),
                                 QStringLiteral("may_follow"), QStringLiteral("standard")},
                                mat.id,
                                {m.id, i, mat.nameZh, mat.nameEn, CatalogNames::key(mat.form),
                                 mat.copies, int(mat.mayFollowLater), mat.standard}));
    }

    fillIds(m.fees);
    keep.clear();
    for (const Fee& fee : m.fees)
        keep << fee.id;
    CIVICDESK_TRY(
        deleteOthers(tx, QStringLiteral("matter_fees"), QStringLiteral("matter_id"), m.id, keep));
    for (int i = 0; i < m.fees.size(); ++i) {
        const Fee& fee = m.fees.at(i);
        CIVICDESK_TRY(upsertRow(tx, QStringLiteral("matter_fees"),
                                {QStringLiteral("matter_id"), QStringLiteral("position"),
                                 QStringLiteral("name_zh"), QStringLiteral("name_en"),
                                 QStringLiteral("amount_fen"), QStringLiteral("legal_basis")},
                                fee.id,
                                {m.id, i, fee.nameZh, fee.nameEn, fee.amountFen, fee.legalBasis}));
    }

    // The template: one per matter; its version grows only when its stages change.
    WorkflowTemplate& wf = m.workflow;
    wf.id = before && !before->workflow.id.isEmpty() ? before->workflow.id
                                                     : (wf.id.isEmpty() ? newId() : wf.id);
    fillIds(wf.stages);
    for (WorkflowStage& stage : wf.stages)
        fillIds(stage.steps);
    const bool stagesChanged = !before || !before->workflow.sameStages(wf);
    wf.version = before ? before->workflow.version + (stagesChanged ? 1 : 0) : 1;
    if (!before || before->workflow.id.isEmpty()) {
        CIVICDESK_TRY(tx.exec(QStringLiteral("INSERT INTO workflow_templates (id, matter_id, "
                                             "version, updated_at) VALUES (?, ?, ?, ?)"),
                              {wf.id, m.id, wf.version, at})
                          .status());
    } else if (stagesChanged) {
        CIVICDESK_TRY(tx.exec(QStringLiteral("UPDATE workflow_templates SET version = ?, "
                                             "updated_at = ? WHERE id = ?"),
                              {wf.version, at, wf.id})
                          .status());
    }
    if (stagesChanged) {
        // Steps that left the template, or moved to another stage, go before any is written.
        QStringList stageIds;
        QStringList stepIds;
        for (const WorkflowStage& stage : wf.stages) {
            stageIds << stage.id;
            for (const WorkflowStep& step : stage.steps)
                stepIds << step.id;
        }
        if (before) {
            for (const WorkflowStage& old : before->workflow.stages) {
                for (const WorkflowStep& step : old.steps) {
                    if (!stepIds.contains(step.id))
                        CIVICDESK_TRY(
                            tx.exec(QStringLiteral("DELETE FROM workflow_steps WHERE id = ?"),
                                    {step.id})
                                .status());
                }
            }
        }
        CIVICDESK_TRY(deleteOthers(tx, QStringLiteral("workflow_stages"),
                                   QStringLiteral("template_id"), wf.id, stageIds));
        for (int i = 0; i < wf.stages.size(); ++i) {
            const WorkflowStage& stage = wf.stages.at(i);
            CIVICDESK_TRY(
                upsertRow(tx, QStringLiteral("workflow_stages"),
                          {QStringLiteral("template_id"), QStringLiteral("position"),
                           QStringLiteral("kind"), QStringLiteral("name_zh"),
                           QStringLiteral("name_en"), QStringLiteral("lead_department_id")},
                          stage.id,
                          {wf.id, i, CatalogNames::key(stage.kind), stage.nameZh, stage.nameEn,
                           nullIfEmpty(stage.leadDepartmentId)}));
            for (int j = 0; j < stage.steps.size(); ++j) {
                const WorkflowStep& step = stage.steps.at(j);
                CIVICDESK_TRY(
                    upsertRow(tx, QStringLiteral("workflow_steps"),
                              {QStringLiteral("stage_id"), QStringLiteral("position"),
                               QStringLiteral("name_zh"), QStringLiteral("name_en"),
                               QStringLiteral("department_id"), QStringLiteral("time_limit_days")},
                              step.id,
                              {stage.id, j, step.nameZh, step.nameEn, step.departmentId,
                               optionalInt(step.timeLimitDays)}));
            }
        }
    }
    return m;
}

Status CatalogRepository::setMatterActive(Transaction& tx, const QString& id, bool active,
                                          const QDateTime& now)
{
    return tx
        .exec(QStringLiteral("UPDATE matters SET active = ?, updated_at = ? WHERE id = ?"),
              {int(active), toDbTimestamp(now), id})
        .status();
}

Result<RemoveOutcome> CatalogRepository::removeMatter(Transaction& tx, const QString& id,
                                                      const QDateTime& now)
{
    return deleteOrElse(tx, QStringLiteral("DELETE FROM matters WHERE id = ?"), id,
                        [&] { return setMatterActive(tx, id, false, now); });
}

Result<RemoveOutcome> CatalogRepository::removeDepartment(Transaction& tx, const QString& id)
{
    return deleteOrElse(tx, QStringLiteral("DELETE FROM departments WHERE id = ?"), id, [&] {
        return tx.exec(QStringLiteral("UPDATE departments SET active = 0 WHERE id = ?"), {id})
            .status();
    });
}

} // namespace civicdesk
