#pragma once

// The calendar as the database keeps it, the single source of truth for every PC of a center:
// the snapshot deadlines are computed from, and the administrator's changes (import a year,
// change one day), each authorized, checked and audited in its own transaction.
//
// Every change writes a new meta calendar_revision in its transaction. current() compares it
// with the revision of the snapshot it holds (one indexed read) and reloads only when another
// change was made, here or on another PC. Code that changes calendar rows elsewhere (a branch
// sync) must write a new revision as well.

#include "Context.h"
#include "Result.h"
#include "calendar/HolidayFile.h"
#include "calendar/WorkingCalendar.h"

#include <QCoreApplication>
#include <QDateTime>

#include <memory>

namespace civicdesk {

class Clock;
class Database;

struct CalendarYearInfo {
    int year = 0;
    QString source;
    QDateTime importedAt;
    QString importedBy;
    QDateTime updatedAt;
    QString updatedBy;
    int daysOff = 0;
    int makeUpDays = 0;
};

struct CalendarImport {
    int year = 0;
    bool replaced = false;  // the year was in the calendar before and now holds the new days
    bool unchanged = false; // the year already held exactly these days: nothing was written
    int daysOff = 0;
    int makeUpDays = 0;
};

// What an import does with a year the calendar already covers.
enum class ExistingYear { Refuse, Replace };

class CalendarService {
    Q_DECLARE_TR_FUNCTIONS(CalendarService)
public:
    static inline const QString RevisionKey = QStringLiteral("calendar_revision");

    // The calendar as stored now, shared and read-only; loaded again only after a change.
    static Result<std::shared_ptr<const WorkingCalendar>> current(const Database& db);
    // The covered years with where they came from and what they hold.
    static Result<QVector<CalendarYearInfo>> years(const Database& db);

    // Stores a year (from HolidayFile::read or builtIn). A year already in the calendar is
    // refused unless existing is Replace; then all of its days, including those changed by
    // hand, are replaced.
    static Result<CalendarImport> importYear(const Context& ctx, const CalendarYearData& data,
                                             ExistingYear existing);
    // Adds a year without any announced day, for an administrator to enter the days one by
    // one when the notice is out but no file of it is at hand.
    static Status startYear(const Context& ctx, int year);
    // Makes a day of a covered year a day off (a public holiday; on a weekend, a named day of
    // a holiday) or a make-up working day (weekend days only), with the holiday's name.
    static Status setDay(const Context& ctx, const QDate& date, bool offDay, const QString& name);
    // Gives a day back to the rule of the week: working Monday to Friday, off at the weekend.
    static Status resetDay(const Context& ctx, const QDate& date);

    // Adds the built-in years the database does not hold yet, recorded in the audit trail as
    // system:setup. One read when nothing is missing. Returns the years added.
    static Result<QVector<int>> seedBuiltInYears(Database& db, const Clock& clock);
};

} // namespace civicdesk
