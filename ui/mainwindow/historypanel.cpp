#include "mainwindow/historypanel.h"

#include "model/article.h"
#include "model/articlediff.h"
#include "store/store.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <algorithm>
#include <utility>

namespace copydesk {

namespace {

// Beyond colour, deletions are struck through and insertions underlined.
const QString DeletedStyle =
    QStringLiteral("text-decoration: line-through; background-color: #ffd7d5; color: #82071e;");
const QString InsertedStyle =
    QStringLiteral("text-decoration: underline; background-color: #ccffd8; color: #055d20;");
const QString MutedStyle = QStringLiteral("color: #6e7781;");
constexpr int CollapsedChars = 160;

QString localTime(const QDateTime &time)
{
    const QDateTime local = time.toLocalTime();
    return QLocale().toString(local.date(), QLocale::ShortFormat) + QLatin1Char(' ')
        + local.time().toString(QStringLiteral("HH:mm:ss"));
}

// Article text as pane HTML: always escaped, never markup. Line breaks are kept; a changed one
// is shown as ¶ so that an added or removed paragraph break is visible.
QString paneText(const QString &text, bool changed = false)
{
    QString html = text.toHtmlEscaped();
    html.replace(QLatin1Char('\n'), changed ? QStringLiteral("¶<br/>") : QStringLiteral("<br/>"));
    return html;
}

QString collapsed(const QString &text)
{
    if (text.size() <= CollapsedChars)
        return text;
    qsizetype cut = CollapsedChars;
    if (text.at(cut - 1).isHighSurrogate())
        --cut;
    return text.left(cut) + QStringLiteral("…");
}

QString heading(const QString &label, const QString &style)
{
    return QStringLiteral("<p style=\"margin-top: 10px; margin-bottom: 2px; ") + style
        + QStringLiteral("\">") + label.toHtmlEscaped() + QStringLiteral("</p>");
}

QString paragraph(const QString &html, const QString &style = {})
{
    return QStringLiteral("<p style=\"margin: 0; white-space: pre-wrap; ") + style
        + QStringLiteral("\">") + html + QStringLiteral("</p>");
}

QString span(const QString &style, const QString &html)
{
    return QStringLiteral("<span style=\"") + style + QStringLiteral("\">") + html
        + QStringLiteral("</span>");
}

// The two panes' HTML: the revision's fields on the left with deletions marked, the current
// ones on the right with insertions marked; unchanged fields greyed and shortened.
std::pair<QString, QString> diffHtml(const Article &revision, const Article &current)
{
    QString left;
    QString right;
    bool anyChange = false;
    for (const ArticleDiff::Field &field : ArticleDiff::compare(revision, current)) {
        if (field.before.isEmpty() && field.after.isEmpty())
            continue;
        if (!field.changed()) {
            const QString html = heading(HistoryPanel::tr("%1 (unchanged)").arg(field.label), MutedStyle)
                + paragraph(paneText(collapsed(field.before)), MutedStyle);
            left += html;
            right += html;
            continue;
        }
        anyChange = true;
        const QString title = heading(field.label, QStringLiteral("font-weight: 600;"));
        const QString empty = span(MutedStyle, HistoryPanel::tr("(empty)").toHtmlEscaped());
        QString before = field.before.isEmpty() ? empty : QString();
        QString after = field.after.isEmpty() ? empty : QString();
        for (const TextDiff::Segment &segment : field.segments) {
            switch (segment.kind) {
            case TextDiff::Segment::Kind::Equal:
                before += paneText(segment.text);
                after += paneText(segment.text);
                break;
            case TextDiff::Segment::Kind::Deleted:
                before += span(DeletedStyle, paneText(segment.text, true));
                break;
            case TextDiff::Segment::Kind::Inserted:
                after += span(InsertedStyle, paneText(segment.text, true));
                break;
            }
        }
        left += title + paragraph(before);
        right += title + paragraph(after);
    }
    if (!anyChange) {
        const QString note = paragraph(
            HistoryPanel::tr("This version is the same as the article now.").toHtmlEscaped(), MutedStyle);
        left.prepend(note);
        right.prepend(note);
    }
    return {left, right};
}

} // namespace

HistoryPanel::HistoryPanel(Store *store, QWidget *parent)
    : QWidget(parent),
      m_store(store),
      m_revisions(new QListWidget),
      m_statusChanges(new QListWidget),
      m_revisionTitle(new QLabel),
      m_currentTitle(new QLabel),
      m_revisionPane(new QTextBrowser),
      m_currentPane(new QTextBrowser),
      m_problem(new QLabel),
      m_restore(new QPushButton(tr("Restore This Version")))
{
    m_revisions->setObjectName(QStringLiteral("revisions"));
    m_revisions->setAccessibleName(tr("Versions"));
    m_statusChanges->setObjectName(QStringLiteral("statusChanges"));
    m_statusChanges->setAccessibleName(tr("Status changes"));
    m_statusChanges->setSelectionMode(QAbstractItemView::NoSelection);
    m_statusChanges->setFocusPolicy(Qt::NoFocus);
    m_statusChanges->setMaximumHeight(m_statusChanges->fontMetrics().height() * 5);
    m_revisionPane->setObjectName(QStringLiteral("revisionPane"));
    m_revisionPane->setAccessibleName(tr("This version"));
    m_currentPane->setObjectName(QStringLiteral("currentPane"));
    m_currentPane->setAccessibleName(tr("The article now"));
    for (QTextBrowser *pane : {m_revisionPane, m_currentPane}) {
        pane->setOpenLinks(false);
        pane->setOpenExternalLinks(false);
    }
    for (QLabel *label : {m_revisionTitle, m_currentTitle, m_problem}) {
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
    }
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem->hide();
    m_restore->setObjectName(QStringLiteral("restoreButton"));
    m_restore->setEnabled(false);

    auto *lists = new QWidget;
    auto *listLayout = new QVBoxLayout(lists);
    m_listLayout = listLayout;
    listLayout->setContentsMargins(0, 0, 0, 0);
    auto *versionsLabel = new QLabel(tr("&Versions"));
    versionsLabel->setBuddy(m_revisions);
    listLayout->addWidget(versionsLabel);
    listLayout->addWidget(m_revisions, 1);
    listLayout->addWidget(new QLabel(tr("Status changes")));
    listLayout->addWidget(m_statusChanges);

    auto *diff = new QWidget;
    auto *diffLayout = new QVBoxLayout(diff);
    diffLayout->setContentsMargins(0, 0, 0, 0);
    auto *panes = new QSplitter(Qt::Horizontal);
    for (const auto &[title, pane] : {std::pair(m_revisionTitle, m_revisionPane), std::pair(m_currentTitle, m_currentPane)}) {
        auto *side = new QWidget;
        auto *sideLayout = new QVBoxLayout(side);
        sideLayout->setContentsMargins(0, 0, 0, 0);
        sideLayout->addWidget(title);
        sideLayout->addWidget(pane, 1);
        panes->addWidget(side);
    }
    diffLayout->addWidget(panes, 1);

    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(lists);
    splitter->addWidget(diff);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_restore);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_problem);
    layout->addLayout(buttons);

    connect(m_revisions, &QListWidget::currentRowChanged, this, &HistoryPanel::showSelected);
    connect(m_restore, &QPushButton::clicked, this, &HistoryPanel::restoreSelected);
    connect(&m_diff, &QFutureWatcher<Panes>::finished, this, &HistoryPanel::showPanes);
    connect(m_revisionPane->verticalScrollBar(), &QScrollBar::valueChanged, this,
            [this] { syncScroll(m_revisionPane, m_currentPane); });
    connect(m_currentPane->verticalScrollBar(), &QScrollBar::valueChanged, this,
            [this] { syncScroll(m_currentPane, m_revisionPane); });
    clearPanes(tr("Open an article to see its history."));
}

void HistoryPanel::addSection(QWidget *section)
{
    m_listLayout->addWidget(section);
}

void HistoryPanel::setArticle(qint64 id)
{
    m_articleId = id;
    {
        const QSignalBlocker blocker(m_revisions);
        m_revisions->clear();
    }
    m_statusChanges->clear();
    m_revisionInfos.clear();
    m_shownRevision = 0;
    refresh();
}

void HistoryPanel::refresh()
{
    // A dock tabbed behind another is moved out of sight, not hidden: isVisible() stays true.
    // Showing a diff of a long article takes tens of milliseconds, so only a panel in view does it.
    if (!isVisible() || visibleRegion().isEmpty()) {
        m_stale = true;
        return;
    }
    reload();
}

qint64 HistoryPanel::selectedRevision() const
{
    const QListWidgetItem *item = m_revisions->currentItem();
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

bool HistoryPanel::selectRevision(qint64 revisionId)
{
    for (int row = 0; row < m_revisions->count(); ++row) {
        if (m_revisions->item(row)->data(Qt::UserRole).toLongLong() == revisionId) {
            m_revisions->setCurrentRow(row);
            return true;
        }
    }
    return false;
}

void HistoryPanel::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_restore->setEnabled(!readOnly && m_articleId != 0 && selectedRevision() != 0);
}

void HistoryPanel::restoreSelected()
{
    const qint64 articleId = m_articleId;
    const qint64 revisionId = selectedRevision();
    if (m_readOnly || articleId == 0 || revisionId == 0)
        return;
    const QDateTime created = m_revisions->currentItem()->data(Qt::UserRole + 1).toDateTime();
    QMessageBox box(QMessageBox::Question, tr("Restore This Version"),
                    tr("Restore the version of %1?").arg(localTime(created)), QMessageBox::NoButton,
                    this);
    box.setTextFormat(Qt::PlainText);
    box.setInformativeText(
        tr("The article as it is now is kept in its history first, so you can go back to it."));
    QPushButton *restore = box.addButton(tr("Restore"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(restore);
    box.exec();
    if (box.clickedButton() != restore)
        return;

    emit aboutToRestore(articleId);
    QString error;
    const bool ok = m_store->restoreRevision(articleId, revisionId, nullptr, &error);
    reload();
    if (!ok) {
        showProblem(error);
        return;
    }
    emit restored(articleId);
}

void HistoryPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

void HistoryPanel::reload()
{
    m_stale = false;
    showProblem({});
    const qint64 keep = selectedRevision();
    QString error;
    {
        const QSignalBlocker blocker(m_revisions);
        m_revisions->clear();
        m_statusChanges->clear();
        m_revisionInfos.clear();
        if (m_articleId != 0) {
            m_revisionInfos = m_store->revisions(m_articleId, &error);
            for (const RevisionInfo &info : std::as_const(m_revisionInfos)) {
                auto *item = new QListWidgetItem(
                    tr("%1  %2").arg(localTime(info.created), Store::revisionReasonName(info.reason)),
                    m_revisions);
                item->setData(Qt::UserRole, info.id);
                item->setData(Qt::UserRole + 1, info.created);
                item->setToolTip(QLocale().toString(info.created.toLocalTime(), QLocale::LongFormat));
            }
            QList<StatusChange> changes = m_store->statusHistory(m_articleId, error.isEmpty() ? &error : nullptr);
            std::reverse(changes.begin(), changes.end());
            for (const StatusChange &change : std::as_const(changes)) {
                m_statusChanges->addItem(tr("%1  %2 → %3")
                                             .arg(localTime(change.changed),
                                                  Article::statusDisplayName(change.from),
                                                  Article::statusDisplayName(change.to)));
            }
        }
        if (!selectRevision(keep) && m_revisions->count() > 0)
            m_revisions->setCurrentRow(0);
    }
    if (m_statusChanges->count() == 0)
        m_statusChanges->addItem(tr("No status changes yet."));
    showSelected();
    if (!error.isEmpty())
        showProblem(error);
}

void HistoryPanel::showSelected()
{
    const qint64 revisionId = selectedRevision();
    m_restore->setEnabled(!m_readOnly && m_articleId != 0 && revisionId != 0);
    if (m_articleId == 0) {
        clearPanes(tr("Open an article to see its history."));
        return;
    }
    if (revisionId == 0) {
        clearPanes(m_revisions->count() == 0
                       ? tr("No earlier versions yet. Copydesk keeps one every few minutes while "
                            "you edit, and before each restore or deletion.")
                       : tr("Select a version to compare it with the article now."));
        return;
    }
    Article revision;
    Article current;
    QString error;
    if (!m_store->loadRevision(revisionId, &revision, &error)
        || !m_store->loadArticle(m_articleId, &current, &error)) {
        clearPanes({});
        showProblem(error);
        return;
    }
    const QDateTime created = m_revisions->currentItem()->data(Qt::UserRole + 1).toDateTime();
    m_revisionTitle->setText(tr("Version of %1").arg(localTime(created)));
    m_revisionTitle->setToolTip(m_revisions->currentItem()->text());
    m_currentTitle->setText(tr("Now"));
    const quint64 generation = ++m_generation;
    m_diff.setFuture(QtConcurrent::run([generation, revisionId, revision, current] {
        auto [left, right] = diffHtml(revision, current);
        return Panes{generation, revisionId, std::move(left), std::move(right)};
    }));
}

void HistoryPanel::showPanes()
{
    const Panes panes = m_diff.result();
    if (panes.generation != m_generation)
        return;
    // A refresh of the shown version (after an autosave) keeps the reading position.
    const bool same = panes.revisionId == m_shownRevision;
    const int revisionScroll = m_revisionPane->verticalScrollBar()->value();
    const int currentScroll = m_currentPane->verticalScrollBar()->value();
    m_syncing = true;
    m_revisionPane->setHtml(panes.revision);
    m_currentPane->setHtml(panes.current);
    if (same) {
        m_revisionPane->verticalScrollBar()->setValue(revisionScroll);
        m_currentPane->verticalScrollBar()->setValue(currentScroll);
    }
    m_syncing = false;
    m_shownRevision = panes.revisionId;
}

void HistoryPanel::clearPanes(const QString &placeholder)
{
    ++m_generation; // drops a diff still being computed
    m_shownRevision = 0;
    m_revisionTitle->clear();
    m_currentTitle->clear();
    for (QTextBrowser *pane : {m_revisionPane, m_currentPane}) {
        pane->clear();
        pane->setPlaceholderText(placeholder);
    }
    m_currentPane->setPlaceholderText({});
}

void HistoryPanel::showProblem(const QString &problem)
{
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
}

void HistoryPanel::syncScroll(QTextBrowser *from, QTextBrowser *to)
{
    if (m_syncing)
        return;
    m_syncing = true;
    const QScrollBar *source = from->verticalScrollBar();
    QScrollBar *target = to->verticalScrollBar();
    const int range = source->maximum() - source->minimum();
    const double fraction = range > 0 ? double(source->value() - source->minimum()) / range : 0.0;
    target->setValue(target->minimum() + qRound(fraction * (target->maximum() - target->minimum())));
    m_syncing = false;
}

} // namespace copydesk
