#pragma once

#include "model/block.h"

#include <QByteArray>
#include <QRectF>
#include <QString>
#include <QUrl>

namespace copydesk {

// The preview's private URL scheme (the editor's image URLs): copydesk-media:<sha256>.
class MediaUrl
{
public:
    static QByteArray scheme();
    static QString forMedia(const QString &sha256);
    static QString mediaId(const QUrl &url); // empty when the URL is not a valid media URL
    // A photo block's URL: its media, with its crop and turn as a query when it has them.
    static QString forImage(const Block &image);
    // The crop and turn a URL asks for; false when it asks for the photo as stored.
    static bool cropOf(const QUrl &url, QRectF *crop, int *rotation);
    // Must run before the QApplication is created.
    static void registerScheme();
};

} // namespace copydesk
