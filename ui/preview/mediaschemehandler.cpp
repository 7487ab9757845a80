#include "preview/mediaschemehandler.h"

#include "model/mediainfo.h"
#include "preview/mediaurl.h"
#include "store/store.h"

#include <QBuffer>
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
    auto *buffer = new QBuffer(job);
    buffer->setData(m_store->mediaBytes(id, &error));
    buffer->open(QIODevice::ReadOnly);
    job->reply(info.mime.toLatin1(), buffer);
}

} // namespace copydesk
