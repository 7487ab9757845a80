#pragma once

// Blocks as short strings for comparing importer results in tests.

#include "block.h"

#include <QMap>
#include <QStringList>

namespace copydesk::test {

// Marks written into the text: **bold**, *italic*, [text](href).
inline QString describe(const RichText &text)
{
    QMap<int, QString> opens;
    QMap<int, QString> closes;
    for (const TextMark &mark : text.marks) {
        switch (mark.kind) {
        case TextMark::Kind::Bold:
            opens[mark.start] += QStringLiteral("**");
            closes[mark.start + mark.length].prepend(QStringLiteral("**"));
            break;
        case TextMark::Kind::Italic:
            opens[mark.start] += QStringLiteral("*");
            closes[mark.start + mark.length].prepend(QStringLiteral("*"));
            break;
        case TextMark::Kind::Link:
            opens[mark.start] += QStringLiteral("[");
            closes[mark.start + mark.length].prepend(QStringLiteral("](") + mark.href + QStringLiteral(")"));
            break;
        }
    }
    QString out;
    for (int i = 0; i <= text.text.size(); ++i) {
        out += closes.value(i) + opens.value(i);
        if (i < text.text.size())
            out += text.text.at(i) == u'\n' ? QStringLiteral("\\n") : QString(text.text.at(i));
    }
    return out;
}

// One block as a short string: "P:text", "H2:text", "Q:text", "OL:a|b", "UL:a|b",
// "IMG:caption|credit" (a stored photo), "I:caption|credit@sourceUrl" (a placeholder).
inline QString describe(const Block &block)
{
    switch (block.type) {
    case Block::Type::Paragraph: return QStringLiteral("P:") + describe(block.text);
    case Block::Type::Heading: return QStringLiteral("H%1:").arg(block.level) + describe(block.text);
    case Block::Type::Quote: return QStringLiteral("Q:") + describe(block.text);
    case Block::Type::Image: {
        QString out = (block.isPlaceholder() ? QStringLiteral("I:") : QStringLiteral("IMG:")) + block.caption;
        if (!block.credit.isEmpty())
            out += QLatin1Char('|') + block.credit;
        if (!block.sourceUrl.isEmpty())
            out += QLatin1Char('@') + block.sourceUrl;
        return out;
    }
    case Block::Type::List: {
        QStringList items;
        for (const RichText &item : block.items)
            items.append(describe(item));
        return (block.ordered ? QStringLiteral("OL:") : QStringLiteral("UL:")) + items.join(QLatin1Char('|'));
    }
    }
    return {};
}

inline QStringList describe(const QList<Block> &blocks)
{
    QStringList out;
    for (const Block &block : blocks)
        out.append(describe(block));
    return out;
}

inline QStringList list(const char *joined)
{
    return QString::fromUtf8(joined).split(QStringLiteral(" || "), Qt::SkipEmptyParts);
}

} // namespace copydesk::test
