#include "preview/mediaurl.h"

#include "document/documentformat.h"

#include <QWebEngineUrlScheme>

namespace copydesk {

QByteArray MediaUrl::scheme()
{
    return DocumentFormat::imageResourceScheme().toLatin1();
}

QString MediaUrl::forMedia(const QString &sha256)
{
    return DocumentFormat::imageResourceUrl(sha256).toString();
}

QString MediaUrl::mediaId(const QUrl &url)
{
    QString id;
    return DocumentFormat::parseImageResourceUrl(url, &id) ? id : QString();
}

void MediaUrl::registerScheme()
{
    QWebEngineUrlScheme media(scheme());
    media.setSyntax(QWebEngineUrlScheme::Syntax::Path);
    media.setFlags(QWebEngineUrlScheme::SecureScheme | QWebEngineUrlScheme::LocalScheme
                   | QWebEngineUrlScheme::LocalAccessAllowed);
    QWebEngineUrlScheme::registerScheme(media);
}

} // namespace copydesk
