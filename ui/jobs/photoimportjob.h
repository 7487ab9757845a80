#pragma once

#include "jobs/concurrentbatch.h"
#include "media/decodedimage.h"
#include "media/photometadata.h"
#include "model/block.h"

#include <QObject>
#include <QStringList>

namespace copydesk {

// Decodes a batch of photo files in parallel off the UI thread into photo blocks, with progress
// and cancel.
class PhotoImportJob : public QObject
{
    Q_OBJECT

public:
    // One file's outcome: a decoded photo, or the reason it was refused.
    struct Result
    {
        QString path;
        DecodedImage image;
        PhotoMetadata metadata; // caption, credit, alt from the photo's IPTC/XMP
        Block block;            // the photo as an article block, its fields filled from metadata
        bool fromMetadata = false;
        QString error;
    };

    explicit PhotoImportJob(QObject *parent = nullptr);

    void start(const QStringList &paths);
    void startWithImage(const QImage &image); // a pasted picture, encoded as PNG
    void cancel();
    bool isRunning() const;

signals:
    void progress(int done, int total);
    // In the order given; cancelled jobs emit finished() with what was done.
    void finished(const QList<PhotoImportJob::Result> &results, bool cancelled);

private:
    ConcurrentBatch<Result> m_batch;
};

} // namespace copydesk
