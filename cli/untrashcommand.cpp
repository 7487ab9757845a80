#include "untrashcommand.h"

#include "cli.h"
#include "invocation.h"

namespace copydesk {

UntrashCommand::UntrashCommand()
    : Command(QStringLiteral("untrash"), QStringLiteral("ID"),
              QT_TRANSLATE_NOOP("Cli", "take an article out of the trash"),
              1, 1, StoreUse::Write)
{
}

int UntrashCommand::execute(Invocation &invocation) const
{
    Store &store = invocation.store();
    return invocation.applyToArticle(Cli::tr("taking article %1 out of the trash"),
                                     [&store](qint64 id, QString *error) { return store.restoreArticle(id, error); });
}

} // namespace copydesk
