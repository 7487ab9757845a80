#include "store/backup.h"

#include "sqlite/database.h"
#include "store/store.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTimeZone>

#include <sqlite3.h>

#include <algorithm>

namespace copydesk {

namespace {

const QString StampFormat = QStringLiteral("yyyyMMdd-HHmmsszzz");
const QString Suffix = QStringLiteral(".sqlite3");
const QStringList CompanionSuffixes{QString(), QStringLiteral("-wal"), QStringLiteral("-shm")};

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

QRegularExpression backupName(const QString &storePath)
{
    return QRegularExpression(QLatin1Char('^')
                              + QRegularExpression::escape(QFileInfo(storePath).completeBaseName())
                              + QStringLiteral("-(\\d{8}-\\d{9})(-[A-Za-z0-9-]+)?")
                              + QRegularExpression::escape(Suffix) + QLatin1Char('$'));
}

QDateTime stampOf(const QString &backupPath, const QRegularExpression &pattern)
{
    const QRegularExpressionMatch match = pattern.match(QFileInfo(backupPath).fileName());
    if (!match.hasMatch())
        return {};
    QDateTime time = QDateTime::fromString(match.captured(1), StampFormat);
    time.setTimeZone(QTimeZone::utc());
    return time;
}

// Moves each existing file of from (+ -wal, -shm) to to (+ the same); all or nothing.
bool moveWithCompanions(const QString &from, const QString &to, QString *error)
{
    QStringList moved;
    for (const QString &suffix : CompanionSuffixes) {
        if (!QFileInfo::exists(from + suffix))
            continue;
        QFile file(from + suffix);
        if (!file.rename(to + suffix)) {
            if (error)
                *error = file.errorString();
            for (const QString &done : std::as_const(moved))
                QFile::rename(to + done, from + done);
            return false;
        }
        moved.append(suffix);
    }
    return true;
}

} // namespace

QString Backup::folderFor(const QString &storePath)
{
    return QFileInfo(storePath).absoluteDir().filePath(QStringLiteral("backups"));
}

QString Backup::newBackupPath(const QString &storePath, const QString &tag)
{
    const QDir folder(folderFor(storePath));
    const QString base = QFileInfo(storePath).completeBaseName();
    QDateTime time = QDateTime::currentDateTimeUtc();
    for (;;) {
        const QString name = base + QLatin1Char('-') + time.toString(StampFormat)
            + (tag.isEmpty() ? QString() : QLatin1Char('-') + tag) + Suffix;
        if (!QFileInfo::exists(folder.filePath(name)))
            return folder.filePath(name);
        time = time.addMSecs(1);
    }
}

QStringList Backup::backupsOf(const QString &storePath)
{
    const QRegularExpression pattern = backupName(storePath);
    const QDir folder(folderFor(storePath));
    QList<QPair<QDateTime, QString>> found;
    for (const QString &name : folder.entryList(QDir::Files)) {
        const QDateTime stamp = stampOf(name, pattern);
        if (stamp.isValid())
            found.append({stamp, folder.filePath(name)});
    }
    std::sort(found.begin(), found.end(), [](const auto &a, const auto &b) {
        return a.first != b.first ? a.first > b.first : a.second > b.second;
    });
    QStringList result;
    for (const auto &entry : std::as_const(found))
        result.append(entry.second);
    return result;
}

bool Backup::copyDatabase(Database &source, const QString &target, QString *error)
{
    const auto failed = [&](const QString &why) {
        if (error)
            *error = tr("Cannot back up the store to “%1”: %2").arg(shown(target), why);
        return false;
    };
    if (!source.isOpen())
        return failed(tr("the store is not open"));
    if (QFileInfo::exists(target))
        return failed(tr("the file already exists"));
    const QString folder = QFileInfo(target).absolutePath();
    if (!QDir().mkpath(folder))
        return failed(tr("the folder “%1” cannot be created").arg(QDir::toNativeSeparators(folder)));
    const QString partial = target + QStringLiteral(".partial");
    for (const QString &suffix : {QString(), QStringLiteral("-journal"), QStringLiteral("-wal"),
                                  QStringLiteral("-shm")})
        QFile::remove(partial + suffix); // left by a copy that was cut short

    QString why;
    {
        Database copy;
        if (!copy.open(partial, Database::Mode::ReadWriteCreate, &why))
            return failed(why);
        sqlite3_backup *backup = sqlite3_backup_init(copy.handle(), "main", source.handle(), "main");
        if (!backup) {
            why = copy.errorMessage();
            copy.close();
            QFile::remove(partial);
            return failed(why);
        }
        const int rc = sqlite3_backup_step(backup, -1);
        sqlite3_backup_finish(backup);
        if (rc != SQLITE_DONE) {
            copy.close();
            QFile::remove(partial);
            return failed(QString::fromUtf8(sqlite3_errstr(rc)));
        }
        QString mode;
        if (!copy.queryText(QStringLiteral("PRAGMA journal_mode = DELETE"), &mode, &why)) {
            copy.close();
            QFile::remove(partial);
            return failed(why);
        }
    }
    QFile file(partial);
    if (!file.rename(target)) {
        why = file.errorString();
        QFile::remove(partial);
        return failed(why);
    }
    return true;
}

bool Backup::verify(const QString &file, QString *problem)
{
    const auto bad = [problem](const QString &why) {
        if (problem)
            *problem = why;
        return false;
    };
    if (!QFileInfo(file).isFile())
        return bad(tr("“%1” does not exist").arg(shown(file)));
    Database db;
    QString why;
    if (!db.open(file, Database::Mode::ReadOnly, &why))
        return bad(why);
    qint64 applicationId = 0;
    if (!db.queryInt64(QStringLiteral("PRAGMA application_id"), &applicationId, &why))
        return bad(tr("the file is damaged (%1)").arg(why));
    if (applicationId != Store::ApplicationId)
        return bad(tr("the file is not a Copydesk store"));
    QString verdict;
    if (!db.queryText(QStringLiteral("PRAGMA quick_check(1)"), &verdict, &why))
        return bad(tr("the file is damaged (%1)").arg(why));
    if (verdict != QLatin1String("ok"))
        return bad(tr("the file is damaged (%1)").arg(verdict));
    return true;
}

bool Backup::backupNow(Store &store, const QString &tag, QString *made, QString *error)
{
    if (made)
        made->clear();
    if (!store.isOpen()) {
        if (error)
            *error = tr("Cannot back up: no store is open.");
        return false;
    }
    const QString path = newBackupPath(store.path(), tag);
    if (!store.backupTo(path, error))
        return false;
    QString problem;
    if (!verify(path, &problem)) {
        QFile::remove(path);
        if (error) {
            *error = tr("The store “%1” is damaged: its fresh backup copy fails the check (%2). "
                        "The older backups were kept.")
                         .arg(shown(store.path()), problem);
        }
        return false;
    }
    prune(store.path());
    if (made)
        *made = path;
    return true;
}

bool Backup::backupIfDue(Store &store, QString *made, QString *error)
{
    if (made)
        made->clear();
    if (!store.isOpen()) {
        if (error)
            *error = tr("Cannot back up: no store is open.");
        return false;
    }
    const QStringList existing = backupsOf(store.path());
    if (!existing.isEmpty()) {
        const QDateTime newest = stampOf(existing.first(), backupName(store.path()));
        if (qAbs(newest.msecsTo(QDateTime::currentDateTimeUtc())) < IntervalMs)
            return true;
    }
    return backupNow(store, QString(), made, error);
}

void Backup::prune(const QString &storePath, int keep)
{
    const QStringList existing = backupsOf(storePath);
    for (qsizetype i = qMax(keep, 1); i < existing.size(); ++i)
        QFile::remove(existing.at(i));
}

QString Backup::newestGoodBackup(const QString &storePath)
{
    for (const QString &candidate : backupsOf(storePath)) {
        if (verify(candidate, nullptr))
            return candidate;
    }
    return {};
}

bool Backup::restore(const QString &backupFile, const QString &storePath, QString *movedAside,
                     QString *error)
{
    if (movedAside)
        movedAside->clear();
    const auto failed = [&](const QString &why) {
        if (error) {
            *error = tr("Cannot restore the store “%1” from the backup “%2”: %3")
                         .arg(shown(storePath), shown(backupFile), why);
        }
        return false;
    };
    QString problem;
    if (!verify(backupFile, &problem))
        return failed(problem);
    if (QFileInfo(backupFile).absoluteFilePath() == QFileInfo(storePath).absoluteFilePath())
        return failed(tr("it is the store itself"));

    QString aside;
    if (QFileInfo::exists(storePath)) {
        const QString base = storePath + QStringLiteral(".damaged-")
            + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        aside = base;
        for (int n = 2; QFileInfo::exists(aside); ++n)
            aside = base + QLatin1Char('-') + QString::number(n);
        QString why;
        if (!moveWithCompanions(storePath, aside, &why))
            return failed(tr("the damaged store cannot be moved aside (%1)").arg(why));
    } else {
        // A stray journal without its database must not be applied to the restored copy.
        for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(storePath + suffix);
    }
    const QString restoring = storePath + QStringLiteral(".restoring");
    QFile::remove(restoring);
    QFile copy(backupFile);
    if (!copy.copy(restoring) || !QFile(restoring).rename(storePath)) {
        const QString why = copy.errorString();
        QFile::remove(restoring);
        if (!aside.isEmpty())
            moveWithCompanions(aside, storePath, nullptr);
        return failed(why);
    }
    if (movedAside)
        *movedAside = aside;
    return true;
}

} // namespace copydesk
