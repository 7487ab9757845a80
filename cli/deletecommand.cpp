#include "deletecommand.h"

#include "cli.h"
#include "invocation.h"

namespace copydesk {

DeleteCommand::DeleteCommand()
    : Command(QStringLiteral("delete"), QStringLiteral("ID"), 1, 1, StoreUse::Write)
{
}

QString DeleteCommand::description() const
{
    return Cli::tr("move an article to the trash");
}

int DeleteCommand::execute(Invocation &invocation) const
{
    Store &store = invocation.store();
    return invocation.applyToArticle(Cli::tr("deleting article %1"),
                                     [&store](qint64 id, QString *error) { return store.deleteArticle(id, error); });
}

} // namespace copydesk
