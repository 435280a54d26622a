#pragma once

// The SQL of the catalog: reads for everyone (intake, the editor, export) and the row writes
// CatalogService makes inside its transactions. Nothing here checks permissions or rules.

#include "CatalogTypes.h"
#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>

namespace civicdesk {

class Database;
class Transaction;

struct MatterFilter {
    QString text;         // as typed: matches code, names and department, see MatterSearch.h
    QString departmentId; // empty: every department
    bool includeInactive = false;
};

// What removing a matter or department did: one that other rows refer to is kept and only
// deactivated.
enum class RemoveOutcome { Deleted, Deactivated };

class CatalogRepository {
    Q_DECLARE_TR_FUNCTIONS(CatalogRepository)
public:
    explicit CatalogRepository(const Database& db) : m_db(db) {}

    Result<QVector<Department>> departments(bool includeInactive = true) const;
    Result<QHash<QString, Department>> departmentsById() const;
    Result<Department> department(const QString& id) const;
    Result<QString> departmentIdByCode(const QString& code) const;

    // Ordered by department, then code; filtered by the text as typed (best matches first).
    Result<QVector<MatterSummary>> listMatters(const MatterFilter& filter = {}) const;
    Result<Matter> matter(const QString& id) const;
    Result<Matter> matterByCode(const QString& code) const;
    // Empty when no matter has that code.
    Result<QString> matterIdByCode(const QString& code) const;
    // Every matter, complete, in list order: for export.
    Result<QVector<Matter>> allMatters() const;

    // Writes, inside a transaction opened by the caller.
    static Status insertDepartment(Transaction& tx, const Department& d);
    static Status updateDepartment(Transaction& tx, const Department& d);
    // Inserts the matter (before: null) or updates it (before: as stored now) and makes its
    // materials, fees and stages exactly those given: items with an id keep it, new ones
    // (empty id) get one. Returns the matter as stored, with every id filled and the
    // template's version raised when its stages changed.
    static Result<Matter> saveMatter(Transaction& tx, const Matter& matter, const Matter* before,
                                     const QDateTime& now);
    static Status setMatterActive(Transaction& tx, const QString& id, bool active,
                                  const QDateTime& now);
    static Result<RemoveOutcome> removeMatter(Transaction& tx, const QString& id,
                                              const QDateTime& now);
    static Result<RemoveOutcome> removeDepartment(Transaction& tx, const QString& id);

private:
    Result<QVector<Matter>> loadMatters(const QString& onlyId) const;

    const Database& m_db;
};

} // namespace civicdesk
