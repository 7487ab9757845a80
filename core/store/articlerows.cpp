#include "store/articlerows.h"

#include "model/articlejson.h"
#include "model/articlemerge.h"
#include "model/linkpolicy.h"
#include "model/timestamp.h"
#include "search/searchindex.h"
#include "sqlite/database.h"
#include "sqlite/statement.h"
#include "store/articleedits.h"
#include "store/revisionlog.h"
#include "store/storevalues.h"

#include <QScopeGuard>
#include <QSet>
#include <QUuid>

namespace copydesk {

namespace {

const QString InsertSql = QStringLiteral(
    "INSERT INTO articles (uuid, title, status, section, created, updated, words, images, "
    "images_missing_caption, id, version, change_seq) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, "
    "?8, ?9, ?10, 1, " COPYDESK_NEXT_CHANGE_SEQ ")");
const QString UpdateSql = QStringLiteral(
    "UPDATE articles SET uuid = ?1, title = ?2, status = ?3, section = ?4, created = ?5, "
    "updated = ?6, words = ?7, images = ?8, images_missing_caption = ?9, "
    "version = version + 1, change_seq = " COPYDESK_NEXT_CHANGE_SEQ " WHERE id = ?10");
// The JSON is written before the row (the row's status trigger keeps it in a revision).
const QString InsertJsonSql = QStringLiteral("INSERT INTO article_json (article_id, json) VALUES (?1, ?2)");
const QString UpdateJsonSql = QStringLiteral("UPDATE article_json SET json = ?2 WHERE article_id = ?1");
// The stored article: its JSON (without its edits), version and time.
const QString LoadSql = QStringLiteral(
    "SELECT j.json, a.version, a.updated FROM articles a JOIN article_json j ON j.article_id = a.id "
    "WHERE a.id = ?1");
// The row without its JSON: what a keystroke's save reads.
const QString StoredSummarySql =
    QStringLiteral("SELECT version, updated, words FROM articles WHERE id = ?1");
const QString EditedSql = QStringLiteral(
    "UPDATE articles SET updated = ?2, words = ?3, images = ?4, images_missing_caption = ?5, "
    "version = version + 1, change_seq = " COPYDESK_NEXT_CHANGE_SEQ " WHERE id = ?1");

// The article's own fields, blocks aside, are the same in both (its time and version aside).
bool sameFields(const Article &a, const Article &b)
{
    Article x = a;
    Article y = b;
    x.blocks.clear();
    y.blocks.clear();
    x.updated = y.updated = QDateTime();
    x.version = y.version = 0;
    return x == y;
}

int wordsOf(const QList<Block> &blocks, qsizetype from, qsizetype to)
{
    Article part;
    part.blocks = blocks.mid(from, to - from);
    return part.wordCount();
}

QSet<QString> mediaOf(const Article &article)
{
    QSet<QString> media;
    for (const Block &block : article.blocks) {
        if (block.type == Block::Type::Image && !block.media.isEmpty())
            media.insert(StoreValues::normalizedSha(block.media));
    }
    return media;
}

// Fills what insert/save need and the caller left empty.
// The store's door: nothing it keeps holds a link the policy refuses.
void completeForStorage(Article *article, const QDateTime &now)
{
    LinkPolicy::apply(article);
    if (article->uuid.isEmpty())
        article->uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!article->created.isValid())
        article->created = now;
    if (!article->updated.isValid())
        article->updated = now;
}

// Binds ?1..?9 of InsertSql/UpdateSql.
void bindArticle(Statement *statement, const Article &article)
{
    statement->bind(1, article.uuid);
    statement->bind(2, article.title);
    statement->bind(3, Article::statusName(article.status));
    statement->bind(4, article.section);
    statement->bind(5, Timestamp::format(article.created));
    statement->bind(6, Timestamp::format(article.updated));
    statement->bind(7, article.wordCount());
    statement->bind(8, article.imageCount());
    statement->bind(9, article.imagesMissingCaption());
}

bool writeJson(Database &db, const QString &sql, qint64 id, const QByteArray &json, QString *error)
{
    Statement *statement = db.cached(sql, error);
    if (!statement)
        return false;
    statement->bind(1, id);
    statement->bindUtf8(2, json);
    return statement->exec(error);
}

} // namespace

bool ArticleRows::prepare(Database &db, QString *error)
{
    return db.cached(UpdateSql, error) && db.cached(InsertSql, error) && db.cached(LoadSql, error)
        && db.cached(StoredSummarySql, error) && db.cached(EditedSql, error) && db.cached(UpdateJsonSql, error)
        && db.cached(InsertJsonSql, error);
}

// The id is chosen before the row is written, so the stored JSON carries it too; callers hold
// the write lock, which makes max(id) + 1 safe.
bool ArticleRows::nextArticleId(qint64 *id, QString *error)
{
    return m_db.queryInt64(QStringLiteral("SELECT coalesce(max(id), 0) + 1 FROM articles"), id,
                            error);
}

bool ArticleRows::insert(Article *article, qint64 id, const QString &reason, QString *error)
{
    completeForStorage(article, Timestamp::now());
    Statement *insert = m_db.cached(InsertSql, error);
    if (!insert)
        return false;
    article->id = id;
    article->version = 1;
    bindArticle(insert, *article);
    insert->bind(10, id);
    if (!SearchIndex::markPending(m_db, id, error) || !insert->exec(error)
        || !writeJson(m_db, InsertJsonSql, id, ArticleJson::toJson(*article, false), error))
        return false;
    return syncMediaLinks(id, *article, error) && syncTags(id, *article, error)
        && RevisionLog(m_db).snapshot(id, reason.isEmpty() ? QString::fromUtf8(Store::CreatedReason) : reason, nullptr, error);
}

// The save itself, inside a write transaction: article->version names the state the caller
// started from. An article changed since then by another connection is merged field by field
// with base (ArticleMerge); where both changed the same field, or without a base, the other
// write is kept as a "changed elsewhere" revision and this one is written. Nothing is written,
// and `updated` stays, when the content equals what is stored.
bool ArticleRows::save(Article *article, const Article *base, Store::SaveOutcome *outcome,
                              QString *error)
{
    *outcome = Store::SaveOutcome();
    bool saved = false;
    if (!saveEdit(article, base, outcome, &saved, error))
        return false;
    if (saved)
        return true;
    Statement *select = m_db.cached(LoadSql, error);
    if (!select)
        return false;
    select->bind(1, article->id);
    const Statement::Step step = select->step();
    if (step != Statement::Step::Row) {
        if (error)
            *error = step == Statement::Step::Done ? StoreValues::noArticle(article->id) : select->errorMessage();
        select->reset();
        return false;
    }
    const qint64 storedVersion = select->columnInt64(1);
    const QDateTime storedUpdated = Timestamp::parse(select->columnText(2));
    // The stored UTF-8 as it is: decoding and re-encoding it cost a 200k-character article more
    // than its write (docs/benchmarks.md).
    QByteArray storedJson = select->columnBlob(0);
    select->reset();
    int edits = 0;
    if (!ArticleEdits(m_db).count(article->id, &edits, error))
        return false;
    if (edits > 0) {
        Article stored;
        if (!load(article->id, &stored, error))
            return false;
        storedJson = ArticleJson::compactBlocks(stored) + ArticleJson::compactFields(stored);
    }

    if (article->version != storedVersion) {
        Article theirs;
        QString why;
        if (!ArticleJson::fromJson(storedJson, &theirs, &why)) {
            if (error)
                *error = Store::tr("Article %1 in the store cannot be read: %2").arg(article->id).arg(why);
            return false;
        }
        theirs.id = article->id;
        if (base) {
            outcome->conflicts = ArticleMerge::merge(*base, *article, theirs, article);
        } else {
            outcome->conflicts = ArticleMerge::changedFields(*article, theirs);
            if (outcome->conflicts.isEmpty())
                outcome->conflicts.append(QStringLiteral("version"));
        }
        if (outcome->conflicts.isEmpty()) {
            outcome->kind = Store::SaveOutcome::Kind::Merged;
        } else {
            outcome->kind = Store::SaveOutcome::Kind::Conflict;
            if (!RevisionLog(m_db).snapshot(article->id, QString::fromUtf8(Store::ChangedElsewhereReason),
                          &outcome->keptRevision, error))
                return false;
        }
        article->version = storedVersion;
    }

    const QDateTime now = Timestamp::now();
    completeForStorage(article, now);
    article->updated = storedUpdated;
    const QByteArray blocks = ArticleJson::compactBlocks(*article);
    if (storedJson.startsWith(blocks)
        && QByteArrayView(storedJson).sliced(blocks.size()) == QByteArrayView(ArticleJson::compactFields(*article))) {
        if (outcome->kind == Store::SaveOutcome::Kind::Written)
            outcome->kind = Store::SaveOutcome::Kind::Unchanged;
        return true;
    }
    article->updated = now;
    const QByteArray json = blocks + ArticleJson::compactFields(*article);
    if (!RevisionLog(m_db).addCheckpointIfDue(article->id, now, error) || !write(*article, json, error))
        return false;
    article->version = storedVersion + 1;
    return true;
}

// A keystroke's save: when base is what the store holds (same version) and differs from the
// article in its blocks alone, the run of blocks that changed is added to the article's edits
// (ArticleEdits) and the row's small columns are updated; its JSON is not rewritten. *saved
// false: the caller saves the whole article (another program wrote, fields changed, a checkpoint
// is due, or the edits are to be folded).
bool ArticleRows::saveEdit(Article *article, const Article *base, Store::SaveOutcome *outcome, bool *saved,
                           QString *error)
{
    *saved = false;
    if (!base || base->id != article->id || base->version != article->version)
        return true;
    Statement *select = m_db.cached(StoredSummarySql, error);
    if (!select)
        return false;
    select->bind(1, article->id);
    const Statement::Step step = select->step();
    const qint64 storedVersion = step == Statement::Step::Row ? select->columnInt64(0) : -1;
    const QDateTime storedUpdated = step == Statement::Step::Row ? Timestamp::parse(select->columnText(1)) : QDateTime();
    const qint64 storedWords = step == Statement::Step::Row ? select->columnInt64(2) : 0;
    select->reset();
    if (storedVersion != article->version)
        return true; // another program wrote, or no such article: the whole save reports it
    const QDateTime now = Timestamp::now();
    completeForStorage(article, now);
    if (!sameFields(*article, *base))
        return true;
    int edits = 0;
    bool checkpointDue = false;
    if (!ArticleEdits(m_db).count(article->id, &edits, error)
        || !RevisionLog(m_db).checkpointDue(article->id, now, &checkpointDue, error))
        return false;
    if (edits >= ArticleEdits::FoldAfter || checkpointDue)
        return true;

    const QList<Block> &before = base->blocks;
    const QList<Block> &after = article->blocks;
    qsizetype first = 0;
    while (first < before.size() && first < after.size() && before.at(first) == after.at(first))
        ++first;
    qsizetype same = 0; // blocks equal at the end
    while (same < before.size() - first && same < after.size() - first
           && before.at(before.size() - 1 - same) == after.at(after.size() - 1 - same))
        ++same;
    *saved = true;
    if (first == before.size() && first == after.size()) {
        article->updated = storedUpdated;
        outcome->kind = Store::SaveOutcome::Kind::Unchanged;
        return true;
    }
    const qsizetype removedEnd = before.size() - same;
    const qsizetype addedEnd = after.size() - same;
    const qint64 words = storedWords - wordsOf(before, first, removedEnd) + wordsOf(after, first, addedEnd);
    article->updated = now;
    Statement *update = m_db.cached(EditedSql, error);
    if (!update
        || !ArticleEdits(m_db).append(article->id, int(first), int(removedEnd - first),
                                      after.mid(first, addedEnd - first), error)
        || !SearchIndex::markEdited(m_db, article->id, error))
        return false;
    update->bind(1, article->id);
    update->bind(2, Timestamp::format(now));
    update->bind(3, words);
    update->bind(4, article->imageCount());
    update->bind(5, article->imagesMissingCaption());
    if (!update->exec(error) || !syncMediaLinks(article->id, *article, error))
        return false;
    article->version = storedVersion + 1;
    return true;
}

// The UPDATE of a stored article with everything kept in step with it; inside a transaction.
bool ArticleRows::write(const Article &article, const QByteArray &json, QString *error)
{
    Statement *update = m_db.cached(UpdateSql, error);
    if (!update)
        return false;
    bindArticle(update, article);
    update->bind(10, article.id);
    if (!SearchIndex::markPending(m_db, article.id, error)
        || !writeJson(m_db, UpdateJsonSql, article.id, json, error))
        return false;
    const bool found = m_db.changes() > 0;
    if (found && !update->exec(error))
        return false;
    if (!found || m_db.changes() == 0) {
        if (error)
            *error = StoreValues::noArticle(article.id);
        return false;
    }
    return syncMediaLinks(article.id, article, error) && syncTags(article.id, article, error);
}

bool ArticleRows::syncTags(qint64 articleId, const Article &article, QString *error)
{
    QSet<QString> wanted;
    for (const QString &tag : article.tags) {
        const QString trimmed = tag.trimmed();
        if (!trimmed.isEmpty())
            wanted.insert(trimmed);
    }
    Statement *select =
        m_db.cached(QStringLiteral("SELECT tag FROM article_tags WHERE article_id = ?1"), error);
    if (!select)
        return false;
    select->bind(1, articleId);
    QSet<QString> current;
    Statement::Step step;
    while ((step = select->step()) == Statement::Step::Row)
        current.insert(select->columnText(0));
    if (step == Statement::Step::Error && error)
        *error = select->errorMessage();
    select->reset();
    if (step == Statement::Step::Error)
        return false;
    if (current == wanted)
        return true;
    Statement *remove =
        m_db.cached(QStringLiteral("DELETE FROM article_tags WHERE article_id = ?1"), error);
    if (!remove)
        return false;
    remove->bind(1, articleId);
    if (!remove->exec(error))
        return false;
    Statement *insert = m_db.cached(
        QStringLiteral("INSERT INTO article_tags (article_id, tag) VALUES (?1, ?2)"), error);
    if (!insert)
        return false;
    for (const QString &tag : std::as_const(wanted)) {
        insert->bind(1, articleId);
        insert->bind(2, tag);
        if (!insert->exec(error))
            return false;
    }
    return true;
}

// Rewrites the article's rows in article_media only when its set of media changed.
bool ArticleRows::syncMediaLinks(qint64 articleId, const Article &article, QString *error)
{
    const QSet<QString> wanted = mediaOf(article);
    Statement *select = m_db.cached(
        QStringLiteral("SELECT sha256 FROM article_media WHERE article_id = ?1"), error);
    if (!select)
        return false;
    select->bind(1, articleId);
    QSet<QString> current;
    Statement::Step step;
    while ((step = select->step()) == Statement::Step::Row)
        current.insert(select->columnText(0));
    if (step == Statement::Step::Error) {
        if (error)
            *error = select->errorMessage();
        select->reset();
        return false;
    }
    select->reset();
    if (current == wanted)
        return true;

    Statement *remove = m_db.cached(
        QStringLiteral("DELETE FROM article_media WHERE article_id = ?1"), error);
    if (!remove)
        return false;
    remove->bind(1, articleId);
    if (!remove->exec(error))
        return false;
    Statement *insert = m_db.cached(
        QStringLiteral("INSERT INTO article_media (article_id, sha256) VALUES (?1, ?2)"), error);
    if (!insert)
        return false;
    for (const QString &sha : wanted) {
        insert->bind(1, articleId);
        insert->bind(2, sha);
        if (!insert->exec(error))
            return false;
    }
    return true;
}

bool ArticleRows::load(qint64 id, Article *article, QString *error)
{
    Statement *select = m_db.cached(LoadSql, error);
    if (!select)
        return false;
    auto reset = qScopeGuard([select] { select->reset(); });
    select->bind(1, id);
    Article loaded;
    if (!StoreValues::readJsonRow(select, 0, &loaded, StoreValues::noArticle(id),
                                  Store::tr("Cannot load article %1: %2").arg(id),
                                  Store::tr("Article %1 in the store cannot be read: %2").arg(id), error))
        return false;
    loaded.id = id;
    loaded.version = select->columnInt64(1);
    const QDateTime updated = Timestamp::parse(select->columnText(2));
    select->reset();
    reset.dismiss();
    int edits = 0;
    if (!ArticleEdits(m_db).apply(id, &loaded, error, &edits))
        return false;
    if (edits > 0)
        loaded.updated = updated;
    *article = loaded;
    return true;
}

qint64 ArticleRows::dataVersion()
{
    Statement *pragma = m_db.cached(QStringLiteral("PRAGMA data_version"), nullptr);
    if (!pragma || pragma->step() != Statement::Step::Row)
        return 0;
    const qint64 version = pragma->columnInt64(0);
    pragma->reset();
    return version;
}

qint64 ArticleRows::latestChangeSequence()
{
    qint64 sequence = 0;
    m_db.queryInt64(QStringLiteral("SELECT coalesce(max(change_seq), 0) FROM articles"),
                         &sequence, nullptr);
    return sequence;
}

bool ArticleRows::changesSince(qint64 sequence, QList<Store::Change> *changes, qint64 *latest,
                         QString *error)
{
    changes->clear();
    Statement *select = m_db.cached(
        QStringLiteral("SELECT id, version, change_seq, deleted_at IS NOT NULL FROM articles "
                       "WHERE change_seq > ?1 ORDER BY change_seq"),
        error);
    if (!select)
        return false;
    const auto reset = qScopeGuard([select] { select->reset(); });
    select->bind(1, sequence);
    Statement::Step step;
    while ((step = select->step()) == Statement::Step::Row) {
        Store::Change change;
        change.id = select->columnInt64(0);
        change.version = select->columnInt64(1);
        change.sequence = select->columnInt64(2);
        change.trashed = select->columnInt(3) != 0;
        if (latest)
            *latest = change.sequence;
        changes->append(change);
    }
    if (step == Statement::Step::Error) {
        if (error)
            *error = Store::tr("Cannot read what changed in the store: %1").arg(select->errorMessage());
        changes->clear();
        return false;
    }
    return true;
}

} // namespace copydesk
