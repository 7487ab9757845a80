#include "document/documentformat.h"
#include "editor/articleeditor.h"
#include "editor/bodyedit.h"
#include "editor/titleedit.h"
#include "mainwindow/mainwindow.h"
#include "fixtures/windowsession.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QUndoStack>

using namespace copydesk;

// Find and replace over the whole article: headline, subtitle, body, captions and credits, in
// reading order, wrapping; Replace All one undo step; no link or mark grows over new text.
class TstGuiFindBar : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_stores = 0;

    static Article article()
    {
        Article article = Article::create(QStringLiteral("春节新闻"));
        article.subtitle = QStringLiteral("春节副题");
        Block image = Block::image(QString(64, QLatin1Char('a')), 800, 600, QStringLiteral("春节图说"),
                                   QStringLiteral("春节摄"), QStringLiteral("替代"));
        RichText bold(QStringLiteral("粗体春节"));
        bold.marks = {{TextMark::Kind::Bold, 0, 2, QString()}};
        article.blocks = {Block::paragraph(QStringLiteral("正文春节")), image, Block::paragraph(bold)};
        return article;
    }

    bool open(test::WindowSession *session, Article *stored)
    {
        if (!session->open(m_dir.filePath(QStringLiteral("s%1.sqlite3").arg(++m_stores))))
            return false;
        *stored = article();
        QString error;
        if (!session->store.insertArticle(stored, &error))
            return false;
        session->window->reloadArticles();
        return session->window->selectArticle(stored->id);
    }

    struct Bar
    {
        QLineEdit *find = nullptr;
        QLineEdit *replace = nullptr;
        QPushButton *next = nullptr;
        QPushButton *replaceOne = nullptr;
        QPushButton *all = nullptr;
        QLabel *status = nullptr;
    };

    static Bar replaceBar(MainWindow *window)
    {
        window->editor()->actions().replace->trigger();
        return {window->findChild<QLineEdit *>(QStringLiteral("findEdit")),
                window->findChild<QLineEdit *>(QStringLiteral("replaceEdit")),
                window->findChild<QPushButton *>(QStringLiteral("findNextButton")),
                window->findChild<QPushButton *>(QStringLiteral("replaceButton")),
                window->findChild<QPushButton *>(QStringLiteral("replaceAllButton")),
                window->findChild<QLabel *>(QStringLiteral("findStatus"))};
    }

private slots:
    void findNextWalksTheArticleInReadingOrderAndWraps()
    {
        test::WindowSession session;
        Article stored;
        QVERIFY(open(&session, &stored));
        MainWindow *window = session.window.get();
        ArticleEditor *editor = window->editor();
        // From the start of the headline, where the editor was last.
        editor->titleEdit()->setFocus();
        QTRY_VERIFY(editor->titleEdit()->hasFocus());
        editor->titleEdit()->moveCursor(QTextCursor::Start);
        Bar bar = replaceBar(window);
        QVERIFY(bar.find && bar.next && bar.status);
        bar.find->setText(QStringLiteral("春节"));

        // Each step: the field that holds the selection (its selected text and block text).
        const auto selectionIn = [](QTextEdit *edit) {
            const QTextCursor cursor = edit->textCursor();
            return cursor.hasSelection() ? cursor.block().text() : QString();
        };
        bar.next->click();
        QCOMPARE(selectionIn(editor->titleEdit()), QStringLiteral("春节新闻"));
        bar.next->click();
        QCOMPARE(selectionIn(editor->subtitleEdit()), QStringLiteral("春节副题"));
        bar.next->click();
        QCOMPARE(selectionIn(editor->body()), QStringLiteral("正文春节"));
        bar.next->click();
        QCOMPARE(selectionIn(editor->body()), QStringLiteral("春节图说"));
        QCOMPARE(editor->body()->textCursor().selectedText(), QStringLiteral("春节"));
        bar.next->click(); // the credit, in its photo's place
        QVERIFY(bar.status->text().contains(QStringLiteral("credit")));
        QVERIFY(DocumentFormat::isImageBlock(editor->body()->textCursor().block()));
        QCOMPARE(editor->body()->imageAt(editor->body()->currentImageBlockNumber()).credit, QStringLiteral("春节摄"));
        bar.next->click();
        QCOMPARE(selectionIn(editor->body()), QStringLiteral("粗体春节"));
        bar.next->click(); // wraps to the headline
        QCOMPARE(selectionIn(editor->titleEdit()), QStringLiteral("春节新闻"));

        // Previous walks back from the headline, wrapping to the last match of the body.
        auto *previous = window->findChild<QPushButton *>(QStringLiteral("findPreviousButton"));
        QVERIFY(previous);
        previous->click();
        QCOMPARE(selectionIn(editor->body()), QStringLiteral("粗体春节"));
        previous->click();
        QVERIFY(bar.status->text().contains(QStringLiteral("credit")));
    }

    void replaceAllCoversEveryFieldAsOneUndoStep()
    {
        test::WindowSession session;
        Article stored;
        QVERIFY(open(&session, &stored));
        MainWindow *window = session.window.get();
        Bar bar = replaceBar(window);
        QVERIFY(bar.find && bar.replace && bar.all);
        const int steps = window->undoStack()->count();
        bar.find->setText(QStringLiteral("春节"));
        bar.replace->setText(QStringLiteral("元宵"));
        bar.all->click();
        QCOMPARE(bar.status->text(), QStringLiteral("6 replaced"));

        Article expected = article();
        expected.title = QStringLiteral("元宵新闻");
        expected.subtitle = QStringLiteral("元宵副题");
        expected.blocks[0] = Block::paragraph(QStringLiteral("正文元宵"));
        expected.blocks[1].caption = QStringLiteral("元宵图说");
        expected.blocks[1].credit = QStringLiteral("元宵摄");
        RichText bold(QStringLiteral("粗体元宵")); // the bold before the match does not grow over it
        bold.marks = {{TextMark::Kind::Bold, 0, 2, QString()}};
        expected.blocks[2] = Block::paragraph(bold);
        const Article after = window->currentArticle();
        QCOMPARE(after.title, expected.title);
        QCOMPARE(after.subtitle, expected.subtitle);
        QCOMPARE(after.blocks, expected.blocks);
        QCOMPARE(window->undoStack()->count(), steps + 1);

        window->undoStack()->undo();
        const Article undone = window->currentArticle();
        QCOMPARE(undone.title, stored.title);
        QCOMPARE(undone.subtitle, stored.subtitle);
        QCOMPARE(undone.blocks, stored.blocks);
    }

    // Replace replaces the match found and goes on to the next one, from field to field.
    void replaceGoesOnAfterTheNewText()
    {
        test::WindowSession session;
        Article stored;
        QVERIFY(open(&session, &stored));
        MainWindow *window = session.window.get();
        ArticleEditor *editor = window->editor();
        editor->titleEdit()->setFocus();
        QTRY_VERIFY(editor->titleEdit()->hasFocus());
        editor->titleEdit()->moveCursor(QTextCursor::Start);
        Bar bar = replaceBar(window);
        QVERIFY(bar.find && bar.replace && bar.replaceOne);
        bar.find->setText(QStringLiteral("春节"));
        bar.replace->setText(QStringLiteral("元宵"));
        bar.next->click();
        QCOMPARE(editor->titleEdit()->textCursor().selectedText(), QStringLiteral("春节"));
        bar.replaceOne->click();
        QCOMPARE(editor->titleEdit()->text(), QStringLiteral("元宵新闻"));
        QCOMPARE(editor->subtitleEdit()->textCursor().selectedText(), QStringLiteral("春节"));
        bar.replaceOne->click();
        QCOMPARE(editor->subtitleEdit()->text(), QStringLiteral("元宵副题"));
        QCOMPARE(editor->body()->textCursor().block().text(), QStringLiteral("正文春节"));
        QCOMPARE(editor->body()->textCursor().selectedText(), QStringLiteral("春节"));
        QCOMPARE(window->currentArticle().title, QStringLiteral("元宵新闻"));
    }

    void replaceStepsThroughTheCredit()
    {
        test::WindowSession session;
        Article stored;
        QVERIFY(open(&session, &stored));
        MainWindow *window = session.window.get();
        Bar bar = replaceBar(window);
        QVERIFY(bar.find && bar.replace && bar.replaceOne);
        bar.find->setText(QStringLiteral("摄"));
        bar.replace->setText(QStringLiteral("摄影"));
        bar.next->click();
        QVERIFY(bar.status->text().contains(QStringLiteral("credit")));
        bar.replaceOne->click();
        QCOMPARE(window->currentArticle().blocks.at(1).credit, QStringLiteral("春节摄影"));
        window->undoStack()->undo();
        QCOMPARE(window->currentArticle().blocks.at(1).credit, QStringLiteral("春节摄"));
    }
};

QTEST_MAIN(TstGuiFindBar)
#include "tst_gui_findbar.moc"
