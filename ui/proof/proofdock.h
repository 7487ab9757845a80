#pragma once

#include "proof/prooffinding.h"

#include <QDockWidget>
#include <QList>
#include <QSet>

#include <memory>

class QPushButton;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;

namespace copydesk {

class BodyEdit;
class ProofEngine;
class ProofHighlighter;
class Store;

// The Proofing dock: the body's findings grouped by rule with counts; a click selects the
// finding in the text, Enter (or Apply) puts its suggestion in, Ignore hides it for this
// session, Apply all puts in every suggestion of the rule as one undo step. Underlines the
// findings in the body as it is typed.
class ProofDock : public QDockWidget
{
    Q_OBJECT

public:
    ProofDock(Store *store, BodyEdit *body, QWidget *parent = nullptr);
    ~ProofDock() override;

    // The findings shown (ignored ones left out), in document order.
    int findingCount() const { return int(m_findings.size()); }

public slots:
    // Re-reads the store's word lists and dictionary, then re-checks the body.
    void reload();
    // Re-checks the body.
    void refresh();
    // The selected finding's suggestion; every suggestion of the selected rule in one step.
    void applySelected();
    void applyAllOfRule();
    void ignoreSelected();

private:
    struct Located
    {
        int block = 0; // QTextBlock number
        ProofFinding finding;
        QString found;
    };
    const Located *selected() const;
    QString selectedRule() const;
    void select(const Located &located);
    void apply(const Located &located);
    void updateButtons();

    Store *m_store;
    BodyEdit *m_body;
    std::unique_ptr<ProofEngine> m_engine;
    ProofHighlighter *m_highlighter = nullptr;
    QTreeWidget *m_tree;
    QPushButton *m_apply;
    QPushButton *m_applyAll;
    QPushButton *m_ignore;
    QTimer *m_recheck;
    QList<Located> m_findings;
    QSet<QString> m_ignored; // rule + found text
};

} // namespace copydesk
