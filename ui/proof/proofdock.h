#pragma once

#include "model/article.h"
#include "proof/prooffinding.h"
#include "proof/proofignores.h"
#include "proof/proofoptions.h"
#include "proof/scripttally.h"

#include <QDockWidget>
#include <QHash>
#include <QList>
#include <QPointer>

#include <memory>

class QComboBox;
class QLabel;
class QPushButton;
class QTextDocument;
class QTimer;
class QTreeWidget;
class QUndoStack;

namespace copydesk {

class ArticleEditor;
class ProofEngine;
class ProofHighlighter;
class Store;

// The Proofing dock: the findings of the headline, subtitle, body, captions and credits grouped
// by rule with counts; a click selects the finding in its field, Enter (or Apply) puts its
// suggestion in, Ignore hides it in this article for good (kept in the store), Apply all puts in
// every suggestion of the rule as one undo step. Underlines the findings as they are typed, and
// holds the desk's house style (print or web spacing). While the editor is read-only nothing is
// applied (findings and Ignore stay).
class ProofDock : public QDockWidget
{
    Q_OBJECT

public:
    // Later: nothing is checked or underlined until reload() loads the engine (OpenCC's and
    // Hunspell's dictionaries, the larger part of the window's start-up), which the window calls
    // once it has been painted.
    enum class Start { Now, Later };

    ProofDock(Store *store, ArticleEditor *editor, QUndoStack *undoStack, QWidget *parent = nullptr,
              Start start = Start::Now);
    ~ProofDock() override;

    // The findings shown (ignored ones left out), in field and document order.
    int findingCount() const { return int(m_findings.size()); }
    int ignoredCount() const { return m_ignores.size(); }

public slots:
    // The article now open: its remembered ignores are read and it is checked.
    void setArticle(const Article &article);
    // Re-reads the store's word lists, dictionary and house style, then re-checks.
    void reload();
    // Re-checks the open article.
    void refresh();
    // The selected finding's suggestion; every suggestion of the selected rule in one step.
    void applySelected();
    void applyAllOfRule();
    void ignoreSelected();
    // Shows this article's ignored findings again.
    void restoreIgnored();
    // The selected spelling finding's word into the user's dictionary.
    void addSelectedToDictionary();

private:
    struct Located
    {
        ProofFinding finding;
        QTextDocument *document = nullptr; // the field's document; null for a photo's credit
        int block = 0;                     // QTextBlock number (of the photo, for a credit)
        QString found;
    };
    void collect(QTextDocument *document, ProofFinding::Field field);
    // The findings of one block's text, from the cache when the text was checked before.
    const QList<ProofFinding> &check(const QString &text, ProofFinding::Field field);
    // The script tally of one block's text, from the cache when it was counted before.
    ScriptTally tallyOf(const QString &text);
    // Whether the tree showing shown shows found as it is.
    static bool sameAsShown(const QList<Located> &shown, const QList<Located> &found);
    const Located *selected() const;
    QString selectedRule() const;
    void select(const Located &located);
    bool apply(const Located &located);
    void saveIgnores();
    void rehighlight();
    void updateButtons();

    Store *m_store;
    ArticleEditor *m_editor;
    QPointer<QUndoStack> m_undo;
    std::unique_ptr<ProofEngine> m_engine;
    QList<ProofHighlighter *> m_highlighters;
    QComboBox *m_preset;
    QTreeWidget *m_tree;
    QLabel *m_status;
    QPushButton *m_apply;
    QPushButton *m_applyAll;
    QPushButton *m_ignore;
    QPushButton *m_restore;
    QPushButton *m_addWord;
    QTimer *m_recheck;
    QList<Located> m_findings;
    // Findings by field and text: a re-check after typing checks only the blocks that changed.
    QHash<QString, QList<ProofFinding>> m_checked;
    QHash<QString, ScriptTally> m_tallies;
    QString m_uuid;
    ProofIgnores m_ignores;
    ProofOptions::Script m_script = ProofOptions::Script::Simplified;
};

} // namespace copydesk
