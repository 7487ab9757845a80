#pragma once

#include <QCoreApplication>
#include <QString>

namespace copydesk {

class PgConnection;

// Copydesk's schema on the newsroom's PostgreSQL database: the group roles, the tables, their
// row-level security, triggers and NOTIFY, applied as numbered migrations (ServerSchemaSql).
class ServerSchema
{
    Q_DECLARE_TR_FUNCTIONS(ServerSchema)

public:
    // The version this Copydesk writes and understands.
    static int latestVersion();

    // 0 when the database holds no Copydesk schema.
    static bool version(PgConnection &db, int *version, QString *error);
    // Creates the group roles (copydesk_reporter, copydesk_editor, copydesk_chief) and applies
    // every migration: needs a login that may create roles and owns the database. Refuses a
    // database that already holds a Copydesk schema.
    static bool init(PgConnection &db, int *applied, QString *error);
    // Applies the migrations the database has not seen yet, each in its own transaction, under
    // an advisory lock so two runs do not interleave. Refuses a newer schema.
    static bool migrate(PgConnection &db, int *from, int *to, QString *error);
    // A login of the newsroom: a PostgreSQL role that can log in (with password when not
    // empty), member of the group role for role ("reporter", "editor", "chief").
    static bool addUser(PgConnection &db, const QString &login, const QString &displayName,
                        const QString &role, const QString &password, QString *error);
};

} // namespace copydesk
