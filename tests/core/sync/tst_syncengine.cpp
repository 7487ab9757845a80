#include "media/sha256.h"
#include "model/articlejson.h"
#include "fixtures/pgcluster.h"
#include "postgres/pgconnection.h"
#include "postgres/pgquery.h"
#include "postgres/pgresult.h"
#include "server/newsroomserver.h"
#include "sqlite/database.h"
#include "store/store.h"
#include "sync/syncengine.h"
#include "sync/syncrows.h"
#include "fixtures/storefiles.h"
#include "fixtures/syncdesk.h"
#include "fixtures/testutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <memory>

using namespace copydesk;
using copydesk::test::PgCluster;

// The sync engine between local stores and a throwaway newsroom server: push on the server's
// head fast-forwards, a push on an older state is kept beside the head (conflict) and merged or
// kept on the client, others' changes are pulled, photos travel once, permissions refuse.
class TestSyncEngine : public QObject
{
    Q_OBJECT

    // One desktop: its store and its sync rows, connected as a login.
    using Client = test::SyncDesk;

    PgCluster m_cluster;
    QTemporaryDir m_dir;
    int m_clients = 0;

    std::unique_ptr<Client> client(const QString &login)
    {
        auto made = std::make_unique<Client>();
        made->open(m_dir.filePath(QStringLiteral("client%1.sqlite3").arg(++m_clients)), m_cluster.url(login));
        return made;
    }

    static SyncReport synced(Client &client)
    {
        SyncReport report;
        client.sync(&report);
        return report;
    }

    static Article stored(Client &client, const QString &uuid)
    {
        return client.stored(uuid);
    }

    static bool edit(Client &client, const QString &uuid, const std::function<void(Article *)> &change)
    {
        Article article = stored(client, uuid);
        change(&article);
        QString error;
        const bool saved = client.store.saveArticle(&article, &error);
        if (!saved)
            qWarning("save: %s", qPrintable(error));
        return saved;
    }

private slots:
    void initTestCase()
    {
        COPYDESK_START_NEWSROOM(m_cluster, {QStringLiteral("li=reporter"), QStringLiteral("wang=editor"),
                                            QStringLiteral("zhao=chief")});
    }

    void pushCreatesThenFastForwards()
    {
        auto a = client(QStringLiteral("wang"));
        Article article = Article::create(QStringLiteral("初稿"));
        article.blocks.append(Block::paragraph(QStringLiteral("正文第一段。")));
        QString error;
        QVERIFY2(a->store.insertArticle(&article, &error), qPrintable(error));
        QCOMPARE(a->rows.outboxSize(), 1);
        SyncReport report = synced(*a);
        QCOMPARE(report.pushed, 1);
        QCOMPARE(report.conflicts, 0);
        QCOMPARE(report.outbox, 0);
        QVERIFY(edit(*a, article.uuid, [](Article *edited) { edited->title = QStringLiteral("改稿"); }));
        report = synced(*a);
        QCOMPARE(report.pushed, 1);
        QCOMPARE(report.conflicts, 0);
        NewsroomServer::ServerArticle head;
        bool found = false;
        QVERIFY(a->server.article(article.uuid, &head, &found, &error));
        QVERIFY(found);
        QCOMPARE(head.status, QStringLiteral("draft"));
        Article onServer;
        QVERIFY(ArticleJson::fromJson(head.json, &onServer, &error));
        QCOMPARE(onServer.title, QStringLiteral("改稿"));
        QList<QByteArray> revisions;
        QVERIFY(a->server.revisionJsons(article.uuid, &revisions, &error));
        QCOMPARE(revisions.size(), 2);
        // nothing new: nothing pushed, nothing pulled
        report = synced(*a);
        QCOMPARE(report.pushed, 0);
        QCOMPARE(report.pulled, 0);
    }

    void pullBringsOthersChanges()
    {
        auto a = client(QStringLiteral("wang"));
        auto b = client(QStringLiteral("zhao"));
        Article article = Article::create(QStringLiteral("共享稿"));
        QString error;
        QVERIFY(a->store.insertArticle(&article, &error));
        synced(*a);
        SyncReport report = synced(*b);
        QVERIFY(report.pulled >= 1);
        QCOMPARE(stored(*b, article.uuid).title, QStringLiteral("共享稿"));
        QCOMPARE(b->rows.outboxSize(), 0); // what was pulled is not pushed back
        QVERIFY(edit(*b, article.uuid, [](Article *edited) { edited->subtitle = QStringLiteral("赵的副题"); }));
        QCOMPARE(synced(*b).pushed, 1);
        report = synced(*a);
        QCOMPARE(report.conflicts, 0);
        QCOMPARE(stored(*a, article.uuid).subtitle, QStringLiteral("赵的副题"));
    }

    void conflictKeepsBothSides()
    {
        auto a = client(QStringLiteral("wang"));
        auto b = client(QStringLiteral("zhao"));
        Article article = Article::create(QStringLiteral("原题"));
        QString error;
        QVERIFY(a->store.insertArticle(&article, &error));
        synced(*a);
        synced(*b);
        // both change the title while apart
        QVERIFY(edit(*a, article.uuid, [](Article *edited) { edited->title = QStringLiteral("王的标题"); }));
        QVERIFY(edit(*b, article.uuid, [](Article *edited) { edited->title = QStringLiteral("赵的标题"); }));
        QCOMPARE(synced(*a).pushed, 1);
        const SyncReport report = synced(*b);
        QCOMPARE(report.conflicts, 1);
        QCOMPARE(report.keptLocal, 1);
        QVERIFY(report.conflictUuids.contains(article.uuid));
        // the server: the head is 王's, 赵's is kept as a conflict revision, the article counts it
        NewsroomServer::ServerArticle head;
        bool found = false;
        QVERIFY(b->server.article(article.uuid, &head, &found, &error));
        QCOMPARE(head.conflicts, 1);
        QVERIFY(head.json.contains("王的标题"));
        QList<qint64> ids;
        QStringList authors;
        QList<QByteArray> jsons;
        QVERIFY(b->server.conflictRevisions(article.uuid, &ids, &authors, &jsons, &error));
        QCOMPARE(jsons.size(), 1);
        QVERIFY(jsons.first().contains("赵的标题"));
        QCOMPARE(authors.first(), QStringLiteral("zhao"));
        // the client: the head is shown, its own state kept as "changed elsewhere" (the diff)
        const Article local = stored(*b, article.uuid);
        QCOMPARE(local.title, QStringLiteral("王的标题"));
        bool kept = false;
        for (const RevisionInfo &revision : b->store.revisions(local.id, &error)) {
            Article old;
            if (revision.reason == QLatin1String(Store::ChangedElsewhereReason)
                && b->store.loadRevision(revision.id, &old, &error) && old.title == QStringLiteral("赵的标题"))
                kept = true;
        }
        QVERIFY(kept);
        QCOMPARE(b->rows.outboxSize(), 0);
    }

    void cleanMergeFastForwardsOnTheNextSync()
    {
        auto a = client(QStringLiteral("wang"));
        auto b = client(QStringLiteral("zhao"));
        Article article = Article::create(QStringLiteral("合并稿"));
        QString error;
        QVERIFY(a->store.insertArticle(&article, &error));
        synced(*a);
        synced(*b);
        QVERIFY(edit(*a, article.uuid, [](Article *edited) { edited->title = QStringLiteral("新标题"); }));
        QVERIFY(edit(*b, article.uuid, [](Article *edited) { edited->byline = QStringLiteral("记者 赵六"); }));
        synced(*a);
        SyncReport report = synced(*b);
        QCOMPARE(report.conflicts, 1); // kept on the server
        QCOMPARE(report.merged, 1);    // and merged here
        const Article merged = stored(*b, article.uuid);
        QCOMPARE(merged.title, QStringLiteral("新标题"));
        QCOMPARE(merged.byline, QStringLiteral("记者 赵六"));
        report = synced(*b);
        QCOMPARE(report.pushed, 1);
        QCOMPARE(report.conflicts, 0);
        synced(*a);
        QCOMPARE(stored(*a, article.uuid).byline, QStringLiteral("记者 赵六"));
    }

    void photosTravelOnceByHash()
    {
        auto a = client(QStringLiteral("wang"));
        auto b = client(QStringLiteral("zhao"));
        const QByteArray bytes = test::encode(test::makePhoto(64, 48, 7), "png");
        const QString sha = Sha256::hex(bytes);
        QString error;
        QVERIFY2(a->store.putMedia({test::decodedImage(bytes, sha, QStringLiteral("image/png"), 64, 48)}, &error),
                 qPrintable(error));
        Article first = Article::create(QStringLiteral("图一"));
        first.blocks.append(Block::image(sha, 64, 48, QStringLiteral("图说")));
        Article second = Article::create(QStringLiteral("图二"));
        second.blocks.append(Block::image(sha, 64, 48, QStringLiteral("同一张")));
        QVERIFY(a->store.insertArticle(&first, &error));
        QVERIFY(a->store.insertArticle(&second, &error));
        const SyncReport pushed = synced(*a);
        QCOMPARE(pushed.mediaUploaded, 1);
        QCOMPARE(pushed.pushed, 2);
        const SyncReport pulled = synced(*b);
        QCOMPARE(pulled.mediaDownloaded, 1);
        QCOMPARE(b->store.mediaBytes(sha, &error), bytes);
    }

    void offlineWorkIsPushedOnReconnect()
    {
        auto a = client(QStringLiteral("wang"));
        Article article = Article::create(QStringLiteral("离线稿"));
        QString error;
        QVERIFY(a->store.insertArticle(&article, &error));
        synced(*a);
        QVERIFY2(m_cluster.stop(&error), qPrintable(error));
        // with the server down the store works as ever; sync fails in one line and keeps the outbox
        QVERIFY(edit(*a, article.uuid, [](Article *edited) { edited->title = QStringLiteral("断网时改"); }));
        SyncReport report;
        QVERIFY(!a->sync(&report, &error));
        QVERIFY(!error.contains(QLatin1Char('\n')));
        QCOMPARE(a->rows.outboxSize(), 1);
        QVERIFY2(m_cluster.start(&error), qPrintable(error));
        a->server.connection().close();
        QVERIFY2(a->sync(&report, &error), qPrintable(error));
        QCOMPARE(report.pushed, 1);
        QCOMPARE(a->rows.outboxSize(), 0);
    }

    // Store schema 6 on a store of version 4: the articles it already held are queued, so the
    // first sync sends them.
    void storeMigrationQueuesExistingArticles()
    {
        const QString path = m_dir.filePath(QStringLiteral("v4.sqlite3"));
        QString error;
        Article article = Article::create(QStringLiteral("旧库的稿"));
        {
            Store store;
            QVERIFY2(store.open(path, &error), qPrintable(error));
            QVERIFY(store.insertArticle(&article, &error));
        }
        {
            Database db;
            QVERIFY(db.open(path, Database::Mode::ReadWrite, &error));
            QVERIFY2(db.exec(test::jsonBackInArticlesSql(), &error), qPrintable(error));
            QVERIFY2(db.exec(QStringLiteral("DROP TRIGGER sync_outbox_insert; DROP TRIGGER sync_outbox_update; "
                                            "DROP TABLE sync_outbox; DROP TABLE sync_articles; DROP TABLE sync_state; "
                                            "DROP TABLE search_pending; DROP TRIGGER article_edits_folded; DROP TABLE article_edits; PRAGMA user_version = 4;"), &error), qPrintable(error));
        }
        Client desk;
        QVERIFY2(desk.store.open(path, &error), qPrintable(error));
        QCOMPARE(desk.store.pragma(QStringLiteral("user_version")).toInt(), Store::SchemaVersion);
        QVERIFY2(desk.rows.open(path, &error), qPrintable(error));
        QCOMPARE(desk.rows.outboxSize(), 1);
        QVERIFY(desk.rows.setState(QString::fromLatin1(SyncEngine::RemoteUrlKey), m_cluster.url(QStringLiteral("wang")), &error));
        QCOMPARE(synced(desk).pushed, 1);
        QCOMPARE(desk.rows.outboxSize(), 0);
    }

    void refusedPushStaysQueued()
    {
        auto li = client(QStringLiteral("li"));
        Article article = Article::create(QStringLiteral("记者稿"));
        QString error;
        QVERIFY(li->store.insertArticle(&article, &error));
        QCOMPARE(synced(*li).pushed, 1);
        // a reporter cannot 签发, even by sending the status from a modified client
        QVERIFY(edit(*li, article.uuid, [](Article *edited) { edited->status = Article::Status::Approved; }));
        const SyncReport report = synced(*li);
        QCOMPARE(report.refused, 1);
        QVERIFY2(report.refusals.first().contains(QLatin1String("permission denied")), qPrintable(report.refusals.first()));
        QVERIFY2(!report.refusals.first().contains(QLatin1String("row-level security")), qPrintable(report.refusals.first()));
        QCOMPARE(li->rows.outboxSize(), 1);
        NewsroomServer::ServerArticle head;
        bool found = false;
        QVERIFY(li->server.article(article.uuid, &head, &found, &error));
        QCOMPARE(head.status, QStringLiteral("draft"));
    }

    // robustness: a page of the change sequence is written all or nothing. An article the
    // client cannot read stops the pull with nothing of its page in the store and the sequence
    // where it was; once readable, the same pull brings the whole page.
    void unreadablePageLeavesNothingHalfWritten()
    {
        auto zhao = client(QStringLiteral("zhao"));
        QList<Article> articles;
        for (int i = 0; i < 3; ++i)
            articles.append(Article::create(QStringLiteral("一页稿 %1").arg(i)));
        QString error;
        QVERIFY(zhao->store.insertArticles(&articles, &error));
        QCOMPARE(synced(*zhao).pushed, 3);
        const QString broken = articles.at(1).uuid;
        QVERIFY(m_cluster.exec(QStringLiteral("UPDATE articles SET json = '[]' WHERE uuid = '%1'").arg(broken), &error));

        auto wang = client(QStringLiteral("wang"));
        SyncReport report;
        QVERIFY(!wang->sync(&report, &error));
        QVERIFY2(error.contains(broken), qPrintable(error));
        QCOMPARE(report.pulled, 0);
        QCOMPARE(wang->store.listArticles(nullptr).size(), 0);
        QCOMPARE(wang->rows.state(QString::fromLatin1(SyncEngine::LastSequenceKey), QStringLiteral("0")),
                 QStringLiteral("0"));

        QVERIFY(m_cluster.exec(QStringLiteral("UPDATE articles SET json = '%1' WHERE uuid = '%2'")
                                   .arg(QString::fromUtf8(ArticleJson::toJson(articles.at(1), false)), broken),
                               &error));
        report = SyncReport();
        QVERIFY2(wang->sync(&report, &error), qPrintable(error));
        QVERIFY(report.pulled >= 3);
        for (const Article &article : std::as_const(articles))
            QCOMPARE(stored(*wang, article.uuid).title, article.title);
        QCOMPARE(wang->rows.outboxSize(), 0);
    }

    // nominal: an outbox of several batches is pushed whole; robustness: in one batch a refused
    // article stays queued while the others around it are pushed, and a push on an old base is
    // kept as a conflict.
    void batchesKeepEachArticlesOutcome()
    {
        auto li = client(QStringLiteral("li"));
        const int count = SyncEngine::PushBatch * 2 + 50;
        QList<Article> articles;
        for (int i = 0; i < count; ++i) {
            Article article = Article::create(QStringLiteral("批量稿 %1").arg(i));
            article.blocks.append(Block::paragraph(QStringLiteral("第 %1 篇的正文。").arg(i)));
            articles.append(article);
        }
        QString error;
        QVERIFY(li->store.insertArticles(&articles, &error));
        SyncReport report = synced(*li);
        QCOMPARE(report.pushed, count);
        QCOMPARE(report.refused, 0);
        QCOMPARE(li->rows.outboxSize(), 0);

        auto zhao = client(QStringLiteral("zhao"));
        QVERIFY(synced(*zhao).pulled >= count);
        const QString theirs = articles.at(SyncEngine::PushBatch + 5).uuid;
        QVERIFY(edit(*zhao, theirs, [](Article *edited) { edited->subtitle = QStringLiteral("总编改的副题"); }));
        QCOMPARE(synced(*zhao).pushed, 1);

        const QString refused = articles.at(SyncEngine::PushBatch + 3).uuid;
        const QString forward = articles.at(SyncEngine::PushBatch + 7).uuid;
        QVERIFY(edit(*li, refused, [](Article *edited) { edited->status = Article::Status::Approved; }));
        QVERIFY(edit(*li, theirs, [](Article *edited) { edited->byline = QStringLiteral("记者 李四"); }));
        QVERIFY(edit(*li, forward, [](Article *edited) { edited->subtitle = QStringLiteral("记者改的副题"); }));
        QVERIFY(li->server.isConnected());
        SyncEngine engine(li->store, li->rows, li->server);
        report = SyncReport();
        QVERIFY2(engine.push(&report, &error), qPrintable(error));
        QCOMPARE(report.pushed, 1);
        QCOMPARE(report.refused, 1);
        QCOMPARE(report.conflicts, 1);
        QVERIFY2(report.refusals.first().contains(QStringLiteral("” (%1): ").arg(refused)), qPrintable(report.refusals.first()));
        QCOMPARE(li->rows.outboxSize(), 1);
        NewsroomServer::ServerArticle head;
        bool found = false;
        QVERIFY(li->server.article(forward, &head, &found, &error));
        QVERIFY(head.json.contains("记者改的副题"));
        QVERIFY(li->server.article(refused, &head, &found, &error));
        QCOMPARE(head.status, QStringLiteral("draft"));
        QVERIFY(li->server.article(theirs, &head, &found, &error));
        QCOMPARE(head.conflicts, 1);
        QList<qint64> ids;
        QStringList authors;
        QList<QByteArray> jsons;
        QVERIFY(li->server.conflictRevisions(theirs, &ids, &authors, &jsons, &error));
        QCOMPARE(jsons.size(), 1);
        QVERIFY(jsons.first().contains("记者 李四"));
    }

    // nominal: a first sync into an empty store brings more than one page, with each article's
    // first revision, tags and search entry, and leaves nothing to push.
    void firstPullOfManyPages()
    {
        auto zhao = client(QStringLiteral("zhao"));
        QList<Article> articles;
        for (int i = 0; i < SyncEngine::PullPage + 20; ++i) {
            Article article = Article::create(QStringLiteral("多页稿 %1").arg(i));
            article.tags = {QStringLiteral("多页")};
            article.blocks.append(Block::paragraph(QStringLiteral("多页正文独有词%1。").arg(i)));
            articles.append(article);
        }
        QString error;
        QVERIFY(zhao->store.insertArticles(&articles, &error));
        QCOMPARE(synced(*zhao).pushed, int(articles.size()));

        auto wang = client(QStringLiteral("wang"));
        qint64 onServer = 0;
        PgConnection admin;
        QVERIFY2(admin.open(m_cluster.url(), &error), qPrintable(error));
        PgResult count;
        QVERIFY(admin.exec(QStringLiteral("SELECT count(*) FROM articles"), &count, &error));
        onServer = count.int64(0, 0);
        const SyncReport report = synced(*wang);
        QCOMPARE(qint64(report.pulled), onServer);
        QCOMPARE(wang->rows.outboxSize(), 0);
        const Article last = stored(*wang, articles.constLast().uuid);
        QCOMPARE(last.title, articles.constLast().title);
        QCOMPARE(wang->store.revisions(last.id, nullptr).size(), 1);
        QVERIFY(wang->store.tags(nullptr).contains(QStringLiteral("多页")));
        QList<SearchHit> hits;
        QVERIFY(wang->store.search(QStringLiteral("多页正文独有词%1").arg(SyncEngine::PullPage + 19), 0, 10,
                                   &hits, nullptr, &error));
        QCOMPARE(hits.size(), 1);
        // Nothing new: the next sync writes nothing.
        QCOMPARE(synced(*wang).pulled, 0);
    }

    // nominal: moving an article into the trash and out again on one desk reaches the others
    // through the server, and both moves are in the server's audit trail.
    void trashTravelsThroughTheServer()
    {
        auto zhao = client(QStringLiteral("zhao"));
        auto wang = client(QStringLiteral("wang"));
        Article article = Article::create(QStringLiteral("要进回收站的稿"));
        QString error;
        QVERIFY(zhao->store.insertArticle(&article, &error));
        QCOMPARE(synced(*zhao).pushed, 1);
        synced(*wang);
        const qint64 there = stored(*wang, article.uuid).id;
        QVERIFY(there > 0);

        QVERIFY(zhao->store.deleteArticle(article.id, &error));
        QCOMPARE(synced(*zhao).pushed, 1);
        NewsroomServer::ServerArticle head;
        bool found = false;
        QVERIFY(zhao->server.article(article.uuid, &head, &found, &error));
        QVERIFY(head.trashed);
        QCOMPARE(zhao->rows.outboxSize(), 0);

        QVERIFY(synced(*wang).pulled >= 1);
        QVERIFY(wang->rows.isTrashed(there));
        QCOMPARE(wang->rows.outboxSize(), 0);
        QCOMPARE(wang->store.revisions(there, nullptr).constFirst().reason,
                 QString::fromLatin1(Store::BeforeDeleteReason));

        QVERIFY(wang->store.restoreArticle(there, &error));
        QCOMPARE(synced(*wang).pushed, 1);
        QVERIFY(zhao->server.article(article.uuid, &head, &found, &error));
        QVERIFY(!head.trashed);
        synced(*zhao);
        QVERIFY(!zhao->rows.isTrashed(article.id));
        QCOMPARE(zhao->rows.outboxSize(), 0);

        PgConnection admin;
        QVERIFY2(admin.open(m_cluster.url(), &error), qPrintable(error));
        PgResult actions;
        QVERIFY(admin.exec(QStringLiteral("SELECT string_agg(u.action || ' ' || u.actor, ',' ORDER BY u.id) FROM audit u "
                                          "JOIN articles a ON a.id = u.article_id WHERE a.uuid = '%1' "
                                          "AND u.action IN ('trashed', 'restored')").arg(article.uuid),
                           &actions, &error));
        QCOMPARE(actions.text(0, 0), QStringLiteral("trashed zhao,restored wang"));
    }

    // robustness: a desk with edits not pushed yet to an article trashed elsewhere keeps them:
    // a pull leaves its copy out of the trash and queued, and its push restores the article on
    // the server with the edits, so the other desks get both.
    void unpushedEditsRestoreAnArticleTrashedElsewhere()
    {
        auto zhao = client(QStringLiteral("zhao"));
        auto wang = client(QStringLiteral("wang"));
        Article article = Article::create(QStringLiteral("一边删一边改的稿"));
        QString error;
        QVERIFY(zhao->store.insertArticle(&article, &error));
        QCOMPARE(synced(*zhao).pushed, 1);
        synced(*wang);
        QVERIFY(edit(*wang, article.uuid, [](Article *edited) { edited->subtitle = QStringLiteral("离线时加的副题"); }));
        QVERIFY(zhao->store.deleteArticle(article.id, &error));
        QCOMPARE(synced(*zhao).pushed, 1);

        QVERIFY(wang->server.connect(m_cluster.url(QStringLiteral("wang")), &error));
        SyncEngine engine(wang->store, wang->rows, wang->server);
        SyncReport report;
        QVERIFY2(engine.pull(&report, &error), qPrintable(error));
        const Article kept = stored(*wang, article.uuid);
        QCOMPARE(kept.subtitle, QStringLiteral("离线时加的副题"));
        QVERIFY(!wang->rows.isTrashed(kept.id));
        QCOMPARE(wang->rows.outboxSize(), 1);

        QVERIFY2(engine.push(&report, &error), qPrintable(error));
        NewsroomServer::ServerArticle head;
        bool found = false;
        QVERIFY(wang->server.article(article.uuid, &head, &found, &error));
        QVERIFY(!head.trashed);
        QVERIFY(head.json.contains("离线时加的副题"));
        QCOMPARE(wang->rows.outboxSize(), 0);
        synced(*zhao);
        QVERIFY(!zhao->rows.isTrashed(article.id));
        QCOMPARE(stored(*zhao, article.uuid).subtitle, QStringLiteral("离线时加的副题"));
    }

    // robustness: who may not edit an article may not trash it either: the server refuses, the
    // move stays queued on the desk and the article stays out of the trash for everyone else.
    void trashIsRefusedToWhoMayNotEdit()
    {
        auto zhao = client(QStringLiteral("zhao"));
        auto li = client(QStringLiteral("li"));
        Article article = Article::create(QStringLiteral("总编的稿"));
        QString error;
        QVERIFY(zhao->store.insertArticle(&article, &error));
        QCOMPARE(synced(*zhao).pushed, 1);
        synced(*li);
        const qint64 there = stored(*li, article.uuid).id;
        QVERIFY(li->store.deleteArticle(there, &error));
        const SyncReport report = synced(*li);
        QCOMPARE(report.refused, 1);
        // In the user's words (translated), not the server's SQL message in brackets.
        QVERIFY2(report.refusals.first().endsWith(
                         QLatin1String("permission denied: your role may not move this article to or from the trash")),
                 qPrintable(report.refusals.first()));
        QCOMPARE(li->rows.outboxSize(), 1);
        QVERIFY(li->rows.isTrashed(there));
        NewsroomServer::ServerArticle head;
        bool found = false;
        QVERIFY(zhao->server.article(article.uuid, &head, &found, &error));
        QVERIFY(!head.trashed);
    }

    // robustness: two desks pushing batches that share articles at the same moment take turns.
    // Desk one has written X and is about to write Y in the same transaction; desk two's batch
    // starts with Y. Before the fix, two took Y's row and then waited for the write lock one
    // held, one waited for Y: PostgreSQL's "deadlock detected" after a second.
    void overlappingPushesTakeTurns()
    {
        auto wang = client(QStringLiteral("wang"));
        Article x = Article::create(QStringLiteral("稿件甲"));
        Article y = Article::create(QStringLiteral("稿件乙"));
        QString error;
        QVERIFY(wang->store.insertArticle(&x, &error));
        QVERIFY(wang->store.insertArticle(&y, &error));
        QCOMPARE(synced(*wang).pushed, 2);
        const auto head = [&wang](const QString &uuid) {
            NewsroomServer::ServerArticle article;
            bool found = false;
            QString why;
            wang->server.article(uuid, &article, &found, &why);
            return article;
        };
        const auto item = [](const NewsroomServer::ServerArticle &article, const QString &title) {
            Article edited;
            ArticleJson::fromJson(article.json, &edited, nullptr);
            edited.title = title;
            return QJsonObject{{QStringLiteral("uuid"), article.uuid},
                               {QStringLiteral("base"), double(article.headRevision)},
                               {QStringLiteral("json"), QString::fromUtf8(ArticleJson::toJson(edited, false))},
                               {QStringLiteral("trashed"), false}};
        };
        const NewsroomServer::ServerArticle headX = head(x.uuid);
        const NewsroomServer::ServerArticle headY = head(y.uuid);

        PgConnection one;
        QVERIFY2(one.open(m_cluster.url(QStringLiteral("zhao")), &error), qPrintable(error));
        QVERIFY2(one.exec(QStringLiteral("BEGIN"), &error), qPrintable(error));
        const auto pushOne = [&one, &error](const QJsonObject &pushed) {
            PgResult result;
            return PgQuery(QStringLiteral("SELECT outcome FROM copydesk_push($1::json)"))
                           .bind(QString::fromUtf8(QJsonDocument(QJsonArray{pushed}).toJson(QJsonDocument::Compact)))
                           .exec(one, &result, &error)
                    && result.rows() == 1 && result.text(0, 0) == QLatin1String("forward");
        };
        QVERIFY2(pushOne(item(headX, QStringLiteral("甲，一改"))), qPrintable(error));

        bool pushedTwo = false;
        QString twoError;
        QList<NewsroomServer::PushOutcome> outcomes;
        std::unique_ptr<QThread> two(QThread::create([&] {
            NewsroomServer server;
            if (!server.connect(m_cluster.url(QStringLiteral("wang")), &twoError))
                return;
            NewsroomServer::PushItem pushed;
            pushed.uuid = y.uuid;
            pushed.baseRevision = headY.headRevision;
            Article edited;
            ArticleJson::fromJson(headY.json, &edited, nullptr);
            edited.title = QStringLiteral("乙，二改");
            pushed.json = ArticleJson::toJson(edited, false);
            pushedTwo = server.push({pushed}, nullptr, &outcomes, &twoError);
        }));
        two->start();
        QTest::qWait(500); // two is waiting now (for the lock, or before the fix with Y's row held)
        QVERIFY2(pushOne(item(headY, QStringLiteral("乙，一改"))), qPrintable(error));
        QVERIFY2(one.exec(QStringLiteral("COMMIT"), &error), qPrintable(error));
        QVERIFY(two->wait(30000));
        QVERIFY2(pushedTwo, qPrintable(twoError));
        QCOMPARE(outcomes.size(), 1);
        // One came first: two's base is no longer the head, so its edit is kept beside it.
        QCOMPARE(outcomes.first().kind, NewsroomServer::PushOutcome::Kind::Conflict);
        QCOMPARE(head(y.uuid).json.contains("乙，一改"), true);
    }
};

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "tst_syncengine.moc"
