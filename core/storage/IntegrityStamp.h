#pragma once

// What CivicDesk remembers of a SQLite file's soundness between runs, in a side file next to
// it ("<db>-checked"): when the file last passed a whole-file check (PRAGMA quick_check), and
// how the file looked when CivicDesk last closed it cleanly (size, modification time, and the
// change counter in its header).
//
// A quick_check reads every page: under a second on a new center's file, about a minute on
// years of history (1,000,000 cases, 23 GB). Database::open reads the whole file only when
// there is a reason to (see Database::reasonToReadWhole): the file is small, it has no stamp,
// it differs from its stamp (a crash, or another program wrote to it), a journal or WAL is
// beside it (a crash, or another program has it open), or the last whole check is older than
// a week. A file that failed its check loses its stamp, so it is checked again at every
// opening and no write reaches it until it passes.

#include <QDateTime>
#include <QString>

#include <optional>

namespace civicdesk {

// The parts of a file that every write by SQLite changes.
struct FileFingerprint {
    qint64 size = -1;
    qint64 modifiedMs = -1;     // milliseconds since the epoch
    quint32 changeCounter = 0;  // SQLite header bytes 24–27 (every commit in rollback mode)

    static FileFingerprint of(const QString& path);
    bool operator==(const FileFingerprint& o) const
    {
        return size == o.size && modifiedMs == o.modifiedMs && changeCounter == o.changeCounter;
    }
    bool operator!=(const FileFingerprint& o) const { return !(*this == o); }
};

struct IntegrityStamp {
    QDateTime checkedAt;      // UTC: the last whole-file check that passed
    FileFingerprint closedAs; // the file when CivicDesk last closed it

    static QString pathFor(const QString& databasePath);
    // The stamp of databasePath; nothing when there is none or it cannot be read.
    static std::optional<IntegrityStamp> read(const QString& databasePath);
    // Replaces the stamp in one step (a crash leaves the old one or the new one). False when
    // the folder cannot be written: the next opening then checks the whole file, as it must.
    bool write(const QString& databasePath) const;
    static void remove(const QString& databasePath);
};

} // namespace civicdesk
