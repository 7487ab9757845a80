#include "exportcommand.h"

#include "cli.h"
#include "export/articleexporter.h"
#include "export/exportformat.h"
#include "invocation.h"
#include "text/safefilename.h"

#include <QDir>
#include <QHash>
#include <QTextStream>

namespace copydesk {

ExportCommand::ExportCommand()
    : Command(QStringLiteral("export"), QStringLiteral("ID... --format FORMAT --out DIR [--force]"),
              QT_TRANSLATE_NOOP("Cli", "export articles into DIR, print one path per article;\n"
                                "FORMAT: html (a folder), zip, html-single, pdf, docx,\n"
                                "odt, md, json, nitf, newsml, wechat"),
              1, Unlimited, StoreUse::Write,
              {option("format", "FORMAT"), option("out", "DIR"), option("force")})
{
}

int ExportCommand::execute(Invocation &invocation) const
{
    const QString formatName = invocation.value(QStringLiteral("format"), QStringLiteral("html"));
    ExportFormat::Id format = ExportFormat::Html;
    if (!ExportFormat::fromName(formatName, &format)) {
        QStringList names;
        for (const ExportFormat::Id id : ExportFormat::all())
            names << ExportFormat::name(id);
        return invocation.usage(Cli::tr("unknown export format “%1” (available: %2)")
                                        .arg(formatName, names.join(QStringLiteral(", "))));
    }
    const QString out = invocation.value(QStringLiteral("out"));
    if (out.isEmpty())
        return invocation.usage(Cli::tr("export needs --out DIR"));
    // Every id is checked before anything is written, and no two articles may share an
    // output name (with --force the second would replace the first).
    QList<Article> articles;
    QHash<QString, qint64> names;
    for (const QString &id : invocation.arguments()) {
        Article article;
        int code = Cli::Success;
        if (!invocation.loadArticle(id, &article, &code))
            return code;
        const QString name = ExportFormat::outputName(format, SafeFileName::fromTitle(article.title));
        const qint64 other = names.value(name.toCaseFolded());
        if (other != 0)
            return invocation.fail(Cli::tr("exporting article %1").arg(article.id),
                                   Cli::tr("articles %1 and %2 would both be written to “%3”; export them separately")
                                           .arg(other)
                                           .arg(article.id)
                                           .arg(name));
        names.insert(name.toCaseFolded(), article.id);
        articles.append(article);
    }
    ArticleExporter::Options options;
    options.overwrite = invocation.isSet(QStringLiteral("force"));
    for (const Article &article : std::as_const(articles)) {
        QString path;
        QString error;
        if (!ArticleExporter().exportArticle(&invocation.store(), article.id, format, out, options, &path, &error))
            return invocation.fail(Cli::tr("exporting article %1").arg(article.id), error);
        invocation.out() << QDir::toNativeSeparators(path) << Qt::endl;
    }
    return Cli::Success;
}

} // namespace copydesk
