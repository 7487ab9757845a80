#include "editor/bodyedit.h"

#include "document/documentformat.h"
#include "document/documentmapper.h"
#include "editor/imageobjecthandler.h"
#include "media/imagedecoder.h"
#include "store/store.h"

#include <QAbstractTextDocumentLayout>
#include <QClipboard>
#include <QGuiApplication>
#include <QFutureWatcher>
#include <QKeyEvent>
#include <QMimeData>
#include <QPainter>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextDocumentFragment>
#include <QtConcurrent>
#include <QtMath>

namespace copydesk {

namespace {

QTextBlock imageBlockFor(const QTextBlock &block)
{
    if (DocumentFormat::isImageBlock(block))
        return block;
    if (DocumentFormat::isCaptionBlock(block) && DocumentFormat::isImageBlock(block.previous()))
        return block.previous();
    return QTextBlock();
}

} // namespace

BodyEdit::BodyEdit(const Store *store, QWidget *parent) : QTextEdit(parent), m_store(store)
{
    setObjectName(QStringLiteral("bodyEdit"));
    setAccessibleName(tr("Article body"));
    setAcceptRichText(true);
    setTabChangesFocus(true);
    setFrameShape(QFrame::NoFrame);
    setLineWrapMode(QTextEdit::WidgetWidth);
    document()->documentLayout()->registerHandler(QTextFormat::ImageObject, new ImageObjectHandler(this));
    setPlaceholderText(tr("Write the article here…"));
    document()->setDocumentMargin(12);
    QFont font = this->font();
    font.setPointSizeF(font.pointSizeF() * 1.2);
    document()->setDefaultFont(font);
    connect(this, &QTextEdit::cursorPositionChanged, this, [this] {
        const int current = currentImageBlockNumber();
        if (current != m_lastImageBlock) {
            m_lastImageBlock = current;
            emit currentImageChanged(current);
        }
    });
}

int BodyEdit::imageDisplayWidth() const
{
    // The nominal size; ImageObjectHandler fits photos to the column as it is laid out.
    return ColumnWidth;
}

void BodyEdit::setBlocks(const QList<Block> &blocks)
{
    DocumentMapper::toDocument(blocks, document(), imageDisplayWidth(), DocumentMapper::History::Reset);
    m_lastImageBlock = -2;
    moveCursor(QTextCursor::Start);
}

void BodyEdit::replaceBlocks(const QList<Block> &blocks)
{
    const int position = textCursor().position();
    DocumentMapper::toDocument(blocks, document(), imageDisplayWidth(), DocumentMapper::History::UndoableStep);
    m_lastImageBlock = -2;
    QTextCursor cursor = textCursor();
    cursor.setPosition(qMin(position, document()->characterCount() - 1));
    setTextCursor(cursor);
}

QList<Block> BodyEdit::blocks() const
{
    return DocumentMapper::fromDocument(document());
}

void BodyEdit::insertImages(const QList<Block> &images)
{
    if (images.isEmpty())
        return;
    QTextCursor cursor = textCursor();
    cursor.beginEditBlock();
    // After the caption when the cursor is on a photo, else after the current block.
    QTextBlock anchor = cursor.block();
    if (DocumentFormat::isImageBlock(anchor) && DocumentFormat::isCaptionBlock(anchor.next()))
        anchor = anchor.next();
    cursor.setPosition(anchor.position() + anchor.length() - 1);
    const bool reuseEmpty = anchor.text().trimmed().isEmpty() && DocumentFormat::roleOf(anchor) == DocumentFormat::Role::Body;
    bool first = true;
    for (const Block &image : images) {
        if (first && reuseEmpty) {
            cursor.setBlockFormat(DocumentMapper::imageBlockFormat(image));
        } else {
            cursor.insertBlock(DocumentMapper::imageBlockFormat(image), DocumentMapper::bodyCharFormat());
        }
        first = false;
        cursor.insertImage(DocumentMapper::imageFormat(image, imageDisplayWidth()));
        cursor.insertBlock(DocumentMapper::captionBlockFormat(), DocumentMapper::captionCharFormat());
        cursor.insertText(image.caption);
    }
    const QTextBlock after = cursor.block().next();
    const QTextBlock captionBlock = cursor.block();
    if (!after.isValid() || DocumentFormat::isImageBlock(after)) {
        cursor.insertBlock(DocumentMapper::bodyBlockFormat(), DocumentMapper::bodyCharFormat());
    }
    cursor.endEditBlock();
    // Leave the caret in the last caption so the editor can type it at once.
    QTextCursor caret(captionBlock);
    caret.movePosition(QTextCursor::EndOfBlock);
    setTextCursor(caret);
}

int BodyEdit::currentImageBlockNumber() const
{
    const QTextBlock block = imageBlockFor(textCursor().block());
    return block.isValid() ? block.blockNumber() : -1;
}

Block BodyEdit::imageAt(int blockNumber) const
{
    const QTextBlock block = document()->findBlockByNumber(blockNumber);
    Block image;
    image.type = Block::Type::Image;
    if (!DocumentFormat::isImageBlock(block))
        return image;
    const QTextBlockFormat format = block.blockFormat();
    image.media = format.stringProperty(DocumentFormat::MediaId);
    image.width = format.intProperty(DocumentFormat::ImageWidth);
    image.height = format.intProperty(DocumentFormat::ImageHeight);
    image.credit = format.stringProperty(DocumentFormat::ImageCredit);
    image.alt = format.stringProperty(DocumentFormat::ImageAlt);
    image.sourceUrl = format.stringProperty(DocumentFormat::ImageSourceUrl);
    const QTextBlock caption = block.next();
    if (DocumentFormat::isCaptionBlock(caption))
        image.caption = caption.text();
    return image;
}

void BodyEdit::updateImage(int blockNumber, const Block &image)
{
    const QTextBlock block = document()->findBlockByNumber(blockNumber);
    if (!DocumentFormat::isImageBlock(block))
        return;
    const Block before = imageAt(blockNumber);
    QTextCursor cursor(block);
    cursor.beginEditBlock();
    if (before.media != image.media || before.credit != image.credit || before.alt != image.alt
        || before.width != image.width || before.height != image.height || before.sourceUrl != image.sourceUrl) {
        cursor.setBlockFormat(DocumentMapper::imageBlockFormat(image));
        if (before.media != image.media || before.width != image.width || before.height != image.height) {
            cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
            cursor.insertImage(DocumentMapper::imageFormat(image, imageDisplayWidth()));
        }
    }
    const QTextBlock caption = document()->findBlockByNumber(blockNumber + 1);
    if (before.caption != image.caption && DocumentFormat::isCaptionBlock(caption)) {
        QTextCursor captionCursor(caption);
        captionCursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        captionCursor.insertText(image.caption, DocumentMapper::captionCharFormat());
    }
    cursor.endEditBlock();
    viewport()->update();
}

void BodyEdit::removeImage(int blockNumber)
{
    const QTextBlock block = document()->findBlockByNumber(blockNumber);
    if (!DocumentFormat::isImageBlock(block))
        return;
    QTextBlock last = block;
    if (DocumentFormat::isCaptionBlock(block.next()))
        last = block.next();
    QTextCursor cursor(block);
    cursor.beginEditBlock();
    const bool atEnd = !last.next().isValid();
    if (block.previous().isValid() && atEnd) {
        // Remove from the end of the previous block so no empty block is left behind.
        cursor.setPosition(block.previous().position() + block.previous().length() - 1);
        cursor.setPosition(last.position() + last.length() - 1, QTextCursor::KeepAnchor);
    } else if (!atEnd) {
        cursor.setPosition(block.position());
        cursor.setPosition(last.next().position(), QTextCursor::KeepAnchor);
    } else {
        cursor.setPosition(block.position());
        cursor.setPosition(last.position() + last.length() - 1, QTextCursor::KeepAnchor);
        cursor.removeSelectedText();
        cursor.setBlockFormat(DocumentMapper::bodyBlockFormat());
        cursor.setBlockCharFormat(DocumentMapper::bodyCharFormat());
        cursor.endEditBlock();
        return;
    }
    cursor.removeSelectedText();
    cursor.endEditBlock();
}

QVariant BodyEdit::loadResource(int type, const QUrl &name)
{
    QString mediaId;
    if (type != QTextDocument::ImageResource || !DocumentFormat::parseImageResourceUrl(name, &mediaId))
        return QTextEdit::loadResource(type, name);
    if (mediaId.isEmpty())
        return placeholderImage();
    requestImage(name, mediaId);
    // Until the photo is decoded, its thumbnail (stored, small) stands in at the same size.
    QImage thumbnail;
    const auto provided = m_provided.constFind(mediaId);
    thumbnail.loadFromData(provided != m_provided.cend() ? provided->thumbnail : m_store->mediaThumbnail(mediaId));
    return thumbnail.isNull() ? placeholderImage() : thumbnail;
}

void BodyEdit::requestImage(const QUrl &url, const QString &mediaId)
{
    if (m_pending.contains(mediaId))
        return;
    m_pending.insert(mediaId);
    QString error;
    const DecodedImage provided = m_provided.value(mediaId);
    const QByteArray bytes = provided.bytes.isEmpty() ? m_store->mediaBytes(mediaId, &error) : provided.bytes;
    // Decoded to the pixels the column shows at this screen's pixel ratio, no more: a photo
    // decoded larger only costs memory and a downscale at every paint.
    int longEdge = qCeil(ColumnWidth * devicePixelRatioF());
    MediaInfo info;
    if (!provided.bytes.isEmpty()) {
        info.width = provided.size.width();
        info.height = provided.size.height();
    } else if (!m_store->mediaInfo(mediaId, &info, &error)) {
        info = MediaInfo();
    }
    if (info.width > 0 && info.height > info.width)
        longEdge = qCeil(qreal(longEdge) * info.height / info.width); // portrait: full column width
    auto *watcher = new QFutureWatcher<QImage>(this);
    connect(watcher, &QFutureWatcher<QImage>::finished, this, [this, watcher, url, mediaId] {
        m_pending.remove(mediaId);
        imageReady(url, watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run([bytes, longEdge] {
        QImage image;
        QSize size;
        QByteArray format;
        QString decodeError;
        ImageDecoder::decodeScaled(bytes, longEdge, &image, &size, &format, &decodeError);
        return image;
    }));
}

void BodyEdit::provideMedia(const QList<DecodedImage> &images)
{
    for (const DecodedImage &image : images)
        m_provided.insert(image.sha256, image);
}

void BodyEdit::imageReady(const QUrl &url, const QImage &image)
{
    QString mediaId;
    if (DocumentFormat::parseImageResourceUrl(url, &mediaId))
        m_provided.remove(mediaId); // decoded now: the document keeps the pixels
    if (image.isNull())
        return;
    document()->addResource(QTextDocument::ImageResource, url, image);
    // Re-lay out only the blocks that show this photo.
    const QString name = url.toString();
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
        if (DocumentFormat::isImageBlock(block)) {
            for (QTextBlock::iterator it = block.begin(); !it.atEnd(); ++it) {
                const QTextCharFormat format = it.fragment().charFormat();
                if (format.isImageFormat() && format.toImageFormat().name() == name)
                    document()->markContentsDirty(block.position(), block.length());
            }
        }
    }
    viewport()->update();
}

QImage BodyEdit::placeholderImage() const
{
    QImage image(640, 360, QImage::Format_ARGB32_Premultiplied);
    image.fill(palette().color(QPalette::AlternateBase));
    QPainter painter(&image);
    QPen pen(palette().color(QPalette::Mid), 2, Qt::DashLine);
    painter.setPen(pen);
    painter.drawRect(image.rect().adjusted(1, 1, -2, -2));
    QFont font = this->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    painter.setFont(font);
    painter.setPen(palette().color(QPalette::PlaceholderText));
    painter.drawText(image.rect(), Qt::AlignCenter, tr("Photo to come"));
    return image;
}

void BodyEdit::paintEvent(QPaintEvent *event)
{
    QTextEdit::paintEvent(event);
    QPainter painter(viewport());
    const QPoint offset(-horizontalScrollBar()->value(), -verticalScrollBar()->value());
    QAbstractTextDocumentLayout *layout = document()->documentLayout();
    const QRect visible = viewport()->rect().translated(-offset);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.95);
    painter.setFont(small);
    const QColor grey = palette().color(QPalette::PlaceholderText);
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
        if (!DocumentFormat::isCaptionBlock(block))
            continue;
        const QRectF rect = layout->blockBoundingRect(block);
        if (rect.bottom() < visible.top() || rect.top() > visible.bottom())
            continue;
        const QTextLayout *textLayout = block.layout();
        if (!textLayout || textLayout->lineCount() == 0)
            continue;
        const QTextLine line = textLayout->lineAt(textLayout->lineCount() - 1);
        const QRectF lineRect = line.naturalTextRect().translated(rect.topLeft() + offset);
        painter.setPen(grey);
        if (block.text().isEmpty()) {
            painter.drawText(QRectF(rect.left() + offset.x(), lineRect.top(), rect.width(), lineRect.height()),
                             Qt::AlignHCenter | Qt::AlignVCenter, tr("Add a caption"));
        }
        const QString credit = block.previous().blockFormat().stringProperty(DocumentFormat::ImageCredit);
        if (!credit.isEmpty() && DocumentFormat::isImageBlock(block.previous())) {
            // Beside the caption when it fits on its last line, else centred just below it.
            const QFontMetricsF metrics(small);
            const qreal width = metrics.horizontalAdvance(credit);
            const qreal right = rect.right() + offset.x();
            qreal x = block.text().isEmpty() ? rect.center().x() + offset.x() + 80 : lineRect.right() + 10;
            qreal baseline = lineRect.top() + line.ascent();
            if (x + width > right) {
                x = rect.left() + offset.x() + (rect.width() - width) / 2;
                baseline = lineRect.bottom() + metrics.ascent() + 2;
            }
            painter.drawText(QPointF(x, baseline), credit);
        }
    }
}

bool BodyEdit::handleStructureKeys(QKeyEvent *event)
{
    QTextCursor cursor = textCursor();
    const QTextBlock block = cursor.block();
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    const bool backspace = event->key() == Qt::Key_Backspace;
    const bool del = event->key() == Qt::Key_Delete;
    if (cursor.hasSelection() || event->modifiers() & (Qt::ControlModifier | Qt::AltModifier))
        return false;

    if (DocumentFormat::isImageBlock(block)) {
        if (backspace || del) {
            removeImage(block.blockNumber());
            return true;
        }
        if (enter) {
            // A new paragraph before the photo.
            cursor.beginEditBlock();
            cursor.setPosition(block.position());
            cursor.insertBlock();
            cursor.movePosition(QTextCursor::PreviousBlock);
            cursor.setBlockFormat(DocumentMapper::bodyBlockFormat());
            cursor.setBlockCharFormat(DocumentMapper::bodyCharFormat());
            cursor.endEditBlock();
            setTextCursor(cursor);
            return true;
        }
        if (!event->text().isEmpty() && event->text().at(0).isPrint()) {
            // Typing on a photo types its caption.
            QTextCursor caption(block.next());
            caption.movePosition(QTextCursor::EndOfBlock);
            setTextCursor(caption);
            return false;
        }
        return false;
    }
    if (DocumentFormat::isCaptionBlock(block)) {
        if (enter) {
            // Enter ends the caption: the next paragraph starts below the photo.
            cursor.beginEditBlock();
            cursor.movePosition(QTextCursor::EndOfBlock);
            cursor.insertBlock(DocumentMapper::bodyBlockFormat(), DocumentMapper::bodyCharFormat());
            cursor.endEditBlock();
            setTextCursor(cursor);
            return true;
        }
        if (backspace && cursor.atBlockStart())
            return true; // never merge a caption into its photo
        if (del && cursor.atBlockEnd())
            return true;
        return false;
    }
    if (backspace && cursor.atBlockStart() && DocumentFormat::isCaptionBlock(block.previous())) {
        if (block.text().isEmpty()) {
            cursor.deletePreviousChar(); // an empty paragraph after a photo just goes away
            setTextCursor(cursor);
        } else {
            cursor.movePosition(QTextCursor::PreviousBlock);
            cursor.movePosition(QTextCursor::EndOfBlock);
            setTextCursor(cursor);
        }
        return true;
    }
    if (del && cursor.atBlockEnd() && DocumentFormat::isImageBlock(block.next()))
        return true; // never pull a photo into a paragraph
    if (enter && cursor.atBlockEnd() && DocumentFormat::roleOf(block) == DocumentFormat::Role::Heading) {
        // A sub-head is followed by body text, as in any word processor.
        cursor.insertBlock(DocumentMapper::bodyBlockFormat(), DocumentMapper::bodyCharFormat());
        setTextCursor(cursor);
        return true;
    }
    if (!event->text().isEmpty() && event->text().at(0).isPrint() && cursor.charFormat().isAnchor()) {
        // Typing at the end of a link does not extend the link.
        const QTextCharFormat after = [&] {
            QTextCursor next = cursor;
            next.movePosition(QTextCursor::NextCharacter);
            return next.charFormat();
        }();
        if (cursor.atBlockEnd() || !after.isAnchor() || after.anchorHref() != cursor.charFormat().anchorHref()) {
            QTextCharFormat plain = cursor.charFormat();
            plain.setAnchor(false);
            plain.setAnchorHref(QString());
            plain.clearForeground();
            plain.setFontUnderline(false);
            cursor.insertText(event->text(), plain);
            setTextCursor(cursor);
            return true;
        }
    }
    return false;
}

void BodyEdit::keyPressEvent(QKeyEvent *event)
{
    if (handleStructureKeys(event))
        return;
    QTextEdit::keyPressEvent(event);
}

void BodyEdit::resizeEvent(QResizeEvent *event)
{
    QTextEdit::resizeEvent(event);
    updateMargins();
}

void BodyEdit::updateMargins()
{
    // A calm reading column: at most ColumnWidth wide, centred in the editor.
    const int total = viewport()->width() + viewportMargins().left() + viewportMargins().right();
    const int side = qMax(0, (total - ColumnWidth) / 2);
    if (viewportMargins().left() != side)
        setViewportMargins(side, 0, side, 0);
}

bool BodyEdit::canInsertFromMimeData(const QMimeData *source) const
{
    return source->hasImage() || source->hasUrls() || QTextEdit::canInsertFromMimeData(source);
}

void BodyEdit::insertFromMimeData(const QMimeData *source)
{
    if (source->hasUrls()) {
        QStringList paths;
        for (const QUrl &url : source->urls()) {
            if (url.isLocalFile())
                paths.append(url.toLocalFile());
        }
        if (!paths.isEmpty()) {
            emit filesDropped(paths);
            return;
        }
    }
    if (source->hasFormat(QStringLiteral("application/x-qrichtext"))) {
        QTextEdit::insertFromMimeData(source); // copied inside Copydesk
        return;
    }
    // A copied picture often comes with HTML that is only an <img> pointing somewhere remote:
    // then the picture itself is what the editor wants.
    const bool onlyAPicture = source->hasImage()
            && QTextDocumentFragment::fromHtml(source->html()).toPlainText().trimmed().remove(QChar::ObjectReplacementCharacter).isEmpty();
    if (source->hasHtml() && !onlyAPicture) {
        emit htmlPasted(source->html());
        return;
    }
    if (source->hasImage()) {
        emit imagePasted(qvariant_cast<QImage>(source->imageData()));
        return;
    }
    insertParagraphs(source->text());
}

void BodyEdit::pastePlainText()
{
    const QMimeData *data = QGuiApplication::clipboard()->mimeData();
    if (data)
        insertParagraphs(data->text());
}

void BodyEdit::insertParagraphs(const QString &text)
{
    if (text.isEmpty())
        return;
    QTextCursor cursor = textCursor();
    cursor.beginEditBlock();
    static const QRegularExpression lineBreak(QStringLiteral("\\r\\n|\\r|\\n"));
    bool first = true;
    for (const QString &paragraph : text.split(lineBreak)) {
        if (!first)
            cursor.insertBlock(DocumentMapper::bodyBlockFormat(), DocumentMapper::bodyCharFormat());
        cursor.insertText(paragraph, DocumentMapper::bodyCharFormat());
        first = false;
    }
    cursor.endEditBlock();
    setTextCursor(cursor);
}

void BodyEdit::insertBlocks(const QList<Block> &blocks)
{
    if (blocks.isEmpty())
        return;
    QTextDocument scratch;
    DocumentMapper::toDocument(blocks, &scratch, imageDisplayWidth());
    QTextCursor cursor = textCursor();
    cursor.beginEditBlock();
    // Pasted blocks start on a line of their own unless the caret is on an empty line.
    if (!cursor.block().text().isEmpty() || DocumentFormat::roleOf(cursor.block()) != DocumentFormat::Role::Body) {
        cursor.movePosition(QTextCursor::EndOfBlock);
        cursor.insertBlock(DocumentMapper::bodyBlockFormat(), DocumentMapper::bodyCharFormat());
    }
    cursor.insertFragment(QTextDocumentFragment(&scratch));
    cursor.endEditBlock();
    setTextCursor(cursor);
}

} // namespace copydesk
