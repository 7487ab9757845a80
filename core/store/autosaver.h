#pragma once

#include "media/decodedimage.h"
#include "model/article.h"
#include "store/store.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QMap>
#include <QMutex>
#include <QObject>
#include <QSet>
#include <QString>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <functional>
#include <memory>

namespace copydesk {

// Writes article snapshots and the photos they bring to the store on its own worker thread and
// connection; coalesces bursts of edits.
class Autosaver : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultDelayMs = 400;
    static constexpr int DefaultMaxDelayMs = 500;
    // After a failed write (disk full, store read-only, ...), how soon the pending snapshots are
    // tried again without waiting for the next edit.
    static constexpr int RetryIntervalMs = 3000;
    // The search index catches up once saves have paused this long: a catch-up makes the next
    // save of the article copy its indexed text into the mark (SearchIndex::markPending), so
    // catching up after every pass would write each article twice while the editor types.
    static constexpr int IndexPauseMs = 2000;

    explicit Autosaver(QObject *parent = nullptr);
    // Flushes (a failure is only logged: call flush() first to report it), then stops the worker.
    ~Autosaver() override;
    Autosaver(const Autosaver &) = delete;
    Autosaver &operator=(const Autosaver &) = delete;

    // Opens the autosaver's own Store connection on the worker thread; the caller's connection
    // keeps reading meanwhile (WAL). Fails if already started.
    bool start(const QString &storePath, QString *error);
    // The same without waiting (the window's start-up: the connection opens on the worker while
    // the window is built). What is handed over meanwhile is written after the open; a failed
    // open is told by failed() (article id 0) and tried again before each write.
    void startInBackground(const QString &storePath);
    // Runs the integrity check deferred at start-up (StoreOpener::deferIntegrityCheck) on the
    // worker, after the writes already handed to it; returns at once. damaged() tells a failure.
    void checkIntegrity();
    // Idle time after the last schedule() before a write.
    void setDelay(int milliseconds);
    int delay() const;
    // While edits keep coming, the longest a scheduled change waits for its write to begin, so
    // continuous typing is still saved (and a crash loses at most about this much).
    void setMaxDelay(int milliseconds);
    int maxDelay() const;

    // The article as stored now (just loaded or reloaded): later snapshots of it are edits of
    // this state, which a save merges with what another program wrote meanwhile. Forgets the
    // bases of the other articles that have nothing pending.
    void setBase(const Article &stored);
    // How many articles' bases are kept: the open one's and those with writes pending.
    qsizetype baseCount() const;
    // Call on the owner's thread. article.id must be > 0 (else failed() is emitted at once).
    // Keeps only the newest pending snapshot per id and (re)starts the idle timer.
    void schedule(const Article &article);
    // Photos that snapshots scheduled from now on refer to; written before them, retried with
    // them while the store refuses.
    void queueMedia(const QList<DecodedImage> &images);
    // Hands everything pending to the worker now and returns at once (switching articles,
    // importing: nothing there needs the write to be done).
    void saveNow();
    // Hands everything pending to the worker and returns at once; done(ok, firstError) is called
    // on context's thread once that pass has finished, after the signals of its writes. Failed
    // snapshots stay pending. context lives on the owner's thread; done is dropped if it is gone.
    void whenWritten(QObject *context, std::function<void(bool ok, const QString &error)> done);
    // Writes everything pending now and waits for it in a local event loop, so the owner's
    // thread keeps painting and running its timers meanwhile (user input waits for the end).
    // Returns false with the first error; failed snapshots stay pending. The signals of the
    // writes have been delivered when it returns. Call on the owner's thread.
    bool waitUntilWritten(QString *error = nullptr);
    // As waitUntilWritten(), but blocks the calling thread: for the end of the owner's life
    // (the destructors) and for threads without an event loop. The signals of the writes arrive
    // afterwards through the owner's event loop.
    bool flush(QString *error = nullptr);
    // True while a snapshot waits for its write or is being written. Once false, the signals of
    // the finished writes are already queued to the owner's thread.
    bool hasPending() const;
    bool hasPending(qint64 articleId) const;

signals:
    // All three are emitted on the owner's thread.
    void saving(qint64 articleId);
    void saved(qint64 articleId, const QDateTime &updated, qint64 version);
    // The article had been changed by another program since the snapshot's base: sent is the
    // snapshot, stored what is in the store now (outcome says merged, or kept both).
    void changedElsewhere(const Article &sent, const Article &stored,
                          const Store::SaveOutcome &outcome);
    // The snapshot stays pending and is retried on the next schedule() or flush(), never dropped.
    // The photos queued with queueMedia() are in the store now.
    void mediaSaved(const QStringList &sha256s);
    // articleId is 0 when it is the photos queued with queueMedia() that were refused, or the
    // store startInBackground() could not open.
    void failed(qint64 articleId, const QString &error);
    // checkIntegrity() found the store damaged (or could not read it through).
    void damaged(const QString &error);

private:
    void armTimer();
    // Runs on the worker thread: one pass over everything pending.
    bool writePending(QString *firstError);
    bool openIfDeferred(QString *error);
    bool writePendingMedia(QString *firstError);
    // Runs f on the worker thread and waits for it.
    template<typename F>
    void runOnWorker(F f);

    QThread m_thread;
    std::unique_ptr<QObject> m_context; // lives on m_thread; runs the write passes
    std::unique_ptr<Store> m_store;     // used on m_thread only
    QString m_deferredPath;             // startInBackground()'s store; m_thread only

    mutable QMutex m_mutex; // guards m_pending, m_pendingMedia, m_bases, m_writingIds and m_writingMedia
    QMap<qint64, Article> m_pending;
    QList<DecodedImage> m_pendingMedia;
    QMap<qint64, Article> m_bases; // per article, the state the next snapshot was edited from
    // The batch taken from m_pending, in the same step: an article is pending or being written,
    // never neither, until its write is done.
    QSet<qint64> m_writingIds;
    bool m_writingMedia = false; // the photos taken from m_pendingMedia, until written

    QTimer m_timer;
    QTimer m_retryTimer;
    std::atomic<quint64> m_indexGeneration{0}; // one more per pass that wrote
    QElapsedTimer m_waiting; // since the oldest change not yet handed to the worker
    int m_delay = DefaultDelayMs;
    int m_maxDelay = DefaultMaxDelayMs;
};

} // namespace copydesk
