#pragma once

// The staff roster: who sits at which window, per date and shift. Supervisors plan it a week
// at a time (Permission::ManageRoster); the login dialog asks windowFor() which window a clerk
// has right now.

#include "Context.h"
#include "Result.h"
#include "SchedulingTypes.h"

#include <QCoreApplication>

#include <optional>

namespace civicdesk {

class Database;
struct SchedulingSettings;

struct RosterStaff {
    QString id;
    QString login;
    QString displayName;
};

class RosterService {
    Q_DECLARE_TR_FUNCTIONS(RosterService)
public:
    // The Monday of the week a date lies in.
    static QDate weekStart(const QDate& date);

    // Every entry of the 7 days from monday, with the staff names.
    static Result<QVector<RosterEntry>> week(const Database& db, const QDate& monday);
    // The active staff members who can sit at a window (clerks and supervisors).
    static Result<QVector<RosterStaff>> rosterableStaff(const Database& db);

    // Puts staffId at the window for that date and shift (an empty staffId clears the seat).
    // Refused when the person already sits at another window in the same shift.
    static Status assign(const Context& ctx, const QDate& date, Shift shift,
                         const QString& windowId, const QString& staffId);
    // Replaces the week starting at toMonday with a copy of the week starting at fromMonday.
    // Returns the number of seats copied.
    static Result<int> copyWeek(const Context& ctx, const QDate& fromMonday, const QDate& toMonday);

    // The window a staff member has at a moment by the roster (the shift the moment belongs
    // to, see SchedulingSettings::shiftAt), or nothing when they are not rostered then.
    static Result<std::optional<ServiceWindow>> windowFor(const Database& db,
                                                          const SchedulingSettings& settings,
                                                          const QString& staffId,
                                                          const QDateTime& at);
};

} // namespace civicdesk
