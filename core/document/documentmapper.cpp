#include "document/documentmapper.h"
#include "document/textdocumentreader.h"
#include "document/textdocumentroles.h"
#include "document/textdocumentwriter.h"

#include <QColor>
#include <QFont>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextList>

#include <algorithm>
#include <climits>
#include <utility>

namespace copydesk {

using DocumentFormat::Role;

namespace {

QColor captionColor()
{
    return QColor(0x6b, 0x72, 0x80);
}

QColor linkColor()
{
    return QColor(0x1a, 0x5f, 0xb4);
}

// Translucent, so that it reads on light and dark palettes alike.
QColor quoteTint()
{
    return QColor(128, 128, 128, 32);
}

// Gives each text fragment of the block that overlaps [from, to) the format
// restyle(fragment format, role, level) returns; image objects are left alone.
template<typename Restyle>
void restyleFragments(QTextCursor *editor, const QTextBlock &block, int from, int to, Role role, int level,
                      const Restyle &restyle)
{
    struct Span
    {
        int from;
        int to;
        QTextCharFormat format;
    };
    QList<Span> spans; // collected first: restyling re-cuts the fragments
    for (QTextBlock::iterator it = block.begin(); !it.atEnd(); ++it) {
        const QTextFragment fragment = it.fragment();
        const int start = qMax(from, fragment.position());
        const int end = qMin(to, fragment.position() + fragment.length());
        const QTextCharFormat format = fragment.charFormat();
        if (start < end && !format.isImageFormat())
            spans.append({start, end, restyle(format, role, level)});
    }
    for (const Span &span : std::as_const(spans)) {
        editor->setPosition(span.from);
        editor->setPosition(span.to, QTextCursor::KeepAnchor);
        editor->setCharFormat(span.format);
    }
}

} // namespace

void DocumentMapper::toDocument(const QList<Block> &blocks, QTextDocument *document, int imageMaxWidth,
                                History history)
{
    if (!document)
        return;
    const bool undoRedo = document->isUndoRedoEnabled();
    if (history == History::Reset) {
        document->setUndoRedoEnabled(false);
        document->setPlainText(QString());
    }
    QTextCursor cursor(document);
    cursor.beginEditBlock();
    if (history == History::UndoableStep) {
        cursor.select(QTextCursor::Document);
        cursor.removeSelectedText();
    }
    TextDocumentWriter::write(blocks, &cursor, imageMaxWidth);
    cursor.endEditBlock();

    if (history == History::Reset) {
        document->setUndoRedoEnabled(undoRedo);
        document->setModified(false);
    }
}

QList<Block> DocumentMapper::fromDocument(const QTextDocument *document)
{
    if (!document)
        return {};
    TextDocumentReader reader;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next())
        reader.readBlock(block);
    reader.flushPending();
    return reader.blocks();
}

int DocumentMapper::modelIndexAt(const QTextDocument *document, int position)
{
    if (!document)
        return -1;
    const QTextBlock target = document->findBlock(qBound(0, position, document->characterCount() - 1));
    TextDocumentReader reader;
    int found = -1;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        const int index = reader.readBlock(block);
        if (block == target)
            found = index >= 0 ? index : int(reader.blocks().size());
        // Blocks are only ever appended, so a found index is final once it exists.
        if (found >= 0 && found < reader.blocks().size())
            return found;
    }
    reader.flushPending();
    if (reader.blocks().isEmpty())
        return -1;
    return qMin(found, int(reader.blocks().size()) - 1);
}

QTextCharFormat DocumentMapper::bodyCharFormat()
{
    QTextCharFormat format;
    format.setFontWeight(QFont::Normal);
    return format;
}

QTextCharFormat DocumentMapper::headingCharFormat(int level)
{
    QTextCharFormat format;
    format.setProperty(QTextFormat::FontSizeAdjustment, TextDocumentRoles::clampedLevel(level) == 2 ? 2 : 1);
    format.setFontWeight(QFont::Bold);
    return format;
}

QTextCharFormat DocumentMapper::captionCharFormat()
{
    QTextCharFormat format;
    format.setProperty(QTextFormat::FontSizeAdjustment, -1);
    format.setFontWeight(QFont::Normal);
    format.setForeground(captionColor());
    return format;
}

QTextCharFormat DocumentMapper::markedCharFormat(Role role, int headingLevel, bool bold, bool italic,
                                                 const QString &href)
{
    QTextCharFormat format = role == Role::Heading ? headingCharFormat(headingLevel)
            : role == Role::Caption                ? captionCharFormat()
                                                   : bodyCharFormat();
    if (bold) {
        format.setFontWeight(role == Role::Heading ? QFont::Black : QFont::Bold);
        format.setProperty(DocumentFormat::MarkBold, true);
    }
    if (italic)
        format.setFontItalic(true);
    if (!href.isEmpty()) {
        format.setAnchor(true);
        format.setAnchorHref(href);
        format.setForeground(linkColor());
        format.setFontUnderline(true);
    }
    return format;
}

QTextBlockFormat DocumentMapper::bodyBlockFormat()
{
    QTextBlockFormat format;
    format.setProperty(DocumentFormat::BlockRole, int(Role::Body));
    format.setLineHeight(150, QTextBlockFormat::ProportionalHeight);
    format.setBottomMargin(10);
    return format;
}

QTextBlockFormat DocumentMapper::headingBlockFormat(int level)
{
    QTextBlockFormat format;
    format.setProperty(DocumentFormat::BlockRole, int(Role::Heading));
    format.setHeadingLevel(TextDocumentRoles::clampedLevel(level));
    format.setTopMargin(16);
    format.setBottomMargin(8);
    return format;
}

QTextBlockFormat DocumentMapper::captionBlockFormat()
{
    QTextBlockFormat format;
    format.setProperty(DocumentFormat::BlockRole, int(Role::Caption));
    format.setAlignment(Qt::AlignHCenter);
    format.setBottomMargin(26); // room for the credit when it does not fit beside the caption
    return format;
}

QTextBlockFormat DocumentMapper::quoteBlockFormat()
{
    QTextBlockFormat format;
    format.setProperty(DocumentFormat::BlockRole, int(Role::Quote));
    format.setProperty(DocumentFormat::QuoteBlock, true);
    format.setLineHeight(150, QTextBlockFormat::ProportionalHeight);
    format.setLeftMargin(24);
    format.setRightMargin(24);
    format.setTopMargin(4);
    format.setBottomMargin(10);
    format.setBackground(quoteTint());
    return format;
}

QTextBlockFormat DocumentMapper::listItemBlockFormat()
{
    QTextBlockFormat format;
    format.setProperty(DocumentFormat::BlockRole, int(Role::ListItem));
    format.setBottomMargin(4);
    return format;
}

QTextListFormat DocumentMapper::listFormat(bool ordered)
{
    QTextListFormat format;
    format.setStyle(ordered ? QTextListFormat::ListDecimal : QTextListFormat::ListDisc);
    format.setIndent(1);
    return format;
}

QTextBlockFormat DocumentMapper::imageBlockFormat(const Block &image)
{
    QTextBlockFormat format;
    format.setProperty(DocumentFormat::BlockRole, int(Role::Image));
    format.setProperty(DocumentFormat::MediaId, image.media);
    format.setProperty(DocumentFormat::ImageWidth, image.width);
    format.setProperty(DocumentFormat::ImageHeight, image.height);
    format.setProperty(DocumentFormat::ImageCredit, image.credit);
    format.setProperty(DocumentFormat::ImageAlt, image.alt);
    format.setProperty(DocumentFormat::ImageSourceUrl, image.sourceUrl);
    if (image.checkMetadata)
        format.setProperty(DocumentFormat::ImageCheckMetadata, true);
    if (image.isCropped()) {
        format.setProperty(DocumentFormat::ImageCrop, image.shownPart());
        format.setProperty(DocumentFormat::ImageRotation, image.rotation);
    }
    format.setAlignment(Qt::AlignHCenter);
    format.setTopMargin(6);
    format.setBottomMargin(4);
    return format;
}

QTextImageFormat DocumentMapper::imageFormat(const Block &image, int maxWidth)
{
    const int limit = qMax(1, maxWidth);
    int width = limit;
    int height = qMax(1, limit * 9 / 16);
    // The part shown: turned, then cropped (Block::crop is in the turned photo's coordinates).
    const bool turned = image.rotation % 180 != 0;
    const QRectF part = image.shownPart();
    const qreal shownWidth = (turned ? image.height : image.width) * part.width();
    const qreal shownHeight = (turned ? image.width : image.height) * part.height();
    if (shownWidth >= 1 && shownHeight >= 1) {
        width = qMin(qRound(shownWidth), limit);
        height = int(std::clamp<qint64>(qRound64(width * shownHeight / shownWidth), 1, INT_MAX));
        // Portrait rule: an upright photo is shown at most as tall as a landscape one is wide
        // at 4:3 would be, not at full column width.
        const int tallest = qMax(1, limit * 3 / 4);
        if (height > tallest) {
            width = qMax(1, qRound(qreal(width) * tallest / height));
            height = tallest;
        }
    }
    QTextImageFormat format;
    format.setName(DocumentFormat::imageResourceUrl(image.media).toString());
    if (image.isCropped()) {
        format.setProperty(DocumentFormat::ImageCrop, part);
        format.setProperty(DocumentFormat::ImageRotation, image.rotation);
    }
    format.setWidth(width);
    format.setHeight(height);
    return format;
}

void DocumentMapper::setMark(QTextCursor *cursor, TextMark::Kind kind, bool on, const QString &href)
{
    if (!cursor || cursor->isNull())
        return;
    const auto restyle = [kind, on, &href](const QTextCharFormat &format, Role role, int level) {
        TextDocumentRoles::Marks marks = TextDocumentRoles::marksOf(format, role);
        switch (kind) {
        case TextMark::Kind::Bold:
            marks.bold = on;
            break;
        case TextMark::Kind::Italic:
            marks.italic = on;
            break;
        case TextMark::Kind::Link:
            marks.href = on ? href : QString();
            break;
        }
        return markedCharFormat(role, level, marks.bold, marks.italic, marks.href);
    };

    int level = 2;
    if (!cursor->hasSelection()) {
        const Role role = TextDocumentRoles::textRoleOf(cursor->block(), &level);
        if (role != Role::Caption)
            cursor->setCharFormat(restyle(cursor->charFormat(), role, level));
        return;
    }

    const int from = cursor->selectionStart();
    const int to = cursor->selectionEnd();
    QTextDocument *document = cursor->document();
    QTextCursor editor(document);
    editor.beginEditBlock();
    for (QTextBlock block = document->findBlock(from); block.isValid() && block.position() < to;
         block = block.next()) {
        const Role role = TextDocumentRoles::textRoleOf(block, &level);
        if (role != Role::Caption)
            restyleFragments(&editor, block, from, to, role, level, restyle);
    }
    editor.endEditBlock();
}

void DocumentMapper::setTextRole(QTextCursor *cursor, Role role, int headingLevel)
{
    if (!cursor || cursor->isNull() || (role != Role::Body && role != Role::Heading && role != Role::Quote))
        return;
    const int level = TextDocumentRoles::clampedLevel(headingLevel);
    const QTextBlockFormat blockFormat = role == Role::Heading ? headingBlockFormat(level)
            : role == Role::Quote                              ? quoteBlockFormat()
                                                               : bodyBlockFormat();
    const QTextCharFormat blockCharFormat = role == Role::Heading ? headingCharFormat(level) : bodyCharFormat();

    QTextDocument *document = cursor->document();
    const int from = cursor->selectionStart();
    const int to = cursor->selectionEnd();
    QTextBlock last = document->findBlock(to);
    if (to > from && to == last.position())
        last = last.previous(); // a selection ending at a block's start leaves that block alone
    QTextCursor editor(document);
    editor.beginEditBlock();
    for (QTextBlock block = document->findBlock(from); block.isValid(); block = block.next()) {
        const Role current = DocumentFormat::roleOf(block);
        if (current != Role::Image && current != Role::Caption) {
            int oldLevel = 2;
            const Role oldRole = TextDocumentRoles::textRoleOf(block, &oldLevel);
            if (QTextList *list = block.textList())
                list->remove(block);
            editor.setPosition(block.position());
            editor.setBlockFormat(blockFormat);
            editor.setBlockCharFormat(blockCharFormat);
            restyleFragments(&editor, block, block.position(), block.position() + block.length(), oldRole,
                             oldLevel, [role, level](const QTextCharFormat &format, Role readAs, int) {
                                 const TextDocumentRoles::Marks marks = TextDocumentRoles::marksOf(format, readAs);
                                 return markedCharFormat(role, level, marks.bold, marks.italic, marks.href);
                             });
        }
        if (block == last)
            break;
    }
    editor.endEditBlock();
}

} // namespace copydesk
