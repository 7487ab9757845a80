#include "importcommand.h"

#include "cli.h"
#include "import/articleimporter.h"
#include "import/importcorrection.h"
#include "invocation.h"

#include <QDir>
#include <QFileInfo>
#include <QTextStream>

namespace copydesk {

ImportCommand::ImportCommand()
    : Command(QStringLiteral("import"), QStringLiteral("FILE... [--title-line N]"),
              QT_TRANSLATE_NOOP("Cli", "import .docx, .odt, .html, .md, .txt or .json files,\n"
                                "print one id per file; --title-line N: the headline of\n"
                                "the .txt files is their line N, the lines above it dropped"),
              1, Unlimited, StoreUse::Write, {option("title-line", "N")})
{
}

int ImportCommand::execute(Invocation &invocation) const
{
    const QStringList &paths = invocation.arguments();
    int titleLine = 0;
    if (invocation.isSet(QStringLiteral("title-line"))) {
        bool ok = false;
        titleLine = invocation.value(QStringLiteral("title-line")).toInt(&ok);
        if (!ok || titleLine < 1)
            return invocation.usage(Cli::tr("--title-line needs a line number (1 or more)"));
        for (const QString &path : paths) {
            const QString suffix = QFileInfo(path).suffix().toLower();
            if (suffix != QLatin1String("txt") && suffix != QLatin1String("text") && !suffix.isEmpty())
                return invocation.usage(Cli::tr("--title-line applies to plain-text files only, not “%1”")
                                                .arg(QDir::toNativeSeparators(path)));
        }
    }
    // Import every file first, so a bad file in the batch adds nothing half-done.
    QList<ImportedArticle> imported;
    for (const QString &path : paths) {
        ImportedArticle one;
        QString error;
        if (!ArticleImporter::readFile(path, &one, &error))
            return invocation.fail(Cli::tr("importing %1").arg(QDir::toNativeSeparators(path)), error);
        if (titleLine > 0) {
            ImportCorrection correction(one);
            if (!correction.setTitleLine(titleLine))
                return invocation.fail(Cli::tr("importing %1").arg(QDir::toNativeSeparators(path)),
                                       Cli::tr("the file has no line %1").arg(titleLine));
            one = correction.result();
        }
        imported.append(one);
    }
    Store &store = invocation.store();
    for (qsizetype i = 0; i < imported.size(); ++i) {
        const QString name = QDir::toNativeSeparators(paths.at(i));
        Article &article = imported[i].article;
        QString error;
        // Photos without thumbnails: the window makes them when it needs them (ThumbnailProvider).
        if (!store.importArticle(&article, imported.at(i).media, &error, Store::importedReason(paths.at(i))))
            return invocation.fail(Cli::tr("importing %1").arg(name), error);
        for (const QString &warning : std::as_const(imported.at(i).warnings))
            invocation.err() << "copydesk-cli: " << Cli::tr("warning: %1: %2").arg(name, warning) << Qt::endl;
        invocation.out() << article.id << Qt::endl;
    }
    return Cli::Success;
}

} // namespace copydesk
