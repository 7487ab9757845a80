#include "model/wordcounter.h"

#include "model/article.h"
#include "text/textstats.h"

namespace copydesk {

int WordCounter::count(const Article &article)
{
    QHash<QString, int> next;
    next.reserve(article.blocks.size() + 2);
    int count = countOf(article.title, &next) + countOf(article.subtitle, &next);
    for (const Block &block : article.blocks) {
        if (block.type != Block::Type::Image)
            count += countOf(block.plainText(), &next);
    }
    m_counts.swap(next);
    return count;
}

int WordCounter::countOf(const QString &text, QHash<QString, int> *next) const
{
    if (text.isEmpty())
        return 0;
    const auto known = m_counts.constFind(text);
    const int count = known != m_counts.cend() ? known.value() : TextStats::wordCount(text);
    next->insert(text, count);
    return count;
}

} // namespace copydesk
