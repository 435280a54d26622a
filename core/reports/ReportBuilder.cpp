#include "ReportBuilder.h"

#include "Clock.h"
#include "ReportMath.h"
#include "calendar/WorkingCalendar.h"
#include "scheduling/QueueService.h"
#include "scheduling/SchedulingTypes.h"
#include "security/Privacy.h"
#include "workflow/CaseStatus.h"

#include <QLocale>
#include <QMap>

#include <algorithm>

namespace civicdesk {

namespace K = ReportKeys;
using namespace reportmath;

QString ReportKeys::group(const QString& key, const QString& group, const QString& id)
{
    // Built once per row and figure of a month: one allocation, not four.
    QString s;
    s.reserve(key.size() + group.size() + id.size() + 2);
    s += key;
    s += QLatin1Char('@');
    s += group;
    s += QLatin1Char(':');
    s += id;
    return s;
}

namespace {

const QString kGreen = QStringLiteral("#3a8f4a");
const QString kYellow = QStringLiteral("#e0a800");
const QString kRed = QStringLiteral("#c0392b");
const QString kBlue = QStringLiteral("#2f5d8a");
const QString kTeal = QStringLiteral("#4fa3a5");

std::optional<double> asMinutes(const std::optional<double>& seconds)
{
    if (!seconds)
        return std::nullopt;
    return *seconds / 60.0;
}

// Collects the members of each figure while the rows are walked once.
class Members {
public:
    explicit Members(QHash<DrillKey, QVector<int>>& into) : m_into(into) {}
    void add(const QString& key, int row) { m_into[key].push_back(row); }
    void add(const QString& key, const QString& group, const QString& id, int row)
    {
        m_into[K::group(key, group, id)].push_back(row);
    }
    int count(const QString& key) const { return m_into.value(key).size(); }

private:
    QHash<DrillKey, QVector<int>>& m_into;
};

struct Durations {
    QVector<double> values;
    void add(qint64 seconds) { values.push_back(double(seconds)); }
};

QString dayName(const QDate& date, const WorkingCalendar& calendar)
{
    const QString weekday = QLocale().dayName(date.dayOfWeek(), QLocale::ShortFormat);
    switch (calendar.kind(date)) {
    case DayKind::Working:
        return weekday;
    case DayKind::Weekend:
        return ReportBuilder::tr("%1, weekend").arg(weekday);
    case DayKind::Holiday:
        return ReportBuilder::tr("%1, holiday: %2")
            .arg(weekday, calendar.exception(date) ? calendar.exception(date)->name : QString());
    case DayKind::MakeUpWorkingDay:
        return ReportBuilder::tr("%1, make-up working day").arg(weekday);
    }
    return weekday;
}

QString periodText(const ReportRequest& r, const WorkingCalendar& calendar)
{
    const int working = calendar.workingDaysBetween(r.from.addDays(-1), r.to).days;
    if (r.kind == ReportKind::Daily)
        return ReportBuilder::tr("%1 (%2)").arg(toDbDate(r.from), dayName(r.from, calendar));
    return ReportBuilder::tr("%1 to %2, %n working day(s)", nullptr, working)
        .arg(toDbDate(r.from), toDbDate(r.to));
}

struct Sorted {
    // Ids sorted by a position map, unknown ids last by name.
    static QStringList by(QStringList ids, const QHash<QString, int>& order,
                          const QHash<QString, QString>& names)
    {
        std::sort(ids.begin(), ids.end(), [&](const QString& a, const QString& b) {
            const int oa = order.value(a, 1 << 20);
            const int ob = order.value(b, 1 << 20);
            if (oa != ob)
                return oa < ob;
            return QString::localeAwareCompare(names.value(a, a), names.value(b, b)) < 0;
        });
        return ids;
    }
};

class Builder {
public:
    Builder(Report& report, const WorkingCalendar& calendar, const LightThresholds& thresholds)
        : r(report), d(report.data), cal(calendar), th(thresholds), m(report.members)
    {}

    void queue();
    void cases();
    void ratings();
    void byDay();

private:
    bool inPeriod(const QDate& date) const
    {
        return date.isValid() && date >= d.request.from && date <= d.request.to;
    }
    QString label(const QString& key, const QString& fallback = {}) const;
    void setFigure(const QString& key, const std::optional<double>& v)
    {
        if (v)
            r.figures.insert(key, *v);
    }
    ReportCell countCell(const QString& key) const { return ReportCell::count(m.count(key), key); }
    // A summary line: name, value.
    static QVector<ReportCell> line(const QString& name, const ReportCell& value)
    {
        return {ReportCell::text(name), value};
    }

    Report& r;
    ReportData& d;
    const WorkingCalendar& cal;
    const LightThresholds& th;
    Members m;
};

void Builder::queue()
{
    const auto& names = d.names;
    Durations waits, services;
    QHash<QString, Durations> categoryWaits, categoryServices, windowServices, staffServices;
    QHash<QString, qint64> windowBusy, staffBusy;
    QMap<int, int> arrivalsByHour, servedByHour;
    QSet<QString> categories, windows, staffIds;

    for (int i = 0; i < d.tickets.size(); ++i) {
        const TicketRow& t = d.tickets.at(i);
        if (t.isFirstOfVisit()) {
            m.add(K::TicketsIssued, i);
            m.add(K::TicketsIssued, QStringLiteral("category"), t.categoryId, i);
            categories.insert(t.categoryId);
            if (t.issued >= 0) {
                const int hour = hourOf(t.issued);
                ++arrivalsByHour[hour];
                m.add(K::TicketsArrivals, QStringLiteral("hour"), QString::number(hour), i);
            }
            if (t.firstCalled >= 0 && t.issued >= 0) {
                const qint64 wait = std::max<qint64>(0, t.firstCalled - t.issued);
                waits.add(wait);
                categoryWaits[t.categoryId].add(wait);
                m.add(K::TicketsWaited, i);
                m.add(K::TicketsWaited, QStringLiteral("category"), t.categoryId, i);
            }
        }
        if (t.status == TicketStatus::Done) {
            m.add(K::TicketsServed, i);
            m.add(K::TicketsServed, QStringLiteral("category"), t.categoryId, i);
            categories.insert(t.categoryId);
            if (t.finished >= 0) {
                const int hour = hourOf(t.finished);
                ++servedByHour[hour];
                m.add(K::TicketsServed, QStringLiteral("hour"), QString::number(hour), i);
            }
            if (!t.windowId.isEmpty()) {
                m.add(K::TicketsServed, QStringLiteral("window"), t.windowId, i);
                windows.insert(t.windowId);
            }
            if (!t.staffId.isEmpty()) {
                m.add(K::TicketsServed, QStringLiteral("staff"), t.staffId, i);
                staffIds.insert(t.staffId);
            }
            const qint64 service = t.serviceSeconds();
            if (service >= 0) {
                services.add(service);
                m.add(K::TicketsService, i);
                categoryServices[t.categoryId].add(service);
                m.add(K::TicketsService, QStringLiteral("category"), t.categoryId, i);
                if (!t.windowId.isEmpty()) {
                    windowServices[t.windowId].add(service);
                    m.add(K::TicketsService, QStringLiteral("window"), t.windowId, i);
                }
                if (!t.staffId.isEmpty()) {
                    staffServices[t.staffId].add(service);
                    m.add(K::TicketsService, QStringLiteral("staff"), t.staffId, i);
                }
            }
        } else if (t.status == TicketStatus::NoShow) {
            m.add(K::TicketsNoShow, i);
            m.add(K::TicketsNoShow, QStringLiteral("category"), t.categoryId, i);
        } else if (t.status == TicketStatus::Abandoned) {
            m.add(K::TicketsAbandoned, i);
        } else if (t.status == TicketStatus::Transferred) {
            m.add(K::TicketsTransferred, i);
        } else {
            m.add(K::TicketsOpen, i);
        }
        if ((t.status == TicketStatus::Done || t.status == TicketStatus::Transferred) &&
            t.serviceSeconds() >= 0) {
            if (!t.windowId.isEmpty()) {
                windowBusy[t.windowId] += t.serviceSeconds();
                windows.insert(t.windowId);
            }
            if (!t.staffId.isEmpty()) {
                staffBusy[t.staffId] += t.serviceSeconds();
                staffIds.insert(t.staffId);
            }
        }
    }

    QHash<QString, qint64> windowRostered, staffRostered;
    for (const RosterSeat& seat : d.roster) {
        windowRostered[seat.windowId] += seat.seconds;
        staffRostered[seat.staffId] += seat.seconds;
        windows.insert(seat.windowId);
        staffIds.insert(seat.staffId);
    }

    for (const QString& key : {K::TicketsIssued, K::TicketsServed, K::TicketsNoShow,
                               K::TicketsAbandoned, K::TicketsTransferred, K::TicketsOpen})
        r.figures.insert(key, m.count(key));
    setFigure(K::WaitMean, mean(waits.values));
    setFigure(K::WaitMedian, median(waits.values));
    setFigure(K::WaitP90, percentile(waits.values, 90));
    setFigure(K::ServiceMean, mean(services.values));
    setFigure(K::ServiceMedian, median(services.values));

    ReportTable summary;
    summary.key = QStringLiteral("queue_summary");
    summary.title = ReportBuilder::tr("Queue");
    summary.headers = {ReportBuilder::tr("Figure"), ReportBuilder::tr("Value")};
    summary.rows = {
        line(ReportBuilder::tr("Tickets issued (visits)"), countCell(K::TicketsIssued)),
        line(ReportBuilder::tr("Served"), countCell(K::TicketsServed)),
        line(ReportBuilder::tr("No-show"), countCell(K::TicketsNoShow)),
        line(ReportBuilder::tr("Abandoned (closed unserved at day end)"),
             countCell(K::TicketsAbandoned)),
        line(ReportBuilder::tr("Transferred to another window or category"),
             countCell(K::TicketsTransferred)),
        line(ReportBuilder::tr("Still in the queue or at a window"), countCell(K::TicketsOpen)),
        line(
            ReportBuilder::tr("Waiting time, mean (min)"),
            ReportCell::number(CellKind::Minutes, asMinutes(mean(waits.values)), K::TicketsWaited)),
        line(ReportBuilder::tr("Waiting time, median (min)"),
             ReportCell::number(CellKind::Minutes, asMinutes(median(waits.values)),
                                K::TicketsWaited)),
        line(ReportBuilder::tr("Waiting time, 90th percentile (min)"),
             ReportCell::number(CellKind::Minutes, asMinutes(percentile(waits.values, 90)),
                                K::TicketsWaited)),
        line(ReportBuilder::tr("Service time, mean (min)"),
             ReportCell::number(CellKind::Minutes, asMinutes(mean(services.values)),
                                K::TicketsService)),
        line(ReportBuilder::tr("Service time, median (min)"),
             ReportCell::number(CellKind::Minutes, asMinutes(median(services.values)),
                                K::TicketsService)),
    };
    summary.note =
        ReportBuilder::tr("Waiting time: from the issue of a visit's ticket to its first call. "
                          "Percentiles by nearest rank.");
    r.tables << summary;

    // By hour: the opening hours at least, and every hour with activity.
    int firstHour = 8, lastHour = 17;
    for (auto it = arrivalsByHour.begin(); it != arrivalsByHour.end(); ++it) {
        firstHour = std::min(firstHour, it.key());
        lastHour = std::max(lastHour, it.key());
    }
    for (auto it = servedByHour.begin(); it != servedByHour.end(); ++it) {
        firstHour = std::min(firstHour, it.key());
        lastHour = std::max(lastHour, it.key());
    }
    ReportTable hours;
    hours.key = QStringLiteral("queue_by_hour");
    hours.title = ReportBuilder::tr("Arrivals and served by hour");
    hours.headers = {ReportBuilder::tr("Hour"), ReportBuilder::tr("Arrivals"),
                     ReportBuilder::tr("Served")};
    ReportChart hourChart;
    hourChart.key = QStringLiteral("arrivals_by_hour");
    hourChart.title = ReportBuilder::tr("Arrivals and served by hour");
    ChartSeries arrivalsSeries{ReportBuilder::tr("Arrivals"), kBlue, {}};
    ChartSeries servedSeries{ReportBuilder::tr("Served"), kGreen, {}};
    for (int h = firstHour; h <= lastHour; ++h) {
        const QString name = QStringLiteral("%1:00").arg(h, 2, 10, QLatin1Char('0'));
        const QString hour = QString::number(h);
        const QString a = K::group(K::TicketsArrivals, QStringLiteral("hour"), hour);
        const QString s = K::group(K::TicketsServed, QStringLiteral("hour"), hour);
        hours.rows.push_back({ReportCell::text(name), countCell(a), countCell(s)});
        hourChart.categories << QStringLiteral("%1").arg(h, 2, 10, QLatin1Char('0'));
        arrivalsSeries.values << m.count(a);
        servedSeries.values << m.count(s);
    }
    hourChart.series = {arrivalsSeries, servedSeries};
    r.tables << hours;
    r.charts << hourChart;

    ReportTable byCategory;
    byCategory.key = QStringLiteral("queue_by_category");
    byCategory.title = ReportBuilder::tr("Queue by ticket category");
    byCategory.headers = {
        ReportBuilder::tr("Category"),        ReportBuilder::tr("Issued"),
        ReportBuilder::tr("Served"),          ReportBuilder::tr("No-show"),
        ReportBuilder::tr("Mean wait (min)"), ReportBuilder::tr("Mean service (min)")};
    for (const QString& c :
         Sorted::by(categories.values(), names.categoryOrder, names.categories)) {
        const QString cat = QStringLiteral("category");
        byCategory.rows.push_back(
            {ReportCell::text(names.categories.value(c, c)),
             countCell(K::group(K::TicketsIssued, cat, c)),
             countCell(K::group(K::TicketsServed, cat, c)),
             countCell(K::group(K::TicketsNoShow, cat, c)),
             ReportCell::number(CellKind::Minutes, asMinutes(mean(categoryWaits.value(c).values)),
                                K::group(K::TicketsWaited, cat, c)),
             ReportCell::number(CellKind::Minutes,
                                asMinutes(mean(categoryServices.value(c).values)),
                                K::group(K::TicketsService, cat, c))});
    }
    r.tables << byCategory;

    const bool idleShown =
        d.request.filter.departmentId.isEmpty() && d.request.filter.matterId.isEmpty();
    auto seatTable = [&](const QString& key, const QString& title, const QString& header,
                         const QString& group, const QStringList& ids,
                         const QHash<QString, QString>& shown, QHash<QString, Durations>& serviceBy,
                         const QHash<QString, qint64>& busy,
                         const QHash<QString, qint64>& rostered) {
        ReportTable t;
        t.key = key;
        t.title = title;
        t.headers = {header,
                     ReportBuilder::tr("Served"),
                     ReportBuilder::tr("Mean service (min)"),
                     ReportBuilder::tr("Busy (min)"),
                     ReportBuilder::tr("Rostered (min)"),
                     ReportBuilder::tr("Idle share")};
        for (const QString& id : ids) {
            std::optional<double> idle;
            const qint64 seat = rostered.value(id);
            if (idleShown && seat > 0) {
                idle = std::max(0.0, 1.0 - double(busy.value(id)) / double(seat));
                r.figures.insert(K::group(K::IdleShare, group, id), *idle);
            }
            t.rows.push_back(
                {ReportCell::text(shown.value(id, id)),
                 countCell(K::group(K::TicketsServed, group, id)),
                 ReportCell::number(CellKind::Minutes, asMinutes(mean(serviceBy.value(id).values)),
                                    K::group(K::TicketsService, group, id)),
                 ReportCell::number(CellKind::Minutes, busy.value(id) / 60.0,
                                    K::group(K::TicketsService, group, id)),
                 ReportCell::number(CellKind::Minutes,
                                    seat > 0 ? std::optional<double>(seat / 60.0) : std::nullopt),
                 ReportCell::number(CellKind::Percent, idle)});
        }
        t.note =
            idleShown
                ? ReportBuilder::tr("Idle share: the part of the rostered time not spent serving.")
                : ReportBuilder::tr(
                      "Idle shares are not shown with a department or matter filter.");
        return t;
    };
    QStringList windowIds = windows.values();
    std::sort(windowIds.begin(), windowIds.end(), [&](const QString& a, const QString& b) {
        return names.windowNumbers.value(a, 1 << 20) < names.windowNumbers.value(b, 1 << 20);
    });
    r.tables << seatTable(QStringLiteral("queue_by_window"), ReportBuilder::tr("Windows"),
                          ReportBuilder::tr("Window"), QStringLiteral("window"), windowIds,
                          names.windows, windowServices, windowBusy, windowRostered);
    QStringList staffList = staffIds.values();
    std::sort(staffList.begin(), staffList.end(), [&](const QString& a, const QString& b) {
        return QString::localeAwareCompare(names.staff.value(a, a), names.staff.value(b, b)) < 0;
    });
    r.tables << seatTable(QStringLiteral("queue_by_staff"), ReportBuilder::tr("Staff"),
                          ReportBuilder::tr("Staff member"), QStringLiteral("staff"), staffList,
                          names.staff, staffServices, staffBusy, staffRostered);

    ReportChart windowChart;
    windowChart.key = QStringLiteral("served_by_window");
    windowChart.title = ReportBuilder::tr("Served per window");
    ChartSeries served{ReportBuilder::tr("Served"), kTeal, {}};
    for (const QString& id : windowIds) {
        windowChart.categories << QString::number(names.windowNumbers.value(id));
        served.values << m.count(K::group(K::TicketsServed, QStringLiteral("window"), id));
    }
    windowChart.series = {served};
    r.charts << windowChart;
}

void Builder::cases()
{
    const auto& names = d.names;
    Durations days;
    QHash<QString, Durations> deptDays, matterDays;
    QSet<QString> departments, matters;
    const QString dept = QStringLiteral("department");
    const QString matter = QStringLiteral("matter");
    auto both = [&](const QString& key, const CaseRow& c, int i) {
        m.add(key, i);
        m.add(key, dept, c.departmentId, i);
        m.add(key, matter, c.matterId, i);
        departments.insert(c.departmentId);
        matters.insert(c.matterId);
    };

    for (int i = 0; i < d.cases.size(); ++i) {
        const CaseRow& c = d.cases.at(i);
        const std::optional<CaseStatus> status = CaseStates::fromKey(c.status);
        if (inPeriod(c.receivedOn)) {
            both(K::CasesReceived, c, i);
            if (c.correctionNotice)
                both(K::CasesNotices, c, i);
        }
        if (inPeriod(c.acceptedOn)) {
            both(K::CasesAccepted, c, i);
            if (c.deficiency)
                both(K::CasesDeficiency, c, i);
        }
        if (inPeriod(c.finalOn)) {
            if (status == CaseStatus::Refused)
                both(K::CasesRefused, c, i);
            else if (status == CaseStatus::Withdrawn)
                both(K::CasesWithdrawn, c, i);
        }
        if (inPeriod(c.decidedOn) && !c.decision.isEmpty()) {
            both(c.decision == QLatin1String("approved") ? K::CasesApproved : K::CasesDenied, c, i);
            both(K::CasesCompleted, c, i);
            if (c.promisedDue.isValid())
                both(c.decidedOn <= c.promisedDue ? K::CasesOnTimePromised : K::CasesLatePromised,
                     c, i);
            if (c.statutoryDue.isValid())
                both(c.decidedOn <= c.statutoryDue ? K::CasesOnTimeStatutory
                                                   : K::CasesLateStatutory,
                     c, i);
            if (c.acceptedOn.isValid()) {
                QVector<DateRange> suspended;
                for (const auto& s : d.suspensions.value(c.id))
                    suspended.push_back({s.first, s.second});
                const int n = cal.workingDaysBetween(c.acceptedOn, c.decidedOn, suspended).days;
                days.add(n);
                deptDays[c.departmentId].add(n);
                matterDays[c.matterId].add(n);
                both(K::CasesDecisionDays, c, i);
            }
        }
        if (status == CaseStatus::Closed && inPeriod(c.closedOn))
            both(K::CasesHandedOver, c, i);
        if (status && CaseStates::clockRuns(*status)) {
            const Light light =
                CaseClock::light(cal, d.asOf, c.promisedDue, c.promisedDays + c.extensionDays, th);
            both(light == Light::Red      ? K::CasesRed
                 : light == Light::Yellow ? K::CasesYellow
                                          : K::CasesGreen,
                 c, i);
        } else if (status == CaseStatus::Suspended) {
            both(K::CasesSuspended, c, i);
        }
    }

    const QStringList counted = {K::CasesReceived,
                                 K::CasesAccepted,
                                 K::CasesNotices,
                                 K::CasesDeficiency,
                                 K::CasesRefused,
                                 K::CasesWithdrawn,
                                 K::CasesApproved,
                                 K::CasesDenied,
                                 K::CasesCompleted,
                                 K::CasesHandedOver,
                                 K::CasesOnTimePromised,
                                 K::CasesOnTimeStatutory,
                                 K::CasesLatePromised,
                                 K::CasesLateStatutory,
                                 K::CasesGreen,
                                 K::CasesYellow,
                                 K::CasesRed,
                                 K::CasesSuspended};
    for (const QString& key : counted)
        r.figures.insert(key, m.count(key));
    auto rate = [&](const QString& onTime, const QString& late) {
        return share(m.count(onTime), m.count(onTime) + m.count(late));
    };
    setFigure(K::OnTimePromisedRate, rate(K::CasesOnTimePromised, K::CasesLatePromised));
    setFigure(K::OnTimeStatutoryRate, rate(K::CasesOnTimeStatutory, K::CasesLateStatutory));
    setFigure(K::DecisionDaysMean, mean(days.values));

    const QString now = toDbDate(d.asOf);
    ReportTable summary;
    summary.key = QStringLiteral("cases_summary");
    summary.title = ReportBuilder::tr("Cases");
    summary.headers = {ReportBuilder::tr("Figure"), ReportBuilder::tr("Value")};
    summary.rows = {
        line(ReportBuilder::tr("Received"), countCell(K::CasesReceived)),
        line(ReportBuilder::tr("Accepted"), countCell(K::CasesAccepted)),
        line(ReportBuilder::tr("One-time notices of missing materials"),
             countCell(K::CasesNotices)),
        line(ReportBuilder::tr("Accepted with a deficiency"), countCell(K::CasesDeficiency)),
        line(ReportBuilder::tr("Refused at intake"), countCell(K::CasesRefused)),
        line(ReportBuilder::tr("Withdrawn"), countCell(K::CasesWithdrawn)),
        line(ReportBuilder::tr("Decided: approved"), countCell(K::CasesApproved)),
        line(ReportBuilder::tr("Decided: denied"), countCell(K::CasesDenied)),
        line(ReportBuilder::tr("Completed (decided)"), countCell(K::CasesCompleted)),
        line(ReportBuilder::tr("Results handed over"), countCell(K::CasesHandedOver)),
        line(ReportBuilder::tr("Completed within the promised limit"),
             countCell(K::CasesOnTimePromised)),
        line(ReportBuilder::tr("On time against the promised limit"),
             ReportCell::number(CellKind::Percent,
                                rate(K::CasesOnTimePromised, K::CasesLatePromised),
                                K::CasesLatePromised)),
        line(ReportBuilder::tr("Completed within the statutory limit"),
             countCell(K::CasesOnTimeStatutory)),
        line(ReportBuilder::tr("On time against the statutory limit"),
             ReportCell::number(CellKind::Percent,
                                rate(K::CasesOnTimeStatutory, K::CasesLateStatutory),
                                K::CasesLateStatutory)),
        line(ReportBuilder::tr("Working days from acceptance to decision, mean"),
             ReportCell::number(CellKind::Days, mean(days.values), K::CasesDecisionDays)),
        line(ReportBuilder::tr("Overdue now (red, %1)").arg(now), countCell(K::CasesRed)),
        line(ReportBuilder::tr("Near their limit now (yellow, %1)").arg(now),
             countCell(K::CasesYellow)),
        line(ReportBuilder::tr("Within their limit now (green, %1)").arg(now),
             countCell(K::CasesGreen)),
        line(ReportBuilder::tr("Suspended now (%1)").arg(now), countCell(K::CasesSuspended)),
    };
    summary.note =
        ReportBuilder::tr("On time: decided on or before the due date; the share opens the late "
                          "cases. Working days do not count the day of acceptance nor suspended "
                          "days.");
    r.tables << summary;

    auto breakdown = [&](const QString& key, const QString& title, const QString& header,
                         const QString& group, const QStringList& ids,
                         const QHash<QString, QString>& shown, QHash<QString, Durations>& daysBy) {
        ReportTable t;
        t.key = key;
        t.title = title;
        t.headers = {header,
                     ReportBuilder::tr("Received"),
                     ReportBuilder::tr("Accepted"),
                     ReportBuilder::tr("Refused"),
                     ReportBuilder::tr("Approved"),
                     ReportBuilder::tr("Denied"),
                     ReportBuilder::tr("On time (promised)"),
                     ReportBuilder::tr("Overdue now"),
                     ReportBuilder::tr("Near due now"),
                     ReportBuilder::tr("Mean working days")};
        for (const QString& id : ids) {
            auto g = [&](const QString& k) { return K::group(k, group, id); };
            t.rows.push_back(
                {ReportCell::text(shown.value(id, id)), countCell(g(K::CasesReceived)),
                 countCell(g(K::CasesAccepted)), countCell(g(K::CasesRefused)),
                 countCell(g(K::CasesApproved)), countCell(g(K::CasesDenied)),
                 ReportCell::number(CellKind::Percent,
                                    rate(g(K::CasesOnTimePromised), g(K::CasesLatePromised)),
                                    g(K::CasesLatePromised)),
                 countCell(g(K::CasesRed)), countCell(g(K::CasesYellow)),
                 ReportCell::number(CellKind::Days, mean(daysBy.value(id).values),
                                    g(K::CasesDecisionDays))});
        }
        return t;
    };
    const QStringList deptIds =
        Sorted::by(departments.values(), names.departmentOrder, names.departments);
    r.tables << breakdown(QStringLiteral("cases_by_department"),
                          ReportBuilder::tr("Cases by department"), ReportBuilder::tr("Department"),
                          dept, deptIds, names.departments, deptDays);
    QHash<QString, QString> matterNames = names.matters;
    for (const CaseRow& c : d.cases) {
        if (!matterNames.contains(c.matterId))
            matterNames.insert(c.matterId, c.matterName);
    }
    QStringList matterIds = matters.values();
    std::sort(matterIds.begin(), matterIds.end(), [&](const QString& a, const QString& b) {
        return names.matterCodes.value(a) < names.matterCodes.value(b);
    });
    r.tables << breakdown(QStringLiteral("cases_by_matter"), ReportBuilder::tr("Cases by matter"),
                          ReportBuilder::tr("Matter"), matter, matterIds, matterNames, matterDays);

    ReportChart lights;
    lights.key = QStringLiteral("cases_by_department_light");
    lights.title = ReportBuilder::tr("Cases under way by department and light (%1)").arg(now);
    lights.stacked = true;
    ChartSeries green{ReportBuilder::tr("Green"), kGreen, {}},
        yellow{ReportBuilder::tr("Yellow"), kYellow, {}}, red{ReportBuilder::tr("Red"), kRed, {}};
    for (const QString& id : deptIds) {
        const int g = m.count(K::group(K::CasesGreen, dept, id));
        const int y = m.count(K::group(K::CasesYellow, dept, id));
        const int rd = m.count(K::group(K::CasesRed, dept, id));
        if (g + y + rd == 0)
            continue;
        lights.categories << names.departments.value(id, id);
        green.values << g;
        yellow.values << y;
        red.values << rd;
    }
    lights.series = {green, yellow, red};
    r.charts << lights;
}

void Builder::ratings()
{
    for (int i = 0; i < d.ratings.size(); ++i) {
        const RatingRow& rt = d.ratings.at(i);
        m.add(K::RatingsAll, i);
        m.add(K::RatingsScore, QStringLiteral("score"), QString::number(rt.score), i);
        if (rt.score >= 3) {
            m.add(K::RatingsSatisfied, i);
            continue;
        }
        m.add(K::RatingsPoor, i);
        if (rt.rectificationId.isEmpty())
            m.add(K::RectificationMissing, i);
        else if (rt.rectificationClosedOn.isValid())
            m.add(rt.rectificationClosedOn <= rt.rectificationDue ? K::RectifiedInTime
                                                                  : K::RectifiedLate,
                  i);
        else
            m.add(d.asOf > rt.rectificationDue ? K::RectificationOverdue : K::RectificationOpen, i);
    }
    for (const QString& key :
         {K::RatingsAll, K::RatingsSatisfied, K::RatingsPoor, K::RectifiedInTime, K::RectifiedLate,
          K::RectificationOpen, K::RectificationOverdue, K::RectificationMissing})
        r.figures.insert(key, m.count(key));
    const auto rate = share(m.count(K::RatingsSatisfied), m.count(K::RatingsAll));
    setFigure(K::SatisfactionRate, rate);

    const QStringList levels = {
        ReportBuilder::tr("1 very dissatisfied"), ReportBuilder::tr("2 dissatisfied"),
        ReportBuilder::tr("3 fairly satisfied"), ReportBuilder::tr("4 satisfied"),
        ReportBuilder::tr("5 very satisfied")};
    ReportTable t;
    t.key = QStringLiteral("ratings");
    t.title = ReportBuilder::tr("Ratings (好差评)");
    t.headers = {ReportBuilder::tr("Figure"), ReportBuilder::tr("Value")};
    t.rows.push_back(line(ReportBuilder::tr("Ratings"), countCell(K::RatingsAll)));
    for (int score = 5; score >= 1; --score) {
        const QString key =
            K::group(K::RatingsScore, QStringLiteral("score"), QString::number(score));
        r.figures.insert(key, m.count(key));
        t.rows.push_back(line(levels.at(score - 1), countCell(key)));
    }
    t.rows.push_back(line(ReportBuilder::tr("Satisfaction rate (3 to 5)"),
                          ReportCell::number(CellKind::Percent, rate, K::RatingsSatisfied)));
    t.rows.push_back(line(ReportBuilder::tr("Poor ratings (1 and 2)"), countCell(K::RatingsPoor)));
    t.rows.push_back(line(ReportBuilder::tr("Rectified in time"), countCell(K::RectifiedInTime)));
    t.rows.push_back(line(ReportBuilder::tr("Rectified late"), countCell(K::RectifiedLate)));
    t.rows.push_back(line(ReportBuilder::tr("Rectification open, within its time"),
                          countCell(K::RectificationOpen)));
    t.rows.push_back(line(ReportBuilder::tr("Rectification open and overdue"),
                          countCell(K::RectificationOverdue)));
    if (m.count(K::RectificationMissing) > 0)
        t.rows.push_back(line(ReportBuilder::tr("Poor ratings without a rectification item"),
                              countCell(K::RectificationMissing)));
    t.note = ReportBuilder::tr("A rectification is due 15 working days after the poor rating.");
    r.tables << t;
}

void Builder::byDay()
{
    if (d.request.kind == ReportKind::Daily)
        return;
    for (int i = 0; i < d.tickets.size(); ++i) {
        const TicketRow& t = d.tickets.at(i);
        const QString day = toDbDate(t.serviceDate);
        if (t.isFirstOfVisit())
            m.add(K::TicketsIssued, QStringLiteral("day"), day, i);
        if (t.status == TicketStatus::Done)
            m.add(K::TicketsServed, QStringLiteral("day"), day, i);
    }
    for (int i = 0; i < d.cases.size(); ++i) {
        const CaseRow& c = d.cases.at(i);
        if (inPeriod(c.receivedOn))
            m.add(K::CasesReceived, QStringLiteral("day"), toDbDate(c.receivedOn), i);
        if (inPeriod(c.acceptedOn))
            m.add(K::CasesAccepted, QStringLiteral("day"), toDbDate(c.acceptedOn), i);
        if (inPeriod(c.decidedOn) && !c.decision.isEmpty())
            m.add(K::CasesCompleted, QStringLiteral("day"), toDbDate(c.decidedOn), i);
    }
    ReportTable t;
    t.key = QStringLiteral("by_day");
    t.title = ReportBuilder::tr("Day by day");
    t.headers = {ReportBuilder::tr("Date"),           ReportBuilder::tr("Day"),
                 ReportBuilder::tr("Tickets issued"), ReportBuilder::tr("Served"),
                 ReportBuilder::tr("Cases received"), ReportBuilder::tr("Accepted"),
                 ReportBuilder::tr("Completed")};
    for (QDate day = d.request.from; day <= d.request.to; day = day.addDays(1)) {
        const QString key = toDbDate(day);
        auto g = [&](const QString& k) {
            return countCell(K::group(k, QStringLiteral("day"), key));
        };
        t.rows.push_back({ReportCell::text(key), ReportCell::text(dayName(day, cal)),
                          g(K::TicketsIssued), g(K::TicketsServed), g(K::CasesReceived),
                          g(K::CasesAccepted), g(K::CasesCompleted)});
    }
    r.tables << t;
}

QString filterText(const ReportData& d)
{
    const ReportFilter& f = d.request.filter;
    QStringList parts;
    if (!f.departmentId.isEmpty())
        parts << ReportBuilder::tr("Department: %1")
                     .arg(d.names.departments.value(f.departmentId, f.departmentId));
    if (!f.matterId.isEmpty())
        parts << ReportBuilder::tr("Matter: %1").arg(d.names.matters.value(f.matterId, f.matterId));
    if (!f.windowId.isEmpty())
        parts << ReportBuilder::tr("Window: %1").arg(d.names.windows.value(f.windowId, f.windowId));
    if (!f.staffId.isEmpty())
        parts
            << ReportBuilder::tr("Staff member: %1").arg(d.names.staff.value(f.staffId, f.staffId));
    return parts.join(QStringLiteral(" · "));
}

QString minutesText(qint64 seconds)
{
    return seconds < 0 ? QString() : QString::number(seconds / 60.0, 'f', 1);
}

QString timeText(qint64 seconds)
{
    if (seconds < 0)
        return {};
    const qint64 s = seconds % 86400;
    return QStringLiteral("%1:%2:%3")
        .arg(s / 3600, 2, 10, QLatin1Char('0'))
        .arg(s / 60 % 60, 2, 10, QLatin1Char('0'))
        .arg(s % 60, 2, 10, QLatin1Char('0'));
}

QString dateText(const QDate& date)
{
    return date.isValid() ? toDbDate(date) : QString();
}

} // namespace

void ReportBuilder::applyFilter(ReportData& d)
{
    const ReportFilter& f = d.request.filter;
    if (f.isEmpty())
        return;
    const ReportNames& n = d.names;
    QHash<QString, bool> categoryCache;
    auto categoryMatches = [&](const QString& category) {
        if (f.departmentId.isEmpty() && f.matterId.isEmpty())
            return true;
        auto it = categoryCache.constFind(category);
        if (it != categoryCache.constEnd())
            return *it;
        bool match = false;
        for (const QString& matter : n.categoryMatters.value(category)) {
            if ((f.matterId.isEmpty() || matter == f.matterId) &&
                (f.departmentId.isEmpty() || n.matterDepartment.value(matter) == f.departmentId))
                match = true;
        }
        categoryCache.insert(category, match);
        return match;
    };
    auto seat = [&](const QString& window, const QString& staff) {
        return (f.windowId.isEmpty() || window == f.windowId) &&
               (f.staffId.isEmpty() || staff == f.staffId);
    };
    d.tickets.erase(std::remove_if(d.tickets.begin(), d.tickets.end(),
                                   [&](const TicketRow& t) {
                                       return !seat(t.windowId, t.staffId) ||
                                              !categoryMatches(t.categoryId);
                                   }),
                    d.tickets.end());
    d.ratings.erase(std::remove_if(d.ratings.begin(), d.ratings.end(),
                                   [&](const RatingRow& r) {
                                       return !seat(r.windowId, r.staffId) ||
                                              !categoryMatches(r.categoryId);
                                   }),
                    d.ratings.end());
    d.cases.erase(std::remove_if(d.cases.begin(), d.cases.end(),
                                 [&](const CaseRow& c) {
                                     return !seat(c.windowId, c.intakeStaffId) ||
                                            (!f.departmentId.isEmpty() &&
                                             c.departmentId != f.departmentId) ||
                                            (!f.matterId.isEmpty() && c.matterId != f.matterId);
                                 }),
                  d.cases.end());
    d.roster.erase(
        std::remove_if(d.roster.begin(), d.roster.end(),
                       [&](const RosterSeat& s) { return !seat(s.windowId, s.staffId); }),
        d.roster.end());
}

Report ReportBuilder::build(ReportData data, const WorkingCalendar& calendar,
                            const LightThresholds& thresholds, const QString& centerName,
                            const QDateTime& generatedAt)
{
    Report report;
    applyFilter(data);
    report.data = std::move(data);
    report.request = report.data.request;
    report.asOf = report.data.asOf;
    report.centerName = centerName;
    report.generatedAt = generatedAt;
    const ReportRequest& r = report.request;
    switch (r.kind) {
    case ReportKind::Daily:
        report.title = tr("Daily report %1").arg(toDbDate(r.from));
        break;
    case ReportKind::Monthly:
        report.title = tr("Monthly report %1").arg(r.from.toString(QStringLiteral("yyyy-MM")));
        break;
    case ReportKind::Range:
        report.title = tr("Report %1 to %2").arg(toDbDate(r.from), toDbDate(r.to));
        break;
    }
    report.periodText = periodText(r, calendar);
    report.filterText = filterText(report.data);
    Builder b(report, calendar, thresholds);
    b.queue();
    b.cases();
    b.ratings();
    b.byDay();
    return report;
}

DrillList ReportBuilder::drillDown(const Report& report, const DrillKey& key)
{
    DrillList list;
    const QVector<int> rows = report.members.value(key);
    const ReportData& d = report.data;
    const ReportNames& n = d.names;
    if (key.startsWith(QLatin1String("tickets."))) {
        list.headers = {tr("Ticket"),     tr("Date"),          tr("Category"), tr("Status"),
                        tr("Window"),     tr("Staff member"),  tr("Issued"),   tr("First called"),
                        tr("Wait (min)"), tr("Service (min)"), tr("Outcome")};
        QVector<int> sorted = rows;
        std::sort(sorted.begin(), sorted.end(), [&](int a, int b) {
            const TicketRow& x = d.tickets.at(a);
            const TicketRow& y = d.tickets.at(b);
            return x.issued != y.issued ? x.issued < y.issued : x.number < y.number;
        });
        for (int i : sorted) {
            const TicketRow& t = d.tickets.at(i);
            list.rows.push_back(
                {t.number, toDbDate(t.serviceDate), n.categories.value(t.categoryId),
                 QueueService::statusName(t.status), n.windows.value(t.windowId),
                 n.staff.value(t.staffId), timeText(t.issued), timeText(t.firstCalled),
                 t.isFirstOfVisit() ? minutesText(t.waitSeconds()) : QString(),
                 minutesText(t.serviceSeconds()),
                 t.outcome.isEmpty() ? QString() : ServiceOutcome::name(t.outcome)});
            list.ids << t.id;
        }
    } else if (key.startsWith(QLatin1String("cases."))) {
        list.headers = {tr("Case"),          tr("Matter"),   tr("Department"), tr("Applicant"),
                        tr("Status"),        tr("Received"), tr("Accepted"),   tr("Promised due"),
                        tr("Statutory due"), tr("Decided"),  tr("Decision")};
        QVector<int> sorted = rows;
        std::sort(sorted.begin(), sorted.end(),
                  [&](int a, int b) { return d.cases.at(a).number < d.cases.at(b).number; });
        for (int i : sorted) {
            const CaseRow& c = d.cases.at(i);
            const auto status = CaseStates::fromKey(c.status);
            list.rows.push_back(
                {c.number, c.matterName, n.departments.value(c.departmentId),
                 privacy::maskName(c.applicantName), status ? CaseStates::name(*status) : c.status,
                 dateText(c.receivedOn) + QLatin1Char(' ') + timeText(c.receivedAt).left(5),
                 dateText(c.acceptedOn), dateText(c.promisedDue), dateText(c.statutoryDue),
                 dateText(c.decidedOn),
                 c.decision == QLatin1String("approved") ? tr("approved")
                 : c.decision == QLatin1String("denied") ? tr("denied")
                                                         : QString()});
            list.ids << c.id;
        }
    } else if (key.startsWith(QLatin1String("ratings."))) {
        list.headers = {tr("Ticket"),      tr("Rated"),        tr("Score"),
                        tr("Window"),      tr("Staff member"), tr("Rectification due"),
                        tr("Rectified on")};
        QVector<int> sorted = rows;
        std::sort(sorted.begin(), sorted.end(),
                  [&](int a, int b) { return d.ratings.at(a).ratedAt < d.ratings.at(b).ratedAt; });
        for (int i : sorted) {
            const RatingRow& rt = d.ratings.at(i);
            list.rows.push_back(
                {rt.ticketNumber, toDbDate(rt.ratedOn) + QLatin1Char(' ') + timeText(rt.ratedAt),
                 QString::number(rt.score), n.windows.value(rt.windowId), n.staff.value(rt.staffId),
                 dateText(rt.rectificationDue), dateText(rt.rectificationClosedOn)});
            list.ids << rt.id;
        }
    }
    list.title = tr("%n row(s) behind the figure", nullptr, int(list.rows.size()));
    return list;
}

const ReportTable* Report::table(const QString& key) const
{
    for (const ReportTable& t : tables) {
        if (t.key == key)
            return &t;
    }
    return nullptr;
}

QVariant Report::value(const QString& tableKey, const QString& rowLabel, int column) const
{
    const ReportTable* t = table(tableKey);
    if (!t)
        return {};
    for (const auto& row : t->rows) {
        if (!row.isEmpty() && row.first().value.toString() == rowLabel && column < row.size())
            return row.at(column).value;
    }
    return {};
}

} // namespace civicdesk
