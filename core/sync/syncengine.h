#pragma once

#include "server/newsroomserver.h"
#include "sync/syncreport.h"

#include <QCoreApplication>
#include <QString>

namespace copydesk {

class Store;
class SyncRows;
struct Article;

// One sync of a local store with the newsroom server, push then pull. The local store stays
// the working copy: edits are saved locally as always and queued in its outbox (a trigger);
// here each queued article is pushed on the server revision it was based on — a fast-forward
// when that is still the head, else the server keeps it beside the head as a conflict — and
// then others' changes are pulled from the server's change sequence and written as
// Store::saveArticle writes, which merges them with local edits (ArticleMerge) or keeps the local
// state as a "changed elsewhere" revision. Nothing is dropped on either side. Photos travel
// once, by SHA-256. Both ways go in batches (PushBatch articles in one server transaction,
// PullPage in one store transaction), each all or nothing.
class SyncEngine
{
    Q_DECLARE_TR_FUNCTIONS(SyncEngine)

public:
    // The sync_state keys.
    static constexpr const char *RemoteUrlKey = "remote.url";
    static constexpr const char *LastSequenceKey = "remote.last_seq";
    // Articles per push transaction and per pull page; docs/benchmarks.md has the figures.
    static constexpr int PushBatch = 200;
    static constexpr int PullPage = 500;

    SyncEngine(Store &store, SyncRows &rows, NewsroomServer &server)
        : m_store(store), m_rows(rows), m_server(server) {}

    // Fails on the first error that stops the sync (the server went away, the store cannot be
    // written); what was done until then stays done and is in *report.
    bool sync(SyncReport *report, QString *error);
    bool push(SyncReport *report, QString *error);
    bool pull(SyncReport *report, QString *error);

    // Equal article content (the JSON of two states, timestamps and versions aside).
    static bool sameContent(const QByteArray &a, const QByteArray &b);

private:
    bool pushBatch(const QList<qint64> &ids, SyncReport *report, QString *error);
    bool pullPage(const QList<NewsroomServer::ServerArticle> &changes, SyncReport *report, QString *error);
    bool uploadMedia(const QList<Article> &articles, SyncReport *report, QString *error);
    bool downloadMedia(const QList<Article> &articles, SyncReport *report, QString *error);

    Store &m_store;
    SyncRows &m_rows;
    NewsroomServer &m_server;
};

} // namespace copydesk
