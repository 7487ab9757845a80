#include "jobs/thumbnailprovider.h"

#include "jobs/thumbnailjob.h"
#include "store/store.h"

namespace copydesk {

ThumbnailProvider::ThumbnailProvider(Store *store, QObject *parent)
    : QObject(parent), m_store(store), m_job(new ThumbnailJob(store, this))
{
    connect(m_job, &ThumbnailJob::made, this, [this](const QStringList &sha256s, const QStringList &) {
        if (!sha256s.isEmpty())
            emit made(sha256s);
    });
}

QByteArray ThumbnailProvider::thumbnail(const QString &sha256)
{
    if (sha256.isEmpty())
        return {};
    QByteArray stored = m_store->mediaThumbnail(sha256);
    if (!stored.isEmpty() || m_asked.contains(sha256))
        return stored;
    m_asked.insert(sha256);
    // Only the original's bytes are read here (one row of the store: 3 ms for a 4000 × 3000
    // JPEG, tst_gui_thumbnailprovider); the decode (100 ms and more) runs on the job's threads.
    DecodedImage image;
    image.sha256 = sha256;
    image.bytes = m_store->mediaBytes(sha256, nullptr);
    m_job->make({image});
    return {};
}

void ThumbnailProvider::announce(const QStringList &sha256s)
{
    if (!sha256s.isEmpty())
        emit made(sha256s);
}

} // namespace copydesk
