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

    // Accepts the photo and makes its thumbnail: acceptBytes() and makeThumbnail() together.
    static bool decodeFile(const QString &path, DecodedImage *out, QString *error);
    static bool decodeBytes(const QByteArray &bytes, const QString &fileName, DecodedImage *out,
                            QString *error);
    // Accepts the photo from its header alone, decoding no pixel (an import's photos): every
    // check of readHeader(), the hash, and out->thumbnail left empty for makeThumbnail() later.
    // Pixel data damaged past the header shows only when the thumbnail or a rendition is made.
    // Errors are "file name: reason".
    static bool acceptBytes(const QByteArray &bytes, const QString &fileName, DecodedImage *out,
                            QString *error);
    // The thumbnail of DecodedImage::thumbnail (long edge ThumbnailLongEdge, upright; JPEG, PNG
    // when transparent). The error is a reason without a file name.
    static bool makeThumbnail(const QByteArray &bytes, QByteArray *thumbnail, QString *error);

    // The format named by the content's signature if it is one we accept ("jpeg", "png",
    // "gif", "webp", "tiff", "bmp"), else empty. The file name plays no part.
    static QByteArray detectFormat(const QByteArray &bytes);
    static QString mimeType(const QByteArray &format);

    // What decodeScaled() checks before decoding (format by content, a reader for it, complete
    // structure, a readable header, MaxPixels), and the upright size with the EXIF orientation
    // applied, read from the header (QImageReader::size() and transformation()): no pixel is
    // decoded. The error is a reason without a file name.
    static bool readHeader(const QByteArray &bytes, QSize *uprightSize, QByteArray *format, QString *error);

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
