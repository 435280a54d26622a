#pragma once

// Changing the service catalog: the administrator's edits of departments and matters (with
// their materials, fees and workflow template), and importing or exporting a whole catalog
// file. Every change needs Permission::ManageCatalog, keeps CatalogRules, and writes its audit
// row in the same transaction. Reading is CatalogRepository's (the catalog is public, art. 30).

#include "CatalogRepository.h"
#include "CatalogRules.h"
#include "Context.h"

namespace civicdesk {

struct CatalogImportReport {
    int departmentsCreated = 0;
    int departmentsUpdated = 0;
    int departmentsUnchanged = 0;
    int mattersCreated = 0;
    int mattersUpdated = 0;
    int mattersUnchanged = 0;

    int departments() const
    {
        return departmentsCreated + departmentsUpdated + departmentsUnchanged;
    }
    int matters() const { return mattersCreated + mattersUpdated + mattersUnchanged; }
    // "8 departments (8 new)", "21 matters (21 new)" for the command line and the status bar.
    QStringList lines() const;
};

class CatalogService {
    Q_DECLARE_TR_FUNCTIONS(CatalogService)
public:
    explicit CatalogService(const Context& ctx) : m_ctx(ctx) {}

    // The problems that would stop saving this matter (rules, and a code another matter
    // already uses); empty when it may be saved. Needs no permission: the editor asks while
    // the administrator types.
    Result<QVector<FieldProblem>> check(const Matter& matter) const;
    Result<QVector<FieldProblem>> check(const Department& department) const;

    // Creates (empty id) or updates the matter; returns it as stored, ids filled. Refused with
    // ErrorKind::Invalid and the first problem's sentence when check() finds problems.
    Result<Matter> saveMatter(const Matter& matter);
    Status setMatterActive(const QString& matterId, bool active);
    // Deletes a matter nothing refers to; one that cases refer to is deactivated instead.
    Result<RemoveOutcome> removeMatter(const QString& matterId);

    Result<Department> saveDepartment(const Department& department);
    // Deletes a department nothing refers to; one used by matters or staff is deactivated.
    Result<RemoveOutcome> removeDepartment(const QString& departmentId);

    // Reads a catalog file (format "civicdesk-catalog") and adds or updates its departments
    // and matters by code; what the file does not name is left alone. A file with any problem
    // is refused as a whole with a sentence naming the problem and its place; nothing is
    // written then.
    Result<CatalogImportReport> importFile(const QString& path);
    Result<CatalogImportReport> importData(const QByteArray& json, const QString& sourceName);
    // The catalog that ships with CivicDesk (resources/catalog/default_catalog.json).
    Result<CatalogImportReport> importDefaultCatalog();

    // Writes the whole catalog, inactive entries included, to a file that imports back to the
    // same catalog. The file is replaced only once it is completely written.
    static Status exportFile(const Database& db, const QString& path);
    static Result<QByteArray> exportData(const Database& db);

private:
    Status checkAllowed(const QVector<FieldProblem>& problems) const;

    Context m_ctx;
};

} // namespace civicdesk
