#include "editor/photodraghandler.h"

#include "document/documentformat.h"
#include "editor/bodyedit.h"
#include "editor/photoselection.h"
#include "store/store.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QDrag>
#include <QDropEvent>
#include <QMimeData>
#include <QMouseEvent>
#include <QScrollBar>
#include <QTextBlock>

namespace copydesk {

PhotoDragHandler::PhotoDragHandler(BodyEdit *body, const Store *store) : m_body(body), m_store(store) {}

int PhotoDragHandler::photoAt(const QPoint &viewportPoint) const
{
    const QTextBlock block = m_body->cursorForPosition(viewportPoint).block();
    if (!DocumentFormat::isImageBlock(block))
        return -1;
    const QPoint offset(m_body->horizontalScrollBar()->value(), m_body->verticalScrollBar()->value());
    const QRectF rect = m_body->document()->documentLayout()->blockBoundingRect(block);
    return rect.contains(viewportPoint + offset) ? block.blockNumber() : -1;
}

bool PhotoDragHandler::press(QMouseEvent *event)
{
    m_pressed = -1;
    const int photo = event->button() == Qt::LeftButton && !(event->modifiers() & Qt::ShiftModifier)
            ? photoAt(event->position().toPoint())
            : -1;
    if (photo < 0)
        return false;
    // A click on a photo selects it as an object; dragging it from there moves it.
    m_body->setFocus(Qt::MouseFocusReason);
    m_body->selectPhoto(photo);
    m_pressed = photo;
    m_pressedAt = event->position().toPoint();
    event->accept();
    return true;
}

bool PhotoDragHandler::move(QMouseEvent *event)
{
    if (m_pressed < 0 || !(event->buttons() & Qt::LeftButton))
        return false;
    if (m_body->isReadOnly()) {
        event->accept(); // a photo of a read-only article is selected, never dragged
        return true;
    }
    if ((event->position().toPoint() - m_pressedAt).manhattanLength() >= QApplication::startDragDistance()) {
        const int photo = m_pressed;
        m_pressed = -1;
        start(photo);
    }
    event->accept();
    return true;
}

void PhotoDragHandler::start(int blockNumber)
{
    const QTextBlock photo = m_body->document()->findBlockByNumber(blockNumber);
    if (!DocumentFormat::isImageBlock(photo))
        return;
    auto *drag = new QDrag(m_body);
    const Block image = m_body->imageAt(blockNumber);
    drag->setMimeData(PhotoSelection::mimeData({image}, QString()));
    // No thumbnail yet (made in the background after an import): Qt's plain drag cursor.
    QImage thumbnail;
    thumbnail.loadFromData(m_store->mediaThumbnail(image.media));
    if (!thumbnail.isNull())
        drag->setPixmap(QPixmap::fromImage(thumbnail.scaled(160, 120, Qt::KeepAspectRatio)));
    m_dragged = blockNumber;
    drag->exec(Qt::MoveAction | Qt::CopyAction, Qt::MoveAction);
    m_dragged = -1;
}

bool PhotoDragHandler::drop(QDropEvent *event)
{
    if (event->source() != m_body || m_dragged < 0 || !event->mimeData()->hasFormat(PhotoSelection::mimeType()))
        return false;
    event->setDropAction(Qt::MoveAction);
    event->accept();
    moveTo(m_dragged, m_body->cursorForPosition(event->position().toPoint()).position());
    return true;
}

void PhotoDragHandler::moveTo(int blockNumber, int position)
{
    QTextDocument *document = m_body->document();
    const QTextBlock photo = document->findBlockByNumber(blockNumber);
    if (!DocumentFormat::isImageBlock(photo))
        return;
    const QTextBlock last = PhotoSelection::lastBlockOf(photo);
    if (position >= photo.position() && position < last.position() + last.length())
        return; // dropped onto itself
    const Block image = m_body->imageAt(blockNumber);
    QTextCursor target(document);
    target.setPosition(position);
    target.beginEditBlock();
    m_body->removeImage(blockNumber);
    m_body->setTextCursor(target);
    m_body->insertBlocks({image});
    target.endEditBlock();
    const QTextBlock caret = m_body->textCursor().block();
    QTextBlock moved = PhotoSelection::photoOf(caret);
    if (!moved.isValid())
        moved = PhotoSelection::photoOf(caret.previous()); // the caret went to a line after it
    if (moved.isValid())
        m_body->selectPhoto(moved.blockNumber());
}

} // namespace copydesk
