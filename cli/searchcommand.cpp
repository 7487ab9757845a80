#include "searchcommand.h"

#include "cli.h"
#include "invocation.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

namespace copydesk {

namespace {

// The snippet HTML-escaped, each match in <mark>.
QString htmlMarked(const SearchHit &hit)
{
    QString result;
    int at = 0;
    for (const auto &highlight : hit.highlights) {
        result += hit.snippet.mid(at, highlight.first - at).toHtmlEscaped() + QStringLiteral("<mark>")
            + hit.snippet.mid(highlight.first, highlight.second).toHtmlEscaped() + QStringLiteral("</mark>");
        at = highlight.first + highlight.second;
    }
    return result + hit.snippet.mid(at).toHtmlEscaped();
}

} // namespace

SearchCommand::SearchCommand()
    : Command(QStringLiteral("search"), QStringLiteral("QUERY [--json] [--limit N]"),
              QT_TRANSLATE_NOOP("Cli", "full-text search, best first: every word must occur\n"
                                "(Chinese as written, Latin words by their start)"),
              1, 1, StoreUse::Read, {option("json"), option("limit", "N")})
{
}

int SearchCommand::execute(Invocation &invocation) const
{
    bool ok = true;
    const int limit = invocation.value(QStringLiteral("limit"), QStringLiteral("20")).toInt(&ok);
    if (!ok || limit <= 0)
        return invocation.usage(Cli::tr("--limit needs a positive number"));
    const QString query = invocation.argument(0);
    QList<SearchHit> hits;
    QString error;
    if (!invocation.store().search(query, 0, limit, &hits, nullptr, &error))
        return invocation.fail(Cli::tr("searching for “%1”").arg(query), error);
    if (invocation.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const SearchHit &hit : std::as_const(hits)) {
            array.append(QJsonObject{{QStringLiteral("id"), hit.id},
                                     {QStringLiteral("title"), hit.title},
                                     {QStringLiteral("snippet"), htmlMarked(hit)},
                                     {QStringLiteral("rank"), hit.rank}});
        }
        invocation.printJson(array);
        return Cli::Success;
    }
    for (const SearchHit &hit : std::as_const(hits)) {
        invocation.out() << hit.id << '\t' << Invocation::displayTitle(hit.title) << '\t'
                         << hit.markedSnippet(QStringLiteral("["), QStringLiteral("]")) << Qt::endl;
    }
    return Cli::Success;
}

} // namespace copydesk
