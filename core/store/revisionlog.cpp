#include "store/revisionlog.h"

#include "model/timestamp.h"
#include "sqlite/database.h"
#include "sqlite/statement.h"
#include "sqlite/transaction.h"
#include "store/articleedits.h"
#include "store/articlerows.h"
#include "store/store.h"
#include "store/storevalues.h"

#include <QScopeGuard>

namespace copydesk {

bool RevisionLog::snapshot(qint64 articleId, const QString &reason, qint64 *revisionId, QString *error)
{
    if (!ArticleEdits(m_db).fold(articleId, error))
        return false;
    // When the content equals the newest revision's, the new one only refers to it.
    Statement *insert = m_db.cached(
        QStringLiteral("INSERT INTO revisions (article_id, created, reason, json, same_as) "
                       "SELECT a.article_id, ?1, ?2, CASE WHEN r.json = a.json THEN '' ELSE a.json END, "
                       "CASE WHEN r.json = a.json THEN r.id END FROM article_json a "
                       "LEFT JOIN revisions r ON r.id = (SELECT coalesce(same_as, id) FROM "
                       "revisions WHERE article_id = a.article_id ORDER BY id DESC LIMIT 1) "
                       "WHERE a.article_id = ?3"),
        error);
    if (!insert)
        return false;
    insert->bind(1, Timestamp::format(Timestamp::now()));
    insert->bind(2, reason);
    insert->bind(3, articleId);
    if (!insert->exec(error))
        return false;
    if (m_db.changes() == 0) {
        if (error)
            *error = StoreValues::noArticle(articleId);
        return false;
    }
    if (revisionId)
        *revisionId = m_db.lastInsertRowId();
    return true;
}

// Snapshots the article as stored before this save when its newest revision (or, without one,
// its creation) is Store::CheckpointIntervalMs old: one indexed lookup per save.
bool RevisionLog::addCheckpointIfDue(qint64 articleId, const QDateTime &now, QString *error)
{
    bool due = false;
    return checkpointDue(articleId, now, &due, error)
        && (!due || snapshot(articleId, QString::fromUtf8(Store::CheckpointReason), nullptr, error));
}

bool RevisionLog::checkpointDue(qint64 articleId, const QDateTime &now, bool *due, QString *error)
{
    *due = false;
    Statement *newest = m_db.cached(
        QStringLiteral("SELECT coalesce((SELECT created FROM revisions WHERE article_id = ?1 "
                       "ORDER BY id DESC LIMIT 1), created) FROM articles WHERE id = ?1"),
        error);
    if (!newest)
        return false;
    newest->bind(1, articleId);
    const Statement::Step step = newest->step();
    const QDateTime last = step == Statement::Step::Row ? Timestamp::parse(newest->columnText(0))
                                                        : QDateTime();
    if (step == Statement::Step::Error && error)
        *error = newest->errorMessage();
    newest->reset();
    if (step != Statement::Step::Row)
        return step == Statement::Step::Done; // no such article: the UPDATE reports it
    // A clock set back counts as time passed too.
    *due = !last.isValid() || qAbs(last.msecsTo(now)) >= Store::CheckpointIntervalMs;
    return true;
}

bool RevisionLog::articlesInConflict(QList<qint64> *ids, QString *error)
{
    ids->clear();
    Statement *select = m_db.cached(
        QStringLiteral("SELECT a.id FROM articles a JOIN revisions r ON r.id = "
                       "(SELECT max(id) FROM revisions WHERE article_id = a.id AND reason = ?1) "
                       "WHERE a.deleted_at IS NULL "
                       "AND (julianday(a.updated) - julianday(r.created)) * 86400000.0 <= ?3 "
                       "AND NOT EXISTS (SELECT 1 FROM revisions b WHERE b.article_id = a.id "
                       "AND b.id > r.id AND b.reason = ?2) ORDER BY a.id"),
        error);
    if (!select)
        return false;
    const auto reset = qScopeGuard([select] { select->reset(); });
    select->bind(1, QString::fromUtf8(Store::ChangedElsewhereReason));
    select->bind(2, QString::fromUtf8(Store::BeforeRestoreReason));
    select->bind(3, qint64(ConflictWriteMs));
    Statement::Step step;
    while ((step = select->step()) == Statement::Step::Row)
        ids->append(select->columnInt64(0));
    if (step == Statement::Step::Error) {
        if (error)
            *error = Store::tr("Cannot list the articles in conflict: %1").arg(select->errorMessage());
        return false;
    }
    return true;
}

QList<RevisionInfo> RevisionLog::list(qint64 articleId, QString *error)
{
    QList<RevisionInfo> result;
    Statement *select = m_db.cached(
        QStringLiteral("SELECT id, article_id, created, reason FROM revisions "
                       "WHERE article_id = ?1 ORDER BY id DESC"),
        error);
    if (!select)
        return result;
    const auto reset = qScopeGuard([select] { select->reset(); });
    select->bind(1, articleId);
    Statement::Step step;
    while ((step = select->step()) == Statement::Step::Row) {
        RevisionInfo info;
        info.id = select->columnInt64(0);
        info.articleId = select->columnInt64(1);
        info.created = Timestamp::parse(select->columnText(2));
        info.reason = select->columnText(3);
        result.append(info);
    }
    if (step == Statement::Step::Error) {
        if (error)
            *error = Store::tr("Cannot list the revisions of article %1: %2")
                         .arg(articleId)
                         .arg(select->errorMessage());
        result.clear();
    }
    return result;
}

bool RevisionLog::load(qint64 revisionId, Article *article, QString *error)
{
    Statement *select = m_db.cached(
        QStringLiteral("SELECT r.article_id, coalesce(b.json, r.json) FROM revisions r "
                       "LEFT JOIN revisions b ON b.id = r.same_as WHERE r.id = ?1"),
        error);
    if (!select)
        return false;
    const auto reset = qScopeGuard([select] { select->reset(); });
    select->bind(1, revisionId);
    Article loaded;
    if (!StoreValues::readJsonRow(select, 1, &loaded,
                                  Store::tr("There is no revision %1 in the store.").arg(revisionId),
                                  Store::tr("Cannot load revision %1: %2").arg(revisionId),
                                  Store::tr("Revision %1 in the store cannot be read: %2").arg(revisionId),
                                  error))
        return false;
    loaded.id = select->columnInt64(0);
    *article = loaded;
    return true;
}

QList<StatusChange> RevisionLog::statusHistory(qint64 articleId, QString *error)
{
    QList<StatusChange> result;
    Statement *select = m_db.cached(
        QStringLiteral("SELECT changed, old_status, new_status FROM status_changes "
                       "WHERE article_id = ?1 ORDER BY id"),
        error);
    if (!select)
        return result;
    const auto reset = qScopeGuard([select] { select->reset(); });
    select->bind(1, articleId);
    Statement::Step step;
    while ((step = select->step()) == Statement::Step::Row) {
        StatusChange change;
        change.articleId = articleId;
        change.changed = Timestamp::parse(select->columnText(0));
        change.from = StoreValues::parseStatus(select->columnText(1));
        change.to = StoreValues::parseStatus(select->columnText(2));
        result.append(change);
    }
    if (step == Statement::Step::Error) {
        if (error)
            *error = Store::tr("Cannot read the status history of article %1: %2")
                         .arg(articleId)
                         .arg(select->errorMessage());
        result.clear();
    }
    return result;
}

bool RevisionLog::restore(qint64 articleId, qint64 revisionId, Article *restored, QString *error)
{
    const auto failed = [&](const QString &why) {
        if (error)
            *error = Store::tr("Cannot restore revision %1 of article %2: %3").arg(revisionId).arg(articleId).arg(why);
        return false;
    };
    Article revision;
    QString why;
    if (!load(revisionId, &revision, &why))
        return failed(why);
    if (revision.id != articleId)
        return failed(Store::tr("it is a revision of article %1").arg(revision.id));
    Transaction transaction(m_db);
    Article current;
    if (!transaction.begin(&why) || !ArticleRows(m_db).load(articleId, &current, &why)
        || !snapshot(articleId, QString::fromUtf8(Store::BeforeRestoreReason), nullptr, &why))
        return failed(why);
    // The identity stays the article's own; only the content goes back.
    revision.id = articleId;
    revision.uuid = current.uuid;
    revision.created = current.created;
    revision.updated = Timestamp::now();
    revision.version = current.version;
    Store::SaveOutcome outcome;
    if (!ArticleRows(m_db).save(&revision, nullptr, &outcome, &why) || !transaction.commit(&why))
        return failed(why);
    if (restored)
        *restored = revision;
    return true;
}

} // namespace copydesk
