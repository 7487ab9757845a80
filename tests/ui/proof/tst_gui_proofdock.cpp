#include "editor/bodyedit.h"
#include "fixtures/testutil.h"
#include "import/textimporter.h"
#include "proof/proofdock.h"
#include "proof/proofengine.h"
#include "store/store.h"

#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QTreeWidget>

using namespace copydesk;

// The Proofing dock over a body editor: findings by rule with counts, jump, apply, ignore,
// apply-all as one undo step, underlines that do not touch the document.
class TstGuiProofDock : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Store m_store;

    // A rule's group, labelled with the rule's name as users read it.
    static QTreeWidgetItem *group(QTreeWidget *tree, const QString &rule)
    {
        for (int i = 0; i < tree->topLevelItemCount(); ++i) {
            if (tree->topLevelItem(i)->text(0).startsWith(ProofEngine::ruleName(rule) + QStringLiteral(" (")))
                return tree->topLevelItem(i);
        }
        return nullptr;
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_store.open(m_dir.filePath(QStringLiteral("s.sqlite3")), &error), qPrintable(error));
    }

    void sample()
    {
        BodyEdit body(&m_store);
        body.setBlocks(TextImporter::fromPlainText(test::sampleArticleText()).blocks);
        ProofDock dock(&m_store, &body);
        auto *tree = dock.findChild<QTreeWidget *>(QStringLiteral("proofFindings"));
        QVERIFY(tree);
        QTreeWidgetItem *punctuation = group(tree, QStringLiteral("halfwidth-punctuation"));
        QVERIFY(punctuation);
        QCOMPARE(punctuation->childCount(), dock.findingCount());
        QVERIFY(punctuation->text(0).endsWith(QStringLiteral("(%1)").arg(dock.findingCount())));

        // The underlines are the layout's, not the document's: the text and the blocks as they
        // were, nothing to undo.
        const QString text = body.toPlainText();
        const QList<Block> blocks = body.blocks();
        const auto underlined = [&body] {
            for (QTextBlock block = body.document()->begin(); block.isValid(); block = block.next()) {
                for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
                    if (range.format.underlineStyle() == QTextCharFormat::WaveUnderline)
                        return true;
                }
            }
            return false;
        };
        QTRY_VERIFY(underlined());
        QCOMPARE(body.toPlainText(), text);
        QVERIFY(body.blocks() == blocks);
        QVERIFY(!body.document()->isUndoAvailable());

        // Click: the finding is selected in the text; Apply puts the suggestion in.
        const int before = dock.findingCount();
        tree->setCurrentItem(punctuation->child(0));
        QCOMPARE(body.textCursor().selectedText(), QStringLiteral(","));
        dock.findChild<QPushButton *>(QStringLiteral("proofApply"))->click();
        QCOMPARE(dock.findingCount(), before - 1);

        // Ignore hides the finding and its like (the same rule on the same text): every comma.
        tree->setCurrentItem(group(tree, QStringLiteral("halfwidth-punctuation"))->child(0));
        dock.ignoreSelected();
        QVERIFY(dock.findingCount() > 0);
        QVERIFY(dock.findingCount() < before - 1);
        QTreeWidgetItem *left = group(tree, QStringLiteral("halfwidth-punctuation"));
        for (int i = 0; i < left->childCount(); ++i)
            QVERIFY(!left->child(i)->text(0).startsWith(QLatin1Char(',')));

        // Apply all: every suggestion of the rule in, and one undo takes them all back.
        tree->setCurrentItem(group(tree, QStringLiteral("halfwidth-punctuation")));
        const QString beforeAll = body.toPlainText();
        dock.findChild<QPushButton *>(QStringLiteral("proofApplyAll"))->click();
        QCOMPARE(dock.findingCount(), 0);
        QVERIFY(body.toPlainText().contains(QStringLiteral("三八红旗手（集体）")));
        body.document()->undo();
        QCOMPARE(body.toPlainText(), beforeAll);
    }

    // Typing re-checks: a new slip appears after the pause.
    void typing()
    {
        BodyEdit body(&m_store);
        body.setBlocks({Block::paragraph(QStringLiteral("近日，大祥区妇联开展活动。"))});
        ProofDock dock(&m_store, &body);
        QCOMPARE(dock.findingCount(), 0);
        QTextCursor cursor(body.document());
        cursor.movePosition(QTextCursor::End);
        cursor.insertText(QStringLiteral("我们的的工作"));
        QTRY_COMPARE(dock.findingCount(), 1);
    }
};

QTEST_MAIN(TstGuiProofDock)
#include "tst_gui_proofdock.moc"
