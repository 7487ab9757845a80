#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace copydesk {

class Database;
class Store;

// Safety copies of a store in the folder "backups" beside it: automatic daily and pre-migration
// copies (the newest Keep are kept), checking a copy, and putting a good copy back in place of a
// damaged store (which is moved aside, never overwritten).
//
// Backups are named <store name>-<yyyyMMdd-HHmmsszzz>[-<tag>].sqlite3, in UTC.
class Backup
{
    Q_DECLARE_TR_FUNCTIONS(Backup)

public:
    static constexpr int Keep = 7;
    static constexpr qint64 IntervalMs = qint64(24) * 60 * 60 * 1000;

    static QString folderFor(const QString &storePath);
    // A new, unused file name in folderFor(storePath); tag is a plain word such as "before-v2".
    static QString newBackupPath(const QString &storePath, const QString &tag = {});
    // The backups of this store, newest first.
    static QStringList backupsOf(const QString &storePath);

    // The SQLite online backup of source's main database into target (a new file, written under
    // a temporary name and renamed when complete), in rollback-journal mode so the copy is one
    // self-contained file. Refuses an existing target.
    static bool copyDatabase(Database &source, const QString &target, QString *error);
    // Opens the file read-only: a Copydesk store that passes PRAGMA quick_check. problem says why not.
    static bool verify(const QString &file, QString *problem);

    // A new verified backup of the open store, then prune(). A copy that fails verification is
    // deleted and reported: the store itself is damaged (older backups are all kept then).
    static bool backupNow(Store &store, const QString &tag, QString *made, QString *error);
    // backupNow() when the newest backup is older than IntervalMs (or there is none); made stays
    // empty when none was due. The whole store is copied: call it off the GUI thread, on a Store
    // of its own (writers on other connections are not held up).
    static bool backupIfDue(Store &store, QString *made, QString *error);
    // Deletes all but the newest keep backups of the store.
    static void prune(const QString &storePath, int keep = Keep);

    // The newest backup that verifies; empty when there is none.
    static QString newestGoodBackup(const QString &storePath);
    // Moves the store (and its -wal/-shm) aside to <store>.damaged-<yyyyMMdd-HHmmss>, then copies
    // the verified backup to the store's path. movedAside gets the new name of the old store
    // (empty when there was none). On failure the store is left (or put back) where it was.
    static bool restore(const QString &backupFile, const QString &storePath, QString *movedAside,
                        QString *error);
};

} // namespace copydesk
