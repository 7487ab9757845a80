#include "store/storewatcher.h"

namespace copydesk {

StoreWatcher::StoreWatcher(Store *store, QObject *parent)
    : QObject(parent), m_store(store)
{
    connect(&m_timer, &QTimer::timeout, this, &StoreWatcher::check);
}

void StoreWatcher::start(int intervalMs)
{
    m_dataVersion = m_store->dataVersion();
    m_sequence = m_store->latestChangeSequence();
    m_timer.start(qMax(intervalMs, 10));
}

void StoreWatcher::stop()
{
    m_timer.stop();
}

void StoreWatcher::check()
{
    if (!m_store->isOpen())
        return;
    const qint64 dataVersion = m_store->dataVersion();
    if (dataVersion == m_dataVersion)
        return;
    m_dataVersion = dataVersion;
    QList<Store::Change> changes;
    if (m_store->changesSince(m_sequence, &changes, &m_sequence, nullptr) && !changes.isEmpty())
        emit articlesChanged(changes);
}

} // namespace copydesk
