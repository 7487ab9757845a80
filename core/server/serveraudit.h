#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

namespace copydesk {

class PgConnection;

// An article's audit trail on the newsroom server, as the server's triggers wrote it: every
// status change (签发 with the revision approved), take-over of a lease and kept conflict.
class ServerAudit
{
    Q_DECLARE_TR_FUNCTIONS(ServerAudit)

public:
    struct Entry
    {
        QDateTime at;       // UTC
        QString actor;      // the display name, else the login
        QString action;     // status, takeover, lease after expiry, conflict
        QString oldStatus;  // status: the status names (draft, review, approved, ...)
        QString newStatus;
        qint64 revision = 0;
        QString detail;     // takeover: whose lease it was
    };

    explicit ServerAudit(PgConnection &db) : m_db(db) {}

    // Newest first, at most limit.
    bool trail(const QString &uuid, int limit, QList<Entry> *entries, QString *error);

private:
    PgConnection &m_db;
};

} // namespace copydesk

Q_DECLARE_METATYPE(copydesk::ServerAudit::Entry)
