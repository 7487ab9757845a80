#include "fixtures/storefiles.h"
#include "model/searchhit.h"
#include "store/articleedits.h"
#include "store/store.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace copydesk;
using test::rawCount;
using test::rawExec;

// Keystroke saves: the blocks a save changed are kept as edits beside the article's JSON and
// folded into it when the search index catches up; every reader sees the article with them.
class TstArticleEdits : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_count = 0;

    QString newPath() { return m_dir.filePath(QStringLiteral("edits-%1.sqlite3").arg(++m_count)); }

    static Article article(int paragraphs)
    {
        Article a;
        a.title = QStringLiteral("大祥区妇联开展宣传月活动");
        a.byline = QStringLiteral("记者 张三");
        for (int i = 0; i < paragraphs; ++i)
            a.blocks.append(Block::paragraph(RichText(QStringLiteral("第%1段：民族团结进步示范创建。").arg(i))));
        return a;
    }

    static qint64 edits(const QString &path, qint64 id)
    {
        return rawCount(path, QStringLiteral("SELECT count(*) FROM article_edits WHERE article_id = %1").arg(id));
    }

    // Saves as the Autosaver does: on the state last written, which it passes as the base.
    static bool saveOnBase(Store *store, Article *edited, Article *base, Store::SaveOutcome *outcome = nullptr)
    {
        QString error;
        Store::SaveOutcome result;
        edited->version = base->version;
        if (!store->saveArticle(edited, &error, base, &result)) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        *base = *edited;
        if (outcome)
            *outcome = result;
        return true;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // nominal: one paragraph typed in is one edit; the JSON is not rewritten, the article reads
    // back whole, with its new version, time and word count; the catch-up folds it.
    void typingWritesTheChangedBlockOnly()
    {
        const QString path = newPath();
        Store store;
        QString error;
        QVERIFY2(store.open(path, &error), qPrintable(error));
        Article base = article(30);
        QVERIFY2(store.insertArticle(&base, &error), qPrintable(error));
        QVERIFY(store.updateSearchIndex(&error));
        Article edited = base;
        edited.blocks[12].text.text += QStringLiteral("打字的人");
        Store::SaveOutcome outcome;
        QVERIFY(saveOnBase(&store, &edited, &base, &outcome));
        QCOMPARE(outcome.kind, Store::SaveOutcome::Kind::Written);
        QCOMPARE(edited.version, 2);
        QCOMPARE(edits(path, edited.id), 1);
        QCOMPARE(rawCount(path, QStringLiteral("SELECT count(*) FROM article_json WHERE json LIKE '%打字的人%'")), 0);

        Article loaded;
        QVERIFY(store.loadArticle(edited.id, &loaded, &error));
        QCOMPARE(loaded.blocks, edited.blocks);
        QCOMPARE(loaded.version, 2);
        QCOMPARE(loaded.updated, edited.updated);
        QCOMPARE(rawCount(path, QStringLiteral("SELECT words FROM articles WHERE id = %1").arg(edited.id)),
                 qint64(edited.wordCount()));

        // The same state again is no write.
        Article again = edited;
        QVERIFY(saveOnBase(&store, &again, &base, &outcome));
        QCOMPARE(outcome.kind, Store::SaveOutcome::Kind::Unchanged);
        QCOMPARE(again.version, 2);

        QVERIFY(store.updateSearchIndex(&error));
        QCOMPARE(edits(path, edited.id), 0);
        QCOMPARE(rawCount(path, QStringLiteral("SELECT count(*) FROM article_json WHERE json LIKE '%打字的人%'")), 1);
        QVERIFY(store.loadArticle(edited.id, &loaded, &error));
        QCOMPARE(loaded.blocks, edited.blocks);
        QCOMPARE(loaded.updated, edited.updated);
        QCOMPARE(loaded.version, 2);
    }

    // nominal: paragraphs typed, split, joined, inserted and deleted at random, read back after
    // every save (and by a second connection, as another program would) and after catch-ups.
    void randomEditsReadBackExactly()
    {
        const QString path = newPath();
        Store store;
        Store other;
        QString error;
        QVERIFY2(store.open(path, &error), qPrintable(error));
        Article base = article(20);
        QVERIFY(store.insertArticle(&base, &error));
        QVERIFY2(other.open(path, &error), qPrintable(error));
        QRandomGenerator random(20261204);
        Article edited = base;
        for (int step = 0; step < 300; ++step) {
            const int at = int(random.bounded(qMax<qsizetype>(1, edited.blocks.size())));
            switch (random.bounded(5)) {
            case 0:
            case 1:
                if (!edited.blocks.isEmpty())
                    edited.blocks[at].text.text += QChar(u'字' + random.bounded(50));
                break;
            case 2:
                edited.blocks.insert(at, Block::paragraph(RichText(QStringLiteral("新段落%1").arg(step))));
                break;
            case 3:
                if (edited.blocks.size() > 1)
                    edited.blocks.remove(at);
                break;
            case 4:
                if (at + 1 < edited.blocks.size()) { // two paragraphs joined
                    edited.blocks[at].text.text += edited.blocks.at(at + 1).text.text;
                    edited.blocks.remove(at + 1);
                }
                break;
            }
            QVERIFY(saveOnBase(&store, &edited, &base));
            Article loaded;
            QVERIFY2(other.loadArticle(edited.id, &loaded, &error), qPrintable(error));
            QVERIFY2(loaded.blocks == edited.blocks, qPrintable(QStringLiteral("step %1").arg(step)));
            if (step % 37 == 0)
                QVERIFY(store.updateSearchIndex(&error));
        }
        QVERIFY(edits(path, edited.id) > 0);
        QCOMPARE(rawCount(path, QStringLiteral("SELECT words FROM articles WHERE id = %1").arg(edited.id)),
                 qint64(edited.wordCount()));
    }

    // nominal: search finds what was typed before and after the catch-up, and no longer finds
    // what was deleted (the index forgot the text it held).
    void searchFollowsTheEdits()
    {
        const QString path = newPath();
        Store store;
        QString error;
        QVERIFY2(store.open(path, &error), qPrintable(error));
        Article base = article(10);
        base.blocks[3].text.text = QStringLiteral("这段话里有一个暗号：蓝鲸");
        QVERIFY(store.insertArticle(&base, &error));
        QVERIFY(store.updateSearchIndex(&error));
        const auto found = [&store](const QString &query) {
            QList<SearchHit> hits;
            qint64 total = 0;
            QString why;
            return store.search(query, 0, 10, &hits, &total, &why) ? int(hits.size()) : -1;
        };
        QCOMPARE(found(QStringLiteral("蓝鲸")), 1);
        Article edited = base;
        edited.blocks.remove(3);
        edited.blocks[5].text.text += QStringLiteral("新的暗号：白鹭");
        QVERIFY(saveOnBase(&store, &edited, &base));
        QCOMPARE(edits(path, edited.id), 1);
        QCOMPARE(found(QStringLiteral("白鹭")), 1);
        QCOMPARE(found(QStringLiteral("蓝鲸")), 0);
        QVERIFY(store.updateSearchIndex(&error));
        QCOMPARE(edits(path, edited.id), 0);
        QCOMPARE(found(QStringLiteral("白鹭")), 1);
        QCOMPARE(found(QStringLiteral("蓝鲸")), 0);
        QCOMPARE(rawCount(path, QStringLiteral("SELECT count(*) FROM search_pending")), 0);
    }

    // nominal: another program's write on top of pending edits merges with the article as it
    // stands; a revision, the trash and a reopened store all hold the edits.
    void everyReaderSeesTheEdits()
    {
        const QString path = newPath();
        QString error;
        Article base = article(8);
        Article edited;
        {
            Store store;
            QVERIFY2(store.open(path, &error), qPrintable(error));
            QVERIFY(store.insertArticle(&base, &error));
            edited = base;
            edited.blocks[2].text.text += QStringLiteral("第一处修改");
            QVERIFY(saveOnBase(&store, &edited, &base));

            // Another program sets the byline on the state it loaded: the edit is in it.
            Store other;
            QVERIFY(other.open(path, &error));
            QVERIFY2(other.updateArticle(edited.id, [](Article *a, QString *) {
                a->byline = QStringLiteral("记者 李四");
                return true;
            }, &error), qPrintable(error));
            QCOMPARE(edits(path, edited.id), 0); // its write was the whole article

            qint64 revision = 0;
            edited.blocks[4].text.text += QStringLiteral("第二处修改");
            Store::SaveOutcome outcome;
            QVERIFY(saveOnBase(&store, &edited, &base, &outcome));
            QCOMPARE(outcome.kind, Store::SaveOutcome::Kind::Merged);
            edited.blocks[6].text.text += QStringLiteral("第三处修改");
            QVERIFY(saveOnBase(&store, &edited, &base));
            QCOMPARE(edits(path, edited.id), 1);
            QVERIFY(store.addRevision(edited.id, QStringLiteral("saved"), &revision, &error));
            Article kept;
            QVERIFY(store.loadRevision(revision, &kept, &error));
            QCOMPARE(kept.blocks, edited.blocks);
            QCOMPARE(kept.byline, QStringLiteral("记者 李四"));

            edited.blocks[7].text.text += QStringLiteral("第四处修改");
            QVERIFY(saveOnBase(&store, &edited, &base));
            QCOMPARE(edits(path, edited.id), 1);
            QVERIFY(store.deleteArticle(edited.id, &error));
            QVERIFY(store.restoreArticle(edited.id, &error));
        }
        Store reopened;
        QVERIFY(reopened.open(path, &error));
        Article loaded;
        QVERIFY(reopened.loadArticle(edited.id, &loaded, &error));
        QCOMPARE(loaded.blocks, edited.blocks);
        QCOMPARE(loaded.byline, QStringLiteral("记者 李四"));
        QVERIFY(reopened.updateSearchIndex(&error));
        QCOMPARE(edits(path, edited.id), 0);
        QVERIFY(reopened.loadArticle(edited.id, &loaded, &error));
        QCOMPARE(loaded.blocks, edited.blocks);
    }

    // nominal: an article gathers at most FoldAfter edits; the next save writes it whole.
    void editsAreFoldedAfterAWhile()
    {
        const QString path = newPath();
        Store store;
        QString error;
        QVERIFY2(store.open(path, &error), qPrintable(error));
        Article base = article(5);
        QVERIFY(store.insertArticle(&base, &error));
        Article edited = base;
        for (int i = 0; i < ArticleEdits::FoldAfter; ++i) {
            edited.blocks[i % 5].text.text += QChar(u'一' + i);
            QVERIFY(saveOnBase(&store, &edited, &base));
        }
        QCOMPARE(edits(path, edited.id), ArticleEdits::FoldAfter);
        edited.blocks[0].text.text += QStringLiteral("满了");
        QVERIFY(saveOnBase(&store, &edited, &base));
        QCOMPARE(edits(path, edited.id), 0);
        Article loaded;
        QVERIFY(store.loadArticle(edited.id, &loaded, &error));
        QCOMPARE(loaded.blocks, edited.blocks);
    }

    // robustness: a damaged edit is reported in one line when the article is read, never applied
    // half.
    // Schema step 10 moves each article's JSON out of its row into article_json: the articles,
    // their edits and the trash come through whole, and a keystroke's save afterwards changes the
    // row but not the JSON.
    void upgradeMovesTheJsonOutOfTheRow()
    {
        const QString path = newPath();
        QString error;
        Article edited;
        Article base;
        qint64 trashedId = 0;
        {
            Store store;
            QVERIFY2(store.open(path, &error), qPrintable(error));
            base = article(5);
            QVERIFY(store.insertArticle(&base, &error));
            edited = base;
            edited.blocks[2].text.text += QStringLiteral("升级前打的字");
            QVERIFY(saveOnBase(&store, &edited, &base));
            Article trashed = article(2);
            trashed.title = QStringLiteral("回收站里的稿");
            QVERIFY(store.insertArticle(&trashed, &error));
            QVERIFY(store.deleteArticle(trashed.id, &error));
            trashedId = trashed.id;
        }
        const QString jsonColumn = QStringLiteral("SELECT count(*) FROM pragma_table_info('articles') WHERE name = 'json'");
        QVERIFY(rawExec(path, test::jsonBackInArticlesSql() + QStringLiteral("PRAGMA user_version = 9;")));
        QCOMPARE(rawCount(path, jsonColumn), 1);
        QCOMPARE(edits(path, edited.id), 1);

        Store store;
        QVERIFY2(store.open(path, &error), qPrintable(error));
        QCOMPARE(store.pragma(QStringLiteral("user_version")).toInt(), Store::SchemaVersion);
        QCOMPARE(rawCount(path, jsonColumn), 0);
        QCOMPARE(rawCount(path, QStringLiteral("SELECT count(*) FROM article_json")), 2);
        Article loaded;
        QVERIFY2(store.loadArticle(edited.id, &loaded, &error), qPrintable(error));
        QCOMPARE(loaded.blocks, edited.blocks);
        QCOMPARE(loaded.version, edited.version);
        Article trashed;
        QVERIFY2(store.loadArticle(trashedId, &trashed, &error), qPrintable(error));
        QCOMPARE(trashed.title, QStringLiteral("回收站里的稿"));

        base = loaded;
        edited = loaded;
        edited.blocks[3].text.text += QStringLiteral("升级后打的字");
        QVERIFY(saveOnBase(&store, &edited, &base));
        QCOMPARE(rawCount(path, QStringLiteral("SELECT count(*) FROM article_json WHERE json LIKE '%升级后打的字%'")), 0);
        QVERIFY2(store.loadArticle(edited.id, &loaded, &error), qPrintable(error));
        QCOMPARE(loaded.blocks, edited.blocks);
        QList<SearchHit> hits;
        qint64 total = 0;
        QVERIFY2(store.search(QStringLiteral("升级后打的字"), 0, 10, &hits, &total, &error), qPrintable(error));
        QCOMPARE(total, qint64(1));
        QCOMPARE(rawCount(path, QStringLiteral("SELECT count(*) FROM article_json WHERE json LIKE '%升级后打的字%'")), 1);
    }

    void damagedEditsAreReported_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::newRow("robustness: blocks that are not JSON") << QStringLiteral("UPDATE article_edits SET blocks = '{not json'");
        QTest::newRow("robustness: an edit past the end") << QStringLiteral("UPDATE article_edits SET first = 1000");
        QTest::newRow("robustness: a negative count") << QStringLiteral("UPDATE article_edits SET removed = -1");
    }

    void damagedEditsAreReported()
    {
        QFETCH(QString, damage);
        const QString path = newPath();
        QString error;
        qint64 id = 0;
        {
            Store store;
            QVERIFY2(store.open(path, &error), qPrintable(error));
            Article base = article(5);
            QVERIFY(store.insertArticle(&base, &error));
            Article edited = base;
            edited.blocks[1].text.text += QStringLiteral("改");
            QVERIFY(saveOnBase(&store, &edited, &base));
            id = edited.id;
        }
        QVERIFY(rawExec(path, damage));
        Store store;
        QVERIFY2(store.open(path, &error), qPrintable(error));
        Article loaded;
        error.clear();
        QVERIFY(!store.loadArticle(id, &loaded, &error));
        QVERIFY2(error.contains(QString::number(id)) && !error.contains(u'\n'), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TstArticleEdits)
#include "tst_articleedits.moc"
