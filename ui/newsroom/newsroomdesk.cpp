#include "newsroom/newsroomdesk.h"

#include "mainwindow/articlelistpane.h"
#include "model/article.h"
#include "models/articlelistmodel.h"
#include "newsroom/audittrail.h"
#include "newsroom/connectdialog.h"
#include "newsroom/editlease.h"
#include "newsroom/newsroomlink.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QTimer>
#include <QTreeView>

namespace copydesk {

NewsroomDesk::NewsroomDesk(const QString &storePath, ArticleEditor *editor, QWidget *details,
                           NoticeBar *leaseNotice, QStatusBar *statusBar, QWidget *window)
    : QObject(window), m_window(window), m_details(details), m_link(new NewsroomLink(storePath, this)),
      m_lease(new EditLease(m_link, editor, details, leaseNotice, this)), m_status(new QLabel(window)),
      m_statusBar(statusBar), m_pushDelay(new QTimer(this)), m_audit(new AuditTrail(window)),
      m_reviewQueue(new QAction(tr("Waiting for &Review"), this)),
      m_approve(new QAction(tr("&Approve for Publication"), this))
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
    m_audit->hide();
    connect(m_link, &NewsroomLink::auditRead, this,
            [this](const QString &uuid, const QList<ServerAudit::Entry> &entries) {
        if (uuid != m_uuid)
            return;
        m_audit->setEntries(entries);
        m_audit->show();
    });
    connect(m_link, &NewsroomLink::boardRead, this, [this](const ServerBoard::Rows &board) {
        if (auto *pane = m_window->findChild<ArticleListPane *>()) {
            if (auto *model = qobject_cast<ArticleListModel *>(pane->view()->model()))
                model->setBoard(board);
        }
        showTeamColumns(true);
    });
    showTeamColumns(false);
    m_reviewQueue->setObjectName(QStringLiteral("reviewQueueAction"));
    connect(m_reviewQueue, &QAction::triggered, this, &NewsroomDesk::showReviewQueue);
    m_approve->setObjectName(QStringLiteral("approveAction"));
    connect(m_approve, &QAction::triggered, this, &NewsroomDesk::approve);
    connect(m_link, &NewsroomLink::identified, this, &NewsroomDesk::updateActions);
    connect(m_lease, &EditLease::readOnlyChanged, this, &NewsroomDesk::updateActions);
    auto *status = m_details->findChild<QComboBox *>(QStringLiteral("statusCombo"));
    connect(status, &QComboBox::currentIndexChanged, this, &NewsroomDesk::updateActions);
    updateActions();
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
    if (uuid != m_uuid)
        m_audit->setEntries({});
    m_uuid = uuid;
    m_lease->articleOpened(uuid);
    updateActions();
}

void NewsroomDesk::updateActions()
{
    auto *status = m_details->findChild<QComboBox *>(QStringLiteral("statusCombo"));
    const bool approved = status->currentData().toInt() == int(Article::Status::Approved);
    m_approve->setEnabled(m_link->isActive() && m_link->role() == QLatin1String("chief") && !m_uuid.isEmpty()
                          && !m_lease->isReadOnly() && !approved);
    // Only the chief files beyond 待审 (the server's copydesk_may_file): the other statuses stay in
    // the list, not offered, so nobody picks one the server would refuse.
    const QString role = m_link->isActive() ? m_link->role() : QString();
    if (auto *items = qobject_cast<QStandardItemModel *>(status->model())) {
        for (int i = 0; i < status->count(); ++i) {
            const int value = status->itemData(i).toInt();
            const bool offered = role.isEmpty() || role == QLatin1String("chief")
                || value == int(Article::Status::Draft) || value == int(Article::Status::Review);
            if (QStandardItem *item = items->item(i)) {
                item->setEnabled(offered);
                item->setToolTip(offered ? QString() : tr("Only the chief editor sets this status."));
            }
        }
    }
}

void NewsroomDesk::approve()
{
    // Through the details panel, so that it is one step on the window's undo stack.
    auto *status = m_details->findChild<QComboBox *>(QStringLiteral("statusCombo"));
    status->setCurrentIndex(status->findData(int(Article::Status::Approved)));
}

void NewsroomDesk::showTeamColumns(bool shown)
{
    auto *pane = m_window->findChild<ArticleListPane *>();
    if (!pane)
        return;
    for (int column : {ArticleListModel::HolderColumn, ArticleListModel::LastEditorColumn}) {
        if (pane->view()->isColumnHidden(column) == shown) {
            pane->view()->setColumnHidden(column, !shown);
            if (shown)
                pane->view()->resizeColumnToContents(column);
        }
    }
}

void NewsroomDesk::showReviewQueue()
{
    if (auto *filter = m_window->findChild<QComboBox *>(QStringLiteral("statusFilter")))
        filter->setCurrentIndex(filter->findData(int(Article::Status::Review)));
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
    if (auto *pane = m_window->findChild<ArticleListPane *>()) {
        if (auto *model = qobject_cast<ArticleListModel *>(pane->view()->model()))
            model->setConflicts(m_link->isActive() ? m_link->conflictedArticles() : QList<qint64>());
    }
    if (!m_link->isActive()) {
        m_audit->hide();
        showTeamColumns(false);
    }
    updateActions();
    if (!m_link->lastError().isEmpty() && m_link->state() == SyncWorker::State::Online)
        m_statusBar->showMessage(m_link->lastError(), 10000); // a refusal, or why the sync stopped
}

} // namespace copydesk
