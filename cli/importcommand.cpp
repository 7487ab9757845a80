#include "importcommand.h"

#include "cli.h"
#include "import/articleimporter.h"
#include "invocation.h"

#include <QDir>
#include <QTextStream>

namespace copydesk {

ImportCommand::ImportCommand()
    : Command(QStringLiteral("import"), QStringLiteral("FILE..."),
              QT_TRANSLATE_NOOP("Cli", "import .docx, .odt, .html, .md, .txt or .json files,\n"
                                "print one id per file"),
              1, Unlimited, StoreUse::Write)
{
}

int ImportCommand::execute(Invocation &invocation) const
{
    const QStringList &paths = invocation.arguments();
    // Import every file first, so a bad file in the batch adds nothing half-done.
    QList<ImportedArticle> imported;
    for (const QString &path : paths) {
        ImportedArticle one;
        QString error;
        if (!ArticleImporter::readFile(path, &one, &error))
            return invocation.fail(Cli::tr("importing %1").arg(QDir::toNativeSeparators(path)), error);
        imported.append(one);
    }
    Store &store = invocation.store();
    for (qsizetype i = 0; i < imported.size(); ++i) {
        const QString name = QDir::toNativeSeparators(paths.at(i));
        Article &article = imported[i].article;
        QString error;
        if (!store.putMedia(imported.at(i).media, &error)
            || !store.insertArticle(&article, &error, Store::importedReason(paths.at(i))))
            return invocation.fail(Cli::tr("importing %1").arg(name), error);
        for (const QString &warning : std::as_const(imported.at(i).warnings))
            invocation.err() << "copydesk-cli: " << Cli::tr("warning: %1: %2").arg(name, warning) << Qt::endl;
        invocation.out() << article.id << Qt::endl;
    }
    return Cli::Success;
}

} // namespace copydesk
