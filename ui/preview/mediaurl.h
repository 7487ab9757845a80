#pragma once

#include <QByteArray>
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
    // Must run before the QApplication is created.
    static void registerScheme();
};

} // namespace copydesk
