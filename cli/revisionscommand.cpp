#include "revisionscommand.h"

#include "cli.h"
#include "invocation.h"
#include "model/timestamp.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

namespace copydesk {

RevisionsCommand::RevisionsCommand()
    : Command(QStringLiteral("revisions"), QStringLiteral("ID [--json]"),
              QT_TRANSLATE_NOOP("Cli", "list the saved revisions of an article"),
              1, 1, StoreUse::Read, {option("json")})
{
}

int RevisionsCommand::execute(Invocation &invocation) const
{
    Article article;
    int code = Cli::Success;
    if (!invocation.loadArticle(invocation.argument(0), &article, &code))
        return code;
    QString error;
    const QList<RevisionInfo> list = invocation.store().revisions(article.id, &error);
    if (!error.isEmpty())
        return invocation.fail(Cli::tr("listing the revisions of article %1").arg(article.id), error);
    if (invocation.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const RevisionInfo &revision : list) {
            array.append(QJsonObject{{QStringLiteral("id"), revision.id},
                                     {QStringLiteral("created"), Timestamp::format(revision.created)},
                                     {QStringLiteral("reason"), revision.reason}});
        }
        invocation.printJson(array);
        return Cli::Success;
    }
    for (const RevisionInfo &revision : list) {
        invocation.out() << revision.id << '\t'
                         << Invocation::localTime(revision.created, QStringLiteral("yyyy-MM-dd HH:mm:ss")) << '\t'
                         << Store::revisionReasonName(revision.reason) << Qt::endl;
    }
    return Cli::Success;
}

} // namespace copydesk
