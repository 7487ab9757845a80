#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

class QTextDocument;
class QUndoStack;

namespace copydesk {

// Puts each undo step of a text document onto the window's one undo stack, so that typing in the
// headline, the body and the photo fields and the panels' edits undo in the order they were made.
class DocumentUndoLink : public QObject
{
    Q_OBJECT

public:
    DocumentUndoLink(QTextDocument *document, QUndoStack *stack, QObject *parent = nullptr);

    // Steps made while a key is set and that follow each other undo together (a caption typed
    // in the Photo panel is one step, not one per key).
    void setMergeKey(const QString &key) { m_mergeKey = key; }

private:
    void stepAdded();
    void stackMoved();

    QTextDocument *m_document;
    QPointer<QUndoStack> m_stack;
    QString m_mergeKey;
    bool m_pushing = false;
};

} // namespace copydesk
