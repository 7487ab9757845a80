#include "preview/mediaschemehandler.h"

#include "media/imagerendition.h"
#include "model/mediainfo.h"
#include "preview/mediaurl.h"
#include "store/store.h"

#include <QBuffer>
#include <QFutureWatcher>
#include <QPointer>
#include <QtConcurrent>
#include <QWebEngineUrlRequestJob>

namespace copydesk {

MediaSchemeHandler::MediaSchemeHandler(const Store *store, QObject *parent)
    : QWebEngineUrlSchemeHandler(parent), m_store(store)
{
}

void MediaSchemeHandler::requestStarted(QWebEngineUrlRequestJob *job)
{
    const QString id = MediaUrl::mediaId(job->requestUrl());
    if (id.isEmpty() || job->requestMethod() != QByteArrayLiteral("GET")) {
        job->fail(QWebEngineUrlRequestJob::UrlInvalid);
        return;
    }
    MediaInfo info;
    QString error;
    if (!m_store->mediaInfo(id, &info, &error)) {
        job->fail(QWebEngineUrlRequestJob::UrlNotFound);
        return;
    }
    QRectF crop;
    int rotation = 0;
    if (MediaUrl::cropOf(job->requestUrl(), &crop, &rotation)) {
        // A cropped photo: its rendition is made off this thread, as the export makes it.
        QPointer<QWebEngineUrlRequestJob> request(job);
        auto *watcher = new QFutureWatcher<ImageRendition::Result>(this);
        connect(watcher, &QFutureWatcher<ImageRendition::Result>::finished, this, [request, watcher] {
            const ImageRendition::Result result = watcher->result();
            watcher->deleteLater();
            if (!request)
                return;
            if (result.bytes.isEmpty()) {
                request->fail(QWebEngineUrlRequestJob::RequestFailed);
                return;
            }
            auto *buffer = new QBuffer(request);
            buffer->setData(result.bytes);
            buffer->open(QIODevice::ReadOnly);
            request->reply(result.format == "png" ? QByteArrayLiteral("image/png") : QByteArrayLiteral("image/jpeg"), buffer);
        });
        const QByteArray bytes = m_store->mediaBytes(id, &error);
        watcher->setFuture(QtConcurrent::run([bytes, crop, rotation] {
            ImageRendition::Options options;
            options.crop = crop;
            options.rotation = rotation;
            ImageRendition::Result result;
            QString renderError;
            if (!ImageRendition::render(bytes, options, &result, &renderError))
                result = ImageRendition::Result();
            return result;
        }));
        return;
    }
    auto *buffer = new QBuffer(job);
    buffer->setData(m_store->mediaBytes(id, &error));
    buffer->open(QIODevice::ReadOnly);
    job->reply(info.mime.toLatin1(), buffer);
}

} // namespace copydesk
