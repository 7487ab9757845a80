#include "preview/mediaurl.h"

#include "document/documentformat.h"

#include <QStringList>
#include <QUrlQuery>
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

QString MediaUrl::forImage(const Block &image)
{
    if (!image.isCropped())
        return forMedia(image.media);
    const QRectF part = image.shownPart();
    return QStringLiteral("%1?crop=%2,%3,%4,%5&turn=%6")
            .arg(forMedia(image.media))
            .arg(part.x())
            .arg(part.y())
            .arg(part.width())
            .arg(part.height())
            .arg(image.rotation);
}

bool MediaUrl::cropOf(const QUrl &url, QRectF *crop, int *rotation)
{
    const QUrlQuery query(url);
    const QStringList parts = query.queryItemValue(QStringLiteral("crop")).split(QLatin1Char(','));
    if (parts.size() != 4)
        return false;
    bool ok[5] = {};
    *crop = QRectF(parts.at(0).toDouble(&ok[0]), parts.at(1).toDouble(&ok[1]), parts.at(2).toDouble(&ok[2]),
                   parts.at(3).toDouble(&ok[3]));
    *rotation = query.queryItemValue(QStringLiteral("turn")).toInt(&ok[4]);
    return ok[0] && ok[1] && ok[2] && ok[3] && ok[4] && !crop->isEmpty() && *rotation % 90 == 0;
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
