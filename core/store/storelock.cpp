#include "store/storelock.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QSysInfo>

namespace copydesk {

namespace {

// An unreadable lock file older than this was left by a process that died while writing it
// (QLockFile writes the holder right after creating the file).
constexpr qint64 UnreadableLockStaleMs = 10000;

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

StoreLock::StoreLock(const QString &storePath)
    : m_storePath(storePath)
{
}

StoreLock::~StoreLock()
{
    unlock();
}

QString StoreLock::lockFilePath(const QString &storePath)
{
    const QFileInfo info(storePath);
    QString path = info.canonicalFilePath();
    if (path.isEmpty()) {
        const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
        path = folder.isEmpty() ? info.absoluteFilePath()
                                : folder + QLatin1Char('/') + info.fileName();
    }
    return path + QStringLiteral(".lock");
}

bool StoreLock::tryLock(QString *error)
{
    if (isLocked())
        return true;
    m_holderPid = 0;
    m_holderHost.clear();
    if (m_storePath.isEmpty()) {
        if (error)
            *error = tr("Cannot lock the store: no file was given.");
        return false;
    }
    const QString folder = QFileInfo(m_storePath).absolutePath();
    if (!QDir().mkpath(folder)) {
        if (error) {
            *error = tr("Cannot lock the store “%1”: the folder “%2” cannot be created.")
                         .arg(shown(m_storePath), shown(folder));
        }
        return false;
    }
    const QString lockPath = lockFilePath(m_storePath);
    auto file = std::make_unique<QLockFile>(lockPath);
    // A live holder keeps its lock however long it runs; only a dead holder's lock is taken over.
    file->setStaleLockTime(0);
    if (file->tryLock(0)) {
        m_file = std::move(file);
        return true;
    }

    switch (file->error()) {
    case QLockFile::LockFailedError: {
        qint64 pid = 0;
        QString host;
        QString application;
        if (file->getLockInfo(&pid, &host, &application)) {
            m_holderPid = pid;
            m_holderHost = host;
            if (!error)
                return false;
            if (host.isEmpty()) {
                *error = tr("Copydesk is already open on the store “%1” (process %2). Switch to "
                            "that window, or close it first.")
                             .arg(shown(m_storePath))
                             .arg(pid);
            } else if (host == QSysInfo::machineHostName()) {
                *error = tr("Copydesk is already open on the store “%1” (process %2 on host %3). "
                            "Switch to that window, or close it first.")
                             .arg(shown(m_storePath))
                             .arg(pid)
                             .arg(host);
            } else {
                // Whether a process on another computer still runs cannot be checked from here.
                *error = tr("Copydesk is already open on the store “%1” (process %2 on host %3). "
                            "Close it there first; if Copydesk no longer runs on %3, delete the "
                            "lock file “%4”.")
                             .arg(shown(m_storePath))
                             .arg(pid)
                             .arg(host, shown(lockPath));
            }
            return false;
        }
        const QDateTime modified = QFileInfo(lockPath).lastModified();
        const bool abandoned = modified.isValid()
            && qAbs(modified.msecsTo(QDateTime::currentDateTime())) > UnreadableLockStaleMs;
        if (abandoned && file->removeStaleLockFile() && file->tryLock(0)) {
            m_file = std::move(file);
            return true;
        }
        if (error) {
            *error = tr("Cannot open the store “%1”: another Copydesk is opening it right now, or "
                        "its lock file “%2” is damaged. Try again in a moment; if this keeps "
                        "happening and no other Copydesk is running, delete the lock file.")
                         .arg(shown(m_storePath), shown(lockPath));
        }
        return false;
    }
    case QLockFile::PermissionError:
        if (error) {
            *error = tr("Cannot lock the store “%1”: the lock file “%2” cannot be created there "
                        "(permission denied).")
                         .arg(shown(m_storePath), shown(lockPath));
        }
        return false;
    case QLockFile::NoError:
    case QLockFile::UnknownError:
        break;
    }
    if (error) {
        *error = tr("Cannot lock the store “%1”: the lock file “%2” cannot be created (is the "
                    "disk full, or is there a folder of that name?).")
                     .arg(shown(m_storePath), shown(lockPath));
    }
    return false;
}

void StoreLock::unlock()
{
    if (m_file)
        m_file->unlock();
    m_file.reset();
}

bool StoreLock::isLocked() const
{
    return m_file && m_file->isLocked();
}

qint64 StoreLock::holderPid() const
{
    return m_holderPid;
}

QString StoreLock::holderHost() const
{
    return m_holderHost;
}

} // namespace copydesk
