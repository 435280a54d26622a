#include "DatabaseSetup.h"

#include "Meta.h"

#include "Clock.h"
#include "calendar/CalendarService.h"

#include <QFileInfo>

namespace civicdesk {

Result<PreparedDatabase> prepareDatabase(const ConnectionSpec& spec, const Clock& clock,
                                         OpenOptions options)
{
    const bool existed = !spec.isSqlite() || QFileInfo::exists(spec.path);
    auto db = Database::open(spec, options);
    if (!db)
        return db.error();
    PreparedDatabase prepared;
    prepared.db = db.take();
    Migrator migrator(*prepared.db, clock);
    auto report = migrator.migrate();
    if (!report)
        return report.error();
    prepared.migration = report.value();
    prepared.created = !existed || report.value().fromVersion == 0;
    CIVICDESK_TRY(Meta::ensureIdentity(*prepared.db, clock));
    CIVICDESK_TRY(CalendarService::seedBuiltInYears(*prepared.db, clock).status());
    return prepared;
}

} // namespace civicdesk

namespace civicdesk {

Result<QString> probeDatabase(const ConnectionSpec& spec)
{
    if (spec.isSqlite() && !QFileInfo::exists(spec.path)) {
        const QFileInfo folder(QFileInfo(spec.path).absolutePath());
        if (!folder.isDir())
            return Error(ErrorKind::ConnectionFailed,
                         Migrator::tr("The folder %1 does not exist (is the share connected?).")
                             .arg(folder.absoluteFilePath()));
        if (!folder.isWritable())
            return Error(ErrorKind::ReadOnly,
                         Migrator::tr("The folder %1 cannot be written with your account.")
                             .arg(folder.absoluteFilePath()));
        return Migrator::tr("There is no database there yet; CivicDesk will create a new one "
                            "when it starts.");
    }
    auto db = Database::open(spec);
    if (!db)
        return db.error();
    SystemClock clock;
    Migrator migrator(*db.value(), clock);
    auto version = migrator.currentVersion();
    if (!version)
        return version.error();
    const int latest = Migrator::latestVersion();
    if (version.value() > latest)
        return Error(ErrorKind::SchemaTooNew,
                     Migrator::tr("The database was written by a newer CivicDesk (schema version "
                                  "%1; this program knows up to %2).")
                         .arg(version.value())
                         .arg(latest));
    if (version.value() == 0)
        return Migrator::tr("Connected. The database is empty; CivicDesk will set it up when it "
                            "starts.");
    if (version.value() < latest)
        return Migrator::tr("Connected. The database (schema version %1) will be upgraded to "
                            "version %2, after a backup, when CivicDesk starts.")
            .arg(version.value())
            .arg(latest);
    return Migrator::tr("Connected. The database is up to date (schema version %1).")
        .arg(version.value());
}

} // namespace civicdesk
