#include "listcommand.h"

#include "cli.h"
#include "invocation.h"
#include "model/timestamp.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

namespace copydesk {

ListCommand::ListCommand()
    : Command(QStringLiteral("list"), QStringLiteral("[--json]"),
              QT_TRANSLATE_NOOP("Cli", "list the articles in the store"),
              0, 0, StoreUse::Read, {option("json")})
{
}

QJsonArray ListCommand::toJson(const QList<ArticleSummary> &articles, const QString &timeKey,
                               QDateTime ArticleSummary::*time)
{
    QJsonArray array;
    for (const ArticleSummary &summary : articles) {
        array.append(QJsonObject{
                {QStringLiteral("id"), summary.id},
                {QStringLiteral("title"), summary.title},
                {QStringLiteral("status"), Article::statusName(summary.status)},
                {timeKey, Timestamp::format(summary.*time)},
                {QStringLiteral("words"), summary.words},
        });
    }
    return array;
}

int ListCommand::execute(Invocation &invocation) const
{
    QString error;
    const QList<ArticleSummary> articles = invocation.store().listArticles(&error);
    if (!error.isEmpty())
        return invocation.fail(Cli::tr("listing articles"), error);
    if (invocation.isSet(QStringLiteral("json"))) {
        invocation.printJson(toJson(articles, QStringLiteral("updated"), &ArticleSummary::updated));
        return Cli::Success;
    }
    for (const ArticleSummary &summary : articles) {
        invocation.out() << summary.id << '\t' << Article::statusDisplayName(summary.status) << '\t'
                         << Invocation::localTime(summary.updated) << '\t'
                         << Cli::tr("%n word(s)", nullptr, summary.words) << '\t'
                         << Invocation::displayTitle(summary.title) << Qt::endl;
    }
    return Cli::Success;
}

} // namespace copydesk
