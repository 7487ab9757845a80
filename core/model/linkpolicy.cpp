#include "model/linkpolicy.h"

#include "model/article.h"

#include <QUrl>

namespace copydesk {

namespace {

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
    for (Block &block : article->blocks) {
        dropped += applyToText(&block.text);
        for (RichText &item : block.items)
            dropped += applyToText(&item);
        // Where a placeholder's photo came from: a web address or a local file, never a link.
        if (!block.sourceUrl.isEmpty() && !isAllowedPageUrl(block.sourceUrl)
            && !QUrl(block.sourceUrl, QUrl::StrictMode).isLocalFile()) {
            block.sourceUrl.clear();
            ++dropped;
        }
    }
    return dropped;
}

} // namespace copydesk
