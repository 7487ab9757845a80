#include "editor/imageobjecthandler.h"

#include "document/documentformat.h"

#include <QPainter>
#include <QTextDocument>
#include <QTextImageFormat>
#include <QUrl>

namespace copydesk {

QSizeF ImageObjectHandler::intrinsicSize(QTextDocument *document, int position, const QTextFormat &format)
{
    Q_UNUSED(position)
    const QTextImageFormat image = format.toImageFormat();
    QSizeF size(image.width(), image.height());
    if (size.isEmpty()) {
        const QImage pixels = document->resource(QTextDocument::ImageResource, QUrl(image.name())).value<QImage>();
        size = pixels.isNull() ? QSizeF(640, 360) : QSizeF(pixels.size()) / pixels.devicePixelRatio();
    }
    const qreal available = document->textWidth() - 2 * document->documentMargin() - 2;
    if (available > 0 && size.width() > available)
        size = QSizeF(available, size.height() * available / size.width());
    return size;
}

void ImageObjectHandler::drawObject(QPainter *painter, const QRectF &rect, QTextDocument *document,
                                    int position, const QTextFormat &format)
{
    Q_UNUSED(position)
    const QImage pixels = document->resource(QTextDocument::ImageResource, QUrl(format.toImageFormat().name())).value<QImage>();
    if (pixels.isNull()) {
        painter->fillRect(rect, QColor(128, 128, 128, 40));
        return;
    }
    painter->save();
    painter->setRenderHint(QPainter::SmoothPixmapTransform);
    if (!format.hasProperty(DocumentFormat::ImageCrop)) {
        painter->drawImage(rect, pixels);
        painter->restore();
        return;
    }
    // Non-destructive crop and turn: the crop is in the turned photo's coordinates; the part of
    // the upright pixels it covers is drawn turned about the object's centre.
    const int rotation = ((format.intProperty(DocumentFormat::ImageRotation) % 360) + 360) % 360;
    const QRectF crop = format.property(DocumentFormat::ImageCrop).toRectF();
    QRectF source = crop;
    if (rotation == 90)
        source = QRectF(crop.y(), 1 - crop.x() - crop.width(), crop.height(), crop.width());
    else if (rotation == 180)
        source = QRectF(1 - crop.x() - crop.width(), 1 - crop.y() - crop.height(), crop.width(), crop.height());
    else if (rotation == 270)
        source = QRectF(1 - crop.y() - crop.height(), crop.x(), crop.height(), crop.width());
    const QSizeF pixelSize = pixels.size();
    source = QRectF(source.x() * pixelSize.width(), source.y() * pixelSize.height(),
                    source.width() * pixelSize.width(), source.height() * pixelSize.height());
    painter->translate(rect.center());
    painter->rotate(rotation);
    const QSizeF target = rotation % 180 ? rect.size().transposed() : rect.size();
    painter->drawImage(QRectF(QPointF(-target.width() / 2, -target.height() / 2), target), pixels, source);
    painter->restore();
}

} // namespace copydesk
