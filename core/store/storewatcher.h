#pragma once

#include "store/store.h"

#include <QList>
#include <QObject>
#include <QTimer>

namespace copydesk {

// Notices writes to the store made through other connections (another program, the autosaver)
// by polling PRAGMA data_version on the owner's connection, and reports which articles changed.
class StoreWatcher : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultIntervalMs = 400;

    // The store must outlive the watcher and be used from the watcher's thread.
    explicit StoreWatcher(Store *store, QObject *parent = nullptr);

    // Remembers the store's newest change as seen, then checks every intervalMs.
    void start(int intervalMs = DefaultIntervalMs);
    void stop();
    // Checks now (also called by the timer).
    void check();

signals:
    // The articles written since the last report, oldest first (one entry per write).
    void articlesChanged(const QList<copydesk::Store::Change> &changes);

private:
    Store *m_store;
    QTimer m_timer;
    qint64 m_dataVersion = 0;
    qint64 m_sequence = 0;
};

} // namespace copydesk
