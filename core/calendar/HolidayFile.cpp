#include "HolidayFile.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace civicdesk {

namespace {

constexpr qint64 kMaxFileSize = 1 << 20;
constexpr int kProblemsShown = 3;

QString shown(const QString& fileName)
{
    return fileName.isEmpty() ? HolidayFile::tr("The calendar year")
                              : HolidayFile::tr("The calendar file %1").arg(fileName);
}

Error refusal(const QString& fileName, const QStringList& problems)
{
    QString text = problems.mid(0, kProblemsShown).join(QLatin1Char(' '));
    if (problems.size() > kProblemsShown)
        text += QLatin1Char(' ') + HolidayFile::tr("There are %n more problem(s).", nullptr,
                                                   int(problems.size() - kProblemsShown));
    return Error(ErrorKind::Invalid,
                 HolidayFile::tr("%1 was not imported. %2 The calendar was left as it was; "
                                 "correct the file, or get it again, and import it once more.")
                     .arg(shown(fileName), text),
                 QStringLiteral("calendar file refused: %1 problem(s)").arg(problems.size()));
}

QStringList problemsOf(const CalendarYearData& data)
{
    QStringList problems;
    if (data.year < HolidayFile::kFirstYear || data.year > HolidayFile::kLastYear) {
        problems << HolidayFile::tr("Its year %1 is not between %2 and %3.")
                        .arg(data.year)
                        .arg(HolidayFile::kFirstYear)
                        .arg(HolidayFile::kLastYear);
        return problems;
    }
    if (data.days.isEmpty())
        problems << HolidayFile::tr("It lists no days. Every year has public holidays, so this "
                                    "is not the announced calendar of %1.")
                        .arg(data.year);
    QSet<QDate> seen;
    for (const CalendarDay& d : data.days) {
        if (!d.date.isValid()) {
            problems << HolidayFile::tr("One of its dates is not a valid date.");
            continue;
        }
        const QString date = d.date.toString(Qt::ISODate);
        if (d.date.year() != data.year)
            problems << HolidayFile::tr("%1 is not in %2, the year of the file.")
                            .arg(date)
                            .arg(data.year);
        if (seen.contains(d.date))
            problems << HolidayFile::tr("%1 is listed twice.").arg(date);
        seen.insert(d.date);
        if (d.name.trimmed().isEmpty())
            problems << HolidayFile::tr("%1 has no name.").arg(date);
        else if (d.name.size() > HolidayFile::kMaxNameLength)
            problems << HolidayFile::tr("The name of %1 is longer than %2 characters.")
                            .arg(date)
                            .arg(HolidayFile::kMaxNameLength);
        if (!d.offDay && d.date.dayOfWeek() <= 5)
            problems << HolidayFile::tr("%1 is a %2, a working day anyway, but is marked as a "
                                        "make-up working day; make-up working days fall on a "
                                        "Saturday or Sunday.")
                            .arg(date, QLocale().dayName(d.date.dayOfWeek()));
    }
    return problems;
}

} // namespace

Status HolidayFile::validate(const CalendarYearData& data, const QString& fileName)
{
    const QStringList problems = problemsOf(data);
    if (!problems.isEmpty())
        return refusal(fileName, problems);
    return {};
}

Result<CalendarYearData> HolidayFile::read(const QString& path)
{
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorKind::Io,
                     tr("The calendar file %1 could not be read: %2. Nothing was imported.")
                         .arg(QDir::toNativeSeparators(path), file.errorString()));
    if (file.size() > kMaxFileSize)
        return refusal(
            name,
            {tr("It is %1 bytes long, far too big for one year of holidays.").arg(file.size())});
    return parse(file.readAll(), name);
}

Result<CalendarYearData> HolidayFile::parse(const QByteArray& json, const QString& fileName)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return refusal(fileName, {tr("It is not valid JSON (%1 at character %2).")
                                      .arg(parseError.errorString())
                                      .arg(parseError.offset)});
    const QJsonObject root = doc.object();
    if (!doc.isObject() ||
        (!root.contains(QLatin1String("year")) && !root.contains(QLatin1String("days"))))
        return refusal(fileName, {tr("It is not a calendar in the holiday-cn layout: it has no "
                                     "\"year\" and no \"days\".")});

    QStringList problems;
    CalendarYearData data;
    const QJsonValue year = root.value(QLatin1String("year"));
    const bool yearOk = year.isDouble() && year.toDouble() == double(year.toInt());
    if (!yearOk)
        problems << tr("Its \"year\" is missing or is not a whole number.");
    data.year = year.toInt();
    data.source = root.value(QLatin1String("source")).toString().trimmed();
    if (data.source.isEmpty())
        data.source = fileName;

    const QJsonValue days = root.value(QLatin1String("days"));
    if (!days.isArray())
        problems << tr("Its \"days\" list is missing.");
    static const QRegularExpression isoDate(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    int entry = 0;
    for (const QJsonValue& v : days.toArray()) {
        ++entry;
        const QJsonObject o = v.toObject();
        QStringList missing;
        const QJsonValue name = o.value(QLatin1String("name"));
        const QJsonValue date = o.value(QLatin1String("date"));
        const QJsonValue offDay = o.value(QLatin1String("isOffDay"));
        if (!name.isString())
            missing << QStringLiteral("\"name\"");
        if (!date.isString())
            missing << QStringLiteral("\"date\"");
        if (!offDay.isBool())
            missing << tr("\"isOffDay\" (true or false)");
        if (!missing.isEmpty()) {
            problems << tr("Day %1 of the list has no %2.")
                            .arg(entry)
                            .arg(QLocale().createSeparatedList(missing));
            continue;
        }
        const QDate parsed = QDate::fromString(date.toString(), Qt::ISODate);
        if (!isoDate.match(date.toString()).hasMatch() || !parsed.isValid()) {
            problems << tr("Day %1 of the list: \"%2\" is not a date written as YYYY-MM-DD.")
                            .arg(entry)
                            .arg(date.toString());
            continue;
        }
        data.days.push_back({parsed, offDay.toBool(), name.toString().trimmed()});
    }
    // The rules of a sound year, unless the file is too broken for them to say anything.
    if (yearOk && days.isArray() && (!data.days.isEmpty() || entry == 0))
        problems += problemsOf(data);
    if (!problems.isEmpty())
        return refusal(fileName, problems);
    std::sort(data.days.begin(), data.days.end(),
              [](const CalendarDay& a, const CalendarDay& b) { return a.date < b.date; });
    return data;
}

QVector<int> HolidayFile::builtInYears()
{
    static const QVector<int> years = [] {
        QVector<int> list;
        static const QRegularExpression name(QStringLiteral("^(\\d{4})\\.json$"));
        QDirIterator it(QStringLiteral(":/civicdesk/calendar"));
        while (it.hasNext()) {
            it.next();
            const auto m = name.match(it.fileName());
            if (m.hasMatch())
                list << m.captured(1).toInt();
        }
        std::sort(list.begin(), list.end());
        return list;
    }();
    return years;
}

Result<CalendarYearData> HolidayFile::builtIn(int year)
{
    return read(QStringLiteral(":/civicdesk/calendar/%1.json").arg(year));
}

} // namespace civicdesk
