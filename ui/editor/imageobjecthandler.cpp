#include "editor/imageobjecthandler.h"

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
    painter->drawImage(rect, pixels);
    painter->restore();
}

} // namespace copydesk
