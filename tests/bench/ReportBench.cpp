// The reports on a center's whole history: fills a SQLite database with about three years of
// plausible queue tickets, cases, ratings and roster seats (by default 3,000,000 tickets and
// 1,000,000 cases), then times the daily report (target: under 200 ms) and the monthly report
// (target: under 2 s) through ReportService, as the program makes them. Built with the
// project, run by hand:
//
//   build/tests/bench_reports [--tickets N] [--cases N] [--keep FILE] [--runs N]
//
// With --keep, the database is written to FILE and kept; an existing FILE is reused as it is,
// so that the reports can be timed again without filling it anew.
//
// The rows follow a center of 30 windows: on each working day about 4,000 visits with a
// morning and an afternoon peak, 93 % served, the rest no-shows, transfers and abandoned
// tickets; a fifth of the visits rated; cases of 100 matters in 20 departments, most accepted
// on the day, some after a one-time notice, some refused or withdrawn, decided within their
// limits or a little after, the last few weeks' still under way.

#include "Clock.h"
#include "calendar/CalendarService.h"
#include "reports/ReportBuilder.h"
#include "reports/ReportService.h"
#include "security/Session.h"
#include "storage/DatabaseSetup.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

using namespace civicdesk;

namespace {

QTextStream out(stdout);

const QDate kToday(2026, 11, 20);

struct Ids {
    QStringList departments, matters, categories, windows, staff;
    QVector<int> matterDept, promised;
};

QString ts(const QDate& d, int seconds)
{
    return QString::asprintf("%04d-%02d-%02d %02d:%02d:%02d.000", d.year(), d.month(), d.day(),
                             seconds / 3600, seconds / 60 % 60, seconds % 60);
}

QString date(const QDate& d)
{
    return QString::asprintf("%04d-%02d-%02d", d.year(), d.month(), d.day());
}

bool check(bool ok, const QSqlQuery& q, const char* what)
{
    if (!ok)
        out << "failed: " << what << ": " << q.lastError().text() << Qt::endl;
    return ok;
}

// A prepared INSERT that is bound and run once per row.
class Inserter {
public:
    Inserter(QSqlDatabase db, const QString& sql) : m_q(db) { m_q.prepare(sql); }
    bool row(const QVariantList& values)
    {
        for (int i = 0; i < values.size(); ++i)
            m_q.bindValue(i, values.at(i));
        return check(m_q.exec(), m_q, "insert");
    }

private:
    QSqlQuery m_q;
};

bool exec(QSqlDatabase db, const QString& sql)
{
    QSqlQuery q(db);
    return check(q.exec(sql), q, sql.toUtf8().constData());
}

bool fill(Database& database, qint64 tickets, qint64 cases)
{
    QSqlDatabase db = database.connection();
    QRandomGenerator random(20261120);
    exec(db, QStringLiteral("PRAGMA synchronous = OFF"));
    exec(db, QStringLiteral("PRAGMA cache_size = -1000000"));
    const QVariant null(QMetaType::fromType<QString>());
    const QString created = ts(QDate(2023, 1, 1), 8 * 3600);
    Ids ids;
    QElapsedTimer timer;
    timer.start();

    exec(db, QStringLiteral("BEGIN"));
    {
        Inserter dept(db, QStringLiteral("INSERT INTO departments (id, code, name_zh, name_en, "
                                         "sort_order) VALUES (?, ?, ?, ?, ?)"));
        for (int i = 0; i < 20; ++i) {
            ids.departments << newId();
            dept.row({ids.departments.last(), QStringLiteral("D%1").arg(i, 2, 10, QLatin1Char('0')),
                      QStringLiteral("部门%1").arg(i + 1),
                      QStringLiteral("Department %1").arg(i + 1), i});
        }
        Inserter matter(
            db, QStringLiteral("INSERT INTO matters (id, code, name_zh, name_en, department_id, "
                               "kind, statutory_days, promised_days, created_at, updated_at) "
                               "VALUES (?, ?, ?, ?, ?, 'licence', 20, ?, ?, ?)"));
        for (int i = 0; i < 100; ++i) {
            ids.matters << newId();
            ids.matterDept << i % 20;
            ids.promised << 3 + i % 8;
            matter.row({ids.matters.last(), QStringLiteral("M-%1").arg(i, 3, 10, QLatin1Char('0')),
                        QStringLiteral("事项%1").arg(i + 1), QStringLiteral("Matter %1").arg(i + 1),
                        ids.departments.at(i % 20), ids.promised.last(), created, created});
        }
        Inserter category(db, QStringLiteral("INSERT INTO ticket_categories (id, prefix, name_zh, "
                                             "name_en, sort_order) VALUES (?, ?, ?, ?, ?)"));
        Inserter covers(
            db,
            QStringLiteral(
                "INSERT INTO ticket_category_matters (category_id, matter_code) VALUES (?, ?)"));
        for (int i = 0; i < 6; ++i) {
            ids.categories << newId();
            category.row({ids.categories.last(), QString(QChar('A' + i)),
                          QStringLiteral("类别%1").arg(i + 1),
                          QStringLiteral("Category %1").arg(i + 1), i});
            for (int m = i; m < 100; m += 6)
                covers.row({ids.categories.last(),
                            QStringLiteral("M-%1").arg(m, 3, 10, QLatin1Char('0'))});
        }
        Inserter window(db, QStringLiteral("INSERT INTO windows (id, number, name, comprehensive, "
                                           "updated_at) VALUES (?, ?, ?, 1, ?)"));
        for (int i = 0; i < 30; ++i) {
            ids.windows << newId();
            window.row({ids.windows.last(), i + 1, QStringLiteral("窗口%1").arg(i + 1), created});
        }
        Inserter staff(
            db, QStringLiteral(
                    "INSERT INTO staff (id, branch_code, login, display_name, password_hash, "
                    "created_at, updated_at) VALUES (?, 'ZX01', ?, ?, 'x', ?, ?)"));
        for (int i = 0; i < 60; ++i) {
            ids.staff << newId();
            staff.row({ids.staff.last(), QStringLiteral("clerk%1").arg(i),
                       QStringLiteral("办事员%1").arg(i), created, created});
        }
    }
    exec(db, QStringLiteral("COMMIT"));

    // The working days back from today that hold the history.
    auto calendar = CalendarService::current(database);
    QVector<QDate> days;
    const qint64 perDay = 4000;
    for (QDate d = kToday; days.size() < std::max<qint64>(1, tickets / perDay); d = d.addDays(-1)) {
        if (calendar && calendar.value()->isWorkingDay(d))
            days.push_front(d);
    }
    out << "History: " << days.size() << " working days from " << date(days.first()) << " to "
        << date(days.last()) << Qt::endl;

    // Arrivals per hour of a day, in per mille.
    const int hourShare[] = {0, 0, 0, 0, 0, 0, 0, 0, 80, 160, 170, 120, 20, 60, 150, 140, 80, 20};
    QVector<int> hourPick;
    for (int h = 0; h < 18; ++h)
        for (int k = 0; k < hourShare[h]; ++k)
            hourPick << h;

    Inserter ticket(db, QStringLiteral("INSERT INTO tickets (id, branch_code, service_date, "
                                       "number, category_id, status, issued_at, "
                                       "original_issued_at, queue_at, original_id, window_id, "
                                       "staff_id, call_count, first_called_at, "
                                       "last_called_at, service_started_at, finished_at, outcome, "
                                       "updated_at) VALUES (?, 'ZX01', ?, ?, "
                                       "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    Inserter rating(
        db,
        QStringLiteral("INSERT INTO ratings (id, branch_code, ticket_id, score, source, window_id, "
                       "staff_id, rated_at) VALUES (?, 'ZX01', ?, ?, 'applicant', ?, ?, ?)"));
    Inserter rect(db, QStringLiteral("INSERT INTO rectifications (id, branch_code, rating_id, "
                                     "ticket_id, window_id, staff_id, status, opened_at, due_date, "
                                     "closed_at) VALUES (?, 'ZX01', ?, ?, ?, ?, ?, ?, ?, ?)"));
    Inserter seat(
        db, QStringLiteral("INSERT INTO roster (id, branch_code, work_date, shift, window_id, "
                           "staff_id, updated_at) VALUES (?, 'ZX01', ?, ?, ?, ?, ?)"));
    qint64 written = 0;
    for (int di = 0; di < days.size(); ++di) {
        const QDate d = days.at(di);
        const QString day = date(d);
        exec(db, QStringLiteral("BEGIN"));
        for (int w = 0; w < 30; ++w) {
            seat.row({newId(), day, QStringLiteral("morning"), ids.windows.at(w),
                      ids.staff.at((w + di) % 60), created});
            seat.row({newId(), day, QStringLiteral("afternoon"), ids.windows.at(w),
                      ids.staff.at((w + di + 30) % 60), created});
        }
        const qint64 count = std::min<qint64>(perDay, tickets - written);
        for (qint64 i = 0; i < count; ++i) {
            const int hour = hourPick.at(random.bounded(hourPick.size()));
            const int issued = hour * 3600 + random.bounded(3600);
            const int cat = random.bounded(6);
            const int w = random.bounded(30);
            const QString windowId = ids.windows.at(w);
            const QString staffId = ids.staff.at((w + di + (hour >= 12 ? 30 : 0)) % 60);
            const int called = issued + 60 + random.bounded(20 * 60);
            const int started = called + 20 + random.bounded(60);
            const int finished = started + 120 + random.bounded(15 * 60);
            const int roll = random.bounded(1000);
            QString status = QStringLiteral("done");
            if (roll < 30)
                status = QStringLiteral("no_show");
            else if (roll < 45)
                status = QStringLiteral("abandoned");
            else if (roll < 70)
                status = QStringLiteral("transferred");
            const bool isToday = d == kToday && finished > 12 * 3600;
            if (isToday)
                status = called > 12 * 3600 ? QStringLiteral("waiting") : QStringLiteral("done");
            const bool waiting =
                status == QLatin1String("waiting") || status == QLatin1String("abandoned");
            const QString id = newId();
            const QString number = QString::asprintf("%c%03d", 'A' + cat, int(i % 1000));
            ticket.row(
                {id, day, number, ids.categories.at(cat), status, ts(d, issued), ts(d, issued),
                 ts(d, issued), null, waiting ? null : QVariant(windowId),
                 waiting ? null : QVariant(staffId), waiting ? 0 : 1,
                 waiting ? null : QVariant(ts(d, called)), waiting ? null : QVariant(ts(d, called)),
                 waiting || status == QLatin1String("no_show") ? null : QVariant(ts(d, started)),
                 status == QLatin1String("waiting") ? null : QVariant(ts(d, finished)),
                 status == QLatin1String("done") ? QStringLiteral("accepted") : QStringLiteral(""),
                 ts(d, finished)});
            ++written;
            if (status == QLatin1String("transferred")) {
                const int w2 = random.bounded(30);
                const int end = finished + 600 + random.bounded(600);
                ticket.row({newId(), day, number, ids.categories.at(random.bounded(6)),
                            QStringLiteral("done"), ts(d, finished), ts(d, issued), ts(d, issued),
                            id, ids.windows.at(w2), ids.staff.at((w2 + di) % 60), 1,
                            ts(d, finished + 120), ts(d, finished + 120), ts(d, finished + 150),
                            ts(d, end), QStringLiteral("accepted"), ts(d, end)});
                ++written;
                ++i;
            }
            if (status == QLatin1String("done") && random.bounded(5) == 0) {
                const int r = random.bounded(100);
                const int score = r < 80 ? 5 : r < 93 ? 4 : r < 97 ? 3 : r < 99 ? 2 : 1;
                const QString ratingId = newId();
                rating.row({ratingId, id, score, windowId, staffId, ts(d, finished + 30)});
                if (score <= 2) {
                    const QDate due = d.addDays(21);
                    const bool closed = due < kToday;
                    rect.row({newId(), ratingId, id, windowId, staffId,
                              closed ? QStringLiteral("closed") : QStringLiteral("open"),
                              ts(d, finished + 30), date(due),
                              closed ? QVariant(ts(d.addDays(5 + random.bounded(20)), 10 * 3600))
                                     : null});
                }
            }
        }
        exec(db, QStringLiteral("COMMIT"));
        if (di % 100 == 0)
            out << "  tickets: " << written << " after " << timer.elapsed() / 1000 << " s"
                << Qt::endl;
    }
    out << "Tickets: " << written << " in " << timer.elapsed() / 1000.0 << " s" << Qt::endl;

    timer.restart();
    Inserter kase(db, QStringLiteral("INSERT INTO cases (id, branch_code, number, matter_id, "
                                     "matter_code, matter_name_zh, matter_name_en, "
                                     "department_id, applicant_kind, applicant_id, applicant_name, "
                                     "applicant_document, status, received_at, "
                                     "accepted_on, statutory_days, promised_days, statutory_due, "
                                     "promised_due, correction_due, "
                                     "deficiency_due, decision, decided_on, closed_at, window_id, "
                                     "intake_staff_id, created_at, updated_at) "
                                     "VALUES (?, 'ZX01', ?, ?, ?, ?, ?, ?, 'person', ?, '张三', "
                                     "'110101199003070011', ?, ?, ?, 20, ?, ?, ?, "
                                     "?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    Inserter suspension(
        db,
        QStringLiteral("INSERT INTO case_suspensions (id, case_id, kind, reason, started_on, "
                       "expected_days, ended_on) VALUES (?, ?, 'inspection', 'bench', ?, 5, ?)"));
    const qint64 casesPerDay = std::max<qint64>(1, cases / days.size());
    qint64 made = 0;
    const WorkingCalendar& cal = *calendar.value();
    for (int di = 0; di < days.size() && made < cases; ++di) {
        const QDate d = days.at(di);
        exec(db, QStringLiteral("BEGIN"));
        const qint64 count =
            di == days.size() - 1 ? cases - made : std::min(casesPerDay, cases - made);
        for (qint64 i = 0; i < count; ++i, ++made) {
            const int m = random.bounded(100);
            const int received = 8 * 3600 + random.bounded(9 * 3600);
            const int roll = random.bounded(1000);
            QString status;
            QDate accepted, decided, closed, updated = d;
            QVariant correction = null, deficiency = null;
            if (roll < 60) {
                status = QStringLiteral("refused");
            } else if (roll < 75) {
                status = QStringLiteral("withdrawn");
                updated = d.addDays(random.bounded(10));
            } else {
                accepted = d;
                if (roll < 155) {
                    correction = date(d.addDays(5));
                    accepted = d.addDays(2 + random.bounded(5));
                } else if (roll < 185) {
                    deficiency = date(d.addDays(10));
                }
            }
            const int promised = ids.promised.at(m);
            QDate promisedDue, statutoryDue;
            if (accepted.isValid()) {
                promisedDue = cal.addWorkingDays(accepted, promised).date;
                statutoryDue = cal.addWorkingDays(accepted, 20).date;
                decided = cal.addWorkingDays(
                                 accepted,
                                 1 + random.bounded(promised + (random.bounded(10) == 0 ? 6 : 0)))
                              .date;
                if (decided > kToday || accepted > kToday) {
                    status = random.bounded(30) == 0 ? QStringLiteral("suspended")
                                                     : QStringLiteral("in_review");
                    decided = QDate();
                    if (accepted > kToday)
                        accepted = kToday;
                } else {
                    status = random.bounded(20) == 0 ? QStringLiteral("denied")
                                                     : QStringLiteral("closed");
                    closed = decided.addDays(1 + random.bounded(5));
                    if (closed > kToday) {
                        closed = QDate();
                        if (status == QLatin1String("closed"))
                            status = QStringLiteral("approved");
                    }
                    updated = closed.isValid() ? closed : decided;
                }
            }
            const QString id = newId();
            const bool approved =
                status == QLatin1String("closed") || status == QLatin1String("approved");
            kase.row({id,
                      QString::asprintf("ZX01%04d%02d%02d%06lld", d.year(), d.month(), d.day(), i),
                      ids.matters.at(m),
                      QStringLiteral("M-%1").arg(m, 3, 10, QLatin1Char('0')),
                      QStringLiteral("事项%1").arg(m + 1),
                      QStringLiteral("Matter %1").arg(m + 1),
                      ids.departments.at(ids.matterDept.at(m)),
                      id,
                      status,
                      ts(d, received),
                      accepted.isValid() ? QVariant(date(accepted)) : null,
                      promised,
                      statutoryDue.isValid() ? QVariant(date(statutoryDue)) : null,
                      promisedDue.isValid() ? QVariant(date(promisedDue)) : null,
                      correction,
                      deficiency,
                      decided.isValid() ? QVariant(approved ? QStringLiteral("approved")
                                                            : QStringLiteral("denied"))
                                        : null,
                      decided.isValid() ? QVariant(date(decided)) : null,
                      closed.isValid() ? QVariant(ts(closed, 15 * 3600)) : null,
                      ids.windows.at(m % 30),
                      ids.staff.at(m % 60),
                      ts(d, received),
                      ts(updated, received)});
            if (random.bounded(50) == 0 && accepted.isValid())
                suspension.row({newId(), id, date(accepted.addDays(1)),
                                status == QLatin1String("suspended")
                                    ? null
                                    : QVariant(date(accepted.addDays(3)))});
        }
        exec(db, QStringLiteral("COMMIT"));
        if (di % 100 == 0)
            out << "  cases: " << made << " after " << timer.elapsed() / 1000 << " s" << Qt::endl;
    }
    out << "Cases: " << made << " in " << timer.elapsed() / 1000.0 << " s" << Qt::endl;
    exec(db, QStringLiteral("PRAGMA synchronous = NORMAL"));
    return true;
}

struct Timing {
    QVector<double> ms;
    double best() const { return *std::min_element(ms.begin(), ms.end()); }
    double median() const
    {
        QVector<double> s = ms;
        std::sort(s.begin(), s.end());
        return s.at((s.size() - 1) / 2);
    }
};

Timing timeReport(Database& db, const ReportRequest& request, int runs, Report* last)
{
    ManualClock clock(QDateTime(kToday, QTime(18, 30)));
    const Session session = Session::system(QStringLiteral("bench"));
    Timing t;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        auto r = ReportService::run({db, clock, session}, request);
        t.ms << timer.nsecsElapsed() / 1e6;
        if (!r) {
            out << "report failed: " << r.message() << Qt::endl;
            return t;
        }
        if (last)
            *last = r.take();
    }
    return t;
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    qint64 tickets = 3000000, cases = 1000000;
    int runs = 5;
    QString keep;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--tickets"))
            tickets = args.at(++i).toLongLong();
        else if (args.at(i) == QLatin1String("--cases"))
            cases = args.at(++i).toLongLong();
        else if (args.at(i) == QLatin1String("--keep"))
            keep = args.at(++i);
        else if (args.at(i) == QLatin1String("--runs"))
            runs = std::max(1, args.at(++i).toInt());
    }
    QTemporaryDir scratch;
    const QString file = keep.isEmpty() ? scratch.filePath(QStringLiteral("bench.sqlite")) : keep;
    const bool reuse = QFileInfo::exists(file);
    ManualClock clock(QDateTime(kToday, QTime(8, 0)));
    OpenOptions options;
    options.createIfMissing = true;
    options.checkIntegrity = false;
    auto prepared = prepareDatabase(ConnectionSpec::local(file), clock, options);
    if (!prepared) {
        out << prepared.message() << Qt::endl;
        return 1;
    }
    Database& db = *prepared->db;
    if (reuse) {
        out << "Reusing " << file << Qt::endl;
    } else {
        out << "Filling " << file << " with " << tickets << " tickets and " << cases << " cases"
            << Qt::endl;
        if (!fill(db, tickets, cases))
            return 1;
    }
    out << "Database: " << QFileInfo(file).size() / (1024 * 1024) << " MiB" << Qt::endl;

    Report daily;
    const Timing d = timeReport(db, ReportRequest::daily(kToday.addDays(-1)), runs, &daily);
    const Timing dt = timeReport(db, ReportRequest::daily(kToday), runs, nullptr);
    Report monthly;
    const Timing m =
        timeReport(db, ReportRequest::monthly(2026, 10), std::max(1, runs / 2 + 1), &monthly);
    out << Qt::endl;
    out << QString::asprintf(
        "daily report 2026-11-19:   best %7.1f ms, median %7.1f ms (target 200 ms) %s\n", d.best(),
        d.median(), d.median() < 200 ? "OK" : "TOO SLOW");
    out << QString::asprintf(
        "daily report 2026-11-20:   best %7.1f ms, median %7.1f ms (target 200 ms) %s\n", dt.best(),
        dt.median(), dt.median() < 200 ? "OK" : "TOO SLOW");
    out << QString::asprintf(
        "monthly report 2026-10:    best %7.1f ms, median %7.1f ms (target 2000 ms) %s\n", m.best(),
        m.median(), m.median() < 2000 ? "OK" : "TOO SLOW");
    out << "  daily: " << daily.data.tickets.size() << " tickets, " << daily.data.cases.size()
        << " cases, " << daily.data.ratings.size() << " ratings read; issued "
        << daily.figure(ReportKeys::TicketsIssued).value_or(-1) << ", overdue now "
        << daily.figure(QStringLiteral("cases.now_red")).value_or(-1) << Qt::endl;
    out << "  monthly: " << monthly.data.tickets.size() << " tickets, " << monthly.data.cases.size()
        << " cases, " << monthly.data.ratings.size() << " ratings read" << Qt::endl;
    return 0;
}
