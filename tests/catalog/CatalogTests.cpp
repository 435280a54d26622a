// The service catalog: the shipped catalog, the rules of the Administrative Licensing Law, edits
// with their audit rows, permissions, import and export, and finding a matter as one types.

#include "TestDatabase.h"

#include "catalog/CatalogFile.h"
#include "catalog/CatalogService.h"
#include "catalog/MatterSearch.h"
#include "demo/DemoData.h"
#include "security/AuditLog.h"
#include "security/Session.h"

#include "CatchQt.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace civicdesk;
using namespace civicdesk::test;

namespace {

// A core operation's context for one test: the database, a fixed clock and a session.
struct Actor {
    Actor(Database& db, Session s)
        : clock(testNow()), session(std::move(s)), ctx{db, clock, session}
    {}
    ManualClock clock;
    Session session;
    Context ctx;
    CatalogService catalog() const { return CatalogService(ctx); }
};

Session admin()
{
    return Session::forStaff({QStringLiteral("staff-admin"),
                              QStringLiteral("wang.admin"),
                              QStringLiteral("王管理"),
                              {},
                              {},
                              {Role::Admin}});
}

Session clerk()
{
    return Session::forStaff({QStringLiteral("staff-clerk"),
                              QStringLiteral("li.clerk"),
                              QStringLiteral("李窗口"),
                              {},
                              {},
                              {Role::Clerk}});
}

int count(Database& db, const QString& sql, const QVariantList& params = {})
{
    auto v = db.scalar(sql, params);
    INFO(v.message().toStdString());
    REQUIRE(v.isOk());
    return v.value().toInt();
}

QByteArray shippedCatalog()
{
    QFile f(QStringLiteral(CIVICDESK_SOURCE_DIR "/resources/catalog/default_catalog.json"));
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

QByteArray exported(Database& db)
{
    auto data = CatalogService::exportData(db);
    INFO(data.message().toStdString());
    REQUIRE(data.isOk());
    return data.value();
}

Matter load(Database& db, const QString& code)
{
    auto m = CatalogRepository(db).matterByCode(code);
    INFO(m.message().toStdString());
    REQUIRE(m.isOk());
    return m.value();
}

QString departmentId(Database& db, const QString& code)
{
    auto id = CatalogRepository(db).departmentIdByCode(code);
    REQUIRE(id.isOk());
    REQUIRE_FALSE(id->isEmpty());
    return id.value();
}

void importShipped(Database& db)
{
    Actor a(db, Session::system(QStringLiteral("test")));
    auto r = a.catalog().importDefaultCatalog();
    INFO(r.message().toStdString());
    REQUIRE(r.isOk());
}

// A small, valid matter of the first department, for the tests that edit.
Matter newMatter(Database& db)
{
    const QString ga = departmentId(db, QStringLiteral("GA"));
    Matter m;
    m.code = QStringLiteral("ga-099");
    m.nameZh = QStringLiteral("临时居民身份证申领");
    m.nameEn = QStringLiteral("Temporary resident identity card");
    m.departmentId = ga;
    m.kind = MatterKind::PublicService;
    m.statutoryDays = 3;
    m.promisedDays = 1;
    m.materials = {{{},
                    QStringLiteral("居民户口簿"),
                    QStringLiteral("Household register"),
                    MaterialForm::Original,
                    1,
                    false,
                    QStringLiteral("本人户口簿")}};
    m.fees = {{{},
               QStringLiteral("临时居民身份证工本费"),
               QStringLiteral("Fee"),
               1000,
               QStringLiteral("发改价格〔2003〕2322号")}};
    WorkflowStage accept{
        {}, StageKind::Acceptance,           QStringLiteral("受理"), QStringLiteral("Acceptance"),
        {}, {{{}, {}, {}, ga, std::nullopt}}};
    WorkflowStage decide{
        {}, StageKind::Decision,  QStringLiteral("决定"), QStringLiteral("Decision"),
        {}, {{{}, {}, {}, ga, 1}}};
    m.workflow.stages = {accept, decide};
    return m;
}

QStringList problemPaths(const QVector<FieldProblem>& problems)
{
    QStringList paths;
    for (const FieldProblem& p : problems)
        paths << p.path();
    return paths;
}

} // namespace

TEST_CASE("the shipped catalog imports complete, with serial and joint workflows", "[db]")
{
    TestDatabase t;
    Actor a(t.db(), Session::system(QStringLiteral("test")));
    auto report = a.catalog().importDefaultCatalog();
    INFO(report.message().toStdString());
    REQUIRE(report.isOk());
    CHECK(report->departmentsCreated == 8);
    CHECK(report->mattersCreated >= 20);
    CHECK(report->mattersUpdated == 0);

    CatalogRepository repo(t.db());
    auto matters = repo.listMatters();
    REQUIRE(matters.isOk());
    CHECK(matters->size() == report->mattersCreated);
    QSet<QString> departmentsWithMatters;
    int withFees = 0;
    for (const MatterSummary& s : matters.value()) {
        departmentsWithMatters.insert(s.departmentCode);
        CHECK_FALSE(s.nameZh.isEmpty());
        CHECK_FALSE(s.nameEn.isEmpty());
        CHECK(s.promisedDays <= s.statutoryDays);
        withFees += s.totalFeeFen > 0 ? 1 : 0;
    }
    CHECK(departmentsWithMatters.size() >= 6);
    CHECK(withFees > 0);
    CHECK(withFees * 3 < matters->size()); // most matters are free

    SECTION("a joint template: departments side by side under a lead department")
    {
        const Matter transfer = load(t.db(), QStringLiteral("ZR-001"));
        CHECK(transfer.jointHandling);
        CHECK(transfer.fees.size() == 1);
        CHECK(transfer.fees.first().amountFen == 8000);
        CHECK_FALSE(transfer.fees.first().legalBasis.isEmpty());
        REQUIRE(transfer.workflow.stages.size() == 5);
        CHECK(transfer.workflow.stages.first().kind == StageKind::Acceptance);
        const WorkflowStage& joint = transfer.workflow.stages.at(1);
        REQUIRE(joint.isParallel());
        CHECK(joint.steps.size() == 3);
        CHECK(joint.leadDepartmentId == departmentId(t.db(), QStringLiteral("ZR")));
        QStringList codes;
        for (const WorkflowStep& step : joint.steps)
            codes << repo.department(step.departmentId)->code;
        CHECK(codes ==
              QStringList{QStringLiteral("ZR"), QStringLiteral("SW"), QStringLiteral("ZJ")});
        CHECK(transfer.workflow.version == 1);
    }
    SECTION("a serial template: one step per stage, acceptance to handover")
    {
        const Matter passport = load(t.db(), QStringLiteral("GA-004"));
        CHECK_FALSE(passport.workflow.hasParallelStage());
        QList<StageKind> kinds;
        for (const WorkflowStage& s : passport.workflow.stages)
            kinds << s.kind;
        CHECK(kinds == QList<StageKind>{StageKind::Acceptance, StageKind::Review,
                                        StageKind::Decision, StageKind::Certificate,
                                        StageKind::Handover});
        CHECK(passport.materials.size() >= 2);
        CHECK(passport.fees.first().amountFen == 12000);
    }
    SECTION("importing the same file again changes nothing")
    {
        const int auditRows = count(t.db(), QStringLiteral("SELECT COUNT(*) FROM audit_log"));
        const QByteArray before = exported(t.db());
        auto again = a.catalog().importDefaultCatalog();
        REQUIRE(again.isOk());
        CHECK(again->mattersUnchanged == report->mattersCreated);
        CHECK(again->departmentsUnchanged == 8);
        CHECK(again->mattersCreated + again->mattersUpdated == 0);
        CHECK(exported(t.db()) == before);
        // Only the import itself is recorded.
        CHECK(count(t.db(), QStringLiteral("SELECT COUNT(*) FROM audit_log")) == auditRows + 1);
    }
    SECTION("every database that imports the file gives a matter the same id")
    {
        TestDatabase other;
        importShipped(other.db());
        CHECK(load(other.db(), QStringLiteral("SJ-002")).id ==
              load(t.db(), QStringLiteral("SJ-002")).id);
        CHECK(load(other.db(), QStringLiteral("SJ-002")).materials.first().id ==
              load(t.db(), QStringLiteral("SJ-002")).materials.first().id);
    }
}

TEST_CASE("the catalog rules name each broken rule at its field", "[unit]")
{
    QHash<QString, Department> departments;
    departments.insert(QStringLiteral("d-ga"),
                       {QStringLiteral("d-ga"), QStringLiteral("GA"), QStringLiteral("公安局"),
                        QStringLiteral("Police"), true, 1});
    departments.insert(QStringLiteral("d-sw"),
                       {QStringLiteral("d-sw"), QStringLiteral("SW"), QStringLiteral("税务局"),
                        QStringLiteral("Tax"), true, 2});
    departments.insert(QStringLiteral("d-old"),
                       {QStringLiteral("d-old"), QStringLiteral("OLD"), QStringLiteral("旧局"),
                        QStringLiteral("Old"), false, 3});
    Matter m;
    m.code = QStringLiteral("GA-1");
    m.nameZh = QStringLiteral("事项");
    m.departmentId = QStringLiteral("d-ga");
    m.statutoryDays = 20;
    m.promisedDays = 5;
    m.materials = {{{}, QStringLiteral("申请书"), {}, MaterialForm::Original, 1, false, {}}};
    m.workflow.stages = {{{},
                          StageKind::Acceptance,
                          QStringLiteral("受理"),
                          {},
                          {},
                          {{{}, {}, {}, QStringLiteral("d-ga"), 2}}}};
    REQUIRE(CatalogRules::checkMatter(m, departments).isEmpty());

    SECTION("the promised limit cannot exceed the statutory one")
    {
        m.promisedDays = 25;
        const auto problems = CatalogRules::checkMatter(m, departments);
        REQUIRE(problemPaths(problems) == QStringList{QStringLiteral("promised_days")});
        CHECK(problems.first().message.contains(QStringLiteral("25 working days")));
        CHECK(problems.first().message.contains(QStringLiteral("20 working days")));
    }
    SECTION("a fee needs a positive amount and a legal basis")
    {
        m.fees = {{{}, QStringLiteral("工本费"), {}, 0, {}}};
        const auto problems = CatalogRules::checkMatter(m, departments);
        CHECK(problemPaths(problems) == QStringList{QStringLiteral("fees[0].amount_fen"),
                                                    QStringLiteral("fees[0].legal_basis")});
        CHECK(problems.last().message.contains(QStringLiteral("art. 59")));
        m.fees.first().amountFen = 2000;
        m.fees.first().legalBasis = QStringLiteral("发改价格〔2003〕2322号");
        CHECK(CatalogRules::checkMatter(m, departments).isEmpty());
    }
    SECTION("a matter lists its materials unless it says it needs none")
    {
        m.materials.clear();
        CHECK(problemPaths(CatalogRules::checkMatter(m, departments)) ==
              QStringList{QStringLiteral("materials")});
        m.noMaterials = true;
        CHECK(CatalogRules::checkMatter(m, departments).isEmpty());
    }
    SECTION("materials need a name and 1 to 99 copies, each listed once")
    {
        m.materials.push_back({{}, QStringLiteral("申请书"), {}, MaterialForm::Copy, 0, false, {}});
        CHECK(problemPaths(CatalogRules::checkMatter(m, departments)) ==
              QStringList{QStringLiteral("materials[1].name_zh"),
                          QStringLiteral("materials[1].copies")});
    }
    SECTION("a template needs a stage, and every step a department")
    {
        m.workflow.stages.clear();
        CHECK(problemPaths(CatalogRules::checkMatter(m, departments)) ==
              QStringList{QStringLiteral("workflow")});
        m.workflow.stages = {{{},
                              StageKind::Review,
                              QStringLiteral("审查"),
                              {},
                              {},
                              {{{}, {}, {}, {}, std::nullopt}}},
                             {{}, StageKind::Decision, QStringLiteral("决定"), {}, {}, {}}};
        CHECK(problemPaths(CatalogRules::checkMatter(m, departments)) ==
              QStringList{QStringLiteral("workflow[0].steps[0].department"),
                          QStringLiteral("workflow[1].steps")});
    }
    SECTION("a joint stage needs a lead department that has a step in it")
    {
        WorkflowStage joint{
            {},
            StageKind::Review,
            QStringLiteral("联合审查"),
            {},
            {},
            {{{}, {}, {}, QStringLiteral("d-ga"), 2}, {{}, {}, {}, QStringLiteral("d-sw"), 3}}};
        m.workflow.stages.push_back(joint);
        m.jointHandling = true;
        auto problems = CatalogRules::checkMatter(m, departments);
        CHECK(problemPaths(problems) == QStringList{QStringLiteral("workflow[1].lead")});
        m.workflow.stages[1].leadDepartmentId = QStringLiteral("d-old");
        CHECK(problemPaths(CatalogRules::checkMatter(m, departments)) ==
              QStringList{QStringLiteral("workflow[1].lead")});
        m.workflow.stages[1].leadDepartmentId = QStringLiteral("d-sw");
        CHECK(CatalogRules::checkMatter(m, departments).isEmpty());

        SECTION("and departments side by side mean joint handling (art. 26)")
        {
            m.jointHandling = false;
            CHECK(problemPaths(CatalogRules::checkMatter(m, departments)) ==
                  QStringList{QStringLiteral("joint")});
        }
        SECTION("the stages' limits fit in the promised limit, parallel steps counting once")
        {
            // 2 (acceptance) + max(2, 3) = 5: fits; one more day does not.
            m.workflow.stages[1].steps[1].timeLimitDays = 4;
            const auto problems = CatalogRules::checkMatter(m, departments);
            REQUIRE(problemPaths(problems) == QStringList{QStringLiteral("workflow")});
            CHECK(problems.first().message.contains(QStringLiteral("6 working days")));
        }
    }
    SECTION("joint handling with one department only is a contradiction")
    {
        m.jointHandling = true;
        CHECK(problemPaths(CatalogRules::checkMatter(m, departments)) ==
              QStringList{QStringLiteral("joint")});
    }
    SECTION("a deactivated department takes no new work")
    {
        m.departmentId = QStringLiteral("d-old");
        CHECK(problemPaths(CatalogRules::checkMatter(m, departments)) ==
              QStringList{QStringLiteral("department")});
        m.active = false; // an archived matter may keep it
        CHECK(CatalogRules::checkMatter(m, departments).isEmpty());
    }
}

TEST_CASE("an administrator's edits keep ids, version the template and are audited", "[db]")
{
    TestDatabase t;
    importShipped(t.db());
    Actor a(t.db(), admin());

    auto created = a.catalog().saveMatter(newMatter(t.db()));
    INFO(created.message().toStdString());
    REQUIRE(created.isOk());
    CHECK(created->code == QStringLiteral("GA-099")); // codes are kept in capitals
    CHECK(created->workflow.version == 1);
    const Matter stored = load(t.db(), QStringLiteral("GA-099"));
    CHECK(stored.id == created->id);
    CHECK(stored.materials.size() == 1);
    CHECK(stored.fees.first().amountFen == 1000);
    CHECK(stored.workflow.stages.size() == 2);
    CHECK(count(t.db(),
                QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = "
                               "'matter.created' AND subject_id = ? AND staff_login = "
                               "'wang.admin'"),
                {created->id}) == 1);

    SECTION("materials changed: their ids stay, the template keeps its version")
    {
        Matter edit = stored;
        edit.materials.first().copies = 2;
        edit.materials.push_back({{},
                                  QStringLiteral("近期免冠照片"),
                                  QStringLiteral("Photo"),
                                  MaterialForm::Original,
                                  2,
                                  true,
                                  {}});
        auto saved = a.catalog().saveMatter(edit);
        REQUIRE(saved.isOk());
        const Matter again = load(t.db(), QStringLiteral("GA-099"));
        REQUIRE(again.materials.size() == 2);
        CHECK(again.materials.first().id == stored.materials.first().id);
        CHECK(again.materials.first().copies == 2);
        CHECK(again.materials.last().mayFollowLater);
        CHECK(again.workflow.version == 1);
        AuditFilter filter;
        filter.subjectType = QStringLiteral("matter");
        filter.subjectId = created->id;
        auto audit = AuditLog::query(t.db(), filter);
        REQUIRE(audit.isOk());
        REQUIRE(audit->first().action == QStringLiteral("matter.updated"));
        CHECK(audit->first().details.value(QStringLiteral("changed")).toArray() ==
              QJsonArray{QStringLiteral("materials")});
    }
    SECTION("stages changed: version 2, and steps that stay keep their ids")
    {
        Matter edit = stored;
        const QString sw = departmentId(t.db(), QStringLiteral("SW"));
        edit.workflow.stages[1].steps.push_back({{}, {}, {}, sw, std::nullopt});
        edit.workflow.stages[1].leadDepartmentId = edit.departmentId;
        edit.jointHandling = true;
        auto saved = a.catalog().saveMatter(edit);
        INFO(saved.message().toStdString());
        REQUIRE(saved.isOk());
        const Matter again = load(t.db(), QStringLiteral("GA-099"));
        CHECK(again.workflow.version == 2);
        REQUIRE(again.workflow.stages[1].steps.size() == 2);
        CHECK(again.workflow.stages[1].steps.first().id ==
              stored.workflow.stages[1].steps.first().id);
        CHECK(again.workflow.stages[1].leadDepartmentId == edit.departmentId);
    }
    SECTION("a refused edit changes nothing and says why")
    {
        const QByteArray before = exported(t.db());
        Matter edit = stored;
        edit.promisedDays = 5; // statutory: 3
        auto saved = a.catalog().saveMatter(edit);
        REQUIRE_FALSE(saved.isOk());
        CHECK(saved.kind() == ErrorKind::Invalid);
        CHECK(saved.message().contains(QStringLiteral("longer than the statutory")));
        CHECK(exported(t.db()) == before);
    }
    SECTION("two matters cannot share a code")
    {
        Matter twin = newMatter(t.db());
        twin.code = QStringLiteral("GA-001");
        auto problems = a.catalog().check(twin);
        REQUIRE(problems.isOk());
        REQUIRE(problemPaths(problems.value()) == QStringList{QStringLiteral("code")});
        CHECK(problems->first().message.contains(
            QStringLiteral("Renewal of a resident identity card")));
        CHECK(a.catalog().saveMatter(twin).kind() == ErrorKind::Invalid);
    }
    SECTION("a department is added, renamed, and given the next place in the list")
    {
        Department d;
        d.code = QStringLiteral("wj");
        d.nameZh = QStringLiteral("卫生健康委员会");
        d.nameEn = QStringLiteral("Health Commission");
        auto saved = a.catalog().saveDepartment(d);
        REQUIRE(saved.isOk());
        CHECK(saved->code == QStringLiteral("WJ"));
        CHECK(saved->sortOrder == 9);
        d = saved.value();
        d.code = QStringLiteral("GA");
        CHECK(a.catalog().saveDepartment(d).kind() == ErrorKind::Invalid);
    }
}

TEST_CASE("a window clerk may not change the catalog, and the attempt is recorded", "[db]")
{
    TestDatabase t;
    importShipped(t.db());
    const QByteArray before = exported(t.db());
    Actor a(t.db(), clerk());

    Matter edit = load(t.db(), QStringLiteral("GA-001"));
    edit.promisedDays = 10;
    auto saved = a.catalog().saveMatter(edit);
    REQUIRE_FALSE(saved.isOk());
    CHECK(saved.kind() == ErrorKind::Denied);
    CHECK(saved.message().contains(QStringLiteral("李窗口")));
    CHECK(saved.message().contains(QStringLiteral("edit the service catalog")));
    CHECK(a.catalog().importData(shippedCatalog(), QStringLiteral("x.json")).kind() ==
          ErrorKind::Denied);
    CHECK(a.catalog().removeMatter(edit.id).kind() == ErrorKind::Denied);
    CHECK(exported(t.db()) == before);
    CHECK(count(t.db(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = "
                                       "'permission.denied' AND staff_login = 'li.clerk' AND "
                                       "details LIKE '%manage_catalog%'")) == 3);
    CHECK(count(t.db(),
                QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE subject_type = "
                               "'matter' AND subject_id = ? AND action = "
                               "'permission.denied'"),
                {edit.id}) == 2);
    auto verify = AuditLog::verify(t.db());
    REQUIRE(verify.isOk());
    CHECK(verify->ok);
}

TEST_CASE("an exported catalog imports back to the same catalog", "[db]")
{
    TestDatabase first;
    importShipped(first.db());
    Actor a(first.db(), admin());
    // Make the catalog more than the shipped file: a new matter, a retired one, a new department.
    auto extra = a.catalog().saveMatter(newMatter(first.db()));
    REQUIRE(extra.isOk());
    REQUIRE(
        a.catalog().setMatterActive(load(first.db(), QStringLiteral("GA-002")).id, false).isOk());
    REQUIRE(a.catalog()
                .saveDepartment({{},
                                 QStringLiteral("WJ"),
                                 QStringLiteral("卫生健康委员会"),
                                 QStringLiteral("Health Commission"),
                                 true,
                                 0})
                .isOk());

    QTemporaryDir dir;
    const QString file = QDir(dir.path()).filePath(QStringLiteral("catalog.json"));
    REQUIRE(CatalogService::exportFile(first.db(), file).isOk());

    TestDatabase second;
    Actor b(second.db(), admin());
    auto report = b.catalog().importFile(file);
    INFO(report.message().toStdString());
    REQUIRE(report.isOk());
    CHECK(report->departmentsCreated == 9);
    CHECK(report->mattersCreated == 22);

    QFile written(file);
    REQUIRE(written.open(QIODevice::ReadOnly));
    CHECK(exported(second.db()) == written.readAll());
    CHECK(load(second.db(), QStringLiteral("GA-099")).id == extra->id);
    CHECK_FALSE(load(second.db(), QStringLiteral("GA-002")).active);
    CHECK(CatalogRepository(second.db()).listMatters()->size() == 21); // the retired one hides
    MatterFilter all;
    all.includeInactive = true;
    CHECK(CatalogRepository(second.db()).listMatters(all)->size() == 22);

    SECTION("an export that cannot be written says so and leaves the old file")
    {
        const QString folder = QDir(dir.path()).filePath(QStringLiteral("a-folder.json"));
        REQUIRE(QDir().mkpath(folder));
        auto s = CatalogService::exportFile(first.db(), folder);
        CHECK(s.kind() == ErrorKind::Io);
        CHECK(s.message().contains(QStringLiteral("could not be written")));
        CHECK(QFileInfo(folder).isDir());
    }
}

TEST_CASE("a corrupt catalog file is refused with its place, and nothing is written", "[db]")
{
    TestDatabase t;
    importShipped(t.db());
    Actor a(t.db(), admin());
    const QByteArray before = exported(t.db());
    const int auditRows = count(t.db(), QStringLiteral("SELECT COUNT(*) FROM audit_log"));

    // The shipped file, changed: its first matter renamed (a valid change that must not land)
    // and then one thing broken further on.
    QJsonObject root = QJsonDocument::fromJson(shippedCatalog()).object();
    QJsonArray matters = root.value(QStringLiteral("matters")).toArray();
    QJsonObject first = matters.at(0).toObject();
    first.insert(QStringLiteral("name_zh"), QStringLiteral("改过的名称"));
    matters.replace(0, first);
    auto broken = [&](int index, const std::function<void(QJsonObject&)>& breakIt) {
        QJsonArray copy = matters;
        QJsonObject m = copy.at(index).toObject();
        breakIt(m);
        copy.replace(index, m);
        QJsonObject r = root;
        r.insert(QStringLiteral("matters"), copy);
        return QJsonDocument(r).toJson();
    };
    auto refused = [&](const QByteArray& json) {
        auto r = a.catalog().importData(json, QStringLiteral("center.json"));
        REQUIRE_FALSE(r.isOk());
        CHECK(r.kind() == ErrorKind::Invalid);
        CHECK(r.message().contains(QStringLiteral("center.json")));
        CHECK(r.message().contains(QStringLiteral("Nothing was changed")));
        CHECK(exported(t.db()) == before);
        CHECK(count(t.db(), QStringLiteral("SELECT COUNT(*) FROM audit_log")) == auditRows);
        return r.message().toStdString();
    };

    SECTION("not JSON at all: line and column")
    {
        QByteArray json = QJsonDocument(root).toJson();
        const int at = json.indexOf("\"departments\":");
        REQUIRE(at > 0);
        json.replace(at, 14, "\"departments\"");
        const int line = json.left(at).count('\n') + 1;
        CHECK_THAT(refused(json),
                   Catch::Contains(QStringLiteral("line %1, column").arg(line).toStdString()));
    }
    SECTION("a number where text belongs")
    {
        const std::string m = refused(broken(3, [](QJsonObject& m) {
            QJsonArray mats = m.value(QStringLiteral("materials")).toArray();
            QJsonObject mat = mats.at(1).toObject();
            mat.insert(QStringLiteral("copies"), QStringLiteral("two"));
            mats.replace(1, mat);
            m.insert(QStringLiteral("materials"), mats);
        }));
        CHECK_THAT(m, Catch::Contains("matters[3].materials[1].copies"));
        CHECK_THAT(m, Catch::Contains("whole number"));
    }
    SECTION("a misspelt field")
    {
        CHECK_THAT(refused(broken(
                       5, [](QJsonObject& m) { m.insert(QStringLiteral("promissed_days"), 3); })),
                   Catch::Contains("matters[5].promissed_days"));
    }
    SECTION("a department that exists nowhere")
    {
        CHECK_THAT(refused(broken(7,
                                  [](QJsonObject& m) {
                                      m.insert(QStringLiteral("department"), QStringLiteral("XX"));
                                  })),
                   Catch::Contains("department with the code XX"));
    }
    SECTION("a rule broken: a fee without legal basis")
    {
        const std::string m = refused(broken(10, [](QJsonObject& m) {
            m.insert(QStringLiteral("fees"),
                     QJsonArray{QJsonObject{{QStringLiteral("name_zh"), QStringLiteral("材料费")},
                                            {QStringLiteral("amount_fen"), 500}}});
        }));
        CHECK_THAT(m, Catch::Contains("matters[10]"));
        CHECK_THAT(m, Catch::Contains("fees[0].legal_basis"));
        CHECK_THAT(m, Catch::Contains("art. 59"));
    }
    SECTION("a code given twice")
    {
        CHECK_THAT(refused(broken(4,
                                  [&](QJsonObject& m) {
                                      m.insert(QStringLiteral("code"),
                                               first.value(QStringLiteral("code")));
                                  })),
                   Catch::Contains("given twice"));
    }
    SECTION("a file from a newer CivicDesk")
    {
        QJsonObject r = root;
        r.insert(QStringLiteral("version"), 2);
        CHECK_THAT(refused(QJsonDocument(r).toJson()), Catch::Contains("newer CivicDesk"));
    }
}

TEST_CASE("a matter or department in use is deactivated, never deleted", "[db]")
{
    TestDatabase t;
    importShipped(t.db());
    Actor a(t.db(), admin());
    // Stands in for the cases table: it refers to matters the way cases will.
    REQUIRE(t.db()
                .exec(QStringLiteral("CREATE TABLE test_cases (id TEXT PRIMARY KEY, matter_id "
                                     "TEXT NOT NULL REFERENCES matters (id))"))
                .isOk());
    const Matter used = load(t.db(), QStringLiteral("GA-001"));
    REQUIRE(
        t.db().exec(QStringLiteral("INSERT INTO test_cases VALUES ('c1', ?)"), {used.id}).isOk());

    auto kept = a.catalog().removeMatter(used.id);
    INFO(kept.message().toStdString());
    REQUIRE(kept.isOk());
    CHECK(kept.value() == RemoveOutcome::Deactivated);
    const Matter after = load(t.db(), QStringLiteral("GA-001"));
    CHECK_FALSE(after.active);
    CHECK(after.materials.size() == used.materials.size());
    CHECK(after.workflow.stages.size() == used.workflow.stages.size());

    const Matter unused = load(t.db(), QStringLiteral("GA-002"));
    auto gone = a.catalog().removeMatter(unused.id);
    REQUIRE(gone.isOk());
    CHECK(gone.value() == RemoveOutcome::Deleted);
    CHECK(CatalogRepository(t.db()).matterByCode(QStringLiteral("GA-002")).kind() ==
          ErrorKind::NotFound);
    CHECK(count(t.db(), QStringLiteral("SELECT COUNT(*) FROM matter_materials WHERE matter_id = ?"),
                {unused.id}) == 0);
    CHECK(count(t.db(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action IN "
                                       "('matter.deactivated', 'matter.deleted')")) == 2);

    SECTION("a department with active matters is kept")
    {
        auto refused = a.catalog().removeDepartment(departmentId(t.db(), QStringLiteral("SW")));
        REQUIRE_FALSE(refused.isOk());
        CHECK(refused.message().contains(QStringLiteral("still need it")));
        Department sw = CatalogRepository(t.db())
                            .department(departmentId(t.db(), QStringLiteral("SW")))
                            .value();
        sw.active = false;
        auto problems = a.catalog().check(sw);
        REQUIRE(problems.isOk());
        CHECK(problemPaths(problems.value()) == QStringList{QStringLiteral("active")});
    }
    SECTION("a department nobody needs is deleted")
    {
        auto added = a.catalog().saveDepartment({{},
                                                 QStringLiteral("WJ"),
                                                 QStringLiteral("卫健委"),
                                                 QStringLiteral("Health"),
                                                 true,
                                                 0});
        REQUIRE(added.isOk());
        CHECK(a.catalog().removeDepartment(added->id).value() == RemoveOutcome::Deleted);
    }
}

TEST_CASE("matters are found as the clerk types: code, either name, department", "[db]")
{
    TestDatabase t;
    importShipped(t.db());
    CatalogRepository repo(t.db());
    auto codes = [&](const QString& text) {
        MatterFilter f;
        f.text = text;
        auto list = repo.listMatters(f);
        REQUIRE(list.isOk());
        QStringList c;
        for (const MatterSummary& s : list.value())
            c << s.code;
        return c;
    };
    CHECK(codes(QStringLiteral("ga-00")) ==
          QStringList{QStringLiteral("GA-001"), QStringLiteral("GA-002"), QStringLiteral("GA-003"),
                      QStringLiteral("GA-004")});
    CHECK(codes(QStringLiteral("护照")) == QStringList{QStringLiteral("GA-004")});
    CHECK(codes(QStringLiteral("PASSPORT")) == QStringList{QStringLiteral("GA-004")});
    CHECK(codes(QStringLiteral("民政")) ==
          QStringList{QStringLiteral("MZ-001"), QStringLiteral("MZ-002")});
    CHECK(codes(QStringLiteral("结婚 mz")) == QStringList{QStringLiteral("MZ-001")});
    CHECK(codes(QStringLiteral("no such matter")).isEmpty());
    MatterFilter byDepartment;
    byDepartment.departmentId = departmentId(t.db(), QStringLiteral("RS"));
    CHECK(repo.listMatters(byDepartment)->size() == 3);
}

TEST_CASE("a code match ranks before a name match, and a name match before a department", "[unit]")
{
    MatterSummary byDepartment;
    byDepartment.code = QStringLiteral("X-3");
    byDepartment.nameEn = QStringLiteral("Gamma");
    byDepartment.departmentNameEn = QStringLiteral("Almanac office");
    MatterSummary byName;
    byName.code = QStringLiteral("X-1");
    byName.nameEn = QStringLiteral("Alpha");
    MatterSummary byCode;
    byCode.code = QStringLiteral("AL-9");
    byCode.nameEn = QStringLiteral("Beta");
    MatterSummary none;
    none.code = QStringLiteral("Y-1");
    none.nameZh = QStringLiteral("无关");
    QStringList order;
    for (const MatterSummary& s :
         searchMatters({byDepartment, byName, none, byCode}, QStringLiteral(" al ")))
        order << s.code;
    CHECK(order ==
          QStringList{QStringLiteral("AL-9"), QStringLiteral("X-1"), QStringLiteral("X-3")});
    CHECK(searchMatters({byDepartment, byName}, QString()).size() == 2);
}

TEST_CASE("civicdesk catalog import and export on the command line", "[sqlite]")
{
    TestDatabase t;
    QTemporaryDir dir;
    const QString exportedFile = QDir(dir.path()).filePath(QStringLiteral("out.json"));
    const QString shipped =
        QStringLiteral(CIVICDESK_SOURCE_DIR "/resources/catalog/default_catalog.json");
    QStringList args = t.cliArgs();

    ProcessResult in = runCivicDesk(
        QStringList{QStringLiteral("catalog"), QStringLiteral("import"), shipped} + args);
    INFO(in.err.toStdString());
    REQUIRE(in.exitCode == 0);
    CHECK(in.out.contains(QStringLiteral("21 new")));

    ProcessResult out = runCivicDesk(
        QStringList{QStringLiteral("catalog"), QStringLiteral("export"), exportedFile} + args);
    REQUIRE(out.exitCode == 0);
    QFile f(exportedFile);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(QJsonDocument::fromJson(f.readAll())
              .object()
              .value(QStringLiteral("matters"))
              .toArray()
              .size() == 21);

    const QString bad = QDir(dir.path()).filePath(QStringLiteral("bad.json"));
    QFile b(bad);
    REQUIRE(b.open(QIODevice::WriteOnly));
    b.write("{\"format\": \"civicdesk-catalog\", \"version\": 1, \"departments\": [], \"matters\": "
            "[{}]}");
    b.close();
    ProcessResult refused =
        runCivicDesk(QStringList{QStringLiteral("catalog"), QStringLiteral("import"), bad} + args);
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("matters[0].code")));

    ProcessResult wrong =
        runCivicDesk(QStringList{QStringLiteral("catalog"), QStringLiteral("sync"), bad} + args);
    CHECK(wrong.exitCode == 64);
}

TEST_CASE("the demonstration data is the whole shipped catalog", "[db]")
{
    TestDatabase t;
    ManualClock clock(testNow());
    auto summary = DemoData::fill(t.db(), clock);
    INFO(summary.message().toStdString());
    REQUIRE(summary.isOk());
    CHECK(summary->lines.join(QLatin1Char('\n')).contains(QStringLiteral("21 new")));
    CHECK(count(t.db(), QStringLiteral("SELECT COUNT(*) FROM matters")) == 21);
    CHECK(count(t.db(), QStringLiteral("SELECT COUNT(*) FROM workflow_templates")) == 21);
    CHECK(DemoData::fill(t.db(), clock).kind() == ErrorKind::Conflict);
}
