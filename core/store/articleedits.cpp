#include "store/articleedits.h"

#include "model/articlejson.h"
#include "search/searchindex.h"
#include "sqlite/database.h"
#include "sqlite/statement.h"
#include "store/articlerows.h"
#include "store/store.h"

#include <QScopeGuard>

namespace copydesk {

namespace {

QString unreadable(qint64 articleId, const QString &why)
{
    return Store::tr("The edits of article %1 in the store cannot be read: %2").arg(articleId).arg(why);
}

} // namespace

bool ArticleEdits::count(qint64 articleId, int *count, QString *error)
{
    Statement *select =
        m_db.cached(QStringLiteral("SELECT count(*) FROM article_edits WHERE article_id = ?1"), error);
    if (!select)
        return false;
    select->bind(1, articleId);
    const Statement::Step step = select->step();
    *count = step == Statement::Step::Row ? int(select->columnInt64(0)) : 0;
    if (step != Statement::Step::Row && error)
        *error = select->errorMessage();
    select->reset();
    return step == Statement::Step::Row;
}

bool ArticleEdits::append(qint64 articleId, int first, int removed, const QList<Block> &blocks, QString *error)
{
    Statement *insert = m_db.cached(
        QStringLiteral("INSERT INTO article_edits (article_id, first, removed, blocks) VALUES (?1, ?2, ?3, ?4)"),
        error);
    if (!insert)
        return false;
    Article part;
    part.blocks = blocks;
    insert->bind(1, articleId);
    insert->bind(2, qint64(first));
    insert->bind(3, qint64(removed));
    // An article of these blocks alone ({"blocks":[…]}): ArticleJson reads it back.
    insert->bindUtf8(4, ArticleJson::compactBlocks(part) + '}');
    return insert->exec(error);
}

bool ArticleEdits::apply(qint64 articleId, Article *article, QString *error, int *applied)
{
    if (applied)
        *applied = 0;
    Statement *select = m_db.cached(
        QStringLiteral("SELECT first, removed, blocks FROM article_edits WHERE article_id = ?1 ORDER BY id"), error);
    if (!select)
        return false;
    const auto reset = qScopeGuard([select] { select->reset(); });
    select->bind(1, articleId);
    Statement::Step step;
    while ((step = select->step()) == Statement::Step::Row) {
        const qint64 first = select->columnInt64(0);
        const qint64 removed = select->columnInt64(1);
        Article part;
        QString why;
        if (!ArticleJson::fromJson(select->columnBlob(2), &part, &why)) {
            if (error)
                *error = unreadable(articleId, why);
            return false;
        }
        if (first < 0 || removed < 0 || first + removed > article->blocks.size()) {
            if (error)
                *error = unreadable(articleId, Store::tr("an edit replaces blocks the article does not have"));
            return false;
        }
        article->blocks.remove(first, removed);
        for (qsizetype i = 0; i < part.blocks.size(); ++i)
            article->blocks.insert(first + i, part.blocks.at(i));
        if (applied)
            ++*applied;
    }
    if (step == Statement::Step::Error) {
        if (error)
            *error = select->errorMessage();
        return false;
    }
    return true;
}

bool ArticleEdits::fold(qint64 articleId, QString *error)
{
    int edits = 0;
    if (!count(articleId, &edits, error))
        return false;
    if (edits == 0)
        return true;
    Article article;
    if (!ArticleRows(m_db).load(articleId, &article, error) || !SearchIndex::keepIndexedText(m_db, articleId, error))
        return false;
    Statement *json = m_db.cached(QStringLiteral("UPDATE article_json SET json = ?2 WHERE article_id = ?1"), error);
    Statement *words = m_db.cached(QStringLiteral("UPDATE articles SET words = ?2 WHERE id = ?1"), error);
    if (!json || !words)
        return false;
    json->bind(1, articleId);
    json->bindUtf8(2, ArticleJson::compactBlocks(article) + ArticleJson::compactFields(article));
    words->bind(1, articleId);
    words->bind(2, article.wordCount());
    return json->exec(error) && words->exec(error);
}

bool ArticleEdits::foldAll(QString *error)
{
    QList<qint64> ids;
    {
        Statement *select = m_db.cached(QStringLiteral("SELECT DISTINCT article_id FROM article_edits"), error);
        if (!select)
            return false;
        const auto reset = qScopeGuard([select] { select->reset(); });
        Statement::Step step;
        while ((step = select->step()) == Statement::Step::Row)
            ids.append(select->columnInt64(0));
        if (step == Statement::Step::Error) {
            if (error)
                *error = select->errorMessage();
            return false;
        }
    }
    for (const qint64 id : std::as_const(ids)) {
        if (!fold(id, error))
            return false;
    }
    return true;
}

} // namespace copydesk
