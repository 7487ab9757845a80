#include "deletecommand.h"

#include "cli.h"
#include "invocation.h"

namespace copydesk {

DeleteCommand::DeleteCommand()
    : Command(QStringLiteral("delete"), QStringLiteral("ID"),
              QT_TRANSLATE_NOOP("Cli", "move an article to the trash"),
              1, 1, StoreUse::Write)
{
}

int DeleteCommand::execute(Invocation &invocation) const
{
    Store &store = invocation.store();
    return invocation.applyToArticle(Cli::tr("deleting article %1"),
                                     [&store](qint64 id, QString *error) { return store.deleteArticle(id, error); });
}

} // namespace copydesk
