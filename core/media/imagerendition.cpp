#include "media/imagerendition.h"

#include "media/imagedecoder.h"

#include <QCoreApplication>
#include <QImage>
#include <QTransform>
#include <QtMath>

namespace copydesk {

namespace {

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

} // namespace

ImageRendition::Options ImageRendition::forImage(const Options &base, const Block &image)
{
    Options options = base;
    options.crop = image.isCropped() ? image.shownPart() : QRectF();
    options.rotation = image.isCropped() ? image.rotation : 0;
    return options;
}

QString ImageRendition::key(const Block &image)
{
    if (!image.isCropped())
        return image.media;
    const QRectF part = image.shownPart();
    return QStringLiteral("%1#%2,%3,%4,%5,%6")
            .arg(image.media)
            .arg(part.x(), 0, 'g', 17)
            .arg(part.y(), 0, 'g', 17)
            .arg(part.width(), 0, 'g', 17)
            .arg(part.height(), 0, 'g', 17)
            .arg(image.rotation % 360);
}

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
    // A crop keeps the long edge: the photo is decoded larger by the smaller share the crop keeps
    // (never beyond the original; the result is scaled down to the long edge below).
    const QRectF part = options.crop.isValid() ? options.crop.intersected(QRectF(0, 0, 1, 1)) : QRectF(0, 0, 1, 1);
    const qreal share = qMin(part.width(), part.height());
    const int decodeEdge = share > 0 && share < 1 ? int(qMin<qreal>(qCeil(options.maxLongEdge / share), 65535))
                                                  : options.maxLongEdge;
    if (!ImageDecoder::decodeScaled(original, decodeEdge, &image, nullptr, &sourceFormat, &reason))
        return fail(error, QCoreApplication::translate("ImageRendition", "Cannot make a web rendition: %1").arg(reason));
    if (options.rotation % 360 != 0)
        image = image.transformed(QTransform().rotate(options.rotation % 360));
    if (part != QRectF(0, 0, 1, 1) && !part.isEmpty()) {
        const QRect pixels(qRound(part.x() * image.width()), qRound(part.y() * image.height()),
                           qMax(1, qRound(part.width() * image.width())), qMax(1, qRound(part.height() * image.height())));
        image = image.copy(pixels & image.rect());
    }
    if (qMax(image.width(), image.height()) > options.maxLongEdge) {
        // Rounded to the nearest pixel (Qt::KeepAspectRatio truncates: 1067×600 gave 800×449).
        const qreal scale = qreal(options.maxLongEdge) / qMax(image.width(), image.height());
        const QSize target(qBound(1, qRound(image.width() * scale), options.maxLongEdge),
                           qBound(1, qRound(image.height() * scale), options.maxLongEdge));
        image = image.scaled(target, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    }

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
