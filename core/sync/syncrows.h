#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>

namespace copydesk {

class Database;

// The sync tables of a local store (schema version 5: sync_state, sync_articles, sync_outbox),
// on a connection of their own beside the Store's, so the store's classes stay untouched.
class SyncRows
{
public:
    // Where an article was last in step with the server.
    struct Synced
    {
        qint64 serverRevision = 0;
        qint64 syncedVersion = 0; // the local version that held serverRevision
        QByteArray syncedJson;    // that state, the base of a three-way merge
    };

    SyncRows();
    ~SyncRows();
    SyncRows(const SyncRows &) = delete;
    SyncRows &operator=(const SyncRows &) = delete;

    // The store must exist and be at schema version 5 or later (open it with Store first).
    bool open(const QString &storePath, QString *error);

    QString state(const QString &key, const QString &fallback = {}) const;
    bool setState(const QString &key, const QString &value, QString *error);

    bool synced(qint64 articleId, Synced *synced, bool *found, QString *error) const;
    bool setSynced(qint64 articleId, const Synced &synced, QString *error);
    // The articles with queued versions.
    // The articles with queued versions.
    bool outbox(QList<qint64> *articleIds, QString *error) const;
    qint64 outboxSize() const;
    bool clearOutbox(qint64 articleId, qint64 upToVersion, QString *error);
    // 0 when no local article has the uuid.
    bool articleIdForUuid(const QString &uuid, qint64 *articleId, QString *error) const;

private:
    std::unique_ptr<Database> m_db;
};

} // namespace copydesk
