#include "restorecommand.h"

#include "cli.h"
#include "invocation.h"

namespace copydesk {

RestoreCommand::RestoreCommand()
    : Command(QStringLiteral("restore"), QStringLiteral("ID REVISION"),
              QT_TRANSLATE_NOOP("Cli", "make an earlier revision current (the current state\n"
                                "is kept as a revision first)"),
              2, 2, StoreUse::Write)
{
}

int RestoreCommand::execute(Invocation &invocation) const
{
    qint64 id = 0;
    qint64 revision = 0;
    int code = Cli::Success;
    if (!invocation.positiveId(invocation.argument(0), Cli::tr("an article id"), &id, &code)
        || !invocation.positiveId(invocation.argument(1), Cli::tr("a revision id"), &revision, &code))
        return code;
    QString error;
    if (!invocation.store().restoreRevision(id, revision, nullptr, &error))
        return invocation.fail(Cli::tr("restoring article %1").arg(id), error);
    return Cli::Success;
}

} // namespace copydesk
