#include "newsroom/editlease.h"

#include "editor/articleeditor.h"
#include "editor/noticebar.h"
#include "newsroom/newsroomlink.h"

namespace copydesk {

EditLease::EditLease(NewsroomLink *link, ArticleEditor *editor, QWidget *details, NoticeBar *notice,
                     QObject *parent)
    : QObject(parent), m_link(link), m_editor(editor), m_details(details), m_notice(notice)
{
    connect(m_link, &NewsroomLink::leaseChanged, this, &EditLease::leaseChanged);
    connect(m_notice, &NoticeBar::triggered, m_link, &NewsroomLink::takeOver);
    // Disconnected: nobody can be asked, the article is this desktop's to edit.
    connect(m_link, &NewsroomLink::statusChanged, this, [this] {
        if (!m_link->isActive() && m_readOnly) {
            setReadOnly(false);
            m_notice->hide();
        }
    });
}

void EditLease::articleOpened(const QString &uuid)
{
    if (uuid == m_uuid)
        return;
    m_uuid = uuid;
    setReadOnly(false);
    m_notice->hide();
    m_link->watchArticle(uuid);
}

void EditLease::leaseChanged(const QString &uuid, SyncWorker::Lease lease, const QString &holder,
                             const QString &error)
{
    if (uuid != m_uuid)
        return;
    if (lease == SyncWorker::Lease::Closed) {
        setReadOnly(true);
        m_notice->showNotice(NoticeBar::Kind::Information,
                             tr("You cannot change this article: %1. You see its changes as they arrive.")
                                 .arg(error),
                             {});
        return;
    }
    if (lease != SyncWorker::Lease::Other) {
        if (m_readOnly)
            m_notice->hide();
        setReadOnly(false);
        return;
    }
    setReadOnly(true);
    const bool mayTakeOver = m_link->role() == QLatin1String("editor") || m_link->role() == QLatin1String("chief");
    QString text = tr("%1 is editing this article. You see their changes as they arrive; it opens "
                      "for you when they close it.").arg(holder);
    if (!error.isEmpty())
        text = tr("%1 is editing this article; %2.").arg(holder, error);
    m_notice->showNotice(error.isEmpty() ? NoticeBar::Kind::Information : NoticeBar::Kind::Error, text,
                         mayTakeOver ? QStringList{tr("Take Over")} : QStringList{});
}

void EditLease::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_editor->setReadOnly(readOnly); // the panels, docks and menus follow the editor
    m_details->setEnabled(!readOnly);
    emit readOnlyChanged();
}

} // namespace copydesk
