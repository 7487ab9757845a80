#include "jobs/thumbnailjob.h"

#include "media/imagedecoder.h"
#include "store/store.h"

#include <QHash>
#include <QtConcurrent>

namespace copydesk {

ThumbnailJob::ThumbnailJob(Store *store, QObject *parent)
    : QObject(parent),
      m_store(store),
      m_batch(this, [this](int done, int total) { emit progress(done, total); },
              [this](const QList<Result> &results, bool cancelled) {
                  if (!cancelled)
                      storeResults(results);
                  startNext();
              })
{
}

void ThumbnailJob::make(const QList<DecodedImage> &images)
{
    QList<DecodedImage> wanted;
    for (const DecodedImage &image : images) {
        if (image.thumbnail.isEmpty() && !image.bytes.isEmpty())
            wanted.append(image);
    }
    if (wanted.isEmpty())
        return;
    m_queue.append(wanted);
    if (!m_batch.isRunning())
        startNext();
}

void ThumbnailJob::cancel()
{
    m_queue.clear();
    m_batch.cancel();
}

bool ThumbnailJob::isRunning() const
{
    return m_batch.isRunning() || !m_queue.isEmpty();
}

void ThumbnailJob::startNext()
{
    if (m_queue.isEmpty())
        return;
    m_batch.start(QtConcurrent::mapped(m_queue.takeFirst(), [](const DecodedImage &image) {
        Result result;
        result.sha256 = image.sha256;
        QString reason;
        if (!ImageDecoder::makeThumbnail(image.bytes, &result.thumbnail, &reason))
            result.error = tr("%1: %2", "file name: why it has no thumbnail")
                               .arg(image.fileName.isEmpty() ? image.sha256.left(12) : image.fileName, reason);
        return result;
    }));
}

void ThumbnailJob::storeResults(const QList<Result> &results)
{
    QHash<QString, QByteArray> thumbnails;
    QStringList done;
    QStringList problems;
    for (const Result &result : results) {
        if (result.thumbnail.isEmpty()) {
            problems.append(result.error);
            continue;
        }
        thumbnails.insert(result.sha256, result.thumbnail);
        done.append(result.sha256);
    }
    QString error;
    if (!m_store->putMediaThumbnails(thumbnails, &error)) {
        problems.append(error);
        done.clear();
    }
    emit made(done, problems);
}

} // namespace copydesk
