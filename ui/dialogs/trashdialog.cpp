#include "dialogs/trashdialog.h"

#include "store/store.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace copydesk {

namespace {

constexpr int IdRole = Qt::UserRole;

QString localTime(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat) : QString();
}

} // namespace

TrashDialog::TrashDialog(Store *store, QWidget *parent)
    : QDialog(parent),
      m_store(store),
      m_list(new QTreeWidget),
      m_problem(new QLabel),
      m_restore(new QPushButton(tr("&Restore"))),
      m_purge(new QPushButton(tr("&Delete Forever…"))),
      m_empty(new QPushButton(tr("&Empty Trash…")))
{
    setWindowTitle(tr("Trash"));
    m_list->setObjectName(QStringLiteral("trashList"));
    m_list->setAccessibleName(tr("Deleted articles"));
    m_list->setHeaderLabels({tr("Title"), tr("Deleted"), tr("Deleted for good on")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setStretchLastSection(false);

    auto *note = new QLabel(tr("Articles stay in the trash for %n day(s) after they were deleted; "
                               "then they are deleted for good.",
                               nullptr, Store::TrashDays));
    note->setWordWrap(true);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_problem->hide();

    m_restore->setObjectName(QStringLiteral("restoreButton"));
    m_purge->setObjectName(QStringLiteral("purgeButton"));
    m_empty->setObjectName(QStringLiteral("emptyButton"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->addButton(m_restore, QDialogButtonBox::ActionRole);
    buttons->addButton(m_purge, QDialogButtonBox::ActionRole);
    buttons->addButton(m_empty, QDialogButtonBox::ActionRole);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addWidget(note);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_restore, &QPushButton::clicked, this, &TrashDialog::restoreSelected);
    connect(m_purge, &QPushButton::clicked, this, &TrashDialog::purgeSelected);
    connect(m_empty, &QPushButton::clicked, this, &TrashDialog::emptyTrash);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &TrashDialog::updateButtons);
    auto *deleteKey = new QShortcut(QKeySequence::Delete, m_list);
    deleteKey->setContext(Qt::WidgetShortcut);
    connect(deleteKey, &QShortcut::activated, this, &TrashDialog::purgeSelected);

    resize(680, 420);
    refresh();
}

void TrashDialog::refresh()
{
    QString error;
    const QList<ArticleSummary> trash = m_store->listTrash(&error);
    m_list->clear();
    for (const ArticleSummary &summary : trash) {
        const QString title = summary.title.trimmed().isEmpty() ? tr("(untitled)") : summary.title;
        auto *item = new QTreeWidgetItem(
            m_list, {title, localTime(summary.deleted),
                     localTime(summary.deleted.addDays(Store::TrashDays))});
        item->setData(0, IdRole, summary.id);
        item->setToolTip(0, title);
    }
    showProblems(error.isEmpty() ? QStringList() : QStringList{error});
    updateButtons();
}

QList<qint64> TrashDialog::articleIds() const
{
    QList<qint64> ids;
    for (int row = 0; row < m_list->topLevelItemCount(); ++row)
        ids.append(m_list->topLevelItem(row)->data(0, IdRole).toLongLong());
    return ids;
}

bool TrashDialog::selectArticles(const QList<qint64> &ids)
{
    m_list->clearSelection();
    int found = 0;
    for (int row = 0; row < m_list->topLevelItemCount(); ++row) {
        QTreeWidgetItem *item = m_list->topLevelItem(row);
        if (ids.contains(item->data(0, IdRole).toLongLong())) {
            item->setSelected(true);
            ++found;
        }
    }
    return found == ids.size();
}

void TrashDialog::restoreSelected()
{
    QStringList problems;
    QList<qint64> done;
    for (qint64 id : selectedIds()) {
        QString error;
        if (m_store->restoreArticle(id, &error))
            done.append(id);
        else
            problems.append(error);
    }
    refresh();
    if (!problems.isEmpty())
        showProblems(problems);
    for (qint64 id : std::as_const(done))
        emit restored(id);
}

void TrashDialog::purgeSelected()
{
    const QList<qint64> ids = selectedIds();
    if (!ids.isEmpty() && confirmPurge(ids))
        purge(ids);
}

void TrashDialog::emptyTrash()
{
    const QList<qint64> ids = articleIds();
    if (!ids.isEmpty() && confirmPurge(ids))
        purge(ids);
}

QList<qint64> TrashDialog::selectedIds() const
{
    QList<qint64> ids;
    for (int row = 0; row < m_list->topLevelItemCount(); ++row) {
        const QTreeWidgetItem *item = m_list->topLevelItem(row);
        if (item->isSelected())
            ids.append(item->data(0, IdRole).toLongLong());
    }
    return ids;
}

bool TrashDialog::confirmPurge(const QList<qint64> &ids)
{
    QString text = tr("Delete %n article(s) forever?", nullptr, int(ids.size()));
    if (ids.size() == 1) {
        for (int row = 0; row < m_list->topLevelItemCount(); ++row) {
            const QTreeWidgetItem *item = m_list->topLevelItem(row);
            if (item->data(0, IdRole).toLongLong() == ids.first())
                text = tr("Delete “%1” forever?").arg(item->text(0));
        }
    }
    QMessageBox box(QMessageBox::Warning, tr("Delete Forever"), text, QMessageBox::NoButton, this);
    box.setTextFormat(Qt::PlainText);
    box.setInformativeText(tr("This cannot be undone: deleted articles are removed from the store "
                              "with all their earlier versions."));
    QPushButton *remove = box.addButton(tr("Delete Forever"), QMessageBox::DestructiveRole);
    box.setDefaultButton(box.addButton(QMessageBox::Cancel));
    box.exec();
    return box.clickedButton() == remove;
}

void TrashDialog::purge(const QList<qint64> &ids)
{
    QStringList problems;
    QList<qint64> done;
    for (qint64 id : ids) {
        QString error;
        if (m_store->purgeArticle(id, &error))
            done.append(id);
        else
            problems.append(error);
    }
    refresh();
    if (!problems.isEmpty())
        showProblems(problems);
    for (qint64 id : std::as_const(done))
        emit purged(id);
}

void TrashDialog::updateButtons()
{
    const bool selected = !m_list->selectedItems().isEmpty();
    m_restore->setEnabled(selected);
    m_purge->setEnabled(selected);
    m_empty->setEnabled(m_list->topLevelItemCount() > 0);
}

void TrashDialog::showProblems(const QStringList &problems)
{
    m_problem->setText(problems.join(QLatin1Char('\n')));
    m_problem->setVisible(!problems.isEmpty());
}

} // namespace copydesk
