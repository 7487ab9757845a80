#include "document/textdocumentwriter.h"

#include "document/documentmapper.h"
#include "document/textdocumentroles.h"

#include <QTextCursor>
#include <QTextList>

#include <algorithm>

namespace copydesk {

using DocumentFormat::Role;

void TextDocumentWriter::write(const QList<Block> &blocks, QTextCursor *cursor, int imageMaxWidth)
{
    const QTextCharFormat body = DocumentMapper::bodyCharFormat();
    bool first = true;
    for (const Block &block : blocks) {
        switch (block.type) {
        case Block::Type::Paragraph:
            startBlock(cursor, &first, DocumentMapper::bodyBlockFormat(), body);
            insertRichText(cursor, block.text, Role::Body, 2);
            break;
        case Block::Type::Heading: {
            const int level = TextDocumentRoles::clampedLevel(block.level);
            startBlock(cursor, &first, DocumentMapper::headingBlockFormat(level),
                       DocumentMapper::headingCharFormat(level));
            insertRichText(cursor, block.text, Role::Heading, level);
            break;
        }
        case Block::Type::Quote:
            startBlock(cursor, &first, DocumentMapper::quoteBlockFormat(), body);
            insertRichText(cursor, block.text, Role::Quote, 2);
            break;
        case Block::Type::List: {
            QTextList *list = nullptr;
            for (const RichText &item : block.items) {
                startBlock(cursor, &first, DocumentMapper::listItemBlockFormat(), body);
                if (list)
                    list->add(cursor->block());
                else
                    list = cursor->createList(DocumentMapper::listFormat(block.ordered));
                insertRichText(cursor, item, Role::ListItem, 2);
            }
            break;
        }
        case Block::Type::Image: {
            startBlock(cursor, &first, DocumentMapper::imageBlockFormat(block), body);
            cursor->insertImage(DocumentMapper::imageFormat(block, imageMaxWidth));
            const QTextCharFormat caption = DocumentMapper::captionCharFormat();
            startBlock(cursor, &first, DocumentMapper::captionBlockFormat(), caption);
            cursor->insertText(toDocumentText(block.caption), caption);
            break;
        }
        }
    }
    if (first) // an empty body still gets the body formats for typing
        startBlock(cursor, &first, DocumentMapper::bodyBlockFormat(), body);
}

QString TextDocumentWriter::toDocumentText(const QString &text)
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

void TextDocumentWriter::startBlock(QTextCursor *cursor, bool *first, const QTextBlockFormat &blockFormat,
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

void TextDocumentWriter::insertRichText(QTextCursor *cursor, const RichText &rich, Role role, int level)
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

} // namespace copydesk
