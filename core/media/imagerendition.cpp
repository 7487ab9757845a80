#include "media/imagerendition.h"

#include "media/imagedecoder.h"

#include <QCoreApplication>
#include <QImage>

namespace copydesk {

namespace {

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

} // namespace

bool ImageRendition::render(const QByteArray &original, const Options &options, Result *result,
                            QString *error)
{
    if (options.maxLongEdge < 1 || options.jpegQuality < 1 || options.jpegQuality > 100)
        return fail(error, QCoreApplication::translate(
                               "ImageRendition",
                               "Cannot make a web rendition: invalid options (long edge %1 px, JPEG quality %2)")
                               .arg(options.maxLongEdge)
                               .arg(options.jpegQuality));

    QImage image;
    QByteArray sourceFormat;
    QString reason;
    if (!ImageDecoder::decodeScaled(original, options.maxLongEdge, &image, nullptr, &sourceFormat, &reason))
        return fail(error, QCoreApplication::translate("ImageRendition", "Cannot make a web rendition: %1").arg(reason));

    const bool graphic = sourceFormat == "png" || sourceFormat == "gif" || ImageDecoder::hasTransparency(image);
    Result rendition;
    rendition.format = graphic ? "png" : "jpeg";
    rendition.extension = graphic ? QStringLiteral("png") : QStringLiteral("jpg");
    rendition.size = image.size();
    if (!ImageDecoder::encodeClean(image, rendition.format, options.jpegQuality, &rendition.bytes, &reason))
        return fail(error, QCoreApplication::translate("ImageRendition", "Cannot make a web rendition: %1").arg(reason));
    if (result)
        *result = rendition;
    return true;
}

} // namespace copydesk
