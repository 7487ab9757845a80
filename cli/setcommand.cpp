#include "setcommand.h"

#include "cli.h"
#include "invocation.h"
#include "model/linkpolicy.h"

#include <QRegularExpression>

namespace copydesk {

SetCommand::SetCommand()
    : Command(QStringLiteral("set"), QStringLiteral("ID FIELD VALUE"),
              QT_TRANSLATE_NOOP("Cli", "set title, subtitle, byline, source, section, tags,\n"
                                "status, editor, canonical-url, dateline, slug or\n"
                                "embargo (an ISO date-time; a status change is recorded)"),
              3, 3, StoreUse::Write)
{
}

int SetCommand::execute(Invocation &invocation) const
{
    static const QStringList fields{QStringLiteral("title"),  QStringLiteral("subtitle"), QStringLiteral("byline"),
                                    QStringLiteral("source"), QStringLiteral("section"),  QStringLiteral("tags"),
                                    QStringLiteral("status"), QStringLiteral("editor"),   QStringLiteral("canonical-url"),
                                    QStringLiteral("dateline"), QStringLiteral("slug"),   QStringLiteral("embargo")};
    const QString field = invocation.argument(1);
    const QString value = invocation.argument(2);
    if (!fields.contains(field))
        return invocation.usage(Cli::tr("unknown field “%1” (use title, subtitle, byline, source, section, tags, "
                                        "status, editor, canonical-url, dateline, slug or embargo)").arg(field));
    qint64 id = 0;
    int code = Cli::Success;
    if (!invocation.articleId(invocation.argument(0), &id, &code))
        return code;
    // The value is checked once on a scratch article (a usage error), then applied to the
    // stored article in one write transaction, so nothing written meanwhile is overwritten.
    Article scratch;
    QString problem;
    if (!setField(&scratch, field, value, &problem))
        return invocation.usage(problem);
    QString error;
    if (!invocation.store().updateArticle(id, [&](Article *article, QString *) {
            return setField(article, field, value, nullptr);
        }, &error))
        return invocation.fail(Cli::tr("saving article %1").arg(id), error);
    return Cli::Success;
}

bool SetCommand::setField(Article *article, const QString &field, const QString &value, QString *problem)
{
    const auto bad = [problem](const QString &why) {
        if (problem)
            *problem = why;
        return false;
    };
    if (field == QLatin1String("title")) {
        article->title = value;
    } else if (field == QLatin1String("subtitle")) {
        article->subtitle = value;
    } else if (field == QLatin1String("byline")) {
        article->byline = value;
    } else if (field == QLatin1String("source")) {
        article->source = value;
    } else if (field == QLatin1String("section")) {
        article->section = value;
    } else if (field == QLatin1String("tags")) {
        article->tags = Article::splitTags(value);
    } else if (field == QLatin1String("status")) {
        if (!Article::statusFromName(value, &article->status))
            return bad(Cli::tr("unknown status “%1” (use draft, review, approved, published, archived "
                               "or 草稿, 待审, 已签发, 已发布, 已归档)").arg(value));
    } else if (field == QLatin1String("editor")) {
        article->editor = value;
    } else if (field == QLatin1String("dateline")) {
        article->dateline = value.trimmed();
    } else if (field == QLatin1String("slug")) {
        static const QRegularExpression slug(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
        if (!value.isEmpty() && !slug.match(value).hasMatch())
            return bad(Cli::tr("a slug is lower-case letters and digits joined by single hyphens, "
                               "such as daxiang-womens-federation"));
        article->slug = value;
    } else if (field == QLatin1String("embargo")) {
        // An ISO date and time; without a zone it is local time.
        const QDateTime time = QDateTime::fromString(value.trimmed(), Qt::ISODate);
        if (!value.trimmed().isEmpty() && !time.isValid())
            return bad(Cli::tr("the embargo must be a date and time such as 2025-06-01T08:00 or "
                               "2025-06-01T08:00+08:00"));
        article->embargo = value.trimmed().isEmpty() ? QDateTime() : time.toUTC();
    } else {
        const QString url = value.trimmed();
        if (!url.isEmpty() && !LinkPolicy::isAllowedPageUrl(url))
            return bad(Cli::tr("the canonical URL must start with http:// or https://"));
        article->canonicalUrl = url;
    }
    return true;
}

} // namespace copydesk
