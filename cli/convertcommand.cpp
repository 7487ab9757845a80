#include "convertcommand.h"

#include "cli.h"
#include "invocation.h"
#include "proof/articleconverter.h"
#include "proof/chineseconverter.h"

#include <QTextStream>

namespace copydesk {

ConvertCommand::ConvertCommand()
    : Command(QStringLiteral("convert"), QStringLiteral("ID --to s2t|t2s|s2twp"),
              QT_TRANSLATE_NOOP("Cli", "convert an article between simplified and traditional\n"
                                "Chinese (also s2tw, tw2s, tw2sp, s2hk, hk2s), as a revision"),
              1, 1, StoreUse::Write, {option("to", "s2t|t2s|s2twp")})
{
}

int ConvertCommand::execute(Invocation &invocation) const
{
    const QString to = invocation.value(QStringLiteral("to"));
    if (!ChineseConverter::configurations().contains(to))
        return invocation.usage(Cli::tr("convert needs --to with one of %1")
                                        .arg(ChineseConverter::configurations().join(QStringLiteral(", "))));
    qint64 id = 0;
    int code = Cli::Success;
    if (!invocation.articleId(invocation.argument(0), &id, &code))
        return code;
    const ChineseConverter converter(to);
    if (!converter.isValid())
        return invocation.fail(Cli::tr("converting article %1").arg(id), converter.error());
    Store &store = invocation.store();
    QString error;
    bool changed = false;
    if (!store.addRevision(id, QString::fromUtf8(Store::BeforeConversionReason), nullptr, &error)
        || !store.updateArticle(id, [&](Article *article, QString *) {
               changed = ArticleConverter::convert(article, converter);
               return true;
           }, &error)
        || (changed && !store.addRevision(id, QString::fromUtf8(Store::ConvertedReason) + QStringLiteral(": ") + to, nullptr, &error)))
        return invocation.fail(Cli::tr("converting article %1").arg(id), error);
    invocation.out() << (changed ? Cli::tr("converted (%1)").arg(to) : Cli::tr("nothing to convert")) << Qt::endl;
    return Cli::Success;
}

} // namespace copydesk
