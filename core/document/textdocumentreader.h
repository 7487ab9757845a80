#pragma once

#include "document/documentformat.h"
#include "document/textdocumentroles.h"
#include "model/block.h"
#include "model/richtext.h"
#include "model/textmark.h"

#include <QList>
#include <QString>
#include <QTextBlock>
#include <QTextFormat>
#include <QTextImageFormat>

#include <optional>

class QTextList;

namespace copydesk {

// Reads a QTextDocument's blocks into the model's blocks, one document block after another
// (DocumentMapper::fromDocument and modelIndexAt, MappedDocument). Reading is in two steps: what
// one document block holds (read(), depending on that block alone, so it can be kept while the
// block is unchanged) and where that goes among the model's blocks (add()).
class TextDocumentReader
{
public:
    // What one document block holds, as the model sees it.
    struct Reading
    {
        DocumentFormat::Role role = DocumentFormat::Role::Body;
        int level = 2;
        // The QTextList the block is an item of (compared, never dereferenced, by add()).
        const QTextList *list = nullptr;
        bool ordered = false;
        RichText before;                // the text before the first image (all of a caption's text)
        QList<QTextImageFormat> images; // image objects, in order
        QTextBlockFormat blockFormat;   // for the image properties; only kept when there are images
        RichText after;                 // the text after the first image
    };

    static Reading read(const QTextBlock &block);
    // Adds what one document block holds; returns the model index its content went to, or -1 if none.
    int add(const Reading &reading);
    // read() and add() of one document block.
    int readBlock(const QTextBlock &block) { return add(read(block)); }
    // Emits the text held back after the last image; call after the last block.
    void flushPending();
    // Room for this many model blocks.
    void reserve(int blocks) { m_blocks.reserve(blocks); }

    const QList<Block> &blocks() const { return m_blocks; }

private:
    // Text found after an image in its document block; it goes after the image's caption.
    struct PendingText
    {
        RichText text;
        DocumentFormat::Role role = DocumentFormat::Role::Body;
        int level = 2;
        const QTextList *list = nullptr;
        bool ordered = false;
    };

    // Accumulates a block's text fragments into RichText, merging a mark across fragments.
    struct RichTextBuilder
    {
        RichText rich;
        int runStart[3] = {-1, -1, -1}; // by TextMark::Kind; -1: no open run
        QString href;                   // of the open link run
    };

    static void closeRun(RichTextBuilder *builder, TextMark::Kind kind, int end);
    static void appendFragment(RichTextBuilder *builder, const QString &text, const TextDocumentRoles::Marks &marks);
    static RichText finish(RichTextBuilder *builder);
    static bool isOrdered(const QTextList *list);

    // Keeps a pasted picture's address for a later import; other schemes (data: URLs, relative
    // paths) say nothing useful.
    static QString importableSource(const QString &name);

    // Appends (or adds to the open list); returns the model index, or -1 for blank text.
    int emitText(const RichText &text, DocumentFormat::Role role, int level, const QTextList *list, bool ordered);

    // The block's properties describe the first of its images showing the media they name; any
    // other image is a photo pasted from this editor (its display size the best guess of its size)
    // or a picture from elsewhere (a placeholder remembering where it came from).
    int emitImage(const QTextImageFormat &format, const QTextBlockFormat &blockFormat, bool *propertiesUsed);

    QList<Block> m_blocks;
    const QTextList *m_lastList = nullptr; // the QTextList whose items the last block holds
    int m_captionTarget = -1;              // the image that a caption block read next describes
    std::optional<PendingText> m_pending;
};

} // namespace copydesk
