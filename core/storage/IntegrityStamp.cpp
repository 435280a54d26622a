#include "IntegrityStamp.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QtEndian>

namespace civicdesk {

FileFingerprint FileFingerprint::of(const QString& path)
{
    FileFingerprint f;
    const QFileInfo info(path);
    if (!info.exists())
        return f;
    f.size = info.size();
    f.modifiedMs = info.lastModified().toMSecsSinceEpoch();
    QFile file(path);
    if (file.open(QIODevice::ReadOnly)) {
        const QByteArray header = file.read(28);
        if (header.size() == 28)
            f.changeCounter = qFromBigEndian<quint32>(header.constData() + 24);
    }
    return f;
}

QString IntegrityStamp::pathFor(const QString& databasePath)
{
    return databasePath + QStringLiteral("-checked");
}

std::optional<IntegrityStamp> IntegrityStamp::read(const QString& databasePath)
{
    QFile file(pathFor(databasePath));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject o = QJsonDocument::fromJson(file.read(4096)).object();
    IntegrityStamp s;
    s.checkedAt = QDateTime::fromString(o.value(QStringLiteral("checkedAt")).toString(), Qt::ISODate);
    s.closedAs.size = qint64(o.value(QStringLiteral("size")).toDouble(-1));
    s.closedAs.modifiedMs = qint64(o.value(QStringLiteral("modifiedMs")).toDouble(-1));
    s.closedAs.changeCounter = quint32(o.value(QStringLiteral("changeCounter")).toDouble(0));
    if (!s.checkedAt.isValid() || s.closedAs.size < 0 || s.closedAs.modifiedMs < 0)
        return std::nullopt;
    return s;
}

bool IntegrityStamp::write(const QString& databasePath) const
{
    const QJsonObject o{
        {QStringLiteral("checkedAt"), checkedAt.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("size"), double(closedAs.size)},
        {QStringLiteral("modifiedMs"), double(closedAs.modifiedMs)},
        {QStringLiteral("changeCounter"), double(closedAs.changeCounter)},
    };
    QSaveFile file(pathFor(databasePath));
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(QJsonDocument(o).toJson(QJsonDocument::Compact));
    return file.commit();
}

void IntegrityStamp::remove(const QString& databasePath)
{
    QFile::remove(pathFor(databasePath));
}

} // namespace civicdesk
