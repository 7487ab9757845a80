#include "model/article.h"
#include "model/articlemerge.h"
#include "store/backupscheduler.h"
#include "store/revisionlog.h"
#include "store/store.h"
#include "store/storewatcher.h"
#include "fixtures/clirunner.h"
#include "fixtures/testutil.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace copydesk;

// Several connections and programs on one store: locks kept, stale saves merged or kept,
// changes seen, revisions that mean something, read-only opening.
class TstStoreConcurrency : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_count = 0;

    QString newPath()
    {
        return m_dir.filePath(QStringLiteral("store-%1.sqlite3").arg(++m_count));
    }

    static QByteArray hashOf(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
    }

    static Article stored(const QString &path, qint64 id)
    {
        Store fresh;
        Article article;
        if (!fresh.openReadOnly(path, nullptr) || !fresh.loadArticle(id, &article, nullptr))
            return {};
        return article;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
    }

    // The reported loss: a second Store in the same process (the backup scheduler) and a CLI
    // run beside it must not make the first connection write into a WAL that is gone.
    void secondConnectionKeepsLocks()
    {
        const QString path = newPath();
        Store gui;
        QString error;
        QVERIFY2(gui.open(path, &error), qPrintable(error));
        Article article = Article::create(QStringLiteral("第一稿"));
        QVERIFY2(gui.insertArticle(&article, &error), qPrintable(error));
        {
            Store second; // opened and closed in this process while gui holds its connection
            QVERIFY2(second.open(path, &error), qPrintable(error));
        }
        BackupScheduler backups(path);
        QVERIFY(backups.runNow());
        backups.waitForFinished();
        const test::CliResult list = test::runCli({QStringLiteral("list")}, path);
        QCOMPARE(list.code, 0);
        QVERIFY(list.out.contains(QStringLiteral("第一稿")));

        article.title = QStringLiteral("第二稿：命令行之后的修改");
        QVERIFY2(gui.saveArticle(&article, &error), qPrintable(error));
        QVERIFY(QFileInfo::exists(path + QStringLiteral("-wal")));
        // What another program reads now is what this connection saved.
        QCOMPARE(stored(path, article.id).title, article.title);
        const test::CliResult show = test::runCli({QStringLiteral("show"), QString::number(article.id)}, path);
        QVERIFY(show.out.startsWith(article.title));
    }

    void readOnlyOpening_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addRow("robustness: zero-byte file") << QByteArray();
        QTest::addRow("robustness: text file") << QByteArray("not a store\n");
    }

    void readOnlyOpening()
    {
        QFETCH(QByteArray, content);
        const QString path = newPath();
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(content);
        }
        const QByteArray before = hashOf(path);
        Store store;
        QString error;
        QVERIFY(!store.openReadOnly(path, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!error.contains(QLatin1Char('\n')));
        QCOMPARE(hashOf(path), before);
        QCOMPARE(QFileInfo(path).size(), qint64(content.size()));
        QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));
        QVERIFY(!QFileInfo::exists(path + QStringLiteral("-shm")));
        // The CLI's read-only commands leave it alone too.
        for (const QString &command : {QStringLiteral("list"), QStringLiteral("search"), QStringLiteral("trash")}) {
            QStringList arguments{command};
            if (command == QLatin1String("search"))
                arguments << QStringLiteral("x");
            const test::CliResult result = test::runCli(arguments, path);
            QCOMPARE(result.code, 1);
            QCOMPARE(result.err.count(QLatin1Char('\n')), 1);
            QCOMPARE(hashOf(path), before);
        }
        // A missing file is not created: the CLI lists it as an empty store.
        const QString missing = newPath();
        QVERIFY(!store.openReadOnly(missing, &error));
        QVERIFY(!QFileInfo::exists(missing));
        const test::CliResult list = test::runCli({QStringLiteral("list")}, missing);
        QCOMPARE(list.code, 0);
        QVERIFY(list.out.isEmpty());
        QVERIFY(!QFileInfo::exists(missing));
    }

    void readOnlyStoreReadsButNeverWrites()
    {
        const QString path = newPath();
        Article article = Article::create(QStringLiteral("只读"));
        {
            Store writer;
            QString error;
            QVERIFY2(writer.open(path, &error), qPrintable(error));
            QVERIFY2(writer.insertArticle(&article, &error), qPrintable(error));
        }
        const QByteArray before = hashOf(path);
        Store reader;
        QString error;
        QVERIFY2(reader.openReadOnly(path, &error), qPrintable(error));
        QVERIFY(reader.isReadOnly());
        QCOMPARE(reader.listArticles(&error).size(), 1);
        Article loaded;
        QVERIFY(reader.loadArticle(article.id, &loaded, &error));
        loaded.title = QStringLiteral("改");
        QVERIFY(!reader.saveArticle(&loaded, &error));
        reader.close();
        QCOMPARE(hashOf(path), before);
    }

    void saveOfUnchangedArticleWritesNothing()
    {
        const QString path = newPath();
        Store store;
        QString error;
        QVERIFY(store.open(path, &error));
        Article article = Article::create(QStringLiteral("不变"));
        article.blocks.append(Block::paragraph(QStringLiteral("正文")));
        QVERIFY(store.insertArticle(&article, &error));
        QCOMPARE(article.version, qint64(1));
        const QDateTime updated = article.updated;
        const int revisions = int(store.revisions(article.id, &error).size());
        QTest::qWait(5);
        Store::SaveOutcome outcome;
        QVERIFY(store.saveArticle(&article, &error, nullptr, &outcome));
        QCOMPARE(int(outcome.kind), int(Store::SaveOutcome::Kind::Unchanged));
        QCOMPARE(article.updated, updated);
        QCOMPARE(article.version, qint64(1));
        QCOMPARE(int(store.revisions(article.id, &error).size()), revisions);
        QCOMPARE(stored(path, article.id).updated, updated);
        article.title = QStringLiteral("变了");
        QVERIFY(store.saveArticle(&article, &error, nullptr, &outcome));
        QCOMPARE(int(outcome.kind), int(Store::SaveOutcome::Kind::Written));
        QVERIFY(article.updated > updated);
        QCOMPARE(article.version, qint64(2));
    }

    void firstRevisionKeepsTheOriginal()
    {
        const QString path = newPath();
        Store store;
        QString error;
        QVERIFY(store.open(path, &error));
        Article created = Article::create(QStringLiteral("新建"));
        QVERIFY(store.insertArticle(&created, &error));
        Article imported = Article::create(QStringLiteral("记者来稿"));
        imported.blocks.append(Block::paragraph(QStringLiteral("原文")));
        QVERIFY(store.insertArticle(&imported, &error, Store::importedReason(QStringLiteral("/tmp/reporter.docx"))));

        QList<RevisionInfo> revisions = store.revisions(created.id, &error);
        QCOMPARE(revisions.size(), 1);
        QCOMPARE(revisions.first().reason, QString::fromUtf8(Store::CreatedReason));
        revisions = store.revisions(imported.id, &error);
        QCOMPARE(revisions.size(), 1);
        QCOMPARE(Store::revisionReasonName(revisions.first().reason),
                 QStringLiteral("Imported from reporter.docx"));

        const qint64 original = revisions.first().id;
        imported.blocks.first() = Block::paragraph(QStringLiteral("编辑改过的文字"));
        QVERIFY(store.saveArticle(&imported, &error));
        Article back;
        QVERIFY(store.loadRevision(original, &back, &error));
        QCOMPARE(back.blocks.first().text.text, QStringLiteral("原文"));
    }

    // Exports and other snapshots of an unchanged article refer to the earlier copy.
    void unchangedRevisionsAreLight()
    {
        const QString path = newPath();
        Store store;
        QString error;
        QVERIFY(store.open(path, &error));
        Article article = Article::create(QStringLiteral("长文"));
        for (int i = 0; i < 2000; ++i)
            article.blocks.append(Block::paragraph(QStringLiteral("第%1段：大祥区妇联推进民族团结进步示范创建工作。").arg(i)));
        QVERIFY(store.insertArticle(&article, &error));
        qint64 first = 0;
        QVERIFY(store.addRevision(article.id, QStringLiteral("exported to html"), &first, &error));
        const qint64 sizeBefore = store.pragma(QStringLiteral("page_count")).toLongLong();
        QList<qint64> ids;
        for (int i = 0; i < 5; ++i) {
            qint64 id = 0;
            QVERIFY(store.addRevision(article.id, QStringLiteral("exported to pdf"), &id, &error));
            ids.append(id);
        }
        QVERIFY(store.pragma(QStringLiteral("page_count")).toLongLong() - sizeBefore <= 2);
        for (const qint64 id : ids) {
            Article copy;
            QVERIFY2(store.loadRevision(id, &copy, &error), qPrintable(error));
            QCOMPARE(copy.blocks, article.blocks);
        }
        // After a change, the next snapshot is a full copy of the new content again.
        article.title = QStringLiteral("长文（改）");
        QVERIFY(store.saveArticle(&article, &error));
        qint64 changed = 0;
        QVERIFY(store.addRevision(article.id, QStringLiteral("exported to md"), &changed, &error));
        Article copy;
        QVERIFY(store.loadRevision(changed, &copy, &error));
        QCOMPARE(copy.title, article.title);
    }

    void staleSave_data()
    {
        QTest::addColumn<QString>("theirField");
        QTest::addColumn<QString>("myField");
        QTest::addColumn<bool>("conflict");
        QTest::addRow("nominal: they set the byline, I typed in the body") << "byline" << "body" << false;
        QTest::addRow("nominal: they attached a photo, I typed in the body") << "photo" << "body" << false;
        QTest::addRow("nominal: they changed the status, I changed the title") << "status" << "title" << false;
        QTest::addRow("robustness: both changed the title") << "title" << "title" << true;
        QTest::addRow("robustness: both changed the same paragraph") << "body" << "body" << true;
    }

    // Two connections (a window and the CLI, say) edit one article: the second save is based
    // on a state that is no longer current, and must not silently overwrite the first.
    void staleSave()
    {
        QFETCH(QString, theirField);
        QFETCH(QString, myField);
        QFETCH(bool, conflict);
        const QString path = newPath();
        Store mine;
        Store theirs;
        QString error;
        QVERIFY(mine.open(path, &error));
        Article article = Article::create(QStringLiteral("原标题"));
        article.blocks = {Block::paragraph(QStringLiteral("第一段")), Block::paragraph(QStringLiteral("第二段"))};
        QVERIFY(mine.insertArticle(&article, &error));
        QVERIFY(theirs.open(path, &error));
        const Article base = article;

        const auto edit = [](Article *a, const QString &field, const QString &who) {
            if (field == QLatin1String("byline"))
                a->byline = who;
            else if (field == QLatin1String("title"))
                a->title = who;
            else if (field == QLatin1String("status"))
                a->status = Article::Status::Review;
            else if (field == QLatin1String("photo"))
                a->blocks.append(Block::image(QStringLiteral("ab").repeated(32), 800, 600, who));
            else
                a->blocks[1] = Block::paragraph(QStringLiteral("第二段，%1改").arg(who));
        };
        QVERIFY(theirs.updateArticle(article.id, [&](Article *a, QString *) {
            edit(a, theirField, QStringLiteral("他们"));
            return true;
        }, &error));
        Article edited = base;
        edit(&edited, myField, QStringLiteral("我"));
        Store::SaveOutcome outcome;
        QVERIFY2(mine.saveArticle(&edited, &error, &base, &outcome), qPrintable(error));

        Article theirState = base;
        edit(&theirState, theirField, QStringLiteral("他们"));
        const Article now = stored(path, article.id);
        QCOMPARE(now.version, qint64(3));
        if (!conflict) {
            QCOMPARE(int(outcome.kind), int(Store::SaveOutcome::Kind::Merged));
            Article expected = theirState;
            edit(&expected, myField, QStringLiteral("我"));
            QVERIFY2(ArticleMerge::changedFields(now, expected).isEmpty(),
                     qPrintable(ArticleMerge::changedFields(now, expected).join(u',')));
            QVERIFY(ArticleMerge::changedFields(edited, now).isEmpty());
        } else {
            QCOMPARE(int(outcome.kind), int(Store::SaveOutcome::Kind::Conflict));
            QVERIFY(!outcome.conflicts.isEmpty());
            QVERIFY(ArticleMerge::changedFields(now, edited).isEmpty());
            Article kept;
            QVERIFY(mine.loadRevision(outcome.keptRevision, &kept, &error));
            QVERIFY(ArticleMerge::changedFields(kept, theirState).isEmpty());
            QCOMPARE(mine.revisions(article.id, &error).first().reason,
                     QString::fromUtf8(Store::ChangedElsewhereReason));
        }
    }

    void articlesInConflict_data()
    {
        QTest::addColumn<QString>("answer");
        QTest::addColumn<bool>("stillInConflict");
        QTest::addRow("nominal: nothing done, after the store was opened again") << "reopen" << true;
        QTest::addRow("nominal: the kept version restored") << "restore" << false;
        QTest::addRow("nominal: the article written again here") << "edit" << false;
        QTest::addRow("nominal: another program's version written over it") << "pulled" << false;
        QTest::addRow("nominal: the article trashed") << "trash" << false;
        QTest::addRow("robustness: a revision saved, nothing written") << "saved" << true;
    }

    // The articles in conflict are read from the store: a "changed elsewhere" revision not yet
    // answered by a restore or by a later write of the article.
    void articlesInConflict()
    {
        QFETCH(QString, answer);
        QFETCH(bool, stillInConflict);
        const QString path = newPath();
        Store mine;
        Store theirs;
        QString error;
        QVERIFY(mine.open(path, &error));
        Article calm = Article::create(QStringLiteral("无冲突"));
        QVERIFY(mine.insertArticle(&calm, &error));
        Article article = Article::create(QStringLiteral("原标题"));
        QVERIFY(mine.insertArticle(&article, &error));
        QVERIFY(theirs.open(path, &error));
        QList<qint64> ids;
        QVERIFY2(mine.articlesInConflict(&ids, &error), qPrintable(error));
        QVERIFY(ids.isEmpty());

        const Article base = article;
        QVERIFY(theirs.updateArticle(article.id, [](Article *a, QString *) {
            a->title = QStringLiteral("他们的标题");
            return true;
        }, &error));
        Article edited = base;
        edited.title = QStringLiteral("我的标题");
        Store::SaveOutcome outcome;
        QVERIFY2(mine.saveArticle(&edited, &error, &base, &outcome), qPrintable(error));
        QCOMPARE(int(outcome.kind), int(Store::SaveOutcome::Kind::Conflict));
        QVERIFY2(theirs.articlesInConflict(&ids, &error), qPrintable(error));
        QCOMPARE(ids, QList<qint64>{article.id});
        // A write within moments of the conflict is the save that kept it, not an answer.
        QTest::qWait(RevisionLog::ConflictWriteMs + 100);

        if (answer == QLatin1String("reopen")) {
            mine.close();
            QVERIFY(mine.open(path, &error));
        } else if (answer == QLatin1String("restore")) {
            QVERIFY2(mine.restoreRevision(article.id, outcome.keptRevision, nullptr, &error), qPrintable(error));
        } else if (answer == QLatin1String("edit")) {
            edited.title = QStringLiteral("两者合一的标题");
            QVERIFY2(mine.saveArticle(&edited, &error), qPrintable(error));
        } else if (answer == QLatin1String("pulled")) {
            QVERIFY(theirs.updateArticle(article.id, [](Article *a, QString *) {
                a->title = QStringLiteral("另一台的决定");
                return true;
            }, &error));
        } else if (answer == QLatin1String("trash")) {
            QVERIFY2(mine.deleteArticle(article.id, &error), qPrintable(error));
        } else if (answer == QLatin1String("saved")) {
            QVERIFY2(mine.addRevision(article.id, QString::fromUtf8(Store::SavedReason), nullptr, &error),
                     qPrintable(error));
        }
        QVERIFY2(mine.articlesInConflict(&ids, &error), qPrintable(error));
        QCOMPARE(ids, stillInConflict ? QList<qint64>{article.id} : QList<qint64>{});
    }

    void watcherReportsOtherConnections()
    {
        const QString path = newPath();
        Store gui;
        QString error;
        QVERIFY(gui.open(path, &error));
        Article article = Article::create(QStringLiteral("看着"));
        QVERIFY(gui.insertArticle(&article, &error));
        StoreWatcher watcher(&gui);
        QSignalSpy changed(&watcher, &StoreWatcher::articlesChanged);
        watcher.start(20);
        QTest::qWait(60);
        QCOMPARE(changed.count(), 0); // its own writes and nothing else: quiet

        const test::CliResult set = test::runCli({QStringLiteral("set"), QString::number(article.id),
                                                  QStringLiteral("byline"), QStringLiteral("记者 张三")}, path);
        QCOMPARE(set.code, 0);
        QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, 1000);
        const auto changes = changed.first().first().value<QList<Store::Change>>();
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes.first().id, article.id);
        QCOMPARE(changes.first().version, qint64(2));

        const test::CliResult created = test::runCli({QStringLiteral("new"), QStringLiteral("--title"), QStringLiteral("又一篇")}, path);
        QCOMPARE(created.code, 0);
        QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 2, 1000);
        QCOMPARE(changed.last().first().value<QList<Store::Change>>().first().id, created.out.trimmed().toLongLong());
    }
};

QTEST_GUILESS_MAIN(TstStoreConcurrency)
#include "tst_storeconcurrency.moc"
