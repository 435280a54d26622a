#pragma once

// The rules a catalog entry must keep before it is saved or imported, each broken rule a
// sentence tied to the field it is about, so that the editor can show it next to that field
// and an import can name the place in the file.

#include "CatalogTypes.h"

#include <QHash>

namespace civicdesk {

// Where a problem is: a field of the matter ("promised_days"), of one item of a list
// ("materials", 2, "copies"), or of a step of a workflow stage ("workflow", 1, "department",
// step 0). Field names are the keys of the catalog file.
struct FieldProblem {
    QString list;   // "", "materials", "fees" or "workflow"
    int index = -1; // item of the list, from 0
    int step = -1;  // step of a workflow stage, from 0
    QString field;  // "" for the item as a whole
    QString message;

    // "promised_days", "materials[2].copies", "workflow[1].steps[0].department"
    QString path() const;
};

class CatalogRules {
    Q_DECLARE_TR_FUNCTIONS(CatalogRules)
public:
    // departments: every known department by id, active or not. Codes shared with other
    // matters are checked by CatalogService, which sees the database.
    static QVector<FieldProblem> checkMatter(const Matter& matter,
                                             const QHash<QString, Department>& departments);
    static QVector<FieldProblem> checkDepartment(const Department& department);

    // The matter as it is stored: text trimmed, the code in capitals, the lead department
    // kept only for a stage that has several steps.
    static Matter normalized(Matter matter);
    static Department normalized(Department department);

    // One sentence for a refusal: the first problem, and how many more there are.
    static QString summary(const QVector<FieldProblem>& problems);

    static constexpr int kMaxDays = 365;
    static constexpr int kMaxCopies = 99;
};

} // namespace civicdesk
