#include "synccommand.h"

#include "cli.h"
#include "invocation.h"
#include "remoteconnection.h"
#include "sync/syncengine.h"

#include <QJsonDocument>
#include <QTextStream>

namespace copydesk {

SyncCommand::SyncCommand()
    : Command(QStringLiteral("sync"), QStringLiteral("[--json]"),
              QT_TRANSLATE_NOOP("Cli", "push this store's changes to the newsroom server and pull\n"
                                "the others'; a change made on an older state is kept beside\n"
                                "the newer one as a conflict, never dropped"),
              0, 0, StoreUse::Write, {option("json")})
{
}

int SyncCommand::execute(Invocation &invocation) const
{
    RemoteConnection remote;
    int code = Cli::Success;
    if (!remote.open(invocation, &code))
        return code;
    SyncEngine engine(invocation.store(), remote.rows(), remote.server());
    SyncReport report;
    QString error;
    const bool done = engine.sync(&report, &error);
    if (invocation.isSet(QStringLiteral("json")))
        invocation.out() << QJsonDocument(report.toJson()).toJson(QJsonDocument::Compact) << Qt::endl;
    else
        invocation.out() << Cli::tr("pushed %1, pulled %2, merged %3, conflicts %4, refused %5, waiting %6")
                                .arg(report.pushed).arg(report.pulled).arg(report.merged)
                                .arg(report.conflicts).arg(report.refused).arg(report.outbox)
                         << Qt::endl;
    if (!done)
        return invocation.fail(Cli::tr("syncing"), error);
    for (const QString &refusal : std::as_const(report.refusals))
        invocation.err() << Cli::tr("copydesk-cli: refused: %1").arg(refusal) << Qt::endl;
    return report.refused > 0 ? Cli::Failure : Cli::Success;
}

} // namespace copydesk
