#pragma once

#include <QByteArray>
#include <QSize>
#include <QString>

namespace copydesk {

// The result of accepting one photo: the original bytes plus what the store keeps about them.
struct DecodedImage
{
    QByteArray bytes;
    QString sha256;     // lowercase hex of bytes
    QByteArray format;  // "jpeg", "png", "webp", "gif", "tiff", "bmp"
    QString mime;
    QSize size;         // upright size (EXIF orientation applied)
    QByteArray thumbnail; // JPEG (PNG when the image has alpha), long edge <= 320 px, upright
    QString fileName;   // original file name, no directory
};

} // namespace copydesk
