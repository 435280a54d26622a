#include "Clock.h"

#include <QtGlobal>

namespace civicdesk {

SystemClock::SystemClock()
{
    const QByteArray fake = qgetenv("CIVICDESK_FAKE_NOW");
    if (!fake.isEmpty()) {
        const QDateTime start = QDateTime::fromString(QString::fromLatin1(fake), Qt::ISODate);
        if (start.isValid())
            m_offsetMs = QDateTime::currentDateTime().msecsTo(start);
    }
}

QDateTime SystemClock::now() const
{
    return QDateTime::currentDateTime().addMSecs(m_offsetMs);
}

QString toDbTimestamp(const QDateTime& t)
{
    return t.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
}

QDateTime fromDbTimestamp(const QString& s)
{
    QDateTime t = QDateTime::fromString(s, QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
    if (!t.isValid())
        t = QDateTime::fromString(s, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    return t;
}

QString toDbDate(const QDate& d)
{
    return d.toString(Qt::ISODate);
}

QDate fromDbDate(const QString& s)
{
    return QDate::fromString(s.left(10), Qt::ISODate);
}

} // namespace civicdesk
