#include "sync/syncrows.h"

#include "sqlite/database.h"
#include "sqlite/statement.h"

namespace copydesk {

SyncRows::SyncRows() : m_db(std::make_unique<Database>()) {}

SyncRows::~SyncRows() = default;

bool SyncRows::open(const QString &storePath, QString *error)
{
    if (!m_db->open(storePath, Database::Mode::ReadWrite, error))
        return false;
    m_db->setBusyTimeout(5000);
    return m_db->cached(QStringLiteral("SELECT value FROM sync_state WHERE key = ?1"), error) != nullptr;
}

QString SyncRows::state(const QString &key, const QString &fallback) const
{
    Statement *select = m_db->cached(QStringLiteral("SELECT value FROM sync_state WHERE key = ?1"), nullptr);
    if (!select)
        return fallback;
    select->bind(1, key);
    const QString value = select->step() == Statement::Step::Row ? select->columnText(0) : fallback;
    select->reset();
    return value;
}

bool SyncRows::setState(const QString &key, const QString &value, QString *error)
{
    Statement *upsert = m_db->cached(
        QStringLiteral("INSERT INTO sync_state (key, value) VALUES (?1, ?2) "
                       "ON CONFLICT (key) DO UPDATE SET value = excluded.value"), error);
    if (!upsert)
        return false;
    upsert->bind(1, key);
    upsert->bind(2, value);
    return upsert->exec(error);
}

bool SyncRows::synced(qint64 articleId, Synced *synced, bool *found, QString *error) const
{
    Statement *select = m_db->cached(
        QStringLiteral("SELECT server_rev, synced_version, synced_json FROM sync_articles "
                       "WHERE article_id = ?1"), error);
    if (!select)
        return false;
    select->bind(1, articleId);
    const Statement::Step step = select->step();
    *found = step == Statement::Step::Row;
    if (*found) {
        synced->serverRevision = select->columnInt64(0);
        synced->syncedVersion = select->columnInt64(1);
        synced->syncedJson = select->columnText(2).toUtf8();
    } else if (step == Statement::Step::Error && error) {
        *error = select->errorMessage();
    }
    select->reset();
    return step != Statement::Step::Error;
}

bool SyncRows::setSynced(qint64 articleId, const Synced &synced, QString *error)
{
    Statement *upsert = m_db->cached(
        QStringLiteral("INSERT OR REPLACE INTO sync_articles (article_id, server_rev, synced_version, "
                       "synced_json) VALUES (?1, ?2, ?3, ?4)"), error);
    if (!upsert)
        return false;
    upsert->bind(1, articleId);
    upsert->bind(2, synced.serverRevision);
    upsert->bind(3, synced.syncedVersion);
    upsert->bindUtf8(4, synced.syncedJson);
    return upsert->exec(error);
}

bool SyncRows::outbox(QList<qint64> *articleIds, QString *error) const
{
    Statement select;
    if (!select.prepare(*m_db, QStringLiteral("SELECT article_id FROM sync_outbox ORDER BY article_id"),
                        error))
        return false;
    Statement::Step step;
    while ((step = select.step()) == Statement::Step::Row)
        articleIds->append(select.columnInt64(0));
    if (step == Statement::Step::Error && error)
        *error = select.errorMessage();
    return step != Statement::Step::Error;
}

qint64 SyncRows::outboxSize() const
{
    qint64 size = 0;
    m_db->queryInt64(QStringLiteral("SELECT count(*) FROM sync_outbox"), &size, nullptr);
    return size;
}

bool SyncRows::clearOutbox(qint64 articleId, qint64 upToVersion, QString *error)
{
    Statement *remove = m_db->cached(
        QStringLiteral("DELETE FROM sync_outbox WHERE article_id = ?1 AND version <= ?2"), error);
    if (!remove)
        return false;
    remove->bind(1, articleId);
    remove->bind(2, upToVersion);
    return remove->exec(error);
}

bool SyncRows::articleIdForUuid(const QString &uuid, qint64 *articleId, QString *error) const
{
    Statement *select = m_db->cached(QStringLiteral("SELECT id FROM articles WHERE uuid = ?1"), error);
    if (!select)
        return false;
    select->bind(1, uuid);
    const Statement::Step step = select->step();
    *articleId = step == Statement::Step::Row ? select->columnInt64(0) : 0;
    if (step == Statement::Step::Error && error)
        *error = select->errorMessage();
    select->reset();
    return step != Statement::Step::Error;
}

} // namespace copydesk
