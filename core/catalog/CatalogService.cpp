#include "CatalogService.h"

#include "CatalogFile.h"
#include "Clock.h"
#include "security/AuditLog.h"
#include "security/Authorization.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QSaveFile>
#include <QSet>
#include <QUuid>

namespace civicdesk {

namespace {

const QString kSubjectMatter = QStringLiteral("matter");
const QString kSubjectDepartment = QStringLiteral("department");

// Ids of what a catalog file creates are derived from its codes, so that every database that
// imports the same file (the center and each branch) gives a matter the same id, and cases
// synchronised between them refer to the same matter.
QString derivedId(const QString& name)
{
    static const QUuid ns(QStringLiteral("{7d0c8a52-3f7e-4b6a-9c1d-5e2f4a8b6c13}"));
    return QUuid::createUuidV5(ns, name).toString(QUuid::WithoutBraces);
}

// Gives each item of a list from a file an id: the id of the item at the same place in the
// stored matter, or else one derived from the matter's id and the place.
template <typename Item>
void assignIds(QVector<Item>& items, const QVector<Item>* stored, const QString& prefix,
               QSet<QString>& used)
{
    for (int i = 0; i < items.size(); ++i) {
        QString id = stored && i < stored->size() ? stored->at(i).id : QString();
        if (id.isEmpty() || used.contains(id))
            id = derivedId(prefix + QString::number(i));
        if (used.contains(id))
            id = newId();
        used.insert(id);
        items[i].id = id;
    }
}

Result<int> activeMattersUsing(const Database& db, const QString& departmentId)
{
    auto n = db.scalar(QStringLiteral("SELECT COUNT(*) FROM matters m WHERE m.active = 1 AND "
                                      "(m.department_id = ? OR EXISTS (SELECT 1 FROM "
                                      "workflow_steps p JOIN workflow_stages s ON s.id = "
                                      "p.stage_id JOIN workflow_templates t ON t.id = "
                                      "s.template_id WHERE t.matter_id = m.id AND "
                                      "p.department_id = ?))"),
                       {departmentId, departmentId});
    if (!n)
        return n.error();
    return n.value().toInt();
}

} // namespace

QStringList CatalogImportReport::lines() const
{
    auto line = [](int total, int created, int updated, const QString& noun) {
        return CatalogService::tr("%1: %2 new, %3 changed, %4 unchanged")
            .arg(noun)
            .arg(created)
            .arg(updated)
            .arg(total - created - updated);
    };
    return {line(departments(), departmentsCreated, departmentsUpdated,
                 CatalogService::tr("%n department(s)", nullptr, departments())),
            line(matters(), mattersCreated, mattersUpdated,
                 CatalogService::tr("%n matter(s)", nullptr, matters()))};
}

Result<QVector<FieldProblem>> CatalogService::check(const Matter& given) const
{
    const Matter m = CatalogRules::normalized(given);
    auto departments = CatalogRepository(m_ctx.db).departmentsById();
    if (!departments)
        return departments.error();
    QVector<FieldProblem> problems = CatalogRules::checkMatter(m, departments.value());
    if (!m.code.isEmpty()) {
        auto other = m_ctx.db.exec(QStringLiteral("SELECT id, name_zh, name_en FROM matters WHERE "
                                                  "code = ?"),
                                   {m.code});
        if (!other)
            return other.error();
        if (other.value().next() && other.value().value(0).toString() != m.id)
            problems.prepend({{},
                              -1,
                              -1,
                              QStringLiteral("code"),
                              tr("The code %1 is already used by the matter %2; every matter "
                                 "needs its own code.")
                                  .arg(m.code, localizedName(other.value().value(1).toString(),
                                                             other.value().value(2).toString()))});
    }
    return problems;
}

Result<QVector<FieldProblem>> CatalogService::check(const Department& given) const
{
    const Department d = CatalogRules::normalized(given);
    QVector<FieldProblem> problems = CatalogRules::checkDepartment(d);
    if (!d.code.isEmpty()) {
        auto other =
            m_ctx.db.scalar(QStringLiteral("SELECT id FROM departments WHERE code = ?"), {d.code});
        if (!other)
            return other.error();
        if (!other.value().isNull() && other.value().toString() != d.id)
            problems.prepend({{},
                              -1,
                              -1,
                              QStringLiteral("code"),
                              tr("Another department already has the code %1.").arg(d.code)});
    }
    if (!d.active && !d.id.isEmpty()) {
        auto used = activeMattersUsing(m_ctx.db, d.id);
        if (!used)
            return used.error();
        if (used.value() > 0)
            problems.push_back({{},
                                -1,
                                -1,
                                QStringLiteral("active"),
                                tr("%n active matter(s) still need this department; give them "
                                   "another department or deactivate them first.",
                                   nullptr, used.value())});
    }
    return problems;
}

Status CatalogService::checkAllowed(const QVector<FieldProblem>& problems) const
{
    if (problems.isEmpty())
        return {};
    return Error(ErrorKind::Invalid, CatalogRules::summary(problems),
                 QStringLiteral("catalog rule: %1").arg(problems.first().path()));
}

namespace {

// Writes a matter and its audit row; before is the matter as stored, or null for a new one.
Result<Matter> storeMatter(Transaction& tx, const Context& ctx, const Matter& matter,
                           const Matter* before, const QString& source)
{
    auto saved = CatalogRepository::saveMatter(tx, matter, before, ctx.clock.now());
    if (!saved) {
        Error e = saved.error();
        const bool stillReferred = e.detail.startsWith(QLatin1String("[23503]")) ||
                                   e.detail.contains(QLatin1String("FOREIGN KEY"));
        if (stillReferred)
            e.message = CatalogService::tr("The matter %1 was not saved: a material, fee or step "
                                           "that was removed is still referred to by cases. "
                                           "Nothing was changed; keep that item, or deactivate "
                                           "the matter and create a new one.")
                            .arg(matter.code);
        else
            e.message =
                CatalogService::tr("The matter %1 was not saved: %2").arg(matter.code, e.message);
        return e;
    }
    QJsonObject details{{QStringLiteral("code"), saved->code}, {QStringLiteral("source"), source}};
    if (before)
        details.insert(QStringLiteral("changed"),
                       QJsonArray::fromStringList(differences(*before, saved.value())));
    if (!before || saved->workflow.version != before->workflow.version)
        details.insert(QStringLiteral("template_version"), saved->workflow.version);
    CIVICDESK_TRY(AuditLog::append(
        tx, ctx, before ? QStringLiteral("matter.updated") : QStringLiteral("matter.created"),
        {kSubjectMatter, saved->id}, details));
    return saved;
}

Status storeDepartment(Transaction& tx, const Context& ctx, const Department& d,
                       const Department* before, const QString& source)
{
    CIVICDESK_TRY(before ? CatalogRepository::updateDepartment(tx, d)
                         : CatalogRepository::insertDepartment(tx, d));
    QJsonObject details{{QStringLiteral("code"), d.code}, {QStringLiteral("source"), source}};
    if (before)
        details.insert(QStringLiteral("changed"),
                       QJsonArray::fromStringList(differences(*before, d)));
    return AuditLog::append(tx, ctx,
                            before ? QStringLiteral("department.updated")
                                   : QStringLiteral("department.created"),
                            {kSubjectDepartment, d.id}, details);
}

} // namespace

Result<Matter> CatalogService::saveMatter(const Matter& given)
{
    const Matter m = CatalogRules::normalized(given);
    CIVICDESK_TRY(authorize(m_ctx, Permission::ManageCatalog,
                            {kSubjectMatter, m.id.isEmpty() ? m.code : m.id}));
    std::optional<Matter> result;
    Status s = m_ctx.db.write([&](Transaction& tx) -> Status {
        auto problems = check(m);
        if (!problems)
            return problems.error();
        CIVICDESK_TRY(checkAllowed(problems.value()));
        std::optional<Matter> before;
        if (!m.id.isEmpty()) {
            auto stored = CatalogRepository(m_ctx.db).matter(m.id);
            if (!stored)
                return stored.error();
            before = stored.take();
            if (differences(*before, m).isEmpty()) {
                result = before;
                return {};
            }
        }
        auto saved =
            storeMatter(tx, m_ctx, m, before ? &*before : nullptr, QStringLiteral("editor"));
        if (!saved)
            return saved.error();
        result = saved.take();
        return {};
    });
    if (!s)
        return s.error();
    return *result;
}

Status CatalogService::setMatterActive(const QString& matterId, bool active)
{
    CIVICDESK_TRY(authorize(m_ctx, Permission::ManageCatalog, {kSubjectMatter, matterId}));
    return m_ctx.db.write([&](Transaction& tx) -> Status {
        auto stored = CatalogRepository(m_ctx.db).matter(matterId);
        if (!stored)
            return stored.error();
        if (stored->active == active)
            return {};
        if (active) {
            // A matter back in use must keep the rules again (its department may be gone).
            Matter m = stored.value();
            m.active = true;
            auto problems = check(m);
            if (!problems)
                return problems.error();
            CIVICDESK_TRY(checkAllowed(problems.value()));
        }
        CIVICDESK_TRY(CatalogRepository::setMatterActive(tx, matterId, active, m_ctx.clock.now()));
        return AuditLog::append(
            tx, m_ctx,
            active ? QStringLiteral("matter.activated") : QStringLiteral("matter.deactivated"),
            {kSubjectMatter, matterId}, {{QStringLiteral("code"), stored->code}});
    });
}

Result<RemoveOutcome> CatalogService::removeMatter(const QString& matterId)
{
    CIVICDESK_TRY(authorize(m_ctx, Permission::ManageCatalog, {kSubjectMatter, matterId}));
    RemoveOutcome outcome = RemoveOutcome::Deleted;
    Status s = m_ctx.db.write([&](Transaction& tx) -> Status {
        auto code =
            m_ctx.db.scalar(QStringLiteral("SELECT code FROM matters WHERE id = ?"), {matterId});
        if (!code)
            return code.error();
        if (code.value().isNull())
            return Error(ErrorKind::NotFound,
                         tr("The matter was not found; another administrator may have removed "
                            "it. Reload the catalog."));
        auto removed = CatalogRepository::removeMatter(tx, matterId, m_ctx.clock.now());
        if (!removed)
            return removed.error();
        outcome = removed.value();
        return AuditLog::append(
            tx, m_ctx,
            outcome == RemoveOutcome::Deleted ? QStringLiteral("matter.deleted")
                                              : QStringLiteral("matter.deactivated"),
            {kSubjectMatter, matterId}, {{QStringLiteral("code"), code.value().toString()}});
    });
    if (!s)
        return s.error();
    return outcome;
}

Result<Department> CatalogService::saveDepartment(const Department& given)
{
    Department d = CatalogRules::normalized(given);
    CIVICDESK_TRY(authorize(m_ctx, Permission::ManageCatalog,
                            {kSubjectDepartment, d.id.isEmpty() ? d.code : d.id}));
    Status s = m_ctx.db.write([&](Transaction& tx) -> Status {
        auto problems = check(d);
        if (!problems)
            return problems.error();
        CIVICDESK_TRY(checkAllowed(problems.value()));
        if (d.id.isEmpty()) {
            d.id = newId();
            if (d.sortOrder == 0) {
                auto last = m_ctx.db.scalar(
                    QStringLiteral("SELECT COALESCE(MAX(sort_order), 0) FROM departments"));
                if (!last)
                    return last.error();
                d.sortOrder = last.value().toInt() + 1;
            }
            return storeDepartment(tx, m_ctx, d, nullptr, QStringLiteral("editor"));
        }
        auto before = CatalogRepository(m_ctx.db).department(d.id);
        if (!before)
            return before.error();
        if (differences(before.value(), d).isEmpty())
            return {};
        return storeDepartment(tx, m_ctx, d, &before.value(), QStringLiteral("editor"));
    });
    if (!s)
        return s.error();
    return d;
}

Result<RemoveOutcome> CatalogService::removeDepartment(const QString& departmentId)
{
    CIVICDESK_TRY(authorize(m_ctx, Permission::ManageCatalog, {kSubjectDepartment, departmentId}));
    RemoveOutcome outcome = RemoveOutcome::Deleted;
    Status s = m_ctx.db.write([&](Transaction& tx) -> Status {
        auto d = CatalogRepository(m_ctx.db).department(departmentId);
        if (!d)
            return d.error();
        auto used = activeMattersUsing(m_ctx.db, departmentId);
        if (!used)
            return used.error();
        if (used.value() > 0)
            return Error(ErrorKind::Conflict,
                         tr("The department %1 was kept: %n active matter(s) still need it. Give "
                            "them another department or deactivate them first.",
                            nullptr, used.value())
                             .arg(d->name()));
        auto removed = CatalogRepository::removeDepartment(tx, departmentId);
        if (!removed)
            return removed.error();
        outcome = removed.value();
        return AuditLog::append(
            tx, m_ctx,
            outcome == RemoveOutcome::Deleted ? QStringLiteral("department.deleted")
                                              : QStringLiteral("department.deactivated"),
            {kSubjectDepartment, departmentId}, {{QStringLiteral("code"), d->code}});
    });
    if (!s)
        return s.error();
    return outcome;
}

Result<CatalogImportReport> CatalogService::importFile(const QString& path)
{
    const QString shown = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorKind::Io,
                     tr("The catalog file %1 could not be read: %2. Nothing was changed.")
                         .arg(shown, file.errorString()));
    return importData(file.readAll(), QFileInfo(path).fileName());
}

Result<CatalogImportReport> CatalogService::importDefaultCatalog()
{
    QFile file(QStringLiteral(":/civicdesk/catalog/default_catalog.json"));
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorKind::Internal, tr("The built-in catalog is missing from the program."));
    return importData(file.readAll(), QStringLiteral("default_catalog.json"));
}

Result<CatalogImportReport> CatalogService::importData(const QByteArray& json,
                                                       const QString& sourceName)
{
    CIVICDESK_TRY(
        authorize(m_ctx, Permission::ManageCatalog, {QStringLiteral("catalog"), sourceName}));
    auto parsed = CatalogFile::parse(json, sourceName);
    if (!parsed)
        return parsed.error();
    const CatalogFileContent& content = parsed.value();
    const QString source = QStringLiteral("import:") + sourceName;
    CatalogImportReport report;

    Status s = m_ctx.db.write([&](Transaction& tx) -> Status {
        report = {};
        CatalogRepository repo(m_ctx.db);

        // Departments, by code.
        for (int i = 0; i < content.departments.size(); ++i) {
            const QString place = QStringLiteral("departments[%1]").arg(i);
            Department d = CatalogRules::normalized(content.departments.at(i));
            auto existingId = repo.departmentIdByCode(d.code);
            if (!existingId)
                return existingId.error();
            std::optional<Department> before;
            if (!existingId->isEmpty()) {
                auto stored = repo.department(existingId.value());
                if (!stored)
                    return stored.error();
                before = stored.take();
                d.id = before->id;
            } else if (d.id.isEmpty()) {
                d.id = derivedId(QStringLiteral("department:") + d.code);
            }
            auto problems = check(d);
            if (!problems)
                return problems.error();
            if (!problems->isEmpty())
                return CatalogFile::problemAt(sourceName,
                                              place + QLatin1Char('.') + problems->first().path(),
                                              problems->first().message);
            if (before && differences(*before, d).isEmpty()) {
                ++report.departmentsUnchanged;
                continue;
            }
            CIVICDESK_TRY(storeDepartment(tx, m_ctx, d, before ? &*before : nullptr, source));
            ++(before ? report.departmentsUpdated : report.departmentsCreated);
        }

        auto all = repo.departments(true);
        if (!all)
            return all.error();
        QHash<QString, QString> idOfCode;
        for (const Department& d : all.value())
            idOfCode.insert(d.code, d.id);

        // Matters, by code (or by id, for a matter whose code was changed at the center).
        for (int i = 0; i < content.matters.size(); ++i) {
            const QString place = QStringLiteral("matters[%1]").arg(i);
            Matter m = CatalogRules::normalized(content.matters.at(i));
            const QString where = QStringLiteral("%1 (%2)").arg(place, m.code);

            // Replaces a department code by its id, in place.
            auto departmentOf = [&](QString& codeThenId, const QString& field) -> Status {
                const QString code = codeThenId;
                if (code.isEmpty())
                    return {};
                codeThenId = idOfCode.value(code.trimmed().toUpper());
                if (codeThenId.isEmpty())
                    return CatalogFile::problemAt(
                        sourceName, QStringLiteral("%1.%2").arg(where, field),
                        tr("there is no department with the code %1 in the file or the "
                           "database.")
                            .arg(code));
                return {};
            };
            CIVICDESK_TRY(departmentOf(m.departmentId, QStringLiteral("department")));
            for (int j = 0; j < m.workflow.stages.size(); ++j) {
                WorkflowStage& stage = m.workflow.stages[j];
                const QString stagePlace = QStringLiteral("workflow[%1]").arg(j);
                CIVICDESK_TRY(
                    departmentOf(stage.leadDepartmentId, stagePlace + QStringLiteral(".lead")));
                for (int k = 0; k < stage.steps.size(); ++k)
                    CIVICDESK_TRY(
                        departmentOf(stage.steps[k].departmentId,
                                     stagePlace + QStringLiteral(".steps[%1].department").arg(k)));
            }

            auto existingId = repo.matterIdByCode(m.code);
            if (!existingId)
                return existingId.error();
            QString id = existingId.value();
            if (id.isEmpty() && !m.id.isEmpty()) {
                auto byId =
                    m_ctx.db.scalar(QStringLiteral("SELECT id FROM matters WHERE id = ?"), {m.id});
                if (!byId)
                    return byId.error();
                id = byId.value().toString();
            }
            std::optional<Matter> before;
            if (!id.isEmpty()) {
                auto stored = repo.matter(id);
                if (!stored)
                    return stored.error();
                before = stored.take();
                m.id = before->id;
            } else if (m.id.isEmpty()) {
                m.id = derivedId(QStringLiteral("matter:") + m.code);
            }
            QSet<QString> used;
            assignIds(m.materials, before ? &before->materials : nullptr,
                      m.id + QStringLiteral("/material/"), used);
            assignIds(m.fees, before ? &before->fees : nullptr, m.id + QStringLiteral("/fee/"),
                      used);
            m.workflow.id =
                before ? before->workflow.id : derivedId(m.id + QStringLiteral("/workflow"));
            assignIds(m.workflow.stages, before ? &before->workflow.stages : nullptr,
                      m.id + QStringLiteral("/stage/"), used);
            for (int j = 0; j < m.workflow.stages.size(); ++j) {
                const QVector<WorkflowStep>* storedSteps =
                    before && j < before->workflow.stages.size()
                        ? &before->workflow.stages.at(j).steps
                        : nullptr;
                assignIds(m.workflow.stages[j].steps, storedSteps,
                          m.id + QStringLiteral("/stage/%1/step/").arg(j), used);
            }

            auto problems = check(m);
            if (!problems)
                return problems.error();
            if (!problems->isEmpty())
                return CatalogFile::problemAt(
                    sourceName, QStringLiteral("%1.%2").arg(where, problems->first().path()),
                    problems->first().message);
            if (before && differences(*before, m).isEmpty()) {
                ++report.mattersUnchanged;
                continue;
            }
            auto saved = storeMatter(tx, m_ctx, m, before ? &*before : nullptr, source);
            if (!saved)
                return saved.error();
            ++(before ? report.mattersUpdated : report.mattersCreated);
        }
        return AuditLog::append(tx, m_ctx, QStringLiteral("catalog.imported"),
                                {QStringLiteral("catalog"), sourceName},
                                {{QStringLiteral("departments_created"), report.departmentsCreated},
                                 {QStringLiteral("departments_updated"), report.departmentsUpdated},
                                 {QStringLiteral("matters_created"), report.mattersCreated},
                                 {QStringLiteral("matters_updated"), report.mattersUpdated},
                                 {QStringLiteral("matters_unchanged"), report.mattersUnchanged}});
    });
    if (!s)
        return s.error();
    return report;
}

Result<QByteArray> CatalogService::exportData(const Database& db)
{
    CatalogRepository repo(db);
    auto departments = repo.departments(true);
    if (!departments)
        return departments.error();
    auto matters = repo.allMatters();
    if (!matters)
        return matters.error();
    QHash<QString, QString> codeOf;
    for (const Department& d : departments.value())
        codeOf.insert(d.id, d.code);
    CatalogFileContent content;
    content.departments = departments.value();
    content.matters = matters.take();
    for (Matter& m : content.matters) {
        m.departmentId = codeOf.value(m.departmentId);
        for (WorkflowStage& stage : m.workflow.stages) {
            stage.leadDepartmentId = codeOf.value(stage.leadDepartmentId);
            for (WorkflowStep& step : stage.steps)
                step.departmentId = codeOf.value(step.departmentId);
        }
    }
    return CatalogFile::write(content);
}

Status CatalogService::exportFile(const Database& db, const QString& path)
{
    auto data = exportData(db);
    if (!data)
        return data.error();
    const QString shown = QDir::toNativeSeparators(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data.value()) != data->size() ||
        !file.commit())
        return Error(ErrorKind::Io,
                     tr("The catalog could not be written to %1: %2. Any file that was there is "
                        "unchanged; choose another place and try again.")
                         .arg(shown, file.errorString()));
    return {};
}

} // namespace civicdesk
