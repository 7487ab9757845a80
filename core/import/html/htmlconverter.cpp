#include "import/html/htmlconverter.h"
#include "text/script.h"
#include "model/linkpolicy.h"

#include "import/copyrules.h"
#include "import/framemetadata.h"
#include "media/imagedecoder.h"
#include "media/photometadata.h"
#include "media/sha256.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>
#include <QUrl>
#include <QtConcurrent>

#include <gumbo.h>

#include <algorithm>
#include <cctype>
#include <cstring>
#include <functional>
#include <utility>

namespace copydesk {

namespace {

// ---- nesting guard -----------------------------------------------------------------------------

bool isAsciiAlpha(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// How deep the elements of html nest, counted as the HTML5 tokenizer sees tags: elements whose end
// tag may be left out (p, li, td, …) and void elements do not nest, raw text (script, style, …)
// and comments are skipped, and inside svg/math "<x/>" closes itself until an HTML element breaks
// out of it as the parser has it. An estimate for refusing pathological input before tree building.
int nestingDepth(const QByteArray &html)
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

// ---- CSS hints ---------------------------------------------------------------------------------

// The declarations of a style attribute, property names lowercased; the last one of a name wins.
QHash<QString, QString> parseStyle(const QString &style)
{
    QHash<QString, QString> out;
    QString current;
    QChar quote;
    int parens = 0;
    auto take = [&]() {
        const qsizetype colon = current.indexOf(u':');
        if (colon > 0) {
            QString value = current.mid(colon + 1).trimmed();
            const qsizetype bang = value.lastIndexOf(u'!');
            if (bang >= 0 && value.mid(bang + 1).trimmed().compare(QLatin1String("important"), Qt::CaseInsensitive) == 0)
                value = value.left(bang).trimmed();
            out.insert(current.left(colon).trimmed().toLower(), value);
        }
        current.clear();
    };
    for (const QChar c : style) {
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
        } else if (c == u'"' || c == u'\'') {
            quote = c;
        } else if (c == u'(') {
            ++parens;
        } else if (c == u')') {
            parens = std::max(0, parens - 1);
        } else if (c == u';' && parens == 0) {
            take();
            continue;
        }
        current.append(c);
    }
    take();
    return out;
}

enum class Tri { Unset, On, Off };

Tri fontWeight(const QString &value)
{
    const QString v = value.toLower();
    if (v == QLatin1String("bold") || v == QLatin1String("bolder"))
        return Tri::On;
    if (v == QLatin1String("normal") || v == QLatin1String("lighter"))
        return Tri::Off;
    bool ok = false;
    const int weight = v.toInt(&ok);
    return !ok ? Tri::Unset : weight >= 600 ? Tri::On : Tri::Off;
}

// Grey text: a colour with little saturation between dark grey and near white. Unparsed values
// give Unset.
Tri greyColour(const QString &value)
{
    const QString v = value.trimmed().toLower();
    static const QStringList greys = {QStringLiteral("gray"),      QStringLiteral("grey"),
                                      QStringLiteral("darkgray"),  QStringLiteral("darkgrey"),
                                      QStringLiteral("silver"),    QStringLiteral("lightgray"),
                                      QStringLiteral("lightgrey"), QStringLiteral("dimgray"),
                                      QStringLiteral("dimgrey"),   QStringLiteral("slategray"),
                                      QStringLiteral("slategrey"), QStringLiteral("lightslategray")};
    if (greys.contains(v))
        return Tri::On;
    int rgb[3] = {-1, -1, -1};
    static const QRegularExpression hex(QStringLiteral("^#([0-9a-f]{3}|[0-9a-f]{6})$"));
    static const QRegularExpression func(QStringLiteral("^rgba?\\(\\s*(\\d{1,3})\\s*,\\s*(\\d{1,3})\\s*,\\s*(\\d{1,3})"));
    QRegularExpressionMatch match = hex.match(v);
    if (match.hasMatch()) {
        QString digits = match.captured(1);
        if (digits.size() == 3)
            digits = QString(digits.at(0)) + digits.at(0) + digits.at(1) + digits.at(1) + digits.at(2) + digits.at(2);
        for (int k = 0; k < 3; ++k)
            rgb[k] = digits.mid(k * 2, 2).toInt(nullptr, 16);
    } else if ((match = func.match(v)).hasMatch()) {
        for (int k = 0; k < 3; ++k)
            rgb[k] = std::min(255, match.captured(k + 1).toInt());
    } else {
        return v.isEmpty() ? Tri::Unset : Tri::Off;
    }
    const int high = std::max({rgb[0], rgb[1], rgb[2]});
    const int low = std::min({rgb[0], rgb[1], rgb[2]});
    const int mean = (rgb[0] + rgb[1] + rgb[2]) / 3;
    return high - low <= 30 && mean >= 0x70 && mean <= 0xE0 ? Tri::On : Tri::Off;
}

// A CSS font-size in px; relative sizes scale parentPx (16 when unknown); 0 when unparsed.
double fontSizePx(const QString &value, double parentPx)
{
    const double parent = parentPx > 0 ? parentPx : 16.0;
    const QString v = value.trimmed().toLower();
    static const QHash<QString, double> keywords = {
        {QStringLiteral("xx-small"), 9},  {QStringLiteral("x-small"), 10}, {QStringLiteral("small"), 13},
        {QStringLiteral("medium"), 16},   {QStringLiteral("large"), 18},   {QStringLiteral("x-large"), 24},
        {QStringLiteral("xx-large"), 32}, {QStringLiteral("xxx-large"), 48}};
    if (keywords.contains(v))
        return keywords.value(v);
    if (v == QLatin1String("smaller"))
        return parent / 1.2;
    if (v == QLatin1String("larger"))
        return parent * 1.2;
    static const QRegularExpression re(QStringLiteral("^([0-9]*\\.?[0-9]+)\\s*(px|pt|em|rem|%|pc|mm|cm|in)$"));
    const QRegularExpressionMatch match = re.match(v);
    if (!match.hasMatch())
        return 0;
    const double number = match.captured(1).toDouble();
    const QString unit = match.captured(2);
    if (unit == QLatin1String("px"))
        return number;
    if (unit == QLatin1String("pt"))
        return number * 4 / 3;
    if (unit == QLatin1String("em"))
        return number * parent;
    if (unit == QLatin1String("rem"))
        return number * 16;
    if (unit == QLatin1String("%"))
        return number * parent / 100;
    if (unit == QLatin1String("pc"))
        return number * 16;
    if (unit == QLatin1String("mm"))
        return number * 96 / 25.4;
    if (unit == QLatin1String("cm"))
        return number * 96 / 2.54;
    return number * 96;
}

// ---- the walk's state -----------------------------------------------------------------------------

// What an element passes down to its content.
struct Context
{
    bool bold = false;
    bool italic = false;
    QString href;
    bool grey = false;
    double sizePx = 0; // 0: not set
    bool pre = false;
    bool centered = false;
    int heading = 0; // 1–6 from h1–h6, Word outline levels
    bool quote = false;
    bool caption = false; // figcaption, Word/ODF caption styles
    bool title = false;
    bool subtitle = false;
    int listRoot = -1; // the outermost list (or Word list run) the content belongs to
    bool ordered = false;
    int item = -1;     // the list item
    int msoList = 0;       // a Word list paragraph (its number written as text): which list
    bool msoMarker = false; // inside that number
};

// A run of text between block boundaries, or a picture, before it becomes a block.
struct Piece
{
    bool image = false;
    RichText text;
    Context context; // of the block the text was in
    double sizePx = 0; // the size most of its characters have (0: unknown)
    int greyChars = 0;
    int chars = 0;
    QString marker; // a Word list paragraph's number
    // Image
    QString media; // "pending:<index>" until the photos are decoded; empty for a placeholder
    QString sourceUrl;
    QString alt;
    QString caption; // from the title attribute (Markdown)
};

struct PendingImage
{
    QByteArray bytes;
    QString part; // a package part still to be read instead
    QString fileName;
    QString sourceUrl; // a local file's URL, for the placeholder when it cannot be used
    QString failure;   // why the bytes could not be read, if so
};

const QString &pendingPrefix()
{
    static const QString prefix = QStringLiteral("pending:");
    return prefix;
}

bool isCollapsible(char16_t u)
{
    return u == u' ' || u == u'\t' || u == u'\n' || u == u'\r' || u == u'\f' || u == 0xA0 || u == 0x3000;
}

bool isDropped(char16_t u)
{
    return (u < 0x20) || u == 0x7F || (u >= 0x80 && u < 0xA0) || u == 0x200B || u == 0xFEFF || u == 0x2060
        || u == 0xFFFE || u == 0xFFFF;
}

// CJK characters and punctuation, between which a source line break is no space.
bool isCjkLike(QChar c)
{
    const char16_t u = c.unicode();
    return Script::isCjkUnit(u) || (u >= 0x3000 && u <= 0x303F) || (u >= 0xFF00 && u <= 0xFFEF)
        || c.isLowSurrogate();
}

// Builds one piece's text from the text nodes inside it: HTML whitespace collapsing (a source line
// break between CJK characters is dropped), marks from the context, and statistics for captions.
class TextBuilder
{
public:
    bool isEmpty() const { return m_text.isEmpty(); }

    // Appends text; returns the position in text where a new paragraph starts (an indented line
    // after a <br>, as Chinese copy separated only by <br> writes paragraphs), or -1.
    qsizetype append(QStringView text, const Context &context)
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

    // A <br>: a soft line break; returns true when it ends a paragraph (the second in a row).
    bool lineBreak()
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

    Piece take(const Context &context)
    {
        while (m_text.endsWith(u'\n'))
            m_text.chop(1);
        Piece piece;
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
        *this = TextBuilder();
        return piece;
    }

    // Per size (in half px), how many characters have it; 0 for no size set.
    const QHash<int, int> &sizes() const { return m_sizes; }

private:
    enum class Pending { None, Space, Newline };

    void flushPending(const Context &context, QChar next = QChar(u' '))
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

    void appendVisible(QChar c, const Context &context, bool space = false)
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
        m_sizes[int(context.sizePx * 2 + 0.5)] += 1;
    }

    QString m_text;
    QList<TextMark> m_marks;
    Pending m_pending = Pending::None;
    bool m_indent = false;
    Context m_last;
    int m_chars = 0;
    int m_grey = 0;
    QHash<int, int> m_sizes;
};

// ---- images ------------------------------------------------------------------------------------

bool decodeDataUri(const QString &uri, QByteArray *bytes)
{
    const qsizetype comma = uri.indexOf(u',');
    if (comma < 0)
        return false;
    const QString header = uri.mid(5, comma - 5).toLower();
    if (!header.startsWith(QLatin1String("image/")))
        return false;
    const QByteArray payload = uri.mid(comma + 1).toLatin1();
    if (header.endsWith(QLatin1String(";base64"))) {
        QByteArray compact = payload;
        compact.replace('\n', "").replace('\r', "").replace(' ', "").replace('\t', "");
        const auto result = QByteArray::fromBase64Encoding(QByteArray::fromPercentEncoding(compact));
        if (!result)
            return false;
        *bytes = result.decoded;
    } else {
        *bytes = QByteArray::fromPercentEncoding(payload);
    }
    return !bytes->isEmpty();
}

// A web URL worth recording: http(s) with a host, protocol-relative ones made https.
QString webUrl(const QString &src)
{
    QString text = src.trimmed();
    if (text.startsWith(QLatin1String("//")))
        text.prepend(QStringLiteral("https:"));
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty() || (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
        return {};
    for (const QChar c : text) {
        if (c.isSpace() || c.unicode() < 0x20)
            return {};
    }
    return url.toString(QUrl::FullyEncoded);
}

int pixelAttribute(const QString &value)
{
    static const QRegularExpression re(QStringLiteral("^\\s*(\\d{1,5})\\s*(px)?\\s*$"));
    const QRegularExpressionMatch match = re.match(value);
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

// Emoji, spacers, icons and tracking pixels are not photos.
constexpr int TinyImage = 32;

// Alt texts Word makes up from the file ("说明: C:\…\image001.jpg") say nothing about the picture.
QString usefulAlt(const QString &alt)
{
    const QString text = alt.simplified();
    static const QRegularExpression fileLike(
        QStringLiteral("(?:^|[\\\\/:\\s])[^\\\\/:\\s]+\\.(?:jpe?g|png|gif|bmp|webp|tiff?|emf|wmf)$"),
        QRegularExpression::CaseInsensitiveOption);
    if (fileLike.match(text).hasMatch() || text.contains(QLatin1String(":\\")))
        return {};
    return text;
}

// ---- the walk ----------------------------------------------------------------------------------

QString utf8(const char *text)
{
    return QString::fromUtf8(text);
}

QString attribute(const GumboElement &element, const char *name)
{
    const GumboAttribute *attr = gumbo_get_attribute(&element.attributes, name);
    return attr ? utf8(attr->value) : QString();
}

// A URL attribute as browsers read it: without tabs and line breaks, trimmed.
QString urlAttribute(const GumboElement &element, const char *name)
{
    QString value = attribute(element, name);
    value.remove(u'\t').remove(u'\n').remove(u'\r');
    return value.trimmed();
}

// Script-running or page-replacing URL schemes.
bool isActive(const QString &url)
{
    const QString scheme = url.section(u':', 0, 0).trimmed().toLower();
    return url.contains(u':')
        && (scheme == QLatin1String("javascript") || scheme == QLatin1String("vbscript")
            || scheme == QLatin1String("livescript") || scheme == QLatin1String("data")
            || scheme == QLatin1String("about") || scheme == QLatin1String("mhtml"));
}

bool hasAttribute(const GumboElement &element, const char *name)
{
    return gumbo_get_attribute(&element.attributes, name) != nullptr;
}

QString tagName(const GumboElement &element)
{
    if (element.tag != GUMBO_TAG_UNKNOWN)
        return utf8(gumbo_normalized_tagname(element.tag));
    GumboStringPiece piece = element.original_tag;
    gumbo_tag_from_original_text(&piece);
    return QString::fromUtf8(piece.data, qsizetype(piece.length)).toLower();
}

bool isBlockTag(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_SECTION: case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_ASIDE: case GUMBO_TAG_HEADER: case GUMBO_TAG_FOOTER: case GUMBO_TAG_MAIN:
    case GUMBO_TAG_NAV: case GUMBO_TAG_ADDRESS: case GUMBO_TAG_CENTER: case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_H1: case GUMBO_TAG_H2:
    case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_UL:
    case GUMBO_TAG_OL: case GUMBO_TAG_LI: case GUMBO_TAG_DL: case GUMBO_TAG_DT: case GUMBO_TAG_DD:
    case GUMBO_TAG_TABLE: case GUMBO_TAG_THEAD: case GUMBO_TAG_TBODY: case GUMBO_TAG_TFOOT:
    case GUMBO_TAG_TR: case GUMBO_TAG_TD: case GUMBO_TAG_TH: case GUMBO_TAG_CAPTION: case GUMBO_TAG_PRE:
    case GUMBO_TAG_LISTING: case GUMBO_TAG_HGROUP: case GUMBO_TAG_DETAILS: case GUMBO_TAG_SUMMARY:
    case GUMBO_TAG_FIELDSET: case GUMBO_TAG_LEGEND: case GUMBO_TAG_BODY: case GUMBO_TAG_HTML:
    case GUMBO_TAG_DIR: case GUMBO_TAG_MENU: case GUMBO_TAG_HR: case GUMBO_TAG_FORM:
        return true;
    default:
        return false;
    }
}

// Elements dropped with everything inside them: active or embedded content, form controls,
// document metadata, hidden and deleted text, ruby annotations.
bool isDroppedTag(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_HEAD: case GUMBO_TAG_TITLE: case GUMBO_TAG_META: case GUMBO_TAG_LINK:
    case GUMBO_TAG_BASE: case GUMBO_TAG_STYLE: case GUMBO_TAG_SCRIPT: case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_IFRAME: case GUMBO_TAG_FRAME: case GUMBO_TAG_FRAMESET:
    case GUMBO_TAG_NOFRAMES: case GUMBO_TAG_OBJECT: case GUMBO_TAG_EMBED: case GUMBO_TAG_APPLET:
    case GUMBO_TAG_PARAM: case GUMBO_TAG_INPUT: case GUMBO_TAG_BUTTON: case GUMBO_TAG_SELECT:
    case GUMBO_TAG_TEXTAREA: case GUMBO_TAG_OPTION: case GUMBO_TAG_OPTGROUP: case GUMBO_TAG_DATALIST:
    case GUMBO_TAG_KEYGEN: case GUMBO_TAG_OUTPUT: case GUMBO_TAG_SVG: case GUMBO_TAG_MATH:
    case GUMBO_TAG_CANVAS: case GUMBO_TAG_VIDEO: case GUMBO_TAG_AUDIO: case GUMBO_TAG_SOURCE:
    case GUMBO_TAG_TRACK: case GUMBO_TAG_MAP: case GUMBO_TAG_AREA: case GUMBO_TAG_BGSOUND:
    case GUMBO_TAG_DEL: case GUMBO_TAG_RT: case GUMBO_TAG_RP:
    case GUMBO_TAG_NOEMBED: case GUMBO_TAG_PLAINTEXT: case GUMBO_TAG_XMP: case GUMBO_TAG_ISINDEX:
    case GUMBO_TAG_MARQUEE: case GUMBO_TAG_BLINK:
        return true;
    default:
        return false;
    }
}

bool hasClass(const QString &classes, const QString &name)
{
    const QStringList tokens = classes.simplified().split(u' ', Qt::SkipEmptyParts);
    return std::any_of(tokens.cbegin(), tokens.cend(),
                       [&](const QString &token) { return token.compare(name, Qt::CaseInsensitive) == 0; });
}

class Walker
{
public:
    explicit Walker(const HtmlConverter::Options &options) : m_options(options) {}

    void run(const GumboNode *root)
    {
        struct Frame
        {
            const GumboNode *node;
            unsigned next;
            Context saved;
            bool block;
        };
        QList<Frame> stack;
        auto push = [&](const GumboNode *node) {
            if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE) {
                text(utf8(node->v.text.text));
                return;
            }
            if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_DOCUMENT)
                return; // comments (conditional comments too), CDATA, templates
            const Context saved = m_context;
            bool block = false;
            if (node->type == GUMBO_NODE_ELEMENT && !enter(node->v.element, &block)) {
                m_context = saved;
                return;
            }
            if (block)
                flush();
            stack.append({node, 0, saved, block});
        };
        push(root);
        while (!stack.isEmpty()) {
            Frame &frame = stack.last();
            const GumboVector &children = frame.node->type == GUMBO_NODE_DOCUMENT ? frame.node->v.document.children
                                                                                : frame.node->v.element.children;
            if (frame.next < children.length) {
                push(static_cast<const GumboNode *>(children.data[frame.next++]));
                continue;
            }
            const Frame done = stack.takeLast();
            if (done.block)
                flush();
            m_context = done.saved;
        }
        flush();
    }

    QList<Piece> pieces;
    QList<PendingImage> pending;
    QStringList warnings;
    QHash<int, int> sizes; // characters per size (half px) over the whole document

private:
    void text(const QString &content)
    {
        if (m_context.msoMarker) {
            m_marker += content;
            return;
        }
        QStringView rest(content);
        for (;;) {
            if (m_builder.isEmpty())
                m_pieceContext = m_context;
            const qsizetype paragraph = m_builder.append(rest, m_context);
            if (paragraph < 0)
                return;
            flush();
            rest = rest.mid(paragraph);
        }
    }

    void flush()
    {
        if (!m_builder.isEmpty()) {
            const QHash<int, int> &counts = m_builder.sizes();
            for (auto it = counts.cbegin(); it != counts.cend(); ++it)
                sizes[it.key()] += it.value();
            Piece piece = m_builder.take(m_pieceContext);
            piece.marker = m_marker;
            pieces.append(piece);
        }
        m_marker.clear();
    }

    int newId() { return ++m_ids; }

    // Sets the context for the element's content; false drops the element and its content.
    bool enter(const GumboElement &element, bool *block)
    {
        if (element.tag_namespace != GUMBO_NAMESPACE_HTML || isDroppedTag(element.tag))
            return false;
        const QString name = tagName(element);
        if (element.tag == GUMBO_TAG_UNKNOWN
            && (name == QLatin1String("xml") || name == QLatin1String("dialog") || name.startsWith(QLatin1String("v:"))
                || (name.startsWith(QLatin1String("o:")) && name != QLatin1String("o:p"))
                || name.startsWith(QLatin1String("m:"))))
            return false; // Office XML islands, VML shapes (an <img> fallback follows), equations, dialogs
        if (hasAttribute(element, "hidden"))
            return false;
        const QHash<QString, QString> style = parseStyle(attribute(element, "style"));
        const QString display = style.value(QStringLiteral("display")).toLower();
        if (display == QLatin1String("none") || style.value(QStringLiteral("visibility")).toLower() == QLatin1String("hidden")
            || style.value(QStringLiteral("mso-hide")).toLower() == QLatin1String("all"))
            return false;
        const QString msoList = style.value(QStringLiteral("mso-list")).toLower();
        if (msoList.startsWith(QLatin1String("ignore"))) {
            m_context.msoMarker = true;
            return true;
        }

        Context &c = m_context;
        *block = isBlockTag(element.tag);
        if (*block) {
            const QString align = style.value(QStringLiteral("text-align"), attribute(element, "align")).toLower();
            if (!align.isEmpty())
                c.centered = align == QLatin1String("center");
            // Only the text of table cells, not the layout, is kept.
            if (element.tag == GUMBO_TAG_TD || element.tag == GUMBO_TAG_TH)
                c.centered = false;
        }
        const QString classes = attribute(element, "class");
        switch (element.tag) {
        case GUMBO_TAG_BR:
            if (m_builder.lineBreak())
                flush();
            return false;
        case GUMBO_TAG_IMG:
            image(element, style);
            return false;
        case GUMBO_TAG_HR:
            return false;
        case GUMBO_TAG_B: case GUMBO_TAG_STRONG:
            c.bold = true;
            break;
        case GUMBO_TAG_I: case GUMBO_TAG_EM: case GUMBO_TAG_CITE: case GUMBO_TAG_DFN: case GUMBO_TAG_VAR:
            c.italic = true;
            break;
        case GUMBO_TAG_A: {
            const QString href = attribute(element, "href").trimmed();
            if (!href.isEmpty() && LinkPolicy::isAllowed(href))
                c.href = href;
            break;
        }
        case GUMBO_TAG_SMALL:
            c.sizePx = (c.sizePx > 0 ? c.sizePx : 16) * 0.83;
            break;
        case GUMBO_TAG_BIG:
            c.sizePx = (c.sizePx > 0 ? c.sizePx : 16) * 1.2;
            break;
        case GUMBO_TAG_FONT: {
            static const double sizes[] = {10, 10, 13, 16, 18, 24, 32, 48};
            const QString size = attribute(element, "size").trimmed();
            bool ok = false;
            int n = size.toInt(&ok);
            if (ok && (size.startsWith(u'+') || size.startsWith(u'-')))
                n += 3;
            if (ok)
                c.sizePx = sizes[std::clamp(n, 1, 7)];
            const Tri grey = greyColour(attribute(element, "color"));
            if (grey != Tri::Unset)
                c.grey = grey == Tri::On;
            break;
        }
        case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5:
        case GUMBO_TAG_H6:
            c.heading = int(element.tag) - int(GUMBO_TAG_H1) + 1;
            break;
        case GUMBO_TAG_BLOCKQUOTE:
            c.quote = true;
            break;
        case GUMBO_TAG_FIGCAPTION:
            c.caption = true;
            break;
        case GUMBO_TAG_PRE: case GUMBO_TAG_LISTING:
            c.pre = true;
            break;
        case GUMBO_TAG_UL: case GUMBO_TAG_OL: case GUMBO_TAG_DIR: case GUMBO_TAG_MENU:
            if (c.listRoot < 0) {
                c.listRoot = newId();
                c.ordered = element.tag == GUMBO_TAG_OL;
            }
            break;
        case GUMBO_TAG_LI:
            if (c.listRoot < 0)
                c.listRoot = newId();
            c.item = newId();
            break;
        default:
            break;
        }

        // Hints from inline styles and Word's classes, on any element.
        const Tri weight = fontWeight(style.value(QStringLiteral("font-weight")));
        if (weight != Tri::Unset)
            c.bold = weight == Tri::On;
        const QString fontStyle = style.value(QStringLiteral("font-style")).toLower();
        if (fontStyle == QLatin1String("italic") || fontStyle == QLatin1String("oblique"))
            c.italic = true;
        else if (fontStyle == QLatin1String("normal"))
            c.italic = false;
        const Tri grey = greyColour(style.value(QStringLiteral("color")));
        if (grey != Tri::Unset)
            c.grey = grey == Tri::On;
        if (style.contains(QStringLiteral("font-size"))) {
            const double size = fontSizePx(style.value(QStringLiteral("font-size")), c.sizePx);
            if (size > 0)
                c.sizePx = size;
        }
        if (*block) {
            bool ok = false;
            const int outline = style.value(QStringLiteral("mso-outline-level")).toInt(&ok);
            if (ok && outline >= 1 && outline <= 6)
                c.heading = outline;
            if (hasClass(classes, QStringLiteral("MsoTitle")) || hasClass(classes, QStringLiteral("title")))
                c.title = true;
            if (hasClass(classes, QStringLiteral("MsoSubtitle")) || hasClass(classes, QStringLiteral("subtitle")))
                c.subtitle = true;
            if (hasClass(classes, QStringLiteral("MsoQuote")) || hasClass(classes, QStringLiteral("MsoIntenseQuote")))
                c.quote = true;
            if (classes.contains(QLatin1String("caption"), Qt::CaseInsensitive))
                c.caption = true;
            if (!msoList.isEmpty() && msoList != QLatin1String("none") && !msoList.startsWith(QLatin1String("skip"))
                && element.tag != GUMBO_TAG_LI) {
                // Word list paragraphs: consecutive ones of the same list ("l1 level1 lfo2") form one.
                static const QRegularExpression lfo(QStringLiteral("\\blfo(\\d+)"));
                const QRegularExpressionMatch match = lfo.match(msoList);
                const int list = match.hasMatch() ? match.captured(1).toInt() + 1 : 1;
                const bool continuing = !pieces.isEmpty() && pieces.last().context.msoList == list && m_builder.isEmpty();
                c.listRoot = continuing ? pieces.last().context.listRoot : newId();
                c.item = newId();
                c.msoList = list;
            }
        }
        return true;
    }

    void image(const GumboElement &element, const QHash<QString, QString> &style)
    {
        if (m_options.paragraphsOnly)
            return;
        const int width = std::max(pixelAttribute(attribute(element, "width")),
                                   pixelAttribute(style.value(QStringLiteral("width"))));
        const int height = std::max(pixelAttribute(attribute(element, "height")),
                                    pixelAttribute(style.value(QStringLiteral("height"))));
        if (width >= 0 && height >= 0 && width <= TinyImage && height <= TinyImage)
            return;
        QString src = urlAttribute(element, "src");
        // Lazy-loading pages (WeChat among them) keep the photo in data-src and a stand-in in src.
        for (const char *lazy : {"data-src", "data-original", "data-lazy-src", "data-actualsrc"}) {
            const QString candidate = urlAttribute(element, lazy);
            if (!candidate.isEmpty() && (src.isEmpty() || (src.startsWith(QLatin1String("data:")) && src.size() < 1024))) {
                src = candidate;
                break;
            }
        }
        if (src.isEmpty()) {
            const QString srcset = urlAttribute(element, "srcset");
            src = srcset.section(u',', 0, 0).trimmed().section(u' ', 0, 0);
        }

        Piece piece;
        piece.image = true;
        piece.context = m_context;
        piece.alt = usefulAlt(attribute(element, "alt"));
        if (m_options.imageTitleAsCaption)
            piece.caption = attribute(element, "title").simplified();

        if (!m_options.embeddedPrefix.isEmpty() && m_options.readEmbedded && src.startsWith(m_options.embeddedPrefix)) {
            piece.media = pendingFor(src, [&] {
                const QString part = src.mid(m_options.embeddedPrefix.size());
                return PendingImage{{}, part, part.section(u'/', -1), {}, {}};
            });
        } else if (src.startsWith(QLatin1String("data:"), Qt::CaseInsensitive)) {
            QByteArray bytes;
            if (!decodeDataUri(src, &bytes)) {
                warnings.append(HtmlConverter::tr("A picture embedded in the HTML is not an image and was left out."));
                return;
            }
            piece.media = pendingFor(src, [&] { return PendingImage{bytes, {}, {}, {}, {}}; });
        } else if (const QString web = webUrl(src); !web.isEmpty()) {
            piece.sourceUrl = web;
        } else if (const QString path = localPath(src); !path.isEmpty()) {
            piece.media = pendingFor(src, [&] {
                if (insideBaseDir(path))
                    return readLocal(path);
                PendingImage outside;
                outside.sourceUrl = QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded);
                outside.failure = HtmlConverter::tr("%1 lies outside the document's folder and was not read")
                                      .arg(QDir::toNativeSeparators(path));
                return outside;
            });
        } else if (src.isEmpty() || isActive(src)) {
            return;
        }
        // Otherwise a picture out of reach (a relative path in a paste, blob:, cid:): a placeholder
        // keeps its place.
        flush();
        m_pieceContext = m_context;
        pieces.append(piece);
    }

    int pendingIndex(const QString &src, const std::function<PendingImage()> &make)
    {
        const auto it = m_pendingBySrc.constFind(src);
        if (it != m_pendingBySrc.cend())
            return it.value();
        pending.append(make());
        m_pendingBySrc.insert(src, int(pending.size() - 1));
        return int(pending.size() - 1);
    }

    QString pendingFor(const QString &src, const std::function<PendingImage()> &make)
    {
        return pendingPrefix() + QString::number(pendingIndex(src, make));
    }

    // The local file a src names: a file: URL, a Windows path, or a relative path under baseDir.
    QString localPath(const QString &src) const
    {
        if (!m_options.readLocalFiles || src.isEmpty())
            return {};
        static const QRegularExpression windowsPath(QStringLiteral("^[A-Za-z]:[\\\\/]"));
        if (windowsPath.match(src).hasMatch())
            return QDir::fromNativeSeparators(src);
        const QUrl url(src);
        if (url.scheme().compare(QLatin1String("file"), Qt::CaseInsensitive) == 0)
            return url.toLocalFile();
        if (!url.scheme().isEmpty() || m_options.baseDir.isEmpty() || src.startsWith(QLatin1String("//")))
            return {};
        const QUrl base = QUrl::fromLocalFile(QDir(m_options.baseDir).absolutePath() + QLatin1Char('/'));
        return base.resolved(QUrl(src, QUrl::TolerantMode)).toLocalFile();
    }

    // A document's pictures are read from its own folder and below only: a page saved from the
    // web must not pull other local files into an article. (Pasted HTML has no folder: Word and
    // WPS put its pictures in temporary files anywhere.)
    bool insideBaseDir(const QString &path) const
    {
        if (m_options.baseDir.isEmpty())
            return true;
        const QString base = QDir(m_options.baseDir).canonicalPath();
        const QString canonical = QFileInfo(path).canonicalFilePath();
        const QString target = canonical.isEmpty() ? QDir::cleanPath(QFileInfo(path).absoluteFilePath()) : canonical;
        return !base.isEmpty() && target.startsWith(base + u'/');
    }

    static PendingImage readLocal(const QString &path)
    {
        PendingImage image;
        image.fileName = QFileInfo(path).fileName();
        image.sourceUrl = QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded);
        const QFileInfo info(path);
        if (!info.isFile()) {
            image.failure = HtmlConverter::tr("the file %1 does not exist").arg(QDir::toNativeSeparators(path));
            return image;
        }
        if (info.size() > ImageDecoder::MaxFileBytes) {
            image.failure = HtmlConverter::tr("the file %1 is too large").arg(QDir::toNativeSeparators(path));
            return image;
        }
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            image.failure = HtmlConverter::tr("cannot open %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
            return image;
        }
        image.bytes = file.read(ImageDecoder::MaxFileBytes + 1);
        return image;
    }

    const HtmlConverter::Options &m_options;
    Context m_context;
    Context m_pieceContext;
    TextBuilder m_builder;
    QString m_marker;
    QHash<QString, int> m_pendingBySrc;
    int m_ids = 0;
};

// ---- assembling blocks ---------------------------------------------------------------------------

// The raw heading level of Word's Title and Subtitle styles.
constexpr int TitleStyle = 100;

// Whether every non-blank character carries a mark of the kind.
bool wholly(const RichText &text, TextMark::Kind kind)
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

RichText withoutMarks(const RichText &text, TextMark::Kind kind)
{
    RichText out = text;
    out.marks.erase(std::remove_if(out.marks.begin(), out.marks.end(),
                                   [kind](const TextMark &mark) { return mark.kind == kind; }),
                    out.marks.end());
    return out;
}

// The text from position from on, marks moved along.
RichText slicedFrom(const RichText &text, int from)
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

// Headings and titles are one line.
RichText oneLine(const RichText &text)
{
    RichText out = text;
    out.text.replace(u'\n', u' ');
    return out;
}

bool isOrderedMarker(const QString &marker)
{
    static const QRegularExpression re(QStringLiteral(
        "^(?:[(\\x{FF08}]?(?:\\d{1,3}|[a-zA-Z]{1,4}|[一二三四五六七八九十百]+)[.)、\\x{FF0E}\\x{FF09}:]"
        "|[\\x{2460}-\\x{2473}\\x{2776}-\\x{277F}\\x{2488}-\\x{249B}])"));
    return re.match(marker.simplified().remove(u' ')).hasMatch();
}

// "图 1 …", "图1-2:…", "Figure 3. …": the number Word's caption fields write.
QString withoutCaptionNumber(const QString &caption)
{
    static const QRegularExpression re(
        QStringLiteral("^(?:图|图片|插图|Figure|Fig\\.?|Illustration|Image|Picture)\\s*\\d+(?:[-.]\\d+)?\\s*[:\\x{FF1A}.、\\s]\\s*"),
        QRegularExpression::CaseInsensitiveOption);
    const QString stripped = caption.mid(re.match(caption).capturedLength());
    return stripped.isEmpty() ? caption : stripped;
}

class Assembler
{
public:
    Assembler(const HtmlConverter::Options &options, const QHash<int, int> &sizes) : m_options(options)
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

    void setGreyShare(int greyChars, int allChars) { m_greyBody = allChars > 0 && greyChars * 2 > allChars; }

    QList<Block> assemble(const QList<Piece> &pieces)
    {
        for (const Piece &piece : pieces) {
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

    // Raw heading level (1–6) per block index, for headings from h1–h6 and outline levels;
    // 0 for sub-heads recognised from bold short lines, TitleStyle for title and subtitle styles.
    const QHash<int, int> &rawLevels() const { return m_rawLevels; }
    const QSet<int> &subtitleStyled() const { return m_subtitleStyled; }

private:
    void append(const Block &block)
    {
        m_blocks.append(block);
        m_lastList = -1;
    }

    bool isFaint(const Piece &piece) const
    {
        const bool grey = !m_greyBody && piece.chars > 0 && piece.greyChars * 10 >= piece.chars * 9;
        const bool small = piece.sizePx > 0 && piece.sizePx < m_bodySize - 0.5;
        return grey || small;
    }

    bool captionLike(const Piece &piece, const QString &text) const
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

    Block *lastImage()
    {
        return !m_blocks.isEmpty() && m_blocks.last().type == Block::Type::Image ? &m_blocks.last() : nullptr;
    }

    bool takeCaption(const Piece &piece)
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

    bool takeCredit(const Piece &piece)
    {
        Block *image = lastImage();
        QString credit;
        if (!image || !image->credit.isEmpty() || !CopyRules::creditFromLine(CopyRules::trimmed(piece.text.text), &credit))
            return false;
        image->credit = credit;
        return true;
    }

    void appendText(const Piece &piece)
    {
        const Context &c = piece.context;
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

    const HtmlConverter::Options &m_options;
    double m_bodySize = 0;
    bool m_greyBody = false;
    QList<Block> m_blocks;
    bool m_afterImage = false;
    int m_lastList = -1;
    int m_lastItem = -1;
    QHash<int, int> m_rawLevels;
    QSet<int> m_subtitleStyled;
};

// Sub-heads take level 2 for the highest level the document uses and 3 below it; bold short
// lines are level 3 under explicit headings, else 2; title styles left in the body are level 2.
void assignHeadingLevels(QList<Block> *blocks, const QHash<int, int> &rawLevels)
{
    QList<int> used;
    for (auto it = rawLevels.cbegin(); it != rawLevels.cend(); ++it) {
        if (it.value() > 0 && it.value() != TitleStyle && !used.contains(it.value()))
            used.append(it.value());
    }
    std::sort(used.begin(), used.end());
    for (auto it = rawLevels.cbegin(); it != rawLevels.cend(); ++it) {
        if (it.key() >= blocks->size())
            continue;
        const int raw = it.value();
        int level = 2;
        if (raw == 0)
            level = used.isEmpty() ? 2 : 3;
        else if (raw != TitleStyle)
            level = raw == used.first() ? 2 : 3;
        (*blocks)[it.key()].level = level;
    }
}

// "标题_新华网", "标题 - 中国日报网", "标题|人民网": the page title without the site's name.
QString cleanDocumentTitle(const QString &title)
{
    const QString text = title.simplified();
    static const QRegularExpression separator(QStringLiteral("\\s+[-–—|]\\s+|_|\\s*[|｜]\\s*"));
    QRegularExpressionMatchIterator it = separator.globalMatch(text);
    qsizetype last = -1;
    qsizetype lastLength = 0;
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        last = match.capturedStart();
        lastLength = match.capturedLength();
    }
    if (last > 0 && text.size() - last - lastLength <= 20 && CopyRules::visibleLength(text.left(last)) >= 4)
        return text.left(last).trimmed();
    return text;
}

QString documentTitle(const GumboNode *root)
{
    QList<const GumboNode *> stack{root};
    while (!stack.isEmpty()) {
        const GumboNode *node = stack.takeLast();
        if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_DOCUMENT)
            continue;
        if (node->type == GUMBO_NODE_ELEMENT && node->v.element.tag == GUMBO_TAG_TITLE
            && node->v.element.tag_namespace == GUMBO_NAMESPACE_HTML) {
            QString text;
            const GumboVector &children = node->v.element.children;
            for (unsigned i = 0; i < children.length; ++i) {
                const auto *child = static_cast<const GumboNode *>(children.data[i]);
                if (child->type == GUMBO_NODE_TEXT)
                    text += utf8(child->v.text.text);
            }
            return cleanDocumentTitle(text);
        }
        if (node->type == GUMBO_NODE_ELEMENT && node->v.element.tag == GUMBO_TAG_BODY)
            continue;
        const GumboVector &children = node->type == GUMBO_NODE_DOCUMENT ? node->v.document.children
                                                                       : node->v.element.children;
        for (unsigned i = children.length; i > 0; --i)
            stack.append(static_cast<const GumboNode *>(children.data[i - 1]));
    }
    return {};
}

// Metadata and furniture lines are paragraphs, or bold ones read as sub-heads ("阅读原文").
bool isFrameCandidate(const Block &block)
{
    return block.type == Block::Type::Paragraph || block.type == Block::Type::Heading;
}

// Title, subtitle and the metadata lines around the body, as the plain-text importer reads them.
void recognize(Article *article, QList<Block> *blocks, const QSet<int> &subtitleStyled, const QString &pageTitle,
               const HtmlConverter::Options &options, QHash<int, int> *rawLevels)
{
    FrameMetadata meta;
    QList<bool> keep(blocks->size(), true);
    qsizetype i = 0;
    if (options.recognizeTitle) {
        while (i < blocks->size() && isFrameCandidate(blocks->at(i))
               && ((options.recognizeMetadata && meta.takeFrameLine(CopyRules::trimmed(blocks->at(i).text.text)))
                   || !CopyRules::hasLetterOrNumber(blocks->at(i).text.text))) {
            keep[i] = false;
            ++i;
        }
        const bool titleLike = i < blocks->size()
            && (blocks->at(i).type == Block::Type::Heading
                || (blocks->at(i).type == Block::Type::Paragraph
                    && CopyRules::visibleLength(blocks->at(i).text.text) <= 100
                    && !blocks->at(i).text.text.contains(u'\n')));
        if (titleLike) {
            article->title = CopyRules::trimmed(blocks->at(i).text.text).simplified();
            keep[i] = false;
            ++i;
            if (i < blocks->size() && subtitleStyled.contains(int(i))) {
                article->subtitle = CopyRules::trimmed(blocks->at(i).text.text).simplified();
                keep[i] = false;
                ++i;
            }
        } else {
            article->title = pageTitle;
        }
    }
    if (options.recognizeMetadata) {
        qsizetype end = blocks->size();
        while (end > i && isFrameCandidate(blocks->at(end - 1))
               && FrameMetadata::isFrameLine(CopyRules::trimmed(blocks->at(end - 1).text.text)))
            --end;
        bool head = true;
        for (qsizetype k = i; k < blocks->size(); ++k) {
            const Block &block = blocks->at(k);
            const QString line = CopyRules::trimmed(block.text.text);
            if (!isFrameCandidate(block)) {
                head = head && block.type != Block::Type::List;
                continue;
            }
            head = head && line.size() <= 60 && !CopyRules::endsSentence(line);
            QString url;
            if (k >= end || (head && meta.takeFrameLine(line))) {
                if (k >= end)
                    meta.takeFrameLine(line);
                keep[k] = false;
            } else if (CopyRules::isDisclaimer(line, &url)) {
                meta.setUrl(url);
                keep[k] = false;
            } else if (CopyRules::isOriginalTitle(line)) {
                keep[k] = false;
            }
        }
    }
    QList<Block> kept;
    QHash<int, int> levels;
    for (qsizetype k = 0; k < blocks->size(); ++k) {
        if (!keep.at(k))
            continue;
        if (rawLevels->contains(int(k)))
            levels.insert(int(kept.size()), rawLevels->value(int(k)));
        kept.append(blocks->at(k));
    }
    *blocks = kept;
    *rawLevels = levels;
    if (options.recognizeMetadata) {
        QString lead;
        for (const Block &block : std::as_const(*blocks)) {
            if (block.type == Block::Type::Paragraph) {
                lead = block.text.text;
                break;
            }
        }
        meta.applyTo(article, lead);
    }
}

bool isProse(const Block &block)
{
    return block.type == Block::Type::Paragraph
        && (CopyRules::endsSentence(block.text.text) || CopyRules::visibleLength(block.text.text) > 60);
}

// HTML that marks no sub-heads and holds no pictures (copy whose look came from a style sheet,
// text wrapped in <p>) is read as the plain-text importer reads lines: a short line before a
// paragraph of prose is a sub-head, or (in a document, not a paste, whose first line could be
// its headline) a caption of a photo to come. Copy with fewer than two paragraphs of prose (a
// few short lines) is left as it is.
void applyTextRules(QList<Block> *blocks, bool captions, QHash<int, int> *rawLevels)
{
    const bool structured = std::any_of(blocks->cbegin(), blocks->cend(), [](const Block &block) {
        return block.type == Block::Type::Heading || block.type == Block::Type::Image;
    });
    if (structured || std::count_if(blocks->cbegin(), blocks->cend(), isProse) < 2)
        return;
    for (qsizetype i = 0; i < blocks->size(); ++i) {
        Block &block = (*blocks)[i];
        if (block.type != Block::Type::Paragraph || !block.text.marks.isEmpty() || block.text.text.contains(u'\n'))
            continue;
        const bool beforeProse = i + 1 < blocks->size() && isProse(blocks->at(i + 1));
        const QString line = CopyRules::trimmed(block.text.text);
        QString caption;
        if (captions && CopyRules::captionFromMarker(line, &caption)) {
            block = CopyRules::captionPlaceholder(caption);
            continue;
        }
        switch (CopyRules::classify(line)) {
        case CopyRules::LineKind::Heading:
            if (beforeProse) {
                block = Block::heading(line, 2);
                rawLevels->insert(int(i), 0);
            }
            break;
        case CopyRules::LineKind::Caption:
            if (captions)
                block = CopyRules::captionPlaceholder(line);
            break;
        case CopyRules::LineKind::Paragraph:
            break;
        }
    }
}

struct DecodeResult
{
    bool ok = false;
    DecodedImage image;
    PhotoMetadata metadata;
    QString error;
};

// ImageDecoder::decodeBytes() with the faster SHA-256: imports hash tens of megabytes.
bool decodePhoto(const QByteArray &bytes, const QString &fileName, DecodedImage *out, QString *error)
{
    QImage thumbnail;
    QByteArray format;
    QString reason;
    auto fail = [&](const QString &why) {
        *error = fileName.isEmpty() ? why : HtmlConverter::tr("%1: %2").arg(fileName, why);
        return false;
    };
    if (bytes.size() > ImageDecoder::MaxFileBytes)
        return fail(HtmlConverter::tr("the picture is larger than %1 MB").arg(ImageDecoder::MaxFileBytes / (1024 * 1024)));
    if (!ImageDecoder::decodeScaled(bytes, ImageDecoder::ThumbnailLongEdge, &thumbnail, &out->size, &format, &reason))
        return fail(reason);
    const QByteArray thumbnailFormat = ImageDecoder::hasTransparency(thumbnail) ? "png" : "jpeg";
    if (!ImageDecoder::encodeClean(thumbnail, thumbnailFormat, 85, &out->thumbnail, &reason))
        return fail(reason);
    out->bytes = bytes;
    out->sha256 = Sha256::hex(bytes);
    out->format = format;
    out->mime = ImageDecoder::mimeType(format);
    out->fileName = fileName;
    return true;
}

DecodeResult decodePending(const PendingImage &pending, const HtmlConverter::Options &options)
{
    DecodeResult result;
    if (!pending.failure.isEmpty()) {
        result.error = pending.failure;
        return result;
    }
    QByteArray bytes = pending.bytes;
    if (!pending.part.isEmpty() && !options.readEmbedded(pending.part, &bytes, &result.error))
        return result;
    result.ok = decodePhoto(bytes, pending.fileName, &result.image, &result.error);
    if (result.ok)
        PhotoMetadata::read(bytes, &result.metadata, nullptr);
    return result;
}

// Decodes the pending photos in parallel and puts what they are into the image blocks; a photo
// that cannot be decoded leaves a placeholder (and a warning), a tiny one (an icon) nothing.
void resolveImages(QList<Block> *blocks, const QList<PendingImage> &pending, const HtmlConverter::Options &options,
                   ImportedArticle *out)
{
    // Only the photos that blocks still show (none for a plain-text paste).
    QList<int> used;
    for (const Block &block : std::as_const(*blocks)) {
        if (block.type == Block::Type::Image && block.media.startsWith(pendingPrefix()))
            used.append(block.media.mid(pendingPrefix().size()).toInt());
    }
    std::sort(used.begin(), used.end());
    used.erase(std::unique(used.begin(), used.end()), used.end());
    const std::function<DecodeResult(const int &)> decode = [&](const int &index) {
        return decodePending(pending.at(index), options);
    };
    const QList<DecodeResult> decoded = QtConcurrent::blockingMapped<QList<DecodeResult>>(used, decode);
    QHash<int, DecodeResult> results;
    for (qsizetype i = 0; i < used.size(); ++i)
        results.insert(used.at(i), decoded.at(i));
    QSet<QString> stored;
    QSet<int> warned;
    QList<Block> resolved;
    for (Block block : std::as_const(*blocks)) {
        if (block.type != Block::Type::Image || !block.media.startsWith(pendingPrefix())) {
            resolved.append(block);
            continue;
        }
        const int index = block.media.mid(pendingPrefix().size()).toInt();
        const DecodeResult &result = results[index];
        if (!result.ok) {
            block.media.clear();
            block.sourceUrl = pending.at(index).sourceUrl;
            if (!warned.contains(index)) {
                warned.insert(index);
                out->warnings.append(HtmlConverter::tr("A picture was left as a placeholder: %1").arg(result.error));
            }
            resolved.append(block);
            continue;
        }
        const QSize size = result.image.size;
        if (size.width() <= TinyImage && size.height() <= TinyImage && block.caption.isEmpty())
            continue;
        block.media = result.image.sha256;
        block.width = size.width();
        block.height = size.height();
        const PhotoMetadata::Fields filled = result.metadata.fillBlock(&block);
        if (filled)
            out->fromMetadata[block.media] |= filled;
        if (!stored.contains(block.media)) {
            stored.insert(block.media);
            out->media.append(result.image);
        }
        resolved.append(block);
    }
    *blocks = resolved;
}

} // namespace

bool HtmlConverter::convert(const QString &html, const Options &options, ImportedArticle *out, QString *error)
{
    const QByteArray bytes = html.toUtf8();
    const int depth = nestingDepth(bytes);
    if (depth > MaxNesting) {
        if (error)
            *error = HtmlConverter::tr("the HTML nests elements %1 levels deep (at most %2 are read)").arg(depth).arg(MaxNesting);
        return false;
    }
    GumboOptions gumboOptions = kGumboDefaultOptions;
    gumboOptions.max_errors = 0; // recording parse errors costs memory quadratic in the nesting
    GumboOutput *parsed = gumbo_parse_with_options(&gumboOptions, bytes.constData(), size_t(bytes.size()));

    Walker walker(options);
    walker.run(parsed->document);
    const QString pageTitle = documentTitle(parsed->document);
    gumbo_destroy_output(&gumboOptions, parsed);

    int grey = 0;
    int chars = 0;
    for (const Piece &piece : std::as_const(walker.pieces)) {
        grey += piece.greyChars;
        chars += piece.chars;
    }
    Assembler assembler(options, walker.sizes);
    assembler.setGreyShare(grey, chars);
    QList<Block> blocks = assembler.assemble(walker.pieces);

    ImportedArticle result;
    result.article = Article::create();
    result.warnings = walker.warnings;
    QHash<int, int> rawLevels = assembler.rawLevels();
    if (options.recognizeTitle || options.recognizeMetadata)
        recognize(&result.article, &blocks, assembler.subtitleStyled(), pageTitle, options, &rawLevels);
    if (!options.paragraphsOnly)
        applyTextRules(&blocks, options.recognizeTitle, &rawLevels);
    assignHeadingLevels(&blocks, rawLevels);
    resolveImages(&blocks, walker.pending, options, &result);
    result.article.blocks = blocks;
    *out = result;
    return true;
}

QString HtmlConverter::decode(const QByteArray &bytes)
{
    if (bytes.startsWith("\xEF\xBB\xBF"))
        return QString::fromUtf8(bytes.mid(3));
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        QStringDecoder utf16(bytes.startsWith("\xFF\xFE") ? QStringConverter::Utf16LE : QStringConverter::Utf16BE);
        return utf16.decode(bytes.mid(2));
    }
    QStringDecoder utf8(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    const QString asUtf8 = utf8.decode(bytes);
    const bool validUtf8 = !utf8.hasError();

    static const QRegularExpression meta(
        QStringLiteral("<meta[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:-]+)"), QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = meta.match(QString::fromLatin1(bytes.left(4096)));
    QString label = match.hasMatch() ? match.captured(1).toLower() : QString();
    if (label.startsWith(QLatin1String("utf-16")) || label == QLatin1String("utf8") || label == QLatin1String("unicode"))
        label = QStringLiteral("utf-8");
    static const QStringList gbLabels = {QStringLiteral("gb2312"), QStringLiteral("gbk"), QStringLiteral("gb_2312-80"),
                                         QStringLiteral("x-gbk"), QStringLiteral("cp936"), QStringLiteral("gb18030"),
                                         QStringLiteral("chinese"), QStringLiteral("csgb2312"), QStringLiteral("iso-ir-58")};
    static const QStringList latinLabels = {QStringLiteral("iso-8859-1"), QStringLiteral("latin1"),
                                            QStringLiteral("us-ascii"), QStringLiteral("ascii"),
                                            QStringLiteral("l1"), QStringLiteral("iso8859-1")};
    if (gbLabels.contains(label))
        label = QStringLiteral("GB18030");
    else if (latinLabels.contains(label))
        label = QStringLiteral("windows-1252");

    const bool multiByteUtf8 = validUtf8 && asUtf8.size() < bytes.size();
    if (label == QLatin1String("utf-8") || (validUtf8 && (label.isEmpty() || multiByteUtf8)))
        return asUtf8;
    if (!label.isEmpty()) {
        QStringDecoder declared(label.toLatin1().constData());
        if (declared.isValid())
            return declared.decode(bytes);
    }
    QStringDecoder gb18030("GB18030");
    return gb18030.isValid() ? gb18030.decode(bytes) : asUtf8;
}

} // namespace copydesk
