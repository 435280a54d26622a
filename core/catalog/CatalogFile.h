#pragma once

// The catalog file format ("format": "civicdesk-catalog", "version": 1): JSON with a list of
// departments and a list of matters, each matter with its materials, fees and workflow. A file
// names departments by their code, so the same file fits any database; ids are optional and,
// when given, keep a matter's id the same in every database that imports it.
//
// CatalogFile only reads and writes the text; CatalogService maps department codes to ids,
// checks the rules and writes the database.

#include "CatalogTypes.h"
#include "Result.h"

#include <QCoreApplication>

namespace civicdesk {

struct CatalogFileContent {
    // Departments in file order. Matter::departmentId, WorkflowStage::leadDepartmentId and
    // WorkflowStep::departmentId hold department codes here, not ids.
    QVector<Department> departments;
    QVector<Matter> matters;
};

class CatalogFile {
    Q_DECLARE_TR_FUNCTIONS(CatalogFile)
public:
    static constexpr int kVersion = 1;

    // Refuses anything that is not a well-formed catalog of a known version: bad JSON, a
    // missing or mistyped field, an unknown field or value, a code given twice. The error's
    // sentence names the file, the place ("matters[3].materials[1].copies") and the problem.
    static Result<CatalogFileContent> parse(const QByteArray& json, const QString& sourceName);
    // Department references in `content` are codes, as parse() gives them.
    static QByteArray write(const CatalogFileContent& content);

    // The sentence of a refused file: what is wrong where, and that nothing was changed.
    static Error problemAt(const QString& sourceName, const QString& place, const QString& problem);
};

} // namespace civicdesk
