#include "proof/proofdock.h"

#include "document/documentformat.h"
#include "editor/articleeditor.h"
#include "editor/bodyedit.h"
#include "editor/titleedit.h"
#include "proof/proofengine.h"
#include "proof/proofhighlighter.h"
#include "proof/proofsetup.h"
#include "store/store.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTextBlock>
#include <QTextCursor>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace copydesk {

namespace {

// The re-check of the list waits for typing to pause; the underlines follow every keystroke.
constexpr int RecheckDelayMs = 600;
constexpr int IndexRole = Qt::UserRole;
// Enough for the blocks of a 200k-character article and their recent versions.
constexpr int CheckedCacheLimit = 20000;

QString fieldLabel(ProofFinding::Field field)
{
    switch (field) {
    case ProofFinding::Field::Title:
        return ProofDock::tr("Headline");
    case ProofFinding::Field::Subtitle:
        return ProofDock::tr("Subtitle");
    case ProofFinding::Field::Caption:
        return ProofDock::tr("Caption");
    case ProofFinding::Field::Credit:
        return ProofDock::tr("Credit");
    default:
        return QString();
    }
}

} // namespace

ProofDock::ProofDock(Store *store, ArticleEditor *editor, QUndoStack *undoStack, QWidget *parent, Start start)
    : QDockWidget(tr("Proofing"), parent), m_store(store), m_editor(editor), m_undo(undoStack),
      m_preset(new QComboBox), m_tree(new QTreeWidget), m_status(new QLabel),
      m_apply(new QPushButton(tr("&Apply"))), m_applyAll(new QPushButton(tr("Apply A&ll"))),
      m_ignore(new QPushButton(tr("&Ignore"))), m_restore(new QPushButton(tr("Show I&gnored"))),
      m_addWord(new QPushButton(tr("Add to &Dictionary"))),
      m_recheck(new QTimer(this))
{
    setObjectName(QStringLiteral("proofDock"));
    m_preset->setObjectName(QStringLiteral("proofPreset"));
    m_preset->addItem(tr("Print style: 使用iPhone手机"), int(ProofOptions::Preset::Print));
    m_preset->addItem(tr("Web style: 使用 iPhone 手机"), int(ProofOptions::Preset::Web));
    m_preset->setAccessibleName(tr("House style"));
    m_preset->setToolTip(tr("The desk's house style: no space between Chinese and Latin letters or digits in print, "
                            "one space on the web"));
    m_tree->setObjectName(QStringLiteral("proofFindings"));
    m_tree->setAccessibleName(tr("Findings"));
    m_tree->setHeaderHidden(true);
    m_tree->setRootIsDecorated(true);
    m_tree->setAccessibleName(tr("Proofing findings"));
    m_status->setObjectName(QStringLiteral("proofStatus"));
    m_status->setWordWrap(true);
    m_apply->setObjectName(QStringLiteral("proofApply"));
    m_applyAll->setObjectName(QStringLiteral("proofApplyAll"));
    m_ignore->setObjectName(QStringLiteral("proofIgnore"));
    m_restore->setObjectName(QStringLiteral("proofRestoreIgnored"));
    m_addWord->setObjectName(QStringLiteral("proofAddToDictionary"));
    m_addWord->setToolTip(tr("Accept this English word everywhere from now on"));
    m_apply->setToolTip(tr("Put the suggestion in the text (Enter)"));
    m_applyAll->setToolTip(tr("Put in every suggestion of this rule, as one undo step"));
    m_ignore->setToolTip(tr("Stop flagging this text for this rule in this article"));
    m_restore->setToolTip(tr("Flag again what was ignored in this article"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_apply);
    buttons->addWidget(m_applyAll);
    buttons->addWidget(m_ignore);
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(m_preset);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_status);
    layout->addLayout(buttons);
    auto *more = new QHBoxLayout;
    more->addWidget(m_addWord);
    more->addStretch();
    more->addWidget(m_restore);
    layout->addLayout(more);
    setWidget(content);

    m_recheck->setSingleShot(true);
    m_recheck->setInterval(RecheckDelayMs);
    connect(m_recheck, &QTimer::timeout, this, &ProofDock::refresh);
    for (QTextEdit *field : {static_cast<QTextEdit *>(m_editor->titleEdit()), static_cast<QTextEdit *>(m_editor->subtitleEdit()),
                             static_cast<QTextEdit *>(m_editor->body())})
        connect(field->document(), &QTextDocument::contentsChanged, m_recheck, qOverload<>(&QTimer::start));
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this] {
        if (const Located *located = selected())
            select(*located);
        updateButtons();
    });
    connect(m_tree, &QTreeWidget::itemActivated, this, &ProofDock::applySelected);
    connect(m_editor, &ArticleEditor::readOnlyChanged, this, &ProofDock::updateButtons);
    connect(m_apply, &QPushButton::clicked, this, &ProofDock::applySelected);
    connect(m_applyAll, &QPushButton::clicked, this, &ProofDock::applyAllOfRule);
    connect(m_ignore, &QPushButton::clicked, this, &ProofDock::ignoreSelected);
    connect(m_restore, &QPushButton::clicked, this, &ProofDock::restoreIgnored);
    connect(m_addWord, &QPushButton::clicked, this, &ProofDock::addSelectedToDictionary);
    connect(m_preset, qOverload<int>(&QComboBox::activated), this, [this] {
        QString error;
        const auto preset = ProofOptions::Preset(m_preset->currentData().toInt());
        if (m_store && m_store->isOpen()
            && !m_store->setSetting(QString::fromLatin1(ProofOptions::PresetSetting), ProofOptions::presetName(preset),
                                    &error))
            m_status->setText(tr("The house style could not be kept for next time: %1").arg(error));
        reload();
    });
    if (start == Start::Now)
        reload();
}

ProofDock::~ProofDock() = default;

void ProofDock::setArticle(const Article &article)
{
    m_uuid = article.uuid;
    m_ignores = m_store ? ProofSetup::read(*m_store, m_uuid).ignores : ProofIgnores();
    m_status->clear();
    rehighlight();
    refresh();
}

void ProofDock::reload()
{
    const ProofSetup setup = m_store ? ProofSetup::read(*m_store, m_uuid) : ProofSetup();
    const ProofOptions &options = setup.options;
    m_preset->setCurrentIndex(m_preset->findData(int(options.preset)));
    m_editor->restyle([this] { qDeleteAll(std::exchange(m_highlighters, {})); }); // each takes its underlines away
    m_engine = std::make_unique<ProofEngine>(options);
    m_checked.clear();
    m_tallies.clear();
    m_highlighters = {
        new ProofHighlighter(m_editor->titleEdit()->document(), m_engine.get(), ProofFinding::Field::Title, &m_ignores, m_script),
        new ProofHighlighter(m_editor->subtitleEdit()->document(), m_engine.get(), ProofFinding::Field::Subtitle, &m_ignores, m_script),
        new ProofHighlighter(m_editor->body()->document(), m_engine.get(), ProofFinding::Field::Body, &m_ignores, m_script),
    };
    rehighlight(); // now, which also drops the pass each highlighter would make on its own later
    refresh();
}

const QList<ProofFinding> &ProofDock::check(const QString &text, ProofFinding::Field field)
{
    const QString key = QString::number(int(field)) + QLatin1Char(':') + text;
    auto it = m_checked.constFind(key);
    if (it != m_checked.cend())
        return *it;
    if (m_checked.size() > CheckedCacheLimit)
        m_checked.clear();
    return *m_checked.insert(key, m_engine->checkText(text, m_engine->context(field, m_script)));
}

ScriptTally ProofDock::tallyOf(const QString &text)
{
    auto it = m_tallies.constFind(text);
    if (it != m_tallies.cend())
        return *it;
    if (m_tallies.size() > CheckedCacheLimit)
        m_tallies.clear();
    return *m_tallies.insert(text, m_engine->scriptTally(text));
}

bool ProofDock::sameAsShown(const QList<Located> &shown, const QList<Located> &found)
{
    return std::equal(shown.cbegin(), shown.cend(), found.cbegin(), found.cend(),
                      [](const Located &a, const Located &b) {
                          return a.finding.rule == b.finding.rule && a.finding.field == b.finding.field
                                  && a.found == b.found && a.finding.suggestion == b.finding.suggestion
                                  && a.finding.message == b.finding.message;
                      });
}

void ProofDock::collect(QTextDocument *document, ProofFinding::Field field)
{
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        if (DocumentFormat::isImageBlock(block)) {
            // The credit is the photo's own field, not text of the document.
            const QString credit = m_editor->body()->imageAt(block.blockNumber()).credit;
            for (const ProofFinding &finding : check(credit, ProofFinding::Field::Credit)) {
                const QString found = credit.mid(finding.start, finding.end - finding.start);
                if (!m_ignores.contains(finding.rule, found))
                    m_findings.append({finding, nullptr, block.blockNumber(), found});
            }
            continue;
        }
        const ProofFinding::Field blockField =
                field == ProofFinding::Field::Body && DocumentFormat::isCaptionBlock(block) ? ProofFinding::Field::Caption : field;
        const QString text = block.text();
        for (const ProofFinding &finding : check(text, blockField)) {
            const QString found = text.mid(finding.start, finding.end - finding.start);
            if (!m_ignores.contains(finding.rule, found))
                m_findings.append({finding, document, block.blockNumber(), found});
        }
    }
}

void ProofDock::refresh()
{
    m_recheck->stop();
    if (!m_engine)
        return;
    // The script most of the article is written in decides which characters are out of place.
    ScriptTally tally = tallyOf(m_editor->titleEdit()->toPlainText());
    const QTextDocument *body = m_editor->body()->document();
    for (QTextBlock block = body->begin(); block.isValid(); block = block.next())
        tally += tallyOf(block.text());
    const ProofOptions::Script script = m_engine->scriptOf(tally);
    if (script != m_script) {
        m_script = script;
        m_checked.clear();
        m_editor->restyle([this, script] {
            for (ProofHighlighter *highlighter : std::as_const(m_highlighters))
                highlighter->setScript(script);
        });
    }
    const QList<Located> before = std::exchange(m_findings, {});
    collect(m_editor->titleEdit()->document(), ProofFinding::Field::Title);
    collect(m_editor->subtitleEdit()->document(), ProofFinding::Field::Subtitle);
    collect(m_editor->body()->document(), ProofFinding::Field::Body);
    // Typing mostly leaves the list as it was (only where its findings are may move): the tree
    // is rebuilt only when what it shows changed; its items index m_findings, in the same order.
    if (sameAsShown(before, m_findings)) {
        updateButtons();
        return;
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
        QString text = located.finding.suggestion ? tr("%1 → %2").arg(shown, *located.finding.suggestion) : shown;
        const QString field = fieldLabel(located.finding.field);
        if (!field.isEmpty())
            text = tr("%1: %2").arg(field, text);
        item->setText(0, text);
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
    QTextEdit *edit = m_editor->body();
    if (located.document == m_editor->titleEdit()->document())
        edit = m_editor->titleEdit();
    else if (located.document == m_editor->subtitleEdit()->document())
        edit = m_editor->subtitleEdit();
    const QTextBlock block = edit->document()->findBlockByNumber(located.block);
    QTextCursor cursor(block);
    if (located.document) {
        cursor.setPosition(block.position() + located.finding.start);
        cursor.setPosition(block.position() + located.finding.end, QTextCursor::KeepAnchor);
    }
    // A credit: the photo's block, so the Photo panel shows the photo whose credit it is.
    edit->setTextCursor(cursor);
    edit->ensureCursorVisible();
}

bool ProofDock::apply(const Located &located)
{
    if (!located.finding.suggestion)
        return false;
    const int length = located.finding.end - located.finding.start;
    if (!located.document) {
        Block image = m_editor->body()->imageAt(located.block);
        if (image.type != Block::Type::Image || image.credit.mid(located.finding.start, length) != located.found)
            return false; // the credit changed since the check
        image.credit.replace(located.finding.start, length, *located.finding.suggestion);
        m_editor->updateImage(located.block, image);
        return true;
    }
    const QTextBlock block = located.document->findBlockByNumber(located.block);
    if (block.text().mid(located.finding.start, length) != located.found)
        return false; // the text changed since the check
    QTextCursor cursor(block);
    cursor.setPosition(block.position() + located.finding.start);
    cursor.setPosition(block.position() + located.finding.end, QTextCursor::KeepAnchor);
    cursor.insertText(*located.finding.suggestion);
    return true;
}

void ProofDock::applySelected()
{
    if (m_editor->isReadOnly())
        return;
    if (const Located *located = selected()) {
        apply(*located);
        refresh();
    }
}

void ProofDock::applyAllOfRule()
{
    const QString rule = selectedRule();
    if (rule.isEmpty() || m_editor->isReadOnly())
        return;
    // From the last finding back, so the earlier ones' offsets hold; every field's edits in one
    // undo step.
    if (m_undo)
        m_undo->beginMacro(tr("Apply All: %1").arg(ProofEngine::ruleName(rule)));
    for (auto it = m_findings.crbegin(); it != m_findings.crend(); ++it) {
        if (it->finding.rule == rule)
            apply(*it);
    }
    if (m_undo)
        m_undo->endMacro();
    refresh();
}

void ProofDock::ignoreSelected()
{
    if (const Located *located = selected()) {
        m_ignores.add(located->finding.rule, located->found);
        saveIgnores();
    }
}

void ProofDock::restoreIgnored()
{
    m_ignores.clear();
    saveIgnores();
}

void ProofDock::addSelectedToDictionary()
{
    const Located *located = selected();
    if (!located || located->finding.rule != QLatin1String("spelling") || !m_store || !m_store->isOpen())
        return;
    const QString key = QString::fromLatin1(ProofOptions::UserWordsSetting);
    QStringList words = m_store->setting(key).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (!words.contains(located->found))
        words << located->found;
    QString error;
    if (!m_store->setSetting(key, words.join(QLatin1Char('\n')), &error)) {
        m_status->setText(tr("“%1” was not added to your dictionary: %2").arg(located->found, error));
        return;
    }
    reload();
}

void ProofDock::saveIgnores()
{
    QString error;
    if (m_store && m_store->isOpen() && !m_uuid.isEmpty()
        && !m_store->setSetting(ProofIgnores::settingKey(m_uuid), m_ignores.toSetting(), &error))
        m_status->setText(tr("Ignored for now, but not remembered for this article: %1").arg(error));
    rehighlight();
    refresh();
}

void ProofDock::rehighlight()
{
    m_editor->restyle([this] {
        for (ProofHighlighter *highlighter : std::as_const(m_highlighters))
            highlighter->rehighlight();
    });
}

void ProofDock::updateButtons()
{
    const Located *located = selected();
    const bool editable = !m_editor->isReadOnly();
    m_apply->setEnabled(editable && located && located->finding.suggestion);
    m_ignore->setEnabled(located != nullptr);
    m_applyAll->setEnabled(editable && !selectedRule().isEmpty());
    m_restore->setEnabled(!m_ignores.isEmpty());
    m_addWord->setVisible(located && located->finding.rule == QLatin1String("spelling"));
    m_restore->setText(m_ignores.isEmpty() ? tr("Show I&gnored") : tr("Show I&gnored (%1)").arg(m_ignores.size()));
}

} // namespace copydesk
