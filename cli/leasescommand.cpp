#include "leasescommand.h"

#include "cli.h"
#include "invocation.h"
#include "remoteconnection.h"
#include "server/newsroomserver.h"
#include "server/serverleases.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>
#include <QThread>
#include <QUuid>

namespace copydesk {

LeasesCommand::LeasesCommand()
    : Command(QStringLiteral("leases"),
              QStringLiteral("[--json] | take ID [--force] [--hold] | release ID"),
              QT_TRANSLATE_NOOP("Cli", "who is editing which article on the newsroom server; take\n"
                                "an article's edit lease (--force: take it over, editors and\n"
                                "the chief only; --hold: keep renewing it until stopped) or\n"
                                "release it"),
              0, 2, StoreUse::Write, {option("json"), option("force"), option("hold")})
{
}

int LeasesCommand::execute(Invocation &invocation) const
{
    const QStringList &arguments = invocation.arguments();
    const QString action = arguments.value(0);
    const bool listing = arguments.isEmpty();
    if (!listing && !((action == QLatin1String("take") || action == QLatin1String("release")) && arguments.size() == 2))
        return invocation.usage(Cli::tr("usage: copydesk-cli %1").arg(usage()));
    Article article;
    int code = Cli::Success;
    if (!listing && !invocation.loadArticle(arguments.at(1), &article, &code))
        return code;
    RemoteConnection remote;
    if (!remote.open(invocation, &code))
        return code;
    ServerLeases leases(remote.server().connection());
    QString error;
    if (listing) {
        QList<ServerLeases::Lease> list;
        if (!leases.list(&list, &error))
            return invocation.fail(Cli::tr("listing the leases"), error);
        if (invocation.isSet(QStringLiteral("json"))) {
            QJsonArray array;
            for (const ServerLeases::Lease &lease : std::as_const(list))
                array.append(QJsonObject{{QStringLiteral("uuid"), lease.uuid},
                                         {QStringLiteral("title"), lease.title},
                                         {QStringLiteral("holder"), lease.holder},
                                         {QStringLiteral("name"), lease.holderName},
                                         {QStringLiteral("expires"), lease.expires.toString(Qt::ISODateWithMs)}});
            invocation.printJson(array);
        } else {
            for (const ServerLeases::Lease &lease : std::as_const(list))
                invocation.out() << lease.uuid << '\t' << Invocation::displayTitle(lease.title) << '\t'
                                 << (lease.holderName.isEmpty() ? lease.holder : lease.holderName) << '\t'
                                 << Invocation::localTime(lease.expires, QStringLiteral("HH:mm:ss")) << Qt::endl;
        }
        return Cli::Success;
    }
    // A held lease belongs to this run only: a crash (kill -9) leaves it to expire.
    const bool hold = invocation.isSet(QStringLiteral("hold"));
    const QString session = hold ? QUuid::createUuid().toString(QUuid::WithoutBraces) : remote.session();
    if (action == QLatin1String("release")) {
        if (!leases.release(article.uuid, session, &error))
            return invocation.fail(Cli::tr("article %1").arg(article.id), error);
        return Cli::Success;
    }
    ServerLeases::Take outcome;
    ServerLeases::Lease lease;
    if (!leases.take(article.uuid, session, invocation.isSet(QStringLiteral("force")), &outcome, &lease, &error))
        return invocation.fail(Cli::tr("article %1").arg(article.id), error);
    if (outcome == ServerLeases::Take::NotAllowed) {
        NewsroomServer::Identity identity;
        if (!remote.server().whoami(&identity, &error))
            return invocation.fail(Cli::tr("article %1").arg(article.id), error);
        return invocation.fail(Cli::tr("article %1").arg(article.id),
                               ServerLeases::whyNotAllowed(identity.role, identity.login, lease));
    }
    if (outcome != ServerLeases::Take::Taken) {
        const QString who = lease.holderName.isEmpty() ? lease.holder : lease.holderName;
        return invocation.fail(Cli::tr("article %1").arg(article.id),
                               outcome == ServerLeases::Take::Held
                                   ? Cli::tr("%1 is editing it (until %2)").arg(who, Invocation::localTime(lease.expires, QStringLiteral("HH:mm:ss")))
                                   : Cli::tr("%1 is editing it and your role may not take it over").arg(who));
    }
    invocation.out() << Cli::tr("taken until %1").arg(Invocation::localTime(lease.expires, QStringLiteral("HH:mm:ss")))
                     << Qt::endl;
    if (!hold)
        return Cli::Success;
    int seconds = ServerLeases::RenewIntervalSeconds * 4;
    if (!leases.leaseSeconds(&seconds, &error))
        return invocation.fail(Cli::tr("article %1").arg(article.id), error);
    const int renewMs = qMin(ServerLeases::RenewIntervalSeconds * 1000, seconds * 1000 / 4);
    for (;;) {
        QThread::msleep(qMax(100, renewMs));
        if (!leases.take(article.uuid, session, false, &outcome, &lease, &error))
            return invocation.fail(Cli::tr("renewing the lease of article %1").arg(article.id), error);
        if (outcome == ServerLeases::Take::NotAllowed)
            return invocation.fail(Cli::tr("article %1").arg(article.id), Cli::tr("it may no longer be changed by you"));
        if (outcome != ServerLeases::Take::Taken)
            return invocation.fail(Cli::tr("article %1").arg(article.id), Cli::tr("the lease was taken over"));
    }
}

} // namespace copydesk
