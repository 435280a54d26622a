#pragma once

// Which database to open: a local SQLite file, a SQLite file on a LAN share, or a
// PostgreSQL server. Built from the per-PC settings or from the command line.

#include "Result.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace civicdesk {

class Config;

enum class StorageMode { Local, Shared, Server };

QString storageModeName(StorageMode mode);
std::optional<StorageMode> parseStorageMode(const QString& name);

struct ConnectionSpec {
    Q_DECLARE_TR_FUNCTIONS(ConnectionSpec)
public:
    StorageMode mode = StorageMode::Local;
    QString path;   // the SQLite file (local and shared modes)
    QString server; // libpq key=value connection string (server mode)

    static ConnectionSpec local(const QString& path) { return {StorageMode::Local, path, {}}; }
    static ConnectionSpec shared(const QString& path) { return {StorageMode::Shared, path, {}}; }
    static ConnectionSpec postgres(const QString& conn) { return {StorageMode::Server, {}, conn}; }

    // civicdesk.sqlite in the user's data folder (QStandardPaths::AppDataLocation).
    static QString defaultLocalPath();
    static Result<ConnectionSpec> fromConfig(const Config& config);
    void saveTo(Config& config) const;

    bool isSqlite() const { return mode != StorageMode::Server; }
    bool isDefaultLocal() const;
    // For messages and the status bar: the file, or user@host:port/dbname (never a password).
    QString describe() const;
};

// A parsed libpq connection string ("host=127.0.0.1 port=5432 dbname=cd user=cd").
struct PgConnectionParams {
    QString host;
    int port = 5432;
    QString dbname;
    QString user;
    QString password;
    QStringList otherOptions; // key=value pairs handed to libpq unchanged

    static Result<PgConnectionParams> parse(const QString& conn);
};

} // namespace civicdesk
