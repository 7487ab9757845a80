#include "render/renderer.h"
#include "model/timestamp.h"

#include "model/linkpolicy.h"
#include "render/inlinemarkup.h"
#include "render/templatesections.h"
#include "text/cleantext.h"
#include "text/labelpunctuation.h"

#include <mustache.hpp>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>
#include <atomic>
#include <utility>
#include <memory>
#include <exception>

namespace copydesk {

namespace {

using MustacheData = kainjow::mustache::data;

constexpr int DescriptionLength = 120;

std::string utf8(const QString &text)
{
    return CleanText::forMarkup(text).toStdString();
}

// A string value when non-empty, otherwise false, so sections skip it and lookups never
// fall through to an outer context.
MustacheData optional(const QString &text)
{
    const QString cleaned = CleanText::forMarkup(text);
    if (cleaned.trimmed().isEmpty())
        return MustacheData(false);
    return MustacheData(cleaned.toStdString());
}

// Moves an offset that falls inside a surrogate pair to the pair's end.
int characterBoundary(const QString &text, int offset)
{
    if (offset > 0 && offset < text.size() && text.at(offset - 1).isHighSurrogate()
        && text.at(offset).isLowSurrogate())
        return offset + 1;
    return offset;
}

QString truncated(const QString &text, int maxLength)
{
    if (text.size() <= maxLength)
        return text;
    return text.left(characterBoundary(text, maxLength)) + QChar(0x2026);
}

MustacheData blockData(const Block &block, const Renderer::Options &options)
{
    MustacheData data;
    const char *flags[] = {"isParagraph", "isHeading2", "isHeading3", "isQuote",
                           "isList",      "isOrdered",  "isImage",    "isPlaceholder"};
    for (const char *flag : flags)
        data.set(flag, MustacheData(false));
    for (const char *key : {"html", "src", "alt", "width", "height", "caption", "credit"})
        data.set(key, MustacheData(false));
    data.set("hasSize", MustacheData(false));
    data.set("hasCaption", MustacheData(false));
    data.set("items", MustacheData(false));

    switch (block.type) {
    case Block::Type::Paragraph:
        data.set("isParagraph", MustacheData(true));
        data.set("html", MustacheData(InlineMarkup::html(block.text).toStdString()));
        break;
    case Block::Type::Heading:
        data.set(block.level <= 2 ? "isHeading2" : "isHeading3", MustacheData(true));
        data.set("html", MustacheData(InlineMarkup::html(block.text).toStdString()));
        break;
    case Block::Type::Quote:
        data.set("isQuote", MustacheData(true));
        data.set("html", MustacheData(InlineMarkup::html(block.text).toStdString()));
        break;
    case Block::Type::List: {
        data.set("isList", MustacheData(true));
        data.set("isOrdered", MustacheData(block.ordered));
        MustacheData items(MustacheData::type::list);
        for (const RichText &item : block.items) {
            if (item.text.trimmed().isEmpty())
                continue;
            MustacheData itemData;
            itemData.set("html", MustacheData(InlineMarkup::html(item).toStdString()));
            items.push_back(itemData);
        }
        data.set("items", items);
        break;
    }
    case Block::Type::Image: {
        const QString src =
            block.isPlaceholder() || !options.imageUrl ? QString() : options.imageUrl(block);
        const bool placeholder = src.trimmed().isEmpty();
        data.set(placeholder ? "isPlaceholder" : "isImage", MustacheData(true));
        data.set("caption", optional(block.caption));
        data.set("credit", optional(block.credit));
        data.set("hasCaption", MustacheData(!CleanText::forMarkup(block.caption).trimmed().isEmpty()
                                            || !CleanText::forMarkup(block.credit).trimmed().isEmpty()));
        if (!placeholder) {
            data.set("src", MustacheData(utf8(src)));
            data.set("alt", MustacheData(utf8(block.alt)));
            if (block.width > 0 && block.height > 0) {
                // The size shown: a crop and turn (Block::crop, Block::rotation) change it.
                const bool turned = block.rotation % 180 != 0;
                const QRectF part = block.shownPart();
                const int width = qMax(1, qRound((turned ? block.height : block.width) * part.width()));
                const int height = qMax(1, qRound((turned ? block.width : block.height) * part.height()));
                data.set("hasSize", MustacheData(true));
                data.set("width", MustacheData(std::to_string(width)));
                data.set("height", MustacheData(std::to_string(height)));
            }
        }
        break;
    }
    }
    return data;
}

bool hasVisibleContent(const Block &block)
{
    switch (block.type) {
    case Block::Type::Paragraph:
    case Block::Type::Heading:
    case Block::Type::Quote:
        return !CleanText::forMarkup(block.text.text).trimmed().isEmpty();
    case Block::Type::List:
        return std::any_of(block.items.cbegin(), block.items.cend(), [](const RichText &item) {
            return !CleanText::forMarkup(item.text).trimmed().isEmpty();
        });
    case Block::Type::Image:
        return true;
    }
    return false;
}

// The article's own canonical URL, or the site's base + its slug.
QString canonicalUrlOf(const Article &article, const SiteSettings &site)
{
    if (!article.canonicalUrl.trimmed().isEmpty())
        return article.canonicalUrl;
    const QString base = site.canonicalBase.trimmed();
    const QString slug = article.slug.trimmed();
    if (base.isEmpty() || slug.isEmpty() || !LinkPolicy::isAllowedPageUrl(base))
        return {};
    return base.endsWith(QLatin1Char('/')) ? QString(base + slug) : QString(base + QLatin1Char('/') + slug);
}

// The repost notice with {site} and {url} filled in, punctuated for the page's language; empty
// without an http(s) canonical URL, and when it names the site but no site name is set yet.
QString repostHtml(const Article &article, const SiteSettings &site, const QString &language)
{
    const QString url = LinkPolicy::normalized(article.canonicalUrl);
    if (!LinkPolicy::isAllowedPageUrl(article.canonicalUrl) || site.repostNotice.trimmed().isEmpty())
        return {};
    if (site.repostNotice.contains(QLatin1String("{site}")) && site.siteName.trimmed().isEmpty())
        return {};
    const QString notice = LabelPunctuation::isChinese(language) ? LabelPunctuation::chinese(site.repostNotice)
                                                                  : site.repostNotice;
    static const QRegularExpression placeholder(QStringLiteral("\\{(url|site)\\}"));
    QString html;
    qsizetype from = 0;
    auto matches = placeholder.globalMatch(notice);
    while (matches.hasNext()) {
        const QRegularExpressionMatch match = matches.next();
        html += Renderer::escape(notice.mid(from, match.capturedStart() - from));
        if (match.captured(1) == QLatin1String("url")) {
            html += QStringLiteral("<a href=\"") + Renderer::escape(url)
                    + QStringLiteral("\" rel=\"noopener noreferrer\">") + Renderer::escape(url)
                    + QStringLiteral("</a>");
        } else {
            html += Renderer::escape(site.siteName);
        }
        from = match.capturedEnd();
    }
    html += Renderer::escape(notice.mid(from));
    return html;
}

QString isoDate(const QDateTime &dateTime)
{
    return Timestamp::formatSeconds(dateTime);
}

// schema.org NewsArticle as JSON that is safe inside <script>: every '<', '>' and '&' is
// written as a \u escape, so neither "</script" nor "<!--" can occur.
QString jsonLd(const Article &article, const SiteSettings &site, const QString &description,
               const QString &url, const QString &image)
{
    QJsonObject object;
    object.insert(QStringLiteral("@context"), QStringLiteral("https://schema.org"));
    object.insert(QStringLiteral("@type"), QStringLiteral("NewsArticle"));
    object.insert(QStringLiteral("headline"), CleanText::forMarkup(article.title));
    if (!description.isEmpty())
        object.insert(QStringLiteral("description"), description);
    if (article.created.isValid())
        object.insert(QStringLiteral("datePublished"), isoDate(article.created));
    if (article.updated.isValid())
        object.insert(QStringLiteral("dateModified"), isoDate(article.updated));
    if (!article.byline.trimmed().isEmpty()) {
        QJsonObject author;
        author.insert(QStringLiteral("@type"), QStringLiteral("Person"));
        author.insert(QStringLiteral("name"), CleanText::forMarkup(article.byline.trimmed()));
        object.insert(QStringLiteral("author"), author);
    }
    if (!site.siteName.trimmed().isEmpty()) {
        QJsonObject publisher;
        publisher.insert(QStringLiteral("@type"), QStringLiteral("Organization"));
        publisher.insert(QStringLiteral("name"), CleanText::forMarkup(site.siteName.trimmed()));
        object.insert(QStringLiteral("publisher"), publisher);
    }
    if (!article.section.trimmed().isEmpty())
        object.insert(QStringLiteral("articleSection"), CleanText::forMarkup(article.section.trimmed()));
    if (!article.tags.isEmpty()) {
        QStringList keywords;
        for (const QString &tag : article.tags)
            keywords << CleanText::forMarkup(tag);
        object.insert(QStringLiteral("keywords"), keywords.join(QLatin1Char(',')));
    }
    if (!url.isEmpty()) {
        object.insert(QStringLiteral("url"), url);
        object.insert(QStringLiteral("mainEntityOfPage"), url);
    }
    if (!image.isEmpty())
        object.insert(QStringLiteral("image"), QJsonArray{image});
    QString json =
        QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
    json.replace(QLatin1Char('<'), QLatin1String("\\u003c"));
    json.replace(QLatin1Char('>'), QLatin1String("\\u003e"));
    json.replace(QLatin1Char('&'), QLatin1String("\\u0026"));
    return json;
}

QString stylesheetHtml(const Theme &theme, const Renderer::Options &options)
{
    if (options.inlineStylesheet) {
        QString css = CleanText::forMarkup(theme.css());
        css.replace(QLatin1String("</"), QLatin1String("<\\/"));
        return QStringLiteral("<style>\n") + css + QStringLiteral("\n</style>");
    }
    if (options.stylesheetHref.trimmed().isEmpty())
        return {};
    return QStringLiteral("<link rel=\"stylesheet\" href=\"")
           + Renderer::escape(options.stylesheetHref.trimmed()) + QStringLiteral("\">");
}

QString pageTitleOf(const Article &article, const SiteSettings &site, const Theme::Labels &labels)
{
    const QString title = CleanText::forMarkup(article.title).simplified();
    const QString siteName = CleanText::forMarkup(site.siteName).simplified();
    QString pageTitle = title.isEmpty() ? CleanText::forMarkup(labels.untitled).simplified() : title;
    if (!siteName.isEmpty())
        pageTitle = pageTitle.isEmpty() ? siteName : pageTitle + QStringLiteral(" - ") + siteName;
    return pageTitle.isEmpty() ? QStringLiteral("Copydesk") : pageTitle;
}

QString errorPage(const QString &title, const QString &message)
{
    return QStringLiteral("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
                          "<title>")
           + Renderer::escape(title) + QStringLiteral("</title>\n</head>\n<body>\n<p>")
           + Renderer::escape(message) + QStringLiteral("</p>\n</body>\n</html>\n");
}

using Mustache = kainjow::mustache::mustache;

// Everything the page shows but its blocks.
MustacheData pageData(const Theme &theme, const Article &article, const SiteSettings &site,
                      const Renderer::Options &options)
{
    const Theme::Labels labels = theme.labels();
    const QString title = CleanText::forMarkup(article.title).simplified();
    const QString siteName = CleanText::forMarkup(site.siteName).simplified();
    const QString pageTitle = pageTitleOf(article, site, labels);

    QString description;
    for (const Block &block : article.blocks) {
        if (block.type == Block::Type::Paragraph && hasVisibleContent(block)) {
            description = truncated(CleanText::forMarkup(block.text.text).simplified(), DescriptionLength);
            break;
        }
    }
    const QString canonicalUrl = canonicalUrlOf(article, site);
    const QString canonical =
        LinkPolicy::isAllowedPageUrl(canonicalUrl) ? LinkPolicy::normalized(canonicalUrl) : QString();
    QString ogImage;
    for (const Block &block : article.blocks) {
        if (block.type != Block::Type::Image)
            continue;
        if (!block.isPlaceholder() && options.imageUrl) {
            const QString src = options.imageUrl(block);
            if (LinkPolicy::isAllowedPageUrl(src))
                ogImage = LinkPolicy::normalized(src);
        }
        break;
    }

    MustacheData data;
    data.set("language", MustacheData(utf8(theme.language())));
    data.set("pageTitle", MustacheData(utf8(pageTitle)));
    data.set("headline", MustacheData(utf8(title.isEmpty() ? pageTitle : title)));
    data.set("siteName", optional(siteName));
    data.set("slogan", optional(site.slogan.simplified()));
    data.set("title", optional(title));
    data.set("subtitle", optional(article.subtitle));
    data.set("byline", optional(article.byline));
    data.set("source", optional(article.source));
    data.set("editor", optional(article.editor));
    data.set("section", optional(article.section));
    data.set("description", optional(description));
    data.set("canonicalUrl", optional(canonical));
    data.set("ogImage", optional(ogImage));
    if (article.created.isValid()) {
        data.set("date", MustacheData(
                             article.created.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                                 .toStdString()));
        data.set("dateIso", MustacheData(isoDate(article.created).toStdString()));
    } else {
        data.set("date", MustacheData(false));
        data.set("dateIso", MustacheData(false));
    }
    data.set("labelSource", MustacheData(utf8(labels.source)));
    data.set("labelEditor", MustacheData(utf8(labels.editor)));
    data.set("labelPlaceholder", MustacheData(utf8(labels.placeholder)));
    data.set("stylesheet", MustacheData(stylesheetHtml(theme, options).toStdString()));
    data.set("jsonLd",
             MustacheData(jsonLd(article, site, description, canonical, ogImage).toStdString()));
    Article located = article;
    located.canonicalUrl = canonicalUrl;
    const QString repost = repostHtml(located, site, theme.language());
    data.set("repost", repost.isEmpty() ? MustacheData(false) : MustacheData(repost.toStdString()));

    data.set("blocks", MustacheData(false));
    return data;
}

std::unique_ptr<Mustache> parsed(const QString &text)
{
    auto page = std::make_unique<Mustache>(text.toStdString());
    page->set_custom_escape([](const std::string &value) {
        return Renderer::escape(QString::fromStdString(value)).toStdString();
    });
    return page;
}

// The theme's template cut around its blocks section (TemplateSections), parsed; whole when it
// cannot be cut.
struct ParsedTemplate
{
    std::unique_ptr<Mustache> before, section, after, whole;
    QString sectionText;

    explicit ParsedTemplate(const QString &text)
    {
        TemplateSections sections;
        if (TemplateSections::split(text, &sections)) {
            before = parsed(sections.before);
            section = parsed(sections.blocks);
            after = parsed(sections.after);
            sectionText = sections.blocks;
            if (before->is_valid() && section->is_valid() && after->is_valid())
                return;
            before.reset();
        }
        if (!text.isEmpty())
            whole = parsed(text);
    }
    bool isSectioned() const { return bool(before); }
    // The first error of the parts in use; empty when none.
    QString error() const
    {
        const Mustache *const sectioned[] = {before.get(), section.get(), after.get()};
        for (const Mustache *part : sectioned) {
            if (isSectioned() && !part->is_valid())
                return QString::fromStdString(part->error_message());
        }
        if (!isSectioned() && whole && !whole->is_valid())
            return QString::fromStdString(whole->error_message());
        return {};
    }
};

MustacheData oneBlock(const Block &block, const Renderer::Options &options)
{
    MustacheData list(MustacheData::type::list);
    list.push_back(blockData(block, options));
    return list;
}

// What of the page the blocks section reads besides its block (a name a block's data lacks falls
// through to the page's): a block's markup is kept only while this stays the same.
QString blockContext(const QString &sectionText, const MustacheData &data, const Renderer::Options &options)
{
    static const QRegularExpression tag(QStringLiteral("\\{\\{\\s*[#^/&{]?\\s*([^\\s.}!>=]+)"));
    static std::atomic<quint64> unlike{0};
    const MustacheData blockKeys = blockData(Block(), options);
    QStringList values;
    auto matches = tag.globalMatch(sectionText);
    while (matches.hasNext()) {
        const std::string name = matches.next().captured(1).toStdString();
        if (name == "blocks" || blockKeys.get(name))
            continue;
        const MustacheData *value = data.get(name);
        values.append(QString::fromStdString(name) + QLatin1Char('=')
                      + (!value                 ? QStringLiteral("-")
                         : value->is_string()   ? QString::fromStdString(value->string_value())
                         : value->is_bool()     ? QString::number(value->is_true())
                                                : QStringLiteral("#%1").arg(++unlike))); // never alike
    }
    return values.join(QChar(0x1f));
}

// The end of every render: true with error cleared, or false with the failure in one line.
bool reported(const Theme &theme, const QString &failure, QString *error)
{
    if (failure.isEmpty()) {
        if (error)
            error->clear();
        return true;
    }
    if (error)
        *error = QCoreApplication::translate("Renderer", "Cannot render the page with theme “%1”: %2").arg(theme.name(), failure);
    return false;
}

} // namespace

Renderer::Renderer(const Theme &theme) : m_theme(theme) {}

bool Renderer::renderTo(const Article &article, const SiteSettings &site, const Options &options,
                        const ChunkFunction &write, QString *error) const
{
    MustacheData data = pageData(m_theme, article, site, options);
    QString failure;
    try {
        const ParsedTemplate page(m_theme.templateText());
        if (page.isSectioned()) {
            // One block's data at a time.
            page.before->render(data, write);
            for (const Block &block : article.blocks) {
                if (!hasVisibleContent(block))
                    continue;
                data.set("blocks", oneBlock(block, options));
                page.section->render(data, write);
            }
            data.set("blocks", MustacheData(false));
            page.after->render(data, write);
        } else if (page.whole && page.whole->is_valid()) {
            MustacheData list(MustacheData::type::list);
            for (const Block &block : article.blocks) {
                if (hasVisibleContent(block))
                    list.push_back(blockData(block, options));
            }
            data.set("blocks", list);
            page.whole->render(data, write);
        }
        failure = page.error();
        if (failure.isEmpty() && !page.isSectioned() && !page.whole)
            failure = QCoreApplication::translate("Renderer", "the theme has no template");
    } catch (const std::exception &e) {
        failure = QString::fromLocal8Bit(e.what());
    } catch (...) {
        failure = QCoreApplication::translate("Renderer", "unknown error");
    }
    return reported(m_theme, failure, error);
}

bool Renderer::renderParts(const Article &article, const SiteSettings &site, const Options &options, Parts *parts,
                           QString *error, const Parts *previous, const QList<Block> *previousBlocks) const
{
    MustacheData data = pageData(m_theme, article, site, options);
    QString failure;
    try {
        const ParsedTemplate page(m_theme.templateText());
        if (!page.isSectioned()) {
            if (error)
                error->clear(); // not a failure: render() it is
            return false;
        }
        std::string out;
        const ChunkFunction write = [&out](const std::string &chunk) { out += chunk; };
        const auto take = [&out] { return QString::fromStdString(std::exchange(out, std::string())); };
        page.before->render(data, write);
        parts->before = take();
        page.after->render(data, write);
        parts->after = take();
        parts->blockContext = blockContext(page.sectionText, data, options);

        const qsizetype count = article.blocks.size();
        const bool reuse = previous && previousBlocks && previous->blockContext == parts->blockContext
                && previous->blocks.size() == previousBlocks->size();
        const qsizetype oldCount = reuse ? previousBlocks->size() : 0;
        qsizetype same = 0; // equal blocks at the start
        while (same < count && same < oldCount && article.blocks.at(same) == previousBlocks->at(same))
            ++same;
        qsizetype sameEnd = 0; // and at the end, not overlapping those
        while (sameEnd < count - same && sameEnd < oldCount - same
               && article.blocks.at(count - 1 - sameEnd) == previousBlocks->at(oldCount - 1 - sameEnd))
            ++sameEnd;
        parts->blocks.resize(count);
        parts->renderedBlocks = 0;
        for (qsizetype i = 0; i < count; ++i) {
            const Block &block = article.blocks.at(i);
            if (i < same || i >= count - sameEnd) {
                parts->blocks[i] = previous->blocks.at(i < same ? i : i - count + oldCount);
            } else if (hasVisibleContent(block)) {
                data.set("blocks", oneBlock(block, options));
                page.section->render(data, write);
                parts->blocks[i] = take();
                ++parts->renderedBlocks;
            } else {
                parts->blocks[i].clear();
            }
        }
        failure = page.error();
    } catch (const std::exception &e) {
        failure = QString::fromLocal8Bit(e.what());
    } catch (...) {
        failure = QCoreApplication::translate("Renderer", "unknown error");
    }
    return reported(m_theme, failure, error);
}

QString Renderer::render(const Article &article, const SiteSettings &site, const Options &options,
                         QString *error) const
{
    std::string html;
    QString failure;
    if (renderTo(article, site, options, [&html](const std::string &chunk) { html += chunk; }, &failure)) {
        if (error)
            error->clear();
        return QString::fromStdString(html);
    }
    if (error)
        *error = failure;
    return errorPage(pageTitleOf(article, site, m_theme.labels()), failure);
}

QString Renderer::escape(const QString &text)
{
    const QString cleaned = CleanText::forMarkup(text);
    QString result;
    result.reserve(cleaned.size() + cleaned.size() / 8);
    for (const QChar c : cleaned) {
        switch (c.unicode()) {
        case '&':
            result += QLatin1String("&amp;");
            break;
        case '<':
            result += QLatin1String("&lt;");
            break;
        case '>':
            result += QLatin1String("&gt;");
            break;
        case '"':
            result += QLatin1String("&quot;");
            break;
        case '\'':
            result += QLatin1String("&#39;");
            break;
        default:
            result += c;
        }
    }
    return result;
}

} // namespace copydesk
