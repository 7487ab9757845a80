#pragma once

#include "model/article.h"

#include <QDateTime>
#include <QString>

namespace copydesk {

// One row of the article list, read from the store's denormalised columns (no JSON parsing).
struct ArticleSummary
{
    qint64 id = 0;
    QString uuid;
    QString title;
    Article::Status status = Article::Status::Draft;
    QString section;
    QDateTime created;
    QDateTime updated;
    QDateTime deleted; // when it went to the trash; only set by Store::listTrash()
    int words = 0;
    int images = 0;
    int imagesMissingCaption = 0;

    // The row an article in memory will have once it is stored.
    static ArticleSummary of(const Article &article);
    // The same with the article's word count already known (WordCounter).
    static ArticleSummary of(const Article &article, int words);
};

} // namespace copydesk
