#include "server/serverleases.h"

#include "model/article.h"
#include "postgres/pgconnection.h"
#include "postgres/pgquery.h"
#include "postgres/pgresult.h"

namespace copydesk {

namespace {

const QString Duration = QStringLiteral(
    "now() + make_interval(secs => (SELECT value::double precision FROM server_settings "
    "WHERE key = 'lease_seconds'))");
const QString LeaseColumns = QStringLiteral(
    "a.uuid::text, a.title, l.holder, coalesce(u.display_name, ''), l.session, "
    "to_char(l.expires AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"'), l.expires < now() "
    "FROM leases l JOIN articles a ON a.id = l.article_id LEFT JOIN users u ON u.login = l.holder");

ServerLeases::Lease readLease(const PgResult &result, int row)
{
    ServerLeases::Lease lease;
    lease.uuid = result.text(row, 0);
    lease.title = result.text(row, 1);
    lease.holder = result.text(row, 2);
    lease.holderName = result.text(row, 3);
    lease.session = result.text(row, 4);
    lease.expires = QDateTime::fromString(result.text(row, 5), Qt::ISODateWithMs);
    lease.expired = result.boolean(row, 6);
    return lease;
}

} // namespace

bool ServerLeases::take(const QString &uuid, const QString &session, bool force, Take *outcome,
                        Lease *lease, QString *error)
{
    *outcome = Take::Refused;
    PgResult result;
    QString why;
    if (!PgQuery(QStringLiteral("SELECT copydesk_may_edit(a.owner, a.status), a.status, "
                                "a.owner::text, coalesce(nullif(u.display_name, ''), a.owner::text) FROM articles a "
                                "LEFT JOIN users u ON u.login = a.owner WHERE a.uuid = $1::uuid"))
             .bind(uuid).exec(m_db, &result, &why)) {
        if (error)
            *error = tr("taking the lease: %1").arg(why);
        return false;
    }
    if (result.rows() == 0) {
        if (error)
            *error = tr("taking the lease: the server has no article %1 (sync it first)").arg(uuid);
        return false;
    }
    lease->uuid = uuid;
    lease->status = result.text(0, 1);
    lease->owner = result.text(0, 2);
    lease->ownerName = result.text(0, 3);
    if (!result.boolean(0, 0)) {
        *outcome = Take::NotAllowed;
        return release(uuid, session, error);
    }
    // Row-level security hides the rows this login may not update: the WHERE only narrows it.
    if (!PgQuery(QStringLiteral("UPDATE leases SET holder = session_user, session = $2, taken = now(), "
                                "expires = %1 WHERE article_id = (SELECT id FROM articles WHERE uuid = $1::uuid) "
                                "AND ((holder = session_user AND session = $2) OR expires < now() OR $3) "
                                "RETURNING 1").arg(Duration))
             .bind(uuid).bind(session).bind(force).exec(m_db, &result, &why)) {
        if (error)
            *error = tr("taking the lease: %1").arg(why);
        return false;
    }
    if (result.rows() == 0
        && !PgQuery(QStringLiteral("INSERT INTO leases (article_id, holder, session, expires) "
                                   "SELECT id, session_user, $2, %1 FROM articles WHERE uuid = $1::uuid "
                                   "ON CONFLICT (article_id) DO NOTHING RETURNING 1").arg(Duration))
                .bind(uuid).bind(session).exec(m_db, &result, &why)) {
        if (error)
            *error = tr("taking the lease: %1").arg(why);
        return false;
    }
    const bool taken = result.rows() == 1;
    const Lease access = *lease;
    bool found = false;
    if (!holder(uuid, lease, &found, error))
        return false;
    lease->status = access.status;
    lease->owner = access.owner;
    lease->ownerName = access.ownerName;
    if (found)
        *outcome = taken ? Take::Taken : (force ? Take::Refused : Take::Held);
    return true; // not found: refused, the article is there and the lease was not given
}

QString ServerLeases::whyNotAllowed(const QString &role, const QString &login, const Lease &lease)
{
    Article::Status status = Article::Status::Draft;
    const QString shown = Article::statusFromName(lease.status, &status) ? Article::statusDisplayName(status)
                                                                         : lease.status;
    if (role == QLatin1String("reporter") && lease.owner != login)
        return tr("it is %1's, and a reporter changes only their own drafts").arg(lease.ownerName);
    if (role == QLatin1String("reporter"))
        return tr("it has been handed in (%1): the editors have it now").arg(shown);
    if (role == QLatin1String("editor"))
        return tr("it is %1: only the chief editor changes it now").arg(shown);
    return tr("your login has no role in this newsroom");
}

bool ServerLeases::release(const QString &uuid, const QString &session, QString *error)
{
    PgResult result;
    QString why;
    if (PgQuery(QStringLiteral("DELETE FROM leases WHERE article_id = (SELECT id FROM articles "
                               "WHERE uuid = $1::uuid) AND holder = session_user AND session = $2"))
            .bind(uuid).bind(session).exec(m_db, &result, &why))
        return true;
    if (error)
        *error = tr("releasing the lease: %1").arg(why);
    return false;
}

bool ServerLeases::list(QList<Lease> *leases, QString *error)
{
    PgResult result;
    if (!PgQuery(QStringLiteral("SELECT %1 WHERE l.expires >= now() ORDER BY l.expires").arg(LeaseColumns))
             .exec(m_db, &result, error))
        return false;
    for (int row = 0; row < result.rows(); ++row)
        leases->append(readLease(result, row));
    return true;
}

bool ServerLeases::leaseSeconds(int *seconds, QString *error)
{
    PgResult result;
    if (!PgQuery(QStringLiteral("SELECT value FROM server_settings WHERE key = 'lease_seconds'"))
             .exec(m_db, &result, error))
        return false;
    *seconds = qMax(1, result.text(0, 0).toInt());
    return true;
}

bool ServerLeases::holder(const QString &uuid, Lease *lease, bool *found, QString *error)
{
    PgResult result;
    if (!PgQuery(QStringLiteral("SELECT %1 WHERE a.uuid = $1::uuid").arg(LeaseColumns))
             .bind(uuid).exec(m_db, &result, error))
        return false;
    *found = result.rows() == 1;
    if (*found)
        *lease = readLease(result, 0);
    return true;
}

} // namespace copydesk
