#include "sync/syncrows.h"

#include "sqlite/database.h"
#include "sqlite/statement.h"
#include "sqlite/transaction.h"

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

namespace {

bool writeState(Database &db, const QString &key, const QString &value, QString *error)
{
    Statement *upsert = db.cached(
        QStringLiteral("INSERT INTO sync_state (key, value) VALUES (?1, ?2) "
                       "ON CONFLICT (key) DO UPDATE SET value = excluded.value"), error);
    if (!upsert)
        return false;
    upsert->bind(1, key);
    upsert->bind(2, value);
    return upsert->exec(error);
}

bool writeStep(Database &db, const SyncRows::Step &step, QString *error)
{
    if (step.hasSynced) {
        Statement *upsert = db.cached(
            QStringLiteral("INSERT OR REPLACE INTO sync_articles (article_id, server_rev, synced_version, "
                           "synced_json) VALUES (?1, ?2, ?3, ?4)"), error);
        if (!upsert)
            return false;
        upsert->bind(1, step.articleId);
        upsert->bind(2, step.synced.serverRevision);
        upsert->bind(3, step.synced.syncedVersion);
        upsert->bindUtf8(4, step.synced.syncedJson);
        if (!upsert->exec(error))
            return false;
    }
    if (step.clearOutboxUpTo <= 0)
        return true;
    Statement *remove = db.cached(
        QStringLiteral("DELETE FROM sync_outbox WHERE article_id = ?1 AND version <= ?2"), error);
    if (!remove)
        return false;
    remove->bind(1, step.articleId);
    remove->bind(2, step.clearOutboxUpTo);
    return remove->exec(error);
}

} // namespace

bool SyncRows::setState(const QString &key, const QString &value, QString *error)
{
    return writeState(*m_db, key, value, error);
}

bool SyncRows::record(const QList<Step> &steps, const QList<std::pair<QString, QString>> &states,
                      QString *error)
{
    if (steps.isEmpty() && states.isEmpty())
        return true;
    Transaction transaction(*m_db);
    return transaction.begin(error) && recordOn(*m_db, steps, states, error) && transaction.commit(error);
}

bool SyncRows::recordOn(Database &db, const QList<Step> &steps,
                        const QList<std::pair<QString, QString>> &states, QString *error)
{
    for (const Step &step : steps) {
        if (!writeStep(db, step, error))
            return false;
    }
    for (const auto &[key, value] : states) {
        if (!writeState(db, key, value, error))
            return false;
    }
    return true;
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

bool SyncRows::local(const QString &uuid, Local *local, QString *error) const
{
    Statement *select = m_db->cached(
        QStringLiteral("SELECT id, deleted_at IS NOT NULL, EXISTS (SELECT 1 FROM sync_outbox o "
                       "WHERE o.article_id = a.id) FROM articles a WHERE uuid = ?1"), error);
    if (!select)
        return false;
    select->bind(1, uuid);
    const Statement::Step step = select->step();
    *local = Local();
    if (step == Statement::Step::Row)
        *local = {select->columnInt64(0), select->columnInt(1) != 0, select->columnInt(2) != 0};
    else if (step == Statement::Step::Error && error)
        *error = select->errorMessage();
    select->reset();
    return step != Statement::Step::Error;
}

bool SyncRows::isTrashed(qint64 articleId) const
{
    Statement *select = m_db->cached(
        QStringLiteral("SELECT deleted_at IS NOT NULL FROM articles WHERE id = ?1"), nullptr);
    if (!select)
        return false;
    select->bind(1, articleId);
    const bool trashed = select->step() == Statement::Step::Row && select->columnInt(0) != 0;
    select->reset();
    return trashed;
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
