#pragma once

#include <QObject>

class QAction;
class QLabel;
class QStatusBar;
class QTimer;
class QWidget;

namespace copydesk {

class ArticleEditor;
class AuditTrail;
class EditLease;
class NewsroomLink;
class NoticeBar;

// The newsroom in the main window: the status bar's 在线/离线/同步中 with counts, the connect
// dialog, the open article's lease, a sync shortly after each local save. With no server set
// it shows nothing and does nothing.
class NewsroomDesk : public QObject
{
    Q_OBJECT

public:
    NewsroomDesk(const QString &storePath, ArticleEditor *editor, QWidget *details, NoticeBar *leaseNotice,
                 QStatusBar *statusBar, QWidget *window);

    NewsroomLink *link() const { return m_link; }
    EditLease *lease() const { return m_lease; }
    void showConnectDialog();
    // The History dock's section with the open article's audit trail on the server.
    AuditTrail *auditTrail() const { return m_audit; }
    // 待审: the article list filtered to the articles waiting for review.
    QAction *reviewQueueAction() const { return m_reviewQueue; }
    // 签发: the open article's status set to approved (one undoable edit), for the chief editor;
    // the server refuses it from anyone else.
    QAction *approveAction() const { return m_approve; }
    // The window shows another article (empty: none).
    void articleOpened(const QString &uuid);
    // The autosaver wrote: pushed within a couple of seconds.
    void saved();

private:
    void showStatus();
    void updateActions();
    void approve();
    void showReviewQueue();
    void showTeamColumns(bool shown);

    QWidget *m_window;
    QWidget *m_details;
    QString m_uuid;
    NewsroomLink *m_link;
    EditLease *m_lease;
    QLabel *m_status;
    QStatusBar *m_statusBar;
    QTimer *m_pushDelay;
    AuditTrail *m_audit;
    QAction *m_reviewQueue;
    QAction *m_approve;
};

} // namespace copydesk
