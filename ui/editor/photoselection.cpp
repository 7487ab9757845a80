#include "editor/photoselection.h"

#include "document/documentformat.h"
#include "document/documentmapper.h"
#include "model/articlejson.h"

#include <QMimeData>
#include <QScopedPointer>
#include <QStringList>
#include <QTextCursor>
#include <QTextDocument>

namespace copydesk {

QString PhotoSelection::mimeType()
{
    return QStringLiteral("application/x-copydesk-blocks+json");
}

QTextBlock PhotoSelection::photoOf(const QTextBlock &block)
{
    if (DocumentFormat::isImageBlock(block))
        return block;
    if (DocumentFormat::isCaptionBlock(block) && DocumentFormat::isImageBlock(block.previous()))
        return block.previous();
    return QTextBlock();
}

QTextBlock PhotoSelection::lastBlockOf(const QTextBlock &photo)
{
    return DocumentFormat::isCaptionBlock(photo.next()) ? photo.next() : photo;
}

void PhotoSelection::selectClickedPhoto(QTextCursor *cursor)
{
    if (cursor->hasSelection() || !DocumentFormat::isImageBlock(cursor->block()))
        return;
    const QTextBlock photo = cursor->block();
    const QTextBlock last = lastBlockOf(photo);
    cursor->setPosition(photo.position());
    cursor->setPosition(last.position() + last.length() - 1, QTextCursor::KeepAnchor);
}

bool PhotoSelection::touchesPhoto(const QTextCursor &cursor)
{
    if (!cursor.hasSelection())
        return false;
    const int start = cursor.selectionStart();
    const int end = cursor.selectionEnd();
    const QTextDocument *document = cursor.document();
    for (QTextBlock block = document->findBlock(start); block.isValid() && block.position() < end;
         block = block.next()) {
        const QTextBlock photo = photoOf(block);
        if (!photo.isValid())
            continue;
        const QTextBlock last = lastBlockOf(photo);
        if (start < last.position() + last.length() - 1 && end > photo.position())
            return true;
    }
    return false;
}

void PhotoSelection::expand(QTextCursor *cursor)
{
    if (!touchesPhoto(*cursor))
        return;
    const QTextDocument *document = cursor->document();
    int start = cursor->selectionStart();
    int end = cursor->selectionEnd();
    const QTextBlock first = photoOf(document->findBlock(start));
    if (first.isValid()) {
        const QTextBlock last = lastBlockOf(first);
        if (start < last.position() + last.length() - 1) {
            const QTextBlock before = first.previous();
            start = before.isValid() ? before.position() + before.length() - 1 : first.position();
        }
    }
    const QTextBlock final = photoOf(document->findBlock(end));
    if (final.isValid() && end > final.position()) {
        const QTextBlock last = lastBlockOf(final);
        end = last.position() + last.length() - 1;
    }
    const bool forward = cursor->position() >= cursor->anchor();
    cursor->setPosition(forward ? start : end);
    cursor->setPosition(forward ? end : start, QTextCursor::KeepAnchor);
}

void PhotoSelection::removeSelected(QTextCursor *cursor)
{
    expand(cursor);
    cursor->removeSelectedText();
    // A photo that began the document leaves its block behind: it becomes a paragraph again.
    const QTextBlock block = cursor->block();
    const bool photoLeft = DocumentFormat::isImageBlock(block) && !block.text().contains(QChar::ObjectReplacementCharacter);
    const bool captionLeft = DocumentFormat::isCaptionBlock(block) && !DocumentFormat::isImageBlock(block.previous());
    if (photoLeft || captionLeft) {
        cursor->setBlockFormat(DocumentMapper::bodyBlockFormat());
        cursor->setBlockCharFormat(DocumentMapper::bodyCharFormat());
    }
}

QList<Block> PhotoSelection::selectedBlocks(const QTextCursor &cursor)
{
    if (!cursor.hasSelection())
        return {};
    const QTextDocument *document = cursor.document();
    const int start = cursor.selectionStart();
    const int end = cursor.selectionEnd();
    const QTextBlock startBlock = document->findBlock(start);
    // A copy cut down to the selection: the formats (and so the photos' fields) stay as they are.
    QScopedPointer<QTextDocument> copy(document->clone());
    QTextCursor trim(copy.data());
    trim.setPosition(end);
    trim.movePosition(QTextCursor::End, QTextCursor::KeepAnchor);
    trim.removeSelectedText();
    trim.setPosition(0);
    trim.setPosition(start, QTextCursor::KeepAnchor);
    trim.removeSelectedText();
    if (start > 0) {
        // The first block merged into the document's first one: give it back its own role.
        trim.setBlockFormat(startBlock.blockFormat());
        trim.setBlockCharFormat(startBlock.charFormat());
    }
    return DocumentMapper::fromDocument(copy.data());
}

QMimeData *PhotoSelection::mimeData(const QList<Block> &blocks, const QString &html)
{
    auto *data = new QMimeData;
    Article article;
    article.blocks = blocks;
    data->setData(mimeType(), ArticleJson::toJson(article, false));
    QStringList text;
    for (const Block &block : blocks) {
        if (block.type == Block::Type::Image) {
            text.append(block.credit.isEmpty() ? block.caption
                                               : QStringLiteral("%1 (%2)").arg(block.caption, block.credit));
        } else {
            text.append(block.plainText());
        }
    }
    data->setText(text.join(QLatin1Char('\n')));
    if (!html.isEmpty())
        data->setHtml(html);
    return data;
}

bool PhotoSelection::blocksFrom(const QMimeData *data, QList<Block> *blocks)
{
    if (!data || !data->hasFormat(mimeType()))
        return false;
    Article article;
    QString error;
    if (!ArticleJson::fromJson(data->data(mimeType()), &article, &error))
        return false;
    *blocks = article.blocks;
    return !blocks->isEmpty();
}

} // namespace copydesk
