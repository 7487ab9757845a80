#pragma once

#include "model/richtext.h"

#include <QList>
#include <QRectF>
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
    // Image: caption, credit or alt were filled from the photo's own metadata and the editor has
    // not confirmed them yet (the Photo panel asks to check them).
    bool checkMetadata = false;
    // Image, non-destructive: the part of the original shown, in coordinates normalized to the
    // original's size after rotation (null: all of it), and a clockwise turn of 0, 90, 180 or 270.
    QRectF crop;
    int rotation = 0;

    static Block paragraph(const RichText &text);
    static Block heading(const RichText &text, int level = 2);
    static Block quote(const RichText &text);
    static Block list(const QList<RichText> &items, bool ordered);
    static Block image(const QString &media, int width, int height, const QString &caption = {},
                       const QString &credit = {}, const QString &alt = {});
    static Block imagePlaceholder(const QString &caption);

    bool isPlaceholder() const { return type == Type::Image && media.isEmpty(); }
    // crop, or the whole photo when none is set.
    QRectF shownPart() const { return crop.isValid() ? crop : QRectF(0, 0, 1, 1); }
    bool isCropped() const { return shownPart() != QRectF(0, 0, 1, 1) || rotation % 360 != 0; }
    // Text a reader sees (for counting and search): text, list items, or caption.
    QString plainText() const;

    static QString typeName(Type type);
    static bool typeFromName(const QString &name, Type *type);

    friend bool operator==(const Block &a, const Block &b);
    friend bool operator!=(const Block &a, const Block &b) { return !(a == b); }
};

} // namespace copydesk
