#pragma once

#include "model/richtext.h"

#include <QList>
#include <QString>

namespace copydesk {

// One typed block of an article body; which fields matter depends on type().
struct Block
{
    enum class Type { Paragraph, Heading, Image, Quote, List };

    Type type = Type::Paragraph;

    // Paragraph, Heading, Quote
    RichText text;
    // Heading: 2 or 3
    int level = 2;
    // List
    bool ordered = false;
    QList<RichText> items;
    // Image: media is the SHA-256 hex of the original bytes in the store; empty for a
    // placeholder (caption but no photo yet). sourceUrl records where a placeholder came from.
    QString media;
    int width = 0;
    int height = 0;
    QString caption;
    QString credit;
    QString alt;
    QString sourceUrl;

    static Block paragraph(const RichText &text);
    static Block heading(const RichText &text, int level = 2);
    static Block quote(const RichText &text);
    static Block list(const QList<RichText> &items, bool ordered);
    static Block image(const QString &media, int width, int height, const QString &caption = {},
                       const QString &credit = {}, const QString &alt = {});
    static Block imagePlaceholder(const QString &caption);

    bool isPlaceholder() const { return type == Type::Image && media.isEmpty(); }
    // Text a reader sees (for counting and search): text, list items, or caption.
    QString plainText() const;

    static QString typeName(Type type);
    static bool typeFromName(const QString &name, Type *type);

    friend bool operator==(const Block &a, const Block &b);
    friend bool operator!=(const Block &a, const Block &b) { return !(a == b); }
};

} // namespace copydesk
