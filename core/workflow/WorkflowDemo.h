#pragma once

// Cases of the demonstration center in every state, each with a history made by the demo
// accounts through the real workflow service on the days it would have happened: new cases,
// parallel reviews half done, cases near (yellow) and past (red) their limits, a suspended
// one, an extended one, one waiting for a supervisor's approval of its extension, decided,
// certified, denied and handed-over ones.
//
// acceptCase() makes a case the way intake does (numbered, its limits and the steps of its
// matter's template), for the demo and for tests until the intake service is there.

#include "Context.h"
#include "Result.h"
#include "catalog/CatalogTypes.h"

#include <QCoreApplication>
#include <QStringList>

namespace civicdesk {

class Clock;
class Database;

struct CaseApplicant {
    QString kind = QStringLiteral("person"); // person | organisation
    QString id;
    QString name;
    QString document; // ID number or credit code
    QString phone;
};

class WorkflowDemo {
    Q_DECLARE_TR_FUNCTIONS(WorkflowDemo)
public:
    // An accepted case of the matter, received and accepted at ctx.clock.now(), in its own
    // transaction with the audit row case.accepted. Returns the case id.
    static Result<QString> acceptCase(const Context& ctx, const Matter& matter,
                                      const CaseApplicant& applicant);

    // Needs the demo catalog, staff and applicants. Returns the lines of the summary.
    static Result<QStringList> fill(Database& db, const Clock& clock);
};

} // namespace civicdesk
