#include "DemoData.h"

#include "Clock.h"
#include "catalog/CatalogService.h"
#include "documents/DocumentDemo.h"
#include "intake/ApplicantDemoData.h"
#include "intake/IntakeDemo.h"
#include "reports/ReportsDemo.h"
#include "scheduling/SchedulingDemo.h"
#include "security/Session.h"
#include "security/StaffDemo.h"
#include "storage/Database.h"
#include "storage/Meta.h"
#include "storage/Transaction.h"
#include "workflow/WorkflowDemo.h"

namespace civicdesk {

Result<bool> DemoData::isPresent(const Database& db)
{
    auto demo = Meta::get(db, MetaKey::Demo);
    if (!demo)
        return demo.error();
    return demo.value() == QLatin1String("1");
}

Result<DemoSummary> DemoData::fill(Database& db, const Clock& clock)
{
    auto present = isPresent(db);
    if (!present)
        return present.error();
    if (present.value())
        return Error(ErrorKind::Conflict,
                     tr("This database already holds the demonstration data; nothing was added."));
    auto departments = db.scalar(QStringLiteral("SELECT COUNT(*) FROM departments"));
    if (!departments)
        return departments.error();
    if (departments.value().toInt() > 0)
        return Error(ErrorKind::Conflict,
                     tr("This database already holds real data; demonstration data is only added "
                        "to a new, empty database."));

    DemoSummary summary;
    const Session demo = Session::system(QStringLiteral("demo"));
    const Context ctx{db, clock, demo};
    Status s = db.write([&](Transaction& tx) -> Status {
        auto catalog = CatalogService(ctx).importDefaultCatalog();
        if (!catalog)
            return catalog.error();
        summary.lines << catalog->lines();
        CIVICDESK_TRY(addDemoStaff(tx, ctx, summary.lines));
        CIVICDESK_TRY(addDemoApplicants(tx, ctx, summary.lines));
        CIVICDESK_TRY(DocumentDemo::fill(tx));
        return Meta::set(tx, MetaKey::Demo, QStringLiteral("1"));
    });
    if (!s)
        return s.error();
    auto scheduling = SchedulingDemo::fill(db, clock);
    if (!scheduling)
        return scheduling.error();
    summary.lines << scheduling.value();
    auto intake = IntakeDemo::fill(db, clock);
    if (!intake)
        return intake.error();
    summary.lines << intake.value();
    auto workflow = WorkflowDemo::fill(db, clock);
    if (!workflow)
        return workflow.error();
    summary.lines << workflow.value();
    auto cases = ReportsDemo::fill(db, clock);
    if (!cases)
        return cases.error();
    summary.lines << cases.value();
    return summary;
}

} // namespace civicdesk
