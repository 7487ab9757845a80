#pragma once

#include "server/serveraudit.h"

#include <QWidget>

class QListWidget;

namespace copydesk {

// The History dock's newsroom section: the open article's audit trail on the server (status
// changes with 签发, take-overs, kept conflicts), newest first; hidden while not connected.
class AuditTrail : public QWidget
{
    Q_OBJECT

public:
    explicit AuditTrail(QWidget *parent = nullptr);

    void setEntries(const QList<ServerAudit::Entry> &entries);
    // One line: when, who, what.
    static QString describe(const ServerAudit::Entry &entry);
    QStringList lines() const;

private:
    QListWidget *m_list;
};

} // namespace copydesk
