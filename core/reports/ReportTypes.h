#pragma once

// The values of the supervisor's reports: what is asked (a day, a month or a range of dates,
// filtered by department, window, staff member and matter), the rows a report is computed
// from, the figures it shows, and the tables and charts that carry them to the screen, the
// PDF, CSV and Excel. Every figure is defined in ReportBuilder.h and docs/reports.md.

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVector>

#include <optional>

namespace civicdesk {

enum class ReportKind { Daily, Monthly, Range };

// Empty fields do not filter. Ids as stored (departments.id, windows.id, staff.id, matters.id).
struct ReportFilter {
    QString departmentId;
    QString windowId;
    QString staffId;
    QString matterId;
    bool isEmpty() const
    {
        return departmentId.isEmpty() && windowId.isEmpty() && staffId.isEmpty() &&
               matterId.isEmpty();
    }
};

struct ReportRequest {
    ReportKind kind = ReportKind::Daily;
    QDate from; // first day, included
    QDate to;   // last day, included
    ReportFilter filter;

    static ReportRequest daily(const QDate& date, const ReportFilter& filter = {});
    static ReportRequest monthly(int year, int month, const ReportFilter& filter = {});
    static ReportRequest range(const QDate& from, const QDate& to, const ReportFilter& filter = {});
    int dayCount() const { return int(from.daysTo(to)) + 1; }
};

// --- the rows a report is computed from. Times are seconds since 1970-01-01 00:00 local wall
// time (no time zone: every timestamp of the database is local time); -1 when not set.

struct TicketRow {
    QString id;
    QString number;
    QDate serviceDate;
    QString categoryId;
    QString priorityClass;
    QString status;
    QString originalId; // empty for the first ticket of a visit
    QString windowId;
    QString staffId;
    QString outcome;
    qint64 issued = -1;         // this row's issue (a transfer's new row: the transfer time)
    qint64 originalIssued = -1; // the visit's first ticket
    qint64 firstCalled = -1;
    qint64 started = -1;
    qint64 finished = -1;

    bool isFirstOfVisit() const { return originalId.isEmpty(); }
    qint64 waitSeconds() const { return firstCalled < 0 ? -1 : firstCalled - issued; }
    qint64 serviceSeconds() const
    {
        return started < 0 || finished < 0 ? -1 : std::max<qint64>(0, finished - started);
    }
};

struct CaseRow {
    QString id;
    QString number;
    QString matterId;
    QString matterName; // in the language of the report
    QString departmentId;
    QString applicantName;
    QString status;
    qint64 receivedAt = -1; // wall seconds
    QDate receivedOn;
    QDate acceptedOn;
    QDate decidedOn;
    QString decision; // approved | denied | empty
    QDate promisedDue;
    QDate statutoryDue;
    int promisedDays = 0;
    int statutoryDays = 0;
    int extensionDays = 0;
    bool correctionNotice = false; // a one-time notice was given (correction_due set)
    bool deficiency = false;       // accepted with a deficiency (deficiency_due set)
    QDate finalOn;                 // refused or withdrawn: the day it happened (updated_at)
    QDate closedOn;                // handed over
    QString windowId;
    QString intakeStaffId;
};

struct RatingRow {
    QString id;
    QString ticketId;
    QString ticketNumber;
    QString categoryId;
    int score = 0;
    QString source;
    qint64 ratedAt = -1;
    QDate ratedOn;
    QString windowId;
    QString staffId;
    QString rectificationId; // empty: no rectification item
    QString rectificationStatus;
    QDate rectificationDue;
    QDate rectificationClosedOn;
};

// One roster seat: a staff member at a window for a shift, with its rostered seconds.
struct RosterSeat {
    QDate date;
    QString windowId;
    QString staffId;
    qint64 seconds = 0;
};

// The names a report shows for ids, and which ticket categories belong to which matters.
struct ReportNames {
    QHash<QString, QString> departments;      // id -> name
    QHash<QString, int> departmentOrder;      // id -> position
    QHash<QString, QString> matters;          // id -> name
    QHash<QString, QString> matterCodes;      // id -> code
    QHash<QString, QString> matterDepartment; // id -> department id
    QHash<QString, QString> categories;       // id -> "A 户籍证件"
    QHash<QString, int> categoryOrder;
    QHash<QString, QStringList> categoryMatters; // category id -> matter ids it covers
    QHash<QString, QString> windows;             // id -> "3 企业开办 1"
    QHash<QString, int> windowNumbers;
    QHash<QString, QString> staff; // id -> display name
};

// Everything the figures of one report are computed from.
struct ReportData {
    ReportRequest request;
    QDate asOf;          // "now": the day the report is made
    qint64 asOfEnd = -1; // the moment it is made (wall seconds)
    QVector<TicketRow> tickets;
    QVector<CaseRow> cases;
    QVector<RatingRow> ratings;
    QVector<RosterSeat> roster;
    // Suspensions of the cases (case id -> first, last day; an open one runs to asOf).
    QHash<QString, QVector<QPair<QDate, QDate>>> suspensions;
    ReportNames names;
};

// --- what a report shows

// What a cell stands for: a figure and, for the rows of a breakdown, the group it counts.
// "tickets.served" or "tickets.served@window:<id>". The same key opens the list of tickets,
// cases or ratings behind it.
using DrillKey = QString;

enum class CellKind {
    Text,    // a name
    Count,   // a whole number
    Minutes, // a duration, shown in minutes with one decimal
    Percent, // a share from 0 to 1, shown as a percentage with one decimal
    Days,    // working days, one decimal
};

struct ReportCell {
    CellKind kind = CellKind::Text;
    QVariant value; // null: no value (shown as "—"; nothing to average, no roster …)
    DrillKey drill; // empty: nothing behind it to open

    static ReportCell text(const QString& s) { return {CellKind::Text, s, {}}; }
    static ReportCell number(CellKind kind, const std::optional<double>& v,
                             const DrillKey& drill = {})
    {
        return {kind, v ? QVariant(*v) : QVariant(), drill};
    }
    static ReportCell count(qint64 n, const DrillKey& drill = {})
    {
        return {CellKind::Count, QVariant(n), drill};
    }
    bool isNull() const { return value.isNull(); }
};

struct ReportTable {
    QString key;   // stable: "queue_summary", the sheet name in Excel
    QString title; // translated
    QStringList headers;
    QVector<QVector<ReportCell>> rows;
    QString note; // translated: how to read it
};

struct ChartSeries {
    QString name;
    QString color; // "#2f5d8a"
    QVector<double> values;
};

struct ReportChart {
    QString key;
    QString title;
    QStringList categories;
    QVector<ChartSeries> series;
    bool stacked = false;
};

// The list behind one figure, ready to show or export.
struct DrillList {
    QString title;
    QStringList headers;
    QVector<QStringList> rows;
    QStringList ids; // ticket, case or rating ids, in the order of the rows
};

struct Report {
    ReportRequest request;
    QString title;      // "Daily report 2026-11-20"
    QString centerName; // from the center settings
    QString periodText;
    QString filterText; // empty without filters
    QDate asOf;
    QDateTime generatedAt;
    QVector<ReportTable> tables;
    QVector<ReportChart> charts;
    // The members of every figure, for drill-down: key -> row indexes into the data's tickets,
    // cases or ratings (the prefix of the key says which).
    QHash<DrillKey, QVector<int>> members;
    // Every figure by key (counts, means in seconds, shares from 0 to 1, working days), for
    // tests and for scheduled exports; see ReportKeys in ReportBuilder.h.
    QHash<QString, double> figures;
    ReportData data;

    std::optional<double> figure(const QString& key) const
    {
        auto it = figures.constFind(key);
        return it == figures.constEnd() ? std::nullopt : std::optional<double>(*it);
    }

    const ReportTable* table(const QString& key) const;
    // The value of a cell by table key and row label (the first cell), column header index.
    QVariant value(const QString& tableKey, const QString& rowLabel, int column = 1) const;
    int count(const DrillKey& key) const { return members.value(key).size(); }
};

} // namespace civicdesk

// Rows are only QStrings, QDates and numbers: a vector of a month's tickets may grow by moving
// its memory rather than each row.
Q_DECLARE_TYPEINFO(civicdesk::TicketRow, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(civicdesk::CaseRow, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(civicdesk::RatingRow, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(civicdesk::RosterSeat, Q_RELOCATABLE_TYPE);
