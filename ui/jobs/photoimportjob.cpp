#include "jobs/photoimportjob.h"

#include "media/imagedecoder.h"

#include <QBuffer>
#include <QImageWriter>
#include <QtConcurrent>

namespace copydesk {

PhotoImportJob::PhotoImportJob(QObject *parent)
    : QObject(parent),
      m_batch(this, [this](int done, int total) { emit progress(done, total); },
              [this](const QList<Result> &results, bool cancelled) { emit finished(results, cancelled); })
{
}

void PhotoImportJob::start(const QStringList &paths)
{
    m_batch.start(QtConcurrent::mapped(paths, [](const QString &path) {
        Result result;
        result.path = path;
        if (!ImageDecoder::decodeFile(path, &result.image, &result.error)) {
            result.image = DecodedImage();
        } else {
            QString ignored; // a photo whose metadata cannot be read simply has none
            PhotoMetadata::read(result.image.bytes, &result.metadata, &ignored);
            result.block = Block::image(result.image.sha256, result.image.size.width(), result.image.size.height());
            result.fromMetadata = result.metadata.fillBlock(&result.block);
        }
        return result;
    }));
}

void PhotoImportJob::startWithImage(const QImage &image)
{
    m_batch.start(QtConcurrent::run([image] {
        Result result;
        result.path = tr("Pasted picture");
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QImageWriter writer(&buffer, "png");
        if (!writer.write(image))
            result.error = tr("the pasted picture could not be encoded: %1").arg(writer.errorString());
        else if (!ImageDecoder::decodeBytes(bytes, QStringLiteral("pasted.png"), &result.image, &result.error))
            result.image = DecodedImage();
        else
            result.block = Block::image(result.image.sha256, result.image.size.width(), result.image.size.height());
        return result;
    }));
}

void PhotoImportJob::cancel()
{
    m_batch.cancel();
}

bool PhotoImportJob::isRunning() const
{
    return m_batch.isRunning();
}

} // namespace copydesk
