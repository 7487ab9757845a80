#include "fuzzinvariants.h"

#include "model/articlejson.h"
#include "model/linkpolicy.h"
#include "render/renderer.h"

#include <QJsonDocument>
#include <QSet>
#include <QUrl>

#include <gumbo.h>

#include <cstdio>
#include <cstdlib>

namespace copydesk {

namespace {

bool hasAllowedScheme(const QString &link)
{
    const QString l = link.trimmed().toLower();
    return l.startsWith(QLatin1String("http://")) || l.startsWith(QLatin1String("https://"))
        || l.startsWith(QLatin1String("mailto:"));
}

void checkText(const RichText &text)
{
    for (const TextMark &mark : text.marks) {
        if (mark.start < 0 || mark.length <= 0 || mark.start + mark.length > text.text.size())
            FuzzInvariants::fail("a mark outside its text", text.text);
        if (mark.kind == TextMark::Kind::Link && (!hasAllowedScheme(mark.href) || !LinkPolicy::isAllowed(mark.href)))
            FuzzInvariants::fail("a link the policy refuses", mark.href);
    }
}

void checkTextFields(const QStringList &fields)
{
    for (const QString &field : fields) {
        if (field.contains(QLatin1Char('<')))
            FuzzInvariants::fail("markup in the model", field);
    }
}

QString attribute(const GumboElement &element, const char *name)
{
    const GumboAttribute *attr = gumbo_get_attribute(&element.attributes, name);
    return attr ? QString::fromUtf8(attr->value) : QString();
}

QString textOf(const GumboNode *node)
{
    QString text;
    const GumboVector &children = node->v.element.children;
    for (unsigned i = 0; i < children.length; ++i) {
        const auto *child = static_cast<const GumboNode *>(children.data[i]);
        if (child->type == GUMBO_NODE_TEXT || child->type == GUMBO_NODE_CDATA || child->type == GUMBO_NODE_WHITESPACE)
            text += QString::fromUtf8(child->v.text.text);
    }
    return text;
}

// The theme's vocabulary: what article.mustache and the renderer's inline markup write.
const QSet<QString> &allowedElements()
{
    static const QSet<QString> names{
        QStringLiteral("html"), QStringLiteral("head"), QStringLiteral("meta"), QStringLiteral("title"),
        QStringLiteral("link"), QStringLiteral("script"), QStringLiteral("body"), QStringLiteral("header"),
        QStringLiteral("main"), QStringLiteral("article"), QStringLiteral("div"), QStringLiteral("p"),
        QStringLiteral("h1"), QStringLiteral("h2"), QStringLiteral("h3"), QStringLiteral("time"),
        QStringLiteral("span"), QStringLiteral("blockquote"), QStringLiteral("ol"), QStringLiteral("ul"),
        QStringLiteral("li"), QStringLiteral("figure"), QStringLiteral("img"), QStringLiteral("figcaption"),
        QStringLiteral("strong"), QStringLiteral("em"), QStringLiteral("a"), QStringLiteral("footer"),
        QStringLiteral("br")};
    return names;
}

const QSet<QString> &allowedAttributes()
{
    static const QSet<QString> names{
        QStringLiteral("lang"), QStringLiteral("charset"), QStringLiteral("name"), QStringLiteral("content"),
        QStringLiteral("property"), QStringLiteral("rel"), QStringLiteral("href"), QStringLiteral("type"),
        QStringLiteral("class"), QStringLiteral("datetime"), QStringLiteral("src"), QStringLiteral("alt"),
        QStringLiteral("width"), QStringLiteral("height"), QStringLiteral("loading")};
    return names;
}

void checkNode(const GumboNode *node)
{
    if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_TEMPLATE)
        return;
    const GumboElement &element = node->v.element;
    const QString tag = element.tag == GUMBO_TAG_UNKNOWN ? QStringLiteral("(unknown)")
                                                        : QString::fromUtf8(gumbo_normalized_tagname(element.tag));
    if (!allowedElements().contains(tag) || element.tag_namespace != GUMBO_NAMESPACE_HTML)
        FuzzInvariants::fail("an element the theme does not write", tag);
    for (unsigned i = 0; i < element.attributes.length; ++i) {
        const auto *attr = static_cast<const GumboAttribute *>(element.attributes.data[i]);
        const QString name = QString::fromUtf8(attr->name).toLower();
        if (!allowedAttributes().contains(name))
            FuzzInvariants::fail("an attribute the theme does not write", tag + QLatin1Char(' ') + name);
    }
    if (element.tag == GUMBO_TAG_SCRIPT) {
        if (attribute(element, "type") != QLatin1String("application/ld+json"))
            FuzzInvariants::fail("a script that is not JSON-LD");
        QJsonParseError error;
        QJsonDocument::fromJson(textOf(node).toUtf8(), &error);
        if (error.error != QJsonParseError::NoError)
            FuzzInvariants::fail("JSON-LD broken out of", textOf(node));
    }
    if (element.tag == GUMBO_TAG_A && !attribute(element, "href").isEmpty() && !hasAllowedScheme(attribute(element, "href")))
        FuzzInvariants::fail("a link of a refused scheme on the page", attribute(element, "href"));
    if (element.tag == GUMBO_TAG_LINK) {
        const QString href = attribute(element, "href");
        if (href != QLatin1String("style.css") && !hasAllowedScheme(href))
            FuzzInvariants::fail("a link element of a refused scheme", href);
    }
    if (element.tag == GUMBO_TAG_IMG) {
        const QString src = attribute(element, "src");
        if (!src.startsWith(QLatin1String("copydesk-media:")))
            FuzzInvariants::fail("an image source the renderer was not given", src);
    }
    for (unsigned i = 0; i < element.children.length; ++i)
        checkNode(static_cast<const GumboNode *>(element.children.data[i]));
}

} // namespace

void FuzzInvariants::fail(const char *what, const QString &detail)
{
    fprintf(stderr, "invariant broken: %s: %s\n", what, detail.left(2000).toUtf8().constData());
    fflush(stderr);
    abort();
}

void FuzzInvariants::checkArticle(const Article &article)
{
    if (!article.canonicalUrl.isEmpty() && !LinkPolicy::isAllowedPageUrl(article.canonicalUrl))
        fail("a canonical URL that is not a web address", article.canonicalUrl);
    for (const Block &block : article.blocks) {
        checkText(block.text);
        for (const RichText &item : block.items)
            checkText(item);
        if (!block.sourceUrl.isEmpty() && !LinkPolicy::isAllowedPageUrl(block.sourceUrl)
            && !QUrl(block.sourceUrl, QUrl::StrictMode).isLocalFile())
            fail("a photo source that is neither a web address nor a local file", block.sourceUrl);
    }
}

void FuzzInvariants::checkImported(const ImportedArticle &imported)
{
    checkArticle(imported.article);
    QSet<QString> decoded;
    for (const DecodedImage &image : imported.media)
        decoded.insert(image.sha256);
    for (const Block &block : imported.article.blocks) {
        if (block.type == Block::Type::Image && !block.media.isEmpty() && !decoded.contains(block.media))
            fail("an image block whose photo was not decoded", block.media);
    }
}

void FuzzInvariants::checkNoMarkup(const Article &article)
{
    checkTextFields({article.title, article.subtitle, article.byline, article.source, article.editor,
                     article.canonicalUrl, article.dateline});
    for (const Block &block : article.blocks) {
        checkTextFields({block.text.text, block.caption, block.credit, block.alt, block.sourceUrl});
        for (const RichText &item : block.items)
            checkTextFields({item.text});
    }
}

void FuzzInvariants::checkJsonRoundTrip(const Article &article)
{
    const QByteArray json = ArticleJson::toJson(article);
    Article back;
    QString error;
    if (!ArticleJson::fromJson(json, &back, &error))
        fail("the article's own JSON does not read back", error);
    if (back != article)
        fail("the article's JSON does not round-trip", QString::fromUtf8(json));
    if (ArticleJson::toJson(back) != json)
        fail("the article's JSON changes when written again", QString::fromUtf8(json));
}

void FuzzInvariants::checkRendered(const Article &article)
{
    static const Renderer renderer;
    Renderer::Options options;
    options.imageUrl = [](const Block &image) -> QString { return QStringLiteral("copydesk-media:") + image.media; };
    checkPage(renderer.render(article, SiteSettings(), options));
}

void FuzzInvariants::checkPage(const QString &html)
{
    const QByteArray bytes = html.toUtf8();
    GumboOutput *output = gumbo_parse_with_options(&kGumboDefaultOptions, bytes.constData(), size_t(bytes.size()));
    checkNode(output->root);
    gumbo_destroy_output(&kGumboDefaultOptions, output);
}

void FuzzInvariants::checkAll(const ImportedArticle &imported)
{
    checkImported(imported);
    checkJsonRoundTrip(imported.article);
    checkRendered(imported.article);
}

} // namespace copydesk
