#include "trashcommand.h"

#include "cli.h"
#include "invocation.h"
#include "listcommand.h"

#include <QTextStream>

namespace copydesk {

TrashCommand::TrashCommand()
    : Command(QStringLiteral("trash"), QStringLiteral("[--json]"),
              QT_TRANSLATE_NOOP("Cli", "list the trash (emptied after 30 days)"),
              0, 0, StoreUse::Read, {option("json")})
{
}

int TrashCommand::execute(Invocation &invocation) const
{
    QString error;
    const QList<ArticleSummary> articles = invocation.store().listTrash(&error);
    if (!error.isEmpty())
        return invocation.fail(Cli::tr("listing the trash"), error);
    if (invocation.isSet(QStringLiteral("json"))) {
        invocation.printJson(ListCommand::toJson(articles, QStringLiteral("deleted"), &ArticleSummary::deleted));
        return Cli::Success;
    }
    for (const ArticleSummary &summary : articles) {
        invocation.out() << summary.id << '\t' << Invocation::localTime(summary.deleted) << '\t'
                         << Invocation::displayTitle(summary.title) << Qt::endl;
    }
    return Cli::Success;
}

} // namespace copydesk
