#pragma once

#include "media/decodedimage.h"

#include <QByteArray>
#include <QImage>
#include <QSize>
#include <QString>

namespace copydesk {

// Accepts photos from untrusted files: judges the format by content, refuses empty, oversized,
// truncated and decompression-bomb files, and decodes upright with scaled (low-memory) reads.
class ImageDecoder
{
public:
    static constexpr qint64 MaxFileBytes = 200LL * 1024 * 1024;
    static constexpr qint64 MaxPixels = 200LL * 1000 * 1000; // 61 MP photos must pass; bombs must not
    static constexpr int ThumbnailLongEdge = 320;
    // Passed to QImageReader::setAllocationLimit (process-wide, set on first use): the largest
    // image allowed by MaxPixels at 4 bytes per pixel (763 MiB) fits; 16-bit sources above
    // ~134 MP that cannot be read scaled are refused rather than allocated.
    static constexpr int AllocationLimitMb = 1024;

    static bool decodeFile(const QString &path, DecodedImage *out, QString *error);
    static bool decodeBytes(const QByteArray &bytes, const QString &fileName, DecodedImage *out,
                            QString *error);

    // The format named by the content's signature if it is one we accept ("jpeg", "png",
    // "gif", "webp", "tiff", "bmp"), else empty. The file name plays no part.
    static QByteArray detectFormat(const QByteArray &bytes);
    static QString mimeType(const QByteArray &format);

    // Decodes bytes upright and shrunk (never enlarged) to fit maxLongEdge, reading scaled where
    // the format supports it. Checks format, completeness and MaxPixels before decoding.
    // *uprightSize gets the full upright size and *format the detected format (either may be
    // null). The error is a reason without a file name.
    static bool decodeScaled(const QByteArray &bytes, int maxLongEdge, QImage *image,
                             QSize *uprightSize, QByteArray *format, QString *error);

    // True if some pixel is not fully opaque (an alpha channel alone is not enough).
    static bool hasTransparency(const QImage &image);

    // Encodes image as a fresh file: 8-bit sRGB, no text, EXIF or ICC metadata carried over.
    // "png" keeps alpha; "jpeg" flattens any alpha onto white.
    static bool encodeClean(const QImage &image, const QByteArray &format, int jpegQuality,
                            QByteArray *bytes, QString *error);
};

} // namespace copydesk
