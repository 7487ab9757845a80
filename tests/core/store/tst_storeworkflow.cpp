#include "model/articlejson.h"
#include "store/backup.h"
#include "sqlite/database.h"
#include "sqlite/statement.h"
#include "store/store.h"
#include "fixtures/testutil.h"
#include "fixtures/storefiles.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <functional>

using namespace copydesk;
using copydesk::test::rawExec;

// The store's newsroom workflow: migration from version 1, checkpoints and restores of revisions,
// status history, the trash's purge, paged and filtered listing, the new metadata.
class TstStoreWorkflow : public QObject
{
    Q_OBJECT

private:
    // The schema of store version 1 exactly as Copydesk 0.1 created it.
    static QString v1Schema()
    {
        return QStringLiteral(R"sql(
CREATE TABLE articles (id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE, title TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'draft', section TEXT NOT NULL DEFAULT '', created TEXT NOT NULL,
    updated TEXT NOT NULL, deleted_at TEXT, words INTEGER NOT NULL DEFAULT 0, images INTEGER NOT NULL DEFAULT 0,
    images_missing_caption INTEGER NOT NULL DEFAULT 0, json TEXT NOT NULL);
CREATE INDEX articles_listing ON articles (updated DESC, id DESC, uuid, title, status, section,
    created, words, images, images_missing_caption, deleted_at) WHERE deleted_at IS NULL;
CREATE INDEX articles_trash ON articles (deleted_at) WHERE deleted_at IS NOT NULL;
CREATE TABLE revisions (id INTEGER PRIMARY KEY, article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    created TEXT NOT NULL, reason TEXT NOT NULL DEFAULT '', json TEXT NOT NULL);
CREATE INDEX revisions_article ON revisions (article_id, id);
CREATE TABLE media (sha256 TEXT PRIMARY KEY NOT NULL, mime TEXT NOT NULL DEFAULT '', width INTEGER NOT NULL DEFAULT 0,
    height INTEGER NOT NULL DEFAULT 0, size INTEGER NOT NULL, file_name TEXT NOT NULL DEFAULT '',
    created TEXT NOT NULL, thumbnail BLOB, bytes BLOB NOT NULL);
CREATE TABLE article_media (article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    sha256 TEXT NOT NULL, PRIMARY KEY (article_id, sha256)) WITHOUT ROWID;
CREATE INDEX article_media_sha256 ON article_media (sha256);
CREATE TABLE settings (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL);
PRAGMA application_id = %1;
PRAGMA user_version = 1;
PRAGMA journal_mode = WAL;
)sql").arg(Store::ApplicationId);
    }

    static bool insertV1(const QString &path, qint64 id, const Article &article, bool trashed, const QByteArray &json = {})
    {
        Database db;
        QString error;
        Statement insert;
        if (!db.open(path, Database::Mode::ReadWrite, &error)
            || !insert.prepare(db, QStringLiteral("INSERT INTO articles (id, uuid, title, status, section, created, "
                                                  "updated, deleted_at, json) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"),
                               &error)) {
            qWarning() << error;
            return false;
        }
        insert.bind(1, id);
        insert.bind(2, article.uuid);
        insert.bind(3, article.title);
        insert.bind(4, Article::statusName(article.status));
        insert.bind(5, article.section);
        insert.bind(6, article.created.toString(Qt::ISODateWithMs));
        insert.bind(7, article.updated.toString(Qt::ISODateWithMs));
        if (trashed)
            insert.bind(8, QStringLiteral("2020-01-01T00:00:00.000Z"));
        else
            insert.bindNull(8);
        insert.bind(9, json.isEmpty() ? ArticleJson::toJson(article, false) : json);
        return insert.exec(&error) || (qWarning() << error, false);
    }

    static Article article(const QString &title, const QString &body)
    {
        Article result = Article::create(title);
        result.blocks = {Block::paragraph(body)};
        return result;
    }

    static qint64 count(Store &store, const QString &query)
    {
        QList<SearchHit> hits;
        qint64 total = -1;
        QString error;
        if (!store.search(query, 0, 100, &hits, &total, &error))
            qWarning() << error;
        return total;
    }

private slots:
    void migrationFromV1_data()
    {
        QTest::addColumn<bool>("unreadableRow");
        QTest::newRow("nominal: three articles, one trashed") << false;
        QTest::newRow("robustness: a row whose JSON cannot be read") << true;
    }

    // A version 1 store is backed up, then gains tags, search and the new indexes.
    void migrationFromV1()
    {
        QFETCH(bool, unreadableRow);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite3"));
        QVERIFY(rawExec(path, v1Schema()));
        Article first = article(QStringLiteral("大祥区妇联推进示范创建"), QStringLiteral("民族团结进步宣传月活动"));
        first.tags = {QStringLiteral("妇联"), QStringLiteral("民族团结")};
        Article second = article(QStringLiteral("Copydesk 上线"), QStringLiteral("新的采编系统"));
        second.tags = {QStringLiteral("科技")};
        Article trashed = article(QStringLiteral("已删除"), QStringLiteral("回收站里的稿件"));
        QVERIFY(insertV1(path, 1, first, false));
        QVERIFY(insertV1(path, 2, second, false));
        QVERIFY(insertV1(path, 3, trashed, true));
        if (unreadableRow)
            QVERIFY(insertV1(path, 4, article(QStringLiteral("坏"), QString()), false, "{not json"));

        Store store;
        QString error;
        QVERIFY2(store.open(path, &error), qPrintable(error));
        QCOMPARE(store.pragma(QStringLiteral("user_version")).toInt(), Store::SchemaVersion);
        const QStringList backups = Backup::backupsOf(path);
        QCOMPARE(backups.size(), 1);
        QVERIFY(backups.first().endsWith(QStringLiteral("-before-v%1.sqlite3").arg(Store::SchemaVersion)));
        QVERIFY2(Backup::verify(backups.first(), &error), qPrintable(error));
        {
            Database copy;
            qint64 version = 0;
            QVERIFY(copy.open(backups.first(), Database::Mode::ReadOnly, &error));
            QVERIFY(copy.queryInt64(QStringLiteral("PRAGMA user_version"), &version, &error));
            QCOMPARE(version, qint64(1));
        }
        QCOMPARE(count(store, QStringLiteral("民族团结")), qint64(1));
        QCOMPARE(count(store, QStringLiteral("copy")), qint64(1));
        QCOMPARE(count(store, QStringLiteral("回收站")), qint64(0));
        QCOMPARE(store.tags(&error), (QStringList{QStringLiteral("妇联"), QStringLiteral("民族团结"), QStringLiteral("科技")}));
        ArticleFilter byTag;
        byTag.tag = QStringLiteral("妇联");
        QCOMPARE(store.countArticles(byTag, &error), qint64(1));
        QCOMPARE(store.listArticles(&error).size(), unreadableRow ? 3 : 2);
        // The migrated store works as a new one: edits reach the index.
        Article loaded;
        QVERIFY2(store.loadArticle(2, &loaded, &error), qPrintable(error));
        loaded.blocks = {Block::paragraph(QStringLiteral("改写后的正文"))};
        QVERIFY2(store.saveArticle(&loaded, &error), qPrintable(error));
        QCOMPARE(count(store, QStringLiteral("采编系统")), qint64(0));
        QCOMPARE(count(store, QStringLiteral("改写")), qint64(1));
        store.close();
        // Opening again migrates nothing and backs up nothing more.
        QVERIFY2(store.open(path, &error), qPrintable(error));
        QCOMPARE(Backup::backupsOf(path).size(), 1);
    }

    void checkpoints_data()
    {
        QTest::addColumn<int>("minutesAgo");
        QTest::newRow("nominal: last revision six minutes old") << 6;
        QTest::newRow("nominal: last revision a minute old") << 1;
    }

    // saveArticle keeps the state it replaces when the newest revision is five minutes old.
    void checkpoints()
    {
        QFETCH(int, minutesAgo);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.sqlite3"));
        Store store;
        QString error;
        QVERIFY2(store.open(path, &error), qPrintable(error));
        Article draft = article(QStringLiteral("初稿"), QStringLiteral("第一版正文"));
        QVERIFY2(store.insertArticle(&draft, &error), qPrintable(error));
        draft.blocks[0].text.text = QStringLiteral("第二版正文");
        QVERIFY2(store.saveArticle(&draft, &error), qPrintable(error));
        // Only the revision made with the article: created just now, no checkpoint due.
        QCOMPARE(store.revisions(draft.id, &error).size(), 1);
        QVERIFY2(store.addRevision(draft.id, QString::fromUtf8(Store::SavedReason), nullptr, &error), qPrintable(error));
        const QString past = QDateTime::currentDateTimeUtc().addSecs(-60 * minutesAgo).toString(Qt::ISODateWithMs);
        QVERIFY(rawExec(path, QStringLiteral("UPDATE revisions SET created = '%1'").arg(past)));
        draft.blocks[0].text.text = QStringLiteral("第三版正文");
        QVERIFY2(store.saveArticle(&draft, &error), qPrintable(error));
        draft.blocks[0].text.text = QStringLiteral("第四版正文");
        QVERIFY2(store.saveArticle(&draft, &error), qPrintable(error));
        const QList<RevisionInfo> list = store.revisions(draft.id, &error);
        QCOMPARE(list.size(), minutesAgo >= 5 ? 3 : 2);
        if (minutesAgo >= 5) {
            QCOMPARE(list.first().reason, QString::fromUtf8(Store::CheckpointReason));
            Article checkpoint;
            QVERIFY2(store.loadRevision(list.first().id, &checkpoint, &error), qPrintable(error));
            QCOMPARE(checkpoint.blocks.first().text.text, QStringLiteral("第二版正文"));
        }
    }

    void restoreKeepsHistory_data()
    {
        QTest::addColumn<int>("versions");
        QTest::newRow("nominal: back to the first of three versions, then undo") << 3;
    }

    void restoreKeepsHistory()
    {
        QFETCH(int, versions);
        QTemporaryDir dir;
        Store store;
        QString error;
        QVERIFY2(store.open(dir.filePath(QStringLiteral("s.sqlite3")), &error), qPrintable(error));
        Article current = article(QStringLiteral("标题"), QStringLiteral("版本0"));
        current.tags = {QStringLiteral("旧标签")};
        QVERIFY2(store.insertArticle(&current, &error), qPrintable(error));
        QList<qint64> revisionIds;
        for (int i = 0; i < versions; ++i) {
            current.blocks[0].text.text = QStringLiteral("版本%1").arg(i);
            current.title = QStringLiteral("标题%1").arg(i);
            QVERIFY2(store.saveArticle(&current, &error), qPrintable(error));
            qint64 id = 0;
            QVERIFY2(store.addRevision(current.id, QString::fromUtf8(Store::SavedReason), &id, &error), qPrintable(error));
            revisionIds.append(id);
        }
        current.tags = {QStringLiteral("新标签")};
        current.blocks[0].text.text = QStringLiteral("最新的正文");
        QVERIFY2(store.saveArticle(&current, &error), qPrintable(error));
        const int before = int(store.revisions(current.id, &error).size());

        Article restored;
        QVERIFY2(store.restoreRevision(current.id, revisionIds.first(), &restored, &error), qPrintable(error));
        QCOMPARE(restored.title, QStringLiteral("标题0"));
        QCOMPARE(restored.uuid, current.uuid);
        QCOMPARE(restored.created, current.created);
        Article loaded;
        QVERIFY2(store.loadArticle(current.id, &loaded, &error), qPrintable(error));
        QCOMPARE(loaded, restored);
        QCOMPARE(count(store, QStringLiteral("最新的正文")), qint64(0));
        QCOMPARE(count(store, QStringLiteral("版本0")), qint64(1));
        QCOMPARE(store.tags(&error), QStringList{QStringLiteral("旧标签")});

        QList<RevisionInfo> list = store.revisions(current.id, &error);
        QCOMPARE(int(list.size()), before + 1);
        QCOMPARE(list.first().reason, QString::fromUtf8(Store::BeforeRestoreReason));
        // Restoring "before restore" undoes the restore, and history still only grows.
        QVERIFY2(store.restoreRevision(current.id, list.first().id, &restored, &error), qPrintable(error));
        QCOMPARE(restored.blocks.first().text.text, QStringLiteral("最新的正文"));
        QCOMPARE(int(store.revisions(current.id, &error).size()), before + 2);

        // A revision of another article is refused and changes nothing.
        Article other = article(QStringLiteral("别的稿件"), QStringLiteral("别的正文"));
        QVERIFY2(store.insertArticle(&other, &error), qPrintable(error));
        QVERIFY(!store.restoreRevision(other.id, revisionIds.first(), nullptr, &error));
        QVERIFY2(error.contains(QString::number(current.id)), qPrintable(error));
        QVERIFY(!store.restoreRevision(current.id, 99999, nullptr, &error));
        QCOMPARE(int(store.revisions(current.id, &error).size()), before + 2);
    }

    void statusHistory_data()
    {
        QTest::addColumn<QStringList>("statuses");
        QTest::newRow("nominal: draft to published") << QStringList{QStringLiteral("待审"), QStringLiteral("approved"),
                                                                     QStringLiteral("已发布")};
    }

    // Each status change is recorded with its time and as a revision; other saves add none.
    void statusHistory()
    {
        QFETCH(QStringList, statuses);
        QTemporaryDir dir;
        Store store;
        QString error;
        QVERIFY2(store.open(dir.filePath(QStringLiteral("s.sqlite3")), &error), qPrintable(error));
        Article draft = article(QStringLiteral("稿件"), QStringLiteral("正文"));
        QVERIFY2(store.insertArticle(&draft, &error), qPrintable(error));
        const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-1);
        for (const QString &name : statuses) {
            QVERIFY(Article::statusFromName(name, &draft.status));
            draft.blocks.append(Block::paragraph(name));
            QVERIFY2(store.saveArticle(&draft, &error), qPrintable(error));
            draft.title += QLatin1Char('!');
            QVERIFY2(store.saveArticle(&draft, &error), qPrintable(error));
        }
        const QList<StatusChange> history = store.statusHistory(draft.id, &error);
        QCOMPARE(history.size(), statuses.size());
        QCOMPARE(history.first().from, Article::Status::Draft);
        QCOMPARE(history.first().to, Article::Status::Review);
        QCOMPARE(history.last().to, Article::Status::Published);
        for (const StatusChange &change : history)
            QVERIFY(change.changed >= start);
        const QList<RevisionInfo> revisions = store.revisions(draft.id, &error);
        QCOMPARE(revisions.size(), statuses.size() + 1); // and the one made with the article
        QCOMPARE(revisions.first().reason, QStringLiteral("status change: published"));
        // The revision holds the article as saved with the new status, its new paragraph too.
        Article kept;
        QVERIFY2(store.loadRevision(revisions.first().id, &kept, &error), qPrintable(error));
        QCOMPARE(kept.blocks.last().text.text, statuses.last());
        QCOMPARE(kept.status, Article::Status::Published);
        QCOMPARE(Store::revisionReasonName(revisions.first().reason),
                 QStringLiteral("Status changed to %1").arg(Article::statusDisplayName(Article::Status::Published)));
    }

    void trashPurge_data()
    {
        QTest::addColumn<int>("daysAgo");
        QTest::newRow("nominal: trashed 31 days ago is purged on open") << 31;
        QTest::newRow("nominal: trashed 29 days ago stays") << 29;
    }

    void trashPurge()
    {
        QFETCH(int, daysAgo);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.sqlite3"));
        qint64 old = 0;
        qint64 recent = 0;
        QString oldKey;
        QString recentKey;
        {
            Store store;
            QString error;
            QVERIFY2(store.open(path, &error), qPrintable(error));
            Article a = article(QStringLiteral("旧稿"), QStringLiteral("旧的正文"));
            Article b = article(QStringLiteral("新删"), QStringLiteral("新的正文"));
            QVERIFY2(store.insertArticle(&a, &error) && store.insertArticle(&b, &error), qPrintable(error));
            QVERIFY2(store.deleteArticle(a.id, &error) && store.deleteArticle(b.id, &error), qPrintable(error));
            const QList<ArticleSummary> trash = store.listTrash(&error);
            QCOMPARE(trash.size(), 2);
            QVERIFY(trash.first().deleted.isValid());
            old = a.id;
            recent = b.id;
            oldKey = QStringLiteral("proof/ignored/") + a.uuid;
            recentKey = QStringLiteral("proof/ignored/") + b.uuid;
            QVERIFY(store.setSetting(oldKey, QStringLiteral("x"), &error) && store.setSetting(recentKey, QStringLiteral("x"), &error));
        }
        const QString when = QDateTime::currentDateTimeUtc().addDays(-daysAgo).toString(Qt::ISODateWithMs);
        QVERIFY(rawExec(path, QStringLiteral("UPDATE articles SET deleted_at = '%1' WHERE id = %2").arg(when).arg(old)));
        Store store;
        QString error;
        QVERIFY2(store.open(path, &error), qPrintable(error));
        Article loaded;
        const bool purged = daysAgo > Store::TrashDays;
        QCOMPARE(store.loadArticle(old, &loaded, &error), !purged);
        QCOMPARE(store.revisions(old, &error).isEmpty(), purged);
        QVERIFY2(store.loadArticle(recent, &loaded, &error), qPrintable(error));
        QCOMPARE(store.listTrash(&error).size(), purged ? 1 : 2);
        QCOMPARE(store.setting(oldKey).isEmpty(), purged);
        QVERIFY(!store.setting(recentKey).isEmpty());
        QStringList problems;
        QVERIFY2(store.checkIntegrity(&problems, &error), qPrintable(error));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void purgeArticle_data()
    {
        QTest::addColumn<QString>("which");
        QTest::newRow("nominal: a trashed article goes for good, with its history") << "trashed";
        QTest::newRow("robustness: an article not in the trash is refused") << "live";
        QTest::newRow("robustness: an unknown article is refused") << "unknown";
    }

    void purgeArticle()
    {
        QFETCH(QString, which);
        QTemporaryDir dir;
        Store store;
        QString error;
        QVERIFY2(store.open(dir.filePath(QStringLiteral("s.sqlite3")), &error), qPrintable(error));
        Article target = article(QStringLiteral("要删的稿"), QStringLiteral("要删的正文"));
        Article kept = article(QStringLiteral("留着的稿"), QStringLiteral("留着的正文"));
        QVERIFY2(store.insertArticle(&target, &error) && store.insertArticle(&kept, &error), qPrintable(error));
        QVERIFY2(store.deleteArticle(kept.id, &error), qPrintable(error));
        if (which == QLatin1String("trashed"))
            QVERIFY2(store.deleteArticle(target.id, &error), qPrintable(error));
        const qint64 id = which == QLatin1String("unknown") ? 99999 : target.id;
        // Settings of the article's own (keys ending in its uuid) go with it; others stay.
        const QString own = QStringLiteral("proof/ignored/") + target.uuid;
        const QString other = QStringLiteral("proof/ignored/") + kept.uuid;
        QVERIFY(store.setSetting(own, QStringLiteral("rule\x1Ftext"), &error));
        QVERIFY(store.setSetting(other, QStringLiteral("rule\x1Ftext"), &error));
        const int revisionsBefore = int(store.revisions(target.id, &error).size());

        error.clear();
        const bool purged = store.purgeArticle(id, &error);
        QCOMPARE(purged, which == QLatin1String("trashed"));
        Article loaded;
        QCOMPARE(store.loadArticle(target.id, &loaded, &error), !purged);
        QCOMPARE(store.setting(own).isEmpty(), purged);
        QVERIFY(!store.setting(other).isEmpty());
        if (purged) {
            QVERIFY(store.revisions(target.id, &error).isEmpty());
        } else {
            QVERIFY(!error.isEmpty());
            QVERIFY2(error.contains(QString::number(id)), qPrintable(error));
            QCOMPARE(int(store.revisions(target.id, &error).size()), revisionsBefore);
            QCOMPARE(count(store, QStringLiteral("要删的正文")), qint64(1));
        }
        // The other trashed article is untouched.
        const QList<ArticleSummary> trash = store.listTrash(&error);
        QCOMPARE(trash.size(), 1);
        QCOMPARE(trash.first().id, kept.id);
        QStringList problems;
        QVERIFY2(store.checkIntegrity(&problems, &error), qPrintable(error));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void listPages_data()
    {
        QTest::addColumn<int>("which");
        QTest::newRow("nominal: no filter, newest first") << 0;
        QTest::newRow("nominal: two statuses, oldest first") << 1;
        QTest::newRow("nominal: a section, by creation") << 2;
        QTest::newRow("nominal: a tag and missing captions") << 3;
        QTest::newRow("nominal: a date range, by title") << 4;
        QTest::newRow("nominal: text by relevance with a status") << 5;
        QTest::newRow("robustness: a filter nothing matches") << 6;
    }

    // Pages of any size add up to what filtering and sorting the whole list gives.
    void listPages()
    {
        QFETCH(int, which);
        QTemporaryDir dir;
        Store store;
        QString error;
        QVERIFY2(store.open(dir.filePath(QStringLiteral("s.sqlite3")), &error), qPrintable(error));
        const QStringList sections{QStringLiteral("本地"), QStringLiteral("民生"), QStringLiteral("政务")};
        const QDateTime base(QDate(2024, 3, 1), QTime(8, 0), Qt::UTC);
        QList<Article> articles;
        for (int i = 0; i < 230; ++i) {
            Article a = article(QStringLiteral("稿件%1").arg((i * 7) % 230, 3, 10, QLatin1Char('0')),
                                i % 4 == 0 ? QStringLiteral("妇联工作会议") : QStringLiteral("普通正文"));
            a.status = Article::Status(i % 5);
            a.section = sections.at(i % 3);
            a.tags = {QStringLiteral("标签%1").arg(i % 6)};
            if (i % 3 == 1)
                a.blocks.append(Block::imagePlaceholder(QString()));
            a.created = base.addSecs(i * 3600);
            a.updated = base.addSecs(((i * 37) % 230) * 600);
            articles.append(a);
        }
        QVERIFY2(store.insertArticles(&articles, &error), qPrintable(error));
        QVERIFY2(store.deleteArticle(articles.at(0).id, &error), qPrintable(error));
        articles.removeFirst();

        ArticleFilter filter;
        ArticleFilter::Sort sort = ArticleFilter::Sort::UpdatedNewest;
        std::function<bool(const Article &)> keep = [](const Article &) { return true; };
        std::function<bool(const Article &, const Article &)> before = [](const Article &a, const Article &b) {
            return a.updated != b.updated ? a.updated > b.updated : a.id > b.id;
        };
        switch (which) {
        case 1:
            filter.statuses = {Article::Status::Review, Article::Status::Published};
            sort = ArticleFilter::Sort::UpdatedOldest;
            keep = [](const Article &a) { return a.status == Article::Status::Review || a.status == Article::Status::Published; };
            before = [](const Article &a, const Article &b) { return a.updated != b.updated ? a.updated < b.updated : a.id < b.id; };
            break;
        case 2:
            filter.section = QStringLiteral("民生");
            sort = ArticleFilter::Sort::CreatedNewest;
            keep = [](const Article &a) { return a.section == QStringLiteral("民生"); };
            before = [](const Article &a, const Article &b) { return a.created != b.created ? a.created > b.created : a.id > b.id; };
            break;
        case 3:
            filter.tag = QStringLiteral("标签1");
            filter.missingCaptionsOnly = true;
            keep = [](const Article &a) { return a.tags.contains(QStringLiteral("标签1")) && a.imagesMissingCaption() > 0; };
            break;
        case 4:
            filter.updatedFrom = base.addSecs(50 * 600);
            filter.updatedTo = base.addSecs(120 * 600);
            sort = ArticleFilter::Sort::Title;
            keep = [&filter](const Article &a) { return a.updated >= filter.updatedFrom && a.updated < filter.updatedTo; };
            before = [](const Article &a, const Article &b) { return a.title != b.title ? a.title < b.title : a.id < b.id; };
            break;
        case 5:
            filter.text = QStringLiteral("妇联");
            filter.statuses = {Article::Status::Draft};
            sort = ArticleFilter::Sort::Relevance;
            keep = [](const Article &a) { return a.status == Article::Status::Draft && a.blocks.first().text.text.contains(QStringLiteral("妇联")); };
            break;
        case 6:
            filter.section = QStringLiteral("不存在");
            keep = [](const Article &) { return false; };
            break;
        }
        QList<qint64> expected;
        QList<Article> kept;
        std::copy_if(articles.begin(), articles.end(), std::back_inserter(kept), keep);
        std::sort(kept.begin(), kept.end(), before);
        for (const Article &a : std::as_const(kept))
            expected.append(a.id);

        QCOMPARE(store.countArticles(filter, &error), qint64(expected.size()));
        QList<qint64> paged;
        for (qint64 offset = 0;; offset += 17) {
            const QList<ArticleSummary> page = store.listArticles(offset, 17, filter, sort, &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            for (const ArticleSummary &summary : page)
                paged.append(summary.id);
            if (page.size() < 17)
                break;
        }
        if (which == 5) { // equal relevance: compare as sets
            std::sort(paged.begin(), paged.end());
            std::sort(expected.begin(), expected.end());
        }
        QCOMPARE(paged, expected);
        QCOMPARE(store.sections(&error), (QStringList{QStringLiteral("政务"), QStringLiteral("本地"), QStringLiteral("民生")}));
        QCOMPARE(store.tags(&error).size(), 6);
    }

    void metadata_data()
    {
        QTest::addColumn<QString>("dateline");
        QTest::newRow("nominal: dateline, slug and embargo") << QStringLiteral("大祥融媒讯");
    }

    void metadata()
    {
        QFETCH(QString, dateline);
        QTemporaryDir dir;
        Store store;
        QString error;
        QVERIFY2(store.open(dir.filePath(QStringLiteral("s.sqlite3")), &error), qPrintable(error));
        Article a = article(QStringLiteral("标题"), QStringLiteral("正文"));
        a.dateline = dateline;
        a.slug = QStringLiteral("daxiang-womens-federation");
        a.embargo = QDateTime(QDate(2025, 6, 1), QTime(0, 0), Qt::UTC);
        QVERIFY2(store.insertArticle(&a, &error), qPrintable(error));
        Article loaded;
        QVERIFY2(store.loadArticle(a.id, &loaded, &error), qPrintable(error));
        QCOMPARE(loaded, a);
        Article plain = article(QStringLiteral("无"), QStringLiteral("正文"));
        QVERIFY(!ArticleJson::toJson(plain).contains("embargo")); // optional keys stay out
        SiteSettings settings = store.siteSettings();
        settings.defaultSection = QStringLiteral("本地新闻");
        QVERIFY2(store.setSiteSettings(settings, &error), qPrintable(error));
        QCOMPARE(store.siteSettings().defaultSection, QStringLiteral("本地新闻"));
    }

    void openProblems_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("problem");
        QTest::newRow("nominal: a healthy store") << "good" << int(Store::OpenProblem::None);
        QTest::newRow("robustness: damaged b-tree pages") << "damaged" << int(Store::OpenProblem::Damaged);
        QTest::newRow("robustness: a text file") << "text" << int(Store::OpenProblem::NotAStore);
        QTest::newRow("robustness: a newer store") << "newer" << int(Store::OpenProblem::NewerVersion);
    }

    void openProblems()
    {
        QFETCH(QString, kind);
        QFETCH(int, problem);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.sqlite3"));
        if (kind == QLatin1String("text")) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(test::sampleArticleText().toUtf8());
        } else {
            Store store;
            QString error;
            QVERIFY2(store.open(path, &error), qPrintable(error));
            QList<Article> many;
            for (int i = 0; i < 200; ++i)
                many.append(article(QStringLiteral("稿件%1").arg(i), test::sampleArticleText().left(800)));
            QVERIFY2(store.insertArticles(&many, &error), qPrintable(error));
        }
        if (kind == QLatin1String("newer"))
            QVERIFY(rawExec(path, QStringLiteral("PRAGMA user_version = 99")));
        if (kind == QLatin1String("damaged")) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            const qint64 pages = file.size() / 4096;
            QVERIFY(pages > 20);
            for (qint64 page = pages / 2; page < pages / 2 + 8; ++page) {
                QVERIFY(file.seek(page * 4096));
                QCOMPARE(file.write(QByteArray(16, '\xA5')), qint64(16));
            }
        }
        Store store;
        QString error;
        QCOMPARE(store.open(path, &error), problem == int(Store::OpenProblem::None));
        QCOMPARE(int(store.lastOpenProblem()), problem);
        if (problem == int(Store::OpenProblem::Damaged))
            QVERIFY2(error.contains(QStringLiteral("damaged")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TstStoreWorkflow)
#include "tst_storeworkflow.moc"
