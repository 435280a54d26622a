#include "SupervisionService.h"

#include "WorkflowRules.h"
#include "WorkflowService.h"

#include "Clock.h"
#include "calendar/CalendarService.h"
#include "catalog/CatalogRepository.h"
#include "security/Authorization.h"
#include "security/Privacy.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace civicdesk {

namespace {

using S = CaseStatus;

const QString kYellowDays = QStringLiteral("supervision.yellow_days");
const QString kYellowPercent = QStringLiteral("supervision.yellow_percent");

// The states of a case that is not finished. A fixed fragment, never a value from outside.
const QString kOpenStates =
    QStringLiteral("('accepted', 'in_review', 'suspended', 'approved', 'certificate_issued', "
                   "'denied')");

const QString kOpenCases =
    QStringLiteral("SELECT c.id, c.number, c.matter_name_zh, c.matter_name_en, c.department_id, "
                   "c.applicant_name, c.status, c.accepted_on, c.promised_days, c.statutory_days, "
                   "c.extension_days, c.promised_due, c.statutory_due, c.due_estimated, "
                   "c.certificate_due FROM cases c WHERE c.status IN ") +
    kOpenStates;
const QString kOpenSteps =
    QStringLiteral("SELECT s.case_id, s.department_id, s.stage_name_zh, s.stage_name_en, "
                   "s.step_name_zh, s.step_name_en, s.due_on, s.stage_kind FROM case_steps s JOIN "
                   "cases c ON c.id = s.case_id WHERE s.state = 'open' AND c.status IN ") +
    kOpenStates + QStringLiteral(" ORDER BY s.case_id, s.stage_position, s.step_position");
const QString kOpenSuspensions =
    QStringLiteral("SELECT case_id, kind, started_on, expected_days FROM case_suspensions WHERE "
                   "ended_on IS NULL");
const QString kPendingExtensions =
    QStringLiteral("SELECT e.id, e.case_id, c.number, c.matter_name_zh, c.matter_name_en, "
                   "c.department_id, e.days, e.reason, a.display_name, e.requested_at, "
                   "c.statutory_due FROM case_extensions e JOIN cases c ON c.id = e.case_id LEFT "
                   "JOIN staff a ON a.id = e.requested_by WHERE e.state = 'requested' ORDER BY "
                   "e.requested_at");

QDate dateOf(const QVariant& v)
{
    return v.isNull() ? QDate() : fromDbDate(v.toString());
}

int severity(Light l)
{
    switch (l) {
    case Light::Red:
        return 3;
    case Light::Yellow:
        return 2;
    case Light::Green:
        return 1;
    case Light::None:
        break;
    }
    return 0;
}

Light worst(std::initializer_list<Light> lights)
{
    Light w = Light::None;
    for (Light l : lights) {
        if (severity(l) > severity(w))
            w = l;
    }
    return w;
}

int fewestDaysLeft(const SupervisedCase& c)
{
    int left = 1000000;
    for (const LimitState* l : {&c.promised, &c.statutory, &c.certificate}) {
        if (l->light != Light::None)
            left = std::min(left, l->daysLeft);
    }
    return left;
}

} // namespace

Light SupervisedCase::light() const
{
    return worst({promised.light, statutory.light, certificate.light});
}

int SupervisionSnapshot::count(Light light) const
{
    return int(std::count_if(cases.begin(), cases.end(),
                             [light](const SupervisedCase& c) { return c.light() == light; }));
}

int SupervisionSnapshot::statutoryOverdue() const
{
    return int(std::count_if(cases.begin(), cases.end(), [](const SupervisedCase& c) {
        return c.statutory.light == Light::Red;
    }));
}

int SupervisionSnapshot::suspended() const
{
    return int(std::count_if(cases.begin(), cases.end(),
                             [](const SupervisedCase& c) { return c.isSuspended(); }));
}

Result<LightThresholds> SupervisionService::thresholds(const Database& db)
{
    auto q = db.exec(QStringLiteral("SELECT key, value FROM center_settings WHERE key IN (?, ?)"),
                     {kYellowDays, kYellowPercent});
    if (!q)
        return q.error();
    LightThresholds t;
    while (q.value().next()) {
        bool ok = false;
        const int n = q.value().value(1).toString().toInt(&ok);
        if (!ok)
            continue;
        if (q.value().value(0).toString() == kYellowDays && n >= 0 && n <= 60)
            t.days = n;
        else if (q.value().value(0).toString() == kYellowPercent && n >= 0 && n <= 100)
            t.percent = n;
    }
    return t;
}

Status SupervisionService::setThresholds(const Context& ctx, const LightThresholds& t)
{
    CIVICDESK_TRY(authorize(ctx, Permission::ManageSettings,
                            {QStringLiteral("settings"), QStringLiteral("supervision")}));
    if (t.days < 0 || t.days > 60)
        return Error(ErrorKind::Invalid,
                     tr("The yellow light's working days must be from 0 to 60; the thresholds "
                        "were left as they were."));
    if (t.percent < 0 || t.percent > 100)
        return Error(ErrorKind::Invalid,
                     tr("The yellow light's share of the limit must be from 0 to 100 %; the "
                        "thresholds were left as they were."));
    return ctx.db.write([&](Transaction& tx) -> Status {
        for (const auto& [key, value] : {std::pair{kYellowDays, t.days}, std::pair{kYellowPercent, t.percent}}) {
            CIVICDESK_TRY(tx.exec(QStringLiteral("INSERT INTO center_settings (key, value) VALUES "
                                                 "(?, ?) ON CONFLICT (key) DO UPDATE SET value = "
                                                 "excluded.value"),
                                  {key, QString::number(value)})
                              .status());
        }
        return AuditLog::append(tx, ctx, QStringLiteral("settings.supervision_thresholds"),
                                {QStringLiteral("settings"), QStringLiteral("supervision")},
                                {{QStringLiteral("yellow_days"), t.days},
                                 {QStringLiteral("yellow_percent"), t.percent}});
    });
}

Result<qint64> SupervisionService::changeMarker(const Database& db)
{
    // Every change CivicDesk writes appends an audit row in the same transaction, and the
    // heads of the audit chains only grow: their sum is a change counter for the whole
    // database that costs one read of a table with a row per branch.
    auto v = db.scalar(QStringLiteral("SELECT COALESCE(SUM(seq), 0) FROM audit_head"));
    if (!v)
        return v.error();
    return v.value().toLongLong();
}

QStringList SupervisionService::snapshotStatements()
{
    return {kOpenCases, kOpenSteps, kOpenSuspensions, kPendingExtensions};
}

Result<SupervisionSnapshot> SupervisionService::snapshot(const Context& ctx)
{
    CIVICDESK_TRY(authorize(ctx, Permission::ViewSupervision));
    auto calendarResult = CalendarService::current(ctx.db);
    if (!calendarResult)
        return calendarResult.error();
    const WorkingCalendar& cal = *calendarResult.value();
    auto t = thresholds(ctx.db);
    if (!t)
        return t.error();
    SupervisionSnapshot snap;
    snap.today = ctx.clock.today();
    snap.thresholds = t.value();
    auto marker = changeMarker(ctx.db);
    if (!marker)
        return marker.error();
    snap.revision = marker.value();

    auto limit = [&](const QDate& due, int days, bool running) {
        LimitState l;
        l.due = due;
        l.limitDays = days;
        if (due.isValid()) {
            l.daysLeft = CaseClock::workingDaysLeft(cal, snap.today, due);
            if (running)
                l.light = CaseClock::light(cal, snap.today, due, days, snap.thresholds);
        }
        return l;
    };

    QHash<QString, int> index; // case id → position in snap.cases
    QSet<int> missingYears;
    {
        auto q = ctx.db.exec(kOpenCases);
        if (!q)
            return q.error();
        while (q.value().next()) {
            const QSqlQuery& r = q.value();
            SupervisedCase c;
            c.id = r.value(0).toString();
            c.number = r.value(1).toString();
            c.matterName = localizedName(r.value(2).toString(), r.value(3).toString());
            c.departmentId = r.value(4).toString();
            c.applicantName = privacy::maskName(r.value(5).toString());
            c.status = CaseStates::fromKey(r.value(6).toString()).value_or(S::InReview);
            c.acceptedOn = dateOf(r.value(7));
            c.extensionDays = r.value(10).toInt();
            const bool running = CaseStates::clockRuns(c.status);
            c.promised = limit(dateOf(r.value(11)), r.value(8).toInt() + c.extensionDays, running);
            c.statutory = limit(dateOf(r.value(12)), r.value(9).toInt() + c.extensionDays, running);
            c.certificate = limit(dateOf(r.value(14)), WorkflowService::kCertificateDays,
                                  c.status == S::Approved);
            c.estimated = r.value(13).toInt() != 0;
            for (const QDate& d : {c.promised.due, c.statutory.due, c.certificate.due}) {
                if (d.isValid() && !cal.covers(d.year()) && (running || c.status == S::Approved)) {
                    missingYears.insert(d.year());
                    c.estimated = true;
                }
            }
            index.insert(c.id, int(snap.cases.size()));
            snap.cases.push_back(c);
        }
    }

    QHash<QString, DepartmentSupervision> byDepartment;
    {
        auto q = ctx.db.exec(kOpenSteps);
        if (!q)
            return q.error();
        while (q.value().next()) {
            const QSqlQuery& r = q.value();
            const auto it = index.constFind(r.value(0).toString());
            if (it == index.constEnd())
                continue;
            SupervisedCase& c = snap.cases[it.value()];
            const QString department = r.value(1).toString();
            QString name = localizedName(r.value(4).toString(), r.value(5).toString());
            if (name.isEmpty())
                name = localizedName(r.value(2).toString(), r.value(3).toString());
            const QDate due = dateOf(r.value(6));
            const bool handover = r.value(7).toString() == QLatin1String("handover");
            if (!c.waitingAt.contains(department))
                c.waitingAt << department;
            c.openStepNames += (c.openStepNames.isEmpty() ? QString() : QStringLiteral(", ")) + name;
            if (due.isValid() && (!c.openStepDue.isValid() || due < c.openStepDue))
                c.openStepDue = due;
            const bool clockRuns = CaseStates::clockRuns(c.status) || c.status == S::Approved;
            const bool overdue = clockRuns && due.isValid() && snap.today > due;
            c.overdueSteps += overdue;
            if (!handover) {
                DepartmentSupervision& d = byDepartment[department];
                d.departmentId = department;
                d.stepsWaiting += 1;
                d.stepsOverdue += overdue;
            }
        }
    }
    {
        auto q = ctx.db.exec(kOpenSuspensions);
        if (!q)
            return q.error();
        while (q.value().next()) {
            const auto it = index.constFind(q.value().value(0).toString());
            if (it == index.constEnd())
                continue;
            SupervisedCase& c = snap.cases[it.value()];
            const auto kind = WorkflowNames::suspensionKindFromKey(q.value().value(1).toString());
            c.suspensionKind = kind ? WorkflowNames::name(*kind) : q.value().value(1).toString();
            c.suspendedSince = dateOf(q.value().value(2));
            c.expectedResume = cal.addWorkingDays(
                                      WorkflowRules::expectedLastDay(cal, c.suspendedSince,
                                                                     q.value().value(3).toInt()),
                                      1)
                                   .date;
        }
    }
    {
        auto q = ctx.db.exec(kPendingExtensions);
        if (!q)
            return q.error();
        while (q.value().next()) {
            const QSqlQuery& r = q.value();
            PendingExtension e;
            e.extensionId = r.value(0).toString();
            e.caseId = r.value(1).toString();
            e.caseNumber = r.value(2).toString();
            e.matterName = localizedName(r.value(3).toString(), r.value(4).toString());
            e.departmentId = r.value(5).toString();
            e.days = r.value(6).toInt();
            e.reason = r.value(7).toString();
            e.requestedBy = r.value(8).toString();
            e.requestedAt = fromDbTimestamp(r.value(9).toString());
            e.statutoryDue = dateOf(r.value(10));
            snap.extensionRequests.push_back(e);
            const auto it = index.constFind(e.caseId);
            if (it != index.constEnd())
                snap.cases[it.value()].extensionRequested = true;
        }
    }

    for (const SupervisedCase& c : snap.cases) {
        DepartmentSupervision& d = byDepartment[c.departmentId];
        d.departmentId = c.departmentId;
        d.open += 1;
        switch (c.light()) {
        case Light::Green:
            ++d.green;
            break;
        case Light::Yellow:
            ++d.yellow;
            break;
        case Light::Red:
            ++d.red;
            break;
        case Light::None:
            break;
        }
        d.statutoryOverdue += c.statutory.light == Light::Red;
        d.suspended += c.isSuspended();
        d.awaitingHandover += c.status == S::CertificateIssued || c.status == S::Denied ||
                              (c.status == S::Approved && !c.certificate.due.isValid());
    }
    auto departments = CatalogRepository(ctx.db).departments();
    if (!departments)
        return departments.error();
    for (const Department& dep : departments.value()) {
        auto it = byDepartment.find(dep.id);
        if (it == byDepartment.end())
            continue;
        it->departmentName = dep.name();
        snap.departments.push_back(it.value());
        byDepartment.erase(it);
    }
    for (const DepartmentSupervision& d : byDepartment) // departments since removed
        snap.departments.push_back(d);

    std::stable_sort(snap.cases.begin(), snap.cases.end(),
                     [](const SupervisedCase& a, const SupervisedCase& b) {
                         const int sa = a.statutory.light == Light::Red;
                         const int sb = b.statutory.light == Light::Red;
                         if (sa != sb)
                             return sa > sb;
                         if (severity(a.light()) != severity(b.light()))
                             return severity(a.light()) > severity(b.light());
                         if (fewestDaysLeft(a) != fewestDaysLeft(b))
                             return fewestDaysLeft(a) < fewestDaysLeft(b);
                         return a.number < b.number;
                     });

    // The calendar's own warning names this year and the next; a due date in a later year the
    // calendar lacks gets its own sentence.
    snap.coverageWarning = cal.coverageWarning(snap.today);
    QVector<int> years;
    for (int y : missingYears) {
        if (snap.coverageWarning.isEmpty() || y > snap.today.year() + 1)
            years.push_back(y);
    }
    if (!years.isEmpty()) {
        std::sort(years.begin(), years.end());
        if (!snap.coverageWarning.isEmpty())
            snap.coverageWarning += QLatin1Char(' ');
        snap.coverageWarning += WorkingCalendar::missingYearsWarning(years);
    }
    return snap;
}

Result<QVector<PublishedDecision>> SupervisionService::publishedDecisions(const Database& db,
                                                                        const QDate& from,
                                                                        const QDate& to)
{
    auto q = db.exec(QStringLiteral("SELECT p.case_number, p.matter_code, p.matter_name_zh, "
                                    "p.matter_name_en, d.name_zh, d.name_en, p.holder, p.content, "
                                    "p.certificate_name, p.certificate_number, p.valid_from, "
                                    "p.valid_until, p.decided_on FROM published_decisions p LEFT "
                                    "JOIN departments d ON d.id = p.department_id WHERE "
                                    "p.decided_on >= ? AND p.decided_on <= ? ORDER BY "
                                    "p.decided_on, p.case_number"),
                     {toDbDate(from), toDbDate(to)});
    if (!q)
        return q.error();
    QVector<PublishedDecision> list;
    while (q.value().next()) {
        const QSqlQuery& r = q.value();
        PublishedDecision p;
        p.caseNumber = r.value(0).toString();
        p.matterCode = r.value(1).toString();
        p.matterName = localizedName(r.value(2).toString(), r.value(3).toString());
        p.departmentName = localizedName(r.value(4).toString(), r.value(5).toString());
        p.holder = r.value(6).toString();
        p.content = r.value(7).toString();
        p.certificateName = r.value(8).toString();
        p.certificateNumber = r.value(9).toString();
        p.validFrom = dateOf(r.value(10));
        p.validUntil = dateOf(r.value(11));
        p.decidedOn = dateOf(r.value(12));
        list.push_back(p);
    }
    return list;
}

} // namespace civicdesk
