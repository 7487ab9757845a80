#include "editor/bodyedit.h"
#include "document/documentmapper.h"
#include "store/store.h"
#include "document/documentformat.h"
#include "fixtures/testutil.h"

#include <QCryptographicHash>

#include <QInputMethodEvent>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>

using namespace copydesk;

// The body editor's handling of photos, captions, sub-heads and links under the keyboard.
class TstGuiBodyEdit : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Store m_store;

    static Block photo(const QString &caption)
    {
        return Block::image(QStringLiteral("ab").repeated(32), 800, 600, caption, QStringLiteral("摄影 王五"));
    }

    // Puts the caret at `offset` characters into the block `blockNumber` (-1: its end).
    static void place(BodyEdit *edit, int blockNumber, int offset)
    {
        const QTextBlock block = edit->document()->findBlockByNumber(blockNumber);
        QTextCursor cursor(block);
        if (offset < 0)
            cursor.movePosition(QTextCursor::EndOfBlock);
        else
            cursor.setPosition(block.position() + offset);
        edit->setTextCursor(cursor);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(m_store.open(m_dir.filePath(QStringLiteral("s.sqlite3")), &error), qPrintable(error));
    }

    void keys_data()
    {
        QTest::addColumn<QList<Block>>("blocks");
        QTest::addColumn<int>("blockNumber");
        QTest::addColumn<int>("offset");
        QTest::addColumn<int>("key");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QList<Block>>("expected");

        const Block lead = Block::paragraph(QStringLiteral("导语"));
        const Block after = Block::paragraph(QStringLiteral("正文"));
        QTest::newRow("nominal: Enter after a sub-head starts body text")
                << QList<Block>{Block::heading(QStringLiteral("小标题"))} << 0 << -1 << int(Qt::Key_Return)
                << QStringLiteral("正文")
                << QList<Block>{Block::heading(QStringLiteral("小标题")), Block::paragraph(QStringLiteral("正文"))};
        QTest::newRow("nominal: Enter in a caption starts a paragraph below the photo")
                << QList<Block>{lead, photo(QStringLiteral("图为现场"))} << 2 << -1 << int(Qt::Key_Return)
                << QStringLiteral("下一段")
                << QList<Block>{lead, photo(QStringLiteral("图为现场")), Block::paragraph(QStringLiteral("下一段"))};
        QTest::newRow("robustness: Backspace at the start of a caption keeps it")
                << QList<Block>{lead, photo(QStringLiteral("图为现场")), after} << 2 << 0 << int(Qt::Key_Backspace)
                << QString() << QList<Block>{lead, photo(QStringLiteral("图为现场")), after};
        QTest::newRow("robustness: Backspace after a caption does not merge into it")
                << QList<Block>{lead, photo(QStringLiteral("图为现场")), after} << 3 << 0 << int(Qt::Key_Backspace)
                << QString() << QList<Block>{lead, photo(QStringLiteral("图为现场")), after};
        QTest::newRow("nominal: Delete on a photo removes photo and caption")
                << QList<Block>{lead, photo(QStringLiteral("图为现场")), after} << 1 << 0 << int(Qt::Key_Delete)
                << QString() << QList<Block>{lead, after};
        QTest::newRow("robustness: Delete at the end of a paragraph never pulls a photo in")
                << QList<Block>{lead, photo(QStringLiteral("图为现场"))} << 0 << -1 << int(Qt::Key_Delete)
                << QString() << QList<Block>{lead, photo(QStringLiteral("图为现场"))};
        RichText linked(QStringLiteral("新华网"));
        linked.marks = {{TextMark::Kind::Link, 0, 3, QStringLiteral("https://www.news.cn/")}};
        RichText typedAfter(QStringLiteral("新华网报道"));
        typedAfter.marks = linked.marks;
        QTest::newRow("robustness: typing at the end of a link does not extend it")
                << QList<Block>{Block::paragraph(linked)} << 0 << -1 << 0 << QStringLiteral("报道")
                << QList<Block>{Block::paragraph(typedAfter)};
    }

    void keys()
    {
        QFETCH(QList<Block>, blocks);
        QFETCH(int, blockNumber);
        QFETCH(int, offset);
        QFETCH(int, key);
        QFETCH(QString, typed);
        QFETCH(QList<Block>, expected);
        BodyEdit edit(&m_store);
        edit.resize(800, 600);
        edit.show();
        edit.setBlocks(blocks);
        place(&edit, blockNumber, offset);
        if (key)
            QTest::keyClick(&edit, Qt::Key(key));
        for (const QChar c : typed) {
            QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(c));
            QCoreApplication::sendEvent(&edit, &press);
        }
        QCOMPARE(edit.blocks(), expected);
    }

    void removingAPhotoIsOneUndoStep()
    {
        BodyEdit edit(&m_store);
        const QList<Block> blocks{Block::paragraph(QStringLiteral("导语")), photo(QStringLiteral("图为现场")),
                                  Block::paragraph(QStringLiteral("正文"))};
        edit.setBlocks(blocks);
        edit.removeImage(1);
        QCOMPARE(edit.blocks().size(), 2);
        edit.undo();
        QCOMPARE(edit.blocks(), blocks);
    }

    void inspectorEditsAreUndoable()
    {
        BodyEdit edit(&m_store);
        const QList<Block> blocks{photo(QStringLiteral("旧说明"))};
        edit.setBlocks(blocks);
        Block changed = edit.imageAt(0);
        changed.caption = QStringLiteral("新说明");
        changed.credit = QStringLiteral("摄影 赵六");
        changed.alt = QStringLiteral("替代文字");
        edit.updateImage(0, changed);
        QCOMPARE(edit.blocks().value(0).caption, QStringLiteral("新说明"));
        QCOMPARE(edit.blocks().value(0).credit, QStringLiteral("摄影 赵六"));
        QCOMPARE(edit.blocks().value(0).alt, QStringLiteral("替代文字"));
        edit.undo();
        QCOMPARE(edit.blocks(), blocks);
    }

    // A photo just added is shown from its decoded bytes while the store does not have it yet
    // (the autosaver writes it a moment later).
    void providedPhotoShowsBeforeTheStoreHasIt()
    {
        const QImage picture = test::makePhoto(900, 600, 5);
        const QByteArray bytes = test::encode(picture, "png");
        const QString sha = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
        QVERIFY(!m_store.hasMedia(sha));
        BodyEdit edit(&m_store);
        edit.resize(800, 600);
        edit.show();
        QVERIFY(QTest::qWaitForWindowExposed(&edit));
        edit.provideMedia({test::decodedImage(bytes, sha, QStringLiteral("image/png"), 900, 600)});
        edit.insertImages({Block::image(sha, 900, 600)});
        const QUrl url = DocumentFormat::imageResourceUrl(sha);
        // The photo's own 3:2 pixels, not the 16:9 "photo to come" placeholder.
        const auto shown = [&] {
            return qvariant_cast<QImage>(edit.document()->resource(QTextDocument::ImageResource, url));
        };
        QTRY_COMPARE(shown().width() * 2, shown().height() * 3);
        QVERIFY(shown().width() > 320);
    }

    // A Pinyin composition changes the document's layout on every key, not its text: the body
    // says it is composing while it does, so the window neither syncs nor saves for it; the
    // commit is an edit like any other.
    void compositionIsNotText()
    {
        BodyEdit edit(&m_store);
        edit.setBlocks({Block::paragraph(QStringLiteral("导语"))});
        place(&edit, 0, -1);
        QList<bool> composingAtChange;
        connect(edit.document(), &QTextDocument::contentsChanged, &edit,
                [&] { composingAtChange.append(edit.isComposing()); });
        for (const QString &preedit : {QStringLiteral("b"), QStringLiteral("bei"), QStringLiteral("beij")}) {
            QInputMethodEvent event(preedit, {});
            QCoreApplication::sendEvent(&edit, &event);
        }
        QVERIFY(!composingAtChange.isEmpty());
        QVERIFY(!composingAtChange.contains(false));
        QCOMPARE(edit.blocks(), QList<Block>{Block::paragraph(QStringLiteral("导语"))});
        composingAtChange.clear();
        QInputMethodEvent commit;
        commit.setCommitString(QStringLiteral("北京"));
        QCoreApplication::sendEvent(&edit, &commit);
        QVERIFY(!edit.isComposing());
        QVERIFY(composingAtChange.contains(false));
        QCOMPARE(edit.blocks(), QList<Block>{Block::paragraph(QStringLiteral("导语北京"))});
    }
};

QTEST_MAIN(TstGuiBodyEdit)
#include "tst_gui_bodyedit.moc"
