#pragma once

// The center-wide rules of the queue, kept in center_settings under "scheduling.*" so that
// every PC of the hall follows the same ones: shift times, how priority and normal tickets
// alternate, how often a ticket is called before it counts as a no-show, when the day closes.

#include "Result.h"
#include "SchedulingTypes.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTime>

namespace civicdesk {

class Database;
class Transaction;

struct SchedulingSettings {
    Q_DECLARE_TR_FUNCTIONS(SchedulingSettings)
public:
    QTime morningStart{8, 30};
    QTime morningEnd{12, 0};
    QTime afternoonStart{13, 30};
    QTime afternoonEnd{17, 30};
    // When both wait, one priority ticket is called for every normalPerPriority normal ones.
    int normalPerPriority = 2;
    // Calls (the first and the recalls) before a ticket may be marked as no-show.
    int callsBeforeNoShow = 3;
    // Tickets still open at this time are closed as abandoned.
    QTime dayClose{18, 0};
    // The priority classes a ticket may carry, as keys (see priorityName()).
    QStringList priorityClasses{QStringLiteral("elderly"), QStringLiteral("disabled"),
                                QStringLiteral("military"), QStringLiteral("pregnant"),
                                QStringLiteral("appointment")};
    int targetWaitMinutes = 10;      // for the staffing advice
    double defaultServiceMinutes = 8; // before any service time was measured
    QString boardNotice;             // the scrolling line of the display board

    static Result<SchedulingSettings> load(const Database& db);
    // Writes every value (for the settings dialog and tests).
    Status save(Transaction& tx) const;

    // The translated name of a priority class key; an unknown (custom) key is shown as is.
    static QString priorityName(const QString& key);
    // The shift a moment of the day belongs to: the one it falls in, else the next one, else
    // the afternoon.
    Shift shiftAt(const QTime& t) const;
};

} // namespace civicdesk
