#include "editor/bodyedit.h"
#include "editor/photodraghandler.h"
#include "document/documentformat.h"
#include "store/store.h"

#include <QAbstractTextDocumentLayout>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>

using namespace copydesk;

// A photo picked up with the mouse in the body: a press selects it, a drop moves it as one
// undoable step. QDrag::exec blocks offscreen, so the drop's move (moveTo, what drop() calls with
// the drop position) is driven directly.
class TstGuiPhotoDragHandler : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Store m_store;

    static Block photo() { return Block::image(QStringLiteral("ab").repeated(32), 800, 600, QStringLiteral("图说"), QStringLiteral("摄影 王五")); }
    static Block para(const QString &text) { return Block::paragraph(text); }

    static int endOf(BodyEdit *body, int blockNumber)
    {
        const QTextBlock block = body->document()->findBlockByNumber(blockNumber);
        return block.position() + block.length() - 1;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(m_store.open(m_dir.filePath(QStringLiteral("s.sqlite3")), &error), qPrintable(error));
    }

    void pressOnAPhotoSelectsIt()
    {
        BodyEdit body(&m_store);
        body.resize(800, 1000);
        body.setBlocks({para(QStringLiteral("导语")), photo(), para(QStringLiteral("正文"))});
        body.show();
        QVERIFY(QTest::qWaitForWindowExposed(&body));
        const QTextBlock image = body.document()->findBlockByNumber(1);
        QVERIFY(DocumentFormat::isImageBlock(image));
        const QRectF rect = body.document()->documentLayout()->blockBoundingRect(image);
        const QPoint centre = rect.center().toPoint() - QPoint(0, body.verticalScrollBar()->value());
        PhotoDragHandler handler(&body, &m_store);
        QCOMPARE(handler.photoAt(centre), 1);
        QCOMPARE(handler.photoAt(QPoint(5, 5)), -1); // the lead paragraph
        QCOMPARE(body.currentImageBlockNumber(), -1);
        QTest::mouseClick(body.viewport(), Qt::LeftButton, Qt::NoModifier, centre);
        QCOMPARE(body.currentImageBlockNumber(), 1);
    }

    void moveToPutsThePhotoAtTheDropPosition()
    {
        BodyEdit body(&m_store);
        const QList<Block> original{para(QStringLiteral("甲")), photo(), para(QStringLiteral("乙")), para(QStringLiteral("丙"))};
        body.setBlocks(original);
        PhotoDragHandler handler(&body, &m_store);

        handler.moveTo(1, body.document()->findBlockByNumber(1).position()); // onto itself
        QCOMPARE(body.blocks(), original);
        QVERIFY(!body.document()->isUndoAvailable());

        handler.moveTo(1, endOf(&body, 4)); // after 丙 (blocks: 甲, photo, caption, 乙, 丙)
        QCOMPARE(body.blocks(), (QList<Block>{para(QStringLiteral("甲")), para(QStringLiteral("乙")), para(QStringLiteral("丙")), photo()}));
        QVERIFY(body.currentImageBlockNumber() >= 0); // still selected where it landed
        QCOMPARE(body.imageAt(body.currentImageBlockNumber()), photo());

        body.document()->undo(); // one step
        QCOMPARE(body.blocks(), original);
    }
};

QTEST_MAIN(TstGuiPhotoDragHandler)
#include "tst_gui_photodraghandler.moc"
