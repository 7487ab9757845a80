#include "document/textdocumentreader.h"

#include <QTextList>
#include <QUrl>

#include <utility>

namespace copydesk {

using DocumentFormat::Role;

TextDocumentReader::Reading TextDocumentReader::read(const QTextBlock &block)
{
    Reading reading;
    reading.role = TextDocumentRoles::textRoleOf(block, &reading.level);
    reading.list = block.textList();
    reading.ordered = isOrdered(reading.list);
    RichTextBuilder before;
    RichTextBuilder after;
    for (QTextBlock::iterator it = block.begin(); !it.atEnd(); ++it) {
        const QTextFragment fragment = it.fragment();
        const QTextCharFormat format = fragment.charFormat();
        if (format.isImageFormat())
            reading.images.append(format.toImageFormat());
        else
            appendFragment(reading.images.isEmpty() || reading.role == Role::Caption ? &before : &after,
                           fragment.text(), TextDocumentRoles::marksOf(format, reading.role));
    }
    reading.before = finish(&before);
    reading.after = finish(&after);
    if (!reading.images.isEmpty())
        reading.blockFormat = block.blockFormat();
    return reading;
}

int TextDocumentReader::add(const Reading &reading)
{
    const Role role = reading.role;
    int index = -1;
    if (role == Role::Caption && m_captionTarget >= 0) {
        m_blocks[m_captionTarget].caption = reading.before.text;
        index = std::exchange(m_captionTarget, -1);
        flushPending();
    } else {
        flushPending();
        index = emitText(reading.before, role == Role::Caption ? Role::Body : role, reading.level, reading.list,
                         reading.ordered);
        if (index >= 0) // a blank line between an image and its caption does not part them
            m_captionTarget = -1;
    }
    bool propertiesUsed = false;
    for (const QTextImageFormat &image : reading.images) {
        m_captionTarget = emitImage(image, reading.blockFormat, &propertiesUsed);
        if (index < 0)
            index = m_captionTarget;
    }
    if (!QStringView(reading.after.text).trimmed().isEmpty())
        m_pending = PendingText{reading.after, role, reading.level, reading.list, reading.ordered};
    return index;
}

void TextDocumentReader::flushPending()
{
    if (!m_pending)
        return;
    const PendingText pending = *m_pending;
    m_pending.reset();
    emitText(pending.text, pending.role, pending.level, pending.list, pending.ordered);
}

void TextDocumentReader::closeRun(RichTextBuilder *builder, TextMark::Kind kind, int end)
{
    int &start = builder->runStart[int(kind)];
    if (start >= 0 && end > start) {
        TextMark mark;
        mark.kind = kind;
        mark.start = start;
        mark.length = end - start;
        if (kind == TextMark::Kind::Link)
            mark.href = builder->href;
        builder->rich.marks.append(mark);
    }
    start = -1;
}

void TextDocumentReader::appendFragment(RichTextBuilder *builder, const QString &text, const TextDocumentRoles::Marks &marks)
{
    QString &out = builder->rich.text;
    const int position = int(out.size());
    for (QChar c : text) {
        switch (c.unicode()) {
        case 0xfffc:
        case 0xfdd0:
        case 0xfdd1:
            continue;
        case 0x2028:
            c = QLatin1Char('\n');
            break;
        default:
            break;
        }
        out.append(c);
    }
    if (out.size() == position)
        return;
    const auto update = [builder, position](TextMark::Kind kind, bool on) {
        if (!on)
            closeRun(builder, kind, position);
        else if (builder->runStart[int(kind)] < 0)
            builder->runStart[int(kind)] = position;
    };
    update(TextMark::Kind::Bold, marks.bold);
    update(TextMark::Kind::Italic, marks.italic);
    if (marks.href != builder->href) {
        closeRun(builder, TextMark::Kind::Link, position);
        builder->href = marks.href;
    }
    update(TextMark::Kind::Link, !marks.href.isEmpty());
}

RichText TextDocumentReader::finish(RichTextBuilder *builder)
{
    const int end = int(builder->rich.text.size());
    for (TextMark::Kind kind : {TextMark::Kind::Bold, TextMark::Kind::Italic, TextMark::Kind::Link})
        closeRun(builder, kind, end);
    builder->rich.normalize();
    return builder->rich;
}

bool TextDocumentReader::isOrdered(const QTextList *list)
{
    switch (list ? list->format().style() : QTextListFormat::ListDisc) {
    case QTextListFormat::ListDecimal:
    case QTextListFormat::ListLowerAlpha:
    case QTextListFormat::ListUpperAlpha:
    case QTextListFormat::ListLowerRoman:
    case QTextListFormat::ListUpperRoman:
        return true;
    default:
        return false;
    }
}

QString TextDocumentReader::importableSource(const QString &name)
{
    const QUrl url(name);
    const QString scheme = url.scheme().toLower();
    const bool keep = url.isValid()
            && (scheme == QLatin1String("http") || scheme == QLatin1String("https")
                || scheme == QLatin1String("file"));
    return keep ? name : QString();
}

int TextDocumentReader::emitText(const RichText &text, Role role, int level, const QTextList *list, bool ordered)
{
    if (QStringView(text.text).trimmed().isEmpty())
        return -1;
    QList<Block> &blocks = m_blocks;
    if (role == Role::ListItem) {
        if (list == m_lastList && !blocks.isEmpty() && blocks.constLast().type == Block::Type::List) {
            blocks.last().items.append(text);
        } else {
            blocks.append(Block::list({text}, ordered));
            m_lastList = list;
        }
        return int(blocks.size()) - 1;
    }
    m_lastList = nullptr;
    switch (role) {
    case Role::Heading:
        blocks.append(Block::heading(text, level));
        break;
    case Role::Quote:
        blocks.append(Block::quote(text));
        break;
    case Role::Body:
    case Role::ListItem:
    case Role::Image:
    case Role::Caption:
        blocks.append(Block::paragraph(text));
        break;
    }
    return int(blocks.size()) - 1;
}

int TextDocumentReader::emitImage(const QTextImageFormat &format, const QTextBlockFormat &blockFormat,
                                  bool *propertiesUsed)
{
    Block image;
    const QString mediaProperty = blockFormat.stringProperty(DocumentFormat::MediaId);
    QString media;
    const bool ours = DocumentFormat::parseImageResourceUrl(QUrl(format.name()), &media);
    if (!*propertiesUsed && blockFormat.intProperty(DocumentFormat::BlockRole) == int(Role::Image)
        && format.name() == DocumentFormat::imageResourceUrl(mediaProperty).toString()) {
        *propertiesUsed = true;
        image = Block::image(mediaProperty, blockFormat.intProperty(DocumentFormat::ImageWidth),
                             blockFormat.intProperty(DocumentFormat::ImageHeight), QString(),
                             blockFormat.stringProperty(DocumentFormat::ImageCredit),
                             blockFormat.stringProperty(DocumentFormat::ImageAlt));
        image.sourceUrl = blockFormat.stringProperty(DocumentFormat::ImageSourceUrl);
        image.checkMetadata = blockFormat.boolProperty(DocumentFormat::ImageCheckMetadata);
        if (blockFormat.hasProperty(DocumentFormat::ImageCrop)) {
            image.crop = blockFormat.property(DocumentFormat::ImageCrop).toRectF();
            image.rotation = blockFormat.intProperty(DocumentFormat::ImageRotation);
        }
    } else if (ours && !media.isEmpty()) {
        image = Block::image(media, qRound(format.width()), qRound(format.height()));
    } else {
        image = Block::imagePlaceholder(QString());
        if (!ours)
            image.sourceUrl = importableSource(format.name());
    }
    m_lastList = nullptr;
    m_blocks.append(image);
    return int(m_blocks.size()) - 1;
}

} // namespace copydesk
