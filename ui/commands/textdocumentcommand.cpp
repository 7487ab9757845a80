#include "commands/textdocumentcommand.h"

#include <QTextDocument>

namespace copydesk {

TextDocumentCommand::TextDocumentCommand(QTextDocument *document, const QString &mergeKey, QUndoCommand *parent)
    : QUndoCommand(parent), m_document(document), m_mergeKey(mergeKey)
{
}

void TextDocumentCommand::undo()
{
    for (int i = 0; i < m_steps; ++i)
        m_document->undo();
    m_done = false;
}

void TextDocumentCommand::redo()
{
    if (m_done)
        return;
    for (int i = 0; i < m_steps; ++i)
        m_document->redo();
    m_done = true;
}

int TextDocumentCommand::id() const
{
    return m_mergeKey.isEmpty() ? -1 : Id;
}

bool TextDocumentCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const TextDocumentCommand *>(other);
    if (next->m_document != m_document || next->m_mergeKey != m_mergeKey)
        return false;
    m_steps += next->m_steps;
    return true;
}

} // namespace copydesk
