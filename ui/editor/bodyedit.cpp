#include "editor/bodyedit.h"

#include "document/documentformat.h"
#include "document/documentmapper.h"
#include "document/mappeddocument.h"
#include "editor/bodykeys.h"
#include "editor/imageobjecthandler.h"
#include "editor/photooverlay.h"
#include "editor/photoselection.h"
#include "document/textdocumentwriter.h"
#include "media/imagedecoder.h"
#include "store/store.h"

#include <QAbstractTextDocumentLayout>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QMenu>
#include <QGuiApplication>
#include <QFutureWatcher>
#include <QKeyEvent>
#include <QMimeData>
#include <QPainter>
#include <QScopedValueRollback>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextDocumentFragment>
#include <QtConcurrent>
#include <QtMath>

namespace copydesk {

BodyEdit::BodyEdit(const Store *store, QWidget *parent)
    : QTextEdit(parent), m_store(store), m_mapped(new MappedDocument(document(), this)), m_photoDrag(this, store)
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
    // The Photo panel follows the photo under the caret, and what happens to it (removed,
    // replaced, its caption typed here).
    connect(this, &QTextEdit::cursorPositionChanged, this, &BodyEdit::notifyCurrentImage);
    connect(document(), &QTextDocument::contentsChanged, this, &BodyEdit::notifyCurrentImage);
}

QString BodyEdit::blocksMimeType()
{
    return PhotoSelection::mimeType();
}

void BodyEdit::notifyCurrentImage()
{
    const int current = currentImageBlockNumber();
    const Block image = current >= 0 ? imageAt(current) : Block();
    if (current == m_lastImageBlock && image == m_lastImage)
        return;
    if (current != m_lastImageBlock)
        viewport()->update(); // the selected photo's frame
    m_lastImageBlock = current;
    m_lastImage = image;
    // Screen readers announce the photo the caret is on by its caption.
    setAccessibleDescription(current < 0 ? QString()
                             : image.caption.isEmpty() ? tr("Photo without a caption")
                                                       : tr("Photo: %1").arg(image.caption));
    emit currentImageChanged(current);
}

void BodyEdit::selectPhoto(int blockNumber)
{
    const QTextBlock block = document()->findBlockByNumber(blockNumber);
    if (!DocumentFormat::isImageBlock(block))
        return;
    setTextCursor(QTextCursor(block));
    ensureCursorVisible();
    notifyCurrentImage();
    viewport()->update();
}

bool BodyEdit::movePhoto(int blockNumber, int direction)
{
    if (isReadOnly())
        return false;
    const QTextBlock block = document()->findBlockByNumber(blockNumber);
    if (!DocumentFormat::isImageBlock(block) || (direction != -1 && direction != 1))
        return false;
    QList<Block> list = blocks();
    const int index = modelIndexAt(block.position());
    const int other = index + direction;
    if (index < 0 || index >= list.size() || list.at(index).type != Block::Type::Image || other < 0
        || other >= list.size())
        return false;
    int ordinal = 0; // the photo's place among the photos, before and after the move
    for (int i = 0; i < index; ++i)
        ordinal += list.at(i).type == Block::Type::Image ? 1 : 0;
    if (list.at(other).type == Block::Type::Image)
        ordinal += direction;
    list.swapItemsAt(index, other);
    replaceBlocks(list);
    for (QTextBlock candidate = document()->begin(); candidate.isValid(); candidate = candidate.next()) {
        if (DocumentFormat::isImageBlock(candidate) && ordinal-- == 0) {
            selectPhoto(candidate.blockNumber());
            break;
        }
    }
    return true;
}

void BodyEdit::cutBlocks()
{
    if (isReadOnly())
        return;
    QTextCursor cursor = textCursor();
    PhotoSelection::selectClickedPhoto(&cursor);
    if (!PhotoSelection::touchesPhoto(cursor)) {
        cut();
        return;
    }
    PhotoSelection::expand(&cursor);
    setTextCursor(cursor);
    copy();
    cursor.beginEditBlock();
    PhotoSelection::removeSelected(&cursor);
    cursor.endEditBlock();
    setTextCursor(cursor);
}

void BodyEdit::copyBlocks()
{
    QTextCursor cursor = textCursor();
    PhotoSelection::selectClickedPhoto(&cursor);
    if (PhotoSelection::touchesPhoto(cursor)) {
        PhotoSelection::expand(&cursor);
        setTextCursor(cursor);
    }
    copy();
}

QMimeData *BodyEdit::createMimeDataFromSelection() const
{
    QTextCursor cursor = textCursor();
    if (!PhotoSelection::touchesPhoto(cursor))
        return QTextEdit::createMimeDataFromSelection();
    PhotoSelection::expand(&cursor);
    return PhotoSelection::mimeData(PhotoSelection::selectedBlocks(cursor), QTextDocumentFragment(cursor).toHtml());
}

void BodyEdit::mousePressEvent(QMouseEvent *event)
{
    if (!m_photoDrag.press(event))
        QTextEdit::mousePressEvent(event);
}

void BodyEdit::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_photoDrag.move(event))
        QTextEdit::mouseMoveEvent(event);
}

void BodyEdit::dropEvent(QDropEvent *event)
{
    if (m_photoDrag.drop(event))
        return;
    // A selection dragged within the body takes its photos whole.
    QTextCursor cursor = textCursor();
    if (event->source() == this && PhotoSelection::touchesPhoto(cursor)) {
        PhotoSelection::expand(&cursor);
        setTextCursor(cursor);
    }
    QTextEdit::dropEvent(event);
}

void BodyEdit::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu *menu = createStandardContextMenu(event->pos());
    // Cut and Copy take photos whole, as the keys do.
    for (QAction *action : menu->actions()) {
        if (action->objectName() == QLatin1String("edit-cut")) {
            disconnect(action, &QAction::triggered, nullptr, nullptr);
            connect(action, &QAction::triggered, this, &BodyEdit::cutBlocks);
        } else if (action->objectName() == QLatin1String("edit-copy")) {
            disconnect(action, &QAction::triggered, nullptr, nullptr);
            connect(action, &QAction::triggered, this, &BodyEdit::copyBlocks);
        }
    }
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(event->globalPos());
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
    return m_mapped->blocks();
}

int BodyEdit::modelIndexAt(int position) const
{
    return m_mapped->modelIndexAt(position);
}

void BodyEdit::insertImages(const QList<Block> &images)
{
    if (isReadOnly())
        return;
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
    const QTextBlock block = PhotoSelection::photoOf(textCursor().block());
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
    image.checkMetadata = format.boolProperty(DocumentFormat::ImageCheckMetadata);
    if (format.hasProperty(DocumentFormat::ImageCrop)) {
        image.crop = format.property(DocumentFormat::ImageCrop).toRectF();
        image.rotation = format.intProperty(DocumentFormat::ImageRotation);
    }
    const QTextBlock caption = block.next();
    if (DocumentFormat::isCaptionBlock(caption))
        image.caption = caption.text();
    return image;
}

void BodyEdit::updateImage(int blockNumber, const Block &image)
{
    if (isReadOnly())
        return;
    const QTextBlock block = document()->findBlockByNumber(blockNumber);
    if (!DocumentFormat::isImageBlock(block))
        return;
    const Block before = imageAt(blockNumber);
    QTextCursor cursor(block);
    cursor.beginEditBlock();
    const bool shape = before.media != image.media || before.width != image.width || before.height != image.height
            || before.shownPart() != image.shownPart() || before.rotation != image.rotation;
    if (shape || before.credit != image.credit || before.alt != image.alt || before.sourceUrl != image.sourceUrl
        || before.checkMetadata != image.checkMetadata) {
        cursor.setBlockFormat(DocumentMapper::imageBlockFormat(image));
        if (shape) {
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
    if (isReadOnly())
        return;
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
    PhotoOverlay::paint(&painter, document(), offset, viewport()->rect(), currentImageBlockNumber(), font(), palette());
}

void BodyEdit::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Cut)) {
        cutBlocks();
        return;
    }
    if (event->matches(QKeySequence::Copy)) {
        copyBlocks();
        return;
    }
    QTextCursor cursor = textCursor();
    const bool erases = event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace
            || (!event->text().isEmpty() && event->text().at(0).isPrint());
    if (erases && !isReadOnly() && !(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier))
        && PhotoSelection::touchesPhoto(cursor)) {
        // Deleting or typing over a selection with photos removes them whole, as one step.
        cursor.beginEditBlock();
        PhotoSelection::removeSelected(&cursor);
        setTextCursor(cursor);
        if (event->key() != Qt::Key_Delete && event->key() != Qt::Key_Backspace)
            QTextEdit::keyPressEvent(event);
        cursor.endEditBlock();
        return;
    }
    if (BodyKeys::handle(this, event))
        return;
    QTextEdit::keyPressEvent(event);
}

void BodyEdit::inputMethodEvent(QInputMethodEvent *event)
{
    const QScopedValueRollback<bool> composing(m_composing, event->commitString().isEmpty() && event->replacementLength() == 0);
    QTextEdit::inputMethodEvent(event);
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
    return source->hasFormat(PhotoSelection::mimeType()) || source->hasImage() || source->hasUrls() || QTextEdit::canInsertFromMimeData(source);
}

void BodyEdit::insertFromMimeData(const QMimeData *source)
{
    if (isReadOnly())
        return;
    QList<Block> pasted;
    if (PhotoSelection::blocksFrom(source, &pasted)) {
        insertBlocks(pasted); // copied inside Copydesk, photos whole
        return;
    }
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
    if (isReadOnly())
        return;
    const QMimeData *data = QGuiApplication::clipboard()->mimeData();
    if (data)
        insertParagraphs(data->text());
}

void BodyEdit::insertParagraphs(const QString &text)
{
    if (isReadOnly())
        return;
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
    if (isReadOnly())
        return;
    if (blocks.isEmpty())
        return;
    QTextCursor cursor = textCursor();
    cursor.beginEditBlock();
    if (cursor.hasSelection())
        PhotoSelection::removeSelected(&cursor);
    // Pasted blocks start on a line of their own unless the caret is on an empty line; on a
    // photo they go after its caption.
    QTextBlock anchor = cursor.block();
    const QTextBlock photo = PhotoSelection::photoOf(anchor);
    if (photo.isValid())
        anchor = PhotoSelection::lastBlockOf(photo);
    if (!anchor.text().isEmpty() || DocumentFormat::roleOf(anchor) != DocumentFormat::Role::Body) {
        cursor.setPosition(anchor.position() + anchor.length() - 1);
        cursor.insertBlock(DocumentMapper::bodyBlockFormat(), DocumentMapper::bodyCharFormat());
    } else {
        cursor.setPosition(anchor.position());
    }
    TextDocumentWriter::write(blocks, &cursor, imageDisplayWidth());
    const QTextBlock after = cursor.block().next();
    if (blocks.constLast().type == Block::Type::Image && (!after.isValid() || DocumentFormat::isImageBlock(after))) {
        // A line to go on typing after a photo pasted last.
        QTextCursor line = cursor;
        line.insertBlock(DocumentMapper::bodyBlockFormat(), DocumentMapper::bodyCharFormat());
    }
    cursor.endEditBlock();
    setTextCursor(cursor);
}

} // namespace copydesk
