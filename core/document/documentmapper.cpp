#include "document/documentmapper.h"

#include <QColor>
#include <QFont>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextList>

#include <algorithm>
#include <climits>
#include <optional>
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

int clampedLevel(int level)
{
    return qBound(2, level, 3);
}

int defaultWeight(Role role)
{
    return role == Role::Heading ? int(QFont::Bold) : int(QFont::Normal);
}

// One for one, so that mark offsets stay valid: characters that would end the block (or read back
// as an object or a frame boundary) are replaced.
QString toDocumentText(const QString &text)
{
    QString out = text;
    for (QChar &c : out) {
        switch (c.unicode()) {
        case u'\n':
        case u'\r':
        case 0x2029: // paragraph separator
            c = QChar::LineSeparator;
            break;
        case 0xfffc: // object replacement
        case 0xfdd0: // frame start
        case 0xfdd1: // frame end
            c = QChar::ReplacementCharacter;
            break;
        default:
            break;
        }
    }
    return out;
}

// The model role a document block's text takes; *level is the heading level for headings.
Role textRoleOf(const QTextBlock &block, int *level)
{
    *level = 2;
    if (block.textList())
        return Role::ListItem;
    const Role role = DocumentFormat::roleOf(block);
    if (role == Role::Caption)
        return Role::Caption;
    const QTextBlockFormat format = block.blockFormat();
    if (format.headingLevel() > 0 || role == Role::Heading) {
        if (format.headingLevel() > 0)
            *level = clampedLevel(format.headingLevel());
        return Role::Heading;
    }
    if (role == Role::Quote || format.boolProperty(DocumentFormat::QuoteBlock)
        || format.intProperty(QTextFormat::BlockQuoteLevel) > 0)
        return Role::Quote;
    return Role::Body;
}

struct Marks
{
    bool bold = false;
    bool italic = false;
    QString href;
};

Marks marksOf(const QTextCharFormat &format, Role role)
{
    Marks marks;
    const int weight = format.fontWeight();
    marks.bold = weight >= QFont::DemiBold
            && (weight > defaultWeight(role) || format.boolProperty(DocumentFormat::MarkBold));
    marks.italic = format.fontItalic();
    if (format.isAnchor())
        marks.href = format.anchorHref();
    return marks;
}

// Accumulates a block's text fragments into RichText, merging a mark across fragments.
struct RichTextBuilder
{
    RichText rich;
    int runStart[3] = {-1, -1, -1}; // by TextMark::Kind; -1: no open run
    QString href;                   // of the open link run
};

void closeRun(RichTextBuilder *builder, TextMark::Kind kind, int end)
{
    int &start = builder->runStart[int(kind)];
    if (start >= 0 && end > start) {
        TextMark mark;
        mark.kind = kind;
        mark.start = start;
        mark.length = end - start;
        if (kind == TextMark::Kind::Link)
            mark.href = builder->href;
        builder->rich.marks.append(mark);
    }
    start = -1;
}

void appendFragment(RichTextBuilder *builder, const QString &text, const Marks &marks)
{
    QString &out = builder->rich.text;
    const int position = int(out.size());
    for (QChar c : text) {
        switch (c.unicode()) {
        case 0xfffc:
        case 0xfdd0:
        case 0xfdd1:
            continue;
        case 0x2028:
            c = QLatin1Char('\n');
            break;
        default:
            break;
        }
        out.append(c);
    }
    if (out.size() == position)
        return;
    const auto update = [builder, position](TextMark::Kind kind, bool on) {
        if (!on)
            closeRun(builder, kind, position);
        else if (builder->runStart[int(kind)] < 0)
            builder->runStart[int(kind)] = position;
    };
    update(TextMark::Kind::Bold, marks.bold);
    update(TextMark::Kind::Italic, marks.italic);
    if (marks.href != builder->href) {
        closeRun(builder, TextMark::Kind::Link, position);
        builder->href = marks.href;
    }
    update(TextMark::Kind::Link, !marks.href.isEmpty());
}

RichText finish(RichTextBuilder *builder)
{
    const int end = int(builder->rich.text.size());
    for (TextMark::Kind kind : {TextMark::Kind::Bold, TextMark::Kind::Italic, TextMark::Kind::Link})
        closeRun(builder, kind, end);
    builder->rich.normalize();
    return builder->rich;
}

bool isOrdered(const QTextList *list)
{
    switch (list ? list->format().style() : QTextListFormat::ListDisc) {
    case QTextListFormat::ListDecimal:
    case QTextListFormat::ListLowerAlpha:
    case QTextListFormat::ListUpperAlpha:
    case QTextListFormat::ListLowerRoman:
    case QTextListFormat::ListUpperRoman:
        return true;
    default:
        return false;
    }
}

// Keeps a pasted picture's address for a later import; other schemes (data: URLs, relative
// paths) say nothing useful.
QString importableSource(const QString &name)
{
    const QUrl url(name);
    const QString scheme = url.scheme().toLower();
    const bool keep = url.isValid()
            && (scheme == QLatin1String("http") || scheme == QLatin1String("https")
                || scheme == QLatin1String("file"));
    return keep ? name : QString();
}

// Text found after an image in its document block; it goes after the image's caption.
struct PendingText
{
    RichText text;
    Role role = Role::Body;
    int level = 2;
    const QTextList *list = nullptr;
};

struct Reader
{
    QList<Block> blocks;
    const QTextList *lastList = nullptr; // the QTextList whose items the last block holds
    int captionTarget = -1;              // the image that a caption block read next describes
    std::optional<PendingText> pending;
};

// Appends (or adds to the open list); returns the model index, or -1 for blank text.
int emitText(Reader *reader, const RichText &text, Role role, int level, const QTextList *list)
{
    if (text.text.trimmed().isEmpty())
        return -1;
    QList<Block> &blocks = reader->blocks;
    if (role == Role::ListItem) {
        if (list == reader->lastList && !blocks.isEmpty() && blocks.constLast().type == Block::Type::List) {
            blocks.last().items.append(text);
        } else {
            blocks.append(Block::list({text}, isOrdered(list)));
            reader->lastList = list;
        }
        return int(blocks.size()) - 1;
    }
    reader->lastList = nullptr;
    switch (role) {
    case Role::Heading:
        blocks.append(Block::heading(text, level));
        break;
    case Role::Quote:
        blocks.append(Block::quote(text));
        break;
    case Role::Body:
    case Role::ListItem:
    case Role::Image:
    case Role::Caption:
        blocks.append(Block::paragraph(text));
        break;
    }
    return int(blocks.size()) - 1;
}

void flushPending(Reader *reader)
{
    if (!reader->pending)
        return;
    const PendingText pending = *reader->pending;
    reader->pending.reset();
    emitText(reader, pending.text, pending.role, pending.level, pending.list);
}

// The block's properties describe the first of its images showing the media they name; any
// other image is a photo pasted from this editor (its display size the best guess of its size)
// or a picture from elsewhere (a placeholder remembering where it came from).
int emitImage(Reader *reader, const QTextImageFormat &format, const QTextBlockFormat &blockFormat,
              bool *propertiesUsed)
{
    Block image;
    const QString mediaProperty = blockFormat.stringProperty(DocumentFormat::MediaId);
    QString media;
    const bool ours = DocumentFormat::parseImageResourceUrl(QUrl(format.name()), &media);
    if (!*propertiesUsed && blockFormat.intProperty(DocumentFormat::BlockRole) == int(Role::Image)
        && format.name() == DocumentFormat::imageResourceUrl(mediaProperty).toString()) {
        *propertiesUsed = true;
        image = Block::image(mediaProperty, blockFormat.intProperty(DocumentFormat::ImageWidth),
                             blockFormat.intProperty(DocumentFormat::ImageHeight), QString(),
                             blockFormat.stringProperty(DocumentFormat::ImageCredit),
                             blockFormat.stringProperty(DocumentFormat::ImageAlt));
        image.sourceUrl = blockFormat.stringProperty(DocumentFormat::ImageSourceUrl);
    } else if (ours && !media.isEmpty()) {
        image = Block::image(media, qRound(format.width()), qRound(format.height()));
    } else {
        image = Block::imagePlaceholder(QString());
        if (!ours)
            image.sourceUrl = importableSource(format.name());
    }
    reader->lastList = nullptr;
    reader->blocks.append(image);
    return int(reader->blocks.size()) - 1;
}

// Reads one document block; returns the model index its content went to, or -1 if none.
int readBlock(Reader *reader, const QTextBlock &block)
{
    int level = 2;
    const Role role = textRoleOf(block, &level);
    const QTextList *list = block.textList();
    RichTextBuilder before;
    RichTextBuilder after;
    QList<QTextImageFormat> images;
    for (QTextBlock::iterator it = block.begin(); !it.atEnd(); ++it) {
        const QTextFragment fragment = it.fragment();
        const QTextCharFormat format = fragment.charFormat();
        if (format.isImageFormat())
            images.append(format.toImageFormat());
        else
            appendFragment(images.isEmpty() || role == Role::Caption ? &before : &after,
                           fragment.text(), marksOf(format, role));
    }

    int index = -1;
    if (role == Role::Caption && reader->captionTarget >= 0) {
        reader->blocks[reader->captionTarget].caption = finish(&before).text;
        index = std::exchange(reader->captionTarget, -1);
        flushPending(reader);
    } else {
        flushPending(reader);
        index = emitText(reader, finish(&before), role == Role::Caption ? Role::Body : role, level, list);
        if (index >= 0) // a blank line between an image and its caption does not part them
            reader->captionTarget = -1;
    }
    bool propertiesUsed = false;
    for (const QTextImageFormat &image : std::as_const(images)) {
        reader->captionTarget = emitImage(reader, image, block.blockFormat(), &propertiesUsed);
        if (index < 0)
            index = reader->captionTarget;
    }
    const RichText rest = finish(&after);
    if (!rest.text.trimmed().isEmpty())
        reader->pending = PendingText{rest, role, level, list};
    return index;
}

// Starts the next block: the document's (emptied) first block, then new ones.
void startBlock(QTextCursor *cursor, bool *first, const QTextBlockFormat &blockFormat,
                const QTextCharFormat &charFormat)
{
    if (!*first) {
        cursor->insertBlock(blockFormat, charFormat);
        return;
    }
    *first = false;
    if (QTextList *list = cursor->currentList())
        list->remove(cursor->block());
    cursor->setBlockFormat(blockFormat);
    cursor->setBlockCharFormat(charFormat);
}

void insertRichText(QTextCursor *cursor, const RichText &rich, Role role, int level)
{
    const QString text = toDocumentText(rich.text);
    const int size = int(text.size());

    struct Edge
    {
        int position;
        int mark;
        bool opens;
    };
    QList<Edge> edges;
    edges.reserve(rich.marks.size() * 2);
    for (int i = 0; i < rich.marks.size(); ++i) {
        const TextMark &mark = rich.marks.at(i);
        const int start = qBound(0, mark.start, size);
        const int end = int(std::clamp<qint64>(qint64(mark.start) + qMax(0, mark.length), start, size));
        if (end <= start || (mark.kind == TextMark::Kind::Link && mark.href.trimmed().isEmpty()))
            continue;
        edges.append({start, i, true});
        edges.append({end, i, false});
    }
    std::sort(edges.begin(), edges.end(),
              [](const Edge &a, const Edge &b) { return a.position < b.position; });

    int bold = 0;
    int italic = 0;
    QList<int> links; // open link marks, oldest first; the oldest one's href wins
    int position = 0;
    for (int e = 0;; ++e) {
        const int next = e < edges.size() ? edges.at(e).position : size;
        if (next > position) {
            const QString href = links.isEmpty() ? QString() : rich.marks.at(links.constFirst()).href;
            cursor->insertText(text.mid(position, next - position),
                               DocumentMapper::markedCharFormat(role, level, bold > 0, italic > 0, href));
            position = next;
        }
        if (e >= edges.size())
            break;
        const Edge &edge = edges.at(e);
        const int step = edge.opens ? 1 : -1;
        switch (rich.marks.at(edge.mark).kind) {
        case TextMark::Kind::Bold:
            bold += step;
            break;
        case TextMark::Kind::Italic:
            italic += step;
            break;
        case TextMark::Kind::Link:
            if (edge.opens)
                links.append(edge.mark);
            else
                links.removeOne(edge.mark);
            break;
        }
    }
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

    const QTextCharFormat body = bodyCharFormat();
    bool first = true;
    for (const Block &block : blocks) {
        switch (block.type) {
        case Block::Type::Paragraph:
            startBlock(&cursor, &first, bodyBlockFormat(), body);
            insertRichText(&cursor, block.text, Role::Body, 2);
            break;
        case Block::Type::Heading: {
            const int level = clampedLevel(block.level);
            startBlock(&cursor, &first, headingBlockFormat(level), headingCharFormat(level));
            insertRichText(&cursor, block.text, Role::Heading, level);
            break;
        }
        case Block::Type::Quote:
            startBlock(&cursor, &first, quoteBlockFormat(), body);
            insertRichText(&cursor, block.text, Role::Quote, 2);
            break;
        case Block::Type::List: {
            QTextList *list = nullptr;
            for (const RichText &item : block.items) {
                startBlock(&cursor, &first, listItemBlockFormat(), body);
                if (list)
                    list->add(cursor.block());
                else
                    list = cursor.createList(listFormat(block.ordered));
                insertRichText(&cursor, item, Role::ListItem, 2);
            }
            break;
        }
        case Block::Type::Image: {
            startBlock(&cursor, &first, imageBlockFormat(block), body);
            cursor.insertImage(imageFormat(block, imageMaxWidth));
            const QTextCharFormat caption = captionCharFormat();
            startBlock(&cursor, &first, captionBlockFormat(), caption);
            cursor.insertText(toDocumentText(block.caption), caption);
            break;
        }
        }
    }
    if (first) // an empty body still gets the body formats for typing
        startBlock(&cursor, &first, bodyBlockFormat(), body);
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
    Reader reader;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next())
        readBlock(&reader, block);
    flushPending(&reader);
    return reader.blocks;
}

int DocumentMapper::modelIndexAt(const QTextDocument *document, int position)
{
    if (!document)
        return -1;
    const QTextBlock target = document->findBlock(qBound(0, position, document->characterCount() - 1));
    Reader reader;
    int found = -1;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        const int index = readBlock(&reader, block);
        if (block == target)
            found = index >= 0 ? index : int(reader.blocks.size());
        // Blocks are only ever appended, so a found index is final once it exists.
        if (found >= 0 && found < reader.blocks.size())
            return found;
    }
    flushPending(&reader);
    if (reader.blocks.isEmpty())
        return -1;
    return qMin(found, int(reader.blocks.size()) - 1);
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
    format.setProperty(QTextFormat::FontSizeAdjustment, clampedLevel(level) == 2 ? 2 : 1);
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
    format.setHeadingLevel(clampedLevel(level));
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
    if (image.width > 0 && image.height > 0) {
        width = qMin(image.width, limit);
        height = int(std::clamp<qint64>(qRound64(qreal(width) * image.height / image.width), 1, INT_MAX));
    }
    QTextImageFormat format;
    format.setName(DocumentFormat::imageResourceUrl(image.media).toString());
    format.setWidth(width);
    format.setHeight(height);
    return format;
}

void DocumentMapper::setMark(QTextCursor *cursor, TextMark::Kind kind, bool on, const QString &href)
{
    if (!cursor || cursor->isNull())
        return;
    const auto restyle = [kind, on, &href](const QTextCharFormat &format, Role role, int level) {
        Marks marks = marksOf(format, role);
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
        const Role role = textRoleOf(cursor->block(), &level);
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
        const Role role = textRoleOf(block, &level);
        if (role != Role::Caption)
            restyleFragments(&editor, block, from, to, role, level, restyle);
    }
    editor.endEditBlock();
}

void DocumentMapper::setTextRole(QTextCursor *cursor, Role role, int headingLevel)
{
    if (!cursor || cursor->isNull() || (role != Role::Body && role != Role::Heading && role != Role::Quote))
        return;
    const int level = clampedLevel(headingLevel);
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
            const Role oldRole = textRoleOf(block, &oldLevel);
            if (QTextList *list = block.textList())
                list->remove(block);
            editor.setPosition(block.position());
            editor.setBlockFormat(blockFormat);
            editor.setBlockCharFormat(blockCharFormat);
            restyleFragments(&editor, block, block.position(), block.position() + block.length(), oldRole,
                             oldLevel, [role, level](const QTextCharFormat &format, Role readAs, int) {
                                 const Marks marks = marksOf(format, readAs);
                                 return markedCharFormat(role, level, marks.bold, marks.italic, marks.href);
                             });
        }
        if (block == last)
            break;
    }
    editor.endEditBlock();
}

} // namespace copydesk
