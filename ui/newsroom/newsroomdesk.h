#pragma once

#include <QObject>

class QLabel;
class QStatusBar;
class QTimer;
class QWidget;

namespace copydesk {

class ArticleEditor;
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
    // The window shows another article (empty: none).
    void articleOpened(const QString &uuid);
    // The autosaver wrote: pushed within a couple of seconds.
    void saved();

private:
    void showStatus();

    QWidget *m_window;
    NewsroomLink *m_link;
    EditLease *m_lease;
    QLabel *m_status;
    QStatusBar *m_statusBar;
    QTimer *m_pushDelay;
};

} // namespace copydesk
