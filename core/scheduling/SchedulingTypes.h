#pragma once

// The plain values of window scheduling: ticket categories, windows, roster entries, queue
// tickets and what a printed ticket carries. The services in this folder read and write them.

#include <QDate>
#include <QMetaType>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QTime>
#include <QVector>

namespace civicdesk {

struct TicketCategory {
    QString id;
    QString prefix; // one letter, "A"
    QString nameZh;
    QString nameEn;
    bool active = true;
    int sortOrder = 0;
    QStringList matterCodes;
    // The name in the language the program runs in.
    QString name() const;
};

struct ServiceWindow {
    QString id;
    int number = 0;
    QString name;
    QString zone;
    bool comprehensive = false;
    bool open = true;
    QStringList categoryIds; // dedicated windows: the categories served, main business first
    bool serves(const QString& categoryId) const
    {
        return comprehensive || categoryIds.contains(categoryId);
    }
};

enum class Shift { Morning, Afternoon };
QString shiftKey(Shift shift); // "morning" / "afternoon" as stored
Shift shiftFromKey(const QString& key);

struct RosterEntry {
    QDate date;
    Shift shift = Shift::Morning;
    QString windowId;
    QString staffId;
    QString staffName; // filled when read
};

namespace TicketStatus {
inline const QString Waiting = QStringLiteral("waiting");
inline const QString Called = QStringLiteral("called");
inline const QString Serving = QStringLiteral("serving");
inline const QString Done = QStringLiteral("done");
inline const QString NoShow = QStringLiteral("no_show");
inline const QString Transferred = QStringLiteral("transferred");
inline const QString Abandoned = QStringLiteral("abandoned");
} // namespace TicketStatus

struct Ticket {
    QString id;
    QDate serviceDate;
    QString number; // "A023"
    QString categoryId;
    QString priorityClass; // empty for a normal ticket
    QString phone;         // full; show through privacy::maskPhone
    QString idNumber;      // full; show through privacy::maskIdNumber
    QString status;
    QDateTime issuedAt;
    QDateTime originalIssuedAt; // the first ticket of a transferred visit
    QDateTime queueAt;
    QString originalId;
    QString transferredFromId;
    QString targetWindowId;
    QString targetStaffId;
    QString windowId;
    QString staffId;
    int callCount = 0;
    QDateTime firstCalledAt;
    QDateTime lastCalledAt;
    QDateTime serviceStartedAt;
    QDateTime finishedAt;
    QString outcome;
    QStringList caseNumbers;
    QString note;

    bool isPriority() const { return !priorityClass.isEmpty(); }
    // Minutes since the visit's first ticket was issued.
    int waitedMinutes(const QDateTime& now) const
    {
        return int(originalIssuedAt.secsTo(now) / 60);
    }
};

// What the ticket printer and the kiosk show right after a ticket was issued.
struct TicketSlip {
    QString ticketId;
    QString number;
    QString categoryName;
    QString priorityName; // empty for a normal ticket
    QDateTime issuedAt;
    int waitingAhead = 0;
    int estimatedWaitMinutes = 0;
};

// How a service ended; stored as the key.
namespace ServiceOutcome {
inline const QString Accepted = QStringLiteral("accepted");       // 受理
inline const QString Consulted = QStringLiteral("consulted");     // 咨询
inline const QString MaterialsMissing = QStringLiteral("materials_missing"); // 一次性告知
inline const QString Refused = QStringLiteral("refused");         // 不予受理
inline const QString ResultCollected = QStringLiteral("result_collected");   // 领取结果
inline const QString Other = QStringLiteral("other");
QStringList all();
QString name(const QString& key); // translated
} // namespace ServiceOutcome

// One line of the display board: a ticket called to a window.
struct BoardCall {
    QString number;
    int windowNumber = 0;
    QString windowName;
    QDateTime calledAt;
    int callCount = 0;
};

struct CategoryQueue {
    QString categoryId;
    QString prefix;
    QString name;
    int waiting = 0;
    int windowsServing = 0;       // open windows that serve the category
    int estimatedWaitMinutes = 0; // for a ticket issued now
};

} // namespace civicdesk

Q_DECLARE_METATYPE(civicdesk::TicketSlip)
