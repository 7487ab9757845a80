#include "model/articlesummary.h"

namespace copydesk {

ArticleSummary ArticleSummary::of(const Article &article)
{
    return of(article, article.wordCount());
}

ArticleSummary ArticleSummary::of(const Article &article, int words)
{
    ArticleSummary summary;
    summary.id = article.id;
    summary.uuid = article.uuid;
    summary.title = article.title;
    summary.status = article.status;
    summary.section = article.section;
    summary.created = article.created;
    summary.updated = article.updated;
    summary.words = words;
    summary.images = article.imageCount();
    summary.imagesMissingCaption = article.imagesMissingCaption();
    return summary;
}

} // namespace copydesk
