#include "store/trash.h"

#include "model/timestamp.h"
#include "search/searchindex.h"
#include "sqlite/database.h"
#include "sqlite/statement.h"
#include "sqlite/transaction.h"
#include "store/articlerows.h"
#include "store/revisionlog.h"
#include "store/store.h"
#include "store/storevalues.h"

namespace copydesk {

namespace {

// What is deleted for good is overwritten with zeros in the file, its revisions too. Other writes
// (PRAGMA secure_delete = FAST, StoreOpener) zero only what costs no extra page write: an
// autosave rewriting an article leaves its previous text, kept in its history anyway, in free
// pages until they are reused.
class SecureDelete
{
public:
    explicit SecureDelete(Database &db) : m_db(db) { m_db.exec(QStringLiteral("PRAGMA secure_delete = ON"), nullptr); }
    ~SecureDelete() { m_db.exec(QStringLiteral("PRAGMA secure_delete = FAST"), nullptr); }
    SecureDelete(const SecureDelete &) = delete;
    SecureDelete &operator=(const SecureDelete &) = delete;

private:
    Database &m_db;
};

} // namespace

bool Trash::moveIn(qint64 id, QString *error)
{
    Transaction transaction(m_db);
    QString why;
    if (transaction.begin(&why) && moveInWithin(id, &why) && transaction.commit(&why))
        return true;
    if (error)
        *error = why == StoreValues::noArticle(id) ? why : Store::tr("Cannot delete article %1: %2").arg(id).arg(why);
    return false;
}

bool Trash::moveInWithin(qint64 id, QString *error)
{
    Statement *select =
        m_db.cached(QStringLiteral("SELECT deleted_at IS NOT NULL FROM articles WHERE id = ?1"), error);
    if (!select)
        return false;
    select->bind(1, id);
    const Statement::Step step = select->step();
    const bool trashed = step == Statement::Step::Row && select->columnInt(0) != 0;
    if (error)
        *error = step == Statement::Step::Done ? StoreValues::noArticle(id) : select->errorMessage();
    select->reset();
    if (step != Statement::Step::Row)
        return false;
    if (trashed)
        return true;
    Statement *trash =
        m_db.cached(QStringLiteral("UPDATE articles SET deleted_at = ?1, version = version + 1, "
                                   "change_seq = " COPYDESK_NEXT_CHANGE_SEQ " WHERE id = ?2"), error);
    if (!trash || !RevisionLog(m_db).snapshot(id, QString::fromUtf8(Store::BeforeDeleteReason), nullptr, error))
        return false;
    trash->bind(1, Timestamp::format(Timestamp::now()));
    trash->bind(2, id);
    return SearchIndex::markPending(m_db, id, error) && trash->exec(error);
}

bool Trash::takeOut(qint64 id, QString *error)
{
    Transaction transaction(m_db);
    QString why;
    if (transaction.begin(&why) && takeOutWithin(id, &why) && transaction.commit(&why))
        return true;
    if (error)
        *error = why == StoreValues::noArticle(id) ? why : Store::tr("Cannot restore article %1: %2").arg(id).arg(why);
    return false;
}

bool Trash::takeOutWithin(qint64 id, QString *error)
{
    Statement *restore = m_db.cached(QStringLiteral("UPDATE articles SET deleted_at = NULL, version = version + 1, "
                                                    "change_seq = " COPYDESK_NEXT_CHANGE_SEQ " WHERE id = ?1"),
                                     error);
    if (!restore)
        return false;
    restore->bind(1, id);
    if (!SearchIndex::markPending(m_db, id, error) || !restore->exec(error))
        return false;
    if (m_db.changes() == 0) {
        if (error)
            *error = StoreValues::noArticle(id);
        return false;
    }
    return true;
}

bool Trash::purge(const QDateTime &trashedBefore, int *purged, QString *error)
{
    if (purged)
        *purged = 0;
    const QString before = Timestamp::format(trashedBefore);
    Statement *count = m_db.cached(
        QStringLiteral("SELECT count(*) FROM articles WHERE deleted_at IS NOT NULL AND deleted_at < ?1"),
        error);
    if (!count)
        return false;
    count->bind(1, before);
    const Statement::Step step = count->step();
    const qint64 due = step == Statement::Step::Row ? count->columnInt64(0) : 0;
    QString why = step == Statement::Step::Row ? QString() : count->errorMessage();
    count->reset();
    if (step != Statement::Step::Row) {
        if (error)
            *error = Store::tr("Cannot empty the trash: %1").arg(why);
        return false;
    }
    if (due == 0)
        return true;
    // An article's own settings (keys ending in /<its uuid>: proofing ignores) go with it.
    Statement *settings = m_db.cached(
        QStringLiteral("DELETE FROM settings WHERE EXISTS (SELECT 1 FROM articles a WHERE a.deleted_at IS NOT NULL "
                       "AND a.deleted_at < ?1 AND settings.key LIKE '%/' || a.uuid)"),
        error);
    Statement *remove = settings ? m_db.cached(
        QStringLiteral("DELETE FROM articles WHERE deleted_at IS NOT NULL AND deleted_at < ?1"), error) : nullptr;
    if (!remove)
        return false;
    settings->bind(1, before);
    remove->bind(1, before);
    const SecureDelete erase(m_db);
    if (!settings->exec(&why) || !remove->exec(&why)) {
        if (error)
            *error = Store::tr("Cannot empty the trash: %1").arg(why);
        return false;
    }
    if (purged)
        *purged = m_db.changes();
    return true;
}

bool Trash::purgeOne(qint64 id, QString *error)
{
    QString why;
    Statement *settings = m_db.cached(
        QStringLiteral("DELETE FROM settings WHERE EXISTS (SELECT 1 FROM articles a WHERE a.id = ?1 "
                       "AND a.deleted_at IS NOT NULL AND settings.key LIKE '%/' || a.uuid)"),
        &why);
    Statement *remove = settings ? m_db.cached(
        QStringLiteral("DELETE FROM articles WHERE id = ?1 AND deleted_at IS NOT NULL"), &why) : nullptr;
    bool ok = remove != nullptr;
    if (ok) {
        settings->bind(1, id);
        remove->bind(1, id);
        const SecureDelete erase(m_db);
        ok = settings->exec(&why) && remove->exec(&why);
    }
    if (ok && m_db.changes() == 0) {
        Article article;
        if (!ArticleRows(m_db).load(id, &article, error))
            return false;
        why = Store::tr("it is not in the trash");
        ok = false;
    }
    if (!ok && error)
        *error = Store::tr("Cannot delete article %1 for good: %2").arg(id).arg(why);
    return ok;
}

} // namespace copydesk
