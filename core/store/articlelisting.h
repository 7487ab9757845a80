#pragma once

#include "model/articlefilter.h"
#include "model/articlesummary.h"
#include "model/searchhit.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace copydesk {

class Database;

// Reading the article list: pages filtered and sorted by the store, counts, sections and tags,
// full-text search, the trash; from the listing columns only, never the JSON.
class ArticleListing
{
public:
    explicit ArticleListing(Database &db) : m_db(db) {}

    static bool prepare(Database &db, QString *error);

    QList<ArticleSummary> list(QString *error);
    QList<ArticleSummary> list(qint64 offset, int limit, const ArticleFilter &filter,
                               ArticleFilter::Sort sort, QString *error);
    qint64 count(const ArticleFilter &filter, QString *error);
    QStringList sections(QString *error);
    QStringList tags(QString *error);
    bool search(const QString &query, int offset, int limit, QList<SearchHit> *hits, qint64 *total,
                QString *error);
    QList<ArticleSummary> trashed(QString *error);

private:
    QList<ArticleSummary> summaries(const QString &sql, QString *error);

    Database &m_db;
};

} // namespace copydesk
