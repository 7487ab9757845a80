#include "document/mappeddocument.h"

#include <QTextBlock>
#include <QTextDocument>
#include <QTextList>

namespace copydesk {

MappedDocument::MappedDocument(const QTextDocument *document, QObject *parent)
    : QObject(parent), m_document(document)
{
    // contentsChanged, not contentsChange: the latter stays silent for an edit made while it is
    // being delivered.
    connect(document, &QTextDocument::contentsChanged, this, [this] { m_stale = true; });
}

MappedDocument::Shape MappedDocument::shapeOf(const QTextBlock &block)
{
    Shape shape;
    shape.blockFormat = block.blockFormatIndex();
    if (const QTextList *list = block.textList()) {
        shape.list = list;
        shape.listFormat = list->formatIndex();
    }
    for (QTextBlock::iterator it = block.begin(); !it.atEnd(); ++it) {
        const QTextFragment fragment = it.fragment();
        shape.fragments.append(fragment.charFormatIndex());
        shape.fragments.append(fragment.length());
    }
    return shape;
}

void MappedDocument::update()
{
    if (!m_stale)
        return;
    const QString raw = m_document->toRawText(); // one copy: each block's text is a view into it
    const int blockCount = m_document->blockCount();
    TextDocumentReader reader;
    reader.reserve(blockCount);
    m_modelIndex.clear();
    m_modelIndex.reserve(blockCount);
    m_lastReadCount = 0;
    qsizetype position = 0; // blocks are contiguous; QTextBlock::position() would search for it
    for (QTextBlock block = m_document->begin(); block.isValid(); block = block.next()) {
        const qsizetype length = block.length();
        const QStringView text = QStringView(raw).mid(position, qMin(length, raw.size() - position));
        position += length;
        const size_t key = size_t(block.fragmentIndex());
        if (key >= m_kept.size())
            m_kept.resize(key + 1 + key / 2);
        Kept &kept = m_kept[key];
        Shape shape = shapeOf(block);
        if (!kept.read || kept.text != text || !(kept.shape == shape)) {
            kept.text = text.toString();
            kept.shape = std::move(shape);
            kept.reading = TextDocumentReader::read(block);
            kept.read = true;
            ++m_lastReadCount;
        }
        const int index = reader.add(kept.reading);
        m_modelIndex.append(index >= 0 ? index : int(reader.blocks().size()));
    }
    reader.flushPending();
    m_blocks = reader.blocks();
    m_stale = false;
}

QList<Block> MappedDocument::blocks()
{
    update();
    return m_blocks;
}

int MappedDocument::modelIndexAt(int position)
{
    update();
    if (m_blocks.isEmpty())
        return -1;
    const QTextBlock block = m_document->findBlock(qBound(0, position, m_document->characterCount() - 1));
    const int number = block.blockNumber();
    if (number < 0 || number >= m_modelIndex.size())
        return -1;
    return qMin(m_modelIndex.at(number), int(m_blocks.size()) - 1);
}

} // namespace copydesk
