#include "editor/articleeditor.h"
#include "store/autosaver.h"
#include "editor/bodyedit.h"
#include "fixtures/faultvfs.h"
#include "mainwindow/mainwindow.h"
#include "editor/noticebar.h"
#include "store/store.h"
#include "store/storewatcher.h"
#include "fixtures/clirunner.h"
#include "fixtures/testutil.h"
#include "fixtures/windowsession.h"
#include "editor/titleedit.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTreeView>

#include <sqlite3.h>

using namespace copydesk;
using test::FaultVfs;

// The window with other programs on its store: the CLI's writes appear and survive, edits of
// both sides are merged or both kept, fast typing reaches the store, a full disk is reported.
class TstGuiSharedStore : public QObject
{
    Q_OBJECT

private:
    using Session = test::WindowSession;

    QTemporaryDir m_dir;
    int m_count = 0;

    QString newStore()
    {
        return m_dir.filePath(QStringLiteral("shared-%1.sqlite3").arg(++m_count));
    }

    // An article made by the CLI, as a reporter's copy would arrive.
    static qint64 cliArticle(const QString &store, const QString &title)
    {
        const test::CliResult r = test::runCli({QStringLiteral("new"), QStringLiteral("--title"), title}, store);
        return r.code == 0 ? r.out.trimmed().toLongLong() : 0;
    }

    // The window on path showing article id; null when it cannot be opened or shown.
    static MainWindow *showing(Session *session, const QString &path, qint64 id)
    {
        if (id <= 0 || !session->open(path) || !session->window->selectArticle(id))
            return nullptr;
        return session->window.get();
    }

    static Article stored(const QString &path, qint64 id)
    {
        Store fresh;
        Article article;
        if (!fresh.openReadOnly(path, nullptr) || !fresh.loadArticle(id, &article, nullptr))
            return {};
        return article;
    }

    static QString bodyText(const Article &article)
    {
        QStringList text;
        for (const Block &block : article.blocks)
            text.append(block.text.text);
        return text.join(u'\n');
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("config")));
        QCoreApplication::setApplicationName(QStringLiteral("copydesk-test"));
        FaultVfs::install();
    }

    // copydesk-cli set while the window shows the article: seen within a second, and the
    // window's next save keeps it.
    void cliWriteAppearsAndSurvives()
    {
        const QString path = newStore();
        const qint64 id = cliArticle(path, QStringLiteral("妇联开展宣传月活动"));
        Session session;
        MainWindow *window = showing(&session, path, id);
        QVERIFY(window);
        auto *byline = window->findChild<QLineEdit *>(QStringLiteral("bylineEdit"));
        QVERIFY(byline);

        QCOMPARE(test::runCli({QStringLiteral("list")}, path).code, 0);
        QElapsedTimer clock;
        clock.start();
        const test::CliResult set = test::runCli({QStringLiteral("set"), QString::number(id),
                                                  QStringLiteral("byline"), QStringLiteral("记者 张三")}, path);
        QCOMPARE(set.code, 0);
        QTRY_COMPARE_WITH_TIMEOUT(byline->text(), QStringLiteral("记者 张三"), 5000);
        qInfo("the CLI's byline appeared in the window %lld ms after the CLI started", clock.elapsed());

        BodyEdit *body = window->editor()->body();
        body->setFocus();
        body->moveCursor(QTextCursor::End);
        QTest::keyClicks(body, QStringLiteral("typed after the CLI"));
        QVERIFY(window->flush());
        const Article now = stored(path, id);
        QCOMPARE(now.byline, QStringLiteral("记者 张三"));
        QVERIFY2(bodyText(now).contains(QLatin1String("typed after the CLI")), qPrintable(bodyText(now)));
        // The list shows what another program created.
        auto *list = window->findChild<QTreeView *>(QStringLiteral("articleList"));
        QVERIFY(list);
        const int rows = list->model()->rowCount();
        QVERIFY(cliArticle(path, QStringLiteral("另一篇来稿")) > 0);
        QTRY_COMPARE_WITH_TIMEOUT(list->model()->rowCount(), rows + 1, 5000);
        QCOMPARE(window->currentArticleId(), id); // still on the article being edited
    }

    // The CLI writes between a keystroke and its sync, and the keystroke was undone (or was an
    // input method's preedit): nothing is saved, and the CLI's write is shown all the same.
    void cliWriteWhileAnEditCameToNothing()
    {
        const QString path = newStore();
        const qint64 id = cliArticle(path, QStringLiteral("妇联开展宣传月活动"));
        Session session;
        MainWindow *window = showing(&session, path, id);
        QVERIFY(window);
        auto *watcher = window->findChild<StoreWatcher *>();
        QVERIFY(watcher);
        watcher->stop(); // the test says when the window looks at the store
        auto *byline = window->findChild<QLineEdit *>(QStringLiteral("bylineEdit"));
        QVERIFY(byline);

        BodyEdit *body = window->editor()->body();
        body->setFocus();
        body->moveCursor(QTextCursor::End);
        QTest::keyClick(body, Qt::Key_X);
        QTest::keyClick(body, Qt::Key_Backspace);
        const test::CliResult set = test::runCli({QStringLiteral("set"), QString::number(id),
                                                  QStringLiteral("byline"), QStringLiteral("记者 张三")}, path);
        QCOMPARE(set.code, 0);
        watcher->check(); // before the keystrokes' sync
        QTRY_COMPARE_WITH_TIMEOUT(byline->text(), QStringLiteral("记者 张三"), 5000);
        QVERIFY(window->flush());
        QCOMPARE(stored(path, id).byline, QStringLiteral("记者 张三"));
    }

    // The CLI moves the open article to the trash while edits typed here wait for their save:
    // the window says so and moves on, the edits are in the trashed article, and the notice
    // brings it back.
    void cliTrashOfTheOpenArticle()
    {
        const QString path = newStore();
        const qint64 trashed = cliArticle(path, QStringLiteral("将被删除的稿件"));
        const qint64 other = cliArticle(path, QStringLiteral("另一篇来稿"));
        QVERIFY(trashed > 0 && other > 0);
        Session session;
        MainWindow *window = showing(&session, path, trashed);
        QVERIFY(window);
        session.autosaver.setDelay(400);
        BodyEdit *body = window->editor()->body();
        body->setFocus();
        body->moveCursor(QTextCursor::End);
        QTest::keyClicks(body, QStringLiteral("typed before the trash"));

        QCOMPARE(test::runCli({QStringLiteral("delete"), QString::number(trashed)}, path).code, 0);
        QTRY_COMPARE_WITH_TIMEOUT(window->currentArticleId(), other, 5000);
        auto *notice = window->findChild<NoticeBar *>(QStringLiteral("trashNotice"));
        QVERIFY(notice);
        QVERIFY(notice->isVisible());
        QVERIFY2(notice->text().contains(QStringLiteral("将被删除的稿件")), qPrintable(notice->text()));
        QVERIFY(window->flush());
        QVERIFY2(bodyText(stored(path, trashed)).contains(QLatin1String("typed before the trash")),
                 qPrintable(bodyText(stored(path, trashed))));
        const test::CliResult trash = test::runCli({QStringLiteral("trash")}, path);
        QVERIFY2(trash.out.contains(QStringLiteral("将被删除的稿件")), qPrintable(trash.out));

        QPushButton *bringBack = nullptr;
        for (QPushButton *button : notice->findChildren<QPushButton *>()) {
            if (button->text().contains(QLatin1String("Trash")))
                bringBack = button;
        }
        QVERIFY(bringBack);
        bringBack->click();
        QCOMPARE(window->currentArticleId(), trashed);
        QVERIFY(!notice->isVisible());
        QVERIFY(!test::runCli({QStringLiteral("trash")}, path).out.contains(QStringLiteral("将被删除的稿件")));
        QVERIFY(window->editor()->body()->toPlainText().contains(QLatin1String("typed before the trash")));
    }

    // The CLI writes while edits typed here wait for their save: both are kept.
    void editsOnBothSidesMerge()
    {
        const QString path = newStore();
        const qint64 id = cliArticle(path, QStringLiteral("原标题"));
        Session session;
        MainWindow *window = showing(&session, path, id);
        QVERIFY(window);
        session.autosaver.setDelay(400);
        BodyEdit *body = window->editor()->body();
        body->setFocus();
        QTest::keyClicks(body, QStringLiteral("body typed here"));
        // Before the autosave goes out, the CLI changes two fields and attaches a photo.
        const QString photo = m_dir.filePath(QStringLiteral("merge.jpg"));
        {
            QFile file(photo);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(test::encode(test::makePhoto(800, 600, 7), "jpeg"));
        }
        QCOMPARE(test::runCli({QStringLiteral("set"), QString::number(id), QStringLiteral("source"),
                               QStringLiteral("大祥区融媒体中心")}, path).code, 0);
        QCOMPARE(test::runCli({QStringLiteral("attach"), QString::number(id), photo,
                               QStringLiteral("--caption"), QStringLiteral("图为活动现场")}, path).code, 0);
        QVERIFY(window->flush());
        QTest::qWait(50); // the merge's signals
        const Article now = stored(path, id);
        QCOMPARE(now.source, QStringLiteral("大祥区融媒体中心"));
        QCOMPARE(now.imageCount(), 1);
        QVERIFY2(bodyText(now).contains(QLatin1String("body typed here")), qPrintable(bodyText(now)));
        // The window shows the merge too, and its next save keeps everything.
        auto *source = window->findChild<QLineEdit *>(QStringLiteral("sourceEdit"));
        QTRY_COMPARE(source->text(), QStringLiteral("大祥区融媒体中心"));
        QTRY_COMPARE(window->currentArticle().imageCount(), 1);
        QTest::keyClicks(body, QStringLiteral(" and more"));
        QVERIFY(window->flush());
        const Article later = stored(path, id);
        QCOMPARE(later.source, QStringLiteral("大祥区融媒体中心"));
        QCOMPARE(later.imageCount(), 1);
        QVERIFY(bodyText(later).contains(QLatin1String("and more")));
        QVERIFY(!window->findChild<NoticeBar *>(QStringLiteral("changeNotice"))->isVisible());
    }

    // Both change the headline: this window's text wins, the other is kept in the history, and
    // the editor says so.
    void conflictingEditsKeepBoth()
    {
        const QString path = newStore();
        const qint64 id = cliArticle(path, QStringLiteral("原标题"));
        Session session;
        MainWindow *window = showing(&session, path, id);
        QVERIFY(window);
        session.autosaver.setDelay(400);
        TitleEdit *title = window->editor()->titleEdit();
        title->setFocus();
        title->selectAll();
        QTest::keyClicks(title, QStringLiteral("Window headline"));
        QCOMPARE(test::runCli({QStringLiteral("set"), QString::number(id), QStringLiteral("title"),
                               QStringLiteral("CLI headline")}, path).code, 0);
        QVERIFY(window->flush());
        auto *notice = window->findChild<NoticeBar *>(QStringLiteral("changeNotice"));
        QTRY_VERIFY(notice->isVisible());
        QVERIFY(notice->text().contains(QLatin1String("another program")));
        QCOMPARE(stored(path, id).title, QStringLiteral("Window headline"));
        Store store;
        QVERIFY(store.openReadOnly(path, nullptr));
        const QList<RevisionInfo> revisions = store.revisions(id, nullptr);
        QCOMPARE(revisions.first().reason, QString::fromUtf8(Store::ChangedElsewhereReason));
        Article kept;
        QVERIFY(store.loadRevision(revisions.first().id, &kept, nullptr));
        QCOMPARE(kept.title, QStringLiteral("CLI headline"));
    }

    // Keys 50 ms apart never let the debounce fire; edits still reach the store within about
    // a second of the first unsaved key.
    void fastTypingIsSaved()
    {
        const QString path = newStore();
        const qint64 id = cliArticle(path, QStringLiteral("快速输入"));
        Session session;
        MainWindow *window = showing(&session, path, id);
        QVERIFY(window);
        BodyEdit *body = window->editor()->body();
        body->setFocus();
        QElapsedTimer clock;
        clock.start();
        int typed = 0;
        qint64 worstLagMs = 0;
        QString typedText;
        while (clock.elapsed() < 4000) {
            const QChar c = QChar(u'a' + typed % 26);
            QTest::keyClick(body, c.toLatin1());
            typedText += c;
            ++typed;
            QTest::qWait(50);
            // Once a second, what is stored must hold everything typed more than ~1 s ago.
            if (typed % 20 == 0 && clock.elapsed() > 1500) {
                const QString saved = bodyText(stored(path, id));
                const qsizetype missing = typedText.size() - saved.size();
                worstLagMs = qMax<qint64>(worstLagMs, missing * 60);
                QVERIFY2(missing <= 24, qPrintable(QStringLiteral("%1 of %2 characters not yet saved")
                                                       .arg(missing).arg(typedText.size())));
            }
        }
        qInfo("typed %d keys 50 ms apart; the store lagged at most ~%lld ms behind", typed, worstLagMs);
    }

    // A full disk while typing: one persistent message, the text kept, saved once there is room.
    void diskFullIsReportedAndRetried()
    {
        const QString path = newStore();
        const qint64 id = cliArticle(path, QStringLiteral("磁盘"));
        Session session;
        QVERIFY(session.open(path));
        session.autosaver.setDelay(20);
        session.autosaver.setMaxDelay(20);
        MainWindow *window = session.window.get();
        QVERIFY(window->selectArticle(id));
        FaultVfs::failFrom(FaultVfs::Operation::Write, SQLITE_FULL);
        BodyEdit *body = window->editor()->body();
        body->setFocus();
        QTest::keyClicks(body, QStringLiteral("typed on a full disk"));
        auto *notice = window->findChild<NoticeBar *>(QStringLiteral("saveNotice"));
        QTRY_VERIFY(notice->isVisible());
        QVERIFY2(notice->text().contains(QLatin1String("the disk is full")), qPrintable(notice->text()));
        QVERIFY(window->findChild<QLabel *>(QStringLiteral("saveStateLabel"))->text().contains(QLatin1String("Not saved")));
        QVERIFY(window->currentArticle().blocks.first().text.text.contains(QLatin1String("typed on a full disk")));
        FaultVfs::clear();
        QTRY_VERIFY_WITH_TIMEOUT(!notice->isVisible(), Autosaver::RetryIntervalMs + 2000);
        QVERIFY(bodyText(stored(path, id)).contains(QLatin1String("typed on a full disk")));
    }
};

QTEST_MAIN(TstGuiSharedStore)
#include "tst_gui_sharedstore.moc"
