#include "backupcommand.h"

#include "cli.h"
#include "invocation.h"

#include <QDir>
#include <QFileInfo>
#include <QTextStream>

namespace copydesk {

BackupCommand::BackupCommand()
    : Command(QStringLiteral("backup"), QStringLiteral("--out FILE"),
              QT_TRANSLATE_NOOP("Cli", "write a consistent copy of the store to FILE"),
              0, 0, StoreUse::ReadExisting, {option("out", "FILE")})
{
}

int BackupCommand::execute(Invocation &invocation) const
{
    const QString out = invocation.value(QStringLiteral("out"));
    if (out.isEmpty())
        return invocation.usage(Cli::tr("backup needs --out FILE"));
    QString error;
    if (!invocation.store().backupTo(out, &error))
        return invocation.fail(Cli::tr("backing up the store"), error);
    invocation.out() << QDir::toNativeSeparators(QFileInfo(out).absoluteFilePath()) << Qt::endl;
    return Cli::Success;
}

} // namespace copydesk
