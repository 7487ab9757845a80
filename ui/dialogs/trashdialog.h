#pragma once

#include <QDialog>
#include <QList>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace copydesk {

class Store;

// The trash: deleted articles with when they were deleted; restore them, or delete them for
// good (one, several or all) after confirmation.
class TrashDialog : public QDialog
{
    Q_OBJECT

public:
    explicit TrashDialog(Store *store, QWidget *parent = nullptr);

    // Re-reads the trash (the dialog reads it once when created).
    void refresh();
    // Ids as listed, most recently deleted first.
    QList<qint64> articleIds() const;
    // Replaces the selection; false when an id is not listed.
    bool selectArticles(const QList<qint64> &ids);
    // The Restore button: moves the selected articles out of the trash.
    void restoreSelected();
    // The Delete Forever button: asks for confirmation, then purges the selected articles.
    void purgeSelected();
    // The Empty Trash button: asks for confirmation, then purges every listed article.
    void emptyTrash();

signals:
    // Emitted once per article, after it left the trash: refresh the article list.
    void restored(qint64 articleId);
    // Emitted once per article, after it was deleted for good with its history.
    void purged(qint64 articleId);

private:
    QList<qint64> selectedIds() const;
    bool confirmPurge(const QList<qint64> &ids);
    void purge(const QList<qint64> &ids);
    void updateButtons();
    void showProblems(const QStringList &problems);

    Store *m_store;
    QTreeWidget *m_list;
    QLabel *m_problem;
    QPushButton *m_restore;
    QPushButton *m_purge;
    QPushButton *m_empty;
};

} // namespace copydesk
