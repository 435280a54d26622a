#include "ConnectionSpec.h"

#include "Config.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace civicdesk {

QString storageModeName(StorageMode mode)
{
    switch (mode) {
    case StorageMode::Local:
        return QStringLiteral("local");
    case StorageMode::Shared:
        return QStringLiteral("shared");
    case StorageMode::Server:
        return QStringLiteral("server");
    }
    return {};
}

std::optional<StorageMode> parseStorageMode(const QString& name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("local"))
        return StorageMode::Local;
    if (n == QLatin1String("shared"))
        return StorageMode::Shared;
    if (n == QLatin1String("server") || n == QLatin1String("postgres"))
        return StorageMode::Server;
    return std::nullopt;
}

QString ConnectionSpec::defaultLocalPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("civicdesk.sqlite"));
}

Result<ConnectionSpec> ConnectionSpec::fromConfig(const Config& config)
{
    const auto mode = parseStorageMode(config.getString(Config::Key::StorageMode));
    if (!mode) {
        return Error(ErrorKind::Invalid,
                     tr("The storage mode \"%1\" in the settings is not one of local, shared "
                        "or server.")
                         .arg(config.getString(Config::Key::StorageMode)));
    }
    switch (*mode) {
    case StorageMode::Local: {
        const QString path = config.getString(Config::Key::LocalDatabasePath);
        return local(path.isEmpty() ? defaultLocalPath() : path);
    }
    case StorageMode::Shared: {
        const QString path = config.getString(Config::Key::SharedDatabasePath);
        if (path.isEmpty())
            return Error(ErrorKind::Invalid,
                         tr("Shared mode is chosen but no shared database file is set."));
        return shared(path);
    }
    case StorageMode::Server: {
        const QString conn = config.getString(Config::Key::ServerConnection);
        if (conn.isEmpty())
            return Error(ErrorKind::Invalid,
                         tr("Server mode is chosen but no PostgreSQL connection is set."));
        return postgres(conn);
    }
    }
    return Error(ErrorKind::Internal, tr("Unknown storage mode."));
}

void ConnectionSpec::saveTo(Config& config) const
{
    config.set(Config::Key::StorageMode, storageModeName(mode));
    switch (mode) {
    case StorageMode::Local:
        config.set(Config::Key::LocalDatabasePath, isDefaultLocal() ? QString() : path);
        break;
    case StorageMode::Shared:
        config.set(Config::Key::SharedDatabasePath, path);
        break;
    case StorageMode::Server:
        config.set(Config::Key::ServerConnection, server);
        break;
    }
}

bool ConnectionSpec::isDefaultLocal() const
{
    return mode == StorageMode::Local &&
           QFileInfo(path).absoluteFilePath() == QFileInfo(defaultLocalPath()).absoluteFilePath();
}

QString ConnectionSpec::describe() const
{
    if (isSqlite())
        return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    const auto params = PgConnectionParams::parse(server);
    if (!params)
        return tr("PostgreSQL (unreadable connection string)");
    QString who = params->user.isEmpty() ? QString() : params->user + QLatin1Char('@');
    QString host = params->host.isEmpty() ? QStringLiteral("localhost") : params->host;
    return QStringLiteral("postgresql://%1%2:%3/%4")
        .arg(who, host, QString::number(params->port), params->dbname);
}

Result<PgConnectionParams> PgConnectionParams::parse(const QString& conn)
{
    PgConnectionParams p;
    int i = 0;
    const int n = conn.size();
    auto skipSpaces = [&] {
        while (i < n && conn.at(i).isSpace())
            ++i;
    };
    skipSpaces();
    while (i < n) {
        const int eq = conn.indexOf(QLatin1Char('='), i);
        if (eq < 0) {
            return Error(ErrorKind::Invalid,
                         ConnectionSpec::tr("The PostgreSQL connection \"%1\" is not in the form "
                                            "key=value, for example \"host=db1 port=5432 "
                                            "dbname=civicdesk user=clerk\".")
                             .arg(conn));
        }
        const QString key = conn.mid(i, eq - i).trimmed();
        i = eq + 1;
        QString value;
        if (i < n && conn.at(i) == QLatin1Char('\'')) {
            ++i;
            while (i < n && conn.at(i) != QLatin1Char('\'')) {
                if (conn.at(i) == QLatin1Char('\\') && i + 1 < n)
                    ++i;
                value += conn.at(i++);
            }
            ++i; // closing quote
        } else {
            while (i < n && !conn.at(i).isSpace())
                value += conn.at(i++);
        }
        if (key == QLatin1String("host") || key == QLatin1String("hostaddr"))
            p.host = value;
        else if (key == QLatin1String("port"))
            p.port = value.toInt();
        else if (key == QLatin1String("dbname"))
            p.dbname = value;
        else if (key == QLatin1String("user"))
            p.user = value;
        else if (key == QLatin1String("password"))
            p.password = value;
        else
            p.otherOptions << key + QLatin1Char('=') + value;
        skipSpaces();
    }
    if (p.port <= 0 || p.port > 65535)
        return Error(ErrorKind::Invalid,
                     ConnectionSpec::tr("The PostgreSQL port must be a number from 1 to 65535."));
    return p;
}

} // namespace civicdesk
