#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>
#include <utility>

namespace copydesk {

class Database;

// The sync tables of a local store (schema version 6: sync_state, sync_articles, sync_outbox),
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

    // The store must exist and be at schema version 6 or later (open it with Store first).
    bool open(const QString &storePath, QString *error);

    QString state(const QString &key, const QString &fallback = {}) const;
    bool setState(const QString &key, const QString &value, QString *error);

    bool synced(qint64 articleId, Synced *synced, bool *found, QString *error) const;
    // The articles with queued versions.
    bool outbox(QList<qint64> *articleIds, QString *error) const;
    qint64 outboxSize() const;

    // What a sync did to one article: where it is now in step with the server (when hasSynced),
    // and the queued versions it has settled (up to clearOutboxUpTo; 0: none).
    struct Step
    {
        qint64 articleId = 0;
        bool hasSynced = false;
        Synced synced;
        qint64 clearOutboxUpTo = 0;
    };
    // The steps, and then the state keys, in one transaction of this connection: all or nothing.
    bool record(const QList<Step> &steps, const QList<std::pair<QString, QString>> &states,
                QString *error);
    // The same inside a write transaction the caller holds on db, another connection to the
    // store (Store::writeIncoming), so they commit or roll back with what it writes.
    static bool recordOn(Database &db, const QList<Step> &steps,
                         const QList<std::pair<QString, QString>> &states, QString *error);
    // The local article with a uuid: its id (0 when there is none), whether it is in the trash,
    // and whether it has versions not pushed yet.
    struct Local
    {
        qint64 id = 0;
        bool trashed = false;
        bool queued = false;
    };
    bool local(const QString &uuid, Local *local, QString *error) const;
    bool isTrashed(qint64 articleId) const;
    // 0 when no local article has the uuid.
    bool articleIdForUuid(const QString &uuid, qint64 *articleId, QString *error) const;

private:
    std::unique_ptr<Database> m_db;
};

} // namespace copydesk
