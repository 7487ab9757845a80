#pragma once

#include <QString>
#include <QTextBlock>
#include <QTextFormat>
#include <QUrl>

#include <algorithm>

namespace copydesk {

// The vocabulary shared by DocumentMapper and the editor widget: the custom format properties that
// tag each block of the editor's QTextDocument with its role in the article model.
namespace DocumentFormat {

enum Property {
    BlockRole = QTextFormat::UserProperty + 1, // block: int(Role)
    MediaId,        // image block: QString, the model's media (SHA-256 hex; empty for a placeholder)
    ImageWidth,     // image block: int, the original's pixel width (0 when unknown)
    ImageHeight,    // image block: int, the original's pixel height (0 when unknown)
    ImageCredit,    // image block: QString
    ImageAlt,       // image block: QString
    ImageSourceUrl, // image block: QString
    QuoteBlock,     // quote block: bool, the editor draws a rule at its left edge
    // char: bool, set with a bold mark's heavier weight; it keeps a bold mark bold where the
    // weight alone cannot tell (bold text moved into a heading, whose default weight is bold).
    MarkBold,
    ImageCheckMetadata, // image block: bool, Block::checkMetadata
    ImageCrop,          // image block: QRectF, Block::crop (absent: the whole photo)
    ImageRotation,      // image block: int, Block::rotation
};

enum class Role { Body = 0, Heading, Quote, ListItem, Image, Caption };

inline Role roleOf(const QTextBlock &block)
{
    const int value = block.blockFormat().intProperty(BlockRole);
    return value >= int(Role::Body) && value <= int(Role::Caption) ? Role(value) : Role::Body;
}

// By role only: an image block whose image object was deleted is read back as text.
inline bool isImageBlock(const QTextBlock &block)
{
    return roleOf(block) == Role::Image;
}

inline bool isCaptionBlock(const QTextBlock &block)
{
    return roleOf(block) == Role::Caption;
}

inline QString imageResourceScheme()
{
    return QStringLiteral("copydesk-media");
}

// The QTextImageFormat name (and QTextDocument resource URL) of a stored photo, or of the
// placeholder picture when mediaId is empty.
inline QUrl imageResourceUrl(const QString &mediaId)
{
    QUrl url;
    url.setScheme(imageResourceScheme());
    url.setPath(mediaId.isEmpty() ? QStringLiteral("placeholder") : mediaId);
    return url;
}

// True for a copydesk-media URL; *mediaId is then its SHA-256, or empty for the placeholder or a
// malformed id. Strict, so that a pasted URL cannot name anything but a stored photo.
inline bool parseImageResourceUrl(const QUrl &url, QString *mediaId)
{
    if (url.scheme() != imageResourceScheme())
        return false;
    const QString path = url.path();
    const bool sha256 = path.size() == 64 && std::all_of(path.cbegin(), path.cend(), [](QChar c) {
        return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f');
    });
    *mediaId = sha256 ? path : QString();
    return true;
}

} // namespace DocumentFormat

} // namespace copydesk
