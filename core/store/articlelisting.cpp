#include "store/articlelisting.h"

#include "model/timestamp.h"
#include "search/searchindex.h"
#include "sqlite/database.h"
#include "sqlite/statement.h"
#include "store/store.h"
#include "store/storevalues.h"

#include <QScopeGuard>

namespace copydesk {

namespace {

const QString SummaryColumns = QStringLiteral(
    "id, uuid, title, status, section, created, updated, words, images, images_missing_caption");

const QString ListSql = QStringLiteral("SELECT ") + SummaryColumns
    + QStringLiteral(" FROM articles WHERE deleted_at IS NULL ORDER BY updated DESC, id DESC");
const QString TrashSql = QStringLiteral("SELECT ") + SummaryColumns
    + QStringLiteral(", deleted_at FROM articles WHERE deleted_at IS NOT NULL "
                     "ORDER BY deleted_at DESC, id DESC");
// The WHERE clause of a list filter over articles aliased "a"; its values are appended to
// params, bound as ?1, ?2, ... in order. searchJoined: the text is matched by a join instead.
QString filterClause(const ArticleFilter &filter, bool searchJoined, QStringList *params)
{
    QStringList where{QStringLiteral("a.deleted_at IS NULL")};
    const auto param = [params](const QString &value) {
        params->append(value);
        return QStringLiteral("?%1").arg(params->size());
    };
    if (!filter.statuses.isEmpty()) {
        QStringList names;
        for (const Article::Status status : filter.statuses)
            names.append(param(Article::statusName(status)));
        where.append(QStringLiteral("a.status IN (") + names.join(QStringLiteral(", ")) + QLatin1Char(')'));
    }
    if (!filter.section.isEmpty())
        where.append(QStringLiteral("a.section = ") + param(filter.section));
    if (!filter.tag.isEmpty()) {
        where.append(QStringLiteral("a.id IN (SELECT article_id FROM article_tags WHERE tag = ")
                     + param(filter.tag.trimmed()) + QLatin1Char(')'));
    }
    if (filter.updatedFrom.isValid())
        where.append(QStringLiteral("a.updated >= ") + param(Timestamp::format(filter.updatedFrom)));
    if (filter.updatedTo.isValid())
        where.append(QStringLiteral("a.updated < ") + param(Timestamp::format(filter.updatedTo)));
    if (filter.missingCaptionsOnly)
        where.append(QStringLiteral("a.images_missing_caption > 0"));
    if (!filter.text.trimmed().isEmpty()) {
        const QString match = SearchIndex::matchExpression(filter.text);
        if (match.isEmpty())
            where.append(QStringLiteral("0"));
        else if (searchJoined)
            where.append(QStringLiteral("article_search MATCH ") + param(match));
        else
            where.append(QStringLiteral("a.id IN (SELECT rowid FROM article_search WHERE "
                                        "article_search MATCH ")
                         + param(match) + QLatin1Char(')'));
    }
    return where.join(QStringLiteral(" AND "));
}

QStringList textColumn(Database &db, const QString &sql, QString *error)
{
    QStringList result;
    Statement *select = db.cached(sql, error);
    if (!select)
        return result;
    const auto reset = qScopeGuard([select] { select->reset(); });
    Statement::Step step;
    while ((step = select->step()) == Statement::Step::Row)
        result.append(select->columnText(0));
    if (step == Statement::Step::Error) {
        if (error)
            *error = select->errorMessage();
        result.clear();
    }
    return result;
}

} // namespace

bool ArticleListing::prepare(Database &db, QString *error)
{
    return db.cached(ListSql, error);
}

QList<ArticleSummary> ArticleListing::summaries(const QString &sql, QString *error)
{
    QList<ArticleSummary> result;
    Statement *select = m_db.cached(sql, error);
    if (!select)
        return result;
    const auto reset = qScopeGuard([select] { select->reset(); });
    Statement::Step step;
    while ((step = select->step()) == Statement::Step::Row) {
        ArticleSummary summary;
        summary.id = select->columnInt64(0);
        summary.uuid = select->columnText(1);
        summary.title = select->columnText(2);
        summary.status = StoreValues::parseStatus(select->columnText(3));
        summary.section = select->columnText(4);
        summary.created = Timestamp::parse(select->columnText(5));
        summary.updated = Timestamp::parse(select->columnText(6));
        summary.words = select->columnInt(7);
        summary.images = select->columnInt(8);
        summary.imagesMissingCaption = select->columnInt(9);
        if (select->columnCount() > 10)
            summary.deleted = Timestamp::parse(select->columnText(10));
        result.append(std::move(summary));
    }
    if (step == Statement::Step::Error) {
        if (error)
            *error = Store::tr("Cannot list the articles: %1").arg(select->errorMessage());
        result.clear();
    }
    return result;
}

QList<ArticleSummary> ArticleListing::list(QString *error)
{
    return summaries(ListSql, error);
}

QList<ArticleSummary> ArticleListing::list(qint64 offset, int limit, const ArticleFilter &filter,
                                          ArticleFilter::Sort sort, QString *error)
{
    QList<ArticleSummary> result;
    const bool byRelevance = sort == ArticleFilter::Sort::Relevance
        && !SearchIndex::matchExpression(filter.text).isEmpty();
    QStringList params;
    const QString where = filterClause(filter, byRelevance, &params);
    QString order;
    switch (sort) {
    case ArticleFilter::Sort::UpdatedOldest:
        order = QStringLiteral("a.updated, a.id");
        break;
    case ArticleFilter::Sort::CreatedNewest:
        order = QStringLiteral("a.created DESC, a.id DESC");
        break;
    case ArticleFilter::Sort::CreatedOldest:
        order = QStringLiteral("a.created, a.id");
        break;
    case ArticleFilter::Sort::Title:
        order = QStringLiteral("a.title, a.id");
        break;
    case ArticleFilter::Sort::Relevance:
        if (byRelevance) {
            order = QStringLiteral("article_search.rank, a.updated DESC, a.id DESC");
            break;
        }
        Q_FALLTHROUGH();
    case ArticleFilter::Sort::UpdatedNewest:
        order = QStringLiteral("a.updated DESC, a.id DESC");
        break;
    }
    QString columns = SummaryColumns;
    columns.replace(QStringLiteral(", "), QStringLiteral(", a.")).prepend(QStringLiteral("a."));
    const QString from = byRelevance
        ? QStringLiteral("article_search JOIN articles a ON a.id = article_search.rowid")
        : QStringLiteral("articles a");
    const QString sql = QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM ") + from
        + QStringLiteral(" WHERE ") + where + QStringLiteral(" ORDER BY ") + order
        + QStringLiteral(" LIMIT %1 OFFSET %2").arg(limit > 0 ? qint64(limit) : qint64(-1)).arg(qMax(qint64(0), offset));
    Statement select;
    QString why;
    if (!select.prepare(m_db, sql, &why)) {
        if (error)
            *error = Store::tr("Cannot list the articles: %1").arg(why);
        return result;
    }
    for (qsizetype i = 0; i < params.size(); ++i)
        select.bind(int(i + 1), params.at(i));
    Statement::Step step;
    while ((step = select.step()) == Statement::Step::Row) {
        ArticleSummary summary;
        summary.id = select.columnInt64(0);
        summary.uuid = select.columnText(1);
        summary.title = select.columnText(2);
        summary.status = StoreValues::parseStatus(select.columnText(3));
        summary.section = select.columnText(4);
        summary.created = Timestamp::parse(select.columnText(5));
        summary.updated = Timestamp::parse(select.columnText(6));
        summary.words = select.columnInt(7);
        summary.images = select.columnInt(8);
        summary.imagesMissingCaption = select.columnInt(9);
        result.append(std::move(summary));
    }
    if (step == Statement::Step::Error) {
        if (error)
            *error = Store::tr("Cannot list the articles: %1").arg(select.errorMessage());
        result.clear();
    }
    return result;
}

qint64 ArticleListing::count(const ArticleFilter &filter, QString *error)
{
    QStringList params;
    const QString sql = QStringLiteral("SELECT count(*) FROM articles a WHERE ")
        + filterClause(filter, false, &params);
    Statement select;
    QString why;
    if (!select.prepare(m_db, sql, &why)) {
        if (error)
            *error = Store::tr("Cannot count the articles: %1").arg(why);
        return -1;
    }
    for (qsizetype i = 0; i < params.size(); ++i)
        select.bind(int(i + 1), params.at(i));
    if (select.step() != Statement::Step::Row) {
        if (error)
            *error = Store::tr("Cannot count the articles: %1").arg(select.errorMessage());
        return -1;
    }
    return select.columnInt64(0);
}

QStringList ArticleListing::sections(QString *error)
{
    QString why;
    const QStringList result = textColumn(
        m_db,
        QStringLiteral("SELECT DISTINCT section FROM articles WHERE deleted_at IS NULL AND "
                       "section <> '' ORDER BY section"),
        &why);
    if (!why.isEmpty() && error)
        *error = Store::tr("Cannot list the sections: %1").arg(why);
    return result;
}

QStringList ArticleListing::tags(QString *error)
{
    QString why;
    const QStringList result =
        textColumn(m_db, QStringLiteral("SELECT DISTINCT tag FROM article_tags ORDER BY tag"), &why);
    if (!why.isEmpty() && error)
        *error = Store::tr("Cannot list the tags: %1").arg(why);
    return result;
}

bool ArticleListing::search(const QString &query, int offset, int limit, QList<SearchHit> *hits,
                   qint64 *total, QString *error)
{
    QString why;
    if (!SearchIndex::search(m_db, query, offset, limit, hits, total, &why)) {
        if (error)
            *error = Store::tr("Cannot search for “%1”: %2").arg(query, why);
        return false;
    }
    return true;
}

QList<ArticleSummary> ArticleListing::trashed(QString *error)
{
    return summaries(TrashSql, error);
}

} // namespace copydesk
