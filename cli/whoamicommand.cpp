#include "whoamicommand.h"

#include "cli.h"
#include "invocation.h"
#include "remoteconnection.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace copydesk {

WhoamiCommand::WhoamiCommand()
    : Command(QStringLiteral("whoami"), QStringLiteral("[--json]"),
              QT_TRANSLATE_NOOP("Cli", "the login, name and role the newsroom server knows you as"),
              0, 0, StoreUse::Write, {option("json")})
{
}

int WhoamiCommand::execute(Invocation &invocation) const
{
    RemoteConnection remote;
    int code = Cli::Success;
    if (!remote.open(invocation, &code))
        return code;
    NewsroomServer::Identity identity;
    QString error;
    if (!remote.server().whoami(&identity, &error))
        return invocation.fail(Cli::tr("asking the newsroom server"), error);
    if (invocation.isSet(QStringLiteral("json"))) {
        const QJsonObject object{{QStringLiteral("login"), identity.login},
                                 {QStringLiteral("name"), identity.displayName},
                                 {QStringLiteral("role"), identity.role}};
        invocation.out() << QJsonDocument(object).toJson(QJsonDocument::Compact) << Qt::endl;
    } else {
        invocation.out() << identity.login << '\t' << identity.displayName << '\t'
                         << (identity.role.isEmpty() ? Cli::tr("(not on the staff)") : identity.role)
                         << Qt::endl;
    }
    return Cli::Success;
}

} // namespace copydesk
