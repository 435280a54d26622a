#include "SchedulingDemo.h"

#include "Clock.h"
#include "RosterService.h"
#include "QueueService.h"
#include "SchedulingSettings.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QHash>
#include <QRandomGenerator>

#include <cmath>

namespace civicdesk {

namespace {

struct DemoCategory {
    const char* prefix;
    const char* zh;
    const char* en;
    const char* matters;
    int weight; // share of the arrivals
};

const DemoCategory kCategories[] = {
    {"A", "户籍证件", "Household registration and ID cards", "GA-001,GA-002,GA-003", 30},
    {"B", "企业开办", "Starting a business", "SJ-001,SJ-002,SW-001", 22},
    {"C", "社保医保", "Social and medical insurance", "RS-001,RS-002,YB-001", 20},
    {"D", "不动产登记", "Real estate registration", "ZR-001,ZJ-001", 12},
    {"E", "税务办理", "Tax", "SW-002,SW-003", 10},
    {"F", "综合咨询", "General enquiries", "", 6},
};

struct DemoWindow {
    int number;
    const char* name;
    const char* zone;
    const char* prefixes; // empty: comprehensive
};

const DemoWindow kWindows[] = {
    {1, "户籍证件 1", "一区", "A"},     {2, "户籍证件 2", "一区", "A"},
    {3, "企业开办 1", "二区", "B,E"},   {4, "企业开办 2", "二区", "B"},
    {5, "社保医保 1", "二区", "C"},     {6, "社保医保 2", "二区", "C,F"},
    {7, "不动产登记", "三区", "D"},     {8, "税务办理", "三区", "E,B"},
    {9, "综合窗口 1", "三区", ""},      {10, "综合窗口 2", "三区", ""},
};

// Arrivals per hour over a working day: the morning peak, lunch, the afternoon peak.
double hourlyArrivals(int hour)
{
    switch (hour) {
    case 8: return 14;
    case 9: return 30;
    case 10: return 32;
    case 11: return 22;
    case 12: return 4;
    case 13: return 12;
    case 14: return 26;
    case 15: return 24;
    case 16: return 16;
    case 17: return 6;
    default: return 0;
    }
}

} // namespace

Result<QStringList> SchedulingDemo::fill(Database& db, const Clock& clock)
{
    QRandomGenerator random(20261120);
    const QDateTime now = clock.now();
    QStringList lines;

    // Staff who can sit at a window (added by the staff demo data, if it ran before).
    auto staff = RosterService::rosterableStaff(db);
    if (!staff)
        return staff.error();
    QStringList clerkIds;
    for (const RosterStaff& s : staff.value()) {
        if (s.login.startsWith(QLatin1String("clerk")))
            clerkIds << s.id;
    }

    Status s = db.write([&](Transaction& tx) -> Status {
        auto branch = tx.db().branchCode();
        if (!branch)
            return branch.error();
        const QString ts = toDbTimestamp(now);

        QHash<QString, QString> categoryIds; // prefix -> id
        QStringList weightedPrefixes;
        int order = 0;
        for (const DemoCategory& c : kCategories) {
            const QString id = newId();
            categoryIds.insert(QLatin1String(c.prefix), id);
            CIVICDESK_TRY(tx.exec(QStringLiteral("INSERT INTO ticket_categories (id, prefix, name_zh, name_en, "
                                                 "active, sort_order) VALUES (?, ?, ?, ?, 1, ?)"),
                                  {id, QLatin1String(c.prefix), QString::fromUtf8(c.zh),
                                   QString::fromUtf8(c.en), ++order})
                              .status());
            for (const QString& m : QString::fromLatin1(c.matters).split(QLatin1Char(','), Qt::SkipEmptyParts))
                CIVICDESK_TRY(tx.exec(QStringLiteral("INSERT INTO ticket_category_matters (category_id, "
                                                     "matter_code) VALUES (?, ?)"),
                                      {id, m})
                                  .status());
            for (int i = 0; i < c.weight; ++i)
                weightedPrefixes << QLatin1String(c.prefix);
        }
        lines << SchedulingDemo::tr("%n ticket category(s)", nullptr, order);

        QVector<QString> windowIds;
        QHash<QString, QVector<int>> windowsFor; // prefix -> indexes into windowIds
        for (const DemoWindow& w : kWindows) {
            const QString id = newId();
            const QStringList prefixes = QString::fromLatin1(w.prefixes).split(QLatin1Char(','), Qt::SkipEmptyParts);
            CIVICDESK_TRY(tx.exec(QStringLiteral("INSERT INTO windows (id, number, name, zone, comprehensive, "
                                                 "is_open, updated_at) VALUES (?, ?, ?, ?, ?, 1, ?)"),
                                  {id, w.number, QString::fromUtf8(w.name), QString::fromUtf8(w.zone),
                                   int(prefixes.isEmpty()), ts})
                              .status());
            int rank = 0;
            for (const QString& p : prefixes)
                CIVICDESK_TRY(tx.exec(QStringLiteral("INSERT INTO window_categories (window_id, category_id, "
                                                     "rank) VALUES (?, ?, ?)"),
                                      {id, categoryIds.value(p), rank++})
                                  .status());
            for (const DemoCategory& c : kCategories) {
                if (prefixes.isEmpty() || prefixes.contains(QLatin1String(c.prefix)))
                    windowsFor[QLatin1String(c.prefix)] << windowIds.size();
            }
            windowIds << id;
        }
        lines << SchedulingDemo::tr("%n window(s)", nullptr, windowIds.size());

        // The roster of this week and the next: the windows with the most business are seated
        // first, the clerks rotate by day. On Friday afternoons only a third of the clerks sit
        // at a window (the others are at a training): the staffing advice flags those hours.
        const int morningSeats[] = {0, 1, 2, 4, 6, 8, 3, 5, 7, 9};
        const int afternoonSeats[] = {0, 2, 3, 4, 5, 9, 1, 6, 7, 8};
        const QDate monday = RosterService::weekStart(now.date());
        QHash<int, QString> clerkAtWindow; // window index -> staff id (today, for the tickets)
        int seats = 0;
        for (int day = 0; day < 12 && !clerkIds.isEmpty(); ++day) {
            const QDate date = monday.addDays(day);
            if (date.dayOfWeek() > 5)
                continue;
            for (Shift shift : {Shift::Morning, Shift::Afternoon}) {
                const int clerks = std::min<int>(
                    windowIds.size(), date.dayOfWeek() == 5 && shift == Shift::Afternoon
                                          ? int(clerkIds.size() + 2) / 3
                                          : int(clerkIds.size()));
                for (int c = 0; c < clerks; ++c) {
                    const int seat = (c + day) % clerks;
                    const int w = shift == Shift::Morning ? morningSeats[seat] : afternoonSeats[seat];
                    CIVICDESK_TRY(tx.exec(QStringLiteral("INSERT INTO roster (id, branch_code, work_date, shift, "
                                                         "window_id, staff_id, updated_at) VALUES (?, ?, ?, ?, "
                                                         "?, ?, ?)"),
                                          {newId(), branch.value(), toDbDate(date), shiftKey(shift),
                                           windowIds.at(w), clerkIds.at(c), ts})
                                      .status());
                    ++seats;
                    if (date == now.date() && shift == Shift::Morning)
                        clerkAtWindow.insert(w, clerkIds.at(c));
                }
            }
        }
        if (seats > 0)
            lines << SchedulingDemo::tr("%n roster seat(s) for this week and the next", nullptr, seats);

        // Four weeks of served tickets, and today's until now.
        int tickets = 0;
        int ratings = 0;
        int rectifications = 0;
        QHash<QString, int> todayCounters;
        QHash<int, bool> windowBusyToday;
        for (int back = 28; back >= 0; --back) {
            const QDate date = now.date().addDays(-back);
            if (date.dayOfWeek() > 5)
                continue;
            QHash<QString, int> sequence;
            for (int hour = 8; hour <= 17; ++hour) {
                const int count = int(std::round(hourlyArrivals(hour) * (0.8 + random.bounded(0.4))));
                for (int i = 0; i < count; ++i) {
                    const QDateTime issued(date, QTime(hour, random.bounded(60), random.bounded(60)));
                    if (issued >= now)
                        continue;
                    const QString prefix = weightedPrefixes.at(random.bounded(weightedPrefixes.size()));
                    const int n = ++sequence[prefix];
                    const QString number = prefix + QStringLiteral("%1").arg(n, 3, 10, QLatin1Char('0'));
                    const QVector<int>& serving = windowsFor.value(prefix);
                    const int w = serving.at(random.bounded(serving.size()));
                    const double serviceMinutes = 3 + std::fabs(random.bounded(6.0) + random.bounded(6.0) - 3);
                    const QDateTime called = issued.addSecs(60 + random.bounded(14 * 60));
                    const QDateTime started = called.addSecs(30 + random.bounded(60));
                    const QDateTime finished = started.addSecs(qint64(serviceMinutes * 60));
                    const QString priority = random.bounded(100) < 8 ? QStringLiteral("elderly") : QString();
                    QString status = random.bounded(100) < 3 ? TicketStatus::NoShow : TicketStatus::Done;
                    // Today: the latest arrivals still wait, and some windows are mid-service.
                    if (back == 0) {
                        todayCounters[prefix] = n;
                        if (called > now)
                            status = TicketStatus::Waiting;
                        else if (finished > now)
                            status = windowBusyToday.value(w) ? TicketStatus::Waiting : TicketStatus::Serving;
                    }
                    const bool waiting = status == TicketStatus::Waiting;
                    const bool noShow = status == TicketStatus::NoShow;
                    if (status == TicketStatus::Serving)
                        windowBusyToday.insert(w, true);
                    const QString staffId = waiting ? QString() : clerkAtWindow.value(w, clerkIds.value(w % std::max<int>(1, clerkIds.size())));
                    const QString id = newId();
                    const QVariant nullText(QMetaType::fromType<QString>());
                    CIVICDESK_TRY(tx.exec(QStringLiteral("INSERT INTO tickets (id, branch_code, service_date, number, "
                                                         "category_id, priority_class, status, issued_at, "
                                                         "original_issued_at, queue_at, window_id, staff_id, "
                                                         "call_count, first_called_at, last_called_at, "
                                                         "service_started_at, finished_at, outcome, updated_at) "
                                                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                                          {id, branch.value(), toDbDate(date), number, categoryIds.value(prefix),
                                           priority.isNull() ? QStringLiteral("") : priority, status,
                                           toDbTimestamp(issued), toDbTimestamp(issued), toDbTimestamp(issued),
                                           waiting ? nullText : QVariant(windowIds.at(w)),
                                           staffId.isEmpty() ? nullText : QVariant(staffId),
                                           waiting ? 0 : (noShow ? 3 : 1),
                                           waiting ? nullText : QVariant(toDbTimestamp(called)),
                                           waiting ? nullText : QVariant(toDbTimestamp(called)),
                                           waiting || noShow ? nullText : QVariant(toDbTimestamp(started)),
                                           status == TicketStatus::Done || noShow
                                               ? QVariant(toDbTimestamp(noShow ? called.addSecs(180) : finished))
                                               : nullText,
                                           status == TicketStatus::Done
                                               ? ServiceOutcome::all().at(random.bounded(5))
                                               : QStringLiteral(""),
                                           ts})
                                      .status());
                    ++tickets;
                    if (status != TicketStatus::Done || random.bounded(100) >= 60)
                        continue;
                    const int roll = random.bounded(100);
                    const int score = roll < 78 ? 5 : roll < 93 ? 4 : roll < 97 ? 3 : roll < 99 ? 2 : 1;
                    const QString ratingId = newId();
                    CIVICDESK_TRY(tx.exec(QStringLiteral("INSERT INTO ratings (id, branch_code, ticket_id, score, "
                                                         "source, window_id, staff_id, rated_at) VALUES (?, ?, "
                                                         "?, ?, 'applicant', ?, ?, ?)"),
                                          {ratingId, branch.value(), id, score, windowIds.at(w),
                                           staffId.isEmpty() ? nullText : QVariant(staffId),
                                           toDbTimestamp(finished.addSecs(20))})
                                      .status());
                    ++ratings;
                    if (score > 2)
                        continue;
                    auto due = QueueService::rectificationDue(tx.db(), date);
                    if (!due)
                        return due.error();
                    const bool closed = back > 10;
                    CIVICDESK_TRY(tx.exec(QStringLiteral("INSERT INTO rectifications (id, branch_code, rating_id, "
                                                         "ticket_id, window_id, staff_id, status, opened_at, "
                                                         "due_date, closed_at, resolution) VALUES (?, ?, ?, ?, "
                                                         "?, ?, ?, ?, ?, ?, ?)"),
                                          {newId(), branch.value(), ratingId, id, windowIds.at(w),
                                           staffId.isEmpty() ? nullText : QVariant(staffId),
                                           closed ? QStringLiteral("closed") : QStringLiteral("open"),
                                           toDbTimestamp(finished.addSecs(20)), toDbDate(due.value()),
                                           closed ? QVariant(toDbTimestamp(finished.addDays(3))) : nullText,
                                           closed ? SchedulingDemo::tr("Talked with the clerk; the waiting "
                                                                       "area now shows the estimated wait.")
                                                  : QStringLiteral("")})
                                      .status());
                    ++rectifications;
                }
            }
        }
        // Tickets issued from now on continue today's numbers.
        for (auto it = todayCounters.cbegin(); it != todayCounters.cend(); ++it)
            CIVICDESK_TRY(tx.exec(QStringLiteral("INSERT INTO counters (name, value) VALUES (?, ?)"),
                                  {QStringLiteral("ticket:%1:%2").arg(toDbDate(now.date()), it.key()), it.value()})
                              .status());
        lines << SchedulingDemo::tr("%n queue ticket(s) of the last four weeks", nullptr, tickets);
        lines << SchedulingDemo::tr("%n rating(s), %1 of them followed by a rectification", nullptr, ratings)
                     .arg(rectifications);

        SchedulingSettings settings;
        settings.boardNotice = SchedulingDemo::tr(
            "Welcome to the service center. Please keep your ticket and watch for your number. "
            "Elderly, disabled and pregnant applicants and service members are served first.");
        return settings.save(tx);
    });
    if (!s)
        return s.error();
    return lines;
}

} // namespace civicdesk
