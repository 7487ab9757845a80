#pragma once

#include "model/revisioninfo.h"

#include <QFutureWatcher>
#include <QList>
#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QTextBrowser;
class QVBoxLayout;

namespace copydesk {

class Store;

// The History dock: an article's stored versions and status changes, a side-by-side diff of the
// selected version against the article as stored now, and restoring a version.
class HistoryPanel : public QWidget
{
    Q_OBJECT

public:
    explicit HistoryPanel(Store *store, QWidget *parent = nullptr);

    // 0 clears the panel.
    void setArticle(qint64 id);
    // Another list under the status changes (the newsroom server's audit trail).
    void addSection(QWidget *section);
    qint64 articleId() const { return m_articleId; }
    // Re-reads the versions and re-compares against the stored article; call it after the
    // article was saved or a revision was added. While the panel is hidden this only marks it
    // stale (it refreshes when shown). The diff is computed on a pool thread.
    void refresh();

    // Newest first, as listed.
    QList<RevisionInfo> revisions() const { return m_revisionInfos; }
    qint64 selectedRevision() const;
    bool selectRevision(qint64 revisionId);
    // The "Restore This Version" button: asks for confirmation, then emits aboutToRestore(),
    // restores the selected version (Store::restoreRevision keeps the current state as a
    // "before restore" revision first), refreshes and emits restored(). A failure is shown in
    // the panel.
    void restoreSelected();
    // Read-only article (someone else holds it): versions and diffs only, no restore.
    void setReadOnly(bool readOnly);

signals:
    // Emitted synchronously just before the store is changed. The receiver must flush any
    // pending autosave of the article (Autosaver::flush) before returning, or the restore is
    // overwritten by a late autosave and the "before restore" snapshot misses the last edits.
    void aboutToRestore(qint64 articleId);
    // The stored article now has the restored content; reload it into the editor.
    void restored(qint64 articleId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    struct Panes
    {
        quint64 generation = 0;
        qint64 revisionId = 0;
        QString revision;
        QString current;
    };

    void reload();
    void showSelected();
    void showPanes();
    void clearPanes(const QString &placeholder);
    void showProblem(const QString &problem);
    void syncScroll(QTextBrowser *from, QTextBrowser *to);

    Store *m_store;
    qint64 m_articleId = 0;
    bool m_stale = false;
    QList<RevisionInfo> m_revisionInfos;
    QListWidget *m_revisions;
    QListWidget *m_statusChanges;
    QVBoxLayout *m_listLayout;
    QLabel *m_revisionTitle;
    QLabel *m_currentTitle;
    QTextBrowser *m_revisionPane;
    QTextBrowser *m_currentPane;
    QLabel *m_problem;
    QPushButton *m_restore;
    QFutureWatcher<Panes> m_diff;
    quint64 m_generation = 0;
    qint64 m_shownRevision = 0;
    bool m_syncing = false;
    bool m_readOnly = false;
};

} // namespace copydesk
