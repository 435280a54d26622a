#include "HistoryGenerator.h"

#include "BulkCaseWriter.h"

#include "Clock.h"
#include "calendar/CalendarService.h"
#include "catalog/CatalogRepository.h"
#include "intake/IntakeService.h"
#include "intake/Validators.h"
#include "scheduling/QueueService.h"
#include "scheduling/SchedulingSettings.h"
#include "scheduling/SchedulingTypes.h"
#include "scheduling/WindowService.h"
#include "workflow/WorkflowTypes.h"
#include "security/AuditLog.h"
#include "security/Privacy.h"
#include "security/Session.h"
#include "security/StaffService.h"
#include "storage/Bind.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QElapsedTimer>
#include <QScopeGuard>
#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>
#include <utility>

namespace civicdesk {

namespace {

// Family names by frequency (per mille, the long tail cut), common given-name characters.
const char* const kFamily[] = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周",
                               "徐", "孙", "马", "朱", "胡", "郭", "何", "高", "林", "罗",
                               "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹",
                               "彭", "曾", "肖", "田", "董", "袁", "潘", "于", "蒋", "蔡",
                               "欧阳", "司马", "上官", "诸葛"};
const int kFamilyWeight[] = {72, 71, 69, 54, 45, 31, 22, 20, 20, 19, 13, 12, 12, 11, 10,
                             10, 9,  9,  9,  8,  8,  7,  6,  6,  5,  5,  5,  5,  5,  5,
                             5,  4,  4,  4,  4,  4,  4,  4,  4,  4,  1,  1,  1,  1};
const char kGiven[] = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红鹏辉建国文斌宇浩凯健俊"
                      "帆帅旭宁龙林欣晨阳雪梅琳婷晶颖佳慧倩莉丹玲燕云飞亮波宏志峰鑫成东海松晓春秋冬"
                      "立新永兴德福安康子涵梓轩一诺怡然思雨若汐航嘉懿睿泽博雅铭天佑皓书瑶梦琪豪";
const char* const kCities[] = {"北京", "上海", "广州", "深圳", "杭州", "成都",
                               "武汉", "南京", "西安", "苏州", "长沙", "厦门"};
const char* const kTrades[] = {"科技", "贸易", "餐饮", "建筑工程", "文化传媒", "物流", "医药", "教育咨询"};
const char* const kRegions[] = {"110105", "110108", "310104", "310115", "440305", "440106",
                                "330106", "510107", "420106", "320102", "610113", "350203"};
const QString kCreditAlphabet = QStringLiteral("0123456789ABCDEFGHJKLMNPQRTUWXY");

// Share of the day's arrivals by weekday (Monday 1) and by hour.
double weekdayWeight(int dayOfWeek)
{
    static const double w[] = {0, 1.25, 1.05, 1.0, 0.95, 0.9, 0.3, 0.3};
    return w[dayOfWeek];
}
const int kHourFirst = 8;
const double kHourWeight[] = {14, 30, 32, 22, 4, 12, 26, 24, 14, 4}; // 8:00 … 17:00

// The matters applications are made for, with who applies.
struct MatterChoice {
    Matter matter;
    bool organisation = false;
};

struct Category {
    QString id;
    QString prefix;
    int weight = 1;
    QVector<int> matters; // indexes into the matter list; empty: any person matter
    QVector<int> windows; // indexes into the window list
};

struct Desk {
    QString windowId;
    int windowNumber = 0;
    Session clerk;
};

class Names {
public:
    explicit Names(QRandomGenerator& random) : m_random(random)
    {
        m_given = QString::fromUtf8(kGiven);
        for (int i = 0; i < int(std::size(kFamily)); ++i)
            for (int k = 0; k < kFamilyWeight[i]; ++k)
                m_family << QString::fromUtf8(kFamily[i]);
    }
    QString person()
    {
        QString n = m_family.at(int(m_random.bounded(m_family.size()))) + given();
        if (m_random.bounded(100) < 70)
            n += given();
        return n;
    }
    QString organisation()
    {
        return QString::fromUtf8(kCities[m_random.bounded(int(std::size(kCities)))]) + given() +
               given() + QString::fromUtf8(kTrades[m_random.bounded(int(std::size(kTrades)))]) +
               QStringLiteral("有限公司");
    }
    // Unique for i below 25 million: i / 1000 picks the day of birth, i % 1000 the sequence.
    static QString residentId(qint64 i)
    {
        const QDate born = QDate(1945, 1, 1).addDays(i / 1000 % 25000);
        const QString first17 = QString::fromLatin1(kRegions[(i / 1000) % std::size(kRegions)]) +
                                born.toString(QStringLiteral("yyyyMMdd")) +
                                QStringLiteral("%1").arg(i % 1000, 3, 10, QLatin1Char('0'));
        return first17 + Validators::residentIdCheckCharacter(first17);
    }
    static QString creditCode(qint64 i)
    {
        QString body;
        for (qint64 n = i, k = 0; k < 7; ++k, n /= 31)
            body.prepend(kCreditAlphabet.at(int(n % 31)));
        const QString first17 = QStringLiteral("91") +
                                QString::fromLatin1(kRegions[i % std::size(kRegions)]) +
                                QStringLiteral("MA") + body;
        return first17 + Validators::creditCodeCheckCharacter(first17);
    }
    QString mobile()
    {
        return QStringLiteral("1%1%2")
            .arg(3 + m_random.bounded(7))
            .arg(m_random.bounded(1000000000), 9, 10, QLatin1Char('0'));
    }

private:
    QChar given() { return m_given.at(int(m_random.bounded(m_given.size()))); }
    QRandomGenerator& m_random;
    QStringList m_family;
    QString m_given;
};

// The active staff who have `role`, by login, each signed in with that role only.
Result<QVector<Session>> staffWithRole(const Database& db, Role role)
{
    auto staff = StaffService::list(db);
    if (!staff)
        return staff.error();
    QVector<Session> sessions;
    for (const StaffRecord& r : staff.value()) {
        if (r.active && r.roles.contains(role))
            sessions << Session::forStaff({r.id, r.login, r.displayName, r.departmentId,
                                           r.departmentCode, {role}});
    }
    return sessions;
}

QJsonObject ticketDetails(const GeneratedVisit& v)
{
    return {{QStringLiteral("number"), v.number},
            {QStringLiteral("date"), toDbDate(v.issuedAt.date())}};
}

QString ticketOutcome(IntakeOutcome o)
{
    switch (o) {
    case IntakeOutcome::Accept:
    case IntakeOutcome::AcceptWithDeficiency:
        return ServiceOutcome::Accepted;
    case IntakeOutcome::NoticeCorrection:
        return ServiceOutcome::MaterialsMissing;
    case IntakeOutcome::Refuse:
        return ServiceOutcome::Refused;
    case IntakeOutcome::ReceiveForReview:
    case IntakeOutcome::Withdraw:
        return ServiceOutcome::Other;
    }
    return ServiceOutcome::Other;
}

} // namespace

HistoryGenerator::HistoryGenerator(Database& db, const Clock& clock) : m_db(db), m_clock(clock) {}

Status HistoryGenerator::writeVisit(Transaction& tx, const Session& kiosk, GeneratedVisit& v)
{
    auto branch = tx.db().branchCode();
    if (!branch)
        return branch.error();
    if (v.ticketId.isEmpty())
        v.ticketId = newId();
    ManualClock at(v.issuedAt);
    const Context issuer{tx.db(), at, kiosk};
    const Context clerk{tx.db(), at, *v.clerk};
    const AuditSubject subject{QStringLiteral("ticket"), v.ticketId};

    QJsonObject issued{{QStringLiteral("number"), v.number},
                       {QStringLiteral("category"), v.categoryPrefix}};
    if (!v.priorityClass.isEmpty())
        issued.insert(QStringLiteral("priority"), v.priorityClass);
    CIVICDESK_TRY(AuditLog::append(tx, issuer, QStringLiteral("ticket.issued"), subject, issued));
    at.set(v.calledAt);
    QJsonObject called = ticketDetails(v);
    called.insert(QStringLiteral("window"), v.windowNumber);
    CIVICDESK_TRY(AuditLog::append(tx, clerk, QStringLiteral("ticket.called"), subject, called));

    QStringList numbers;
    for (const CaseRecord& c : v.cases)
        numbers << c.number;
    int calls = 1;
    QDateTime lastCall = v.calledAt;
    QString status = TicketStatus::Done;
    int version = 4; // issued, called, serving, done
    if (v.noShow) {
        for (; calls < 3; ++calls) {
            lastCall = lastCall.addSecs(60);
            at.set(lastCall);
            QJsonObject recalled = ticketDetails(v);
            recalled.insert(QStringLiteral("call"), calls + 1);
            CIVICDESK_TRY(AuditLog::append(tx, clerk, QStringLiteral("ticket.recalled"), subject,
                                           recalled));
        }
        at.set(v.finishedAt);
        CIVICDESK_TRY(AuditLog::append(tx, clerk, QStringLiteral("ticket.no_show"), subject,
                                       ticketDetails(v)));
        status = TicketStatus::NoShow;
        version = 5; // issued, called, recalled twice, no-show
    } else {
        at.set(v.startedAt);
        CIVICDESK_TRY(AuditLog::append(tx, clerk, QStringLiteral("ticket.serving"), subject,
                                       ticketDetails(v)));
        at.set(v.finishedAt);
        QJsonObject finished = ticketDetails(v);
        finished.insert(QStringLiteral("outcome"), v.outcome);
        finished.insert(QStringLiteral("cases"), QJsonArray::fromStringList(numbers));
        CIVICDESK_TRY(AuditLog::append(tx, clerk, QStringLiteral("ticket.finished"), subject,
                                       finished));
    }

    const QString issuedTs = toDbTimestamp(v.issuedAt);
    return tx.put(
        QStringLiteral("INSERT INTO tickets (id, branch_code, service_date, number, "
                       "category_id, priority_class, phone, id_number, status, issued_at, "
                       "original_issued_at, queue_at, window_id, staff_id, call_count, "
                       "first_called_at, last_called_at, service_started_at, finished_at, "
                       "outcome, case_numbers, note, version, updated_at) VALUES (?, ?, ?, "
                       "?, ?, ?, '', '', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '', ?, ?)"),
        {v.ticketId,
         branch.value(),
         toDbDate(v.issuedAt.date()),
         v.number,
         v.categoryId,
         QString(v.priorityClass.isNull() ? QLatin1String("") : v.priorityClass),
         status,
         issuedTs,
         issuedTs,
         issuedTs,
         v.windowId,
         bind::orNull(v.clerk->staffId()),
         calls,
         toDbTimestamp(v.calledAt),
         toDbTimestamp(lastCall),
         v.noShow ? QVariant(QMetaType::fromType<QString>()) : bind::timestamp(v.startedAt),
         toDbTimestamp(v.finishedAt),
         v.noShow ? QString(QLatin1String("")) : v.outcome,
         QString(numbers.isEmpty() ? QString(QLatin1String("")) : numbers.join(QLatin1Char(','))),
         version,
         toDbTimestamp(v.finishedAt)});
}

HistoryGenerator::VisitHook HistoryGenerator::ratingHook(double share)
{
    return [share](Transaction& tx, const Context& ctx, const GeneratedVisit& v,
                   QRandomGenerator& random) -> Status {
        if (v.noShow || random.generateDouble() >= share)
            return {};
        const int roll = int(random.bounded(100));
        const int score = roll < 78 ? 5 : roll < 93 ? 4 : roll < 97 ? 3 : roll < 99 ? 2 : 1;
        ManualClock at(v.finishedAt.addSecs(15 + random.bounded(40)));
        static const Session pad = Session::system(QStringLiteral("rating-pad"));
        const Context rater{tx.db(), at, pad};
        Q_UNUSED(ctx);
        auto rated = QueueService::rate(rater, v.ticketId, score, QStringLiteral("applicant"));
        return rated ? Status() : Status(rated.error());
    };
}

HistoryGenerator::VisitHook HistoryGenerator::workflowHook(const QDate& today, int laggardEvery)
{
    struct Departments {
        std::map<QString, Session> approver; // department id -> an approver of it
        qint64 agents = 0;                   // agents collecting organisations' results
        std::shared_ptr<const WorkingCalendar> calendar;
        std::unique_ptr<BulkCaseWriter> writer;
    };
    auto departments = std::make_shared<Departments>();
    return [=](Transaction& tx, const Context&, const GeneratedVisit& v,
               QRandomGenerator& random) -> Status {
        Database& db = tx.db();
        if (!departments->writer) {
            auto approvers = staffWithRole(db, Role::Approver);
            if (!approvers)
                return approvers.error();
            for (const Session& approver : approvers.value()) {
                if (!approver.departmentId().isEmpty())
                    departments->approver.emplace(approver.departmentId(), approver);
            }
            auto calendar = CalendarService::current(db);
            if (!calendar)
                return calendar.error();
            departments->calendar = calendar.take();
            departments->writer = std::make_unique<BulkCaseWriter>(db, *departments->calendar);
        }
        BulkCaseWriter& writer = *departments->writer;
        for (int k = 0; k < v.cases.size(); ++k) {
            const CaseRecord& kase = v.cases.at(k);
            if (kase.status != CaseStatus::Accepted || random.bounded(laggardEvery) == 0)
                continue;
            BulkCaseWriter::Case c = BulkCaseWriter::start(kase, v.steps.value(k));
            ManualClock at(v.finishedAt);
            for (int round = 0; round < 16; ++round) {
                const int open = BulkCaseWriter::nextOpenStep(c);
                if (open < 0)
                    break;
                const CaseStep step = c.w.steps.at(open);
                const bool handover = step.stageKind == StageKind::Handover;
                const QDate day =
                    departments->calendar
                        ->addWorkingDays(step.openedAt.date(), 1 + random.bounded(handover ? 5 : 3))
                        .date;
                if (day >= today)
                    break;
                at.set(QDateTime(day, QTime(9 + random.bounded(8), random.bounded(60))));
                if (handover) {
                    Handover h;
                    h.identityChecked = true;
                    if (kase.applicantKind == QLatin1String("person")) {
                        h.recipientName = kase.applicantName;
                        h.recipientDocumentNumber = kase.applicantDocument;
                    } else {
                        h.relation = RecipientRelation::Agent;
                        h.recipientName = QStringLiteral("经办人");
                        h.recipientDocumentNumber =
                            Names::residentId(24000000 + departments->agents++ % 1000000);
                    }
                    CIVICDESK_TRY(writer.handOver(tx, {db, at, *v.clerk}, c, h));
                    break;
                }
                auto approver = departments->approver.find(step.departmentId);
                if (approver == departments->approver.end())
                    break; // no one to decide: the case waits, as it would
                const Context by{db, at, approver->second};
                if (step.stageKind == StageKind::Decision && random.bounded(20) == 0)
                    CIVICDESK_TRY(writer.deny(tx, by, c, open, {QStringLiteral("申请人不符合法定条件")}));
                else
                    CIVICDESK_TRY(writer.approve(tx, by, c, open));
            }
            CIVICDESK_TRY(writer.finish(tx, c));
        }
        return {};
    };
}

Result<HistorySummary> HistoryGenerator::run(const HistoryOptions& options)
{
    QElapsedTimer elapsed;
    elapsed.start();
    QRandomGenerator random(options.seed);
    Names names(random);

    // What the center offers: matters, categories, windows and the clerks at them.
    CatalogRepository catalog(m_db);
    QVector<MatterChoice> matters;
    QHash<QString, int> matterIndex;
    {
        auto list = catalog.allMatters();
        if (!list)
            return list.error();
        for (const Matter& m : list.value()) {
            if (!m.active)
                continue;
            const bool organisation = m.code.startsWith(QLatin1String("SJ")) ||
                                      m.code.startsWith(QLatin1String("SW")) ||
                                      m.code == QLatin1String("ZJ-001");
            matterIndex.insert(m.code, matters.size());
            matters.push_back({m, organisation});
        }
    }
    QVector<int> personMatters;
    for (int i = 0; i < matters.size(); ++i)
        if (!matters.at(i).organisation)
            personMatters << i;
    auto windows = WindowService::windows(m_db);
    if (!windows)
        return windows.error();
    auto categoryList = WindowService::categories(m_db);
    if (!categoryList)
        return categoryList.error();
    QVector<Desk> desks;
    {
        auto clerks = staffWithRole(m_db, Role::Clerk);
        if (!clerks)
            return clerks.error();
        if (clerks->isEmpty() || windows->isEmpty() || matters.isEmpty() || personMatters.isEmpty())
            return Error(ErrorKind::Invalid,
                         tr("The history needs the demonstration center (its catalog, clerks and "
                            "windows). Run \"civicdesk demo\" on a new database."));
        for (int i = 0; i < windows->size(); ++i)
            desks.push_back({windows->at(i).id, windows->at(i).number, clerks->at(i % clerks->size())});
    }
    QVector<Category> categories;
    static const QHash<QString, int> kWeights = {{QStringLiteral("A"), 30}, {QStringLiteral("B"), 22},
                                                {QStringLiteral("C"), 20}, {QStringLiteral("D"), 12},
                                                {QStringLiteral("E"), 10}, {QStringLiteral("F"), 6}};
    for (const TicketCategory& c : categoryList.value()) {
        Category cat;
        cat.id = c.id;
        cat.prefix = c.prefix;
        cat.weight = kWeights.value(c.prefix, 10);
        for (const QString& code : c.matterCodes)
            if (matterIndex.contains(code))
                cat.matters << matterIndex.value(code);
        for (int w = 0; w < windows->size(); ++w)
            if (windows->at(w).serves(c.id))
                cat.windows << w;
        if (!cat.windows.isEmpty())
            categories << cat;
    }
    if (categories.isEmpty())
        return Error(ErrorKind::Invalid, tr("No window serves any ticket category."));
    QVector<int> weightedCategories;
    for (int i = 0; i < categories.size(); ++i)
        for (int k = 0; k < categories.at(i).weight; ++k)
            weightedCategories << i;

    auto calendar = CalendarService::current(m_db);
    if (!calendar)
        return calendar.error();
    const QDate today = m_clock.today();
    QVector<QDate> days;
    double totalWeight = 0;
    for (QDate d = today.addDays(-options.days); d < today; d = d.addDays(1)) {
        if (calendar.value()->isWorkingDay(d)) {
            days << d;
            totalWeight += weekdayWeight(d.dayOfWeek());
        }
    }
    if (days.isEmpty())
        return Error(ErrorKind::Invalid, tr("The %n day(s) before today hold no working day.",
                                            nullptr, options.days));
    const qint64 totalVisits = qint64(std::llround(options.cases * options.visitsPerCase));
    const int perDayCapacity = 999 * int(categories.size());
    if (double(totalVisits) / totalWeight * weekdayWeight(1) > perDayCapacity * 0.9)
        return Error(ErrorKind::Invalid,
                     tr("%1 tickets in %2 days are more than the %3 ticket categories can number "
                        "(999 a day each). Give more days.")
                         .arg(totalVisits)
                         .arg(options.days)
                         .arg(categories.size()));

    const Session kiosk = Session::system(QStringLiteral("kiosk"));
    ManualClock at(m_clock.now());
    HistorySummary summary;
    // Rows are not counted: on a big history that reads an index of millions of rows.
    auto before = AuditLog::chainLength(m_db);
    if (!before)
        return before.error();

    // Generation only: no fsync per transaction and a large page cache. A crash while it runs
    // leaves an incomplete history in a database made for it; the settings return at the end.
    const bool sqlite = m_db.isSqlite();
    QVariant cacheSize; // as Database::open set it
    if (sqlite) {
        auto current = m_db.scalar(QStringLiteral("PRAGMA cache_size"));
        if (!current)
            return current.error();
        cacheSize = current.value();
        CIVICDESK_TRY(m_db.exec(QStringLiteral("PRAGMA synchronous=OFF")).status());
        CIVICDESK_TRY(m_db.exec(QStringLiteral("PRAGMA cache_size=-512000")).status());
    }
    // One core builds the rows while the other writes them (Transaction::put).
    CIVICDESK_TRY(m_db.setPipelinedWrites(true));
    auto restore = qScopeGuard([this, sqlite, cacheSize] {
        (void)m_db.setPipelinedWrites(false);
        if (!sqlite)
            return;
        (void)m_db.exec(QStringLiteral("PRAGMA synchronous=FULL"));
        (void)m_db.exec(QStringLiteral("PRAGMA cache_size=%1").arg(cacheSize.toLongLong()));
    });

    // Returning applicants: drawn from the most recent ones.
    QVector<Applicant> recent;
    const int recentCap = 20000;
    // New applicants' ID numbers and credit codes are numbered on from where the last history
    // added to this database stopped, so that a second history does not make the first one's
    // people again.
    const QString personCounter = QStringLiteral("history:person");
    const QString organisationCounter = QStringLiteral("history:organisation");
    qint64 nextPerson = qint64(random.bounded(1000)) * 20000;
    qint64 nextOrganisation = qint64(random.bounded(1000)) * 20000;
    for (auto [name, next] : {std::pair{&personCounter, &nextPerson},
                              std::pair{&organisationCounter, &nextOrganisation}}) {
        auto stored = m_db.scalar(QStringLiteral("SELECT value FROM counters WHERE name = ?"),
                                  {*name});
        if (!stored)
            return stored.error();
        if (!stored.value().isNull())
            *next = stored.value().toLongLong();
    }
    qint64 casesLeft = options.cases;
    qint64 visitsLeft = totalVisits;
    double carried = 0;
    // One intake service per window, all remembering the catalog reads of any: each read waits
    // for every row queued to be written (Database::setPipelinedWrites).
    std::vector<Context> contexts;
    contexts.reserve(desks.size());
    std::map<QString, IntakeService> intakes;
    const IntakeService* first = nullptr;
    for (const Desk& desk : desks) {
        contexts.push_back({m_db, at, desk.clerk});
        IntakeService& intake = intakes.emplace(desk.windowId, IntakeService(contexts.back())).first->second;
        if (first)
            intake.shareCatalogReads(*first);
        else
            intake.reuseCatalogReads();
        first = &intake;
        intake.vouchForApplicants(); // `recent` keeps each one's id once stored
    }

    for (int dayIndex = 0; dayIndex < days.size() && visitsLeft > 0; ++dayIndex) {
        const QDate day = days.at(dayIndex);
        double exact = double(totalVisits) * weekdayWeight(day.dayOfWeek()) / totalWeight + carried;
        qint64 count = std::min<qint64>(visitsLeft, qint64(exact));
        if (dayIndex == days.size() - 1)
            count = visitsLeft;
        carried = exact - double(count);
        // Arrival times over the day's hours, in order.
        QVector<QDateTime> arrivals;
        arrivals.reserve(int(count));
        const double hourSum = std::accumulate(std::begin(kHourWeight), std::end(kHourWeight), 0.0);
        for (qint64 i = 0; i < count; ++i) {
            double r = random.generateDouble() * hourSum;
            int h = 0;
            while (h < int(std::size(kHourWeight)) - 1 && r >= kHourWeight[h])
                r -= kHourWeight[h++];
            arrivals << QDateTime(day, QTime(kHourFirst + h, int(random.bounded(60)),
                                             int(random.bounded(60))));
        }
        std::sort(arrivals.begin(), arrivals.end());
        QHash<int, int> used; // category index -> numbers issued today

        // A busy day goes in several transactions: each one's write-ahead log stays small, and so
        // do the checkpoints that copy it into the file (0.72 ms a case on days of 1,450 cases in
        // one transaction, 0.61 on days of 400).
        constexpr qsizetype kVisitsPerTransaction = 1200;
        for (qsizetype from = 0; from == 0 || from < arrivals.size();
             from += kVisitsPerTransaction) {
            const qsizetype to = std::min(arrivals.size(), from + kVisitsPerTransaction);
            Status s = m_db.write([&](Transaction& tx) -> Status {
                for (qsizetype a = from; a < to; ++a) {
                    const QDateTime& issued = arrivals.at(a);
                    GeneratedVisit v;
                    int c = weightedCategories.at(int(random.bounded(weightedCategories.size())));
                    // A category whose 999 numbers are used up: the dispenser offers another.
                    for (int k = 0; used.value(c) >= 999 && k < categories.size(); ++k)
                        c = (c + 1) % int(categories.size());
                    const Category& category = categories.at(c);
                    const int n = ++used[c];
                    v.categoryId = category.id;
                    v.categoryPrefix = category.prefix;
                    v.number =
                        category.prefix + QStringLiteral("%1").arg(n, 3, 10, QLatin1Char('0'));
                    v.priorityClass =
                        random.bounded(100) < 6 ? QStringLiteral("elderly") : QString();
                    const Desk& desk =
                        desks.at(category.windows.at(int(random.bounded(category.windows.size()))));
                    v.windowId = desk.windowId;
                    v.windowNumber = desk.windowNumber;
                    v.clerk = &desk.clerk;
                    v.issuedAt = issued;
                    const int peak = issued.time().hour() == 9 || issued.time().hour() == 10 ||
                                     issued.time().hour() == 14;
                    v.calledAt = issued.addSecs(30 + random.bounded(peak ? 1800 : 600));
                    v.startedAt = v.calledAt.addSecs(20 + random.bounded(70));
                    v.noShow = random.bounded(1000) < 25;
                    const bool takesCase =
                        !v.noShow && casesLeft > 0 &&
                        random.generateDouble() * double(visitsLeft) < double(casesLeft);
                    --visitsLeft;
                    if (v.noShow) {
                        v.finishedAt = v.calledAt.addSecs(180 + random.bounded(60));
                    } else if (!takesCase) {
                        const int r = int(random.bounded(100));
                        v.outcome = r < 60   ? ServiceOutcome::Consulted
                                    : r < 90 ? ServiceOutcome::ResultCollected
                                             : ServiceOutcome::Other;
                        v.finishedAt = v.startedAt.addSecs(90 + random.bounded(420));
                    } else {
                        // An application: the matter by the ticket's category, the applicant new
                        // or returning, the outcome by its share.
                        const int mi =
                            category.matters.isEmpty()
                                ? personMatters.at(int(random.bounded(personMatters.size())))
                                : category.matters.at(int(random.bounded(category.matters.size())));
                        const MatterChoice& choice = matters.at(mi);
                        IntakeRequest r;
                        r.matterId = choice.matter.id;
                        r.windowId = v.windowId;
                        r.ticketId = v.ticketId = newId();
                        r.documentLanguage = QStringLiteral("zh_CN");
                        Applicant* returning = nullptr; // as stored, with its id
                        Applicant* newcomer = nullptr;  // its id is known once it is stored
                        if (!recent.isEmpty() && random.bounded(100) < 18) {
                            Applicant& a = recent[int(random.bounded(recent.size()))];
                            if ((a.kind == ApplicantKind::Organisation) == choice.organisation)
                                returning = &a;
                        }
                        if (returning) {
                            r.applicant = *returning;
                        } else {
                            r.applicant =
                                choice.organisation
                                    ? Applicant::organisation(names.organisation(),
                                                              Names::creditCode(nextOrganisation++),
                                                              names.person(), names.person(),
                                                              names.mobile())
                                    : Applicant::person(names.person(), DocumentType::ResidentId,
                                                        Names::residentId(nextPerson++),
                                                        names.mobile());
                            if (recent.size() < recentCap) {
                                recent << r.applicant;
                                newcomer = &recent.last();
                            } else {
                                newcomer = &recent[int(random.bounded(recentCap))];
                                *newcomer = r.applicant;
                            }
                        }
                        const Matter& m = choice.matter;
                        const int roll = int(random.bounded(100));
                        r.outcome = roll < 72   ? IntakeOutcome::Accept
                                    : roll < 78 ? IntakeOutcome::AcceptWithDeficiency
                                    : roll < 88 ? IntakeOutcome::NoticeCorrection
                                    : roll < 91 ? IntakeOutcome::ReceiveForReview
                                    : roll < 96 ? IntakeOutcome::Refuse
                                                : IntakeOutcome::Withdraw;
                        const QDateTime decidedAt = v.startedAt.addSecs(240 + random.bounded(600));
                        if (r.outcome == IntakeOutcome::AcceptWithDeficiency) {
                            const IntakeLimits limits =
                                IntakeService::limits(*calendar.value(), decidedAt.date(),
                                                      m.promisedDays, m.statutoryDays);
                            auto follows =
                                std::find_if(m.materials.cbegin(), m.materials.cend(),
                                             [](const Material& x) { return x.mayFollowLater; });
                            if (follows == m.materials.cend() ||
                                limits.latestPromiseDue < limits.earliestPromiseDue) {
                                r.outcome = IntakeOutcome::Accept;
                            } else {
                                r.materials = {{follows->id, MaterialState::Deferred, QString()}};
                                r.promiseDue = limits.latestPromiseDue;
                            }
                        } else if (r.outcome == IntakeOutcome::NoticeCorrection) {
                            if (m.materials.isEmpty())
                                r.outcome = IntakeOutcome::Accept;
                            else
                                r.materials = {
                                    {m.materials.at(int(random.bounded(m.materials.size()))).id,
                                     MaterialState::Missing, QString()}};
                        } else if (r.outcome == IntakeOutcome::Refuse) {
                            r.reason = random.bounded(2)
                                           ? QStringLiteral("申请事项依法不需要取得行政许可")
                                           : QStringLiteral("申请人不具备申请资格");
                        } else if (r.outcome == IntakeOutcome::Withdraw) {
                            r.reason = QStringLiteral("申请人主动撤回申请");
                        }
                        at.set(decidedAt);
                        auto done = intakes.at(desk.windowId).decide(r);
                        if (!done)
                            return done.error();
                        if (newcomer)
                            newcomer->id = done->record.applicantId;
                        // An application received for checking gets its one-time notice within
                        // the five working days, as the law asks (art. 32); left without one, the
                        // program would deem it accepted at the next start.
                        if (r.outcome == IntakeOutcome::ReceiveForReview &&
                            !m.materials.isEmpty()) {
                            const QDate day =
                                calendar.value()
                                    ->addWorkingDays(decidedAt.date(), 1 + random.bounded(4))
                                    .date;
                            if (day < today) {
                                at.set(QDateTime(day,
                                                 QTime(9 + random.bounded(8), random.bounded(60))));
                                IntakeRequest notice;
                                notice.outcome = IntakeOutcome::NoticeCorrection;
                                notice.documentLanguage = r.documentLanguage;
                                notice.materials = {
                                    {m.materials.at(int(random.bounded(m.materials.size()))).id,
                                     MaterialState::Missing, QString()}};
                                // Held as stored: a read would wait for every row queued.
                                auto noticed = intakes.at(desk.windowId)
                                                   .decideWaiting({done->record, done->materials,
                                                                   done->applicant.phone},
                                                                  notice);
                                if (!noticed)
                                    return noticed.error();
                                done->record = noticed->record;
                            }
                        }
                        v.cases << done->record;
                        v.steps << done->steps;
                        v.outcome = ticketOutcome(r.outcome);
                        v.finishedAt = decidedAt.addSecs(30 + random.bounded(120));
                        --casesLeft;
                    }
                    CIVICDESK_TRY(writeVisit(tx, kiosk, v));
                    at.set(v.finishedAt);
                    const Context ctx{tx.db(), at, desk.clerk};
                    for (const VisitHook& hook : m_hooks)
                        CIVICDESK_TRY(hook(tx, ctx, v, random));
                    summary.visits += 1;
                    summary.cases += v.cases.size();
                }
                const QString setCounter =
                    QStringLiteral("INSERT INTO counters (name, value) VALUES (?, ?) ON "
                                   "CONFLICT (name) DO UPDATE SET value = excluded.value");
                // The day's ticket counters as the dispenser leaves them.
                if (to == arrivals.size())
                    for (auto it = used.cbegin(); it != used.cend(); ++it)
                        CIVICDESK_TRY(tx.put(
                            setCounter, {QStringLiteral("ticket:%1:%2")
                                             .arg(toDbDate(day), categories.at(it.key()).prefix),
                                         it.value()}));
                CIVICDESK_TRY(tx.put(setCounter, {personCounter, nextPerson}));
                CIVICDESK_TRY(tx.put(setCounter, {organisationCounter, nextOrganisation}));
                return {};
            });
            if (!s)
                return s.error();
        }
        if (options.progress && (dayIndex % 20 == 19 || dayIndex == days.size() - 1))
            options.progress(tr("%1: %2 tickets, %3 cases so far (%4 s)")
                                 .arg(toDbDate(day))
                                 .arg(summary.visits)
                                 .arg(summary.cases)
                                 .arg(elapsed.elapsed() / 1000.0, 0, 'f', 1));
    }
    CIVICDESK_TRY(m_db.setPipelinedWrites(false)); // the last day is written, or its error known
    // Statistics for the query planner. On SQLite a full ANALYZE reads every index whole (two
    // minutes on a million cases); a sample of each is as good for choosing plans.
    if (sqlite)
        (void)m_db.exec(QStringLiteral("PRAGMA analysis_limit=1000"));
    (void)m_db.exec(QStringLiteral("ANALYZE"));
    auto after = AuditLog::chainLength(m_db);
    if (!after)
        return after.error();
    summary.auditRows = after.value() - before.value();
    summary.seconds = elapsed.elapsed() / 1000.0;
    summary.lines << tr("%n ticket(s) over %1 working days", nullptr, int(summary.visits))
                         .arg(days.size())
                  << tr("%n application(s) taken in", nullptr, int(summary.cases))
                  << tr("%n audit row(s)", nullptr, int(summary.auditRows))
                  << tr("generated in %1 s").arg(summary.seconds, 0, 'f', 1);
    return summary;
}

} // namespace civicdesk
