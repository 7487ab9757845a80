#pragma once

#include "model/block.h"

#include <QList>
#include <QTextBlock>

class QMimeData;
class QTextCursor;

namespace copydesk {

// A selection in the body as Word treats one around a picture: a photo is one object (image block
// and its caption), taken whole or not at all, so no cut leaves an orphan caption and no paste
// brings back an empty placeholder. On the clipboard the selection travels as article blocks.
class PhotoSelection
{
public:
    // The image block a document block belongs to (itself, or the photo whose caption it is).
    static QTextBlock photoOf(const QTextBlock &block);
    // The last block of the photo: its caption, or the image block when it has none.
    static QTextBlock lastBlockOf(const QTextBlock &photo);

    // A caret on a photo (a clicked photo) becomes a selection of the whole photo.
    static void selectClickedPhoto(QTextCursor *cursor);
    // Whether the selection covers at least one character of a photo or its caption.
    static bool touchesPhoto(const QTextCursor &cursor);
    // Widens the selection to whole photos; a photo at its start is taken from the end of the
    // block before it, so that removing the selection leaves no empty photo block.
    static void expand(QTextCursor *cursor);
    // Removes the selection, widened to whole photos, leaving sound blocks; the caller groups it.
    static void removeSelected(QTextCursor *cursor);
    // The article blocks the selection holds, as a reader would take them (partial paragraphs
    // partly, photos whole).
    static QList<Block> selectedBlocks(const QTextCursor &cursor);

    // Clipboard data for blocks: ArticleJson under the blocks MIME type, with HTML and text.
    static QMimeData *mimeData(const QList<Block> &blocks, const QString &html);
    static bool blocksFrom(const QMimeData *data, QList<Block> *blocks);
    static QString mimeType();
};

} // namespace copydesk
