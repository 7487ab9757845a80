#include "editor/articleeditor.h"
#include "store/autosaver.h"
#include "editor/bodyedit.h"
#include "mainwindow/historypanel.h"
#include "jobs/importreview.h"
#include "mainwindow/mainwindow.h"
#include "preview/previewview.h"
#include "store/store.h"
#include "fixtures/testutil.h"
#include "fixtures/messageboxacceptor.h"
#include "fixtures/windowsession.h"
#include "editor/titleedit.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QMimeData>
#include <QTextDocumentFragment>
#include <QComboBox>
#include <QDockWidget>
#include <QPushButton>
#include <QLineEdit>
#include <QTreeView>
#include <QInputMethodEvent>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTimer>

using namespace copydesk;

// The editor window as a user drives it: keyboard path, photos, autosave, preview, reopen.
class TstGuiMainWindow : public QObject
{
    Q_OBJECT

private:
    using Session = test::WindowSession;

    QTemporaryDir m_dir;

    QString storePath() const { return m_dir.filePath(QStringLiteral("desk.sqlite3")); }

    QString writePhoto(const QString &name, int seed)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.write(test::encode(test::makePhoto(1200, 800, seed), "jpeg"));
        return path;
    }

    static void type(QWidget *widget, const QString &text) { test::typeLikeUser(widget, text); }

    static int imageBlocks(const Article &article)
    {
        return article.imageCount();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("config")));
        QCoreApplication::setApplicationName(QStringLiteral("copydesk-test"));
    }

    void keyboardPathPhotoAutosaveReopen()
    {
        qint64 id = 0;
        {
            Session session;
            QVERIFY(session.open(storePath()));
            MainWindow *window = session.window.get();
            ArticleEditor *editor = window->editor();

            // Ctrl+N creates an article and puts the cursor in its headline.
            QTest::keySequence(window, QKeySequence::New);
            QTRY_VERIFY(window->currentArticleId() > 0);
            id = window->currentArticleId();
            QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(editor->titleEdit()));
            type(editor->titleEdit(), QStringLiteral("妇联开展宣传月活动 Women’s federation"));
            // Enter moves to the body.
            QTest::keyClick(editor->titleEdit(), Qt::Key_Return);
            QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(editor->body()));
            type(editor->body(), QStringLiteral("大祥融媒讯近日,大祥区妇联开展活动。The editor typed this."));

            // A photo goes in after the paragraph; its caption is typed in place.
            window->insertPhotos({writePhoto(QStringLiteral("scene.jpg"), 1)});
            QTRY_COMPARE(imageBlocks(window->currentArticle()), 1);
            type(editor->body(), QStringLiteral("图为活动现场"));
            const Article typed = window->currentArticle();
            QCOMPARE(typed.title, QStringLiteral("妇联开展宣传月活动 Women’s federation"));
            QCOMPARE(typed.blocks.size(), 2);
            QCOMPARE(typed.blocks.at(0).text.text, QStringLiteral("大祥融媒讯近日,大祥区妇联开展活动。The editor typed this."));
            QCOMPARE(typed.blocks.at(1).type, Block::Type::Image);
            QCOMPARE(typed.blocks.at(1).caption, QStringLiteral("图为活动现场"));
            QCOMPARE(typed.blocks.at(1).width, 1200);

            // The status bar counts words and photos; autosave reports the time.
            auto *words = window->findChild<QLabel *>(QStringLiteral("wordCountLabel"));
            QVERIFY(words);
            QTRY_VERIFY2(words->text().contains(QString::number(typed.wordCount())), qPrintable(words->text()));
            auto *saved = window->findChild<QLabel *>(QStringLiteral("saveStateLabel"));
            QVERIFY(saved);
            QTRY_VERIFY_WITH_TIMEOUT(saved->text().contains(QRegularExpression(QStringLiteral("\\d\\d:\\d\\d:\\d\\d"))), 5000);

            // Written to the store (read through a separate connection) within about a second.
            QTRY_VERIFY_WITH_TIMEOUT(
                    [&] {
                        Store reader;
                        Article stored;
                        QString error;
                        return reader.open(storePath(), &error) && reader.loadArticle(id, &stored, &error)
                                && stored.blocks.size() == 2 && stored.blocks.at(1).caption == QStringLiteral("图为活动现场");
                    }(),
                    3000);

            // The preview shows the caption under its photo.
            QTRY_VERIFY_WITH_TIMEOUT(window->preview() != nullptr, 10000);
            QTRY_VERIFY_WITH_TIMEOUT(window->preview()->currentHtml().contains(QStringLiteral("图为活动现场")), 5000);
            const QString html = window->preview()->currentHtml();
            const QRegularExpression figure(QStringLiteral("<figure[^>]*>\\s*<img[^>]*src=\"copydesk-media:[0-9a-f]{64}\"[^>]*>"
                                                           "\\s*<figcaption[^>]*>\\s*图为活动现场"));
            QVERIFY2(figure.match(html).hasMatch(), qPrintable(html.mid(html.indexOf(QStringLiteral("<figure")), 400)));
        }
        // Relaunch on the same store: everything is there.
        Session again;
        QVERIFY(again.open(storePath()));
        QVERIFY(again.window->selectArticle(id));
        const Article reopened = again.window->currentArticle();
        QCOMPARE(reopened.title, QStringLiteral("妇联开展宣传月活动 Women’s federation"));
        QCOMPARE(reopened.blocks.size(), 2);
        QCOMPARE(reopened.blocks.at(1).caption, QStringLiteral("图为活动现场"));
        QCOMPARE(again.window->editor()->body()->document()->blockCount() >= 3, true);
    }

    void searchAndFilter_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("status");
        QTest::addColumn<QStringList>("titles");
        QTest::newRow("nominal: a two-character word inside a sentence") << QStringLiteral("妇联") << -1
                                                                         << QStringList{QStringLiteral("甲稿")};
        QTest::newRow("nominal: an English word prefix") << QStringLiteral("budg") << -1
                                                         << QStringList{QStringLiteral("Budget story")};
        QTest::newRow("nominal: by status") << QString() << int(Article::Status::Review)
                                            << QStringList{QStringLiteral("乙稿")};
        QTest::newRow("robustness: nothing matches") << QStringLiteral("不存在的词") << -1 << QStringList{};
    }

    void searchAndFilter()
    {
        QFETCH(QString, query);
        QFETCH(int, status);
        QFETCH(QStringList, titles);
        static int run = 0;
        const QString path = m_dir.filePath(QStringLiteral("search-%1.sqlite3").arg(++run));
        {
            Store store;
            QString error;
            QVERIFY2(store.open(path, &error), qPrintable(error));
            Article a = Article::create(QStringLiteral("甲稿"));
            a.blocks = {Block::paragraph(QStringLiteral("大祥区妇联开展民族团结进步宣传月活动。"))};
            Article b = Article::create(QStringLiteral("乙稿"));
            b.status = Article::Status::Review;
            b.blocks = {Block::paragraph(QStringLiteral("区政府召开会议。"))};
            Article c = Article::create(QStringLiteral("Budget story"));
            c.blocks = {Block::paragraph(QStringLiteral("The council approved the budget."))};
            for (Article *article : {&a, &b, &c})
                QVERIFY2(store.insertArticle(article, &error), qPrintable(error));
        }
        Session session;
        QVERIFY(session.open(path));
        MainWindow *window = session.window.get();
        auto *search = window->findChild<QLineEdit *>(QStringLiteral("articleFilter"));
        auto *statusFilter = window->findChild<QComboBox *>(QStringLiteral("statusFilter"));
        auto *list = window->findChild<QTreeView *>(QStringLiteral("articleList"));
        QVERIFY(search && statusFilter && list);
        QCOMPARE(list->model()->rowCount(), 3);
        if (!query.isEmpty()) {
            search->setFocus();
            type(search, query);
        }
        if (status >= 0) {
            statusFilter->setCurrentIndex(statusFilter->findData(status));
            emit statusFilter->activated(statusFilter->currentIndex());
        }
        QTRY_COMPARE(list->model()->rowCount(), int(titles.size()));
        QStringList shown;
        for (int row = 0; row < list->model()->rowCount(); ++row)
            shown.append(list->model()->index(row, 0).data().toString());
        QCOMPARE(shown, titles);
    }

    void paste_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<bool>("plain");
        QTest::addColumn<QList<Block>>("expected");
        RichText bold(QStringLiteral("大祥融媒讯 近日,妇联开展活动。"));
        bold.marks = {{TextMark::Kind::Bold, 0, 5, {}}};
        QTest::newRow("nominal: Word copy keeps structure, drops fonts")
                << QStringLiteral("<html><body><h2 style=\"font-family:宋体\">切实加强组织建设</h2>"
                                  "<p class=MsoNormal><b><span style='font-family:黑体;color:red'>大祥融媒讯</span></b>"
                                  "<span style='font-size:14pt'> 近日,妇联开展活动。</span><o:p></o:p></p></body></html>")
                << false
                << QList<Block>{Block::heading(QStringLiteral("切实加强组织建设")), Block::paragraph(bold)};
        QTest::newRow("robustness: hostile copy leaves nothing active")
                << QStringLiteral("<p onclick=\"alert(1)\">正文<script>alert(2)</script>"
                                  "<a href=\"javascript:alert(3)\">链接</a></p><iframe src=\"https://evil.example\"></iframe>")
                << false << QList<Block>{Block::paragraph(QStringLiteral("正文链接"))};
        QTest::newRow("nominal: paste as plain text keeps paragraphs only")
                << QStringLiteral("<h2>小标题</h2><p><b>粗体</b>正文</p>") << true
                << QList<Block>{Block::paragraph(QStringLiteral("小标题")), Block::paragraph(QStringLiteral("粗体正文"))};
    }

    void paste()
    {
        QFETCH(QString, html);
        QFETCH(bool, plain);
        QFETCH(QList<Block>, expected);
        Session session;
        static int run = 0;
        QVERIFY(session.open(m_dir.filePath(QStringLiteral("paste-%1.sqlite3").arg(++run))));
        MainWindow *window = session.window.get();
        window->newArticle();
        auto *data = new QMimeData;
        data->setHtml(html);
        data->setText(QTextDocumentFragment::fromHtml(html).toPlainText());
        QGuiApplication::clipboard()->setMimeData(data);
        BodyEdit *body = window->editor()->body();
        body->setFocus();
        if (plain)
            body->pastePlainText();
        else
            body->paste();
        QCOMPARE(window->currentArticle().blocks, expected);
    }

    void importFiles()
    {
        Session session;
        QVERIFY(session.open(m_dir.filePath(QStringLiteral("import.sqlite3"))));
        MainWindow *window = session.window.get();
        const QString text = m_dir.filePath(QStringLiteral("copy.txt"));
        QFile txt(text);
        QVERIFY(txt.open(QIODevice::WriteOnly));
        txt.write(test::sampleArticleText().toUtf8());
        txt.close();
        const QString markdown = m_dir.filePath(QStringLiteral("notes.md"));
        QFile md(markdown);
        QVERIFY(md.open(QIODevice::WriteOnly));
        md.write("# Council approves budget\n\nThe council **approved** the budget.\n");
        md.close();
        const QString broken = m_dir.filePath(QStringLiteral("broken.docx"));
        QFile docx(broken);
        QVERIFY(docx.open(QIODevice::WriteOnly));
        docx.write("PK\x03\x04 not really a zip");
        docx.close();

        QString message;
        QTimer poller;
        connect(&poller, &QTimer::timeout, this, [&message] {
            for (QWidget *widget : QApplication::topLevelWidgets()) {
                auto *box = qobject_cast<QMessageBox *>(widget);
                if (box && box->isVisible()) {
                    message = box->text() + QLatin1Char('\n') + box->informativeText();
                    box->accept();
                }
            }
        });
        poller.start(50);
        QSettings().setValue(ImportReview::previewSetting(), false); // the preview has its own test
        window->importPaths({text, markdown, broken});
        QTRY_VERIFY(message.contains(QStringLiteral("broken.docx")));
        QTRY_COMPARE(window->findChild<QTreeView *>(QStringLiteral("articleList"))->model()->rowCount(), 2);
        Store reader;
        QString error;
        QVERIFY(reader.open(m_dir.filePath(QStringLiteral("import.sqlite3")), &error));
        QStringList titles;
        for (const ArticleSummary &summary : reader.listArticles(&error))
            titles.append(summary.title);
        titles.sort();
        QCOMPARE(titles, (QStringList{QStringLiteral("Council approves budget"),
                                      QStringLiteral("大祥区妇联多举措全面推进民族团结进步示范创建工作")}));
    }

    void historyRestore()
    {
        Session session;
        QVERIFY(session.open(m_dir.filePath(QStringLiteral("history.sqlite3"))));
        MainWindow *window = session.window.get();
        window->newArticle();
        BodyEdit *body = window->editor()->body();
        body->setFocus();
        type(body, QStringLiteral("第一版正文"));
        QTest::keySequence(window, QKeySequence::Save); // a named revision of this text
        type(body, QStringLiteral("又改了"));
        QTRY_VERIFY(window->currentArticle().blocks.value(0).text.text.endsWith(QStringLiteral("又改了")));
        window->flush();

        auto *history = window->findChild<HistoryPanel *>(QStringLiteral("historyPanel"));
        QVERIFY(history);
        history->parentWidget()->show();
        static_cast<QDockWidget *>(history->parentWidget())->raise();
        history->refresh();
        QTRY_VERIFY(!history->revisions().isEmpty());
        QVERIFY(history->selectRevision(history->revisions().constFirst().id));
        test::MessageBoxAcceptor restoreConfirmed;
        history->restoreSelected();
        QTRY_COMPARE(window->currentArticle().blocks.value(0).text.text, QStringLiteral("第一版正文"));
        // Nothing is destroyed: the replaced text is a revision too.
        history->refresh();
        QTRY_VERIFY(history->revisions().size() >= 2);
    }

    void newArticleHighlightsOneRow()
    {
        Session session;
        QVERIFY(session.open(m_dir.filePath(QStringLiteral("rows.sqlite3"))));
        MainWindow *window = session.window.get();
        window->newArticle();
        auto *list = window->findChild<QTreeView *>(QStringLiteral("articleList"));
        QVERIFY(list);
        list->setFocus();
        QTest::keySequence(list, QKeySequence::New);
        QTRY_COMPARE(list->model()->rowCount(), 2);
        QCOMPARE(list->selectionModel()->selectedRows().size(), 1);
        QCOMPARE(list->selectionModel()->selectedRows().constFirst().row(), list->currentIndex().row());
    }

        void undoRedoAcrossPhotoInsert()
    {
        Session session;
        QVERIFY(session.open(m_dir.filePath(QStringLiteral("undo.sqlite3"))));
        MainWindow *window = session.window.get();
        window->newArticle();
        BodyEdit *body = window->editor()->body();
        body->setFocus();
        type(body, QStringLiteral("第一段"));
        window->insertPhotos({writePhoto(QStringLiteral("undo.jpg"), 2)});
        QTRY_COMPARE(imageBlocks(window->currentArticle()), 1);
        QTest::keySequence(body, QKeySequence::Undo);
        QCOMPARE(imageBlocks(window->currentArticle()), 0);
        QCOMPARE(window->currentArticle().blocks.value(0).text.text, QStringLiteral("第一段"));
        QTest::keySequence(body, QKeySequence::Redo);
        QCOMPARE(imageBlocks(window->currentArticle()), 1);
    }

    void copyForWeChatIsChecked_data()
    {
        QTest::addColumn<bool>("anyway");
        QTest::newRow("nominal: Copy Anyway copies") << true;
        QTest::newRow("nominal: Cancel copies nothing") << false;
    }

    // Copy for WeChat runs the pre-export check like every export: the sample's placeholders
    // are listed before anything reaches the clipboard.
    void copyForWeChatIsChecked()
    {
        QFETCH(bool, anyway);
        Session session;
        QVERIFY(session.open(m_dir.filePath(QStringLiteral("wechat-%1.sqlite3").arg(anyway))));
        MainWindow *window = session.window.get();
        window->openSample();
        QTRY_VERIFY(window->currentArticleId() > 0);
        QGuiApplication::clipboard()->setText(QStringLiteral("before"));
        QString message;
        QTimer poller;
        connect(&poller, &QTimer::timeout, this, [&message, anyway] {
            for (QWidget *widget : QApplication::topLevelWidgets()) {
                auto *box = qobject_cast<QMessageBox *>(widget);
                if (!box || !box->isVisible() || box->objectName() != QLatin1String("preflightPrompt"))
                    continue;
                message = box->informativeText();
                for (QAbstractButton *button : box->buttons()) {
                    if ((box->buttonRole(button) == QMessageBox::AcceptRole) == anyway)
                        button->click();
                }
            }
        });
        poller.start(50);
        QAction *copy = nullptr;
        for (QAction *action : window->findChildren<QAction *>()) {
            if (action->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C))
                copy = action;
        }
        QVERIFY(copy);
        copy->trigger();
        QVERIFY2(message.contains(QStringLiteral("placeholder")), qPrintable(message));
        const QMimeData *data = QGuiApplication::clipboard()->mimeData();
        if (anyway)
            QVERIFY(data->hasHtml() && data->html().contains(QStringLiteral("大祥区妇联")));
        else
            QCOMPARE(data->text(), QStringLiteral("before"));
    }

    void refusedPhotosAreNamed_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("robustness: not an image") << QByteArray("hello, I am text");
        QTest::newRow("robustness: truncated JPEG") << test::encode(test::makePhoto(400, 300, 3), "jpeg").left(900);
    }

    void refusedPhotosAreNamed()
    {
        QFETCH(QByteArray, content);
        Session session;
        QVERIFY(session.open(m_dir.filePath(QStringLiteral("refused.sqlite3"))));
        MainWindow *window = session.window.get();
        window->newArticle();
        const QString bad = m_dir.filePath(QStringLiteral("bad-photo.jpg"));
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(content);
        file.close();
        // The message box names the file; the good photo of the batch still goes in.
        QString message;
        QTimer poller;
        connect(&poller, &QTimer::timeout, this, [&message] {
            for (QWidget *widget : QApplication::topLevelWidgets()) {
                auto *box = qobject_cast<QMessageBox *>(widget);
                if (box && box->isVisible()) {
                    message = box->text() + QLatin1Char('\n') + box->informativeText();
                    box->accept();
                }
            }
        });
        poller.start(50);
        window->insertPhotos({bad, writePhoto(QStringLiteral("good.jpg"), 4)});
        QTRY_COMPARE(imageBlocks(window->currentArticle()), 1);
        QTRY_VERIFY(message.contains(QStringLiteral("bad-photo.jpg")));
    }
};

QTEST_MAIN(TstGuiMainWindow)
#include "tst_gui_mainwindow.moc"
