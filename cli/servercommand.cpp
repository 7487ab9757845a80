#include "servercommand.h"

#include "cli.h"
#include "invocation.h"
#include "postgres/pgconnection.h"
#include "server/serverschema.h"

#include <QTextStream>

namespace copydesk {

ServerCommand::ServerCommand()
    : Command(QStringLiteral("server"),
              QStringLiteral("init|migrate --url URL | adduser LOGIN --url URL --role ROLE "
                             "[--name NAME] [--password PASSWORD]"),
              QT_TRANSLATE_NOOP("Cli", "set up or update Copydesk's schema on a newsroom\n"
                                "PostgreSQL database (init also makes the roles reporter,\n"
                                "editor and chief); adduser makes a login with a role"),
              1, 2, StoreUse::None,
              {option("url", "URL"), option("role", "ROLE"), option("name", "NAME"),
               option("password", "PASSWORD")})
{
}

Command::StoreUse ServerCommand::storeUse(const QStringList &) const
{
    return StoreUse::None;
}

int ServerCommand::execute(Invocation &invocation) const
{
    const QString action = invocation.argument(0);
    const int count = int(invocation.arguments().size());
    const bool known = ((action == QLatin1String("init") || action == QLatin1String("migrate")) && count == 1)
        || (action == QLatin1String("adduser") && count == 2);
    if (!known)
        return invocation.usage(Cli::tr("usage: copydesk-cli %1").arg(usage()));
    const QString url = invocation.value(QStringLiteral("url"));
    if (url.isEmpty())
        return invocation.usage(Cli::tr("server %1 needs --url URL").arg(action));
    PgConnection db;
    QString error;
    if (!db.open(url, &error))
        return invocation.fail(Cli::tr("server %1").arg(action), error);
    if (action == QLatin1String("adduser")) {
        const QString role = invocation.value(QStringLiteral("role"));
        if (role != QLatin1String("reporter") && role != QLatin1String("editor") && role != QLatin1String("chief"))
            return invocation.usage(Cli::tr("adduser needs --role reporter, editor or chief"));
        if (!ServerSchema::addUser(db, invocation.argument(1), invocation.value(QStringLiteral("name")), role,
                                   invocation.value(QStringLiteral("password")), &error))
            return invocation.fail(Cli::tr("server adduser"), error);
        return Cli::Success;
    }
    int from = 0;
    int to = 0;
    const bool done = action == QLatin1String("init") ? ServerSchema::init(db, &to, &error)
                                                     : ServerSchema::migrate(db, &from, &to, &error);
    if (!done)
        return invocation.fail(Cli::tr("server %1").arg(action), error);
    if (from == to && action == QLatin1String("migrate"))
        invocation.out() << Cli::tr("the newsroom schema is up to date (version %1)").arg(to) << Qt::endl;
    else
        invocation.out() << Cli::tr("the newsroom schema is at version %1").arg(to) << Qt::endl;
    return Cli::Success;
}

} // namespace copydesk
