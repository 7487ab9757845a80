#include "search/searchindex.h"
#include "text/script.h"

#include "model/article.h"
#include "model/articlejson.h"
#include "search/bigramtokenizer.h"
#include "sqlite/database.h"
#include "sqlite/statement.h"
#include "sqlite/transaction.h"
#include "store/articleedits.h"

#include <QScopeGuard>
#include <QSet>

#include <algorithm>

namespace copydesk {

namespace {

constexpr int SnippetLength = 100;
constexpr int SnippetLeadIn = 20;

const QString InsertSql = QStringLiteral(
    "INSERT INTO article_search (rowid, body, title, subtitle, captions, byline, source) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
// A contentless FTS5 table forgets a row by being given the very text it indexed.
const QString ForgetSql = QStringLiteral(
    "INSERT INTO article_search (article_search, rowid, body, title, subtitle, captions, byline, "
    "source) VALUES ('delete', ?1, ?2, ?3, ?4, ?5, ?6, ?7)");

bool writeRow(Database &db, const QString &sql, qint64 id, const QStringList &columns, QString *error)
{
    Statement *statement = db.cached(sql, error);
    if (!statement)
        return false;
    statement->bind(1, id);
    for (int column = 0; column < SearchIndex::ColumnCount; ++column)
        statement->bind(column + 2, columns.at(column));
    return statement->exec(error);
}

// The column texts of stored JSON; false when it cannot be read (such an article is never
// indexed).
bool columnsOf(const QByteArray &json, QStringList *columns)
{
    Article article;
    if (!ArticleJson::fromJson(json, &article, nullptr))
        return false;
    *columns = SearchIndex::columnTexts(article);
    return true;
}

// The column texts of the article as it stands: its stored JSON with its edits applied.
bool currentColumnsOf(Database &db, qint64 id, const QByteArray &json, QStringList *columns)
{
    Article article;
    if (!ArticleJson::fromJson(json, &article, nullptr) || !ArticleEdits(db).apply(id, &article, nullptr))
        return false;
    *columns = SearchIndex::columnTexts(article);
    return true;
}

// The text with each code point case-folded as the index folds words; same length in UTF-16.
QString folded(const QString &text)
{
    QString result = text;
    QChar *out = result.data();
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < size && text.at(i + 1).isLowSurrogate()) {
            const char32_t lower =
                BigramTokenizer::foldCase(QChar::surrogateToUcs4(c, text.at(i + 1)));
            if (QChar::requiresSurrogates(lower)) {
                out[i] = QChar(QChar::highSurrogate(lower));
                out[i + 1] = QChar(QChar::lowSurrogate(lower));
            }
            ++i;
        } else if (!c.isSurrogate()) {
            const char32_t lower = BigramTokenizer::foldCase(c.unicode());
            if (!QChar::requiresSurrogates(lower))
                out[i] = QChar(char16_t(lower));
        }
    }
    return result;
}

char32_t codePointBefore(const QString &text, qsizetype at)
{
    if (at <= 0)
        return 0;
    const QChar c = text.at(at - 1);
    if (c.isLowSurrogate() && at >= 2 && text.at(at - 2).isHighSurrogate())
        return QChar::surrogateToUcs4(text.at(at - 2), c);
    return c.unicode();
}

QList<QPair<int, int>> occurrencesInFolded(const QString &foldedText, const QString &term)
{
    QList<QPair<int, int>> result;
    if (term.isEmpty())
        return result;
    const bool word = !BigramTokenizer::isCjkTerm(term);
    qsizetype from = 0;
    while ((from = foldedText.indexOf(term, from)) >= 0) {
        if (!word
            || Script::classify(codePointBefore(foldedText, from))
                != Script::CharClass::Word)
            result.append({int(from), int(term.size())});
        from += 1;
    }
    return result;
}

// BM25 costs a phrase's position lists on every row it scores, so the window shrinks with the
// number of tokens the query holds (a CJK term of n characters is n - 1 bigrams).
int rankWindow(const QStringList &terms)
{
    int tokens = 0;
    for (const QString &term : terms)
        tokens += BigramTokenizer::isCjkTerm(term) ? qMax(1, int(term.toUcs4().size()) - 1) : 1;
    return qMax(SearchIndex::RankWindow / 5, SearchIndex::RankWindow / qMax(1, tokens));
}

// Every term occurs in some column, as the AND of matchExpression() finds it in the index.
bool matchesAll(const QStringList &columns, const QStringList &terms)
{
    QStringList foldedColumns;
    for (const QString &column : columns)
        foldedColumns.append(folded(column));
    return std::all_of(terms.begin(), terms.end(), [&](const QString &term) {
        return std::any_of(foldedColumns.begin(), foldedColumns.end(), [&](const QString &column) {
            return !occurrencesInFolded(column, term).isEmpty();
        });
    });
}

// The marked articles: all their ids (their index rows may be stale), and the hits among those
// not in the trash, matched on their stored text.
bool pendingMatches(Database &db, const QStringList &terms, QSet<qint64> *ids,
                    QList<SearchHit> *hits, QString *error)
{
    Statement *select = db.cached(
        QStringLiteral("SELECT p.article_id, j.json FROM search_pending p LEFT JOIN articles a "
                       "ON a.id = p.article_id AND a.deleted_at IS NULL "
                       "LEFT JOIN article_json j ON j.article_id = a.id"),
        error);
    if (!select)
        return false;
    const auto reset = qScopeGuard([select] { select->reset(); });
    Statement::Step step;
    while ((step = select->step()) == Statement::Step::Row) {
        const qint64 id = select->columnInt64(0);
        ids->insert(id);
        QStringList columns;
        // A trashed or purged article is no hit; unreadable text is never indexed either.
        if (select->columnIsNull(1) || !currentColumnsOf(db, id, select->columnBlob(1), &columns)
            || !matchesAll(columns, terms))
            continue;
        SearchHit hit;
        hit.id = id;
        hit.title = columns.at(SearchIndex::Title);
        SearchIndex::makeSnippet(columns, terms, &hit);
        hits->append(hit);
    }
    if (step == Statement::Step::Error && error)
        *error = select->errorMessage();
    return step != Statement::Step::Error;
}

} // namespace

QStringList SearchIndex::columnTexts(const Article &article)
{
    QStringList body;
    QStringList captions;
    for (const Block &block : article.blocks) {
        if (block.type == Block::Type::Image) {
            if (!block.caption.isEmpty())
                captions.append(block.caption);
            if (!block.credit.isEmpty())
                captions.append(block.credit);
        } else {
            body.append(block.plainText());
        }
    }
    QStringList columns(ColumnCount);
    columns[Title] = article.title;
    columns[Subtitle] = article.subtitle;
    columns[Body] = body.join(QLatin1Char('\n'));
    columns[Captions] = captions.join(QLatin1Char('\n'));
    columns[Byline] = article.byline;
    columns[Source] = article.source;
    return columns;
}

QString SearchIndex::matchExpression(const QString &query)
{
    QStringList parts;
    for (const QString &term : BigramTokenizer::terms(query)) {
        QString quoted = QLatin1Char('"') + QString(term).replace(QLatin1Char('"'), QStringLiteral("\"\""))
            + QLatin1Char('"');
        // A lone CJK character and a word match as prefixes; longer CJK terms as bigram phrases.
        if (!BigramTokenizer::isCjkTerm(term) || term.toUcs4().size() == 1)
            quoted += QLatin1Char('*');
        parts.append(quoted);
    }
    return parts.join(QStringLiteral(" AND "));
}

QList<QPair<int, int>> SearchIndex::occurrences(const QString &text, const QString &term)
{
    return occurrencesInFolded(folded(text), term);
}

void SearchIndex::makeSnippet(const QStringList &columns, const QStringList &terms, SearchHit *hit)
{
    static const Column preference[] = {Body, Captions, Subtitle, Title, Byline, Source};
    int bestColumn = Body;
    int bestTerms = 0;
    QList<QPair<int, int>> bestMatches;
    for (const Column column : preference) {
        const QString text = columns.value(column);
        if (text.isEmpty())
            continue;
        const QString foldedText = folded(text);
        QList<QPair<int, int>> matches;
        int matchedTerms = 0;
        for (const QString &term : terms) {
            const QList<QPair<int, int>> found = occurrencesInFolded(foldedText, term);
            matchedTerms += found.isEmpty() ? 0 : 1;
            matches += found;
        }
        if (matchedTerms > bestTerms) {
            bestTerms = matchedTerms;
            bestColumn = column;
            bestMatches = matches;
        }
    }
    const QString text = columns.value(bestColumn);
    std::sort(bestMatches.begin(), bestMatches.end());

    qsizetype start = bestMatches.isEmpty() ? 0 : qMax(0, bestMatches.first().first - SnippetLeadIn);
    qsizetype end = qMin(text.size(), start + SnippetLength);
    start = qMax(qsizetype(0), qMin(start, end - SnippetLength));
    if (start > 0 && text.at(start).isLowSurrogate())
        ++start;
    if (end < text.size() && text.at(end).isLowSurrogate())
        ++end;
    const QString prefix = start > 0 ? QStringLiteral("…") : QString();
    hit->snippet = prefix + text.mid(start, end - start).replace(QLatin1Char('\n'), QLatin1Char(' '))
        + (end < text.size() ? QStringLiteral("…") : QString());
    hit->highlights.clear();
    for (const auto &match : std::as_const(bestMatches)) {
        const qsizetype from = qMax(qsizetype(match.first), start);
        const qsizetype to = qMin(qsizetype(match.first + match.second), end);
        if (from >= to)
            continue;
        const int shownFrom = int(from - start + prefix.size());
        const int shownTo = int(to - start + prefix.size());
        if (!hit->highlights.isEmpty()
            && hit->highlights.last().first + hit->highlights.last().second >= shownFrom) {
            auto &last = hit->highlights.last();
            last.second = qMax(last.first + last.second, shownTo) - last.first;
        } else {
            hit->highlights.append({shownFrom, shownTo - shownFrom});
        }
    }
}

bool SearchIndex::markPending(Database &db, qint64 id, QString *error)
{
    // Unless already marked, the row as it stands is what the index holds for it.
    Statement *mark = db.cached(
        QStringLiteral("INSERT INTO search_pending (article_id, indexed_json) SELECT ?1, "
                       "(SELECT j.json FROM articles a JOIN article_json j ON j.article_id = a.id "
                       "WHERE a.id = ?1 AND a.deleted_at IS NULL) "
                       "WHERE NOT EXISTS (SELECT 1 FROM search_pending WHERE article_id = ?1)"),
        error);
    if (!mark)
        return false;
    mark->bind(1, id);
    return mark->exec(error) && keepIndexedText(db, id, error);
}

bool SearchIndex::markEdited(Database &db, qint64 id, QString *error)
{
    Statement *mark = db.cached(
        QStringLiteral("INSERT INTO search_pending (article_id, indexed_json) SELECT ?1, "
                       "(SELECT CASE WHEN deleted_at IS NULL THEN '' END FROM articles WHERE id = ?1) "
                       "WHERE NOT EXISTS (SELECT 1 FROM search_pending WHERE article_id = ?1)"),
        error);
    if (!mark)
        return false;
    mark->bind(1, id);
    return mark->exec(error);
}

bool SearchIndex::keepIndexedText(Database &db, qint64 id, QString *error)
{
    Statement *keep = db.cached(
        QStringLiteral("UPDATE search_pending SET indexed_json = (SELECT json FROM article_json WHERE article_id = ?1) "
                       "WHERE article_id = ?1 AND indexed_json = ''"),
        error);
    if (!keep)
        return false;
    keep->bind(1, id);
    return keep->exec(error);
}

bool SearchIndex::hasPending(Database &db)
{
    qint64 pending = 0;
    return db.queryInt64(QStringLiteral("SELECT EXISTS (SELECT 1 FROM search_pending)"), &pending,
                         nullptr)
        && pending != 0;
}

bool SearchIndex::catchUp(Database &db, QString *error)
{
    if (!hasPending(db))
        return true;
    Transaction transaction(db);
    return transaction.begin(error) && indexPending(db, error) && transaction.commit(error);
}

bool SearchIndex::indexPending(Database &db, QString *error)
{
    Statement select;
    if (!select.prepare(db,
                        QStringLiteral("SELECT p.article_id, "
                                       "CASE WHEN p.indexed_json = '' THEN s.json ELSE p.indexed_json END, "
                                       "j.json FROM search_pending p "
                                       "LEFT JOIN articles a ON a.id = p.article_id AND a.deleted_at IS NULL "
                                       "LEFT JOIN article_json j ON j.article_id = a.id "
                                       "LEFT JOIN article_json s ON s.article_id = p.article_id"),
                        error))
        return false;
    Statement::Step step;
    while ((step = select.step()) == Statement::Step::Row) {
        const qint64 id = select.columnInt64(0);
        QStringList indexed;
        QStringList current;
        const bool wasIndexed = !select.columnIsNull(1) && columnsOf(select.columnBlob(1), &indexed);
        const bool isIndexed = !select.columnIsNull(2) && currentColumnsOf(db, id, select.columnBlob(2), &current);
        // Status, tags and formatting leave the text as it was: nothing to tokenize.
        if (wasIndexed && isIndexed && indexed == current)
            continue;
        if ((wasIndexed && !writeRow(db, ForgetSql, id, indexed, error))
            || (isIndexed && !writeRow(db, InsertSql, id, current, error)))
            return false;
    }
    if (step == Statement::Step::Error) {
        if (error)
            *error = select.errorMessage();
        return false;
    }
    // The index now holds the articles with their edits: their JSON is written to match.
    return db.exec(QStringLiteral("DELETE FROM search_pending"), error) && ArticleEdits(db).foldAll(error);
}

bool SearchIndex::rebuild(Database &db, QString *error)
{
    if (!db.exec(QStringLiteral("INSERT INTO article_search (article_search) VALUES ('delete-all'); "
                                "DELETE FROM search_pending"),
                 error)
        || !ArticleEdits(db).foldAll(error))
        return false;
    Statement select;
    if (!select.prepare(db,
                        QStringLiteral("SELECT a.id, j.json FROM articles a JOIN article_json j "
                                       "ON j.article_id = a.id WHERE a.deleted_at IS NULL"),
                        error))
        return false;
    Statement::Step step;
    while ((step = select.step()) == Statement::Step::Row) {
        const qint64 id = select.columnInt64(0);
        Article article;
        QString why;
        if (!ArticleJson::fromJson(select.columnBlob(1), &article, &why)) {
            if (error)
                *error = tr("article %1 cannot be read: %2").arg(id).arg(why);
            return false;
        }
        if (!writeRow(db, InsertSql, id, columnTexts(article), error))
            return false;
    }
    if (step == Statement::Step::Error) {
        if (error)
            *error = select.errorMessage();
        return false;
    }
    return true;
}

bool SearchIndex::search(Database &db, const QString &query, int offset, int limit,
                         QList<SearchHit> *hits, qint64 *total, QString *error)
{
    hits->clear();
    if (total)
        *total = 0;
    const QString match = matchExpression(query);
    if (match.isEmpty() || limit <= 0)
        return true;
    const QStringList terms = BigramTokenizer::terms(query);
    QSet<qint64> pendingIds;
    QList<SearchHit> pendingHits;
    if (!pendingMatches(db, terms, &pendingIds, &pendingHits, error))
        return false;
    if (total) {
        Statement *count = db.cached(
            QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM article_search WHERE article_search "
                           "MATCH ?1 LIMIT ?2)"),
            error);
        if (!count)
            return false;
        const auto reset = qScopeGuard([count] { count->reset(); });
        count->bind(1, match);
        count->bind(2, CountCap);
        if (count->step() != Statement::Step::Row) {
            if (error)
                *error = count->errorMessage();
            return false;
        }
        *total = count->columnInt64(0);
        if (!pendingIds.isEmpty()) {
            // The marked articles' rows may hold their old text: they count by the stored text.
            qint64 stale = 0;
            Statement staleCount;
            if (!staleCount.prepare(db,
                                    QStringLiteral("SELECT count(*) FROM article_search WHERE "
                                                   "article_search MATCH ?1 AND rowid IN "
                                                   "(SELECT article_id FROM search_pending)"),
                                    error))
                return false;
            staleCount.bind(1, match);
            if (staleCount.step() != Statement::Step::Row) {
                if (error)
                    *error = staleCount.errorMessage();
                return false;
            }
            stale = staleCount.columnInt64(0);
            *total = qMin(CountCap, *total - stale + pendingHits.size());
        }
    }

    // BM25 of the newest hits in the window, best first; hits past the window follow, newest
    // first, for callers that page that far.
    Statement *ranked = db.cached(
        QStringLiteral("SELECT rowid, rank FROM article_search WHERE article_search MATCH ?1 "
                       "ORDER BY rowid DESC LIMIT ?2 OFFSET ?3"),
        error);
    if (!ranked)
        return false;
    const int window = rankWindow(terms);
    const qsizetype wanted = qsizetype(qMax(0, offset)) + limit;
    const qsizetype wantedIndexed =
        qMax(qsizetype(0), wanted - pendingHits.size()) + pendingIds.size();
    QList<QPair<double, qint64>> candidates;
    const auto fetch = [&](qint64 count, qint64 skip) {
        const auto reset = qScopeGuard([ranked] { ranked->reset(); });
        ranked->bind(1, match);
        ranked->bind(2, count);
        ranked->bind(3, skip);
        Statement::Step step;
        while ((step = ranked->step()) == Statement::Step::Row)
            candidates.append({ranked->columnDouble(1), ranked->columnInt64(0)});
        if (step == Statement::Step::Error && error)
            *error = ranked->errorMessage();
        return step != Statement::Step::Error;
    };
    if (!fetch(window, 0))
        return false;
    // FTS5's bm25 is negative, lower is better; ties go to the newer article.
    std::sort(candidates.begin(), candidates.end(), [](const auto &a, const auto &b) {
        return a.first != b.first ? a.first < b.first : a.second > b.second;
    });
    if (candidates.size() == window && wantedIndexed > window
        && !fetch(wantedIndexed - window, window))
        return false;
    candidates.erase(std::remove_if(candidates.begin(), candidates.end(),
                                    [&](const auto &c) { return pendingIds.contains(c.second); }),
                     candidates.end());
    // The marked hits (the articles being edited) come first, ranked as the best indexed hit.
    const double bestRank = candidates.isEmpty() ? 0 : -candidates.first().first;
    for (SearchHit &hit : pendingHits)
        hit.rank = bestRank;

    // The index keeps no text (contentless): snippets come from the stored article.
    Statement *content = db.cached(QStringLiteral("SELECT json FROM article_json WHERE article_id = ?1"), error);
    if (!content)
        return false;
    const qsizetype available = pendingHits.size() + candidates.size();
    for (qsizetype i = qMax(0, offset); i < qMin(wanted, available); ++i) {
        if (i < pendingHits.size()) {
            hits->append(pendingHits.at(i));
            continue;
        }
        const auto &candidate = candidates.at(i - pendingHits.size());
        SearchHit hit;
        hit.id = candidate.second;
        hit.rank = -candidate.first;
        content->bind(1, hit.id);
        const Statement::Step step = content->step();
        QStringList columns;
        if (step == Statement::Step::Row && !columnsOf(content->columnBlob(0), &columns))
            columns = QStringList(ColumnCount);
        else if (step != Statement::Step::Row && error)
            *error = step == Statement::Step::Done ? tr("article %1 is gone").arg(hit.id)
                                                   : content->errorMessage();
        content->reset();
        if (step != Statement::Step::Row) {
            hits->clear();
            return false;
        }
        hit.title = columns.at(Title);
        makeSnippet(columns, terms, &hit);
        hits->append(hit);
    }
    return true;
}

} // namespace copydesk
