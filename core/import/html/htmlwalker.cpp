#include "import/html/htmlwalker.h"
#include "model/linkpolicy.h"

#include "import/html/htmlgumbo.h"
#include "import/html/htmlstyle.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

namespace copydesk {

void HtmlWalker::run(const GumboNode *root)
{
    struct Frame
    {
        const GumboNode *node;
        unsigned next;
        HtmlContext saved;
        bool block;
    };
    QList<Frame> stack;
    auto push = [&](const GumboNode *node) {
        if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE) {
            text(HtmlGumbo::utf8(node->v.text.text));
            return;
        }
        if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_DOCUMENT)
            return; // comments (conditional comments too), CDATA, templates
        const HtmlContext saved = m_context;
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

void HtmlWalker::text(const QString &content)
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

void HtmlWalker::flush()
{
    if (!m_builder.isEmpty()) {
        const QHash<int, int> &counts = m_builder.sizes();
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            sizes[it.key()] += it.value();
        HtmlPiece piece = m_builder.take(m_pieceContext);
        piece.marker = m_marker;
        pieces.append(piece);
    }
    m_marker.clear();
}

bool HtmlWalker::enter(const GumboElement &element, bool *block)
{
    if (element.tag_namespace != GUMBO_NAMESPACE_HTML || HtmlGumbo::isDroppedTag(element.tag))
        return false;
    const QString name = HtmlGumbo::tagName(element);
    if (element.tag == GUMBO_TAG_UNKNOWN
        && (name == QLatin1String("xml") || name == QLatin1String("dialog") || name.startsWith(QLatin1String("v:"))
            || (name.startsWith(QLatin1String("o:")) && name != QLatin1String("o:p"))
            || name.startsWith(QLatin1String("m:"))))
        return false; // Office XML islands, VML shapes (an <img> fallback follows), equations, dialogs
    if (HtmlGumbo::hasAttribute(element, "hidden"))
        return false;
    const QHash<QString, QString> style = HtmlStyle::parse(HtmlGumbo::attribute(element, "style"));
    const QString display = style.value(QStringLiteral("display")).toLower();
    if (display == QLatin1String("none") || style.value(QStringLiteral("visibility")).toLower() == QLatin1String("hidden")
        || style.value(QStringLiteral("mso-hide")).toLower() == QLatin1String("all"))
        return false;
    const QString msoList = style.value(QStringLiteral("mso-list")).toLower();
    if (msoList.startsWith(QLatin1String("ignore"))) {
        m_context.msoMarker = true;
        return true;
    }

    HtmlContext &c = m_context;
    *block = HtmlGumbo::isBlockTag(element.tag);
    if (*block) {
        const QString align = style.value(QStringLiteral("text-align"), HtmlGumbo::attribute(element, "align")).toLower();
        if (!align.isEmpty())
            c.centered = align == QLatin1String("center");
        // Only the text of table cells, not the layout, is kept.
        if (element.tag == GUMBO_TAG_TD || element.tag == GUMBO_TAG_TH)
            c.centered = false;
    }
    const QString classes = HtmlGumbo::attribute(element, "class");
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
        const QString href = HtmlGumbo::attribute(element, "href").trimmed();
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
        const QString size = HtmlGumbo::attribute(element, "size").trimmed();
        bool ok = false;
        int n = size.toInt(&ok);
        if (ok && (size.startsWith(u'+') || size.startsWith(u'-')))
            n += 3;
        if (ok)
            c.sizePx = sizes[std::clamp(n, 1, 7)];
        const HtmlStyle::Tri grey = HtmlStyle::greyColour(HtmlGumbo::attribute(element, "color"));
        if (grey != HtmlStyle::Tri::Unset)
            c.grey = grey == HtmlStyle::Tri::On;
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
    const HtmlStyle::Tri weight = HtmlStyle::fontWeight(style.value(QStringLiteral("font-weight")));
    if (weight != HtmlStyle::Tri::Unset)
        c.bold = weight == HtmlStyle::Tri::On;
    const QString fontStyle = style.value(QStringLiteral("font-style")).toLower();
    if (fontStyle == QLatin1String("italic") || fontStyle == QLatin1String("oblique"))
        c.italic = true;
    else if (fontStyle == QLatin1String("normal"))
        c.italic = false;
    const HtmlStyle::Tri grey = HtmlStyle::greyColour(style.value(QStringLiteral("color")));
    if (grey != HtmlStyle::Tri::Unset)
        c.grey = grey == HtmlStyle::Tri::On;
    if (style.contains(QStringLiteral("font-size"))) {
        const double size = HtmlStyle::fontSizePx(style.value(QStringLiteral("font-size")), c.sizePx);
        if (size > 0)
            c.sizePx = size;
    }
    if (*block) {
        bool ok = false;
        const int outline = style.value(QStringLiteral("mso-outline-level")).toInt(&ok);
        if (ok && outline >= 1 && outline <= 6)
            c.heading = outline;
        if (HtmlGumbo::hasClass(classes, QStringLiteral("MsoTitle"))
            || HtmlGumbo::hasClass(classes, QStringLiteral("title")))
            c.title = true;
        if (HtmlGumbo::hasClass(classes, QStringLiteral("MsoSubtitle"))
            || HtmlGumbo::hasClass(classes, QStringLiteral("subtitle")))
            c.subtitle = true;
        if (HtmlGumbo::hasClass(classes, QStringLiteral("MsoQuote"))
            || HtmlGumbo::hasClass(classes, QStringLiteral("MsoIntenseQuote")))
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

void HtmlWalker::image(const GumboElement &element, const QHash<QString, QString> &style)
{
    if (m_options.paragraphsOnly)
        return;
    const int width = std::max(HtmlImages::pixelAttribute(HtmlGumbo::attribute(element, "width")),
                               HtmlImages::pixelAttribute(style.value(QStringLiteral("width"))));
    const int height = std::max(HtmlImages::pixelAttribute(HtmlGumbo::attribute(element, "height")),
                                HtmlImages::pixelAttribute(style.value(QStringLiteral("height"))));
    if (width >= 0 && height >= 0 && width <= HtmlImages::TinyImage && height <= HtmlImages::TinyImage)
        return;
    QString src = HtmlGumbo::urlAttribute(element, "src");
    // Lazy-loading pages (WeChat among them) keep the photo in data-src and a stand-in in src.
    for (const char *lazy : {"data-src", "data-original", "data-lazy-src", "data-actualsrc"}) {
        const QString candidate = HtmlGumbo::urlAttribute(element, lazy);
        if (!candidate.isEmpty() && (src.isEmpty() || (src.startsWith(QLatin1String("data:")) && src.size() < 1024))) {
            src = candidate;
            break;
        }
    }
    if (src.isEmpty()) {
        const QString srcset = HtmlGumbo::urlAttribute(element, "srcset");
        src = srcset.section(u',', 0, 0).trimmed().section(u' ', 0, 0);
    }

    HtmlPiece piece;
    piece.image = true;
    piece.context = m_context;
    piece.alt = HtmlImages::usefulAlt(HtmlGumbo::attribute(element, "alt"));
    if (m_options.imageTitleAsCaption)
        piece.caption = HtmlGumbo::attribute(element, "title").simplified();

    if (!m_options.embeddedPrefix.isEmpty() && m_options.readEmbedded && src.startsWith(m_options.embeddedPrefix)) {
        piece.media = pendingFor(src, [&] {
            const QString part = src.mid(m_options.embeddedPrefix.size());
            return HtmlImages::Pending{{}, part, part.section(u'/', -1), {}, {}};
        });
    } else if (src.startsWith(QLatin1String("data:"), Qt::CaseInsensitive)) {
        QByteArray bytes;
        if (!HtmlImages::decodeDataUri(src, &bytes)) {
            warnings.append(HtmlConverter::tr("A picture embedded in the HTML is not an image and was left out."));
            return;
        }
        piece.media = pendingFor(src, [&] { return HtmlImages::Pending{bytes, {}, {}, {}, {}}; });
    } else if (const QString web = HtmlImages::webUrl(src); !web.isEmpty()) {
        piece.sourceUrl = web;
    } else if (const QString path = localPath(src); !path.isEmpty()) {
        piece.media = pendingFor(src, [&] {
            if (insideBaseDir(path))
                return HtmlImages::readLocal(path);
            HtmlImages::Pending outside;
            outside.sourceUrl = QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded);
            outside.failure = HtmlConverter::tr("%1 lies outside the document's folder and was not read")
                                  .arg(QDir::toNativeSeparators(path));
            return outside;
        });
    } else if (src.isEmpty() || HtmlImages::isActive(src)) {
        return;
    }
    // Otherwise a picture out of reach (a relative path in a paste, blob:, cid:): a placeholder
    // keeps its place.
    flush();
    m_pieceContext = m_context;
    pieces.append(piece);
}

int HtmlWalker::pendingIndex(const QString &src, const std::function<HtmlImages::Pending()> &make)
{
    const auto it = m_pendingBySrc.constFind(src);
    if (it != m_pendingBySrc.cend())
        return it.value();
    pending.append(make());
    m_pendingBySrc.insert(src, int(pending.size() - 1));
    return int(pending.size() - 1);
}

QString HtmlWalker::pendingFor(const QString &src, const std::function<HtmlImages::Pending()> &make)
{
    return HtmlImages::pendingPrefix() + QString::number(pendingIndex(src, make));
}

QString HtmlWalker::localPath(const QString &src) const
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

bool HtmlWalker::insideBaseDir(const QString &path) const
{
    if (m_options.baseDir.isEmpty())
        return true;
    const QString base = QDir(m_options.baseDir).canonicalPath();
    const QString canonical = QFileInfo(path).canonicalFilePath();
    const QString target = canonical.isEmpty() ? QDir::cleanPath(QFileInfo(path).absoluteFilePath()) : canonical;
    return !base.isEmpty() && target.startsWith(base + u'/');
}

} // namespace copydesk
