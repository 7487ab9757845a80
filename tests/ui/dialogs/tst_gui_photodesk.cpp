#include "dialogs/photodesk.h"
#include "mainwindow/mainwindow.h"
#include "fixtures/windowsession.h"

#include <QAction>
#include <QApplication>
#include <QDropEvent>
#include <QMimeData>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace copydesk;

// The photo desk's reordering by drag: a row dropped on another row moves that photo there, the
// same article as the Move Up/Down steps give, as one undoable step. QDrag::exec blocks
// offscreen, so the tests send the drop event the drag would deliver, carrying the table's own
// drag data.
class TstGuiPhotoDesk : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_stores = 0;

    static Block photo(char c, const QString &caption)
    {
        return Block::image(QString(64, QLatin1Char(c)), 800, 600, caption, QStringLiteral("摄影 %1").arg(caption));
    }

    static QList<Block> blocks()
    {
        return {Block::paragraph(QStringLiteral("导语")), photo('a', QStringLiteral("甲")),
                Block::paragraph(QStringLiteral("中段")), photo('b', QStringLiteral("乙")), photo('c', QStringLiteral("丙")),
                Block::paragraph(QStringLiteral("结尾"))};
    }

    PhotoDesk *openDesk(test::WindowSession *session)
    {
        if (!session->open(m_dir.filePath(QStringLiteral("s%1.sqlite3").arg(++m_stores))))
            return nullptr;
        Article article = Article::create(QStringLiteral("组图"));
        article.blocks = blocks();
        QString error;
        if (!session->store.insertArticle(&article, &error))
            return nullptr;
        session->window->reloadArticles();
        if (!session->window->selectArticle(article.id))
            return nullptr;
        auto *action = session->window->findChild<QAction *>(QStringLiteral("photoDeskAction"));
        if (!action)
            return nullptr;
        action->trigger();
        return session->window->findChild<PhotoDesk *>();
    }

    // Sends the drop a drag of row from onto row to delivers; true when the desk accepted it.
    static bool dropRow(QTableWidget *table, int from, int to)
    {
        std::unique_ptr<QMimeData> data(table->model()->mimeData({table->model()->index(from, PhotoDesk::Picture)}));
        const QPoint at = table->visualRect(table->model()->index(to, PhotoDesk::Caption)).center();
        QDragEnterEvent enter(at, Qt::CopyAction | Qt::MoveAction, data.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(table->viewport(), &enter);
        if (!enter.isAccepted())
            return false;
        QDropEvent drop(QPointF(at), Qt::CopyAction | Qt::MoveAction, data.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(table->viewport(), &drop);
        return drop.isAccepted() && drop.dropAction() != Qt::MoveAction;
    }

    static QList<Block> blocksOf(const test::WindowSession &session) { return session.window->currentArticle().blocks; }

private slots:
    void dropMovesThePhotoAsTheButtonsDo()
    {
        test::WindowSession session;
        PhotoDesk *desk = openDesk(&session);
        QVERIFY(desk);
        QTableWidget *table = desk->table();
        QCOMPARE(table->rowCount(), 3);
        QVERIFY(table->dragEnabled());
        const int steps = session.window->undoStack()->count();

        // The first photo dropped on the third: the others move up, the text stays in place.
        QVERIFY(dropRow(table, 0, 2));
        const QList<Block> original = blocks();
        QList<Block> expected = original;
        expected[1] = original.at(3);
        expected[3] = original.at(4);
        expected[4] = original.at(1);
        QCOMPARE(blocksOf(session), expected);
        QCOMPARE(table->item(2, PhotoDesk::Caption)->text(), QStringLiteral("甲"));
        QCOMPARE(table->currentRow(), 2);
        QCOMPARE(session.window->undoStack()->count(), steps + 1);

        // One undo step puts it back.
        session.window->undoStack()->undo();
        QCOMPARE(blocksOf(session), original);

        // Move Down twice gives the same article.
        QTRY_COMPARE(table->item(0, PhotoDesk::Caption)->text(), QStringLiteral("甲"));
        table->setCurrentCell(0, PhotoDesk::Caption);
        desk->moveCurrent(1);
        desk->moveCurrent(1);
        QCOMPARE(blocksOf(session), expected);
    }

    void dropUpwardAndOnItselfAndForeignData()
    {
        test::WindowSession session;
        PhotoDesk *desk = openDesk(&session);
        QVERIFY(desk);
        QTableWidget *table = desk->table();
        const int steps = session.window->undoStack()->count();

        QVERIFY(dropRow(table, 1, 1)); // on itself: nothing changes, no step
        QCOMPARE(blocksOf(session), blocks());
        QCOMPARE(session.window->undoStack()->count(), steps);

        QVERIFY(dropRow(table, 2, 0)); // the last photo to the top
        QList<Block> expected = blocks();
        expected[1] = blocks().at(4);
        expected[3] = blocks().at(1);
        expected[4] = blocks().at(3);
        QCOMPARE(blocksOf(session), expected);

        // Text dragged from elsewhere is not a row: the desk leaves it alone.
        QMimeData text;
        text.setText(QStringLiteral("甲"));
        const QPoint at = table->visualRect(table->model()->index(0, PhotoDesk::Picture)).center();
        QDropEvent drop(QPointF(at), Qt::CopyAction, &text, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(table->viewport(), &drop);
        QCOMPARE(blocksOf(session), expected);
    }
};

QTEST_MAIN(TstGuiPhotoDesk)
#include "tst_gui_photodesk.moc"
