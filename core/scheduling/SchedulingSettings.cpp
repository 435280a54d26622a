#include "SchedulingSettings.h"

#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QHash>

namespace civicdesk {

namespace {

const QString kPrefix = QStringLiteral("scheduling.");

QTime timeOr(const QHash<QString, QString>& v, const char* key, QTime fallback)
{
    const QTime t = QTime::fromString(v.value(kPrefix + QLatin1String(key)), QStringLiteral("HH:mm"));
    return t.isValid() ? t : fallback;
}

int intOr(const QHash<QString, QString>& v, const char* key, int fallback, int min, int max)
{
    bool ok = false;
    const int n = v.value(kPrefix + QLatin1String(key)).toInt(&ok);
    return ok && n >= min && n <= max ? n : fallback;
}

} // namespace

Result<SchedulingSettings> SchedulingSettings::load(const Database& db)
{
    auto q = db.exec(QStringLiteral("SELECT key, value FROM center_settings WHERE key LIKE ?"),
                     {kPrefix + QLatin1Char('%')});
    if (!q)
        return q.error();
    QHash<QString, QString> v;
    while (q.value().next())
        v.insert(q.value().value(0).toString(), q.value().value(1).toString());
    SchedulingSettings s;
    s.morningStart = timeOr(v, "morning_start", s.morningStart);
    s.morningEnd = timeOr(v, "morning_end", s.morningEnd);
    s.afternoonStart = timeOr(v, "afternoon_start", s.afternoonStart);
    s.afternoonEnd = timeOr(v, "afternoon_end", s.afternoonEnd);
    s.dayClose = timeOr(v, "day_close", s.dayClose);
    s.normalPerPriority = intOr(v, "normal_per_priority", s.normalPerPriority, 0, 20);
    s.callsBeforeNoShow = intOr(v, "calls_before_no_show", s.callsBeforeNoShow, 1, 10);
    s.targetWaitMinutes = intOr(v, "target_wait_minutes", s.targetWaitMinutes, 1, 240);
    s.defaultServiceMinutes =
        intOr(v, "default_service_minutes", int(s.defaultServiceMinutes), 1, 240);
    const QString classes = v.value(kPrefix + QLatin1String("priority_classes"));
    if (v.contains(kPrefix + QLatin1String("priority_classes")))
        s.priorityClasses = classes.split(QLatin1Char(','), Qt::SkipEmptyParts);
    s.boardNotice = v.value(kPrefix + QLatin1String("board_notice"));
    return s;
}

Status SchedulingSettings::save(Transaction& tx) const
{
    const QList<QPair<QString, QString>> values = {
        {QStringLiteral("morning_start"), morningStart.toString(QStringLiteral("HH:mm"))},
        {QStringLiteral("morning_end"), morningEnd.toString(QStringLiteral("HH:mm"))},
        {QStringLiteral("afternoon_start"), afternoonStart.toString(QStringLiteral("HH:mm"))},
        {QStringLiteral("afternoon_end"), afternoonEnd.toString(QStringLiteral("HH:mm"))},
        {QStringLiteral("day_close"), dayClose.toString(QStringLiteral("HH:mm"))},
        {QStringLiteral("normal_per_priority"), QString::number(normalPerPriority)},
        {QStringLiteral("calls_before_no_show"), QString::number(callsBeforeNoShow)},
        {QStringLiteral("target_wait_minutes"), QString::number(targetWaitMinutes)},
        {QStringLiteral("default_service_minutes"), QString::number(int(defaultServiceMinutes))},
        {QStringLiteral("priority_classes"), priorityClasses.join(QLatin1Char(','))},
        {QStringLiteral("board_notice"), boardNotice},
    };
    for (const auto& [key, value] : values) {
        CIVICDESK_TRY(tx.exec(QStringLiteral("INSERT INTO center_settings (key, value) VALUES (?, ?) "
                                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                              {kPrefix + key, value})
                          .status());
    }
    return {};
}

QString SchedulingSettings::priorityName(const QString& key)
{
    if (key == QLatin1String("elderly"))
        return tr("Elderly");
    if (key == QLatin1String("disabled"))
        return tr("Disabled");
    if (key == QLatin1String("military"))
        return tr("Military");
    if (key == QLatin1String("pregnant"))
        return tr("Pregnant");
    if (key == QLatin1String("appointment"))
        return tr("Appointment");
    return key;
}

Shift SchedulingSettings::shiftAt(const QTime& t) const
{
    return t < morningEnd ? Shift::Morning : Shift::Afternoon;
}

} // namespace civicdesk
