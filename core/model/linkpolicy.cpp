#include "model/linkpolicy.h"

#include "model/article.h"

#include <QUrl>

#include <algorithm>

namespace copydesk {

namespace {

bool refusesAny(const RichText &text)
{
    return std::any_of(text.marks.cbegin(), text.marks.cend(), [](const TextMark &mark) {
        return mark.kind == TextMark::Kind::Link && !LinkPolicy::isAllowed(mark.href);
    });
}

// Where a placeholder's photo came from: a web address or a local file, never a link.
bool refusesSource(const Block &block)
{
    return !block.sourceUrl.isEmpty() && !LinkPolicy::isAllowedPageUrl(block.sourceUrl)
        && !QUrl(block.sourceUrl, QUrl::StrictMode).isLocalFile();
}

bool refusesAny(const Block &block)
{
    return refusesAny(block.text) || refusesSource(block)
        || std::any_of(block.items.cbegin(), block.items.cend(), [](const RichText &item) { return refusesAny(item); });
}

int applyToText(RichText *text)
{
    int dropped = 0;
    for (qsizetype i = text->marks.size() - 1; i >= 0; --i) {
        const TextMark &mark = text->marks.at(i);
        if (mark.kind == TextMark::Kind::Link && !LinkPolicy::isAllowed(mark.href)) {
            text->marks.removeAt(i);
            ++dropped;
        }
    }
    return dropped;
}

} // namespace

QString LinkPolicy::normalized(const QString &href)
{
    const QString trimmed = href.trimmed();
    if (trimmed.isEmpty())
        return {};
    for (const QChar c : trimmed) {
        const QChar::Category category = c.category();
        if (c.isSpace() || category == QChar::Other_Control || category == QChar::Other_Format
            || category == QChar::Other_Surrogate || category == QChar::Other_NotAssigned)
            return {};
    }
    const qsizetype colon = trimmed.indexOf(QLatin1Char(':'));
    if (colon <= 0)
        return {};
    const QString scheme = trimmed.left(colon).toLower();
    const bool web = scheme == QLatin1String("http") || scheme == QLatin1String("https");
    if (!web && scheme != QLatin1String("mailto"))
        return {};
    const QUrl url(trimmed, QUrl::TolerantMode);
    if (!url.isValid() || url.scheme().toLower() != scheme)
        return {};
    if (web && (url.host().isEmpty() || !trimmed.mid(colon + 1).startsWith(QLatin1String("//"))))
        return {};
    if (!web && url.path().isEmpty())
        return {};
    return QString::fromUtf8(url.toEncoded());
}

bool LinkPolicy::isAllowed(const QString &href)
{
    return !normalized(href).isEmpty();
}

bool LinkPolicy::isAllowedPageUrl(const QString &url)
{
    const QString link = normalized(url);
    return !link.isEmpty() && !link.startsWith(QLatin1String("mailto:"), Qt::CaseInsensitive);
}

int LinkPolicy::apply(Article *article)
{
    int dropped = 0;
    if (!article->canonicalUrl.isEmpty() && !isAllowedPageUrl(article->canonicalUrl)) {
        article->canonicalUrl.clear();
        ++dropped;
    }
    // Read first: the blocks are shared with the caller's copies (the editor's, the autosaver's
    // base) and are copied only where a link goes.
    for (qsizetype i = 0; i < article->blocks.size(); ++i) {
        if (!refusesAny(std::as_const(article->blocks).at(i)))
            continue;
        Block &block = article->blocks[i];
        dropped += applyToText(&block.text);
        for (RichText &item : block.items)
            dropped += applyToText(&item);
        if (refusesSource(block)) {
            block.sourceUrl.clear();
            ++dropped;
        }
    }
    return dropped;
}

} // namespace copydesk
