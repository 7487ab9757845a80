#pragma once

#include "model/block.h"
#include "document/documentformat.h"

#include <QList>
#include <QTextBlockFormat>
#include <QTextCharFormat>
#include <QTextImageFormat>
#include <QTextListFormat>

class QTextCursor;
class QTextDocument;

namespace copydesk {

// Maps an article body to the rich-text editor's QTextDocument and back.
//
// Document shape: one QTextBlock per paragraph, heading, quote and list item (a list's items share
// one QTextList); soft line breaks ("\n" in the model) are U+2028 inside a block. An image is a
// block holding one QTextImageFormat object, its model fields kept as block properties, followed by
// its caption block (present even when the caption is empty).
//
// Marks: bold is a font weight of DemiBold or more above the role's default weight (a bold mark in
// a heading is drawn Black), or such a weight with DocumentFormat::MarkBold set; italic is
// fontItalic() (no role is italic by default); a link is an anchor's href. So text pasted from
// elsewhere and plain QTextCursor edits read back as they look.
class DocumentMapper
{
public:
    enum class History {
        Reset,      // loading: clears undo/redo and the modified flag
        UndoableStep // one undo step the user can take back
    };

    // Replaces the document's content (its added resources stay). Images are shown at most
    // imageMaxWidth pixels wide, keeping their aspect ratio; the editor supplies the pixels for
    // DocumentFormat::imageResourceUrl() through addResource() or a loadResource() override.
    static void toDocument(const QList<Block> &blocks, QTextDocument *document, int imageMaxWidth = 640,
                           History history = History::Reset);

    // Reading rules for what an editor leaves behind: blank text blocks are dropped; an image
    // object found in any block becomes an image block, the block's text before it a block of its
    // own before the image, and its text after it a block after the image and its caption; a
    // caption block not right after an image reads as a paragraph; images pasted from elsewhere
    // become placeholders whose sourceUrl is the picture's http(s)/file URL.
    static QList<Block> fromDocument(const QTextDocument *document);

    // The index in fromDocument()'s list of the block that a document position belongs to (a
    // dropped blank line belongs to the next block); -1 when the body is empty.
    static int modelIndexAt(const QTextDocument *document, int position);

    // Font sizes are relative (QTextFormat::FontSizeAdjustment) to the document's default font,
    // which the editor chooses; so are the sizes of text typed into a block without a format.
    static QTextCharFormat bodyCharFormat();
    static QTextCharFormat headingCharFormat(int level);
    static QTextCharFormat captionCharFormat();
    // The format of text in a block of the given role carrying the given marks (href empty: no link).
    static QTextCharFormat markedCharFormat(DocumentFormat::Role role, int headingLevel, bool bold,
                                            bool italic, const QString &href);

    static QTextBlockFormat bodyBlockFormat();
    static QTextBlockFormat headingBlockFormat(int level);
    static QTextBlockFormat captionBlockFormat();
    static QTextBlockFormat quoteBlockFormat();
    static QTextBlockFormat listItemBlockFormat();
    static QTextListFormat listFormat(bool ordered);
    static QTextBlockFormat imageBlockFormat(const Block &image);
    static QTextImageFormat imageFormat(const Block &image, int maxWidth);

    // Sets or clears a mark on the cursor's selection as one undo step, restyling each piece from
    // its block's role; without a selection it changes the cursor's format for typing (give the
    // cursor back to the QTextEdit). Caption and image objects are left alone.
    static void setMark(QTextCursor *cursor, TextMark::Kind kind, bool on, const QString &href = {});

    // Turns the blocks the cursor touches into body text, headings or quotes (other roles are
    // ignored), keeping their marks; image and caption blocks are left alone.
    static void setTextRole(QTextCursor *cursor, DocumentFormat::Role role, int headingLevel = 2);
};

} // namespace copydesk
