#include "server/serveraudit.h"

#include "postgres/pgquery.h"
#include "postgres/pgresult.h"

namespace copydesk {

bool ServerAudit::trail(const QString &uuid, int limit, QList<Entry> *entries, QString *error)
{
    entries->clear();
    PgResult result;
    QString why;
    if (!PgQuery(QStringLiteral(
                     "SELECT to_char(t.at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"'), "
                     "coalesce(nullif(u.display_name, ''), t.actor), t.action, coalesce(t.old_status, ''), "
                     "coalesce(t.new_status, ''), coalesce(t.revision_id, 0), "
                     "coalesce(nullif(d.display_name, ''), t.detail) "
                     "FROM audit t JOIN articles a ON a.id = t.article_id "
                     "LEFT JOIN users u ON u.login = t.actor "
                     "LEFT JOIN users d ON t.action IN ('takeover', 'lease after expiry') AND d.login = t.detail "
                     "WHERE a.uuid = $1::uuid ORDER BY t.id DESC LIMIT $2"))
             .bind(uuid).bind(qint64(limit)).exec(m_db, &result, &why)) {
        if (error)
            *error = tr("reading the audit trail: %1").arg(why);
        return false;
    }
    for (int row = 0; row < result.rows(); ++row) {
        Entry entry;
        entry.at = QDateTime::fromString(result.text(row, 0), Qt::ISODateWithMs);
        entry.actor = result.text(row, 1);
        entry.action = result.text(row, 2);
        entry.oldStatus = result.text(row, 3);
        entry.newStatus = result.text(row, 4);
        entry.revision = result.int64(row, 5);
        entry.detail = result.text(row, 6);
        entries->append(entry);
    }
    return true;
}

} // namespace copydesk
