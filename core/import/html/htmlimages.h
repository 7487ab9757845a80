#pragma once

#include "import/html/htmlconverter.h"
#include "import/importedarticle.h"
#include "model/block.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace copydesk {

// The photos of the HTML: where a src leads, what is read for it, and decoding them into the
// image blocks once the blocks stand.
class HtmlImages
{
public:
    // A photo to read and decode; an image block shows it as pendingPrefix() + its index.
    struct Pending
    {
        QByteArray bytes;
        QString part; // a package part still to be read instead
        QString fileName;
        QString sourceUrl; // a local file's URL, for the placeholder when it cannot be used
        QString failure;   // why the bytes could not be read, if so
    };

    static const QString &pendingPrefix();

    // Emoji, spacers, icons and tracking pixels are not photos.
    static constexpr int TinyImage = 32;

    static bool decodeDataUri(const QString &uri, QByteArray *bytes);

    // A web URL worth recording: http(s) with a host, protocol-relative ones made https.
    static QString webUrl(const QString &src);
    static int pixelAttribute(const QString &value);

    // Alt texts Word makes up from the file ("说明: C:\…\image001.jpg") say nothing about the picture.
    static QString usefulAlt(const QString &alt);

    // Script-running or page-replacing URL schemes.
    static bool isActive(const QString &url);
    static Pending readLocal(const QString &path);

    // Reads the pending photos in parallel and puts what they are into the image blocks; a photo
    // whose header cannot be read leaves a placeholder (and a warning), a tiny one (an icon)
    // nothing. Only headers are read: the photos come without thumbnails (ImageDecoder::acceptBytes).
    static void resolve(QList<Block> *blocks, const QList<Pending> &pending, const HtmlConverter::Options &options,
                        ImportedArticle *out);

private:
    struct Decoded
    {
        bool ok = false;
        DecodedImage image;
        PhotoMetadata metadata;
        QString error;
    };

    // ImageDecoder::acceptBytes() with the import's own messages: size and format from the header.
    static bool decodePhoto(const QByteArray &bytes, const QString &fileName, DecodedImage *out, QString *error);
    static Decoded decodePending(const Pending &pending, const HtmlConverter::Options &options);
};

} // namespace copydesk
