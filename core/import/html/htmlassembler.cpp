#include "import/html/htmlassembler.h"

#include "import/copyrules.h"

#include <QRegularExpression>

#include <algorithm>

namespace copydesk {

HtmlAssembler::HtmlAssembler(const HtmlConverter::Options &options, const QHash<int, int> &sizes) : m_options(options)
{
    // Body text is the size most characters have; with no sizes set, a browser's default.
    int best = 0;
    for (auto it = sizes.cbegin(); it != sizes.cend(); ++it) {
        if (it.value() > best) {
            best = it.value();
            m_bodySize = it.key() / 2.0;
        }
    }
    if (m_bodySize <= 0)
        m_bodySize = 14; // Word's 10.5 pt
}

QList<Block> HtmlAssembler::assemble(const QList<HtmlPiece> &pieces)
{
    for (const HtmlPiece &piece : pieces) {
        if (piece.image) {
            Block block = piece.media.isEmpty() ? Block::imagePlaceholder(piece.caption)
                                                : Block::image(piece.media, 0, 0, piece.caption);
            block.alt = piece.alt;
            block.sourceUrl = piece.sourceUrl;
            append(block);
            m_afterImage = true;
            continue;
        }
        if (CopyRules::trimmed(piece.text.text).isEmpty())
            continue;
        if (m_options.paragraphsOnly) {
            for (const QString &line : piece.text.text.split(u'\n')) {
                const QString text = CopyRules::trimmed(line);
                if (!text.isEmpty())
                    append(Block::paragraph(text));
            }
            continue;
        }
        const bool afterImage = m_afterImage;
        m_afterImage = false;
        if (afterImage && takeCaption(piece))
            continue;
        if (takeCredit(piece))
            continue;
        appendText(piece);
    }
    return m_blocks;
}

void HtmlAssembler::append(const Block &block)
{
    m_blocks.append(block);
    m_lastList = -1;
}

bool HtmlAssembler::isFaint(const HtmlPiece &piece) const
{
    const bool grey = !m_greyBody && piece.chars > 0 && piece.greyChars * 10 >= piece.chars * 9;
    const bool small = piece.sizePx > 0 && piece.sizePx < m_bodySize - 0.5;
    return grey || small;
}

bool HtmlAssembler::captionLike(const HtmlPiece &piece, const QString &text) const
{
    const int length = CopyRules::visibleLength(text);
    if (piece.context.caption)
        return length <= 500;
    if (length > 150 || piece.context.heading > 0 || piece.context.listRoot >= 0)
        return false;
    QString scratch;
    if (CopyRules::captionFromMarker(text, &scratch) || isFaint(piece) || wholly(piece.text, TextMark::Kind::Italic))
        return true;
    if (wholly(piece.text, TextMark::Kind::Bold))
        return false;
    return (piece.context.centered && length <= 80) || CopyRules::classify(text) == CopyRules::LineKind::Caption;
}

Block *HtmlAssembler::lastImage()
{
    return !m_blocks.isEmpty() && m_blocks.last().type == Block::Type::Image ? &m_blocks.last() : nullptr;
}

bool HtmlAssembler::takeCaption(const HtmlPiece &piece)
{
    Block *image = lastImage();
    const QString text = CopyRules::trimmed(QString(piece.text.text).replace(u'\n', u' '));
    if (!image || !image->caption.isEmpty() || !captionLike(piece, text))
        return false;
    QString caption = text;
    QString credit;
    if (CopyRules::creditFromLine(text, &credit)) {
        if (!image->credit.isEmpty())
            return false;
        image->credit = credit;
        m_afterImage = true; // the caption may still follow
        return true;
    }
    CopyRules::captionFromMarker(text, &caption);
    if (piece.context.caption)
        caption = withoutCaptionNumber(caption);
    const Block split = CopyRules::captionPlaceholder(caption);
    image->caption = split.caption;
    if (image->credit.isEmpty())
        image->credit = split.credit;
    return true;
}

bool HtmlAssembler::takeCredit(const HtmlPiece &piece)
{
    Block *image = lastImage();
    QString credit;
    if (!image || !image->credit.isEmpty() || !CopyRules::creditFromLine(CopyRules::trimmed(piece.text.text), &credit))
        return false;
    image->credit = credit;
    return true;
}

void HtmlAssembler::appendText(const HtmlPiece &piece)
{
    const HtmlContext &c = piece.context;
    RichText text = piece.text;
    if (c.listRoot >= 0) {
        bool ordered = c.ordered;
        if (c.msoList > 0) {
            CopyRules::ListItem item;
            if (!piece.marker.trimmed().isEmpty()) {
                ordered = isOrderedMarker(piece.marker);
            } else if (CopyRules::listItem(text.text, &item)) {
                text = slicedFrom(text, int(text.text.size() - item.text.size()));
                ordered = item.ordered;
            }
        }
        if (m_lastList == c.listRoot && !m_blocks.isEmpty() && m_blocks.last().type == Block::Type::List) {
            QList<RichText> &items = m_blocks.last().items;
            if (m_lastItem == c.item) {
                RichText &last = items.last();
                const int offset = int(last.text.size()) + 1;
                last.text += u'\n' + text.text;
                for (TextMark mark : text.marks) {
                    mark.start += offset;
                    last.marks.append(mark);
                }
                last.normalize();
            } else {
                items.append(text);
            }
        } else {
            m_blocks.append(Block::list({text}, ordered));
        }
        m_lastList = c.listRoot;
        m_lastItem = c.item;
        return;
    }
    const int index = int(m_blocks.size());
    const QString plain = CopyRules::trimmed(text.text);
    if (c.title || c.subtitle || c.heading > 0) {
        append(Block::heading(withoutMarks(oneLine(text), TextMark::Kind::Bold), 2));
        m_rawLevels.insert(index, c.heading > 0 ? c.heading : TitleStyle);
        if (c.subtitle)
            m_subtitleStyled.insert(index);
    } else if (c.quote) {
        append(Block::quote(text));
    } else if ((wholly(text, TextMark::Kind::Bold) || piece.sizePx > m_bodySize + 1) && !plain.contains(u'\n')
               && CopyRules::classify(plain) != CopyRules::LineKind::Paragraph) {
        // Bold or larger than the body text, short and no sentence: a sub-head.
        append(Block::heading(withoutMarks(oneLine(text), TextMark::Kind::Bold), 2));
        m_rawLevels.insert(index, 0);
    } else {
        append(Block::paragraph(text));
    }
}

bool HtmlAssembler::wholly(const RichText &text, TextMark::Kind kind)
{
    QList<bool> covered(text.text.size(), false);
    for (const TextMark &mark : text.marks) {
        if (mark.kind != kind)
            continue;
        for (int i = mark.start; i < mark.start + mark.length && i < covered.size(); ++i)
            covered[i] = true;
    }
    bool any = false;
    for (qsizetype i = 0; i < text.text.size(); ++i) {
        if (CopyRules::isBlankChar(text.text.at(i)))
            continue;
        if (!covered.at(i))
            return false;
        any = true;
    }
    return any;
}

RichText HtmlAssembler::withoutMarks(const RichText &text, TextMark::Kind kind)
{
    RichText out = text;
    out.marks.erase(std::remove_if(out.marks.begin(), out.marks.end(),
                                   [kind](const TextMark &mark) { return mark.kind == kind; }),
                    out.marks.end());
    return out;
}

RichText HtmlAssembler::slicedFrom(const RichText &text, int from)
{
    RichText out(text.text.mid(from));
    for (TextMark mark : text.marks) {
        const int end = mark.start + mark.length;
        mark.start = std::max(0, mark.start - from);
        mark.length = end - from - mark.start;
        if (mark.length > 0)
            out.marks.append(mark);
    }
    out.normalize();
    return out;
}

RichText HtmlAssembler::oneLine(const RichText &text)
{
    RichText out = text;
    out.text.replace(u'\n', u' ');
    return out;
}

bool HtmlAssembler::isOrderedMarker(const QString &marker)
{
    static const QRegularExpression re(QStringLiteral(
        "^(?:[(\\x{FF08}]?(?:\\d{1,3}|[a-zA-Z]{1,4}|[一二三四五六七八九十百]+)[.)、\\x{FF0E}\\x{FF09}:]"
        "|[\\x{2460}-\\x{2473}\\x{2776}-\\x{277F}\\x{2488}-\\x{249B}])"));
    return re.match(marker.simplified().remove(u' ')).hasMatch();
}

QString HtmlAssembler::withoutCaptionNumber(const QString &caption)
{
    static const QRegularExpression re(
        QStringLiteral("^(?:图|图片|插图|Figure|Fig\\.?|Illustration|Image|Picture)\\s*\\d+(?:[-.]\\d+)?\\s*[:\\x{FF1A}.、\\s]\\s*"),
        QRegularExpression::CaseInsensitiveOption);
    const QString stripped = caption.mid(re.match(caption).capturedLength());
    return stripped.isEmpty() ? caption : stripped;
}

} // namespace copydesk
