#include "proof/proofdock.h"

#include "editor/bodyedit.h"
#include "proof/proofengine.h"
#include "proof/proofhighlighter.h"
#include "store/store.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTextBlock>
#include <QTextCursor>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace copydesk {

namespace {

// The re-check of the list waits for typing to pause; the underlines follow every keystroke.
constexpr int RecheckDelayMs = 600;
constexpr int IndexRole = Qt::UserRole;

QString ignoreKey(const QString &rule, const QString &found)
{
    return rule + QChar(0x1F) + found;
}

} // namespace

ProofDock::ProofDock(Store *store, BodyEdit *body, QWidget *parent)
    : QDockWidget(tr("Proofing"), parent), m_store(store), m_body(body), m_tree(new QTreeWidget),
      m_apply(new QPushButton(tr("&Apply"))), m_applyAll(new QPushButton(tr("Apply A&ll"))),
      m_ignore(new QPushButton(tr("&Ignore"))), m_recheck(new QTimer(this))
{
    setObjectName(QStringLiteral("proofDock"));
    m_tree->setObjectName(QStringLiteral("proofFindings"));
    m_tree->setAccessibleName(tr("Findings"));
    m_tree->setHeaderHidden(true);
    m_tree->setRootIsDecorated(true);
    m_apply->setObjectName(QStringLiteral("proofApply"));
    m_applyAll->setObjectName(QStringLiteral("proofApplyAll"));
    m_ignore->setObjectName(QStringLiteral("proofIgnore"));
    m_apply->setToolTip(tr("Put the suggestion in the text (Enter)"));
    m_applyAll->setToolTip(tr("Put in every suggestion of this rule, as one undo step"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_apply);
    buttons->addWidget(m_applyAll);
    buttons->addWidget(m_ignore);
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(m_tree, 1);
    layout->addLayout(buttons);
    setWidget(content);

    m_recheck->setSingleShot(true);
    m_recheck->setInterval(RecheckDelayMs);
    connect(m_recheck, &QTimer::timeout, this, &ProofDock::refresh);
    connect(m_body->document(), &QTextDocument::contentsChanged, m_recheck, qOverload<>(&QTimer::start));
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this] {
        if (const Located *located = selected())
            select(*located);
        updateButtons();
    });
    connect(m_tree, &QTreeWidget::itemActivated, this, &ProofDock::applySelected);
    connect(m_apply, &QPushButton::clicked, this, &ProofDock::applySelected);
    connect(m_applyAll, &QPushButton::clicked, this, &ProofDock::applyAllOfRule);
    connect(m_ignore, &QPushButton::clicked, this, &ProofDock::ignoreSelected);
    reload();
}

ProofDock::~ProofDock() = default;

void ProofDock::reload()
{
    ProofOptions options;
    if (m_store && m_store->isOpen()) {
        options.wordList = m_store->enabledWordListEntries(nullptr);
        options.userWords = m_store->setting(QString::fromLatin1(ProofOptions::UserWordsSetting))
                                .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }
    delete m_highlighter;
    m_engine = std::make_unique<ProofEngine>(options);
    m_highlighter = new ProofHighlighter(m_body->document(), m_engine.get());
    refresh();
}

void ProofDock::refresh()
{
    m_recheck->stop();
    m_findings.clear();
    const ProofContext context = m_engine->context(ProofFinding::Field::Body, ProofOptions::Script::Simplified);
    for (QTextBlock block = m_body->document()->begin(); block.isValid(); block = block.next()) {
        const QString text = block.text();
        for (const ProofFinding &finding : m_engine->checkText(text, context)) {
            const QString found = text.mid(finding.start, finding.end - finding.start);
            if (!m_ignored.contains(ignoreKey(finding.rule, found)))
                m_findings.append({block.blockNumber(), finding, found});
        }
    }
    const QString current = selectedRule();
    m_tree->clear();
    QHash<QString, QTreeWidgetItem *> groups;
    for (int i = 0; i < int(m_findings.size()); ++i) {
        const Located &located = m_findings.at(i);
        QTreeWidgetItem *&group = groups[located.finding.rule];
        if (!group) {
            group = new QTreeWidgetItem(m_tree);
            group->setData(0, IndexRole, located.finding.rule);
        }
        auto *item = new QTreeWidgetItem(group);
        const QString shown = located.found.trimmed().isEmpty() ? tr("(space)") : located.found;
        item->setText(0, located.finding.suggestion ? tr("%1 → %2").arg(shown, *located.finding.suggestion) : shown);
        item->setToolTip(0, located.finding.message);
        item->setData(0, IndexRole, i);
    }
    for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
        it.value()->setText(0, tr("%1 (%2)").arg(ProofEngine::ruleName(it.key())).arg(it.value()->childCount()));
        if (it.key() == current)
            it.value()->setExpanded(true);
    }
    updateButtons();
}

const ProofDock::Located *ProofDock::selected() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    if (!item || !item->parent())
        return nullptr;
    const int index = item->data(0, IndexRole).toInt();
    return index >= 0 && index < m_findings.size() ? &m_findings.at(index) : nullptr;
}

QString ProofDock::selectedRule() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    if (!item)
        return QString();
    return (item->parent() ? item->parent() : item)->data(0, IndexRole).toString();
}

void ProofDock::select(const Located &located)
{
    const QTextBlock block = m_body->document()->findBlockByNumber(located.block);
    QTextCursor cursor(block);
    cursor.setPosition(block.position() + located.finding.start);
    cursor.setPosition(block.position() + located.finding.end, QTextCursor::KeepAnchor);
    m_body->setTextCursor(cursor);
    m_body->ensureCursorVisible();
}

void ProofDock::apply(const Located &located)
{
    const QTextBlock block = m_body->document()->findBlockByNumber(located.block);
    if (!located.finding.suggestion || block.text().mid(located.finding.start, located.finding.end - located.finding.start)
                                           != located.found)
        return; // the text changed since the check
    QTextCursor cursor(block);
    cursor.setPosition(block.position() + located.finding.start);
    cursor.setPosition(block.position() + located.finding.end, QTextCursor::KeepAnchor);
    cursor.insertText(*located.finding.suggestion);
}

void ProofDock::applySelected()
{
    if (const Located *located = selected()) {
        apply(*located);
        refresh();
    }
}

void ProofDock::applyAllOfRule()
{
    const QString rule = selectedRule();
    if (rule.isEmpty())
        return;
    // From the last finding back, so the earlier ones' offsets hold; one edit block, one undo.
    QTextCursor group(m_body->document());
    group.beginEditBlock();
    for (auto it = m_findings.crbegin(); it != m_findings.crend(); ++it) {
        if (it->finding.rule == rule)
            apply(*it);
    }
    group.endEditBlock();
    refresh();
}

void ProofDock::ignoreSelected()
{
    if (const Located *located = selected()) {
        m_ignored.insert(ignoreKey(located->finding.rule, located->found));
        refresh();
    }
}

void ProofDock::updateButtons()
{
    const Located *located = selected();
    m_apply->setEnabled(located && located->finding.suggestion);
    m_ignore->setEnabled(located != nullptr);
    m_applyAll->setEnabled(!selectedRule().isEmpty());
}

} // namespace copydesk
