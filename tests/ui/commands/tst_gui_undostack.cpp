#include "editor/articleeditor.h"
#include "editor/bodyedit.h"
#include "editor/titleedit.h"
#include "fixtures/testutil.h"
#include "fixtures/messageboxacceptor.h"
#include "fixtures/windowsession.h"
#include "mainwindow/historypanel.h"
#include "mainwindow/mainwindow.h"

#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace copydesk;

// The window's one undo stack: every edit of the open article, wherever it was made, undoes and
// redoes in order, by the keys users know.
class TstGuiUndoStack : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_stores = 0;

    bool open(test::WindowSession *session)
    {
        if (!session->open(m_dir.filePath(QStringLiteral("undo-%1.sqlite3").arg(++m_stores))))
            return false;
        session->window->newArticle();
        return session->window->currentArticleId() != 0;
    }

    static QLineEdit *field(MainWindow *window, const char *name)
    {
        return window->findChild<QLineEdit *>(QLatin1String(name));
    }

    static QString bodyText(MainWindow *window)
    {
        return window->currentArticle().blocks.value(0).text.text;
    }

private slots:
    void editsUndoInTheOrderTheyWereMade_data()
    {
        QTest::addColumn<QKeySequence>("redoKey");
        QTest::newRow("nominal: Ctrl+Shift+Z redoes") << QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z);
        QTest::newRow("nominal: Ctrl+Y redoes, as in Word and WPS") << QKeySequence(Qt::CTRL | Qt::Key_Y);
    }

    void editsUndoInTheOrderTheyWereMade()
    {
        QFETCH(QKeySequence, redoKey);
        test::WindowSession session;
        QVERIFY(open(&session));
        MainWindow *window = session.window.get();
        TitleEdit *title = window->editor()->titleEdit();
        BodyEdit *body = window->editor()->body();
        QLineEdit *byline = field(window, "bylineEdit");
        QVERIFY(byline);

        title->setFocus();
        test::typeLikeUser(title, QStringLiteral("县妇联"));
        body->setFocus();
        test::typeLikeUser(body, QStringLiteral("正文"));
        byline->setFocus();
        QTest::keyClicks(byline, QStringLiteral("Wang Wu"));
        QCOMPARE(window->currentArticle().byline, QStringLiteral("Wang Wu"));

        // Ctrl+Z in the body undoes the byline first: the last edit, wherever the caret is.
        body->setFocus();
        QTest::keySequence(body, QKeySequence::Undo);
        QCOMPARE(window->currentArticle().byline, QString());
        QCOMPARE(bodyText(window), QStringLiteral("正文"));
        QTest::keySequence(body, QKeySequence::Undo);
        QCOMPARE(bodyText(window), QString());
        QCOMPARE(window->currentArticle().title, QStringLiteral("县妇联"));
        QTest::keySequence(body, QKeySequence::Undo);
        QCOMPARE(window->currentArticle().title, QString());
        QVERIFY(!window->undoStack()->canUndo());

        QTest::keySequence(byline, redoKey);
        QTest::keySequence(byline, redoKey);
        QTest::keySequence(byline, redoKey);
        QCOMPARE(window->currentArticle().title, QStringLiteral("县妇联"));
        QCOMPARE(bodyText(window), QStringLiteral("正文"));
        QCOMPARE(window->currentArticle().byline, QStringLiteral("Wang Wu"));
        QCOMPARE(byline->text(), QStringLiteral("Wang Wu"));
    }

    void detailsAreUndoable_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("nominal: byline") << QStringLiteral("bylineEdit");
        QTest::newRow("nominal: 来源") << QStringLiteral("sourceEdit");
        QTest::newRow("nominal: 责任编辑") << QStringLiteral("editorEdit");
        QTest::newRow("nominal: tags") << QStringLiteral("tagsEdit");
        QTest::newRow("nominal: dateline") << QStringLiteral("datelineEdit");
    }

    void detailsAreUndoable()
    {
        QFETCH(QString, name);
        test::WindowSession session;
        QVERIFY(open(&session));
        MainWindow *window = session.window.get();
        auto *line = window->findChild<QLineEdit *>(name);
        QVERIFY(line);
        line->setFocus();
        QTest::keyClicks(line, QStringLiteral("abc"));
        QCOMPARE(line->text(), QStringLiteral("abc"));
        // A word typed in one field is one step, undone by the field's own Ctrl+Z.
        QCOMPARE(window->undoStack()->count(), 1);
        QTest::keySequence(line, QKeySequence::Undo);
        QCOMPARE(line->text(), QString());
        QTest::keySequence(line, QKeySequence::Redo);
        QCOMPARE(line->text(), QStringLiteral("abc"));
    }

    void statusChangeIsUndoable()
    {
        test::WindowSession session;
        QVERIFY(open(&session));
        MainWindow *window = session.window.get();
        auto *status = window->findChild<QComboBox *>(QStringLiteral("statusCombo"));
        QVERIFY(status);
        status->setCurrentIndex(2);
        const Article::Status changed = window->currentArticle().status;
        QVERIFY(changed != Article::Status::Draft);
        window->undoStack()->undo();
        QCOMPARE(window->currentArticle().status, Article::Status::Draft);
        window->undoStack()->redo();
        QCOMPARE(window->currentArticle().status, changed);
    }

    void photoEditsAreUndoable()
    {
        test::WindowSession session;
        QVERIFY(open(&session));
        MainWindow *window = session.window.get();
        const QString path = m_dir.filePath(QStringLiteral("photo.jpg"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(test::encode(test::makePhoto(800, 600, 4), "jpeg"));
        file.close();
        window->insertPhotos({path});
        QTRY_COMPARE(window->currentArticle().imageCount(), 1);
        int block = -1;
        for (int i = 0; i < window->editor()->body()->document()->blockCount(); ++i) {
            if (!window->editor()->body()->imageAt(i).media.isEmpty())
                block = i;
        }
        QVERIFY(block >= 0);
        const int inserted = window->undoStack()->index();

        // A caption typed in the Photo panel, key by key, is one step.
        Block image = window->editor()->body()->imageAt(block);
        for (const QString &caption : {QStringLiteral("会"), QStringLiteral("会场"), QStringLiteral("会场外")}) {
            image.caption = caption;
            window->editor()->updateImage(block, image);
        }
        QCOMPARE(window->undoStack()->index(), inserted + 1);
        QCOMPARE(window->editor()->body()->imageAt(block).caption, QStringLiteral("会场外"));
        window->undoStack()->undo();
        QCOMPARE(window->editor()->body()->imageAt(block).caption, QString());

        // Removing the photo is a step too; undo brings it back whole.
        window->editor()->body()->removeImage(block);
        QCOMPARE(window->currentArticle().imageCount(), 0);
        window->undoStack()->undo();
        QCOMPARE(window->currentArticle().imageCount(), 1);
        window->undoStack()->undo();
        QCOMPARE(window->currentArticle().imageCount(), 0);
    }

    // 替换: the editor's caption stays, the empty credit is filled from the new photo's own
    // metadata; one step, undone whole.
    void photoReplaceIsUndoable()
    {
        test::WindowSession session;
        QVERIFY(open(&session));
        MainWindow *window = session.window.get();
        BodyEdit *body = window->editor()->body();
        body->insertImages({Block::image(QStringLiteral("a").repeated(64), 400, 300, QStringLiteral("编辑写的图说"))});
        int block = -1;
        for (int i = 0; i < body->document()->blockCount() && block < 0; ++i) {
            if (!body->imageAt(i).media.isEmpty())
                block = i;
        }
        QVERIFY(block >= 0);
        const int before = window->undoStack()->index();
        window->editor()->replacePhoto(block, Block::image(QStringLiteral("b").repeated(64), 300, 400,
                                                           QStringLiteral("相机里的图说"), QStringLiteral("王五 摄")));
        const Block replaced = body->imageAt(block);
        QCOMPARE(replaced.media, QStringLiteral("b").repeated(64));
        QCOMPARE(replaced.caption, QStringLiteral("编辑写的图说"));
        QCOMPARE(replaced.credit, QStringLiteral("王五 摄"));
        QCOMPARE(window->undoStack()->index(), before + 1);
        window->undoStack()->undo();
        QCOMPARE(body->imageAt(block).media, QStringLiteral("a").repeated(64));
        QCOMPARE(body->imageAt(block).credit, QString());
    }

    void restoreIsOneUndoableStep()
    {
        test::WindowSession session;
        QVERIFY(open(&session));
        MainWindow *window = session.window.get();
        BodyEdit *body = window->editor()->body();
        body->setFocus();
        test::typeLikeUser(body, QStringLiteral("第一版"));
        QTest::keySequence(window, QKeySequence::Save);
        test::typeLikeUser(body, QStringLiteral("又改了"));
        QLineEdit *byline = field(window, "bylineEdit");
        byline->setFocus();
        QTest::keyClicks(byline, QStringLiteral("Li"));
        QVERIFY(window->flush());

        auto *history = window->findChild<HistoryPanel *>(QStringLiteral("historyPanel"));
        QVERIFY(history);
        static_cast<QDockWidget *>(history->parentWidget())->raise();
        history->refresh();
        QTRY_VERIFY(!history->revisions().isEmpty());
        QVERIFY(history->selectRevision(history->revisions().constFirst().id));
        test::MessageBoxAcceptor restoreConfirmed;
        const int before = window->undoStack()->index();
        history->restoreSelected();
        QTRY_COMPARE(bodyText(window), QStringLiteral("第一版"));
        QCOMPARE(window->currentArticle().byline, QString());
        QCOMPARE(window->undoStack()->index(), before + 1);

        window->undoStack()->undo();
        QCOMPARE(bodyText(window), QStringLiteral("第一版又改了"));
        QCOMPARE(window->currentArticle().byline, QStringLiteral("Li"));
        // The undone restore is saved like any edit.
        QVERIFY(window->flush());
        Article stored;
        QVERIFY(session.store.loadArticle(window->currentArticleId(), &stored, nullptr));
        QCOMPARE(stored.blocks.value(0).text.text, QStringLiteral("第一版又改了"));
        QCOMPARE(stored.byline, QStringLiteral("Li"));
    }

    void typingAfterUndoStartsANewStep()
    {
        test::WindowSession session;
        QVERIFY(open(&session));
        MainWindow *window = session.window.get();
        BodyEdit *body = window->editor()->body();
        QLineEdit *byline = field(window, "bylineEdit");
        body->setFocus();
        QTest::keyClicks(body, QStringLiteral("abc"));
        byline->setFocus();
        QTest::keyClicks(byline, QStringLiteral("x"));
        body->setFocus();
        QTest::keyClicks(body, QStringLiteral("def"));
        // "def" came after the byline: undo takes it alone, then the byline, then "abc".
        window->undoStack()->undo();
        QCOMPARE(bodyText(window), QStringLiteral("abc"));
        QCOMPARE(window->currentArticle().byline, QStringLiteral("x"));
        window->undoStack()->undo();
        QCOMPARE(window->currentArticle().byline, QString());
        QCOMPARE(bodyText(window), QStringLiteral("abc"));
    }

    void switchingArticlesClearsTheStack()
    {
        test::WindowSession session;
        QVERIFY(open(&session));
        MainWindow *window = session.window.get();
        const qint64 first = window->currentArticleId();
        window->editor()->body()->setFocus();
        QTest::keyClicks(window->editor()->body(), QStringLiteral("first"));
        QVERIFY(window->undoStack()->canUndo());
        window->newArticle();
        QVERIFY(!window->undoStack()->canUndo());
        // robustness: Ctrl+Z in the new article never reaches into the old one.
        QTest::keySequence(window->editor()->body(), QKeySequence::Undo);
        QVERIFY(window->selectArticle(first));
        QCOMPARE(bodyText(window), QStringLiteral("first"));
    }
};

QTEST_MAIN(TstGuiUndoStack)
#include "tst_gui_undostack.moc"
