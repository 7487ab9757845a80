#include "import/html/htmltextbuilder.h"
#include "text/script.h"

#include <algorithm>

namespace copydesk {

bool HtmlTextBuilder::isCollapsible(char16_t u)
{
    return u == u' ' || u == u'\t' || u == u'\n' || u == u'\r' || u == u'\f' || u == 0xA0 || u == 0x3000;
}

bool HtmlTextBuilder::isDropped(char16_t u)
{
    return (u < 0x20) || u == 0x7F || (u >= 0x80 && u < 0xA0) || u == 0x200B || u == 0xFEFF || u == 0x2060
        || u == 0xFFFE || u == 0xFFFF;
}

bool HtmlTextBuilder::isCjkLike(QChar c)
{
    const char16_t u = c.unicode();
    return Script::isCjkUnit(u) || (u >= 0x3000 && u <= 0x303F) || (u >= 0xFF00 && u <= 0xFFEF)
        || c.isLowSurrogate();
}

qsizetype HtmlTextBuilder::append(QStringView text, const HtmlContext &context)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        const char16_t u = c.unicode();
        if (context.pre && (u == u'\n' || u == u'\r')) {
            if (u == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n')
                ++i;
            lineBreak();
            continue;
        }
        if (isCollapsible(u)) {
            if (context.pre && !m_text.isEmpty() && !m_text.endsWith(u'\n')) {
                flushPending(context);
                appendVisible(QChar(u' '), context);
            } else {
                m_pending = std::max(m_pending, u == u'\n' || u == u'\r' ? Pending::Newline : Pending::Space);
                m_indent = m_indent || (u == 0x3000 && m_text.endsWith(u'\n'));
            }
            continue;
        }
        if (isDropped(u))
            continue;
        if (m_indent && m_text.endsWith(u'\n')) {
            m_text.chop(1);
            m_pending = Pending::None;
            m_indent = false;
            return i;
        }
        flushPending(context, c);
        appendVisible(c, context);
    }
    return -1;
}

bool HtmlTextBuilder::lineBreak()
{
    m_pending = Pending::None;
    m_indent = false;
    if (m_text.isEmpty())
        return false;
    if (m_text.endsWith(u'\n')) {
        m_text.chop(1);
        return true;
    }
    m_text.append(u'\n');
    return false;
}

HtmlPiece HtmlTextBuilder::take(const HtmlContext &context)
{
    while (m_text.endsWith(u'\n'))
        m_text.chop(1);
    HtmlPiece piece;
    piece.text.text = m_text;
    piece.text.marks = m_marks;
    piece.text.normalize();
    piece.context = context;
    piece.chars = m_chars;
    piece.greyChars = m_grey;
    int best = 0;
    for (auto it = m_sizes.cbegin(); it != m_sizes.cend(); ++it) {
        if (it.value() > best) {
            best = it.value();
            piece.sizePx = it.key() / 2.0;
        }
    }
    *this = HtmlTextBuilder();
    return piece;
}

void HtmlTextBuilder::flushPending(const HtmlContext &context, QChar next)
{
    if (m_pending == Pending::None || m_text.isEmpty() || m_text.endsWith(u'\n')) {
        m_pending = Pending::None;
        return;
    }
    const bool joinCjk = m_pending == Pending::Newline && isCjkLike(m_text.back()) && isCjkLike(next);
    m_pending = Pending::None;
    if (!joinCjk)
        appendVisible(QChar(u' '), context, true);
}

void HtmlTextBuilder::appendVisible(QChar c, const HtmlContext &context, bool space)
{
    const int at = int(m_text.size());
    m_text.append(c);
    // A space takes the marks of the text on both sides only; marks merge when they touch.
    const bool sameAsBefore = context.bold == m_last.bold && context.italic == m_last.italic
        && context.href == m_last.href;
    if (!space || sameAsBefore) {
        if (context.bold)
            m_marks.append({TextMark::Kind::Bold, at, 1, {}});
        if (context.italic)
            m_marks.append({TextMark::Kind::Italic, at, 1, {}});
        if (!context.href.isEmpty())
            m_marks.append({TextMark::Kind::Link, at, 1, context.href});
    }
    if (space)
        return;
    if (m_marks.size() > 64) {
        RichText merged{m_text};
        merged.marks = m_marks;
        merged.normalize();
        m_marks = merged.marks;
    }
    m_last = context;
    ++m_chars;
    if (context.grey)
        ++m_grey;
    // Hostile markup can nest sizes to infinity; the cast needs a bounded value.
    const double size = context.sizePx >= 0 ? std::min(context.sizePx, 10000.0) : 0.0; // NaN fails >= 0
    m_sizes[int(size * 2 + 0.5)] += 1;
}

} // namespace copydesk
