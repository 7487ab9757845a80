#include "commands/documentundolink.h"

#include "commands/textdocumentcommand.h"

#include <QTextDocument>
#include <QUndoStack>

namespace copydesk {

DocumentUndoLink::DocumentUndoLink(QTextDocument *document, QUndoStack *stack, QObject *parent)
    : QObject(parent), m_document(document), m_stack(stack)
{
    connect(document, &QTextDocument::undoCommandAdded, this, &DocumentUndoLink::stepAdded);
    connect(stack, &QUndoStack::indexChanged, this, &DocumentUndoLink::stackMoved);
}

void DocumentUndoLink::stepAdded()
{
    if (!m_stack)
        return;
    m_pushing = true;
    m_stack->push(new TextDocumentCommand(m_document, m_mergeKey));
    m_pushing = false;
}

// QTextDocument merges typed characters into its previous step only while the document is
// "modified"; clearing the flag whenever another edit, an undo or a redo moved the stack keeps
// later typing from joining a step that is no longer the latest.
void DocumentUndoLink::stackMoved()
{
    if (!m_pushing)
        m_document->setModified(false);
}

} // namespace copydesk
