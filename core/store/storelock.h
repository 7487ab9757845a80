#pragma once

#include <QCoreApplication>
#include <QString>

#include <memory>

class QLockFile;

namespace copydesk {

// One Copydesk process per store: a QLockFile beside the store ("<store>.lock").
class StoreLock
{
    Q_DECLARE_TR_FUNCTIONS(StoreLock)

public:
    explicit StoreLock(const QString &storePath);
    ~StoreLock(); // releases
    StoreLock(const StoreLock &) = delete;
    StoreLock &operator=(const StoreLock &) = delete;

    // The lock file of a store: beside the store's real file, so every path (and symbolic link)
    // to the same store shares one lock.
    static QString lockFilePath(const QString &storePath);

    // Creates the store's folder if missing. Fails with a message naming the holder while
    // another live process holds the lock; takes over the lock of a process that is gone.
    bool tryLock(QString *error);
    void unlock();
    bool isLocked() const;
    // The holder after a failed tryLock(); 0 and empty when unknown.
    qint64 holderPid() const;
    QString holderHost() const;

private:
    QString m_storePath;
    std::unique_ptr<QLockFile> m_file;
    qint64 m_holderPid = 0;
    QString m_holderHost;
};

} // namespace copydesk
