#pragma once

#include <QFuture>
#include <QFutureWatcher>
#include <QList>

#include <functional>

namespace copydesk {

// Watches a QtConcurrent batch for its owner: progress as it goes, then every result in input
// order and whether it was cancelled; cancel() and the destructor stop it and wait.
template <typename Result>
class ConcurrentBatch
{
public:
    using ProgressFunction = std::function<void(int done, int total)>;
    using FinishedFunction = std::function<void(const QList<Result> &results, bool cancelled)>;

    // The callbacks run on the owner's thread, only while owner lives.
    ConcurrentBatch(QObject *owner, const ProgressFunction &progress, const FinishedFunction &finished)
    {
        QObject::connect(&m_watcher, &QFutureWatcher<Result>::progressValueChanged, owner,
                         [this, progress](int value) { progress(value, m_watcher.progressMaximum()); });
        QObject::connect(&m_watcher, &QFutureWatcher<Result>::finished, owner, [this, finished] {
            QList<Result> results;
            const QFuture<Result> future = m_watcher.future();
            for (int i = 0; i < future.resultCount(); ++i) {
                if (future.isResultReadyAt(i))
                    results.append(future.resultAt(i));
            }
            finished(results, m_cancelled);
        });
    }

    ~ConcurrentBatch()
    {
        m_watcher.cancel();
        m_watcher.waitForFinished();
    }

    ConcurrentBatch(const ConcurrentBatch &) = delete;
    ConcurrentBatch &operator=(const ConcurrentBatch &) = delete;

    void start(const QFuture<Result> &future)
    {
        m_cancelled = false;
        m_watcher.setFuture(future);
    }

    void cancel()
    {
        m_cancelled = true;
        m_watcher.cancel();
    }

    bool isRunning() const { return m_watcher.isRunning(); }

private:
    QFutureWatcher<Result> m_watcher;
    bool m_cancelled = false;
};

} // namespace copydesk
