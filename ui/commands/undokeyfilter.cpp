#include "commands/undokeyfilter.h"

#include <QAction>
#include <QContextMenuEvent>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMenu>
#include <QScrollBar>
#include <QTextEdit>
#include <QUndoStack>

#include <memory>

namespace copydesk {

UndoKeyFilter::UndoKeyFilter(QUndoStack *stack, QObject *parent) : QObject(parent), m_stack(stack)
{
}

void UndoKeyFilter::install(QWidget *field)
{
    field->installEventFilter(this);
    if (auto *text = qobject_cast<QTextEdit *>(field))
        text->viewport()->installEventFilter(this);
}

bool UndoKeyFilter::isRedoKey(const QKeyEvent *event)
{
    return event->matches(QKeySequence::Redo)
           || (event->key() == Qt::Key_Y && event->modifiers() == Qt::ControlModifier);
}

bool UndoKeyFilter::isReadOnly(QObject *field)
{
    // A text edit's events may arrive at its viewport.
    for (QObject *object : {field, field ? field->parent() : nullptr}) {
        if (auto *text = qobject_cast<QTextEdit *>(object))
            return text->isReadOnly();
        if (auto *line = qobject_cast<QLineEdit *>(object))
            return line->isReadOnly();
    }
    return false;
}

bool UndoKeyFilter::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_stack)
        return false;
    switch (event->type()) {
    case QEvent::ShortcutOverride:
    case QEvent::KeyPress: {
        auto *key = static_cast<QKeyEvent *>(event);
        const bool undo = key->matches(QKeySequence::Undo);
        if (!undo && !isRedoKey(key))
            return false;
        // Left to the window's Undo and Redo actions; a key press that still arrives (no action
        // took it) is handled here, never by the field's own history, and not at all in a
        // read-only field (the article someone else holds).
        if (event->type() == QEvent::KeyPress && !isReadOnly(watched)) {
            if (undo)
                m_stack->undo();
            else
                m_stack->redo();
        }
        event->ignore();
        return true;
    }
    case QEvent::ContextMenu:
        return showContextMenu(watched, static_cast<QContextMenuEvent *>(event));
    default:
        return false;
    }
}

bool UndoKeyFilter::showContextMenu(QObject *watched, const QContextMenuEvent *event)
{
    std::unique_ptr<QMenu> menu;
    // A text edit's menu events arrive at its viewport, in viewport coordinates.
    if (auto *text = qobject_cast<QTextEdit *>(watched ? watched->parent() : nullptr)) {
        const QPoint scrolled(text->horizontalScrollBar()->value(), text->verticalScrollBar()->value());
        menu.reset(text->createStandardContextMenu(event->pos() + scrolled));
    } else if (auto *line = qobject_cast<QLineEdit *>(watched))
        menu.reset(line->createStandardContextMenu());
    if (!menu)
        return false;
    const QList<QAction *> actions = menu->actions();
    for (QAction *action : actions) {
        const bool undo = action->objectName() == QLatin1String("edit-undo");
        if (!undo && action->objectName() != QLatin1String("edit-redo"))
            continue;
        action->disconnect();
        action->setEnabled(!isReadOnly(watched) && (undo ? m_stack->canUndo() : m_stack->canRedo()));
        connect(action, &QAction::triggered, m_stack, undo ? &QUndoStack::undo : &QUndoStack::redo);
    }
    menu->exec(event->globalPos());
    return true;
}

} // namespace copydesk
