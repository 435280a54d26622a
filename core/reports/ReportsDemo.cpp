#include "ReportsDemo.h"

#include "Clock.h"
#include "calendar/CalendarService.h"
#include "catalog/CatalogRepository.h"
#include "intake/CaseNumbers.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "workflow/CaseClock.h"
#include "workflow/CaseRepository.h"

#include <QRandomGenerator>

namespace civicdesk {

namespace {

struct Person {
    QString id;
    QString name;
    QString document;
    QString phoneKey;
};

} // namespace

Result<QStringList> ReportsDemo::fill(Database& db, const Clock& clock)
{
    QRandomGenerator random(20261121);
    auto matters = CatalogRepository(db).listMatters();
    if (!matters)
        return matters.error();
    auto calendar = CalendarService::current(db);
    if (!calendar)
        return calendar.error();
    QVector<Person> people;
    {
        auto q = db.exec(
            QStringLiteral("SELECT id, name, document_number, phone_key FROM persons ORDER BY "
                           "document_number"));
        if (!q)
            return q.error();
        while (q.value().next())
            people.push_back({q.value().value(0).toString(), q.value().value(1).toString(),
                              q.value().value(2).toString(), q.value().value(3).toString()});
    }
    QStringList clerks, windows;
    {
        auto q = db.exec(
            QStringLiteral("SELECT id FROM staff WHERE login LIKE 'clerk%' ORDER BY login"));
        if (!q)
            return q.error();
        while (q.value().next())
            clerks << q.value().value(0).toString();
        auto w = db.exec(QStringLiteral("SELECT id FROM windows ORDER BY number"));
        if (!w)
            return w.error();
        while (w.value().next())
            windows << w.value().value(0).toString();
    }
    QVector<MatterSummary> licences;
    for (const MatterSummary& m : matters.value()) {
        if (m.promisedDays > 0)
            licences << m;
    }
    if (people.isEmpty() || licences.isEmpty() || clerks.isEmpty() || windows.isEmpty())
        return QStringList();

    const WorkingCalendar& cal = *calendar.value();
    const QDateTime now = clock.now();
    const QDate today = now.date();
    int made = 0;
    Status s = db.write([&](Transaction& tx) -> Status {
        auto branch = tx.db().branchCode();
        if (!branch)
            return branch.error();
        for (int back = 28; back >= 0; --back) {
            const QDate day = today.addDays(-back);
            if (!cal.isWorkingDay(day))
                continue;
            const int count = 14 + random.bounded(8);
            for (int i = 0; i < count; ++i) {
                const QDateTime received(day, QTime(9 + random.bounded(8), random.bounded(60)));
                if (received >= now)
                    continue;
                const MatterSummary& m = licences.at(random.bounded(licences.size()));
                const Person& p = people.at(random.bounded(people.size()));
                const int seat = random.bounded(std::min(clerks.size(), windows.size()));
                CaseRecord c;
                c.id = newId();
                c.branchCode = branch.value();
                c.matterId = m.id;
                c.matterCode = m.code;
                c.matterNameZh = m.nameZh;
                c.matterNameEn = m.nameEn;
                c.departmentId = m.departmentId;
                c.applicantKind = QStringLiteral("person");
                c.applicantId = p.id;
                c.applicantName = p.name;
                c.applicantDocument = p.document;
                c.applicantPhoneKey = p.phoneKey;
                c.receivedAt = received;
                c.statutoryDays = m.statutoryDays;
                c.promisedDays = m.promisedDays;
                c.intakeStaffId = clerks.at(seat);
                c.windowId = windows.at(seat);
                c.createdAt = received;
                c.updatedAt = received;
                const int roll = random.bounded(100);
                if (roll < 4) {
                    c.status = CaseStatus::Refused;
                    c.refusalReason =
                        QStringLiteral("不属于本机关职权范围，请向有关行政机关申请。");
                } else if (roll < 12 && back <= 3) {
                    c.status = CaseStatus::AwaitingCorrection;
                    c.correctionDue = cal.addWorkingDays(day, 5).date;
                } else if (roll < 14) {
                    c.status = CaseStatus::Withdrawn;
                    c.updatedAt = received.addDays(random.bounded(std::max(1, back)));
                } else {
                    c.acceptedOn = day;
                    if (roll < 20)
                        c.correctionDue = day; // accepted after a one-time notice on the spot
                    else if (roll < 24)
                        c.deficiencyDue = cal.addWorkingDays(day, 10).date;
                    const CaseDeadlines due =
                        CaseClock::deadlines(cal, {day, c.promisedDays, c.statutoryDays, 0, {}});
                    c.promisedDue = due.promisedDue;
                    c.statutoryDue = due.statutoryDue;
                    // Most are decided within the promised limit; one in eight runs late.
                    const int takes = random.bounded(8) == 0
                                          ? c.promisedDays + 1 + random.bounded(4)
                                          : 1 + random.bounded(std::max(1, c.promisedDays));
                    const QDate decided = cal.addWorkingDays(day, takes).date;
                    if (decided < today || (decided == today && random.bounded(2) == 0)) {
                        const bool approved = random.bounded(12) != 0;
                        c.decision =
                            approved ? QStringLiteral("approved") : QStringLiteral("denied");
                        c.decidedOn = decided;
                        c.status = approved ? CaseStatus::Approved : CaseStatus::Denied;
                        c.updatedAt = QDateTime(decided, QTime(15, 0));
                        const QDate handed =
                            cal.addWorkingDays(decided, 1 + random.bounded(3)).date;
                        if (handed <= today) {
                            c.status = CaseStatus::Closed;
                            c.closedAt = QDateTime(handed, QTime(10, 30));
                            c.updatedAt = c.closedAt;
                        }
                    } else {
                        // Open cases come from the workflow demo, which moves them through their
                        // approval steps with documents and audit rows; this history holds only
                        // what has ended.
                        continue;
                    }
                }
                auto number = CaseNumbers::next(tx, day);
                if (!number)
                    return number.error();
                c.number = number.value();
                CIVICDESK_TRY(CaseRepository::insert(tx, c));
                ++made;
            }
        }
        return {};
    });
    if (!s)
        return s.error();
    return QStringList{tr("%n case(s) of the last four weeks", nullptr, made)};
}

} // namespace civicdesk
