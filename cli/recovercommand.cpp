#include "recovercommand.h"

#include "cli.h"
#include "invocation.h"
#include "store/backup.h"
#include "store/storelock.h"

#include <QDir>
#include <QFileInfo>
#include <QTextStream>

namespace copydesk {

RecoverCommand::RecoverCommand()
    : Command(QStringLiteral("recover"), QStringLiteral("[--from BACKUP] [--force]"),
              QT_TRANSLATE_NOOP("Cli", "replace a damaged store by its newest good backup\n"
                                "(the damaged file is kept beside it)"),
              0, 0, StoreUse::None, {option("from", "BACKUP"), option("force")})
{
}

int RecoverCommand::execute(Invocation &invocation) const
{
    const QString storePath = invocation.storePath();
    const QString what = Cli::tr("recovering %1").arg(QDir::toNativeSeparators(storePath));
    // A store a Copydesk window has open is never replaced under it.
    StoreLock lock(storePath);
    QString lockError;
    if (!lock.tryLock(&lockError))
        return invocation.fail(what, lockError);
    if (QFileInfo::exists(storePath) && !invocation.isSet(QStringLiteral("force"))) {
        QString error;
        Store probe;
        if (probe.open(storePath, &error))
            return invocation.fail(
                    what, Cli::tr("the store opens without problems; use --force to replace it by a backup anyway"));
        if (probe.lastOpenProblem() != Store::OpenProblem::Damaged)
            return invocation.fail(what, error);
    }
    QString from = invocation.value(QStringLiteral("from"));
    if (from.isEmpty())
        from = Backup::newestGoodBackup(storePath);
    if (from.isEmpty())
        return invocation.fail(what, Cli::tr("there is no good backup in %1")
                                             .arg(QDir::toNativeSeparators(Backup::folderFor(storePath))));
    QString aside;
    QString error;
    if (!Backup::restore(from, storePath, &aside, &error))
        return invocation.fail(what, error);
    invocation.out() << Cli::tr("restored from %1").arg(QDir::toNativeSeparators(from)) << Qt::endl;
    if (!aside.isEmpty())
        invocation.out() << Cli::tr("the damaged store was kept as %1").arg(QDir::toNativeSeparators(aside))
                         << Qt::endl;
    return Cli::Success;
}

} // namespace copydesk
