#include "proof/prooftext.h"

#include "text/script.h"

namespace copydesk {

namespace {

bool startsWithAt(const QString &text, int i, QLatin1String word)
{
    return QStringView(text).mid(i).startsWith(word, Qt::CaseInsensitive);
}

bool isDigit(char16_t c)
{
    return c >= u'0' && c <= u'9';
}

} // namespace

ProofText::ProofText(const QString &text) : m_text(text), m_protected(int(text.size()))
{
    protectSpans();
}

bool ProofText::anyProtected(int start, int end) const
{
    for (int i = qMax(0, start); i < end && i < size(); ++i) {
        if (m_protected.testBit(i))
            return true;
    }
    return false;
}

bool ProofText::isCjkAt(int i) const
{
    if (i < 0 || i >= size())
        return false;
    const QChar c = m_text.at(i);
    if (c.isHighSurrogate() && i + 1 < size())
        return Script::isCjk(QChar::surrogateToUcs4(c, m_text.at(i + 1)));
    if (c.isLowSurrogate() && i > 0)
        return Script::isCjk(QChar::surrogateToUcs4(m_text.at(i - 1), c));
    return Script::isCjk(c.unicode());
}

bool ProofText::isLatinOrDigit(char16_t c)
{
    return ProofText::isLatinLetter(c) || isDigit(c);
}

bool ProofText::isFullwidthPunctuation(char16_t c)
{
    switch (c) {
    case u'，': case u'。': case u'、': case u'；': case u'：': case u'？': case u'！':
    case u'“': case u'”': case u'‘': case u'’': case u'（': case u'）': case u'《': case u'》':
    case u'【': case u'】': case u'…': case u'—': case u'「': case u'」': case u'〈': case u'〉':
    case u'·':
        return true;
    default:
        return false;
    }
}

int ProofText::previousNonSpace(int i) const
{
    int j = i - 1;
    while (j >= 0 && isSpace(at(j)))
        --j;
    return j;
}

int ProofText::nextNonSpace(int i) const
{
    int j = i + 1;
    while (j < size() && isSpace(at(j)))
        ++j;
    return j;
}

// One pass: a URL from its scheme (or www.) to the first space, CJK character or full-width
// mark; otherwise a run of letters and digits joined by . - _ / @ + (and by : or a thousands
// comma between digits, a trailing % after a digit) is protected when it has a joiner.
void ProofText::protectSpans()
{
    int i = 0;
    while (i < size()) {
        const char16_t c = at(i);
        if (!isLatinOrDigit(c) || (i > 0 && isLatinOrDigit(at(i - 1)))) {
            ++i;
            continue;
        }
        int end = urlEnd(i);
        bool joined = end > i;
        if (!joined)
            end = tokenEnd(i, &joined);
        if (joined)
            m_protected.fill(true, i, end);
        i = qMax(end, i + 1);
    }
}

int ProofText::urlEnd(int start) const
{
    static const QLatin1String schemes[] = {QLatin1String("https://"), QLatin1String("http://"),
                                            QLatin1String("ftp://"), QLatin1String("mailto:"),
                                            QLatin1String("www.")};
    bool url = false;
    for (const QLatin1String &scheme : schemes)
        url = url || startsWithAt(m_text, start, scheme);
    if (!url)
        return start;
    int end = start;
    while (end < size()) {
        const char16_t c = at(end);
        if (c <= u' ' || c > u'~' || c == u'"' || c == u'<' || c == u'>')
            break;
        ++end;
    }
    // A sentence's own mark after the URL is not part of it.
    while (end > start && (at(end - 1) == u'.' || at(end - 1) == u',' || at(end - 1) == u')'
                           || at(end - 1) == u';' || at(end - 1) == u':' || at(end - 1) == u'!'
                           || at(end - 1) == u'?'))
        --end;
    return end;
}

int ProofText::tokenEnd(int start, bool *joined) const
{
    int end = start;
    *joined = false;
    while (true) {
        while (end < size() && isLatinOrDigit(at(end)))
            ++end;
        const char16_t joiner = at(end);
        const char16_t before = at(end - 1);
        const char16_t after = at(end + 1);
        bool joins = false;
        switch (joiner) {
        case u'.': case u'-': case u'_': case u'/': case u'@': case u'+':
            joins = isLatinOrDigit(after);
            break;
        case u':':
            joins = isDigit(before) && isDigit(after);
            break;
        case u',':
            joins = isDigit(before) && isDigit(after) && isDigit(at(end + 2)) && isDigit(at(end + 3))
                && !isDigit(at(end + 4));
            break;
        case u'%':
            if (isDigit(before)) {
                *joined = true;
                return end + 1;
            }
            break;
        default:
            break;
        }
        if (!joins)
            return end;
        *joined = true;
        ++end;
    }
}

} // namespace copydesk
