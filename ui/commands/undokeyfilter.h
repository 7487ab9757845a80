#pragma once

#include <QObject>
#include <QPointer>

class QKeyEvent;
class QContextMenuEvent;
class QUndoStack;
class QWidget;

namespace copydesk {

// Sends a field's Undo and Redo (keys and context menu) to the window's one undo stack instead of
// the field's own history. Install it on every line edit whose edits are on that stack, and on
// every text edit and its viewport (install()).
class UndoKeyFilter : public QObject
{
    Q_OBJECT

public:
    explicit UndoKeyFilter(QUndoStack *stack, QObject *parent = nullptr);

    // Installs the filter on a line edit, or on a text edit and its viewport.
    void install(QWidget *field);
    // Ctrl+Y redoes too, as in Word and WPS, on every platform.
    static bool isRedoKey(const QKeyEvent *event);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool showContextMenu(QObject *watched, const QContextMenuEvent *event);
    static bool isReadOnly(QObject *field);

    QPointer<QUndoStack> m_stack;
};

} // namespace copydesk
