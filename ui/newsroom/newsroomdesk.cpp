#include "newsroom/newsroomdesk.h"

#include "newsroom/connectdialog.h"
#include "newsroom/editlease.h"
#include "newsroom/newsroomlink.h"

#include <QLabel>
#include <QStatusBar>
#include <QTimer>

namespace copydesk {

NewsroomDesk::NewsroomDesk(const QString &storePath, ArticleEditor *editor, QWidget *details,
                           NoticeBar *leaseNotice, QStatusBar *statusBar, QWidget *window)
    : QObject(window), m_window(window), m_link(new NewsroomLink(storePath, this)),
      m_lease(new EditLease(m_link, editor, details, leaseNotice, this)), m_status(new QLabel(window)),
      m_statusBar(statusBar), m_pushDelay(new QTimer(this))
{
    setObjectName(QStringLiteral("newsroomDesk"));
    m_status->setObjectName(QStringLiteral("newsroomStatus"));
    m_status->hide();
    statusBar->addPermanentWidget(m_status);
    connect(m_link, &NewsroomLink::statusChanged, this, &NewsroomDesk::showStatus);
    connect(m_link, &NewsroomLink::notice, this, [this](const QString &text) { m_statusBar->showMessage(text, 15000); });
    m_pushDelay->setSingleShot(true);
    m_pushDelay->setInterval(2000);
    connect(m_pushDelay, &QTimer::timeout, m_link, &NewsroomLink::syncNow);
    // After the window is up: the keychain may take a moment to answer.
    QTimer::singleShot(0, m_link, [this] { m_link->connectToServer(); });
}

void NewsroomDesk::showConnectDialog()
{
    auto *dialog = new ConnectDialog(m_link, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->show();
}

void NewsroomDesk::articleOpened(const QString &uuid)
{
    m_lease->articleOpened(uuid);
}

void NewsroomDesk::saved()
{
    if (m_link->isActive())
        m_pushDelay->start();
}

void NewsroomDesk::showStatus()
{
    const QString text = m_link->statusText();
    m_status->setText(text);
    m_status->setToolTip(m_link->lastError());
    m_status->setVisible(!text.isEmpty());
    if (!m_link->lastError().isEmpty() && m_link->state() == SyncWorker::State::Online)
        m_statusBar->showMessage(m_link->lastError(), 10000); // a refusal by the server, one line
}

} // namespace copydesk
