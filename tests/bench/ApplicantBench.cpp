// Applicant lookups on a big database: fills SQLite (and PostgreSQL when CIVICDESK_TEST_PG is
// set) with generated applicants, then times the lookups the intake form and the case search
// make, through ApplicantRepository, and prints p50 / p99 against the targets (exact lookups
// p99 <= 2 ms, name fragments p99 <= 20 ms). Built with the project, run by hand:
//
//   build/tests/bench_applicants [--persons N] [--keep FILE]
//
// Names follow the frequency of Chinese family names (王, 李, 张 … make up a fifth of the
// population each few percent), with 1- or 2-character given names from the common ones, so
// that a 1-character fragment such as 王 matches tens of thousands of rows, as it would in a
// real center.

#include "Clock.h"
#include "intake/ApplicantRepository.h"
#include "intake/Validators.h"
#include "security/Session.h"
#include "storage/DatabaseSetup.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>
#include <QUuid>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace civicdesk;

namespace {

QTextStream out(stdout);

// Family names with rough weights (per mille of the population), then the long tail.
const QList<QPair<QString, int>> kFamilyNames = {
    {QStringLiteral("王"), 72}, {QStringLiteral("李"), 71}, {QStringLiteral("张"), 69},
    {QStringLiteral("刘"), 54}, {QStringLiteral("陈"), 45}, {QStringLiteral("杨"), 31},
    {QStringLiteral("黄"), 22}, {QStringLiteral("赵"), 20}, {QStringLiteral("吴"), 20},
    {QStringLiteral("周"), 19}, {QStringLiteral("徐"), 13}, {QStringLiteral("孙"), 12},
    {QStringLiteral("马"), 12}, {QStringLiteral("朱"), 11}, {QStringLiteral("胡"), 10},
    {QStringLiteral("郭"), 10}, {QStringLiteral("何"), 9},  {QStringLiteral("高"), 9},
    {QStringLiteral("林"), 9},  {QStringLiteral("罗"), 8},  {QStringLiteral("郑"), 8},
    {QStringLiteral("梁"), 7},  {QStringLiteral("谢"), 6},  {QStringLiteral("宋"), 6},
    {QStringLiteral("唐"), 5},  {QStringLiteral("许"), 5},  {QStringLiteral("韩"), 5},
    {QStringLiteral("冯"), 5},  {QStringLiteral("邓"), 5},  {QStringLiteral("曹"), 5},
    {QStringLiteral("彭"), 5},  {QStringLiteral("曾"), 4},  {QStringLiteral("肖"), 4},
    {QStringLiteral("田"), 4},  {QStringLiteral("董"), 4},  {QStringLiteral("袁"), 4},
    {QStringLiteral("潘"), 4},  {QStringLiteral("于"), 4},  {QStringLiteral("蒋"), 4},
    {QStringLiteral("蔡"), 4},  {QStringLiteral("余"), 4},  {QStringLiteral("杜"), 4},
    {QStringLiteral("叶"), 4},  {QStringLiteral("程"), 4},  {QStringLiteral("苏"), 3},
    {QStringLiteral("魏"), 3},  {QStringLiteral("吕"), 3},  {QStringLiteral("丁"), 3},
    {QStringLiteral("任"), 3},  {QStringLiteral("沈"), 3},  {QStringLiteral("姚"), 3},
    {QStringLiteral("卢"), 3},  {QStringLiteral("姜"), 3},  {QStringLiteral("崔"), 3},
    {QStringLiteral("钟"), 3},  {QStringLiteral("谭"), 3},  {QStringLiteral("陆"), 3},
    {QStringLiteral("汪"), 3},  {QStringLiteral("范"), 3},  {QStringLiteral("金"), 3},
    {QStringLiteral("石"), 3},  {QStringLiteral("廖"), 3},  {QStringLiteral("贾"), 2},
    {QStringLiteral("夏"), 2},  {QStringLiteral("韦"), 2},  {QStringLiteral("付"), 2},
    {QStringLiteral("方"), 2},  {QStringLiteral("白"), 2},  {QStringLiteral("邹"), 2},
    {QStringLiteral("孟"), 2},  {QStringLiteral("熊"), 2},  {QStringLiteral("秦"), 2},
    {QStringLiteral("邱"), 2},  {QStringLiteral("江"), 2},  {QStringLiteral("尹"), 2},
    {QStringLiteral("薛"), 2},  {QStringLiteral("闫"), 2},  {QStringLiteral("段"), 2},
    {QStringLiteral("雷"), 2},  {QStringLiteral("侯"), 2},  {QStringLiteral("龙"), 2},
    {QStringLiteral("史"), 2},  {QStringLiteral("陶"), 2},  {QStringLiteral("黎"), 2},
    {QStringLiteral("贺"), 2},  {QStringLiteral("顾"), 2},  {QStringLiteral("毛"), 2},
    {QStringLiteral("郝"), 2},  {QStringLiteral("龚"), 2},  {QStringLiteral("邵"), 2},
    {QStringLiteral("万"), 2},  {QStringLiteral("钱"), 2},  {QStringLiteral("严"), 2},
    {QStringLiteral("欧阳"), 1}, {QStringLiteral("司马"), 1}, {QStringLiteral("上官"), 1},
    {QStringLiteral("诸葛"), 1}, {QStringLiteral("东方"), 1}, {QStringLiteral("皇甫"), 1}};

const QString kGiven = QStringLiteral(
    "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红鹏辉建国文斌宇浩凯健俊帆帅旭宁"
    "龙林欣晨阳雪梅琳婷晶颖佳慧倩莉丹玲燕云飞亮波宏志峰鑫成东海松晓春秋冬立新永兴德福安康"
    "子涵梓轩一诺欣怡浩然思雨若汐宇航嘉懿俊杰睿泽博文雅静铭天佑皓轩书瑶梦琪子豪");

const QStringList kCities = {QStringLiteral("北京"), QStringLiteral("上海"), QStringLiteral("广州"),
                             QStringLiteral("深圳"), QStringLiteral("杭州"), QStringLiteral("成都"),
                             QStringLiteral("武汉"), QStringLiteral("南京"), QStringLiteral("西安"),
                             QStringLiteral("苏州"), QStringLiteral("长沙"), QStringLiteral("厦门")};
const QStringList kTrades = {QStringLiteral("科技"), QStringLiteral("贸易"), QStringLiteral("餐饮"),
                             QStringLiteral("建筑工程"), QStringLiteral("文化传媒"),
                             QStringLiteral("物流"), QStringLiteral("医药"), QStringLiteral("教育咨询")};
const QStringList kRegions = {
    QStringLiteral("110105"), QStringLiteral("110108"), QStringLiteral("310104"), QStringLiteral("310115"),
    QStringLiteral("440305"), QStringLiteral("440106"), QStringLiteral("330106"), QStringLiteral("510107"),
    QStringLiteral("420106"), QStringLiteral("320102"), QStringLiteral("610113"), QStringLiteral("350203"),
    QStringLiteral("430104"), QStringLiteral("370102"), QStringLiteral("410105"), QStringLiteral("210102")};
const QString kCreditAlphabet = QStringLiteral("0123456789ABCDEFGHJKLMNPQRTUWXY");

struct Generator {
    QRandomGenerator rng{20261120};
    QVector<QString> weightedFamily;

    Generator()
    {
        for (const auto& [name, weight] : kFamilyNames)
            for (int i = 0; i < weight; ++i)
                weightedFamily << name;
    }
    QChar given() { return kGiven.at(rng.bounded(int(kGiven.size()))); }
    QString personName()
    {
        QString n = weightedFamily.at(rng.bounded(int(weightedFamily.size()))) + given();
        if (rng.bounded(100) < 70)
            n += given();
        return n;
    }
    QString organisationName()
    {
        return kCities.at(rng.bounded(int(kCities.size()))) + given() + given() +
               kTrades.at(rng.bounded(int(kTrades.size()))) + QStringLiteral("有限公司");
    }
    // Unique for i below 25 million: i / 1000 picks the day of birth, i % 1000 the sequence.
    QString residentId(int i)
    {
        const QDate born = QDate(1940, 1, 1).addDays(i / 1000);
        const QString first17 = kRegions.at((i / 1000) % kRegions.size()) +
                                born.toString(QStringLiteral("yyyyMMdd")) +
                                QStringLiteral("%1").arg(i % 1000, 3, 10, QLatin1Char('0'));
        return first17 + Validators::residentIdCheckCharacter(first17);
    }
    QString creditCode(int i)
    {
        QString body;
        for (int n = i, k = 0; k < 7; ++k, n /= 31)
            body.prepend(kCreditAlphabet.at(n % 31));
        const QString first17 = QStringLiteral("91") + kRegions.at(i % kRegions.size()) +
                                QStringLiteral("MA") + body;
        return first17 + Validators::creditCodeCheckCharacter(first17);
    }
    QString mobile()
    {
        return QStringLiteral("1%1%2")
            .arg(3 + rng.bounded(7))
            .arg(rng.bounded(1000000000), 9, 10, QLatin1Char('0'));
    }
};

struct Data {
    QVector<QString> personNames, ids, phones, orgNames, codes;
};

bool fill(Database& db, int persons, int organisations, Data& data)
{
    Generator g;
    const QString branch = db.branchCode().value();
    const QString now = toDbTimestamp(QDateTime(QDate(2026, 11, 20), QTime(10, 0)));
    const int perStatement = 100;
    const int perTransaction = 20000;
    auto insert = [&](bool person, int from, int count) {
        return db.write([&](Transaction& tx) -> Status {
            for (int start = from; start < from + count; start += perStatement) {
                const int n = std::min(perStatement, from + count - start);
                QStringList rows;
                QVariantList params;
                for (int i = start; i < start + n; ++i) {
                    const QString phone = g.mobile();
                    if (person) {
                        const QString name = g.personName();
                        const QString id = g.residentId(i);
                        rows << QStringLiteral("(?, ?, ?, ?, 'resident_id', ?, ?, ?, '', ?, ?)");
                        params << QUuid::createUuid().toString(QUuid::WithoutBraces) << branch
                               << name << ApplicantRepository::nameChars(name) << id << phone
                               << phone << now << now;
                        if (i % 97 == 0) {
                            data.personNames << name;
                            data.ids << id;
                            data.phones << phone;
                        }
                    } else {
                        const QString name = g.organisationName();
                        const QString code = g.creditCode(i);
                        rows << QStringLiteral("(?, ?, ?, ?, ?, ?, ?, ?, ?, '', ?, ?)");
                        params << QUuid::createUuid().toString(QUuid::WithoutBraces) << branch
                               << name << ApplicantRepository::nameChars(name) << code
                               << g.personName() << g.personName() << phone << phone << now
                               << now;
                        if (i % 97 == 0) {
                            data.orgNames << name;
                            data.codes << code;
                        }
                    }
                }
                const QString sql =
                    person ? QStringLiteral("INSERT INTO persons (id, branch_code, name, name_chars, "
                                            "document_type, document_number, phone, phone_key, "
                                            "address, created_at, updated_at) VALUES ")
                           : QStringLiteral("INSERT INTO organisations (id, branch_code, name, "
                                            "name_chars, credit_code, legal_representative, "
                                            "contact_name, contact_phone, phone_key, address, "
                                            "created_at, updated_at) VALUES ");
                CIVICDESK_TRY(tx.exec(sql + rows.join(QStringLiteral(", ")), params).status());
            }
            return {};
        });
    };
    for (int from = 0; from < persons; from += perTransaction) {
        Status s = insert(true, from, std::min(perTransaction, persons - from));
        if (!s) {
            out << "  filling failed: " << s.message() << " " << s.error().detail << '\n';
            return false;
        }
        if ((from / perTransaction) % 10 == 9) {
            out << "  " << from + perTransaction << " persons\n";
            out.flush();
        }
    }
    for (int from = 0; from < organisations; from += perTransaction) {
        Status s = insert(false, from, std::min(perTransaction, organisations - from));
        if (!s) {
            out << "  filling failed: " << s.message() << '\n';
            return false;
        }
    }
    if (!db.isSqlite())
        (void)db.exec(QStringLiteral("ANALYZE"));
    return true;
}

struct Figure {
    QString what;
    double p50 = 0, p99 = 0, max = 0;
    double target = 0;
    int samples = 0;
    int failures = 0;
};

Figure measure(const QString& what, double target, const QVector<QString>& inputs,
               const std::function<bool(const QString&)>& query)
{
    Figure f;
    f.what = what;
    f.target = target;
    for (int i = 0; i < std::min(20, int(inputs.size())); ++i) // warm the caches
        query(inputs.at(i));
    QVector<double> ms;
    QElapsedTimer t;
    for (const QString& input : inputs) {
        t.start();
        if (!query(input))
            ++f.failures;
        ms << t.nsecsElapsed() / 1e6;
    }
    std::sort(ms.begin(), ms.end());
    f.samples = ms.size();
    if (!ms.isEmpty()) {
        f.p50 = ms.at(ms.size() / 2);
        f.p99 = ms.at(std::min(int(ms.size()) - 1, int(ms.size() * 0.99)));
        f.max = ms.last();
    }
    return f;
}

void run(const QString& title, Database& db, int persons)
{
    const int organisations = persons / 10;
    out << title << ": filling " << persons << " persons and " << organisations
        << " organisations…\n";
    out.flush();
    Data data;
    QElapsedTimer filling;
    filling.start();
    if (!fill(db, persons, organisations, data))
        return;
    out << QStringLiteral("  filled in %1 s\n").arg(filling.elapsed() / 1000.0, 0, 'f', 1);

    ManualClock clock(QDateTime(QDate(2026, 11, 20), QTime(10, 0)));
    const Session session = Session::system(QStringLiteral("bench"));
    ApplicantRepository repo(Context{db, clock, session});
    QRandomGenerator rng(7);
    auto sample = [&rng](const QVector<QString>& from, int n) {
        QVector<QString> picked;
        for (int i = 0; i < n && !from.isEmpty(); ++i)
            picked << from.at(rng.bounded(int(from.size())));
        return picked;
    };
    // Fragments as clerks type them: one character of a name (often a family name), two
    // consecutive characters from the middle or end, a compound family name.
    QVector<QString> one, two;
    for (const QString& n : sample(data.personNames, 500)) {
        one << n.mid(rng.bounded(int(n.size())), 1);
        if (n.size() >= 3)
            two << n.mid(1, 2);
        else
            two << n;
    }
    for (const QString& n : sample(data.orgNames, 100))
        two << n.mid(2, 2);

    QVector<Figure> figures;
    auto found = [](const auto& r) { return r.isOk() && r.value().has_value(); };
    figures << measure(QStringLiteral("exact: ID number"), 2, sample(data.ids, 2000),
                       [&](const QString& v) {
                           return found(repo.findByDocument(DocumentType::ResidentId, v));
                       });
    figures << measure(QStringLiteral("exact: credit code"), 2, sample(data.codes, 1000),
                       [&](const QString& v) { return found(repo.findByCreditCode(v)); });
    figures << measure(QStringLiteral("exact: phone"), 2, sample(data.phones, 2000),
                       [&](const QString& v) {
                           auto r = repo.searchByPhone(v);
                           return r.isOk() && !r.value().applicants.isEmpty();
                       });
    auto byName = [&](const QString& v) {
        auto r = repo.searchByName(v, 50);
        return r.isOk() && !r.value().applicants.isEmpty();
    };
    figures << measure(QStringLiteral("name: whole name"), 20, sample(data.personNames, 500), byName);
    figures << measure(QStringLiteral("name: 1 character"), 20, one, byName);
    figures << measure(QStringLiteral("name: 2 characters"), 20, two, byName);
    figures << measure(QStringLiteral("name: compound family name"), 20,
                       {QStringLiteral("欧阳"), QStringLiteral("司马"), QStringLiteral("诸葛"),
                        QStringLiteral("上官"), QStringLiteral("东方"), QStringLiteral("皇甫")},
                       byName);
    figures << measure(QStringLiteral("name: not there (2 common chars)"), 20,
                       {QStringLiteral("伟王"), QStringLiteral("芳李"), QStringLiteral("华张"),
                        QStringLiteral("明刘"), QStringLiteral("军陈"), QStringLiteral("丽杨")},
                       [&](const QString& v) { return repo.searchByName(v, 50).isOk(); });

    out << QStringLiteral("  %1 %2 %3 %4  %5\n")
               .arg(QStringLiteral("lookup"), -36)
               .arg(QStringLiteral("p50 ms"), 8)
               .arg(QStringLiteral("p99 ms"), 8)
               .arg(QStringLiteral("max ms"), 8)
               .arg(QStringLiteral("target p99"));
    for (const Figure& f : figures) {
        out << QStringLiteral("  %1 %2 %3 %4  <= %5 ms %6%7\n")
                   .arg(QStringLiteral("%1 (%2)").arg(f.what).arg(f.samples), -36)
                   .arg(f.p50, 8, 'f', 3)
                   .arg(f.p99, 8, 'f', 3)
                   .arg(f.max, 8, 'f', 3)
                   .arg(f.target)
                   .arg(f.p99 <= f.target ? QStringLiteral("ok") : QStringLiteral("MISSED"))
                   .arg(f.failures ? QStringLiteral(" (%1 not found)").arg(f.failures) : QString());
    }
    out.flush();
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    int persons = 1000000;
    QString keep;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--persons") && i + 1 < args.size())
            persons = args.at(++i).toInt();
        else if (args.at(i) == QLatin1String("--keep") && i + 1 < args.size())
            keep = args.at(++i);
        else {
            std::fprintf(stderr, "usage: bench_applicants [--persons N] [--keep FILE]\n");
            return 64;
        }
    }
    ManualClock clock(QDateTime(QDate(2026, 11, 20), QTime(10, 0)));
    OpenOptions options;
    options.createIfMissing = true;

    {
        QTemporaryDir dir;
        const QString file = keep.isEmpty() ? QDir(dir.path()).filePath(QStringLiteral("bench.sqlite"))
                                            : QFileInfo(keep).absoluteFilePath();
        if (QFileInfo::exists(file)) {
            std::fprintf(stderr, "%s exists already\n", qPrintable(file));
            return 1;
        }
        auto prepared = prepareDatabase(ConnectionSpec::local(file), clock, options);
        if (!prepared) {
            std::fprintf(stderr, "%s\n", qPrintable(prepared.message()));
            return 1;
        }
        run(QStringLiteral("SQLite %1").arg(QDir::toNativeSeparators(file)), *prepared->db, persons);
        out << QStringLiteral("  file: %1 MB\n").arg(QFileInfo(file).size() / 1048576.0, 0, 'f', 0);
    }

    const QString pg = qEnvironmentVariable("CIVICDESK_TEST_PG");
    if (pg.isEmpty()) {
        out << "PostgreSQL: skipped (set CIVICDESK_TEST_PG to a server to measure it too)\n";
        return 0;
    }
    const QString schema = QStringLiteral("bench_") + QUuid::createUuid().toString(QUuid::Id128).left(12);
    auto admin = Database::open(ConnectionSpec::postgres(pg));
    if (!admin || !admin.value()->exec(QStringLiteral("CREATE SCHEMA ") + schema)) {
        out << "PostgreSQL: cannot create a schema: " << admin.message() << '\n';
        return 1;
    }
    {
        auto prepared = prepareDatabase(
            ConnectionSpec::postgres(pg + QStringLiteral(" options=-csearch_path=") + schema), clock,
            options);
        if (prepared)
            run(QStringLiteral("PostgreSQL (schema %1)").arg(schema), *prepared->db, persons);
        else
            out << "PostgreSQL: " << prepared.message() << '\n';
    }
    (void)admin.value()->exec(QStringLiteral("DROP SCHEMA ") + schema + QStringLiteral(" CASCADE"));
    return 0;
}
