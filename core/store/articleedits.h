#pragma once

#include "model/article.h"

#include <QList>
#include <QString>

namespace copydesk {

class Database;

// The keystroke saves' journal: each row the run of blocks one save replaced, applied in order on
// top of article_json until folded into it. A save that changed only a few blocks writes them
// and not the whole article (docs/benchmarks.md: a 20k-character article's save rewrote 60 KB).
// Invariant: an article with edits is marked in search_pending (SearchIndex::markEdited), whose
// catch-up folds them; a write of article_json drops them (trigger article_edits_folded).
class ArticleEdits
{
public:
    // Edits an article gathers before a save folds them instead of adding one more.
    static constexpr int FoldAfter = 100;

    explicit ArticleEdits(Database &db) : m_db(db) {}

    bool count(qint64 articleId, int *count, QString *error);
    // Blocks [first, first + removed) of the article as it stands become blocks.
    bool append(qint64 articleId, int first, int removed, const QList<Block> &blocks, QString *error);
    // Applies the article's edits, oldest first, to *article as read from article_json (its
    // `updated` is the column's, which every edit writes).
    bool apply(qint64 articleId, Article *article, QString *error, int *applied = nullptr);
    // Writes the article with its edits applied into article_json (no new version: the content
    // is the same); a no-op without edits.
    bool fold(qint64 articleId, QString *error);
    // Folds every article that has edits.
    bool foldAll(QString *error);

private:
    Database &m_db;
};

} // namespace copydesk
