#include "store/storeopener.h"

#include "search/bigramtokenizer.h"
#include "sqlite/database.h"
#include "sqlite/transaction.h"
#include "store/articlelisting.h"
#include "store/articlerows.h"
#include "store/backup.h"
#include "store/storeschema.h"
#include "store/storevalues.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QMutexLocker>
#include <QSet>
#include <QtEndian>

#include <sqlite3.h>
#include <sys/stat.h>

namespace copydesk {

namespace {

// How long open() waits for another writer before calling the store locked, and how long
// later writes wait.
constexpr int LockWaitMs = 1000;
constexpr int BusyTimeoutMs = 5000;
// The database header plus the start of page 1's b-tree header.
constexpr int HeaderSize = 108;
// Up to 32 MiB of page cache a connection (SQLite's default is 2 MiB), filled only as pages are
// read: at 30k articles the bulk insert ran 22 % faster with the B-trees' upper pages and the
// search index's newest segments kept (docs/benchmarks.md).
const QString CacheSizePragma = QStringLiteral("PRAGMA cache_size = -32768");

// A quick_check this process ran moments ago on the very same, unchanged file is not run again:
// the window's connection and the Autosaver's open one after the other at start-up (~20 ms of
// the start-up for a 1k-article store, docs/benchmarks.md).
constexpr qint64 CheckReuseMs = 10000;

struct CheckedFile
{
    QByteArray identity; // device, inode, size and modification time to the nanosecond
    QElapsedTimer since;
};

QByteArray fileIdentity(const QString &path)
{
    struct stat info;
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return {};
    return QByteArray::number(qulonglong(info.st_dev)) + ':' + QByteArray::number(qulonglong(info.st_ino))
        + ':' + QByteArray::number(qlonglong(info.st_size)) + ':'
        + QByteArray::number(qlonglong(info.st_mtim.tv_sec)) + '.'
        + QByteArray::number(qlonglong(info.st_mtim.tv_nsec));
}

QMutex checkedMutex;
QHash<QString, CheckedFile> checkedFiles;

bool checkedMomentsAgo(const QString &path)
{
    const QByteArray identity = fileIdentity(path);
    QMutexLocker locker(&checkedMutex);
    const auto found = checkedFiles.constFind(path);
    return !identity.isEmpty() && found != checkedFiles.cend() && found->identity == identity
        && !found->since.hasExpired(CheckReuseMs);
}

void rememberChecked(const QString &path)
{
    CheckedFile checked{fileIdentity(path), {}};
    checked.since.start();
    QMutexLocker locker(&checkedMutex);
    checkedFiles.insert(path, checked);
}

// The stores whose check StoreOpener::checkDeferred() owes (guarded by checkedMutex).
QSet<QString> deferredChecks;

bool isDeferred(const QString &path)
{
    QMutexLocker locker(&checkedMutex);
    return deferredChecks.contains(QFileInfo(path).absoluteFilePath());
}

// PRAGMA quick_check(1) on stores up to Store::QuickCheckMaxBytes, unless run moments ago or
// deferred.
bool quickCheck(Database &db, const QString &path, QString *verdict, QString *error)
{
    *verdict = QStringLiteral("ok");
    if (QFileInfo(path).size() > Store::QuickCheckMaxBytes || checkedMomentsAgo(path) || isDeferred(path))
        return true;
    if (!db.queryText(QStringLiteral("PRAGMA quick_check(1)"), verdict, error))
        return false;
    if (*verdict == QLatin1String("ok"))
        rememberChecked(path);
    return true;
}

Store::OpenProblem problemOf(const Database &db, Store::OpenProblem fallback)
{
    switch (db.lastErrorCode()) {
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return Store::OpenProblem::Damaged;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return Store::OpenProblem::Locked;
    default:
        return fallback;
    }
}

// Root ignores permission bits, so a file or folder whose owner cleared its write bit counts as
// read-only too: Copydesk must not write where the user said not to.
bool isWritable(const QFileInfo &info)
{
    return info.isWritable() && (info.permissions() & QFileDevice::WriteOwner);
}

QString foreignDatabase(const QString &path)
{
    return Store::tr("Cannot open the store “%1”: it is an SQLite database of another application, "
                     "not a Copydesk store.")
        .arg(StoreValues::shown(path));
}

QString newerStore(const QString &path, qint64 version)
{
    return Store::tr("Cannot open the store “%1”: it was created by a newer version of Copydesk "
                     "(store version %2; this version reads up to %3). Update Copydesk to open it.")
        .arg(StoreValues::shown(path))
        .arg(version)
        .arg(Store::SchemaVersion);
}

QString lockedStore(const QString &path)
{
    return Store::tr("Cannot open the store “%1”: another program (or another Copydesk window) is "
                     "writing to it right now. Close it and try again.")
        .arg(StoreValues::shown(path));
}

} // namespace

std::unique_ptr<Database> StoreOpener::openForWriting(const QString &path, Store::OpenProblem *problem,
                                                      QString *error)
{
    *problem = Store::OpenProblem::None;
    if (path.isEmpty()) {
        *problem = Store::OpenProblem::Other;
        if (error)
            *error = Store::tr("Cannot open the store: no file was given.");
        return nullptr;
    }
    const QFileInfo info(path);
    bool created = false;
    if (info.exists()) {
        if (!checkExisting(path, false, problem, error))
            return nullptr;
    } else {
        const QString folder = info.absolutePath();
        if (!QDir().mkpath(folder)) {
            *problem = Store::OpenProblem::Other;
            if (error) {
                *error = Store::tr("Cannot create the store “%1”: the folder “%2” cannot be created.")
                             .arg(StoreValues::shown(path), QDir::toNativeSeparators(folder));
            }
            return nullptr;
        }
        if (!isWritable(QFileInfo(folder))) {
            *problem = Store::OpenProblem::ReadOnly;
            if (error) {
                *error = Store::tr("Cannot create the store “%1”: the folder “%2” is read-only.")
                             .arg(StoreValues::shown(path), QDir::toNativeSeparators(folder));
            }
            return nullptr;
        }
        created = true;
    }
    auto db = initialize(path, problem, error);
    if (!db && created)
        QFile::remove(path);
    return db;
}

std::unique_ptr<Database> StoreOpener::openForReading(const QString &path, Store::OpenProblem *problem,
                                                      QString *error)
{
    *problem = Store::OpenProblem::None;
    const QFileInfo info(path);
    if (path.isEmpty() || !info.exists()) {
        *problem = Store::OpenProblem::Other;
        if (error) {
            *error = path.isEmpty() ? Store::tr("Cannot open the store: no file was given.")
                                    : Store::tr("Cannot open the store “%1”: the file does not exist.")
                                          .arg(StoreValues::shown(path));
        }
        return nullptr;
    }
    if (!checkExisting(path, true, problem, error))
        return nullptr;
    return initializeReadOnly(path, problem, error);
}

// Checks an existing file before SQLite opens it for writing: its header (read through SQLite's
// own file layer), then whether we may write there at all.
bool StoreOpener::checkExisting(const QString &path, bool readOnly, Store::OpenProblem *problem,
                                QString *error)
{
    const QFileInfo info(path);
    if (info.isDir()) {
        *problem = Store::OpenProblem::NotAStore;
        if (error)
            *error = Store::tr("Cannot open the store “%1”: it is a folder, not a file.").arg(StoreValues::shown(path));
        return false;
    }
    QByteArray header;
    qint64 size = 0;
    QString why;
    if (!Database::readHeader(path, HeaderSize, &header, &size, &why)) {
        *problem = Store::OpenProblem::Other;
        if (error) {
            *error = Store::tr("Cannot open the store “%1”: the file cannot be read (%2).")
                         .arg(StoreValues::shown(path), why);
        }
        return false;
    }

    if (size == 0 && readOnly) {
        *problem = Store::OpenProblem::NotAStore;
        if (error) {
            *error = Store::tr("Cannot open the store “%1”: the file is empty, not a Copydesk store.")
                         .arg(StoreValues::shown(path));
        }
        return false;
    }
    // An empty file is a new store; anything else must be an SQLite database that is ours or empty.
    if (size > 0) {
        static const QByteArray magic("SQLite format 3", 16); // with its trailing NUL
        if (!header.startsWith(magic)) {
            *problem = Store::OpenProblem::NotAStore;
            if (error) {
                *error = Store::tr("Cannot open the store “%1”: the file is not a Copydesk store "
                            "(it is not an SQLite database).")
                             .arg(StoreValues::shown(path));
            }
            return false;
        }
        if (header.size() < HeaderSize) {
            *problem = Store::OpenProblem::Damaged;
            if (error) {
                *error = Store::tr("Cannot open the store “%1”: the file is damaged (its SQLite header "
                            "is cut short).")
                             .arg(StoreValues::shown(path));
            }
            return false;
        }
        // The header's user_version (offset 60) can lag behind a WAL that was not checkpointed;
        // initialize() checks again under the write lock.
        const auto version = qFromBigEndian<qint32>(header.constData() + 60);
        const auto applicationId = qFromBigEndian<qint32>(header.constData() + 68);
        if (applicationId != 0 && applicationId != Store::ApplicationId) {
            *problem = Store::OpenProblem::ForeignDatabase;
            if (error)
                *error = foreignDatabase(path);
            return false;
        }
        if (applicationId == Store::ApplicationId && version > Store::SchemaVersion) {
            *problem = Store::OpenProblem::NewerVersion;
            if (error)
                *error = newerStore(path, version);
            return false;
        }
        // Without Copydesk's id only an empty database is acceptable: page 1, the schema's
        // b-tree, must be a leaf (0x0D) with no cells. Read from the header rather than through
        // SQLite, which would leave -wal/-shm files beside a WAL-mode database.
        const bool emptySchema = quint8(header.at(100)) == 0x0D
            && qFromBigEndian<quint16>(header.constData() + 103) == 0;
        if (applicationId == 0 && (!emptySchema || version != 0 || readOnly)) {
            *problem = Store::OpenProblem::ForeignDatabase;
            if (error)
                *error = foreignDatabase(path);
            return false;
        }
    }
    if (readOnly)
        return true;

    if (!isWritable(info)) {
        *problem = Store::OpenProblem::ReadOnly;
        if (error) {
            *error = Store::tr("Cannot open the store “%1”: the file is read-only. Copydesk saves "
                        "continuously and must be able to write to it; make it writable or "
                        "choose another store.")
                         .arg(StoreValues::shown(path));
        }
        return false;
    }
    const QFileInfo folder(info.absolutePath());
    if (!isWritable(folder)) {
        *problem = Store::OpenProblem::ReadOnly;
        if (error) {
            *error = Store::tr("Cannot open the store “%1”: its folder “%2” is read-only, and Copydesk "
                        "must create its journal files beside the store.")
                         .arg(StoreValues::shown(path), QDir::toNativeSeparators(folder.absoluteFilePath()));
        }
        return false;
    }
    return true;
}

// Opens read-write, takes the write lock, re-checks identity and version under it, migrates,
// and only then switches to WAL and sets the connection's pragmas.
std::unique_ptr<Database> StoreOpener::initialize(const QString &path, Store::OpenProblem *problem,
                                                  QString *error)
{
    auto db = std::make_unique<Database>();
    QString why;
    const auto mode = QFileInfo::exists(path) ? Database::Mode::ReadWrite
                                              : Database::Mode::ReadWriteCreate;
    if (!db->open(path, mode, &why) || !BigramTokenizer::registerWith(db->handle(), &why)) {
        *problem = problemOf(*db, Store::OpenProblem::Other);
        if (error)
            *error = Store::tr("Cannot open the store “%1”: %2").arg(StoreValues::shown(path), why);
        return nullptr;
    }
    // Until the store is validated, closing must not merge someone's WAL into the main file. A
    // WAL that only this connection created holds no frames: closing normally merges nothing and
    // removes it (and the -shm) instead of leaving them behind.
    db->setCheckpointOnClose(!QFileInfo::exists(path + QStringLiteral("-wal")));
    db->setBusyTimeout(LockWaitMs);

    Transaction transaction(*db);
    if (!transaction.begin(&why)) {
        *problem = problemOf(*db, Store::OpenProblem::Other);
        if (error) {
            *error = db->lastErrorWasBusy()
                ? lockedStore(path)
                : Store::tr("Cannot open the store “%1”: %2").arg(StoreValues::shown(path), why);
        }
        return nullptr;
    }
    qint64 applicationId = 0;
    qint64 version = 0;
    qint64 tables = 0;
    if (!db->queryInt64(QStringLiteral("PRAGMA application_id"), &applicationId, &why)
        || !db->queryInt64(QStringLiteral("PRAGMA user_version"), &version, &why)
        || !db->queryInt64(QStringLiteral("SELECT count(*) FROM sqlite_master"), &tables, &why)) {
        *problem = Store::OpenProblem::Damaged;
        if (error) {
            *error = Store::tr("Cannot open the store “%1”: the file is damaged (%2).")
                         .arg(StoreValues::shown(path), why);
        }
        return nullptr;
    }
    if (applicationId != Store::ApplicationId && (applicationId != 0 || tables > 0 || version != 0)) {
        *problem = Store::OpenProblem::ForeignDatabase;
        if (error)
            *error = foreignDatabase(path);
        return nullptr;
    }
    if (version > Store::SchemaVersion) {
        *problem = Store::OpenProblem::NewerVersion;
        if (error)
            *error = newerStore(path, version);
        return nullptr;
    }
    if (version < Store::SchemaVersion) {
        // A store with content is copied aside before its schema changes. The copy reads outside
        // our write transaction, so the version is checked again under the lock afterwards.
        if (version > 0) {
            transaction.rollback();
            const QString backup =
                Backup::newBackupPath(path, QStringLiteral("before-v%1").arg(Store::SchemaVersion));
            if (!Backup::copyDatabase(*db, backup, &why)) {
                *problem = problemOf(*db, Store::OpenProblem::Other);
                if (error) {
                    *error = Store::tr("Cannot update the store “%1”: no backup could be made first (%2).")
                                 .arg(StoreValues::shown(path), why);
                }
                return nullptr;
            }
            Backup::prune(path);
            if (!transaction.begin(&why)
                || !db->queryInt64(QStringLiteral("PRAGMA user_version"), &version, &why)) {
                *problem = problemOf(*db, Store::OpenProblem::Other);
                if (error) {
                    *error = db->lastErrorWasBusy()
                        ? lockedStore(path)
                        : Store::tr("Cannot open the store “%1”: %2").arg(StoreValues::shown(path), why);
                }
                return nullptr;
            }
            if (version > Store::SchemaVersion) {
                *problem = Store::OpenProblem::NewerVersion;
                if (error)
                    *error = newerStore(path, version);
                return nullptr;
            }
        }
        qint64 failedStep = 0;
        if (!StoreSchema::migrate(*db, version, &failedStep, &why)) {
            *problem = problemOf(*db, Store::OpenProblem::Other);
            if (error) {
                *error = Store::tr("Cannot update the store “%1” to version %2: %3")
                             .arg(StoreValues::shown(path))
                             .arg(failedStep)
                             .arg(why);
            }
            return nullptr;
        }
        if (!transaction.commit(&why)) {
            *problem = problemOf(*db, Store::OpenProblem::Other);
            if (error)
                *error = Store::tr("Cannot set up the store “%1”: %2").arg(StoreValues::shown(path), why);
            return nullptr;
        }
    } else {
        transaction.rollback();
    }

    // WAL where the file system allows it; elsewhere SQLite keeps its rollback journal, which is
    // just as safe with synchronous=FULL. secure_delete = FAST (Debian builds SQLite with it ON):
    // an update of an article's small columns writes one page, not its overflow pages zeroed and
    // written anew (a keystroke's save, docs/benchmarks.md); Trash zeroes what it deletes for good.
    QString journalMode;
    if (!db->queryText(QStringLiteral("PRAGMA journal_mode = WAL"), &journalMode, &why)
        || !db->exec(QStringLiteral("PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON; "
                                    "PRAGMA secure_delete = FAST;"), &why)
        || !db->exec(CacheSizePragma, &why)) {
        *problem = problemOf(*db, Store::OpenProblem::Other);
        if (error) {
            *error = db->lastErrorWasBusy()
                ? lockedStore(path)
                : Store::tr("Cannot open the store “%1”: %2").arg(StoreValues::shown(path), why);
        }
        return nullptr;
    }
    // Preparing the hot statements now proves the schema is there.
    if (!ArticleRows::prepare(*db, &why) || !ArticleListing::prepare(*db, &why)) {
        *problem = Store::OpenProblem::Damaged;
        if (error) {
            *error = Store::tr("Cannot open the store “%1”: the store is damaged (%2).")
                         .arg(StoreValues::shown(path), why);
        }
        return nullptr;
    }
    {
        QString verdict;
        if (!quickCheck(*db, path, &verdict, &why) || verdict != QLatin1String("ok")) {
            *problem = Store::OpenProblem::Damaged;
            if (error) {
                *error = Store::tr("Cannot open the store “%1”: the store is damaged (%2).")
                             .arg(StoreValues::shown(path), verdict.isEmpty() ? why : verdict);
            }
            return nullptr;
        }
    }
    db->setBusyTimeout(BusyTimeoutMs);
    db->setCheckpointOnClose(true);
    return db;
}

void StoreOpener::deferIntegrityCheck(const QString &path)
{
    QMutexLocker locker(&checkedMutex);
    deferredChecks.insert(QFileInfo(path).absoluteFilePath());
}

bool StoreOpener::checkDeferred(const QString &path, QString *error)
{
    {
        QMutexLocker locker(&checkedMutex);
        deferredChecks.remove(QFileInfo(path).absoluteFilePath());
    }
    Store::OpenProblem problem = Store::OpenProblem::None;
    QString why;
    if (initializeReadOnly(path, &problem, &why) || problem != Store::OpenProblem::Damaged)
        return true;
    if (error)
        *error = why;
    return false;
}

bool StoreOpener::mayNeedUpdate(const QString &path)
{
    QByteArray header;
    qint64 size = 0;
    if (!QFileInfo(path).isFile() || !Database::readHeader(path, HeaderSize, &header, &size, nullptr)
        || header.size() < HeaderSize)
        return false;
    const auto version = qFromBigEndian<qint32>(header.constData() + 60);
    const auto applicationId = qFromBigEndian<qint32>(header.constData() + 68);
    return applicationId == Store::ApplicationId && version > 0 && version < Store::SchemaVersion;
}

// A read-write connection (WAL readers need the shared-memory file), made query_only, that
// never checkpoints on close; identity, version and health are checked in a read transaction.
std::unique_ptr<Database> StoreOpener::initializeReadOnly(const QString &path,
                                                          Store::OpenProblem *problem, QString *error)
{
    auto db = std::make_unique<Database>();
    QString why;
    const auto failed = [&](Store::OpenProblem why, const QString &message) {
        *problem = why;
        if (error)
            *error = message;
        return std::unique_ptr<Database>();
    };
    if (!db->open(path, Database::Mode::ReadWrite, &why)
        || !BigramTokenizer::registerWith(db->handle(), &why))
        return failed(problemOf(*db, Store::OpenProblem::Other),
                      Store::tr("Cannot open the store “%1”: %2").arg(StoreValues::shown(path), why));
    db->setCheckpointOnClose(false);
    db->setBusyTimeout(BusyTimeoutMs);
    db->exec(CacheSizePragma, nullptr);
    qint64 applicationId = 0;
    qint64 version = 0;
    QString verdict = QStringLiteral("ok");
    if (!db->exec(QStringLiteral("PRAGMA query_only = 1; BEGIN"), &why)
        || !db->queryInt64(QStringLiteral("PRAGMA application_id"), &applicationId, &why)
        || !db->queryInt64(QStringLiteral("PRAGMA user_version"), &version, &why)
        || !quickCheck(*db, path, &verdict, &why)) {
        return failed(problemOf(*db, Store::OpenProblem::Damaged),
                      db->lastErrorWasBusy()
                          ? lockedStore(path)
                          : Store::tr("Cannot open the store “%1”: the file is damaged (%2).")
                                .arg(StoreValues::shown(path), why));
    }
    db->exec(QStringLiteral("COMMIT"), nullptr);
    if (applicationId != Store::ApplicationId)
        return failed(Store::OpenProblem::ForeignDatabase, foreignDatabase(path));
    if (version > Store::SchemaVersion)
        return failed(Store::OpenProblem::NewerVersion, newerStore(path, version));
    if (version < Store::SchemaVersion) {
        return failed(Store::OpenProblem::Other,
                      Store::tr("Cannot read the store “%1”: it must first be updated to this version "
                         "of Copydesk; open it once in Copydesk or with a command that writes.")
                          .arg(StoreValues::shown(path)));
    }
    if (verdict != QLatin1String("ok"))
        return failed(Store::OpenProblem::Damaged,
                      Store::tr("Cannot open the store “%1”: the store is damaged (%2).")
                          .arg(StoreValues::shown(path), verdict));
    return db;
}

} // namespace copydesk
