#include "proof/articleconverter.h"

#include "proof/chineseconverter.h"

#include <QMap>

#include <set>

namespace copydesk {

RichText ArticleConverter::convert(const RichText &text, const ChineseConverter &converter)
{
    if (text.marks.isEmpty())
        return RichText(converter.convert(text.text));
    std::set<int> edges{0, int(text.text.size())};
    for (const TextMark &mark : text.marks) {
        edges.insert(mark.start);
        edges.insert(mark.start + mark.length);
    }
    // Where each old edge lands in the converted text.
    QMap<int, int> moved;
    RichText result;
    int previous = 0;
    for (const int edge : edges) {
        if (edge > previous)
            result.text += converter.convert(text.text.mid(previous, edge - previous));
        moved.insert(edge, int(result.text.size()));
        previous = edge;
    }
    for (TextMark mark : text.marks) {
        const int start = moved.value(mark.start);
        mark.length = moved.value(mark.start + mark.length) - start;
        mark.start = start;
        result.marks.append(mark);
    }
    return result;
}

bool ArticleConverter::convert(Article *article, const ChineseConverter &converter)
{
    const Article before = *article;
    for (QString *field : {&article->title, &article->subtitle, &article->byline, &article->source})
        *field = converter.convert(*field);
    for (Block &block : article->blocks) {
        block.text = convert(block.text, converter);
        for (RichText &item : block.items)
            item = convert(item, converter);
        for (QString *field : {&block.caption, &block.credit, &block.alt})
            *field = converter.convert(*field);
    }
    return *article != before;
}

} // namespace copydesk
