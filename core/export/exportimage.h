#pragma once

#include <QByteArray>
#include <QSize>
#include <QString>

namespace copydesk {

// One photo of an article made ready for export: its web rendition and how formats name it.
struct ExportImage
{
    QString media;      // SHA-256 hex of the stored original
    QByteArray bytes;   // the web rendition
    QByteArray format;  // "jpeg" or "png"
    QString extension;  // "jpg" or "png"
    QSize size;         // of the rendition
    int number = 0;     // 1-based, in order of first use in the article

    QString mime() const
    {
        return format == "png" ? QStringLiteral("image/png") : QStringLiteral("image/jpeg");
    }
    // "images/<first 16 hex digits of the SHA-256>.<ext>": stable, so articles can share a folder.
    QString sharedPath() const
    {
        return QStringLiteral("images/") + media.left(16) + QLatin1Char('.') + extension;
    }
    QString dataUri() const
    {
        return QStringLiteral("data:") + mime() + QStringLiteral(";base64,")
               + QString::fromLatin1(bytes.toBase64());
    }
};

} // namespace copydesk
