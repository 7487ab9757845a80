#pragma once

#include "document/documentformat.h"
#include "model/block.h"

#include <QList>
#include <QString>
#include <QTextBlockFormat>
#include <QTextCharFormat>

class QTextCursor;

namespace copydesk {

// Writes the model's blocks into a QTextDocument in the shape DocumentMapper describes
// (DocumentMapper::toDocument).
class TextDocumentWriter
{
public:
    // Writes the blocks from the cursor on, the document's (emptied) first block first.
    static void write(const QList<Block> &blocks, QTextCursor *cursor, int imageMaxWidth);

private:
    // One for one, so that mark offsets stay valid: characters that would end the block (or read back
    // as an object or a frame boundary) are replaced.
    static QString toDocumentText(const QString &text);

    // Starts the next block: the document's (emptied) first block, then new ones.
    static void startBlock(QTextCursor *cursor, bool *first, const QTextBlockFormat &blockFormat,
                           const QTextCharFormat &charFormat);
    static void insertRichText(QTextCursor *cursor, const RichText &rich, DocumentFormat::Role role, int level);
};

} // namespace copydesk
