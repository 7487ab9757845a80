#include "store/backupscheduler.h"

#include "store/backup.h"
#include "store/store.h"

#include <QDir>
#include <QFileInfo>
#include <QtConcurrent>

namespace copydesk {

BackupScheduler::BackupScheduler(const QString &storePath, QObject *parent)
    : QObject(parent), m_storePath(storePath)
{
    connect(&m_timer, &QTimer::timeout, this, &BackupScheduler::runNow);
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, [this] {
        const Outcome outcome = m_watcher.result();
        emit finished(outcome.made, outcome.error);
    });
}

BackupScheduler::~BackupScheduler()
{
    m_timer.stop();
    waitForFinished();
}

void BackupScheduler::start(int intervalMs)
{
    m_timer.start(qMax(intervalMs, 1));
    runNow();
}

void BackupScheduler::stop()
{
    m_timer.stop();
}

bool BackupScheduler::runNow()
{
    if (isRunning())
        return false;
    m_watcher.setFuture(QtConcurrent::run(&BackupScheduler::run, m_storePath));
    return true;
}

bool BackupScheduler::isRunning() const
{
    return m_watcher.isRunning();
}

void BackupScheduler::waitForFinished()
{
    m_watcher.waitForFinished();
}

BackupScheduler::Outcome BackupScheduler::run(const QString &storePath)
{
    Outcome outcome;
    if (!QFileInfo(storePath).isFile()) {
        outcome.error = tr("Cannot back up the store “%1”: the file is gone.")
                                .arg(QDir::toNativeSeparators(storePath));
        return outcome;
    }
    // Read-only: a backup reads the store, and must not purge, migrate or checkpoint it from a
    // second connection of the window's process.
    Store store;
    QString why;
    if (!store.openReadOnly(storePath, &why) || !Backup::backupIfDue(store, &outcome.made, &why))
        outcome.error = tr("Automatic backup failed: %1").arg(why);
    return outcome;
}

} // namespace copydesk
