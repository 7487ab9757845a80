#include "newsroom/audittrail.h"

#include "model/article.h"

#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QVBoxLayout>

namespace copydesk {

namespace {

QString statusName(const QString &name)
{
    Article::Status status = Article::Status::Draft;
    return Article::statusFromName(name, &status) ? Article::statusDisplayName(status) : name;
}

} // namespace

AuditTrail::AuditTrail(QWidget *parent) : QWidget(parent), m_list(new QListWidget(this))
{
    setObjectName(QStringLiteral("auditTrail"));
    m_list->setObjectName(QStringLiteral("auditList"));
    m_list->setAccessibleName(tr("Newsroom audit trail"));
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_list->setFocusPolicy(Qt::NoFocus);
    m_list->setMaximumHeight(m_list->fontMetrics().height() * 6);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("On the newsroom server"), this));
    layout->addWidget(m_list);
}

void AuditTrail::setEntries(const QList<ServerAudit::Entry> &entries)
{
    m_list->clear();
    for (const ServerAudit::Entry &entry : entries)
        m_list->addItem(describe(entry));
}

QStringList AuditTrail::lines() const
{
    QStringList lines;
    for (int row = 0; row < m_list->count(); ++row)
        lines.append(m_list->item(row)->text());
    return lines;
}

QString AuditTrail::describe(const ServerAudit::Entry &entry)
{
    QString what;
    if (entry.action == QLatin1String("status") && entry.oldStatus.isEmpty())
        what = tr("%1 put it on the server as %2").arg(entry.actor, statusName(entry.newStatus));
    else if (entry.action == QLatin1String("status") && entry.newStatus == QLatin1String("approved"))
        what = tr("%1 approved it for publication (revision %2)").arg(entry.actor).arg(entry.revision);
    else if (entry.action == QLatin1String("status"))
        what = tr("%1 moved it from %2 to %3").arg(entry.actor, statusName(entry.oldStatus), statusName(entry.newStatus));
    else if (entry.action == QLatin1String("takeover"))
        what = tr("%1 took over editing from %2").arg(entry.actor, entry.detail);
    else if (entry.action == QLatin1String("lease after expiry"))
        what = tr("%1 took over editing after %2's lease expired").arg(entry.actor, entry.detail);
    else if (entry.action == QLatin1String("trashed"))
        what = tr("%1 moved it to the trash").arg(entry.actor);
    else if (entry.action == QLatin1String("restored"))
        what = tr("%1 took it out of the trash").arg(entry.actor);
    else if (entry.action == QLatin1String("conflict"))
        what = tr("%1's edit was kept beside a newer one (revision %2)").arg(entry.actor).arg(entry.revision);
    else
        what = QStringLiteral("%1: %2").arg(entry.actor, entry.action);
    // As the History's own versions are shown: the locale's short date, then the time.
    const QDateTime local = entry.at.toLocalTime();
    return QStringLiteral("%1 %2  %3")
        .arg(QLocale().toString(local.date(), QLocale::ShortFormat), local.time().toString(QStringLiteral("HH:mm:ss")),
             what);
}

} // namespace copydesk
