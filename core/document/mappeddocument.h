#pragma once

#include "document/textdocumentreader.h"
#include "model/block.h"

#include <QList>
#include <QObject>
#include <QString>

#include <vector>

class QTextBlock;
class QTextDocument;

namespace copydesk {

// The article blocks of an editor's QTextDocument, kept as it is edited: a document block is read
// again only when it changed (its text, its character and block formats or its list), the others'
// readings are kept; nothing is done while the document did not change. The result is always
// DocumentMapper::fromDocument()'s (tst_mappeddocument compares the two after random edits).
//
// Why not the ranges QTextDocument::contentsChange reports: after an edit block holding several
// edits, and after their undo, the merged range can miss a block the edits changed (seen in
// tst_mappeddocument). So each walk compares every block with what it held when read, which at
// 200k characters costs a fraction of a millisecond against ~6 ms for reading them all
// (docs/benchmarks.md).
class MappedDocument : public QObject
{
    Q_OBJECT

public:
    explicit MappedDocument(const QTextDocument *document, QObject *parent = nullptr);

    // DocumentMapper::fromDocument(document). Call it between edits, not inside an open edit
    // block (QTextCursor::beginEditBlock), whose changes the document reports when it ends.
    QList<Block> blocks();
    // DocumentMapper::modelIndexAt(document, position), same rule.
    int modelIndexAt(int position);
    // Document blocks read afresh by the last walk (the rest came from the kept readings).
    int lastReadCount() const { return m_lastReadCount; }

private:
    // What a block held when it was read: a block equal in all of these reads the same.
    struct Shape
    {
        int blockFormat = -1;
        const void *list = nullptr;
        int listFormat = -1;
        // Char format index and length of each fragment. Not a QVarLengthArray: in Qt 6.4 its
        // move assignment leaks the heap buffer it replaces (LeakSanitizer, tst_mappeddocument).
        QList<int> fragments;
        bool operator==(const Shape &other) const
        {
            return blockFormat == other.blockFormat && list == other.list && listFormat == other.listFormat
                    && fragments == other.fragments;
        }
    };
    struct Kept
    {
        QString text; // the block's raw text, separator included
        Shape shape;
        TextDocumentReader::Reading reading;
        bool read = false;
    };

    static Shape shapeOf(const QTextBlock &block);
    void update();

    const QTextDocument *m_document;
    // By QTextBlock::fragmentIndex(), a small number a block keeps while it lives (a freed one
    // can come back for another block: the comparison with what was read tells them apart).
    std::vector<Kept> m_kept;
    bool m_stale = true;
    QList<Block> m_blocks;
    // By block number: DocumentMapper::modelIndexAt()'s index before clamping to the last block.
    QList<int> m_modelIndex;
    int m_lastReadCount = 0;
};

} // namespace copydesk
