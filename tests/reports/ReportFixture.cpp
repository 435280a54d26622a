#include "ReportFixture.h"

#include "storage/Transaction.h"

namespace civicdesk::test {

namespace {

QVariant orNull(const QString& s)
{
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}

QString at(const QString& date, const QString& time)
{
    if (time.isEmpty())
        return {};
    if (time.size() > 10)
        return time.size() == 19 ? time + QStringLiteral(".000") : time;
    return date + QLatin1Char(' ') + time + QStringLiteral(".000");
}

} // namespace

ReportFixture::ReportFixture()
    : m_db(std::make_unique<TestDatabase>()), m_clock(QDateTime(QDate(2026, 11, 20), QTime(18, 30)))
{
    deptGA = newId();
    deptSJ = newId();
    matterGA = newId();
    matterSJ = newId();
    catA = newId();
    catB = newId();
    win1 = newId();
    win2 = newId();
    const QString ts = QStringLiteral("2026-01-01 08:00:00.000");
    exec(QStringLiteral("INSERT INTO departments (id, code, name_zh, name_en, sort_order) VALUES "
                        "(?, 'GA', '公安局', 'Public Security Bureau', 1)"),
         {deptGA});
    exec(QStringLiteral("INSERT INTO departments (id, code, name_zh, name_en, sort_order) VALUES "
                        "(?, 'SJ', '市场监管局', 'Market Regulation', 2)"),
         {deptSJ});
    const QString matter = QStringLiteral(
        "INSERT INTO matters (id, code, name_zh, name_en, department_id, kind, statutory_days, "
        "promised_days, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 'licence', 20, ?, ?, ?)");
    exec(matter, {matterGA, QStringLiteral("GA-001"), QStringLiteral("户口迁移"),
                  QStringLiteral("Household transfer"), deptGA, 5, ts, ts});
    exec(matter, {matterSJ, QStringLiteral("SJ-001"), QStringLiteral("企业设立登记"),
                  QStringLiteral("Business registration"), deptSJ, 3, ts, ts});
    const QString category = QStringLiteral("INSERT INTO ticket_categories (id, prefix, name_zh, "
                                            "name_en, sort_order) VALUES (?, ?, ?, ?, ?)");
    exec(category,
         {catA, QStringLiteral("A"), QStringLiteral("户籍"), QStringLiteral("Household"), 1});
    exec(category,
         {catB, QStringLiteral("B"), QStringLiteral("企业"), QStringLiteral("Business"), 2});
    exec(QStringLiteral(
             "INSERT INTO ticket_category_matters (category_id, matter_code) VALUES (?, 'GA-001')"),
         {catA});
    exec(QStringLiteral(
             "INSERT INTO ticket_category_matters (category_id, matter_code) VALUES (?, 'SJ-001')"),
         {catB});
    const QString window = QStringLiteral("INSERT INTO windows (id, number, name, comprehensive, "
                                          "updated_at) VALUES (?, ?, ?, 1, ?)");
    exec(window, {win1, 1, QStringLiteral("综合窗口 1"), ts});
    exec(window, {win2, 2, QStringLiteral("综合窗口 2"), ts});
    clerk1 = addStaff(QStringLiteral("clerk1"), QStringLiteral("王芳"), {Role::Clerk});
    clerk2 = addStaff(QStringLiteral("clerk2"), QStringLiteral("李强"), {Role::Clerk});
    supervisor = addStaff(QStringLiteral("supervisor"), QStringLiteral("赵敏"), {Role::Supervisor});
}

void ReportFixture::exec(const QString& sql, const QVariantList& params)
{
    Status s = db().write([&](Transaction& tx) { return tx.exec(sql, params).status(); });
    INFO(s.message().toStdString() << " " << (s ? std::string() : s.error().detail.toStdString()));
    REQUIRE(s.isOk());
}

Session ReportFixture::addStaff(const QString& login, const QString& name, QSet<Role> roles)
{
    StaffIdentity s;
    s.id = newId();
    s.login = login;
    s.displayName = name;
    s.roles = roles;
    const QString ts = QStringLiteral("2026-01-01 08:00:00.000");
    exec(QStringLiteral("INSERT INTO staff (id, branch_code, login, display_name, password_hash, "
                        "created_at, updated_at) VALUES (?, 'ZX01', ?, ?, 'x', ?, ?)"),
         {s.id, login, name, ts, ts});
    for (Role r : roles)
        exec(QStringLiteral("INSERT INTO staff_roles (staff_id, role) VALUES (?, ?)"),
             {s.id, Permissions::roleKey(r)});
    return Session::forStaff(s);
}

QString ReportFixture::ticket(const TicketSpec& t, const QString& date)
{
    const QString id = newId();
    const QString issued = at(date, t.issued);
    const QString original = t.originalIssued.isEmpty() ? issued : at(date, t.originalIssued);
    exec(QStringLiteral(
             "INSERT INTO tickets (id, branch_code, service_date, number, category_id, "
             "status, issued_at, original_issued_at, queue_at, original_id, window_id, "
             "staff_id, call_count, first_called_at, last_called_at, service_started_at, "
             "finished_at, updated_at) VALUES (?, 'ZX01', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
             "?, ?, ?, ?, ?)"),
         {id, date, t.number, t.category, t.status, issued, original, issued, orNull(t.originalId),
          orNull(t.window), orNull(t.staff), t.called.isEmpty() ? 0 : 1, orNull(at(date, t.called)),
          orNull(at(date, t.called)), orNull(at(date, t.started)), orNull(at(date, t.finished)),
          issued});
    return id;
}

QString ReportFixture::rating(const QString& ticketId, int score, const QString& ratedAt,
                              const QString& window, const QString& staff)
{
    const QString id = newId();
    exec(
        QStringLiteral("INSERT INTO ratings (id, branch_code, ticket_id, score, source, window_id, "
                       "staff_id, rated_at) VALUES (?, 'ZX01', ?, ?, 'applicant', ?, ?, ?)"),
        {id, ticketId, score, orNull(window), orNull(staff), ratedAt});
    return id;
}

QString ReportFixture::rectification(const QString& ratingId, const QString& ticketId,
                                     const QString& due, const QString& closedAt)
{
    const QString id = newId();
    exec(
        QStringLiteral("INSERT INTO rectifications (id, branch_code, rating_id, ticket_id, status, "
                       "opened_at, due_date, closed_at) VALUES (?, 'ZX01', ?, ?, ?, ?, ?, ?)"),
        {id, ratingId, ticketId,
         closedAt.isEmpty() ? QStringLiteral("open") : QStringLiteral("closed"),
         QStringLiteral("2026-11-20 12:00:00.000"), due, orNull(closedAt)});
    return id;
}

QString ReportFixture::caseRow(const CaseSpec& c)
{
    const QString id = newId();
    const bool ga = c.matter == matterGA;
    exec(QStringLiteral(
             "INSERT INTO cases (id, branch_code, number, matter_id, matter_code, matter_name_zh, "
             "matter_name_en, department_id, applicant_kind, applicant_id, applicant_name, "
             "applicant_document, status, received_at, accepted_on, statutory_days, promised_days, "
             "statutory_due, promised_due, correction_due, deficiency_due, decision, decided_on, "
             "closed_at, window_id, intake_staff_id, created_at, updated_at) VALUES (?, 'ZX01', ?, "
             "?, ?, ?, ?, ?, 'person', ?, '张三丰', '110101199003070011', ?, ?, ?, ?, ?, ?, ?, ?, "
             "?, "
             "?, ?, ?, ?, ?, ?, ?)"),
         {id,
          c.number,
          c.matter,
          ga ? QStringLiteral("GA-001") : QStringLiteral("SJ-001"),
          ga ? QStringLiteral("户口迁移") : QStringLiteral("企业设立登记"),
          ga ? QStringLiteral("Household transfer") : QStringLiteral("Business registration"),
          ga ? deptGA : deptSJ,
          newId(),
          c.status,
          c.receivedAt,
          orNull(c.acceptedOn),
          c.statutoryDays,
          c.promisedDays,
          orNull(c.statutoryDue),
          orNull(c.promisedDue),
          orNull(c.correctionDue),
          orNull(c.deficiencyDue),
          orNull(c.decision),
          orNull(c.decidedOn),
          orNull(c.closedAt),
          orNull(c.window),
          orNull(c.staff),
          c.receivedAt,
          c.updatedAt.isEmpty() ? c.receivedAt : c.updatedAt});
    return id;
}

void ReportFixture::suspension(const QString& caseId, const QString& from, const QString& to)
{
    exec(
        QStringLiteral("INSERT INTO case_suspensions (id, case_id, kind, reason, started_on, "
                       "expected_days, ended_on) VALUES (?, ?, 'inspection', 'site inspection', ?, "
                       "2, ?)"),
        {newId(), caseId, from, orNull(to)});
}

void ReportFixture::roster(const QString& date, const QString& shift, const QString& window,
                           const QString& staff)
{
    exec(QStringLiteral(
             "INSERT INTO roster (id, branch_code, work_date, shift, window_id, staff_id, "
             "updated_at) VALUES (?, 'ZX01', ?, ?, ?, ?, ?)"),
         {newId(), date, shift, window, staff, QStringLiteral("2026-11-01 08:00:00.000")});
}

Report ReportFixture::run(const ReportRequest& request)
{
    auto report = ReportService::run(as(supervisor), request);
    INFO(report.message().toStdString());
    REQUIRE(report.isOk());
    return report.take();
}

} // namespace civicdesk::test
