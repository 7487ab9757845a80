#include "checkcommand.h"

#include "cli.h"
#include "invocation.h"

#include <QDir>
#include <QFileInfo>
#include <QTextStream>

namespace copydesk {

CheckCommand::CheckCommand()
    : Command(QStringLiteral("check"), QString(),
              QT_TRANSLATE_NOOP("Cli", "check the store's integrity"),
              0, 0, StoreUse::None)
{
}

int CheckCommand::execute(Invocation &invocation) const
{
    const QString what = Cli::tr("checking %1").arg(QDir::toNativeSeparators(invocation.storePath()));
    // A missing store is not an empty one here: checking it finds nothing to check.
    if (!QFileInfo::exists(invocation.storePath()))
        return invocation.fail(what, Cli::tr("the store does not exist"));
    int code = Cli::Success;
    if (!invocation.openStore(StoreUse::ReadExisting, &code))
        return code;
    QStringList problems;
    QString error;
    if (!invocation.store().checkIntegrity(&problems, &error))
        return invocation.fail(what, error);
    if (!problems.isEmpty()) {
        for (const QString &problem : std::as_const(problems))
            invocation.out() << problem << Qt::endl;
        return invocation.fail(what, Cli::tr("the store is damaged (%n problem(s))", nullptr, int(problems.size())));
    }
    invocation.out() << Cli::tr("ok") << Qt::endl;
    return Cli::Success;
}

} // namespace copydesk
