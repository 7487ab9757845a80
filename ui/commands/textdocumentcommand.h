#pragma once

#include <QString>
#include <QUndoCommand>

class QTextDocument;

namespace copydesk {

// One undo step of a QTextDocument (typing, a paste, a photo edit) on the window's undo stack.
class TextDocumentCommand : public QUndoCommand
{
public:
    static constexpr int Id = 0x7465; // 'te'

    // The step has already happened in the document: the first redo() does nothing. Steps that
    // carry the same non-empty mergeKey and follow each other become one undo step.
    TextDocumentCommand(QTextDocument *document, const QString &mergeKey, QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

    QTextDocument *document() const { return m_document; }

private:
    QTextDocument *m_document;
    QString m_mergeKey;
    int m_steps = 1;
    bool m_done = true;
};

} // namespace copydesk
