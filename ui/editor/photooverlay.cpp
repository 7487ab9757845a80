#include "editor/photooverlay.h"

#include "document/documentformat.h"

#include <QAbstractTextDocumentLayout>
#include <QFontMetricsF>
#include <QPainter>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

namespace copydesk {

void PhotoOverlay::paint(QPainter *painter, const QTextDocument *document, const QPoint &offset, const QRect &viewport,
                         int selectedBlock, const QFont &font, const QPalette &palette)
{
    QAbstractTextDocumentLayout *layout = document->documentLayout();
    const QRect visible = viewport.translated(-offset);
    // The selected photo: a frame around the picture, as word processors draw one.
    const QTextBlock selected = document->findBlockByNumber(selectedBlock);
    if (DocumentFormat::isImageBlock(selected) && selected.layout() && selected.layout()->lineCount() > 0) {
        const QRectF blockRect = layout->blockBoundingRect(selected);
        const QRectF picture = selected.layout()->lineAt(0).naturalTextRect().translated(blockRect.topLeft() + offset);
        painter->setPen(QPen(palette.color(QPalette::Highlight), 3));
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(picture.adjusted(-3, -3, 3, 3));
    }
    QFont small = font;
    small.setPointSizeF(small.pointSizeF() * 0.95);
    painter->setFont(small);
    const QColor grey = palette.color(QPalette::PlaceholderText);
    // Only the blocks in view, from the one at the viewport's top: a paint costs the same at any
    // length of article (walking every block took 70 % of the body's repaints at 200k characters,
    // perf record of copydesk-bench-gui --only typing).
    const int top = layout->hitTest(QPointF(visible.left(), visible.top()), Qt::FuzzyHit);
    for (QTextBlock block = document->findBlock(qMax(0, top)); block.isValid(); block = block.next()) {
        const QRectF rect = layout->blockBoundingRect(block);
        if (rect.top() > visible.bottom())
            break;
        if (!DocumentFormat::isCaptionBlock(block) || rect.bottom() < visible.top())
            continue;
        const QTextLayout *textLayout = block.layout();
        if (!textLayout || textLayout->lineCount() == 0)
            continue;
        const QTextLine line = textLayout->lineAt(textLayout->lineCount() - 1);
        const QRectF lineRect = line.naturalTextRect().translated(rect.topLeft() + offset);
        painter->setPen(grey);
        if (block.text().isEmpty()) {
            painter->drawText(QRectF(rect.left() + offset.x(), lineRect.top(), rect.width(), lineRect.height()),
                             Qt::AlignHCenter | Qt::AlignVCenter, PhotoOverlay::tr("Add a caption"));
        }
        const QString credit = block.previous().blockFormat().stringProperty(DocumentFormat::ImageCredit);
        if (!credit.isEmpty() && DocumentFormat::isImageBlock(block.previous())) {
            // Set apart from the caption: smaller, on its own line, right-aligned under the picture.
            QFont creditFont = font;
            creditFont.setPointSizeF(creditFont.pointSizeF() * 0.8);
            const QFontMetricsF metrics(creditFont);
            qreal right = rect.right() + offset.x();
            const QTextLayout *pictureLayout = block.previous().layout();
            if (pictureLayout && pictureLayout->lineCount() > 0) {
                const QRectF pictureBlock = layout->blockBoundingRect(block.previous());
                right = pictureLayout->lineAt(0).naturalTextRect().translated(pictureBlock.topLeft() + offset).right();
            }
            const qreal x = qMax(rect.left() + offset.x(), right - metrics.horizontalAdvance(credit));
            painter->setFont(creditFont);
            painter->drawText(QPointF(x, lineRect.bottom() + metrics.ascent() + 2), credit);
            painter->setFont(small);
        }
    }
}

} // namespace copydesk
