#include "dialogs/photodesk.h"
#include "document/documentformat.h"
#include "editor/articleeditor.h"
#include "editor/bodyedit.h"
#include "editor/findbar.h"
#include "editor/titleedit.h"
#include "fixtures/windowsession.h"
#include "mainwindow/historypanel.h"
#include "mainwindow/imageinspector.h"
#include "mainwindow/metadatapanel.h"
#include "model/articlejson.h"
#include "newsroom/editlease.h"
#include "newsroom/newsroomdesk.h"
#include "newsroom/newsroomlink.h"
#include "proof/chineseconversion.h"
#include "proof/proofdock.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDockWidget>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

#include <functional>

using namespace copydesk;

// An article someone else holds is read-only everywhere in the window: the fields, the photo
// panel, the photo desk, the find bar's replace, proofing's Apply, 繁简 conversion, the Edit,
// Insert and Format menus, undo and redo, the History's restore, deleting it. Each class of
// action is tried while the lease is someone else's (nothing changes, its control is off) and
// again once the lease comes back (its control is on, and where it can be tried without a
// dialog, it changes the article). The lease news is what the worker thread would send.
class TstGuiEditLease : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_stores = 0;

    struct Kind
    {
        // The control that must be off under the lease and on again after it (null: none).
        std::function<QObject *(MainWindow *)> control;
        // Tries the edit as a user would (and through the code path behind the control).
        std::function<void(MainWindow *)> attempt;
    };

    static QAction *action(MainWindow *window, const char *name)
    {
        return window->findChild<QAction *>(QLatin1String(name));
    }
    static QPushButton *button(QWidget *in, const char *name)
    {
        return in->findChild<QPushButton *>(QLatin1String(name));
    }
    // On: enabled, and a line edit also editable.
    static bool isEnabled(QObject *control)
    {
        if (!control)
            return false;
        if (auto *line = qobject_cast<QLineEdit *>(control))
            return line->isEnabled() && !line->isReadOnly();
        if (auto *a = qobject_cast<QAction *>(control))
            return a->isEnabled();
        return static_cast<QWidget *>(control)->isEnabled();
    }
    static int photoBlock(MainWindow *window)
    {
        BodyEdit *body = window->editor()->body();
        for (QTextBlock block = body->document()->begin(); block.isValid(); block = block.next()) {
            if (DocumentFormat::isImageBlock(block))
                return block.blockNumber();
        }
        return -1;
    }
    static void selectBodyText(MainWindow *window)
    {
        BodyEdit *body = window->editor()->body();
        QTextCursor cursor(body->document());
        cursor.movePosition(QTextCursor::NextCharacter, QTextCursor::KeepAnchor, 2);
        body->setTextCursor(cursor);
        body->setFocus();
    }
    static QTreeWidget *selectFinding(MainWindow *window)
    {
        auto *tree = window->findChild<QTreeWidget *>(QStringLiteral("proofFindings"));
        if (QTest::qWaitFor([tree] { return tree->topLevelItemCount() > 0; }))
            tree->setCurrentItem(tree->topLevelItem(0)->child(0));
        return tree;
    }
    static PhotoDesk *photoDesk(MainWindow *window)
    {
        if (!window->findChild<PhotoDesk *>())
            action(window, "photoDeskAction")->trigger();
        return window->findChild<PhotoDesk *>();
    }
    static QByteArray content(const Article &article)
    {
        Article bare = article;
        bare.updated = QDateTime();
        return ArticleJson::toJson(bare, false);
    }
    static void setLease(MainWindow *window, SyncWorker::Lease lease)
    {
        auto *desk = window->findChild<NewsroomDesk *>(QStringLiteral("newsroomDesk"));
        emit desk->link()->leaseChanged(window->currentArticle().uuid, lease, QStringLiteral("王五"), QString());
    }

    static QHash<QString, Kind> kinds()
    {
        QHash<QString, Kind> k;
        k[QStringLiteral("typing")] = {nullptr, [](MainWindow *w) {
            w->editor()->body()->setFocus();
            QTest::keyClicks(w->editor()->body(), QStringLiteral("abc"));
            QTest::keyClicks(w->editor()->titleEdit(), QStringLiteral("abc"));
        }};
        k[QStringLiteral("bold")] = {[](MainWindow *w) { return w->editor()->actions().bold; }, [](MainWindow *w) {
            selectBodyText(w);
            w->editor()->actions().bold->trigger();
        }};
        k[QStringLiteral("sub-head")] = {[](MainWindow *w) { return w->editor()->actions().heading2; }, [](MainWindow *w) {
            selectBodyText(w);
            w->editor()->actions().heading2->trigger();
        }};
        k[QStringLiteral("cut")] = {[](MainWindow *w) { return action(w, "cutAction"); }, [](MainWindow *w) {
            selectBodyText(w);
            action(w, "cutAction")->trigger();
            w->editor()->body()->cutBlocks();
        }};
        k[QStringLiteral("paste")] = {[](MainWindow *w) { return action(w, "pasteAction"); }, [](MainWindow *w) {
            QGuiApplication::clipboard()->setText(QStringLiteral("贴进来的字"));
            w->editor()->body()->setFocus();
            action(w, "pasteAction")->trigger();
            w->editor()->body()->paste();
            w->editor()->titleEdit()->paste();
        }};
        k[QStringLiteral("paste as plain text")] = {[](MainWindow *w) { return action(w, "plainPasteAction"); }, [](MainWindow *w) {
            QGuiApplication::clipboard()->setText(QStringLiteral("贴进来的字"));
            action(w, "plainPasteAction")->trigger();
        }};
        k[QStringLiteral("undo")] = {[](MainWindow *w) { return action(w, "undoAction"); }, [](MainWindow *w) {
            action(w, "undoAction")->trigger();
            w->editor()->body()->setFocus();
            QTest::keyClick(w->editor()->body(), Qt::Key_Z, Qt::ControlModifier);
        }};
        k[QStringLiteral("replace all")] = {[](MainWindow *w) { return w->editor()->actions().replace; }, [](MainWindow *w) {
            auto *bar = w->findChild<FindBar *>();
            bar->showReplace();
            bar->findChild<QLineEdit *>(QStringLiteral("replaceEdit"))->setText(QStringLiteral("乙"));
            bar->findChild<QLineEdit *>(QStringLiteral("findEdit"))->setText(QStringLiteral("大祥区"));
            QTest::mouseClick(button(bar, "replaceAllButton"), Qt::LeftButton);
            bar->replaceAll();
        }};
        k[QStringLiteral("photo caption in the panel")] = {[](MainWindow *w) {
            w->editor()->body()->selectPhoto(photoBlock(w));
            return w->findChild<QLineEdit *>(QStringLiteral("captionEdit"));
        }, [](MainWindow *w) {
            w->editor()->body()->selectPhoto(photoBlock(w));
            auto *caption = w->findChild<QLineEdit *>(QStringLiteral("captionEdit"));
            caption->setFocus();
            QTest::keyClicks(caption, QStringLiteral("xyz"));
        }};
        k[QStringLiteral("photo removed in the panel")] = {[](MainWindow *w) {
            w->editor()->body()->selectPhoto(photoBlock(w));
            return button(w, "removeImageButton");
        }, [](MainWindow *w) {
            w->editor()->body()->selectPhoto(photoBlock(w));
            QTest::mouseClick(button(w, "removeImageButton"), Qt::LeftButton);
        }};
        k[QStringLiteral("photo cropped (button only)")] = {[](MainWindow *w) {
            w->editor()->body()->selectPhoto(photoBlock(w));
            return button(w, "cropImageButton");
        }, nullptr};
        k[QStringLiteral("photo deleted with the Delete key")] = {nullptr, [](MainWindow *w) {
            w->editor()->body()->selectPhoto(photoBlock(w));
            QTest::keyClick(w->editor()->body(), Qt::Key_Delete);
        }};
        k[QStringLiteral("photo moved up")] = {[](MainWindow *w) {
            w->editor()->body()->selectPhoto(photoBlock(w));
            return w->editor()->actions().photoUp;
        }, [](MainWindow *w) {
            w->editor()->body()->selectPhoto(photoBlock(w));
            w->editor()->actions().photoUp->trigger();
            w->editor()->body()->movePhoto(photoBlock(w), -1);
        }};
        k[QStringLiteral("photo desk caption")] = {[](MainWindow *w) { return button(photoDesk(w), "photoDeskUp"); }, [](MainWindow *w) {
            QTableWidget *table = photoDesk(w)->table();
            table->item(0, PhotoDesk::Caption)->setText(QStringLiteral("新图说"));
        }};
        k[QStringLiteral("photo desk reorder")] = {[](MainWindow *w) { return button(photoDesk(w), "photoDeskDown"); }, [](MainWindow *w) {
            photoDesk(w)->moveRow(0, 1);
        }};
        k[QStringLiteral("proofing apply")] = {[](MainWindow *w) {
            selectFinding(w);
            return button(w, "proofApplyAll");
        }, [](MainWindow *w) {
            QTreeWidget *tree = selectFinding(w);
            QTest::mouseClick(button(w, "proofApply"), Qt::LeftButton);
            emit tree->itemActivated(tree->currentItem(), 0);
        }};
        k[QStringLiteral("chinese conversion")] = {[](MainWindow *w) { return action(w, "actionConvert_s2t"); }, [](MainWindow *w) {
            action(w, "actionConvert_s2t")->trigger();
            ChineseConversion::convert(w->editor(), w->undoStack(), QStringLiteral("s2t"));
        }};
        k[QStringLiteral("version restored (button only)")] = {[](MainWindow *w) {
            auto *history = w->findChild<HistoryPanel *>(QStringLiteral("historyPanel"));
            w->findChild<QDockWidget *>(QStringLiteral("historyDock"))->raise();
            if (!QTest::qWaitFor([history] {
                    history->refresh();
                    return !history->revisions().isEmpty();
                }))
                return static_cast<QPushButton *>(nullptr);
            history->selectRevision(history->revisions().constLast().id);
            return button(history, "restoreButton");
        }, nullptr};
        k[QStringLiteral("details")] = {[](MainWindow *w) { return w->findChild<MetadataPanel *>(); }, nullptr};
        k[QStringLiteral("insert photos (action only)")] = {[](MainWindow *w) { return action(w, "insertPhotosAction"); }, nullptr};
        k[QStringLiteral("article deleted")] = {[](MainWindow *w) { return action(w, "deleteArticleAction"); }, [](MainWindow *w) {
            action(w, "deleteArticleAction")->trigger();
        }};
        return k;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
    }

    void everyEditIsOffUnderALease_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<bool>("editsWhenBack"); // tried again with the lease back, it changes the article
        const QHash<QString, Kind> all = kinds();
        QStringList names = all.keys();
        names.sort();
        for (const QString &name : std::as_const(names)) {
            const Kind &kind = all.value(name);
            const bool edits = kind.attempt && name != QLatin1String("article deleted");
            QTest::addRow("nominal: %s", qPrintable(name)) << name << edits;
        }
    }

    void everyEditIsOffUnderALease()
    {
        QFETCH(QString, kind);
        QFETCH(bool, editsWhenBack);
        const Kind k = kinds().value(kind);
        test::WindowSession session;
        QVERIFY(session.open(m_dir.filePath(QStringLiteral("lease%1.sqlite3").arg(++m_stores))));
        MainWindow *window = session.window.get();
        Article article = Article::create(QStringLiteral("王五的稿"));
        article.blocks = {Block::paragraph(QStringLiteral("近日,大祥区妇联开展活动。")),
                          Block::paragraph(QStringLiteral("第二段。")),
                          Block::image(QString(64, QLatin1Char('a')), 800, 600, QStringLiteral("图说"), QStringLiteral("摄影")),
                          Block::paragraph(QStringLiteral("中段。")),
                          Block::image(QString(64, QLatin1Char('b')), 800, 600, QStringLiteral("图说二"), QStringLiteral("摄影")),
                          Block::paragraph(QStringLiteral("结尾。"))};
        QString error;
        QVERIFY2(session.store.insertArticle(&article, &error), qPrintable(error));
        window->reloadArticles();
        QVERIFY(window->selectArticle(article.id));
        // Something to undo.
        window->editor()->titleEdit()->setFocus();
        QTest::keyClicks(window->editor()->titleEdit(), QStringLiteral("x"));
        QTRY_VERIFY(window->undoStack()->canUndo());
        QObject *control = k.control ? k.control(window) : nullptr;
        if (k.control)
            QVERIFY2(control && isEnabled(control), "the control is on before the lease");

        setLease(window, SyncWorker::Lease::Other);
        QVERIFY(window->editor()->isReadOnly());
        const QByteArray before = content(window->currentArticle());
        const int steps = window->undoStack()->index();
        if (k.control) {
            control = k.control(window);
            QVERIFY2(!isEnabled(control), "the control is off under the lease");
        }
        if (k.attempt) {
            k.attempt(window);
            QTest::qWait(50);
            QCOMPARE(window->currentArticleId(), article.id);
            QCOMPARE(content(window->currentArticle()), before);
            QCOMPARE(window->undoStack()->index(), steps);
        }

        setLease(window, SyncWorker::Lease::Mine);
        QVERIFY(!window->editor()->isReadOnly());
        if (k.control) {
            control = k.control(window);
            QVERIFY2(isEnabled(control), "the control is on again with the lease back");
        }
        if (editsWhenBack) {
            k.attempt(window);
            QTRY_VERIFY(content(window->currentArticle()) != before);
        }
    }
};

QTEST_MAIN(TstGuiEditLease)
#include "tst_gui_editlease.moc"
