#include "LimitDisplay.h"

#include <QHash>
#include <QPainter>
#include <QPixmap>

namespace civicdesk {

QColor LimitDisplay::color(Light light)
{
    switch (light) {
    case Light::Green:
        return QColor(0x2e, 0x7d, 0x32);
    case Light::Yellow:
        return QColor(0xf9, 0xa8, 0x25);
    case Light::Red:
        return QColor(0xc6, 0x28, 0x28);
    case Light::None:
        break;
    }
    return QColor(0xb0, 0xb7, 0xbf);
}

QIcon LimitDisplay::icon(Light light, bool suspended)
{
    static QHash<int, QIcon> cache;
    const int key = int(light) * 2 + (suspended ? 1 : 0);
    auto it = cache.constFind(key);
    if (it != cache.constEnd())
        return it.value();
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(color(light).darker(130), 2));
    p.setBrush(color(light));
    p.drawEllipse(QRectF(4, 4, 24, 24));
    if (suspended) {
        // A pause sign: the clock stands still.
        p.setPen(Qt::NoPen);
        p.setBrush(Qt::white);
        p.drawRect(QRectF(11, 10, 4, 12));
        p.drawRect(QRectF(17, 10, 4, 12));
    }
    p.end();
    const QIcon icon(pixmap);
    cache.insert(key, icon);
    return icon;
}

QString LimitDisplay::word(Light light, bool suspended, bool statutoryOverdue)
{
    if (suspended)
        return tr("suspended");
    if (statutoryOverdue)
        return tr("past statutory");
    switch (light) {
    case Light::Red:
        return tr("overdue");
    case Light::Yellow:
        return tr("near");
    case Light::Green:
        return tr("on time");
    case Light::None:
        break;
    }
    return QString();
}

QString LimitDisplay::daysLeft(int days)
{
    if (days > 0)
        return tr("%n working day(s) left", nullptr, days);
    if (days == 0)
        return tr("due today");
    return tr("%n working day(s) overdue", nullptr, -days);
}

QString LimitDisplay::dueText(const LimitState& limit)
{
    if (!limit.due.isValid())
        return QString();
    if (limit.light == Light::None)
        return date(limit.due);
    return tr("%1 · %2").arg(date(limit.due), daysLeft(limit.daysLeft));
}

QString LimitDisplay::compactDue(const LimitState& limit)
{
    if (!limit.due.isValid())
        return QString();
    if (limit.light == Light::None)
        return date(limit.due);
    QString left;
    if (limit.daysLeft > 0)
        left = tr("%n left", "working days left", limit.daysLeft);
    else if (limit.daysLeft == 0)
        left = tr("due today");
    else
        left = tr("%n overdue", "working days overdue", -limit.daysLeft);
    return tr("%1 · %2").arg(date(limit.due), left);
}

// ISO dates, as on the paper forms and in the rest of the program: "11/4/26" reads
// differently in every locale, 2026-11-04 reads the same to everyone.
QString LimitDisplay::date(const QDate& d)
{
    return d.isValid() ? d.toString(QStringLiteral("yyyy-MM-dd")) : QString();
}

QString LimitDisplay::dateTime(const QDateTime& t)
{
    return t.isValid() ? t.toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

} // namespace civicdesk
