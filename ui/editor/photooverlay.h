#pragma once

#include <QCoreApplication>
#include <QFont>
#include <QPalette>
#include <QPoint>
#include <QRect>

class QPainter;
class QTextDocument;

namespace copydesk {

// What the body editor draws over its photos: the selected photo's frame, "Add a caption" in an
// empty caption, and the credit set apart under the picture (smaller, right-aligned).
class PhotoOverlay
{
    Q_DECLARE_TR_FUNCTIONS(PhotoOverlay)

public:
    // offset: the scroll offset (negative scroll values); viewport: the visible rectangle;
    // selectedBlock: the selected photo's image block number, or -1.
    static void paint(QPainter *painter, const QTextDocument *document, const QPoint &offset, const QRect &viewport,
                      int selectedBlock, const QFont &font, const QPalette &palette);
};

} // namespace copydesk
