#include "CalendarService.h"

#include "Clock.h"
#include "security/AuditLog.h"
#include "security/Authorization.h"
#include "security/Session.h"
#include "storage/Database.h"
#include "storage/Meta.h"
#include "storage/Transaction.h"

#include <QJsonArray>
#include <QLocale>
#include <QMutex>

#include <algorithm>
#include <deque>

namespace civicdesk {

namespace {

const QString kSubjectType = QStringLiteral("calendar");

// Rows of "SELECT day, off_day, name FROM calendar_days …".
Result<QVector<CalendarDay>> readDays(const Database& db, const QString& sql,
                                      const QVariantList& params = {})
{
    auto q = db.exec(sql, params);
    if (!q)
        return q.error();
    QVector<CalendarDay> days;
    while (q.value().next())
        days.push_back({fromDbDate(q.value().value(0).toString()), q.value().value(1).toInt() != 0,
                        q.value().value(2).toString()});
    return days;
}

Result<QVector<CalendarDay>> storedDays(const Database& db, int year)
{
    return readDays(db,
                    QStringLiteral("SELECT day, off_day, name FROM calendar_days WHERE year = ? "
                                   "ORDER BY day"),
                    {year});
}

Result<std::optional<CalendarDay>> storedDay(const Database& db, const QDate& date)
{
    auto q = db.exec(QStringLiteral("SELECT off_day, name FROM calendar_days WHERE day = ?"),
                     {toDbDate(date)});
    if (!q)
        return q.error();
    std::optional<CalendarDay> day;
    if (q.value().next())
        day = CalendarDay{date, q.value().value(0).toInt() != 0, q.value().value(1).toString()};
    return day;
}

Result<bool> yearIsStored(Transaction& tx, int year)
{
    auto v = tx.scalar(QStringLiteral("SELECT year FROM calendar_years WHERE year = ?") +
                           tx.dialect().forUpdate(),
                       {year});
    if (!v)
        return v.error();
    return !v.value().isNull();
}

Status newRevision(Transaction& tx)
{
    return Meta::set(tx, CalendarService::RevisionKey, newId());
}

Status touchYear(Transaction& tx, const Context& ctx, int year)
{
    return tx
        .exec(QStringLiteral("UPDATE calendar_years SET updated_at = ?, updated_by = ? WHERE "
                             "year = ?"),
              {toDbTimestamp(ctx.clock.now()), ctx.session.login(), year})
        .status();
}

QJsonObject describe(const std::optional<CalendarDay>& day)
{
    if (!day)
        return {{QStringLiteral("kind"), QStringLiteral("normal")}};
    return {
        {QStringLiteral("kind"), day->offDay ? QStringLiteral("off") : QStringLiteral("working")},
        {QStringLiteral("name"), day->name}};
}

int countOff(const QVector<CalendarDay>& days, bool offDay)
{
    return int(std::count_if(days.cbegin(), days.cend(),
                             [offDay](const CalendarDay& d) { return d.offDay == offDay; }));
}

// The days as they are stored: in date order, names trimmed.
QVector<CalendarDay> normalized(QVector<CalendarDay> days)
{
    for (CalendarDay& d : days)
        d.name = d.name.trimmed();
    std::sort(days.begin(), days.end(),
              [](const CalendarDay& a, const CalendarDay& b) { return a.date < b.date; });
    return days;
}

// Writes a year's row and days. Without replace, a year that is already there (another PC was
// quicker) is left alone and false is returned.
Result<bool> storeYear(Transaction& tx, const Context& ctx, const CalendarYearData& data,
                       bool replace)
{
    const QString now = toDbTimestamp(ctx.clock.now());
    const QString by = ctx.session.login();
    // A null QString binds as SQL NULL.
    const QString source = data.source.isNull() ? QLatin1String("") : data.source;
    if (replace) {
        CIVICDESK_TRY(
            tx.exec(QStringLiteral("DELETE FROM calendar_days WHERE year = ?"), {data.year})
                .status());
        CIVICDESK_TRY(tx.exec(QStringLiteral("UPDATE calendar_years SET source = ?, imported_at = "
                                             "?, imported_by = ?, updated_at = ?, updated_by = ? "
                                             "WHERE year = ?"),
                              {source, now, by, now, by, data.year})
                          .status());
    } else {
        auto q = tx.exec(QStringLiteral("INSERT INTO calendar_years (year, source, imported_at, "
                                        "imported_by, updated_at, updated_by) VALUES (?, ?, ?, ?, "
                                        "?, ?) ON CONFLICT (year) DO NOTHING"),
                         {data.year, source, now, by, now, by});
        if (!q)
            return q.error();
        if (q.value().numRowsAffected() == 0)
            return false;
    }
    for (const CalendarDay& d : data.days) {
        CIVICDESK_TRY(tx.exec(QStringLiteral("INSERT INTO calendar_days (day, year, off_day, name, "
                                             "updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?)"),
                              {toDbDate(d.date), data.year, int(d.offDay), d.name, now, by})
                          .status());
    }
    CIVICDESK_TRY(newRevision(tx));
    return true;
}

QJsonObject importDetails(const CalendarYearData& data)
{
    return {{QStringLiteral("year"), data.year},
            {QStringLiteral("source"), data.source},
            {QStringLiteral("daysOff"), countOff(data.days, true)},
            {QStringLiteral("makeUpDays"), countOff(data.days, false)}};
}

Result<QVector<int>> storedYears(const Database& db)
{
    auto q = db.exec(QStringLiteral("SELECT year FROM calendar_years ORDER BY year"));
    if (!q)
        return q.error();
    QVector<int> years;
    while (q.value().next())
        years << q.value().value(0).toInt();
    return years;
}

Result<WorkingCalendar> loadCalendar(const Database& db, const QString& revision)
{
    auto covered = storedYears(db);
    if (!covered)
        return covered.error();
    auto days =
        readDays(db, QStringLiteral("SELECT day, off_day, name FROM calendar_days ORDER BY day"));
    if (!days)
        return days.error();
    return WorkingCalendar(covered.value(), days.value(), revision);
}

QString dayText(const QDate& date)
{
    return QLocale().toString(date, QLocale::LongFormat);
}

} // namespace

Result<std::shared_ptr<const WorkingCalendar>> CalendarService::current(const Database& db)
{
    // Snapshots by revision. A revision is a fresh UUID per change, so it names the content
    // exactly, whichever database (or restored backup of it) it is read from.
    static QMutex mutex;
    static std::deque<std::shared_ptr<const WorkingCalendar>> recent;
    constexpr size_t kKept = 8;

    std::shared_ptr<const WorkingCalendar> loaded;
    for (int attempt = 0; attempt < 3; ++attempt) {
        auto revision = Meta::get(db, RevisionKey);
        if (!revision)
            return revision.error();
        if (!revision.value().isEmpty()) {
            QMutexLocker lock(&mutex);
            for (const auto& c : recent) {
                if (c->revision() == revision.value())
                    return c;
            }
        }
        auto calendar = loadCalendar(db, revision.value());
        if (!calendar)
            return calendar.error();
        loaded = std::make_shared<const WorkingCalendar>(calendar.take());
        // A change committed between the reads may be half in this snapshot: read again.
        auto after = Meta::get(db, RevisionKey);
        if (!after)
            return after.error();
        if (after.value() != revision.value())
            continue;
        if (!revision.value().isEmpty()) {
            QMutexLocker lock(&mutex);
            recent.push_front(loaded);
            if (recent.size() > kKept)
                recent.pop_back();
        }
        break;
    }
    return loaded;
}

Result<QVector<CalendarYearInfo>> CalendarService::years(const Database& db)
{
    auto q = db.exec(QStringLiteral(
        "SELECT y.year, y.source, y.imported_at, y.imported_by, y.updated_at, y.updated_by, "
        "SUM(CASE WHEN d.off_day = 1 THEN 1 ELSE 0 END), "
        "SUM(CASE WHEN d.off_day = 0 THEN 1 ELSE 0 END) "
        "FROM calendar_years y LEFT JOIN calendar_days d ON d.year = y.year "
        "GROUP BY y.year, y.source, y.imported_at, y.imported_by, y.updated_at, y.updated_by "
        "ORDER BY y.year"));
    if (!q)
        return q.error();
    QVector<CalendarYearInfo> list;
    while (q.value().next()) {
        const QSqlQuery& r = q.value();
        list.push_back({r.value(0).toInt(), r.value(1).toString(),
                        fromDbTimestamp(r.value(2).toString()), r.value(3).toString(),
                        fromDbTimestamp(r.value(4).toString()), r.value(5).toString(),
                        r.value(6).toInt(), r.value(7).toInt()});
    }
    return list;
}

Result<CalendarImport> CalendarService::importYear(const Context& ctx, const CalendarYearData& data,
                                                   ExistingYear existing)
{
    CIVICDESK_TRY(
        authorize(ctx, Permission::ManageCalendar, {kSubjectType, QString::number(data.year)}));
    CIVICDESK_TRY(HolidayFile::validate(data));
    CalendarYearData clean = data;
    clean.days = normalized(data.days);
    const QVector<CalendarDay>& days = clean.days;
    CalendarImport outcome;
    outcome.daysOff = countOff(days, true);
    outcome.makeUpDays = countOff(days, false);

    Status s = ctx.db.write([&](Transaction& tx) -> Status {
        outcome = {data.year, false, false, outcome.daysOff, outcome.makeUpDays};
        auto stored = yearIsStored(tx, data.year);
        if (!stored)
            return stored.error();
        if (!stored.value()) {
            auto written = storeYear(tx, ctx, clean, false);
            if (!written)
                return written.error();
            if (!written.value())
                return Error(ErrorKind::Conflict,
                             tr("%1 was added to the calendar on another computer just now. "
                                "Nothing was imported; look at the year and import again if "
                                "it should be replaced.")
                                 .arg(data.year));
            return AuditLog::append(tx, ctx, QStringLiteral("calendar.year_imported"),
                                    {kSubjectType, QString::number(data.year)},
                                    importDetails(clean));
        }

        auto before = storedDays(ctx.db, data.year);
        if (!before)
            return before.error();
        if (before.value() == days) {
            outcome.unchanged = true;
            return {};
        }
        if (existing == ExistingYear::Refuse)
            return Error(ErrorKind::Conflict,
                         tr("%1 is already in the calendar, with %n announced day(s). Nothing was "
                            "imported; to replace the year with the file, import it again and "
                            "confirm the replacement.",
                            nullptr, int(before.value().size()))
                             .arg(data.year));

        QHash<QDate, CalendarDay> old;
        for (const CalendarDay& d : before.value())
            old.insert(d.date, d);
        QStringList added, changed, removed;
        for (const CalendarDay& d : days) {
            const auto it = old.constFind(d.date);
            if (it == old.constEnd())
                added << toDbDate(d.date);
            else if (*it != d)
                changed << toDbDate(d.date);
            old.remove(d.date);
        }
        for (const CalendarDay& d : old)
            removed << toDbDate(d.date);
        removed.sort();

        auto written = storeYear(tx, ctx, clean, true);
        if (!written)
            return written.error();
        outcome.replaced = true;
        QJsonObject details = importDetails(clean);
        details.insert(QStringLiteral("added"), QJsonArray::fromStringList(added));
        details.insert(QStringLiteral("changed"), QJsonArray::fromStringList(changed));
        details.insert(QStringLiteral("removed"), QJsonArray::fromStringList(removed));
        return AuditLog::append(tx, ctx, QStringLiteral("calendar.year_replaced"),
                                {kSubjectType, QString::number(data.year)}, details);
    });
    if (!s)
        return s.error();
    return outcome;
}

Status CalendarService::startYear(const Context& ctx, int year)
{
    CIVICDESK_TRY(
        authorize(ctx, Permission::ManageCalendar, {kSubjectType, QString::number(year)}));
    if (year < HolidayFile::kFirstYear || year > HolidayFile::kLastYear)
        return Error(ErrorKind::Invalid, tr("The calendar keeps the years %1 to %2; %3 is not one "
                                            "of them.")
                                             .arg(HolidayFile::kFirstYear)
                                             .arg(HolidayFile::kLastYear)
                                             .arg(year));
    return ctx.db.write([&](Transaction& tx) -> Status {
        CalendarYearData empty;
        empty.year = year;
        empty.source = tr("entered by hand");
        auto written = storeYear(tx, ctx, empty, false);
        if (!written)
            return written.error();
        if (!written.value())
            return Error(ErrorKind::Conflict,
                         tr("%1 is already in the calendar; nothing was changed.").arg(year));
        return AuditLog::append(tx, ctx, QStringLiteral("calendar.year_started"),
                                {kSubjectType, QString::number(year)}, importDetails(empty));
    });
}

Status CalendarService::setDay(const Context& ctx, const QDate& date, bool offDay,
                               const QString& name)
{
    const QString id = toDbDate(date);
    CIVICDESK_TRY(authorize(ctx, Permission::ManageCalendar, {kSubjectType, id}));
    if (!date.isValid())
        return Error(ErrorKind::Invalid, tr("No valid date was given; nothing was changed."));
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return Error(ErrorKind::Invalid,
                     tr("Give %1 a name, such as the holiday it belongs to (春节, 国庆节). "
                        "Nothing was changed.")
                         .arg(dayText(date)));
    if (trimmed.size() > HolidayFile::kMaxNameLength)
        return Error(ErrorKind::Invalid, tr("The name is longer than %1 characters; shorten it. "
                                            "Nothing was changed.")
                                             .arg(HolidayFile::kMaxNameLength));
    if (!offDay && date.dayOfWeek() <= 5)
        return Error(ErrorKind::Invalid,
                     tr("%1 is a weekday, which is a working day anyway; only a Saturday or "
                        "Sunday can be a make-up working day. Nothing was changed.")
                         .arg(dayText(date)));
    const CalendarDay after{date, offDay, trimmed};
    return ctx.db.write([&](Transaction& tx) -> Status {
        auto stored = yearIsStored(tx, date.year());
        if (!stored)
            return stored.error();
        if (!stored.value())
            return Error(ErrorKind::NotFound,
                         tr("%1 is not in the calendar yet, so its days cannot be changed. Import "
                            "the holidays of %1 first, or add the year by hand.")
                             .arg(date.year()));
        auto before = storedDay(ctx.db, date);
        if (!before)
            return before.error();
        if (before.value() == after)
            return {};
        CIVICDESK_TRY(tx.exec(QStringLiteral("INSERT INTO calendar_days (day, year, off_day, name, "
                                             "updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?) "
                                             "ON CONFLICT (day) DO UPDATE SET off_day = "
                                             "excluded.off_day, name = excluded.name, updated_at "
                                             "= excluded.updated_at, updated_by = "
                                             "excluded.updated_by"),
                              {id, date.year(), int(offDay), trimmed,
                               toDbTimestamp(ctx.clock.now()), ctx.session.login()})
                          .status());
        CIVICDESK_TRY(touchYear(tx, ctx, date.year()));
        CIVICDESK_TRY(newRevision(tx));
        return AuditLog::append(tx, ctx, QStringLiteral("calendar.day_changed"), {kSubjectType, id},
                                {{QStringLiteral("before"), describe(before.value())},
                                 {QStringLiteral("after"), describe(after)}});
    });
}

Status CalendarService::resetDay(const Context& ctx, const QDate& date)
{
    const QString id = toDbDate(date);
    CIVICDESK_TRY(authorize(ctx, Permission::ManageCalendar, {kSubjectType, id}));
    if (!date.isValid())
        return Error(ErrorKind::Invalid, tr("No valid date was given; nothing was changed."));
    return ctx.db.write([&](Transaction& tx) -> Status {
        auto before = storedDay(ctx.db, date);
        if (!before)
            return before.error();
        if (!before.value())
            return {};
        CIVICDESK_TRY(
            tx.exec(QStringLiteral("DELETE FROM calendar_days WHERE day = ?"), {id}).status());
        CIVICDESK_TRY(touchYear(tx, ctx, date.year()));
        CIVICDESK_TRY(newRevision(tx));
        return AuditLog::append(tx, ctx, QStringLiteral("calendar.day_changed"), {kSubjectType, id},
                                {{QStringLiteral("before"), describe(before.value())},
                                 {QStringLiteral("after"), describe(std::nullopt)}});
    });
}

Result<QVector<int>> CalendarService::seedBuiltInYears(Database& db, const Clock& clock)
{
    auto present = storedYears(db);
    if (!present)
        return present.error();
    QVector<int> added;
    const Session system = Session::system(QStringLiteral("setup"));
    const Context ctx{db, clock, system};
    for (int year : HolidayFile::builtInYears()) {
        if (present->contains(year))
            continue;
        auto data = HolidayFile::builtIn(year);
        if (!data)
            return data.error();
        bool written = false;
        Status s = db.write([&](Transaction& tx) -> Status {
            auto result = storeYear(tx, ctx, data.value(), false);
            if (!result)
                return result.error();
            written = result.value();
            if (!written)
                return {}; // another PC seeded it first
            QJsonObject details = importDetails(data.value());
            details.insert(QStringLiteral("builtIn"), true);
            return AuditLog::append(tx, ctx, QStringLiteral("calendar.year_imported"),
                                    {kSubjectType, QString::number(year)}, details);
        });
        if (!s)
            return s.error();
        if (written)
            added << year;
    }
    return added;
}

} // namespace civicdesk
