#include "dialogs/cropdialog.h"
#include "dialogs/photodesk.h"
#include "document/documentformat.h"
#include "editor/articleeditor.h"
#include "editor/bodyedit.h"
#include "mainwindow/mainwindow.h"
#include "fixtures/windowsession.h"

#include <QAbstractTextDocumentLayout>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTimer>
#include <QUndoStack>

using namespace copydesk;

// Photos as objects in the body, as a picture editor handles them: click, Delete, cut, copy,
// paste, Alt+arrows, crop, the Photo panel following; each compared on the article model.
class TstGuiPhotoBlocks : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_stores = 0;

    static QString sha(char c) { return QString(64, QLatin1Char(c)); }

    static Block photo(char c, const QString &caption)
    {
        Block image = Block::image(sha(c), 800, 600, caption, QStringLiteral("摄影 %1").arg(caption),
                                   QStringLiteral("替代文字%1").arg(caption));
        return image;
    }

    static Block para(const QString &text) { return Block::paragraph(text); }

    // A window on a fresh store with one article holding the blocks, open in the editor.
    bool openWith(test::WindowSession *session, const QList<Block> &blocks)
    {
        if (!session->open(m_dir.filePath(QStringLiteral("s%1.sqlite3").arg(++m_stores))))
            return false;
        return addArticle(session, blocks) > 0;
    }

    static qint64 addArticle(test::WindowSession *session, const QList<Block> &blocks)
    {
        Article article = Article::create(QStringLiteral("图片稿"));
        article.blocks = blocks;
        QString error;
        if (!session->store.insertArticle(&article, &error)) {
            qWarning() << error;
            return 0;
        }
        session->window->reloadArticles();
        return session->window->selectArticle(article.id) ? article.id : 0;
    }

    static int imageBlockNumber(BodyEdit *body, int ordinal)
    {
        for (QTextBlock block = body->document()->begin(); block.isValid(); block = block.next()) {
            if (DocumentFormat::isImageBlock(block) && ordinal-- == 0)
                return block.blockNumber();
        }
        return -1;
    }

    // Clicks the middle of the n-th photo in the body, as a user would.
    static void clickPhoto(BodyEdit *body, int ordinal)
    {
        const QTextBlock block = body->document()->findBlockByNumber(imageBlockNumber(body, ordinal));
        QVERIFY(block.isValid());
        QRectF rect = body->document()->documentLayout()->blockBoundingRect(block);
        body->verticalScrollBar()->setValue(qMax(0, int(rect.top()) - 20));
        rect.translate(-body->horizontalScrollBar()->value(), -body->verticalScrollBar()->value());
        QTest::mouseClick(body->viewport(), Qt::LeftButton, {}, rect.center().toPoint());
    }

    static QList<Block> blocksOf(MainWindow *window) { return window->currentArticle().blocks; }

    static void select(BodyEdit *body, int fromBlock, int fromOffset, int toBlock, int toOffset)
    {
        QTextCursor cursor(body->document());
        cursor.setPosition(body->document()->findBlockByNumber(fromBlock).position() + fromOffset);
        cursor.setPosition(body->document()->findBlockByNumber(toBlock).position() + toOffset, QTextCursor::KeepAnchor);
        body->setTextCursor(cursor);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("config")));
        QCoreApplication::setApplicationName(QStringLiteral("copydesk-test"));
    }

    void clickSelectsAndThePanelFollows()
    {
        test::WindowSession session;
        QVERIFY(openWith(&session, {para(QStringLiteral("导语")), Block::imagePlaceholder(QStringLiteral("待补甲")),
                                    para(QStringLiteral("中段")), Block::imagePlaceholder(QStringLiteral("待补乙")),
                                    photo('c', QStringLiteral("丙"))}));
        MainWindow *window = session.window.get();
        BodyEdit *body = window->editor()->body();
        auto *caption = window->findChild<QLineEdit *>(QStringLiteral("captionEdit"));
        auto *credit = window->findChild<QLineEdit *>(QStringLiteral("creditEdit"));
        QVERIFY(caption && credit);

        clickPhoto(body, 0);
        QCOMPARE(body->currentImageBlockNumber(), imageBlockNumber(body, 0));
        QTRY_COMPARE(caption->text(), QStringLiteral("待补甲"));
        // Another placeholder: the panel shows it, not the first one.
        clickPhoto(body, 1);
        QCOMPARE(body->currentImageBlockNumber(), imageBlockNumber(body, 1));
        QTRY_COMPARE(caption->text(), QStringLiteral("待补乙"));
        QVERIFY(body->accessibleDescription().contains(QStringLiteral("待补乙")));

        // 移除: the panel no longer shows the removed placeholder.
        auto *remove = window->findChild<QPushButton *>(QStringLiteral("removeImageButton"));
        QVERIFY(remove);
        remove->click();
        QCOMPARE(blocksOf(window).size(), 4);
        QVERIFY(caption->text() != QStringLiteral("待补乙"));

        // 替换: the panel shows the new photo's credit at once.
        clickPhoto(body, 0);
        QTRY_COMPARE(caption->text(), QStringLiteral("待补甲"));
        Block replacement = photo('d', QString());
        replacement.credit = QStringLiteral("新华社");
        replacement.checkMetadata = true;
        window->editor()->replacePhoto(body->currentImageBlockNumber(), replacement);
        QTRY_COMPARE(credit->text(), QStringLiteral("新华社"));
        QCOMPARE(caption->text(), QStringLiteral("待补甲")); // typed by the editor: kept
        QCOMPARE(blocksOf(window).at(1).media, sha('d'));
        QVERIFY(blocksOf(window).at(1).checkMetadata);
        auto *note = window->findChild<QLabel *>(QStringLiteral("metadataNote"));
        QVERIFY(note && !note->isHidden());
        // Confirming clears the flag, as an undoable edit.
        auto *confirm = window->findChild<QPushButton *>(QStringLiteral("confirmMetadataButton"));
        QVERIFY(confirm && !confirm->isHidden());
        confirm->click();
        QVERIFY(!blocksOf(window).at(1).checkMetadata);
        QVERIFY(note->isHidden());
        window->undoStack()->undo();
        QVERIFY(blocksOf(window).at(1).checkMetadata);
    }

    void checkFlagPersistsInTheStore()
    {
        test::WindowSession session;
        Block checked = photo('a', QStringLiteral("元数据说明"));
        checked.checkMetadata = true;
        QVERIFY(openWith(&session, {para(QStringLiteral("导语")), checked}));
        MainWindow *window = session.window.get();
        QVERIFY(window->flush());
        Article stored;
        QString error;
        QVERIFY2(session.store.loadArticle(window->currentArticleId(), &stored, &error), qPrintable(error));
        QVERIFY(stored.blocks.at(1).checkMetadata);
        clickPhoto(window->editor()->body(), 0);
        auto *note = window->findChild<QLabel *>(QStringLiteral("metadataNote"));
        QTRY_VERIFY(note && !note->isHidden());
    }

    void deleteRemovesThePhotoAndUndoBringsItBack()
    {
        test::WindowSession session;
        const QList<Block> original{para(QStringLiteral("第一段")), photo('a', QStringLiteral("甲")), para(QStringLiteral("第二段"))};
        QVERIFY(openWith(&session, original));
        MainWindow *window = session.window.get();
        BodyEdit *body = window->editor()->body();
        clickPhoto(body, 0);
        QTest::keyClick(body, Qt::Key_Delete);
        QCOMPARE(blocksOf(window), (QList<Block>{para(QStringLiteral("第一段")), para(QStringLiteral("第二段"))}));
        QTest::keySequence(body, QKeySequence::Undo);
        QCOMPARE(blocksOf(window), original);
    }

    void cutAndPasteTakeThePhotoWhole()
    {
        test::WindowSession session;
        Block cropped = photo('a', QStringLiteral("甲"));
        cropped.crop = QRectF(0.125, 0, 0.75, 1);
        cropped.rotation = 90;
        cropped.checkMetadata = true;
        const QList<Block> original{para(QStringLiteral("第一段文字")), cropped, para(QStringLiteral("第二段文字"))};
        QVERIFY(openWith(&session, original));
        MainWindow *window = session.window.get();
        BodyEdit *body = window->editor()->body();
        body->setFocus();
        // From inside the first paragraph to inside the second, across the photo (blocks 0..3).
        select(body, 0, 3, 3, 3);
        QTest::keySequence(body, QKeySequence::Cut);
        QCOMPARE(blocksOf(window), (QList<Block>{para(QStringLiteral("第一段文字"))}));
        const QMimeData *clipboard = QGuiApplication::clipboard()->mimeData();
        QVERIFY(clipboard && clipboard->hasFormat(BodyEdit::blocksMimeType()));
        QVERIFY(clipboard->text().contains(QStringLiteral("甲")));

        QTextCursor end(body->document());
        end.movePosition(QTextCursor::End);
        body->setTextCursor(end);
        QTest::keySequence(body, QKeySequence::Paste);
        QCOMPARE(blocksOf(window), (QList<Block>{para(QStringLiteral("第一段文字")), para(QStringLiteral("文字")), cropped,
                                                  para(QStringLiteral("第二段"))}));
        // Two steps back: the paste, then the cut.
        QTest::keySequence(body, QKeySequence::Undo);
        QTest::keySequence(body, QKeySequence::Undo);
        QCOMPARE(blocksOf(window), original);
    }

    void selectionEndingInACaptionTakesThePhoto()
    {
        test::WindowSession session;
        QVERIFY(openWith(&session, {photo('a', QStringLiteral("甲说明")), para(QStringLiteral("正文"))}));
        MainWindow *window = session.window.get();
        BodyEdit *body = window->editor()->body();
        body->setFocus();
        // From the caption's middle to the paragraph's middle: no orphan caption, no empty photo.
        select(body, 1, 1, 2, 1);
        QTest::keySequence(body, QKeySequence::Cut);
        QCOMPARE(blocksOf(window), (QList<Block>{para(QStringLiteral("文"))}));
        QCOMPARE(body->document()->firstBlock().blockFormat().intProperty(DocumentFormat::BlockRole),
                 int(DocumentFormat::Role::Body));
    }

    void copyBetweenArticles()
    {
        test::WindowSession session;
        Block full = photo('b', QStringLiteral("乙"));
        full.crop = QRectF(0, 0.125, 1, 0.75);
        QVERIFY(openWith(&session, {para(QStringLiteral("甲稿")), full}));
        MainWindow *window = session.window.get();
        BodyEdit *body = window->editor()->body();
        clickPhoto(body, 0);
        QTest::keySequence(body, QKeySequence::Copy);
        QCOMPARE(blocksOf(window).size(), 2); // copying leaves it

        QVERIFY(addArticle(&session, {para(QStringLiteral("乙稿"))}) > 0);
        QTextCursor end(body->document());
        end.movePosition(QTextCursor::End);
        body->setTextCursor(end);
        body->setFocus();
        QTest::keySequence(body, QKeySequence::Paste);
        QCOMPARE(blocksOf(window), (QList<Block>{para(QStringLiteral("乙稿")), full}));
    }

    void altArrowsMoveThePhoto()
    {
        test::WindowSession session;
        const Block a = photo('a', QStringLiteral("甲"));
        const Block b = photo('b', QStringLiteral("乙"));
        const Block p1 = para(QStringLiteral("一"));
        const Block p2 = para(QStringLiteral("二"));
        QVERIFY(openWith(&session, {p1, a, p2, b}));
        MainWindow *window = session.window.get();
        BodyEdit *body = window->editor()->body();
        clickPhoto(body, 0);
        QTest::keyClick(body, Qt::Key_Down, Qt::AltModifier);
        QCOMPARE(blocksOf(window), (QList<Block>{p1, p2, a, b}));
        QTest::keyClick(body, Qt::Key_Down, Qt::AltModifier);
        QCOMPARE(blocksOf(window), (QList<Block>{p1, p2, b, a}));
        // Still the same photo selected, at either end nothing happens.
        QCOMPARE(body->imageAt(body->currentImageBlockNumber()), a);
        QTest::keyClick(body, Qt::Key_Down, Qt::AltModifier);
        QCOMPARE(blocksOf(window), (QList<Block>{p1, p2, b, a}));
        QTest::keyClick(body, Qt::Key_Up, Qt::AltModifier);
        QTest::keyClick(body, Qt::Key_Up, Qt::AltModifier);
        QTest::keyClick(body, Qt::Key_Up, Qt::AltModifier);
        QCOMPARE(blocksOf(window), (QList<Block>{a, p1, p2, b}));
        for (int i = 0; i < 5; ++i)
            window->undoStack()->undo();
        QCOMPARE(blocksOf(window), (QList<Block>{p1, a, p2, b}));
    }

    void cropDialogStoresParameters()
    {
        test::WindowSession session;
        QVERIFY(openWith(&session, {para(QStringLiteral("导语")), photo('a', QStringLiteral("甲"))}));
        MainWindow *window = session.window.get();
        clickPhoto(window->editor()->body(), 0);
        auto *crop = window->findChild<QPushButton *>(QStringLiteral("cropImageButton"));
        QVERIFY(crop && crop->isEnabled());
        bool seen = false;
        QTimer::singleShot(0, this, [&seen] {
            auto *dialog = qobject_cast<CropDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            seen = true;
            dialog->findChild<QComboBox *>(QStringLiteral("cropAspect"))->setCurrentIndex(int(CropDialog::Aspect::Square));
            dialog->findChild<QPushButton *>(QStringLiteral("turnRightButton"))->click();
            dialog->accept();
        });
        crop->click();
        QVERIFY(seen);
        const Block image = blocksOf(window).at(1);
        QCOMPARE(image.rotation, 90);
        // 800×600 turned is 600×800: the square is the middle three quarters of its height.
        QCOMPARE(image.crop, QRectF(0, 0.125, 1, 0.75));
        window->undoStack()->undo();
        QVERIFY(!blocksOf(window).at(1).isCropped());
    }

    void photoDeskEditsAndReorders()
    {
        test::WindowSession session;
        Block checked = photo('b', QStringLiteral("乙"));
        checked.checkMetadata = true;
        const Block first = photo('a', QStringLiteral("甲"));
        const Block noCaption = Block::image(sha('c'), 640, 480);
        QVERIFY(openWith(&session, {para(QStringLiteral("导语")), first, para(QStringLiteral("中段")), checked, noCaption}));
        MainWindow *window = session.window.get();
        auto *action = window->findChild<QAction *>(QStringLiteral("photoDeskAction"));
        QVERIFY(action);
        action->trigger();
        auto *desk = window->findChild<PhotoDesk *>();
        QVERIFY(desk);
        QTableWidget *table = desk->table();
        QCOMPARE(table->rowCount(), 3);
        QCOMPARE(table->item(0, PhotoDesk::Caption)->text(), QStringLiteral("甲"));
        QVERIFY(table->item(0, PhotoDesk::Marks)->text().isEmpty());
        QVERIFY(!table->item(1, PhotoDesk::Marks)->text().isEmpty()); // metadata to check
        QVERIFY(!table->item(2, PhotoDesk::Marks)->text().isEmpty()); // no caption

        // A caption typed in the desk goes into the article as one undoable step.
        table->item(2, PhotoDesk::Caption)->setText(QStringLiteral("丙说明"));
        QCOMPARE(blocksOf(window).at(4).caption, QStringLiteral("丙说明"));
        QTRY_VERIFY(table->item(2, PhotoDesk::Marks)->text().isEmpty());
        window->undoStack()->undo();
        QCOMPARE(blocksOf(window).at(4).caption, QString());
        QTRY_COMPARE(table->item(2, PhotoDesk::Caption)->text(), QString());

        // Moving the first photo down swaps it with the second; the text stays in place.
        table->setCurrentCell(0, PhotoDesk::Caption);
        desk->moveCurrent(1);
        QCOMPARE(blocksOf(window), (QList<Block>{para(QStringLiteral("导语")), checked, para(QStringLiteral("中段")), first,
                                                  noCaption}));
        QCOMPARE(table->currentRow(), 1);
        QCOMPARE(table->item(1, PhotoDesk::Caption)->text(), QStringLiteral("甲"));
        window->undoStack()->undo();
        QCOMPARE(blocksOf(window).at(1), first);
    }

    void editMenuAndCounts()
    {
        test::WindowSession session;
        QVERIFY(openWith(&session, {para(QStringLiteral("导语")), photo('a', QStringLiteral("甲")), photo('b', QStringLiteral("乙")),
                                    Block::imagePlaceholder(QStringLiteral("待补"))}));
        MainWindow *window = session.window.get();
        for (const char *name : {"cutAction", "copyAction", "pasteAction", "selectAllAction"}) {
            auto *action = window->findChild<QAction *>(QLatin1String(name));
            QVERIFY2(action && !action->shortcut().isEmpty(), name);
        }
        auto *redo = window->findChild<QAction *>(QStringLiteral("redoAction"));
        QVERIFY(redo && redo->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Y)));
        QVERIFY(!window->editor()->actions().replace->shortcut().isEmpty());
        // Select All then Copy from the menu act on the focused body.
        BodyEdit *body = window->editor()->body();
        body->setFocus();
        window->findChild<QAction *>(QStringLiteral("selectAllAction"))->trigger();
        QVERIFY(body->textCursor().hasSelection());

        auto *photos = window->findChild<QLabel *>(QStringLiteral("photoCountLabel"));
        QVERIFY(photos);
        QTRY_VERIFY2(photos->text().contains(QStringLiteral("2 photo")) && photos->text().contains(QStringLiteral("1 placeholder")),
                     qPrintable(photos->text()));
        auto *words = window->findChild<QLabel *>(QStringLiteral("wordCountLabel"));
        QVERIFY(words && words->text().contains(QStringLiteral("character")));
    }

    void replaceAllNeverExtendsALink()
    {
        test::WindowSession session;
        RichText linked(QStringLiteral("新华网报道"));
        linked.marks = {{TextMark::Kind::Link, 0, 3, QStringLiteral("https://xinhuanet.com/")}};
        QVERIFY(openWith(&session, {Block::paragraph(linked)}));
        MainWindow *window = session.window.get();
        window->editor()->actions().replace->trigger();
        auto *find = window->findChild<QLineEdit *>(QStringLiteral("findEdit"));
        auto *replace = window->findChild<QLineEdit *>(QStringLiteral("replaceEdit"));
        auto *all = window->findChild<QPushButton *>(QStringLiteral("replaceAllButton"));
        QVERIFY(find && replace && all);
        find->setText(QStringLiteral("报道"));
        replace->setText(QStringLiteral("消息称"));
        all->click();
        RichText expected(QStringLiteral("新华网消息称"));
        expected.marks = linked.marks;
        QCOMPARE(blocksOf(window), (QList<Block>{Block::paragraph(expected)}));
    }
};

QTEST_MAIN(TstGuiPhotoBlocks)
#include "tst_gui_photoblocks.moc"
