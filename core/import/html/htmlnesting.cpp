#include "import/html/htmlnesting.h"

#include <QSet>

#include <algorithm>
#include <cctype>
#include <cstring>

namespace copydesk {

bool HtmlNesting::isAsciiAlpha(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

int HtmlNesting::depth(const QByteArray &html)
{
    static const QSet<QByteArray> flat = {
        "area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "image", "img", "input",
        "keygen", "link", "meta", "param", "source", "track", "wbr", "p", "li", "dt", "dd", "td", "th", "tr",
        "tbody", "thead", "tfoot", "option", "optgroup", "rb", "rt", "rtc", "rp", "colgroup", "caption",
        "html", "head", "body"};
    static const QSet<QByteArray> rawText = {"script", "style", "textarea", "title", "xmp", "iframe",
                                             "noembed", "noframes", "plaintext", "noscript"};
    static const QSet<QByteArray> breakout = {
        "b", "big", "blockquote", "body", "br", "center", "code", "dd", "div", "dl", "dt", "em", "embed", "h1", "h2",
        "h3", "h4", "h5", "h6", "head", "hr", "i", "img", "li", "listing", "menu", "meta", "nobr", "ol", "p", "pre",
        "ruby", "s", "small", "span", "strong", "strike", "sub", "sup", "table", "tt", "u", "ul", "var", "font"};
    const char *p = html.constData();
    const qsizetype n = html.size();
    int depth = 0;
    int deepest = 0;
    int foreignBase = -1; // the depth an open svg or math element started at
    qsizetype i = 0;
    auto skipTo = [&](const char *needle) {
        const qsizetype at = html.indexOf(needle, i);
        i = at < 0 ? n : at + qsizetype(std::strlen(needle));
    };
    while (i < n) {
        const qsizetype lt = html.indexOf('<', i);
        if (lt < 0)
            break;
        i = lt + 1;
        if (i >= n)
            break;
        if (html.mid(i, 3) == "!--") {
            i += 3;
            if (i < n && p[i] == '>')
                ++i;
            else if (html.mid(i, 2) == "->")
                i += 2;
            else {
                const qsizetype end = html.indexOf("--", i);
                for (i = end; i >= 0 && i < n; i = html.indexOf("--", i + 1)) {
                    if (html.mid(i + 2, 1) == ">" || html.mid(i + 2, 2) == "!>")
                        break;
                }
                if (i < 0 || i >= n)
                    return deepest;
                skipTo(">");
            }
            continue;
        }
        const bool closing = p[i] == '/';
        if (closing)
            ++i;
        if (i >= n)
            break;
        if (!isAsciiAlpha(p[i])) {
            if (!closing && (p[i] == '!' || p[i] == '?'))
                skipTo(">");
            continue;
        }
        const qsizetype nameStart = i;
        while (i < n && p[i] != '>' && p[i] != '/' && !std::isspace(static_cast<unsigned char>(p[i])))
            ++i;
        const QByteArray name = html.mid(nameStart, i - nameStart).toLower();
        // The rest of the tag, quoted attribute values included.
        char quote = 0;
        char last = 0;
        while (i < n && (quote || p[i] != '>')) {
            if (quote && p[i] == quote)
                quote = 0;
            else if (!quote && (p[i] == '"' || p[i] == '\''))
                quote = p[i];
            if (!std::isspace(static_cast<unsigned char>(p[i])))
                last = p[i];
            ++i;
        }
        ++i;
        if (closing) {
            if (!flat.contains(name) && depth > 0)
                --depth;
            if (depth <= foreignBase)
                foreignBase = -1;
            continue;
        }
        if (foreignBase >= 0) {
            if (breakout.contains(name)) {
                depth = foreignBase;
                foreignBase = -1;
            } else if (last == '/') {
                continue;
            }
        } else if (name == "svg" || name == "math") {
            if (last == '/')
                continue;
            foreignBase = depth;
        }
        if (rawText.contains(name)) {
            const QByteArray end = "</" + name;
            qsizetype at = i;
            while ((at = html.indexOf("</", at)) >= 0 && html.mid(at, end.size()).toLower() != end)
                at += 2;
            i = at < 0 ? n : at;
            continue;
        }
        if (!flat.contains(name))
            deepest = std::max(deepest, ++depth);
    }
    return deepest;
}

} // namespace copydesk
