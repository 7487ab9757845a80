#include "server/serverschema.h"

#include "postgres/pgconnection.h"
#include "postgres/pgquery.h"
#include "postgres/pgresult.h"
#include "server/serverschemasql.h"

namespace copydesk {

namespace {

// Held for the whole migration, so two programs migrating at once take turns.
const QString MigrationLock = QStringLiteral("SELECT pg_advisory_lock(727000)");
const QString MigrationUnlock = QStringLiteral("SELECT pg_advisory_unlock(727000)");

} // namespace

int ServerSchema::latestVersion()
{
    return int(ServerSchemaSql::migrations().size());
}

bool ServerSchema::version(PgConnection &db, int *version, QString *error)
{
    PgResult result;
    if (!db.exec(QStringLiteral("SELECT to_regclass('public.copydesk_schema') IS NOT NULL"), &result, error))
        return false;
    *version = 0;
    if (!result.boolean(0, 0))
        return true;
    if (!db.exec(QStringLiteral("SELECT max(version) FROM copydesk_schema"), &result, error))
        return false;
    *version = int(result.int64(0, 0));
    return true;
}

bool ServerSchema::init(PgConnection &db, int *applied, QString *error)
{
    int current = 0;
    if (!version(db, &current, error))
        return false;
    if (current > 0) {
        if (error)
            *error = tr("the database already holds a Copydesk newsroom (schema version %1); use "
                        "server migrate").arg(current);
        return false;
    }
    QString why;
    if (!db.exec(QString::fromUtf8(ServerSchemaSql::roles()), &why)) {
        if (error)
            *error = tr("creating the newsroom's roles: %1").arg(why);
        return false;
    }
    int from = 0;
    return migrate(db, &from, applied, error);
}

bool ServerSchema::migrate(PgConnection &db, int *from, int *to, QString *error)
{
    if (!db.exec(MigrationLock, error))
        return false;
    const auto unlock = [&db] { db.exec(MigrationUnlock, nullptr); };
    int current = 0;
    if (!version(db, &current, error)) {
        unlock();
        return false;
    }
    *from = current;
    *to = current;
    const QList<const char *> steps = ServerSchemaSql::migrations();
    if (current > steps.size()) {
        if (error)
            *error = tr("the server's schema (version %1) is newer than this Copydesk knows (%2)")
                         .arg(current).arg(steps.size());
        unlock();
        return false;
    }
    for (int step = current; step < steps.size(); ++step) {
        QString why;
        const QString script = QStringLiteral("BEGIN;\n")
            + (step == 0 ? QStringLiteral("CREATE TABLE copydesk_schema (version integer NOT NULL, "
                                          "applied timestamptz NOT NULL DEFAULT now());\n"
                                          "GRANT SELECT ON copydesk_schema TO copydesk_staff;\n")
                         : QString())
            + QString::fromUtf8(steps.at(step))
            + QStringLiteral("\nINSERT INTO copydesk_schema (version) VALUES (%1);\nCOMMIT;").arg(step + 1);
        if (!db.exec(script, &why)) {
            db.exec(QStringLiteral("ROLLBACK"), nullptr);
            if (error)
                *error = tr("migration %1 of the server schema failed: %2").arg(step + 1).arg(why);
            unlock();
            return false;
        }
        *to = step + 1;
    }
    unlock();
    return true;
}

bool ServerSchema::addUser(PgConnection &db, const QString &login, const QString &displayName,
                           const QString &role, const QString &password, QString *error)
{
    PgResult result;
    QString why;
    if (PgQuery(QStringLiteral("SELECT copydesk_add_user($1, $2, $3, $4)"))
            .bind(login).bind(displayName).bind(role).bind(password)
            .exec(db, &result, &why))
        return true;
    if (error)
        *error = tr("adding the user %1: %2").arg(login, why);
    return false;
}

} // namespace copydesk
