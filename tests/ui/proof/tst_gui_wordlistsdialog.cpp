#include "editor/articleeditor.h"
#include "proof/proofdock.h"
#include "proof/proofengine.h"
#include "proof/proofoptions.h"
#include "proof/wordlistsdialog.h"
#include "store/store.h"

#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace copydesk;

// Word lists and the dictionary in the window: import a file (off the UI thread), switch a list
// on and off, edit the dictionary; the Proofing dock follows each change.
class TstGuiWordListsDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return QString();
        file.write(bytes);
        return path;
    }

private slots:
    void importSwitchAndDictionary()
    {
        Store store;
        QString error;
        QVERIFY2(store.open(m_dir.filePath(QStringLiteral("lists.sqlite3")), &error), qPrintable(error));
        QUndoStack stack;
        ArticleEditor editor(&store);
        editor.setUndoStack(&stack);
        Article article = Article::create(QStringLiteral("标题"));
        article.blocks = {Block::paragraph(QStringLiteral("老百姓都说这个plugn很好用。"))};
        editor.setArticle(article);
        ProofDock dock(&store, &editor, &stack);
        dock.setArticle(article);
        const auto rules = [&dock] {
            QStringList names;
            auto *tree = dock.findChild<QTreeWidget *>(QStringLiteral("proofFindings"));
            for (int i = 0; i < tree->topLevelItemCount(); ++i)
                names << tree->topLevelItem(i)->text(0);
            return names.join(u'|');
        };
        QVERIFY(!rules().contains(ProofEngine::ruleName(QStringLiteral("wordlist"))));

        WordListsDialog dialog(&store);
        connect(&dialog, &WordListsDialog::changed, &dock, &ProofDock::reload);
        QSignalSpy finished(&dialog, &WordListsDialog::importFinished);
        dialog.importFile(writeFile(QStringLiteral("house.csv"), "term,preferred,note\n老百姓,群众,规范表述\n"));
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(finished.at(0).at(0).toBool(), true);
        auto *lists = dialog.findChild<QTreeWidget *>(QStringLiteral("wordLists"));
        QCOMPARE(lists->topLevelItemCount(), 1);
        QCOMPARE(lists->topLevelItem(0)->text(0), QStringLiteral("house"));
        QCOMPARE(lists->topLevelItem(0)->checkState(0), Qt::Checked);
        QVERIFY2(rules().contains(ProofEngine::ruleName(QStringLiteral("wordlist"))), qPrintable(rules()));

        // Off: the dock no longer flags the list's terms; the store keeps it off.
        lists->topLevelItem(0)->setCheckState(0, Qt::Unchecked);
        QVERIFY(!rules().contains(ProofEngine::ruleName(QStringLiteral("wordlist"))));
        QVERIFY(!store.wordLists(nullptr).value(0).enabled);

        // A file that is no word list: one line saying why, nothing changed.
        dialog.importFile(m_dir.filePath(QStringLiteral("missing.csv")));
        QTRY_COMPARE(finished.size(), 2);
        QCOMPARE(finished.at(1).at(0).toBool(), false);
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("wordListProblem"))->text().contains(QStringLiteral("missing.csv")));
        QCOMPARE(lists->topLevelItemCount(), 1);

        // The dictionary: a word typed there is no longer a spelling finding.
        ProofEngine engine;
        if (engine.hasSpelling()) {
            QVERIFY2(rules().contains(ProofEngine::ruleName(QStringLiteral("spelling"))), qPrintable(rules()));
            dialog.findChild<QPlainTextEdit *>(QStringLiteral("userDictionary"))->setPlainText(QStringLiteral("plugn\n"));
            QVERIFY(dialog.saveDictionary());
            QCOMPARE(store.setting(QString::fromLatin1(ProofOptions::UserWordsSetting)), QStringLiteral("plugn"));
            QVERIFY2(!rules().contains(ProofEngine::ruleName(QStringLiteral("spelling"))), qPrintable(rules()));
        }
    }

    // Add to Dictionary on a spelling finding in the dock.
    void addToDictionaryFromTheDock()
    {
        if (!ProofEngine().hasSpelling())
            QSKIP("Hunspell's en_US dictionary is not installed");
        Store store;
        QString error;
        QVERIFY2(store.open(m_dir.filePath(QStringLiteral("words.sqlite3")), &error), qPrintable(error));
        QUndoStack stack;
        ArticleEditor editor(&store);
        editor.setUndoStack(&stack);
        Article article = Article::create(QStringLiteral("标题"));
        article.blocks = {Block::paragraph(QStringLiteral("这个wechatt公众号很好。"))};
        editor.setArticle(article);
        ProofDock dock(&store, &editor, &stack);
        dock.setArticle(article);
        QCOMPARE(dock.findingCount(), 1);
        auto *tree = dock.findChild<QTreeWidget *>(QStringLiteral("proofFindings"));
        tree->setCurrentItem(tree->topLevelItem(0)->child(0));
        auto *add = dock.findChild<QPushButton *>(QStringLiteral("proofAddToDictionary"));
        QVERIFY(add && !add->isHidden());
        add->click();
        QCOMPARE(dock.findingCount(), 0);
        QCOMPARE(store.setting(QString::fromLatin1(ProofOptions::UserWordsSetting)), QStringLiteral("wechatt"));
    }
};

QTEST_MAIN(TstGuiWordListsDialog)
#include "tst_gui_wordlistsdialog.moc"
