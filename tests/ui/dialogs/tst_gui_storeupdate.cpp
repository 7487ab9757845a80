#include "dialogs/storeupdate.h"
#include "store/store.h"
#include "fixtures/storefiles.h"
#include "fixtures/writelock.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QProgressDialog>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace copydesk;

// A store this version must update first opens on a worker thread while a dialog says so; which
// stores need it is told from the file's header without opening it.
class TstGuiStoreUpdate : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_count = 0;

    // A store in the layout of schema version 9, with two articles.
    QString olderStore()
    {
        const QString path = m_dir.filePath(QStringLiteral("old-%1.sqlite3").arg(++m_count));
        QList<Article> articles{Article::create(QStringLiteral("大祥区妇联推进示范创建")),
                                Article::create(QStringLiteral("第二篇稿"))};
        if (!test::createStore(path, &articles)
            || !test::rawExec(path, test::jsonBackInArticlesSql() + QStringLiteral("PRAGMA user_version = 9;")))
            return QString();
        return path;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void mayNeedUpdate_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<bool>("expected");
        QTest::newRow("nominal: a version 9 store") << "older" << true;
        QTest::newRow("nominal: a store of this version") << "current" << false;
        QTest::newRow("robustness: no file yet") << "missing" << false;
        QTest::newRow("robustness: an empty file") << "empty" << false;
        QTest::newRow("robustness: a text file") << "text" << false;
        QTest::newRow("robustness: a folder") << "folder" << false;
    }

    void mayNeedUpdate()
    {
        QFETCH(QString, kind);
        QFETCH(bool, expected);
        QString path = m_dir.filePath(QStringLiteral("%1-%2.sqlite3").arg(kind).arg(++m_count));
        if (kind == QLatin1String("older"))
            path = olderStore();
        else if (kind == QLatin1String("current"))
            QVERIFY(test::createStore(path));
        else if (kind == QLatin1String("empty"))
            QVERIFY(test::writeFile(path, QByteArray()));
        else if (kind == QLatin1String("text"))
            QVERIFY(test::writeFile(path, QByteArrayLiteral("稿件\n")));
        else if (kind == QLatin1String("folder"))
            QVERIFY(QDir().mkpath(path));
        QVERIFY(!path.isEmpty());
        const QByteArray before = QFileInfo(path).isFile() ? test::fileHash(path) : QByteArray();
        QCOMPARE(Store::mayNeedUpdate(path), expected);
        if (QFileInfo(path).isFile())
            QCOMPARE(test::fileHash(path), before);
        QCOMPARE(QFileInfo::exists(path), kind != QLatin1String("missing"));
    }

    // nominal: another program holds the store's write lock for a while, so the update waits;
    // the dialog shows meanwhile, the UI thread keeps running, and the store opens updated.
    void updatesWhileTheDialogShows()
    {
        const QString path = olderStore();
        QVERIFY(!path.isEmpty());
        auto lock = std::make_unique<test::WriteLock>(path);
        QVERIFY(lock->held());
        bool shown = false;
        QTimer::singleShot(StoreUpdate::ShowAfterMs + 400, this, [&] {
            const QList<QWidget *> windows = QApplication::topLevelWidgets();
            for (QWidget *window : windows) {
                if (window->objectName() == QLatin1String("storeUpdateProgress") && window->isVisible())
                    shown = qobject_cast<QProgressDialog *>(window)->labelText().contains(QDir::toNativeSeparators(path));
            }
            lock->release();
        });
        Store store;
        QString error;
        QVERIFY2(StoreUpdate::open(&store, path, &error), qPrintable(error));
        QVERIFY(shown);
        QCOMPARE(store.pragma(QStringLiteral("user_version")).toInt(), Store::SchemaVersion);
        QCOMPARE(store.listArticles(&error).size(), 2);
        Article article;
        QVERIFY2(store.loadArticle(1, &article, &error), qPrintable(error));
        article.byline = QStringLiteral("记者 张三");
        QVERIFY2(store.saveArticle(&article, &error), qPrintable(error));
    }

    // robustness: a store that cannot be opened (written by a newer Copydesk) is refused with
    // open()'s one-line reason, and left as it was.
    void failureIsTold()
    {
        const QString path = m_dir.filePath(QStringLiteral("newer-%1.sqlite3").arg(++m_count));
        QVERIFY(test::createStore(path));
        QVERIFY(test::rawExec(path, QStringLiteral("PRAGMA user_version = %1;").arg(Store::SchemaVersion + 1)));
        const QByteArray before = test::fileHash(path);
        Store store;
        QString error;
        QVERIFY(!StoreUpdate::open(&store, path, &error));
        QVERIFY2(error.contains(QDir::toNativeSeparators(path)) && !error.contains(QLatin1Char('\n')), qPrintable(error));
        QCOMPARE(test::fileHash(path), before);
    }
};

QTEST_MAIN(TstGuiStoreUpdate)
#include "tst_gui_storeupdate.moc"
