#pragma once

#include "model/article.h"
#include "store/store.h"

#include <QString>

namespace copydesk {

class Database;

// The rows of articles: insert, the versioned save (merge or keep both), load, and the tags,
// media links and search entry kept in step with each row; what changed since a sequence.
// Works inside the caller's transaction.
class ArticleRows
{
public:
    explicit ArticleRows(Database &db) : m_db(db) {}

    // Prepares the hot statements: proves the schema is there.
    static bool prepare(Database &db, QString *error);

    bool nextArticleId(qint64 *id, QString *error);
    bool insert(Article *article, qint64 id, const QString &reason, QString *error);
    bool save(Article *article, const Article *base, Store::SaveOutcome *outcome, QString *error);
    bool load(qint64 id, Article *article, QString *error);
    qint64 dataVersion();
    qint64 latestChangeSequence();
    bool changesSince(qint64 sequence, QList<Store::Change> *changes, qint64 *latest, QString *error);

private:
    bool saveEdit(Article *article, const Article *base, Store::SaveOutcome *outcome, bool *saved, QString *error);
    bool write(const Article &article, const QByteArray &json, QString *error);
    bool syncTags(qint64 articleId, const Article &article, QString *error);
    bool syncMediaLinks(qint64 articleId, const Article &article, QString *error);

    Database &m_db;
};

} // namespace copydesk
