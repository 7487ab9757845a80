#include "remotecommand.h"

#include "cli.h"
#include "invocation.h"
#include "sync/syncengine.h"
#include "sync/syncrows.h"

#include <QTextStream>
#include <QUrl>

namespace copydesk {

RemoteCommand::RemoteCommand()
    : Command(QStringLiteral("remote"), QStringLiteral("[set URL | clear]"),
              QT_TRANSLATE_NOOP("Cli", "show, set or clear the newsroom server this store syncs\n"
                                "with (a PostgreSQL URL; the password comes from ~/.pgpass or\n"
                                "PGPASSWORD, never from the store)"),
              0, 2, StoreUse::Write)
{
}

int RemoteCommand::execute(Invocation &invocation) const
{
    SyncRows rows;
    QString error;
    if (!rows.open(invocation.store().path(), &error))
        return invocation.fail(Cli::tr("reading the sync state"), error);
    const QString key = QString::fromLatin1(SyncEngine::RemoteUrlKey);
    const QStringList &arguments = invocation.arguments();
    if (arguments.isEmpty()) {
        const QString url = rows.state(key);
        invocation.out() << (url.isEmpty() ? Cli::tr("no newsroom server") : url) << Qt::endl;
        return Cli::Success;
    }
    if (arguments.at(0) == QLatin1String("set") && arguments.size() == 2) {
        const QString url = arguments.at(1);
        if (url.contains(QLatin1String("password=")) || QUrl(url).password().size() > 0)
            return invocation.usage(Cli::tr("keep the password out of the URL (use ~/.pgpass or PGPASSWORD)"));
        // A new server starts from its first change.
        if (!rows.setState(key, url, &error)
            || !rows.setState(QString::fromLatin1(SyncEngine::LastSequenceKey), QStringLiteral("0"), &error))
            return invocation.fail(Cli::tr("setting the newsroom server"), error);
        return Cli::Success;
    }
    if (arguments.at(0) == QLatin1String("clear") && arguments.size() == 1) {
        if (!rows.setState(key, QString(), &error))
            return invocation.fail(Cli::tr("clearing the newsroom server"), error);
        return Cli::Success;
    }
    return invocation.usage(Cli::tr("usage: copydesk-cli %1").arg(usage()));
}

} // namespace copydesk
