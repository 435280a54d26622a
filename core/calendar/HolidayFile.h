#pragma once

// A year of the calendar as a file, in the layout of the public holiday-cn data set:
//   {"year": 2026, "days": [{"name": "春节", "date": "2026-02-15", "isOffDay": true}, …]}
// Only exceptions are listed: days off of the public holidays, and make-up working days on a
// weekend ("isOffDay": false). The years shipped with the program are built in
// (resources/calendar/YYYY.json).

#include "Result.h"
#include "calendar/WorkingCalendar.h"

#include <QCoreApplication>
#include <QString>
#include <QVector>

namespace civicdesk {

struct CalendarYearData {
    int year = 0;
    QString source; // the notice named in the file ("source"), else the file's name
    QVector<CalendarDay> days;
};

class HolidayFile {
    Q_DECLARE_TR_FUNCTIONS(HolidayFile)
public:
    static constexpr int kFirstYear = 2000;
    static constexpr int kLastYear = 2100;
    static constexpr int kMaxNameLength = 40;

    // Reads and checks a file; a file that is not a sound calendar year is refused with a
    // sentence naming its problems.
    static Result<CalendarYearData> read(const QString& path);
    // fileName is only for the sentences.
    static Result<CalendarYearData> parse(const QByteArray& json, const QString& fileName);
    // The rules a year must keep, whether it comes from a file or from code: the year in range,
    // every date valid and in the year, no date twice, a name on every day, make-up working
    // days only on a weekend.
    static Status validate(const CalendarYearData& data, const QString& fileName = {});

    // The years built into the program, and their data.
    static QVector<int> builtInYears();
    static Result<CalendarYearData> builtIn(int year);
};

} // namespace civicdesk
