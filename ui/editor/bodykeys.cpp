#include "editor/bodykeys.h"

#include "document/documentformat.h"
#include "document/documentmapper.h"
#include "editor/bodyedit.h"

#include <QKeyEvent>
#include <QTextBlock>
#include <QTextCursor>

namespace copydesk {

bool BodyKeys::handle(BodyEdit *edit, QKeyEvent *event)
{
    QTextCursor cursor = edit->textCursor();
    const QTextBlock block = cursor.block();
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    const bool backspace = event->key() == Qt::Key_Backspace;
    const bool del = event->key() == Qt::Key_Delete;
    if (edit->isReadOnly() || cursor.hasSelection() || event->modifiers() & (Qt::ControlModifier | Qt::AltModifier))
        return false;

    if (DocumentFormat::isImageBlock(block)) {
        if (backspace || del) {
            edit->removeImage(block.blockNumber());
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
            edit->setTextCursor(cursor);
            return true;
        }
        if (!event->text().isEmpty() && event->text().at(0).isPrint()) {
            // Typing on a photo types its caption.
            QTextCursor caption(block.next());
            caption.movePosition(QTextCursor::EndOfBlock);
            edit->setTextCursor(caption);
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
            edit->setTextCursor(cursor);
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
            edit->setTextCursor(cursor);
        } else {
            cursor.movePosition(QTextCursor::PreviousBlock);
            cursor.movePosition(QTextCursor::EndOfBlock);
            edit->setTextCursor(cursor);
        }
        return true;
    }
    if (del && cursor.atBlockEnd() && DocumentFormat::isImageBlock(block.next()))
        return true; // never pull a photo into a paragraph
    if (enter && cursor.atBlockEnd() && DocumentFormat::roleOf(block) == DocumentFormat::Role::Heading) {
        // A sub-head is followed by body text, as in any word processor.
        cursor.insertBlock(DocumentMapper::bodyBlockFormat(), DocumentMapper::bodyCharFormat());
        edit->setTextCursor(cursor);
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
            edit->setTextCursor(cursor);
            return true;
        }
    }
    return false;
}

} // namespace copydesk
