#pragma once

#include "jobs/concurrentbatch.h"
#include "media/decodedimage.h"

#include <QList>
#include <QObject>
#include <QStringList>

namespace copydesk {

class Store;

// Makes the thumbnails of photos already in the store (an import stores none) off the UI thread,
// in parallel, and stores them in one transaction when a batch is done; batches asked for while
// one runs wait their turn. The destructor cancels and waits.
class ThumbnailJob : public QObject
{
    Q_OBJECT

public:
    // One photo's outcome: its thumbnail, or why none could be made.
    struct Result
    {
        QString sha256;
        QByteArray thumbnail;
        QString error;
    };

    ThumbnailJob(Store *store, QObject *parent = nullptr);

    // Photos without a thumbnail (DecodedImage::thumbnail empty) and with bytes; the rest are skipped.
    void make(const QList<DecodedImage> &images);
    void cancel();
    bool isRunning() const;

signals:
    void progress(int done, int total);
    // A batch is stored: the photos that have a thumbnail now, and one line per photo that has none
    // (it stays without: ThumbnailProvider does not ask again).
    void made(const QStringList &sha256s, const QStringList &problems);

private:
    void startNext();
    void storeResults(const QList<Result> &results);

    Store *m_store;
    QList<QList<DecodedImage>> m_queue;
    ConcurrentBatch<Result> m_batch;
};

} // namespace copydesk
