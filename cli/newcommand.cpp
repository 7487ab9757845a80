#include "newcommand.h"

#include "cli.h"
#include "invocation.h"

#include <QTextStream>

namespace copydesk {

NewCommand::NewCommand()
    : Command(QStringLiteral("new"), QStringLiteral("[--title TITLE]"),
              QT_TRANSLATE_NOOP("Cli", "create an article, print its id"),
              0, 0, StoreUse::Write, {option("title", "TITLE")})
{
}

int NewCommand::execute(Invocation &invocation) const
{
    Store &store = invocation.store();
    Article article = Article::create(invocation.value(QStringLiteral("title")));
    article.section = store.siteSettings().defaultSection;
    QString error;
    if (!store.insertArticle(&article, &error))
        return invocation.fail(Cli::tr("creating an article"), error);
    invocation.out() << article.id << Qt::endl;
    return Cli::Success;
}

} // namespace copydesk
