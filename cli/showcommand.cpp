#include "showcommand.h"

#include "cli.h"
#include "invocation.h"
#include "model/articlejson.h"

#include <QTextStream>

namespace copydesk {

ShowCommand::ShowCommand()
    : Command(QStringLiteral("show"), QStringLiteral("ID [--json]"),
              QT_TRANSLATE_NOOP("Cli", "print an article"),
              1, 1, StoreUse::Read, {option("json")})
{
}

int ShowCommand::execute(Invocation &invocation) const
{
    Article article;
    int code = Cli::Success;
    if (!invocation.loadArticle(invocation.argument(0), &article, &code))
        return code;
    QTextStream &out = invocation.out();
    if (invocation.isSet(QStringLiteral("json"))) {
        out << QString::fromUtf8(ArticleJson::toJson(article));
        return Cli::Success;
    }
    out << article.title << Qt::endl;
    if (!article.subtitle.isEmpty())
        out << article.subtitle << Qt::endl;
    const QList<QPair<QString, QString>> fields{
            {Cli::tr("Byline"), article.byline},
            {Cli::tr("Source"), article.source},
            {Cli::tr("Section"), article.section},
            {Cli::tr("Tags"), article.tags.join(QStringLiteral(", "))},
            {Cli::tr("Status"), Article::statusDisplayName(article.status)},
            {Cli::tr("Editor"), article.editor},
            {Cli::tr("Canonical URL"), article.canonicalUrl},
            {Cli::tr("Words"), QString::number(article.wordCount())},
    };
    for (const auto &field : fields) {
        if (!field.second.isEmpty())
            out << field.first << ": " << field.second << Qt::endl;
    }
    for (const Block &block : std::as_const(article.blocks)) {
        out << Qt::endl;
        switch (block.type) {
        case Block::Type::Heading:
            out << QString(block.level, QLatin1Char('#')) << ' ' << block.text.text << Qt::endl;
            break;
        case Block::Type::Quote:
            out << "> " << block.text.text << Qt::endl;
            break;
        case Block::Type::List:
            for (qsizetype i = 0; i < block.items.size(); ++i)
                out << (block.ordered ? QString::number(i + 1) + QLatin1Char('.') : QStringLiteral("-")) << ' '
                    << block.items.at(i).text << Qt::endl;
            break;
        case Block::Type::Image:
            out << (block.isPlaceholder() ? Cli::tr("[photo to come]")
                                          : Cli::tr("[photo %1×%2]").arg(block.width).arg(block.height));
            if (!block.caption.isEmpty())
                out << ' ' << block.caption;
            if (!block.credit.isEmpty())
                out << " (" << block.credit << ')';
            out << Qt::endl;
            break;
        case Block::Type::Paragraph:
            out << block.text.text << Qt::endl;
            break;
        }
    }
    return Cli::Success;
}

} // namespace copydesk
