#include "store/autosaver.h"

#include "store/store.h"
#include "store/storeopener.h"

#include <QEventLoop>
#include <QMutexLocker>
#include <QPointer>

#include <utility>

namespace copydesk {

Autosaver::Autosaver(QObject *parent)
    : QObject(parent)
    , m_context(std::make_unique<QObject>())
    , m_store(std::make_unique<Store>())
    , m_timer(this)
{
    m_thread.setObjectName(QStringLiteral("copydesk autosave"));
    m_context->moveToThread(&m_thread);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        m_waiting.invalidate();
        QMetaObject::invokeMethod(
            m_context.get(), [this] { writePending(nullptr); }, Qt::QueuedConnection);
    });
    m_retryTimer.setSingleShot(true);
    m_retryTimer.setInterval(RetryIntervalMs);
    connect(&m_retryTimer, &QTimer::timeout, this, [this] {
        if (hasPending() && !m_timer.isActive())
            m_timer.start(0);
    });
    connect(this, &Autosaver::failed, &m_retryTimer, qOverload<>(&QTimer::start));
    m_thread.start();
}

Autosaver::~Autosaver()
{
    QString error;
    if (!flush(&error))
        qWarning("Autosaver: changes could not be saved before closing: %s", qUtf8Printable(error));
    runOnWorker([this] { m_store->close(); });
    m_thread.quit();
    m_thread.wait();
}

template<typename F>
void Autosaver::runOnWorker(F f)
{
    Q_ASSERT_X(QThread::currentThread() != &m_thread, "Autosaver",
               "waiting for the worker on the worker thread would deadlock");
    QMetaObject::invokeMethod(m_context.get(), std::move(f), Qt::BlockingQueuedConnection);
}

bool Autosaver::start(const QString &storePath, QString *error)
{
    bool ok = false;
    QString why;
    runOnWorker([&] {
        if (m_store->isOpen())
            why = tr("Autosave already writes to the store “%1”.").arg(m_store->path());
        else
            ok = m_store->open(storePath, &why);
    });
    if (!ok && error)
        *error = why;
    return ok;
}

void Autosaver::startInBackground(const QString &storePath)
{
    QMetaObject::invokeMethod(
        m_context.get(),
        [this, storePath] {
            m_deferredPath = storePath;
            QString why;
            if (!openIfDeferred(&why))
                QMetaObject::invokeMethod(this, [this, why] { emit failed(0, why); }, Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

// On the worker: opens startInBackground()'s store unless it is open already.
bool Autosaver::openIfDeferred(QString *error)
{
    if (m_deferredPath.isEmpty() || m_store->isOpen())
        return true;
    return m_store->open(m_deferredPath, error);
}

void Autosaver::checkIntegrity()
{
    QMetaObject::invokeMethod(
        m_context.get(),
        [this] {
            QString why;
            if (m_store->isOpen() && !StoreOpener::checkDeferred(m_store->path(), &why))
                QMetaObject::invokeMethod(this, [this, why] { emit damaged(why); }, Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void Autosaver::setDelay(int milliseconds)
{
    m_delay = qMax(0, milliseconds);
}

int Autosaver::delay() const
{
    return m_delay;
}

void Autosaver::setMaxDelay(int milliseconds)
{
    m_maxDelay = qMax(0, milliseconds);
}

int Autosaver::maxDelay() const
{
    return m_maxDelay;
}

void Autosaver::setBase(const Article &stored)
{
    QMutexLocker locker(&m_mutex);
    // The bases of other articles with nothing left to write are not needed again: a later edit
    // of one of them starts from a setBase() of its own.
    for (auto it = m_bases.begin(); it != m_bases.end();) {
        if (it.key() != stored.id && !m_pending.contains(it.key()) && !m_writingIds.contains(it.key()))
            it = m_bases.erase(it);
        else
            ++it;
    }
    if (stored.id > 0)
        m_bases.insert(stored.id, stored);
}

qsizetype Autosaver::baseCount() const
{
    QMutexLocker locker(&m_mutex);
    return m_bases.size();
}

void Autosaver::schedule(const Article &article)
{
    if (article.id <= 0) {
        emit failed(article.id, tr("Cannot save the article “%1”: it is not in the store yet.")
                                    .arg(article.title));
        return;
    }
    {
        QMutexLocker locker(&m_mutex);
        m_pending.insert(article.id, article);
    }
    armTimer();
}

void Autosaver::queueMedia(const QList<DecodedImage> &images)
{
    if (images.isEmpty())
        return;
    {
        QMutexLocker locker(&m_mutex);
        m_pendingMedia += images;
    }
    m_timer.start(0); // a photo added is a single event, not a burst: written now
}

// Restarts the idle timer, but never past m_maxDelay after the oldest change still waiting.
void Autosaver::armTimer()
{
    if (!m_waiting.isValid())
        m_waiting.start();
    const qint64 left = qMax<qint64>(0, m_maxDelay - m_waiting.elapsed());
    m_timer.start(int(qMin<qint64>(m_delay, left)));
}

void Autosaver::saveNow()
{
    m_timer.stop();
    m_waiting.invalidate();
    if (hasPending())
        QMetaObject::invokeMethod(m_context.get(), [this] { writePending(nullptr); }, Qt::QueuedConnection);
}

void Autosaver::whenWritten(QObject *context, std::function<void(bool, const QString &)> done)
{
    m_timer.stop();
    m_waiting.invalidate();
    // Queued behind any pass already under way, so this pass also retries what that one failed;
    // the answer is posted after the signals the pass posted to this object.
    QPointer<QObject> guard(context);
    QMetaObject::invokeMethod(
        m_context.get(),
        [this, guard, done = std::move(done)] {
            QString why;
            const bool ok = writePending(&why);
            QMetaObject::invokeMethod(
                this,
                [guard, done, ok, why] {
                    if (guard)
                        done(ok, why);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

bool Autosaver::waitUntilWritten(QString *error)
{
    Q_ASSERT_X(QThread::currentThread() == thread(), "Autosaver", "wait on the owner's thread");
    m_timer.stop();
    m_waiting.invalidate();
    if (!hasPending())
        return true;
    QEventLoop loop;
    bool finished = false;
    bool ok = true;
    QString why;
    whenWritten(&loop, [&](bool written, const QString &firstError) {
        finished = true;
        ok = written;
        why = firstError;
        loop.quit();
    });
    if (!finished)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    if (!ok && error)
        *error = why;
    return ok;
}

bool Autosaver::flush(QString *error)
{
    m_timer.stop();
    m_waiting.invalidate();
    if (!hasPending())
        return true;
    bool ok = true;
    QString why;
    // Queued behind any pass already under way, so this pass also retries what that one failed.
    runOnWorker([&] { ok = writePending(&why); });
    if (!ok && error)
        *error = why;
    return ok;
}

bool Autosaver::hasPending() const
{
    QMutexLocker locker(&m_mutex);
    return !m_pending.isEmpty() || !m_pendingMedia.isEmpty() || m_writingMedia || !m_writingIds.isEmpty();
}

bool Autosaver::hasPending(qint64 articleId) const
{
    QMutexLocker locker(&m_mutex);
    return m_pending.contains(articleId) || m_writingIds.contains(articleId);
}

// Passes run one after another on the single worker thread, so an older snapshot of an article
// is always written before a newer one and can never overwrite it.
// The photos go first, in one transaction: a saved article never refers to a photo the store
// does not have. While they are refused, the articles wait with them.
bool Autosaver::writePendingMedia(QString *firstError)
{
    QList<DecodedImage> media;
    {
        QMutexLocker locker(&m_mutex);
        media.swap(m_pendingMedia);
        m_writingMedia = !media.isEmpty();
    }
    if (media.isEmpty())
        return true;
    QString why;
    const bool written = m_store->putMedia(media, &why);
    if (written) {
        QStringList ids;
        for (const DecodedImage &image : std::as_const(media))
            ids.append(image.sha256);
        QMetaObject::invokeMethod(this, [this, ids] { emit mediaSaved(ids); }, Qt::QueuedConnection);
    } else {
        QMetaObject::invokeMethod(this, [this, why] { emit failed(0, why); }, Qt::QueuedConnection);
        if (firstError)
            *firstError = why;
    }
    QMutexLocker locker(&m_mutex);
    m_writingMedia = false;
    if (!written)
        m_pendingMedia = media + m_pendingMedia;
    return written;
}

bool Autosaver::writePending(QString *firstError)
{
    QString why;
    if (!openIfDeferred(&why)) {
        QMetaObject::invokeMethod(this, [this, why] { emit failed(0, why); }, Qt::QueuedConnection);
        if (firstError)
            *firstError = why;
        return false;
    }
    if (!writePendingMedia(firstError))
        return false;
    QMap<qint64, Article> batch;
    {
        QMutexLocker locker(&m_mutex);
        batch.swap(m_pending);
        for (auto it = batch.cbegin(); it != batch.cend(); ++it)
            m_writingIds.insert(it.key());
    }
    bool ok = true;
    for (auto it = batch.cbegin(); it != batch.cend(); ++it) {
        const qint64 id = it.key();
        QMetaObject::invokeMethod(this, [this, id] { emit saving(id); }, Qt::QueuedConnection);
        const Article sent = it.value();
        Article article = sent;
        bool hasBase = false;
        Article base;
        {
            QMutexLocker locker(&m_mutex);
            hasBase = m_bases.contains(id);
            if (hasBase)
                base = m_bases.value(id);
        }
        // The snapshot is an edit of the state this autosaver last wrote or was given, whatever
        // version the editor held when it took the snapshot.
        if (hasBase)
            article.version = base.version;
        QString why;
        Store::SaveOutcome outcome;
        const bool written = m_store->saveArticle(&article, &why, hasBase ? &base : nullptr, &outcome);
        if (written) {
            {
                QMutexLocker locker(&m_mutex);
                m_bases.insert(id, article);
            }
            const QDateTime updated = article.updated;
            const qint64 version = article.version;
            if (outcome.kind == Store::SaveOutcome::Kind::Merged
                || outcome.kind == Store::SaveOutcome::Kind::Conflict) {
                QMetaObject::invokeMethod(
                    this, [this, sent, article, outcome] { emit changedElsewhere(sent, article, outcome); },
                    Qt::QueuedConnection);
            }
            QMetaObject::invokeMethod(
                this, [this, id, updated, version] { emit saved(id, updated, version); },
                Qt::QueuedConnection);
        } else {
            QMetaObject::invokeMethod(
                this, [this, id, why] { emit failed(id, why); }, Qt::QueuedConnection);
            if (ok && firstError)
                *firstError = why;
            ok = false;
        }
        // Only now, with its signal already posted, does the write stop counting as pending.
        QMutexLocker locker(&m_mutex);
        m_writingIds.remove(id);
        // A snapshot scheduled during the write is newer and takes this one's place.
        if (!written && !m_pending.contains(id))
            m_pending.insert(id, it.value());
    }
    // The search index follows in a transaction of its own once saves pause (IndexPauseMs); a
    // failure, or a stop before then, leaves the marks for a later pass or the next search.
    if (!batch.isEmpty()) {
        const quint64 generation = ++m_indexGeneration;
        QMetaObject::invokeMethod(
            m_context.get(),
            [this, generation] {
                QTimer::singleShot(IndexPauseMs, m_context.get(), [this, generation] {
                    if (generation == m_indexGeneration)
                        m_store->updateSearchIndex(nullptr);
                });
            },
            Qt::QueuedConnection);
    }
    return ok;
}

} // namespace copydesk
