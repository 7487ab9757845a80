#include "photoimportjob.h"

#include "imagedecoder.h"

#include <QBuffer>
#include <QImageWriter>
#include <QtConcurrent>

namespace copydesk {

PhotoImportJob::PhotoImportJob(QObject *parent) : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<Result>::progressValueChanged, this,
            [this](int value) { emit progress(value, m_watcher.progressMaximum()); });
    connect(&m_watcher, &QFutureWatcher<Result>::finished, this, [this] {
        QList<Result> results;
        const QFuture<Result> future = m_watcher.future();
        for (int i = 0; i < future.resultCount(); ++i) {
            if (future.isResultReadyAt(i))
                results.append(future.resultAt(i));
        }
        emit finished(results, m_cancelled);
    });
}

PhotoImportJob::~PhotoImportJob()
{
    m_watcher.cancel();
    m_watcher.waitForFinished();
}

void PhotoImportJob::start(const QStringList &paths)
{
    m_cancelled = false;
    m_watcher.setFuture(QtConcurrent::mapped(paths, [](const QString &path) {
        Result result;
        result.path = path;
        if (!ImageDecoder::decodeFile(path, &result.image, &result.error)) {
            result.image = DecodedImage();
        } else {
            QString ignored; // a photo whose metadata cannot be read simply has none
            PhotoMetadata::read(result.image.bytes, &result.metadata, &ignored);
        }
        return result;
    }));
}

void PhotoImportJob::startWithImage(const QImage &image)
{
    m_cancelled = false;
    m_watcher.setFuture(QtConcurrent::run([image] {
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
        return result;
    }));
}

void PhotoImportJob::cancel()
{
    m_cancelled = true;
    m_watcher.cancel();
}

bool PhotoImportJob::isRunning() const
{
    return m_watcher.isRunning();
}

} // namespace copydesk
