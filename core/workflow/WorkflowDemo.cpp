#include "WorkflowDemo.h"

#include "CaseClock.h"
#include "CaseRepository.h"
#include "WorkflowService.h"

#include "Clock.h"
#include "calendar/CalendarService.h"
#include "catalog/CatalogRepository.h"
#include "intake/CaseNumbers.h"
#include "security/AuditLog.h"
#include "security/Session.h"
#include "security/StaffService.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <map>

namespace civicdesk {

Result<QString> WorkflowDemo::acceptCase(const Context& ctx, const Matter& matter,
                                         const CaseApplicant& applicant)
{
    auto calendar = CalendarService::current(ctx.db);
    if (!calendar)
        return calendar.error();
    auto branch = ctx.db.branchCode();
    if (!branch)
        return branch.error();
    const QDateTime now = ctx.clock.now();
    CaseRecord c;
    c.id = newId();
    c.branchCode = branch.value();
    c.matterId = matter.id;
    c.matterCode = matter.code;
    c.matterNameZh = matter.nameZh;
    c.matterNameEn = matter.nameEn;
    c.departmentId = matter.departmentId;
    c.templateVersion = matter.workflow.version;
    c.applicantKind = applicant.kind;
    c.applicantId = applicant.id;
    c.applicantName = applicant.name;
    c.applicantDocument = applicant.document;
    c.applicantPhoneKey = applicant.phone;
    c.status = CaseStatus::Accepted;
    c.receivedAt = now;
    c.acceptedOn = now.date();
    c.statutoryDays = matter.statutoryDays;
    c.promisedDays = matter.promisedDays;
    CaseLimits limits;
    limits.acceptedOn = c.acceptedOn;
    limits.promisedDays = c.promisedDays;
    limits.statutoryDays = c.statutoryDays;
    const CaseDeadlines due = CaseClock::deadlines(*calendar.value(), limits);
    c.promisedDue = due.promisedDue;
    c.statutoryDue = due.statutoryDue;
    c.dueEstimated = due.isEstimate();
    c.intakeStaffId = ctx.session.staffId();
    c.windowId = ctx.session.windowId();
    c.createdAt = c.updatedAt = now;
    QVector<CaseMaterial> materials;
    for (const Material& m : matter.materials) {
        CaseMaterial cm;
        cm.position = int(materials.size()) + 1;
        cm.materialId = m.id;
        cm.nameZh = m.nameZh;
        cm.nameEn = m.nameEn;
        cm.form = m.form;
        cm.copies = m.copies;
        cm.mayFollowLater = m.mayFollowLater;
        materials.push_back(cm);
    }
    const QVector<CaseStep> steps = CaseRepository::stepsFromTemplate(
        matter.workflow, matter.departmentId, ctx.session.staffId(), now, *calendar.value());
    Status s = ctx.db.write([&](Transaction& tx) -> Status {
        auto number = CaseNumbers::next(tx, c.acceptedOn);
        if (!number)
            return number.error();
        c.number = number.value();
        CIVICDESK_TRY(CaseRepository::insert(tx, c));
        CIVICDESK_TRY(CaseRepository::insertMaterials(tx, c.id, materials));
        CIVICDESK_TRY(CaseRepository::insertSteps(tx, c.id, steps));
        return AuditLog::append(tx, ctx, QStringLiteral("case.accepted"), {QStringLiteral("case"), c.id},
                                {{QStringLiteral("number"), c.number},
                                 {QStringLiteral("to"), CaseStates::key(CaseStatus::Accepted)}});
    });
    if (!s)
        return s.error();
    return c.id;
}

namespace {

// The demo's history, written day by day through the real services by the demo accounts.
class Story {
public:
    Story(Database& db, const Clock& clock, std::shared_ptr<const WorkingCalendar> calendar)
        : m_db(db), m_today(clock.today()), m_now(clock.now()), m_clock(clock.now()),
          m_calendar(std::move(calendar))
    {
    }

    Status prepare()
    {
        for (const char* login : {"clerk1", "supervisor", "approver.ga", "approver.sj",
                                  "approver.zj", "approver.rs", "approver.mz", "approver.zr",
                                  "approver.yb", "approver.sw"}) {
            auto r = StaffService::findByLogin(m_db, QString::fromLatin1(login));
            if (!r)
                return r.error();
            StaffIdentity s;
            s.id = r->id;
            s.login = r->login;
            s.displayName = r->displayName;
            s.departmentId = r->departmentId;
            s.departmentCode = r->departmentCode;
            s.roles = r->roles;
            m_sessions.emplace(r->login, Session::forStaff(s));
        }
        auto window = m_db.scalar(QStringLiteral("SELECT id FROM windows ORDER BY number"));
        if (window && !window.value().isNull())
            m_sessions.at(QStringLiteral("clerk1")).setWindowId(window.value().toString());
        auto persons = m_db.exec(QStringLiteral("SELECT id, name, document_number, phone FROM "
                                                "persons WHERE document_type = 'resident_id' "
                                                "ORDER BY name, id"));
        if (!persons)
            return persons.error();
        while (persons.value().next())
            m_persons.push_back({QStringLiteral("person"), persons.value().value(0).toString(),
                                 persons.value().value(1).toString(),
                                 persons.value().value(2).toString(),
                                 persons.value().value(3).toString()});
        auto orgs = m_db.exec(QStringLiteral("SELECT id, name, credit_code, contact_phone FROM "
                                             "organisations ORDER BY name, id"));
        if (!orgs)
            return orgs.error();
        while (orgs.value().next())
            m_orgs.push_back({QStringLiteral("organisation"), orgs.value().value(0).toString(),
                              orgs.value().value(1).toString(), orgs.value().value(2).toString(),
                              orgs.value().value(3).toString()});
        if (m_persons.isEmpty() || m_orgs.isEmpty())
            return Error(ErrorKind::Internal, WorkflowDemo::tr("The demo applicants are missing."));
        return {};
    }

    // The clock at a time of a working day `daysAgo` working days before today; on today
    // itself never later than now.
    void at(int daysAgo, int hour, int minute = 0)
    {
        const QDate day = daysAgo == 0 ? m_today : m_calendar->addWorkingDays(m_today, -daysAgo).date;
        QDateTime t(day, QTime(hour, minute));
        // The story's events of today end at 10:00. Earlier in the day they are squeezed, all
        // of them, into the half hour before now, in the same order as the times asked for.
        if (day == m_today && m_now.time() < QTime(10, 30)) {
            const int minuteOfDay = hour * 60 + minute;
            t = m_now.addSecs(-1800 + minuteOfDay * 1800 / 1440);
            if (t.date() != m_today)
                t = QDateTime(m_today, QTime(0, 0)).addSecs(minuteOfDay / 10);
        }
        m_clock.set(t);
    }

    Context as(const char* login) { return {m_db, m_clock, m_sessions.at(QString::fromLatin1(login))}; }
    const Session& session(const char* login) { return m_sessions.at(QString::fromLatin1(login)); }

    Result<QString> accept(const char* code, const CaseApplicant& applicant)
    {
        auto matter = CatalogRepository(m_db).matterByCode(QString::fromLatin1(code));
        if (!matter)
            return matter.error();
        ++m_cases;
        return WorkflowDemo::acceptCase(as("clerk1"), matter.value(), applicant);
    }

    // The open step of the login's department on the case.
    Result<QString> openStep(const QString& caseId, const char* login)
    {
        const Session& s = session(login);
        auto steps = CaseRepository(m_db).steps(caseId);
        if (!steps)
            return steps.error();
        for (const CaseStep& x : steps.value()) {
            if (x.state == StepState::Open && x.departmentId == s.departmentId())
                return x.id;
        }
        return Error(ErrorKind::Internal,
                     QStringLiteral("demo: no open step for %1").arg(QString::fromLatin1(login)));
    }

    Status approve(const QString& caseId, const char* login, const ApprovalDetails& d = {})
    {
        auto step = openStep(caseId, login);
        if (!step)
            return step.error();
        return WorkflowService(as(login)).approveStep(step.value(), d).status();
    }

    Status ret(const QString& caseId, const char* login, int toStage, const QString& reason)
    {
        auto step = openStep(caseId, login);
        if (!step)
            return step.error();
        return WorkflowService(as(login)).returnStep(step.value(), toStage, reason).status();
    }

    Status deny(const QString& caseId, const char* login, const QStringList& reasons)
    {
        auto step = openStep(caseId, login);
        if (!step)
            return step.error();
        return WorkflowService(as(login)).denyStep(step.value(), {reasons, QString()}).status();
    }

    Status handOverAtCounter(const QString& caseId, const CaseApplicant& by, RecipientRelation relation)
    {
        Handover h;
        h.method = HandoverMethod::Counter;
        h.recipientName = by.name;
        h.relation = relation;
        h.recipientDocumentNumber = by.document;
        h.identityChecked = true;
        return WorkflowService(as("clerk1")).handOver(caseId, h).status();
    }

    // Cases taken in before this story (the intake's demo), worked the way departments work:
    // each open step decided a working day or two after it opened, the result collected at the
    // window, until what is left is recent. Every eighth case is left where it stands: a
    // center has its laggards, and supervision shows them.
    Status workBacklog(const QStringList& caseIds)
    {
        QHash<QString, QString> approverOf; // department id -> login
        for (const auto& [login, session] : m_sessions) {
            if (login.startsWith(QLatin1String("approver.")))
                approverOf.insert(session.departmentId(), login);
        }
        int n = 0;
        for (const QString& id : caseIds) {
            if (++n % 8 == 0)
                continue;
            for (int round = 0; round < 16; ++round) {
                auto steps = CaseRepository(m_db).steps(id);
                if (!steps)
                    return steps.error();
                const CaseStep* open = nullptr;
                for (const CaseStep& x : steps.value()) {
                    if (x.state == StepState::Open) {
                        open = &x;
                        break;
                    }
                }
                if (!open || !open->openedAt.isValid())
                    break;
                const QDate done =
                    m_calendar->addWorkingDays(open->openedAt.date(), 1 + (n + round) % 2).date;
                if (done >= m_today)
                    break;
                const QTime time(9 + (n * 3 + round) % 7, (n * 17 + round * 7) % 60);
                m_clock.set(QDateTime(done, std::max(time, open->openedAt.time().addSecs(60))));
                if (open->stageKind == StageKind::Handover) {
                    CIVICDESK_TRY(handOverAtCounter(id, person(n + 3), RecipientRelation::Agent));
                    break;
                }
                const QString login = approverOf.value(open->departmentId);
                if (login.isEmpty())
                    break;
                CIVICDESK_TRY(WorkflowService(as(login.toLatin1().constData()))
                                  .approveStep(open->id)
                                  .status());
            }
        }
        m_clock.set(m_now);
        return {};
    }

    // A case that stays at intake: refused, or waiting for the missing materials.
    Status intakeOnly(const char* code, const CaseApplicant& applicant, CaseStatus status)
    {
        auto matter = CatalogRepository(m_db).matterByCode(QString::fromLatin1(code));
        if (!matter)
            return matter.error();
        auto branch = m_db.branchCode();
        if (!branch)
            return branch.error();
        const Context ctx = as("clerk1");
        CaseRecord c;
        c.id = newId();
        c.branchCode = branch.value();
        c.matterId = matter->id;
        c.matterCode = matter->code;
        c.matterNameZh = matter->nameZh;
        c.matterNameEn = matter->nameEn;
        c.departmentId = matter->departmentId;
        c.templateVersion = matter->workflow.version;
        c.applicantKind = applicant.kind;
        c.applicantId = applicant.id;
        c.applicantName = applicant.name;
        c.applicantDocument = applicant.document;
        c.applicantPhoneKey = applicant.phone;
        c.status = status;
        c.receivedAt = m_clock.now();
        c.statutoryDays = matter->statutoryDays;
        c.promisedDays = matter->promisedDays;
        c.intakeStaffId = ctx.session.staffId();
        c.createdAt = c.updatedAt = m_clock.now();
        const bool refused = status == CaseStatus::Refused;
        if (refused) {
            c.refusalReason = QStringLiteral("申请事项依法不属于本机关职权范围");
            c.competentAuthority = QStringLiteral("示范市卫生健康委员会");
            c.closedAt = m_clock.now();
        } else {
            c.correctionDue = m_calendar->addWorkingDays(m_clock.today(), 5).date;
        }
        ++m_cases;
        return m_db.write([&](Transaction& tx) -> Status {
            auto number = CaseNumbers::next(tx, m_clock.today());
            if (!number)
                return number.error();
            c.number = number.value();
            CIVICDESK_TRY(CaseRepository::insert(tx, c));
            return AuditLog::append(tx, ctx,
                                    refused ? QStringLiteral("case.refused")
                                            : QStringLiteral("case.correction_notice"),
                                    {QStringLiteral("case"), c.id},
                                    {{QStringLiteral("number"), c.number},
                                     {QStringLiteral("to"), CaseStates::key(status)}});
        });
    }

    const CaseApplicant& person(int i) const { return m_persons.at(i % m_persons.size()); }
    const CaseApplicant& org(int i) const { return m_orgs.at(i % m_orgs.size()); }
    int cases() const { return m_cases; }

private:
    Database& m_db;
    QDate m_today;
    QDateTime m_now;
    ManualClock m_clock;
    std::shared_ptr<const WorkingCalendar> m_calendar;
    std::map<QString, Session> m_sessions;
    QVector<CaseApplicant> m_persons;
    QVector<CaseApplicant> m_orgs;
    int m_cases = 0;
};

ApprovalDetails remark(const QString& note)
{
    ApprovalDetails d;
    d.note = note;
    return d;
}

ApprovalDetails certificate(const QString& name, const QString& number)
{
    ApprovalDetails d;
    d.certificateName = name;
    d.certificateNumber = number;
    return d;
}

#define DEMO_TRY(expr) CIVICDESK_TRY(expr)
#define DEMO_CASE(var, expr)                                                                       \
    auto var##Result = (expr);                                                                     \
    if (!var##Result)                                                                              \
        return var##Result.error();                                                                \
    const QString var = var##Result.value()

Status tell(Story& s)
{
    // Work from long ago to today, so that every action happens after what it builds on.

    // Public rental housing, joint review by housing and civil affairs, extended by 15 working
    // days (art. 42 (2)) with the supervisor's approval.
    s.at(22, 9, 20);
    DEMO_CASE(housing, s.accept("ZJ-002", s.person(0)));
    s.at(12, 15, 10);
    DEMO_TRY(s.approve(housing, "approver.mz", remark(QStringLiteral("家庭收入及财产状况符合保障标准"))));
    s.at(4, 10, 30);
    DEMO_TRY(WorkflowService(s.as("approver.zj"))
                 .requestExtension(housing, {QStringLiteral("申请人住房情况需会同街道现场核实，"
                                                            "情况复杂"),
                                             0})
                 .status());
    s.at(3, 9, 15);
    {
        auto w = WorkflowService(s.as("supervisor")).load(housing);
        if (!w)
            return w.error();
        DEMO_TRY(WorkflowService(s.as("supervisor"))
                     .decideExtension(w->pendingExtension()->id, true, QStringLiteral("同意延长"))
                     .status());
    }

    // Minimum living allowance: an extension request waiting for the supervisor.
    s.at(24, 14, 0);
    DEMO_CASE(allowance, s.accept("MZ-002", s.person(1)));
    s.at(1, 16, 40);
    DEMO_TRY(WorkflowService(s.as("approver.mz"))
                 .requestExtension(allowance, {QStringLiteral("入户调查发现申请人家庭成员收入"
                                                              "情况需向外地核实"),
                                               0})
                 .status());

    // Unemployment benefit: past its statutory limit (red).
    s.at(12, 10, 5);
    DEMO_CASE(benefit, s.accept("RS-002", s.person(2)));
    s.at(9, 11, 0);
    DEMO_TRY(s.approve(benefit, "approver.rs"));

    // Social security card: made (decision and certificate at once) and sent by post.
    s.at(9, 9, 40);
    DEMO_CASE(card, s.accept("RS-001", s.person(3)));
    s.at(6, 15, 0);
    DEMO_TRY(s.approve(card, "approver.rs",
                       certificate(QStringLiteral("社会保障卡"), QStringLiteral("SB3301-0098765"))));
    s.at(5, 10, 0);
    {
        Handover h;
        h.method = HandoverMethod::Mail;
        h.recipientName = s.person(3).name;
        h.carrier = QStringLiteral("EMS");
        h.trackingNumber = QStringLiteral("EA123456789CN");
        DEMO_TRY(WorkflowService(s.as("clerk1")).handOver(card, h).status());
    }

    // Food business licence: promised limit passed (red), statutory near (yellow).
    s.at(8, 9, 30);
    DEMO_CASE(food, s.accept("SJ-003", s.org(0)));
    s.at(5, 14, 20);
    DEMO_TRY(s.approve(food, "approver.sj", remark(QStringLiteral("现场核查符合要求"))));

    // Birth registration: decided and handed over the next day.
    s.at(6, 9, 10);
    DEMO_CASE(birth, s.accept("GA-003", s.person(4)));
    s.at(5, 11, 30);
    DEMO_TRY(s.approve(birth, "approver.ga"));
    s.at(5, 15, 45);
    DEMO_TRY(s.handOverAtCounter(birth, s.person(4), RecipientRelation::Self));

    // Planning permit: suspended for a hearing (art. 45).
    s.at(6, 10, 50);
    DEMO_CASE(planning, s.accept("ZR-003", s.org(1)));
    s.at(3, 16, 0);
    DEMO_TRY(WorkflowService(s.as("approver.zr"))
                 .suspend(planning, {SuspensionKind::Hearing,
                                     QStringLiteral("该项目涉及周边居民重大利益，依申请举行听证"),
                                     10})
                 .status());

    // Passport: decided, the certificate is being made.
    s.at(5, 9, 0);
    DEMO_CASE(passport, s.accept("GA-004", s.person(5)));
    s.at(4, 10, 0);
    DEMO_TRY(s.approve(passport, "approver.ga"));
    s.at(2, 14, 30);
    DEMO_TRY(s.approve(passport, "approver.ga",
                       certificate(QStringLiteral("中华人民共和国普通护照"), QString())));

    // Mortgage registration: certificate made, waiting at the window.
    s.at(4, 9, 45);
    DEMO_CASE(mortgage, s.accept("ZR-002", s.org(2)));
    s.at(3, 11, 0);
    DEMO_TRY(s.approve(mortgage, "approver.zr"));
    s.at(3, 16, 30);
    DEMO_TRY(s.approve(mortgage, "approver.zr", remark(QStringLiteral("准予办理抵押权首次登记"))));
    s.at(2, 10, 20);
    DEMO_TRY(s.approve(mortgage, "approver.zr",
                       certificate(QStringLiteral("不动产登记证明"), QStringLiteral("浙(2026)示范市不动产证明第0012345号"))));

    // Invoices: denied, and the decision handed over.
    s.at(3, 9, 5);
    DEMO_CASE(invoices, s.accept("SW-001", s.org(3)));
    s.at(3, 10, 40);
    DEMO_TRY(s.deny(invoices, "approver.sw",
                    {QStringLiteral("纳税人存在未按期申报记录，尚未处理完毕")}));
    s.at(2, 9, 30);
    DEMO_TRY(s.handOverAtCounter(invoices, s.person(6), RecipientRelation::Agent));

    // Construction permit: the decision stage sent it back to the review.
    s.at(3, 14, 10);
    DEMO_CASE(construction, s.accept("ZJ-001", s.org(4)));
    s.at(2, 11, 15);
    DEMO_TRY(s.approve(construction, "approver.zj"));
    s.at(1, 15, 20);
    DEMO_TRY(s.ret(construction, "approver.zj", 2,
                   QStringLiteral("施工图审查合格书与申报图纸版本不一致，请重新核对")));

    // Property transfer: side by side, tax and housing done, registration open (yellow).
    s.at(3, 9, 35);
    DEMO_CASE(property, s.accept("ZR-001", s.person(7)));
    s.at(2, 10, 0);
    DEMO_TRY(s.approve(property, "approver.sw", remark(QStringLiteral("契税已缴纳"))));
    s.at(2, 15, 30);
    DEMO_TRY(s.approve(property, "approver.zj"));

    // Company registration: denied, the decision waits at the window.
    s.at(2, 10, 10);
    DEMO_CASE(company, s.accept("SJ-001", s.org(5)));
    s.at(1, 9, 50);
    DEMO_TRY(s.deny(company, "approver.sj",
                    {QStringLiteral("拟定企业名称与已登记企业名称近似，不符合企业名称登记管理规定"),
                     QStringLiteral("公司章程未载明股东出资方式")}));

    // Medical insurance abroad: withdrawn by the applicant.
    s.at(1, 11, 25);
    DEMO_CASE(insurance, s.accept("YB-002", s.person(8)));
    s.at(0, 9, 0);
    DEMO_TRY(WorkflowService(s.as("clerk1"))
                 .withdraw(insurance, QStringLiteral("申请人书面申请撤回，改为线上办理"))
                 .status());

    // Starting a business: four departments side by side, two done.
    s.at(0, 9, 10);
    DEMO_CASE(business, s.accept("SJ-002", s.org(6)));
    s.at(0, 9, 40);
    DEMO_TRY(s.approve(business, "approver.sj"));
    DEMO_TRY(s.approve(business, "approver.ga"));

    // New today, nothing done yet.
    s.at(0, 9, 25);
    DEMO_TRY(s.accept("GA-001", s.person(9)).status());
    s.at(0, 9, 55);
    DEMO_TRY(s.accept("ZR-002", s.person(10)).status());

    // Still at intake.
    s.at(0, 10, 0);
    DEMO_TRY(s.intakeOnly("SJ-003", s.org(7), CaseStatus::AwaitingCorrection));
    s.at(1, 14, 0);
    DEMO_TRY(s.intakeOnly("GA-004", s.person(11), CaseStatus::Refused));
    return {};
}

} // namespace

Result<QStringList> WorkflowDemo::fill(Database& db, const Clock& clock)
{
    auto calendar = CalendarService::current(db);
    if (!calendar)
        return calendar.error();
    // Where the demo center's applicants turn against a decision (art. 38 (2)).
    CIVICDESK_TRY(db.write([](Transaction& tx) -> Status {
        const QList<QPair<QString, QString>> settings = {
            {QStringLiteral("remedy.reconsideration_body"), QStringLiteral("示范市人民政府")},
            {QStringLiteral("remedy.reconsideration_body_en"),
             QStringLiteral("Shifan City People's Government")},
            {QStringLiteral("remedy.court"), QStringLiteral("示范市西湖区人民法院")},
            {QStringLiteral("remedy.court_en"),
             QStringLiteral("Xihu District People's Court of Shifan")},
        };
        for (const auto& [key, value] : settings) {
            CIVICDESK_TRY(tx.exec(QStringLiteral("INSERT INTO center_settings (key, value) VALUES "
                                                 "(?, ?) ON CONFLICT (key) DO NOTHING"),
                                  {key, value})
                              .status());
        }
        return {};
    }));
    // The cases the intake's demo accepted, to be worked before this story is told.
    QStringList backlog;
    auto open = db.exec(QStringLiteral("SELECT id FROM cases WHERE status IN (?, ?) ORDER BY "
                                       "accepted_on, id"),
                        {CaseStates::key(CaseStatus::Accepted), CaseStates::key(CaseStatus::InReview)});
    if (!open)
        return open.error();
    while (open.value().next())
        backlog << open.value().value(0).toString();
    Story story(db, clock, calendar.value());
    CIVICDESK_TRY(story.prepare());
    CIVICDESK_TRY(story.workBacklog(backlog));
    CIVICDESK_TRY(tell(story));
    return QStringList{tr("%n case(s) in every state of the approval workflow", nullptr,
                          story.cases())};
}

} // namespace civicdesk
