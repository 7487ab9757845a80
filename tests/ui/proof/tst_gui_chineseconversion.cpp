#include "editor/articleeditor.h"
#include "editor/bodyedit.h"
#include "editor/titleedit.h"
#include "proof/chineseconversion.h"
#include "store/store.h"

#include <QApplication>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QUndoStack>

using namespace copydesk;

// 繁简 in the editor: the selection alone (its marks kept), or the whole article with its
// captions and credits, each as one undo step.
class TstGuiChineseConversion : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Store m_store;

    static Article article()
    {
        Article result = Article::create(QStringLiteral("简体标题：发展经济"));
        RichText text(QStringLiteral("这里发展经济，那里也发展经济。"));
        text.marks.append(TextMark{TextMark::Kind::Bold, 2, 4, QString()});
        Block photo = Block::imagePlaceholder(QStringLiteral("会议现场"));
        photo.credit = QStringLiteral("摄影 王五");
        result.blocks = {Block::paragraph(text), photo};
        return result;
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_store.open(m_dir.filePath(QStringLiteral("s.sqlite3")), &error), qPrintable(error));
    }

    void selectionOnly()
    {
        QUndoStack stack;
        ArticleEditor editor(&m_store);
        editor.setUndoStack(&stack);
        editor.setArticle(article());
        editor.show();
        QApplication::setActiveWindow(&editor);
        BodyEdit *body = editor.body();
        body->setFocus();
        QTRY_VERIFY(body->hasFocus());
        // Select "发展经济" inside the bold run and beyond it: "发展经济，那里".
        QTextCursor cursor(body->document());
        cursor.setPosition(2);
        cursor.setPosition(9, QTextCursor::KeepAnchor);
        body->setTextCursor(cursor);
        const QString message = ChineseConversion::convert(&editor, &stack, QStringLiteral("s2t"));
        QCOMPARE(message, ChineseConversion::tr("Converted the selection."));
        const QList<Block> blocks = body->blocks();
        QCOMPARE(blocks.at(0).text.text, QStringLiteral("这里發展經濟，那裏也发展经济。"));
        QCOMPARE(blocks.at(0).text.marks.size(), 1);
        QCOMPARE(blocks.at(0).text.marks.at(0).start, 2);
        QCOMPARE(blocks.at(0).text.marks.at(0).length, 4);
        QCOMPARE(editor.titleEdit()->text(), QStringLiteral("简体标题：发展经济"));
        QCOMPARE(stack.count(), 1);
        stack.undo();
        QCOMPARE(body->blocks().at(0).text.text, QStringLiteral("这里发展经济，那里也发展经济。"));
    }

    void wholeArticle()
    {
        QUndoStack stack;
        ArticleEditor editor(&m_store);
        editor.setUndoStack(&stack);
        editor.setArticle(article());
        const QString message = ChineseConversion::convert(&editor, &stack, QStringLiteral("s2t"));
        QCOMPARE(message, ChineseConversion::tr("Converted the article."));
        QCOMPARE(editor.titleEdit()->text(), QStringLiteral("簡體標題：發展經濟"));
        const QList<Block> blocks = editor.body()->blocks();
        QCOMPARE(blocks.at(0).text.text, QStringLiteral("這裏發展經濟，那裏也發展經濟。"));
        QCOMPARE(blocks.at(0).text.marks.size(), 1);
        QCOMPARE(blocks.at(1).caption, QStringLiteral("會議現場"));
        QCOMPARE(blocks.at(1).credit, QStringLiteral("攝影 王五"));
        QCOMPARE(stack.count(), 1);
        stack.undo();
        QCOMPARE(editor.titleEdit()->text(), QStringLiteral("简体标题：发展经济"));
        QVERIFY(editor.body()->blocks() == article().blocks);
        stack.redo();
        QCOMPARE(editor.body()->blocks().at(1).credit, QStringLiteral("攝影 王五"));
        // Back with t2s: the text is as it was.
        ChineseConversion::convert(&editor, &stack, QStringLiteral("t2s"));
        QCOMPARE(editor.titleEdit()->text(), QStringLiteral("简体标题：发展经济"));
        QCOMPARE(ChineseConversion::convert(&editor, &stack, QStringLiteral("t2s")),
                 ChineseConversion::tr("Nothing in the article to convert."));
    }

    void robustnessUnknownConfiguration()
    {
        QUndoStack stack;
        ArticleEditor editor(&m_store);
        editor.setUndoStack(&stack);
        editor.setArticle(article());
        QVERIFY(ChineseConversion::convert(&editor, &stack, QStringLiteral("nonsense")).startsWith(
                ChineseConversion::tr("Could not convert: %1").arg(QString()).left(8)));
        QCOMPARE(stack.count(), 0);
    }
};

QTEST_MAIN(TstGuiChineseConversion)
#include "tst_gui_chineseconversion.moc"
