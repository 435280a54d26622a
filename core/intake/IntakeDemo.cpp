#include "IntakeDemo.h"

#include "Clock.h"
#include "calendar/CalendarService.h"
#include "catalog/CatalogRepository.h"
#include "intake/ApplicantRepository.h"
#include "intake/IntakeService.h"
#include "scheduling/WindowService.h"
#include "security/Session.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "workflow/CaseRepository.h"

#include <QRandomGenerator>

namespace civicdesk {

namespace {

struct Clerk {
    Session session;
    QString windowId;
};

Result<QVector<Clerk>> demoClerks(const Database& db)
{
    auto windows = WindowService::windows(db);
    if (!windows)
        return windows.error();
    auto q = db.exec(QStringLiteral("SELECT s.id, s.login, s.display_name FROM staff s JOIN "
                                    "staff_roles r ON r.staff_id = s.id WHERE r.role = 'clerk' "
                                    "ORDER BY s.login"));
    if (!q)
        return q.error();
    QVector<Clerk> clerks;
    while (q.value().next()) {
        StaffIdentity s;
        s.id = q.value().value(0).toString();
        s.login = q.value().value(1).toString();
        s.displayName = q.value().value(2).toString();
        s.roles = {Role::Clerk};
        const int i = clerks.size();
        clerks.push_back({Session::forStaff(s),
                          windows->isEmpty() ? QString() : windows->at(i % windows->size()).id});
    }
    return clerks;
}

Result<QVector<Applicant>> demoApplicants(const Context& ctx, const QString& table,
                                          ApplicantKind kind)
{
    auto q = ctx.db.exec(QStringLiteral("SELECT id FROM %1 ORDER BY created_at, id").arg(table));
    if (!q)
        return q.error();
    QStringList ids;
    while (q.value().next())
        ids << q.value().value(0).toString();
    q.value().finish();
    QVector<Applicant> list;
    ApplicantRepository repository(ctx);
    for (const QString& id : ids) {
        auto a = repository.findById(kind, id);
        if (!a)
            return a.error();
        if (a.value())
            list << *a.value();
    }
    return list;
}

} // namespace

Result<QStringList> IntakeDemo::fill(Database& db, const Clock& clock)
{
    // The bodies that hear a refusal's appeals, as the refusal notice names them.
    Status settings = db.write([](Transaction& tx) -> Status {
        const QList<QPair<QString, QString>> values = {
            {QStringLiteral("remedy.reconsideration_body"), QStringLiteral("示范市人民政府")},
            {QStringLiteral("remedy.reconsideration_body_en"),
             QStringLiteral("Shifan City People's Government")},
            {QStringLiteral("remedy.court"), QStringLiteral("示范市西湖区人民法院")},
            {QStringLiteral("remedy.court_en"),
             QStringLiteral("Xihu District People's Court of Shifan")},
        };
        for (const auto& [key, value] : values)
            CIVICDESK_TRY(tx.exec(QStringLiteral("INSERT INTO center_settings (key, value) VALUES "
                                                 "(?, ?) ON CONFLICT (key) DO NOTHING"),
                                  {key, value}));
        return {};
    });
    if (!settings)
        return settings.error();

    const Session system = Session::system(QStringLiteral("demo"));
    const Context reader{db, clock, system};
    auto clerks = demoClerks(db);
    if (!clerks)
        return clerks.error();
    auto persons = demoApplicants(reader, QStringLiteral("persons"), ApplicantKind::Person);
    if (!persons)
        return persons.error();
    auto organisations =
        demoApplicants(reader, QStringLiteral("organisations"), ApplicantKind::Organisation);
    if (!organisations)
        return organisations.error();
    if (clerks->isEmpty() || persons->isEmpty() || organisations->isEmpty())
        return QStringList();
    auto calendar = CalendarService::current(db);
    if (!calendar)
        return calendar.error();

    CatalogRepository catalog(db);
    const QStringList personMatters = {QStringLiteral("GA-001"), QStringLiteral("GA-004"),
                                       QStringLiteral("RS-001"), QStringLiteral("RS-002"),
                                       QStringLiteral("ZJ-002"), QStringLiteral("MZ-002"),
                                       QStringLiteral("ZR-001"), QStringLiteral("YB-002")};
    const QStringList organisationMatters = {QStringLiteral("SJ-001"), QStringLiteral("SJ-003"),
                                             QStringLiteral("ZJ-001"), QStringLiteral("SW-001"),
                                             QStringLiteral("ZR-002")};
    QHash<QString, Matter> matters;
    for (const QString& code : personMatters + organisationMatters) {
        auto m = catalog.matterByCode(code);
        if (m)
            matters.insert(code, m.take());
    }

    QRandomGenerator random(20261120);
    ManualClock at(clock.now());
    QStringList waiting; // awaiting correction with a notice: some come back complete
    int counts[6] = {};
    int made = 0;
    const QDate today = clock.today();
    // The last 20 working days, oldest first, and today's morning.
    QVector<QDate> days;
    for (QDate d = today; days.size() < 20; d = d.addDays(-1)) {
        if (calendar.value()->isWorkingDay(d))
            days.prepend(d);
    }
    for (const QDate& day : days) {
        const int perDay = day == today ? 3 : 3 + int(random.bounded(3));
        for (int n = 0; n < perDay; ++n) {
            const QTime time(9 + int(random.bounded(7)), int(random.bounded(60)));
            if (day == today && time > clock.now().time())
                continue;
            at.set(QDateTime(day, time));
            const Clerk& clerk = clerks->at(int(random.bounded(clerks->size())));
            const Context ctx{db, at, clerk.session};
            const bool organisation = random.bounded(3) == 0;
            const QStringList& codes = organisation ? organisationMatters : personMatters;
            const QString code = codes.at(int(random.bounded(codes.size())));
            if (!matters.contains(code))
                continue;
            const Matter& matter = matters[code];
            IntakeRequest r;
            r.matterId = matter.id;
            r.applicant = organisation
                              ? organisations->at(int(random.bounded(organisations->size())))
                              : persons->at(int(random.bounded(persons->size())));
            r.windowId = clerk.windowId;
            r.documentLanguage = QStringLiteral("zh_CN");

            const int roll = int(random.bounded(100));
            int followIndex = -1;
            for (int i = 0; i < matter.materials.size(); ++i) {
                if (matter.materials.at(i).mayFollowLater)
                    followIndex = i;
            }
            const IntakeLimits limits = IntakeService::limits(
                *calendar.value(), day, matter.promisedDays, matter.statutoryDays);
            if (roll < 16 && followIndex >= 0 &&
                limits.latestPromiseDue >= limits.earliestPromiseDue) {
                r.outcome = IntakeOutcome::AcceptWithDeficiency;
                r.materials = {{matter.materials.at(followIndex).id, MaterialState::Deferred,
                                QStringLiteral("正在办理中，承诺期限内补交")}};
                r.promiseDue = limits.latestPromiseDue;
            } else if (roll < 24 && matter.materials.size() >= 2) {
                r.outcome = IntakeOutcome::NoticeCorrection;
                r.materials = {{matter.materials.at(0).id, MaterialState::Defective,
                                QStringLiteral("复印件不清晰，无法辨认")},
                               {matter.materials.constLast().id, MaterialState::Missing, {}}};
            } else if (roll < 30) {
                r.outcome = IntakeOutcome::ReceiveForReview;
            } else if (roll < 35) {
                r.outcome = IntakeOutcome::Refuse;
                r.reason = QStringLiteral("申请事项依法不需要取得行政许可");
            } else if (roll < 38) {
                r.outcome = IntakeOutcome::Withdraw;
                r.reason = QStringLiteral("申请人决定暂不办理");
            } else {
                r.outcome = IntakeOutcome::Accept;
            }
            auto result = IntakeService(ctx).decide(r);
            if (!result)
                return result.error();
            ++made;
            ++counts[int(r.outcome)];
            if (r.outcome == IntakeOutcome::NoticeCorrection)
                waiting << result->record.id;
        }
        // Some applicants come back a few days after their notice with everything, late in
        // the afternoon (not yet, today, when the demo is made before then).
        if (waiting.size() > 2 && QDateTime(day, QTime(16, 40)) <= clock.now()) {
            const QString id = waiting.takeFirst();
            at.set(QDateTime(day, QTime(16, 40)));
            const Context ctx{db, at, clerks->first().session};
            IntakeRequest back;
            back.outcome = IntakeOutcome::Accept;
            back.documentLanguage = QStringLiteral("zh_CN");
            auto materials = CaseRepository(db).materials(id);
            if (!materials)
                return materials.error();
            for (const CaseMaterial& m : materials.value())
                back.materials << MaterialCheck{m.materialId, MaterialState::Received, {}};
            auto result = IntakeService(ctx).decideWaiting(id, back);
            if (!result)
                return result.error();
        }
    }
    auto deemed = IntakeService::deemAcceptedOverdue(db, clock);
    if (!deemed)
        return deemed.error();
    return QStringList{
        IntakeService::tr("%n application(s) taken in", nullptr, made),
        IntakeService::tr("%1 accepted, %2 with a deficiency, %3 one-time notices, %4 received "
                          "for checking (%5 since deemed accepted), %6 refused, %7 withdrawn")
            .arg(counts[int(IntakeOutcome::Accept)])
            .arg(counts[int(IntakeOutcome::AcceptWithDeficiency)])
            .arg(counts[int(IntakeOutcome::NoticeCorrection)])
            .arg(counts[int(IntakeOutcome::ReceiveForReview)])
            .arg(deemed->size())
            .arg(counts[int(IntakeOutcome::Refuse)])
            .arg(counts[int(IntakeOutcome::Withdraw)])};
}

} // namespace civicdesk
