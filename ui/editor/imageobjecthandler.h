#pragma once

#include <QObject>
#include <QTextObjectInterface>

namespace copydesk {

// Lays out and draws the body's photos at the column's width (never wider than the text),
// keeping their aspect ratio, so the editor reflows photos when the window is resized.
class ImageObjectHandler : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    using QObject::QObject;

    QSizeF intrinsicSize(QTextDocument *document, int position, const QTextFormat &format) override;
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *document, int position,
                    const QTextFormat &format) override;
};

} // namespace copydesk
