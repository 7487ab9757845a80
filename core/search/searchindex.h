#pragma once

#include "model/searchhit.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace copydesk {

class Database;
struct Article;

// The articles' full-text index, the contentless FTS5 table article_search (BigramTokenizer,
// rowid = article id, trashed articles left out): what is indexed, how user input becomes an
// FTS5 query, and snippets. A write only marks its article in search_pending inside its own
// transaction, with the text the index holds for it; catchUp() tokenizes the marked articles
// afterwards in a transaction of its own, and search() finds a marked article by its stored
// text, so hits are exact either way. Contentless because a copy of every text inside the index
// made it weigh 1.7× the articles table (docs/benchmarks.md); changing columnTexts() therefore
// needs a schema step that rebuilds the index, since a row is forgotten by its indexed text.
class SearchIndex
{
    Q_DECLARE_TR_FUNCTIONS(SearchIndex)

public:
    // The columns of article_search, in order.
    enum Column { Body, Title, Subtitle, Captions, Byline, Source, ColumnCount };

    // The text of each column: body blocks (text, headings, quotes, list items) one per line,
    // photo captions and credits one per line.
    static QStringList columnTexts(const Article &article);

    // The FTS5 MATCH expression for what a user typed: every term must occur (see
    // BigramTokenizer). Empty when the input holds no letter, digit or CJK character.
    static QString matchExpression(const QString &query);
    // Where term (one of BigramTokenizer::terms()) occurs in text as the index finds it: a CJK
    // term anywhere, a word term at the start of a word, case-insensitively. (start, length) in
    // UTF-16 code units.
    static QList<QPair<int, int>> occurrences(const QString &text, const QString &term);
    // An excerpt of about 100 characters around the matches of terms in the best column.
    static void makeSnippet(const QStringList &columns, const QStringList &terms, SearchHit *hit);

    // Marks the article for catchUp(). Call it inside the caller's transaction before the write
    // (insert, save, trash, restore, purge) that changes what the index should hold.
    static bool markPending(Database &db, qint64 id, QString *error);
    // Marks the article for catchUp() before a save that adds to its edits (ArticleEdits) and
    // leaves its JSON, which keeps the indexed text, as it was.
    static bool markEdited(Database &db, qint64 id, QString *error);
    // Before the article's JSON is written: a mark that left the indexed text in it gets a copy.
    static bool keepIndexedText(Database &db, qint64 id, QString *error);
    static bool hasPending(Database &db);
    // Indexes every marked article (a trashed, purged or unreadable one leaves the index) and
    // clears the marks, in one write transaction of its own: never call it inside a transaction.
    static bool catchUp(Database &db, QString *error);
    // catchUp() inside the caller's transaction (the schema step that fills a new index).
    static bool indexPending(Database &db, QString *error);
    // Re-indexes every article not in the trash from its stored JSON and clears the marks.
    static bool rebuild(Database &db, QString *error);

    // Hits are ranked by BM25 among the newest RankWindow of them (divided by the number of
    // tokens of a longer query, down to a fifth), so among all of them unless the query is a
    // common word: a search at 100k articles stays within milliseconds. total (may be null)
    // counts the hits up to CountCap ("CountCap or more").
    static constexpr int RankWindow = 500;
    static constexpr qint64 CountCap = 10000;

    // Best first (past the ranking window: newest first). An input without terms finds nothing.
    // Articles still marked (a connection that cannot write, or a catch-up another connection
    // has not finished) are matched on their stored text and come first.
    static bool search(Database &db, const QString &query, int offset, int limit,
                       QList<SearchHit> *hits, qint64 *total, QString *error);
};

} // namespace copydesk
