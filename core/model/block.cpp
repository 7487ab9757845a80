#include "model/block.h"

#include <QStringList>

namespace copydesk {

Block Block::paragraph(const RichText &text)
{
    Block block;
    block.type = Type::Paragraph;
    block.text = text;
    return block;
}

Block Block::heading(const RichText &text, int level)
{
    Block block;
    block.type = Type::Heading;
    block.text = text;
    block.level = qBound(2, level, 3);
    return block;
}

Block Block::quote(const RichText &text)
{
    Block block;
    block.type = Type::Quote;
    block.text = text;
    return block;
}

Block Block::list(const QList<RichText> &items, bool ordered)
{
    Block block;
    block.type = Type::List;
    block.items = items;
    block.ordered = ordered;
    return block;
}

Block Block::image(const QString &media, int width, int height, const QString &caption,
                   const QString &credit, const QString &alt)
{
    Block block;
    block.type = Type::Image;
    block.media = media;
    block.width = width;
    block.height = height;
    block.caption = caption;
    block.credit = credit;
    block.alt = alt;
    return block;
}

Block Block::imagePlaceholder(const QString &caption)
{
    return image(QString(), 0, 0, caption);
}

QString Block::plainText() const
{
    switch (type) {
    case Type::Paragraph:
    case Type::Heading:
    case Type::Quote:
        return text.text;
    case Type::List: {
        QStringList lines;
        lines.reserve(items.size());
        for (const RichText &item : items)
            lines.append(item.text);
        return lines.join(QLatin1Char('\n'));
    }
    case Type::Image:
        return caption;
    }
    return QString();
}

QString Block::typeName(Type type)
{
    switch (type) {
    case Type::Paragraph: return QStringLiteral("paragraph");
    case Type::Heading: return QStringLiteral("heading");
    case Type::Image: return QStringLiteral("image");
    case Type::Quote: return QStringLiteral("quote");
    case Type::List: return QStringLiteral("list");
    }
    return QString();
}

bool Block::typeFromName(const QString &name, Type *type)
{
    for (Type candidate : {Type::Paragraph, Type::Heading, Type::Image, Type::Quote, Type::List}) {
        if (typeName(candidate) == name) {
            *type = candidate;
            return true;
        }
    }
    return false;
}

bool operator==(const Block &a, const Block &b)
{
    if (a.type != b.type)
        return false;
    switch (a.type) {
    case Block::Type::Paragraph:
    case Block::Type::Quote:
        return a.text == b.text;
    case Block::Type::Heading:
        return a.text == b.text && a.level == b.level;
    case Block::Type::List:
        return a.ordered == b.ordered && a.items == b.items;
    case Block::Type::Image:
        return a.media == b.media && a.width == b.width && a.height == b.height
                && a.caption == b.caption && a.credit == b.credit && a.alt == b.alt
                && a.sourceUrl == b.sourceUrl && a.checkMetadata == b.checkMetadata
                && a.rotation % 360 == b.rotation % 360
                && a.shownPart() == b.shownPart();
    }
    return false;
}

} // namespace copydesk
