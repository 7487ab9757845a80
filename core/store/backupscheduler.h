#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <QTimer>

namespace copydesk {

// Runs the automatic daily backup (Backup::backupIfDue) on a pool thread, on a Store connection
// of its own, and reports each run back on the owner's thread.
class BackupScheduler : public QObject
{
    Q_OBJECT

public:
    // How often start() checks whether a backup is due.
    static constexpr int CheckIntervalMs = 60 * 60 * 1000;

    explicit BackupScheduler(const QString &storePath, QObject *parent = nullptr);
    // Waits for a running backup (it writes under a temporary name, so stopping midway is not
    // offered).
    ~BackupScheduler() override;
    BackupScheduler(const BackupScheduler &) = delete;
    BackupScheduler &operator=(const BackupScheduler &) = delete;

    QString storePath() const { return m_storePath; }
    // Checks now, then every intervalMs.
    void start(int intervalMs = CheckIntervalMs);
    void stop();
    // One check in the background now; false (and nothing started) while one is still running.
    bool runNow();
    bool isRunning() const;
    void waitForFinished();

signals:
    // made: the new backup (empty when none was due); error: empty unless the run failed, e.g.
    // because the store is damaged or its folder is read-only.
    void finished(const QString &made, const QString &error);

private:
    struct Outcome
    {
        QString made;
        QString error;
    };
    static Outcome run(const QString &storePath);

    QString m_storePath;
    QTimer m_timer;
    QFutureWatcher<Outcome> m_watcher;
};

} // namespace copydesk
