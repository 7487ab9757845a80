#include "editor/articleeditor.h"
#include "editor/bodyedit.h"
#include "editor/titleedit.h"
#include "fixtures/testutil.h"
#include "fixtures/windowsession.h"
#include "import/textimporter.h"
#include "proof/proofdock.h"
#include "proof/proofengine.h"
#include "proof/proofignores.h"
#include "store/store.h"

#include <QAction>
#include <QComboBox>
#include <QPushButton>
#include <QTemporaryDir>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QTreeWidget>
#include <QUndoStack>

using namespace copydesk;

// The Proofing dock over the article editor: findings of the headline, subtitle, body, captions
// and credits by rule with counts, jump, apply, ignore remembered per article, apply-all as one
// undo step on the window's stack, underlines that do not touch the documents, the house style.
class TstGuiProofDock : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Store m_store;

    // The editor with its undo stack, showing article, and the dock over it.
    struct Desk
    {
        explicit Desk(Store *store, const Article &article) : editor(store)
        {
            editor.setUndoStack(&stack);
            editor.setArticle(article);
            dock = std::make_unique<ProofDock>(store, &editor, &stack);
            dock->setArticle(article);
            tree = dock->findChild<QTreeWidget *>(QStringLiteral("proofFindings"));
        }
        QUndoStack stack;
        ArticleEditor editor;
        std::unique_ptr<ProofDock> dock;
        QTreeWidget *tree = nullptr;
    };

    // A rule's group, labelled with the rule's name as users read it.
    static QTreeWidgetItem *group(QTreeWidget *tree, const QString &rule)
    {
        for (int i = 0; i < tree->topLevelItemCount(); ++i) {
            if (tree->topLevelItem(i)->text(0).startsWith(ProofEngine::ruleName(rule) + QStringLiteral(" (")))
                return tree->topLevelItem(i);
        }
        return nullptr;
    }

    static bool underlined(const QTextDocument *document)
    {
        for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
            for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
                if (range.format.underlineStyle() == QTextCharFormat::WaveUnderline)
                    return true;
            }
        }
        return false;
    }

    static Article article(const QString &title, const QList<Block> &blocks)
    {
        Article result = Article::create(title);
        result.blocks = blocks;
        return result;
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_store.open(m_dir.filePath(QStringLiteral("s.sqlite3")), &error), qPrintable(error));
    }

    void sample()
    {
        Article sample = TextImporter::fromPlainText(test::sampleArticleText());
        sample.uuid = Article::create().uuid;
        Desk desk(&m_store, sample);
        ProofDock &dock = *desk.dock;
        BodyEdit &body = *desk.editor.body();
        QVERIFY(desk.tree);
        QTreeWidgetItem *punctuation = group(desk.tree, QStringLiteral("halfwidth-punctuation"));
        QVERIFY(punctuation);
        QCOMPARE(punctuation->childCount(), dock.findingCount());
        QVERIFY(punctuation->text(0).endsWith(QStringLiteral("(%1)").arg(dock.findingCount())));

        // The underlines are the layout's, not the document's: the text and the blocks as they
        // were, nothing to undo.
        const QString text = body.toPlainText();
        const QList<Block> blocks = body.blocks();
        QTRY_VERIFY(underlined(body.document()));
        QCOMPARE(body.toPlainText(), text);
        QVERIFY(body.blocks() == blocks);
        QCOMPARE(desk.stack.count(), 0);

        // Click: the finding is selected in the text; Apply puts the suggestion in.
        const int before = dock.findingCount();
        desk.tree->setCurrentItem(punctuation->child(0));
        QCOMPARE(body.textCursor().selectedText(), QStringLiteral(","));
        dock.findChild<QPushButton *>(QStringLiteral("proofApply"))->click();
        QCOMPARE(dock.findingCount(), before - 1);

        // Ignore hides the finding and its like (the same rule on the same text): every comma.
        desk.tree->setCurrentItem(group(desk.tree, QStringLiteral("halfwidth-punctuation"))->child(0));
        dock.ignoreSelected();
        QVERIFY(dock.findingCount() > 0);
        QVERIFY(dock.findingCount() < before - 1);
        QTreeWidgetItem *left = group(desk.tree, QStringLiteral("halfwidth-punctuation"));
        for (int i = 0; i < left->childCount(); ++i)
            QVERIFY(!left->child(i)->text(0).startsWith(QLatin1Char(',')));

        // Apply all: every suggestion of the rule in, and one undo takes them all back.
        desk.tree->setCurrentItem(group(desk.tree, QStringLiteral("halfwidth-punctuation")));
        const QString beforeAll = body.toPlainText();
        const int steps = desk.stack.count();
        dock.findChild<QPushButton *>(QStringLiteral("proofApplyAll"))->click();
        QCOMPARE(dock.findingCount(), 0);
        QVERIFY(body.toPlainText().contains(QStringLiteral("三八红旗手（集体）")));
        QCOMPARE(desk.stack.count(), steps + 1);
        desk.stack.undo();
        QCOMPARE(body.toPlainText(), beforeAll);
    }

    // The underlines change how the text looks, not the article: putting them on an article
    // opened, redrawing them after an ignore and after a new set-up is no edit to save.
    void underliningIsNoEdit()
    {
        Article sample = TextImporter::fromPlainText(test::sampleArticleText());
        sample.uuid = Article::create().uuid;
        Desk desk(&m_store, sample);
        QSignalSpy edited(&desk.editor, &ArticleEditor::edited);
        QTRY_VERIFY(underlined(desk.editor.body()->document()));
        desk.dock->setArticle(sample);
        desk.tree->setCurrentItem(group(desk.tree, QStringLiteral("halfwidth-punctuation"))->child(0));
        desk.dock->ignoreSelected();
        desk.dock->reload();
        QTest::qWait(50); // the highlighters' own deferred first pass
        QVERIFY(underlined(desk.editor.body()->document()));
        QCOMPARE(edited.count(), 0);
        QCOMPARE(desk.stack.count(), 0);
    }

    // A re-check after typing that found what the list shows leaves the list (and the selection
    // in it) as it was; one that found something new shows it.
    void recheckKeepsAnUnchangedList()
    {
        Article sample = TextImporter::fromPlainText(test::sampleArticleText());
        sample.uuid = Article::create().uuid;
        Desk desk(&m_store, sample);
        BodyEdit &body = *desk.editor.body();
        QTreeWidgetItem *punctuation = group(desk.tree, QStringLiteral("halfwidth-punctuation"));
        QVERIFY(punctuation);
        const int count = desk.dock->findingCount();
        desk.tree->setCurrentItem(punctuation->child(1));
        const QString selected = punctuation->child(1)->text(0);

        QTextBlock paragraph = body.document()->begin();
        while (paragraph.isValid() && (paragraph.length() < 20 || paragraph.text().contains(QChar::ObjectReplacementCharacter)))
            paragraph = paragraph.next();
        QVERIFY(paragraph.isValid());
        QTextCursor cursor(paragraph);
        cursor.movePosition(QTextCursor::EndOfBlock);
        cursor.insertText(QStringLiteral("新"));
        desk.dock->refresh();
        QCOMPARE(desk.dock->findingCount(), count);
        QCOMPARE(group(desk.tree, QStringLiteral("halfwidth-punctuation")), punctuation);
        QVERIFY(desk.tree->currentItem()); // a rebuilt tree has none
        QCOMPARE(desk.tree->currentItem()->text(0), selected);
        // The kept item points at the finding where it is now, past the inserted character.
        body.setTextCursor(QTextCursor(body.document()));
        desk.tree->setCurrentItem(nullptr);
        desk.tree->setCurrentItem(punctuation->child(1));
        QCOMPARE(body.textCursor().selectedText(), QStringLiteral(","));

        cursor.insertText(QStringLiteral("字,"));
        desk.dock->refresh();
        QCOMPARE(desk.dock->findingCount(), count + 1);
        QVERIFY(group(desk.tree, QStringLiteral("halfwidth-punctuation"))
                        ->text(0).endsWith(QStringLiteral("(%1)").arg(count + 1)));
    }

    // Every field the editor holds is proofed, each finding labelled with its field, and
    // Apply all reaches them all in one undo step.
    void everyField()
    {
        Block photo = Block::imagePlaceholder(QStringLiteral("活动现场,群众踊跃参加"));
        photo.credit = QStringLiteral("摄影:王五");
        Desk desk(&m_store, article(QStringLiteral("大祥区妇联,召开会议"),
                                    {Block::paragraph(QStringLiteral("近日，大祥区妇联开展活动。")), photo}));
        desk.editor.subtitleEdit()->setText(QStringLiteral("副题,说明"));
        desk.dock->refresh();
        QTreeWidgetItem *punctuation = group(desk.tree, QStringLiteral("halfwidth-punctuation"));
        QVERIFY(punctuation);
        QStringList shown;
        for (int i = 0; i < punctuation->childCount(); ++i)
            shown << punctuation->child(i)->text(0);
        QCOMPARE(shown.size(), 4);
        QVERIFY2(shown.at(0).startsWith(ProofDock::tr("Headline")), qPrintable(shown.join(u'|')));
        QVERIFY2(shown.at(1).startsWith(ProofDock::tr("Subtitle")), qPrintable(shown.join(u'|')));
        QVERIFY2(shown.at(2).startsWith(ProofDock::tr("Credit")), qPrintable(shown.join(u'|')));
        QVERIFY2(shown.at(3).startsWith(ProofDock::tr("Caption")), qPrintable(shown.join(u'|')));
        QTRY_VERIFY(underlined(desk.editor.titleEdit()->document()));

        // Clicking the credit's finding puts the cursor on its photo.
        desk.tree->setCurrentItem(punctuation->child(2));
        QCOMPARE(desk.editor.body()->currentImageBlockNumber(), 1);

        desk.tree->setCurrentItem(punctuation);
        const int steps = desk.stack.count();
        desk.dock->applyAllOfRule();
        QCOMPARE(desk.dock->findingCount(), 0);
        QCOMPARE(desk.editor.titleEdit()->text(), QStringLiteral("大祥区妇联，召开会议"));
        QCOMPARE(desk.editor.subtitleEdit()->text(), QStringLiteral("副题，说明"));
        QCOMPARE(desk.editor.body()->imageAt(1).caption, QStringLiteral("活动现场，群众踊跃参加"));
        QCOMPARE(desk.editor.body()->imageAt(1).credit, QStringLiteral("摄影：王五"));
        QCOMPARE(desk.stack.count(), steps + 1);
        desk.stack.undo();
        QCOMPARE(desk.editor.titleEdit()->text(), QStringLiteral("大祥区妇联,召开会议"));
        QCOMPARE(desk.editor.body()->imageAt(1).credit, QStringLiteral("摄影:王五"));
        QCOMPARE(desk.editor.body()->imageAt(1).caption, QStringLiteral("活动现场,群众踊跃参加"));
    }

    // An ignore is the article's: kept in the store, back when the article is opened again,
    // not applied to another article, and undone by Show Ignored.
    void ignoreIsRememberedPerArticle()
    {
        const Article first = article(QStringLiteral("标题"), {Block::paragraph(QStringLiteral("我们的的工作。"))});
        const Article second = article(QStringLiteral("标题"), {Block::paragraph(QStringLiteral("他们的的任务。"))});
        {
            Desk desk(&m_store, first);
            QCOMPARE(desk.dock->findingCount(), 1);
            desk.tree->setCurrentItem(group(desk.tree, QStringLiteral("repeated-character"))->child(0));
            desk.dock->ignoreSelected();
            QCOMPARE(desk.dock->findingCount(), 0);
            QCOMPARE(desk.dock->ignoredCount(), 1);
        }
        QVERIFY(!m_store.setting(ProofIgnores::settingKey(first.uuid)).isEmpty());
        Desk again(&m_store, first);
        QCOMPARE(again.dock->findingCount(), 0);
        QTRY_VERIFY(!underlined(again.editor.body()->document()));
        again.dock->setArticle(second);
        again.editor.setArticle(second);
        again.dock->refresh();
        QCOMPARE(again.dock->findingCount(), 1);
        again.dock->setArticle(first);
        again.editor.setArticle(first);
        again.dock->refresh();
        QCOMPARE(again.dock->findingCount(), 0);
        again.dock->findChild<QPushButton *>(QStringLiteral("proofRestoreIgnored"))->click();
        QCOMPARE(again.dock->findingCount(), 1);
        QVERIFY(m_store.setting(ProofIgnores::settingKey(first.uuid)).isEmpty());
    }

    // The house style is the desk's: web puts a space between Chinese and Latin, kept in the store.
    void houseStyle()
    {
        Desk desk(&m_store, article(QStringLiteral("标题"), {Block::paragraph(QStringLiteral("使用5G网络和App办事。"))}));
        QCOMPARE(desk.dock->findingCount(), 0);
        auto *preset = desk.dock->findChild<QComboBox *>(QStringLiteral("proofPreset"));
        QVERIFY(preset);
        preset->setCurrentIndex(preset->findData(int(ProofOptions::Preset::Web)));
        emit preset->activated(preset->currentIndex());
        QVERIFY(desk.dock->findingCount() > 0);
        QCOMPARE(m_store.setting(QString::fromLatin1(ProofOptions::PresetSetting)), QStringLiteral("web"));
        Desk next(&m_store, article(QStringLiteral("标题"), {Block::paragraph(QStringLiteral("使用5G网络。"))}));
        QVERIFY(next.dock->findingCount() > 0);
        m_store.setSetting(QString::fromLatin1(ProofOptions::PresetSetting), QStringLiteral("print"), nullptr);
    }

    void startsLater_data()
    {
        QTest::addColumn<bool>("reloaded");
        QTest::newRow("nominal: Start::Later checks and underlines nothing before reload()") << false;
        QTest::newRow("nominal: after reload() the article opened before is checked and underlined") << true;
    }

    // The window's start-up: the engine is loaded after the first paint (MainWindow), and the
    // article opened before then is checked once it is.
    void startsLater()
    {
        QFETCH(bool, reloaded);
        QUndoStack stack;
        ArticleEditor editor(&m_store);
        editor.setUndoStack(&stack);
        const Article opened = article(QStringLiteral("标题,一"), {Block::paragraph(QStringLiteral("正文,二。"))});
        editor.setArticle(opened);
        ProofDock dock(&m_store, &editor, &stack, nullptr, ProofDock::Start::Later);
        dock.setArticle(opened);
        dock.refresh();
        QCoreApplication::processEvents();
        if (!reloaded) {
            QCOMPARE(dock.findingCount(), 0);
            QVERIFY(!underlined(editor.body()->document()));
            return;
        }
        dock.reload();
        QCOMPARE(dock.findingCount(), 2);
        QTRY_VERIFY(underlined(editor.body()->document()));
    }

    // In the window: the dock follows the article opened, keeps each article's ignores, and
    // Proofing ▸ Convert Chinese converts the article as one step on the window's undo stack.
    void inTheWindow()
    {
        test::WindowSession session;
        QVERIFY(session.open(m_dir.filePath(QStringLiteral("window.sqlite3"))));
        MainWindow *window = session.window.get();
        auto *dock = window->findChild<ProofDock *>(QStringLiteral("proofDock"));
        QVERIFY(dock);
        window->newArticle();
        const qint64 first = window->currentArticleId();
        test::typeLikeUser(window->editor()->titleEdit(), QStringLiteral("标题,一"));
        QTRY_COMPARE(dock->findingCount(), 1);
        auto *tree = dock->findChild<QTreeWidget *>(QStringLiteral("proofFindings"));
        tree->setCurrentItem(group(tree, QStringLiteral("halfwidth-punctuation"))->child(0));
        dock->ignoreSelected();
        QCOMPARE(dock->findingCount(), 0);

        window->newArticle();
        test::typeLikeUser(window->editor()->titleEdit(), QStringLiteral("标题,二"));
        QTRY_COMPARE(dock->findingCount(), 1);
        QVERIFY(window->selectArticle(first));
        QTRY_COMPARE(dock->findingCount(), 0);
        QCOMPARE(dock->ignoredCount(), 1);

        auto *convert = window->findChild<QAction *>(QStringLiteral("actionConvert_s2t"));
        QVERIFY(convert);
        const int steps = window->undoStack()->count();
        convert->trigger();
        QCOMPARE(window->editor()->titleEdit()->text(), QStringLiteral("標題,一"));
        QCOMPARE(window->undoStack()->count(), steps + 1);
        window->undoStack()->undo();
        QCOMPARE(window->editor()->titleEdit()->text(), QStringLiteral("标题,一"));
        QVERIFY(window->findChild<QAction *>(QStringLiteral("actionProofCheck")));
    }

    // Typing re-checks: a new slip appears after the pause.
    void typing()
    {
        Desk desk(&m_store, article(QStringLiteral("标题"), {Block::paragraph(QStringLiteral("近日，大祥区妇联开展活动。"))}));
        QCOMPARE(desk.dock->findingCount(), 0);
        QTextCursor cursor(desk.editor.body()->document());
        cursor.movePosition(QTextCursor::End);
        cursor.insertText(QStringLiteral("我们的的工作"));
        QTRY_COMPARE(desk.dock->findingCount(), 1);
    }
};

QTEST_MAIN(TstGuiProofDock)
#include "tst_gui_proofdock.moc"
