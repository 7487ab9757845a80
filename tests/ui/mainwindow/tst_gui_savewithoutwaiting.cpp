#include "editor/articleeditor.h"
#include "editor/bodyedit.h"
#include "mainwindow/mainwindow.h"
#include "store/store.h"
#include "fixtures/windowsession.h"
#include "fixtures/writelock.h"

#include <QAbstractButton>
#include <QApplication>
#include <QElapsedTimer>
#include <QMessageBox>
#include <QScopeGuard>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace copydesk;

// The window never blocks on the autosave's commit: switching articles only hands the edits to
// the worker, closing waits with the window still running its events, and a save that fails
// still stops the window from closing unless the user agrees to lose the edits.
class TstGuiSaveWithoutWaiting : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static QString storedText(const QString &path, qint64 id)
    {
        Store reader;
        Article article;
        QString error;
        if (!reader.openReadOnly(path, &error) || !reader.loadArticle(id, &article, &error))
            return error;
        return article.blocks.value(0).text.text;
    }

    // Two articles, the first open with "第一稿" typed into it (not yet written).
    static bool openTwo(test::WindowSession *session, const QString &path, qint64 *first, qint64 *second)
    {
        if (!session->open(path))
            return false;
        MainWindow *window = session->window.get();
        window->newArticle();
        *first = window->currentArticleId();
        window->newArticle();
        *second = window->currentArticleId();
        if (!window->flush() || !window->selectArticle(*first))
            return false;
        session->autosaver.setDelay(60000);
        session->autosaver.setMaxDelay(60000);
        BodyEdit *body = window->editor()->body();
        body->setFocus();
        test::typeLikeUser(body, QStringLiteral("第一稿"));
        return *first && *second && *first != *second;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("config")));
        QCoreApplication::setApplicationName(QStringLiteral("copydesk-test"));
    }

    // The article left is written on the worker while the next one opens.
    void switchingHandsTheSaveOver()
    {
        const QString path = m_dir.filePath(QStringLiteral("switch.sqlite3"));
        test::WindowSession session;
        qint64 first = 0;
        qint64 second = 0;
        QVERIFY(openTwo(&session, path, &first, &second));
        MainWindow *window = session.window.get();
        test::WriteLock lock(path);
        QVERIFY(lock.held());
        QElapsedTimer clock;
        clock.start();
        QVERIFY(window->selectArticle(second));
        const qint64 switchMs = clock.elapsed();
        QCOMPARE(window->currentArticleId(), second);
        QVERIFY2(switchMs < 1000, qPrintable(QString::number(switchMs)));
        QVERIFY(session.autosaver.hasPending(first)); // still waiting for the lock
        qInfo("switched in %lld ms with the commit held", switchMs);
        lock.release();
        QTRY_VERIFY_WITH_TIMEOUT(!session.autosaver.hasPending(), 10000);
        QCOMPARE(storedText(path, first), QStringLiteral("第一稿"));
        // Back again: the article shows what was typed.
        QVERIFY(window->selectArticle(first));
        QCOMPARE(window->currentArticle().blocks.value(0).text.text, QStringLiteral("第一稿"));
    }

    // Going back to an article whose save is under way shows it once written, the window
    // running its events meanwhile.
    void switchingBackWhileItSaves()
    {
        const QString path = m_dir.filePath(QStringLiteral("back.sqlite3"));
        test::WindowSession session;
        qint64 first = 0;
        qint64 second = 0;
        QVERIFY(openTwo(&session, path, &first, &second));
        MainWindow *window = session.window.get();
        test::WriteLock lock(path);
        QVERIFY(lock.held());
        QVERIFY(window->selectArticle(second));
        int ticks = 0;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
        ticker.start(10);
        QTimer::singleShot(300, this, [&lock] { lock.release(); });
        QVERIFY(window->selectArticle(first));
        QVERIFY(!lock.held());
        QVERIFY2(ticks >= 5, qPrintable(QString::number(ticks)));
        QCOMPARE(window->currentArticleId(), first);
        QCOMPARE(window->currentArticle().blocks.value(0).text.text, QStringLiteral("第一稿"));
    }

    void closeWaitsForTheSave_data()
    {
        QTest::addColumn<bool>("saveFails");
        QTest::newRow("nominal: a slow save: closing waits, the window running its events") << false;
        QTest::newRow("robustness: the save fails: closing asks, Cancel keeps window and edit") << true;
    }

    void closeWaitsForTheSave()
    {
        QFETCH(bool, saveFails);
        const QString path = m_dir.filePath(QStringLiteral("close-%1.sqlite3").arg(saveFails));
        test::WindowSession session;
        qint64 first = 0;
        qint64 second = 0;
        QVERIFY(openTwo(&session, path, &first, &second));
        MainWindow *window = session.window.get();
        auto lock = std::make_unique<test::WriteLock>(path);
        QVERIFY(lock->held());
        int ticks = 0;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
        ticker.start(10);
        QStringList asked;
        QTimer answer; // Cancel on the "quit anyway?" question
        connect(&answer, &QTimer::timeout, this, [&asked] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            asked.append(box->text());
            box->button(QMessageBox::Cancel) ? box->button(QMessageBox::Cancel)->click() : box->reject();
        });
        answer.start(50);
        if (!saveFails)
            QTimer::singleShot(400, this, [&lock] { lock->release(); });
        const bool closed = window->close();
        QVERIFY2(ticks >= 10, qPrintable(QString::number(ticks)));
        if (!saveFails) {
            QVERIFY(closed);
            QVERIFY(asked.isEmpty());
            QCOMPARE(storedText(path, first), QStringLiteral("第一稿"));
            return;
        }
        // The busy timeout ran out: the edits are not saved, and the user said to keep them.
        QVERIFY(!closed);
        QVERIFY(window->isVisible());
        QCOMPARE(asked.size(), 2); // "could not be saved", then "quit anyway?"
        QVERIFY2(asked.last().contains(QLatin1String("Quit anyway")), qPrintable(asked.last()));
        QCOMPARE(window->currentArticle().blocks.value(0).text.text, QStringLiteral("第一稿"));
        lock.reset();
        QVERIFY(window->close());
        QCOMPARE(storedText(path, first), QStringLiteral("第一稿"));
    }
};

QTEST_MAIN(TstGuiSaveWithoutWaiting)
#include "tst_gui_savewithoutwaiting.moc"
