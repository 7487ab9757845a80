#include "exportcommand.h"

#include "cli.h"
#include "export/articleexporter.h"
#include "export/exportfiles.h"
#include "export/exportformat.h"
#include "export/exportpreflight.h"
#include "invocation.h"
#include "proof/proofsetup.h"
#include "text/safefilename.h"

#include <QDir>
#include <QHash>
#include <QScopeGuard>
#include <QTextStream>
#include <QThread>

#include <memory>

namespace copydesk {

ExportCommand::ExportCommand()
    : Command(QStringLiteral("export"), QStringLiteral("ID... --format FORMAT --out DIR [--force] [--strict] [--paper a4|letter]"),
              QT_TRANSLATE_NOOP("Cli", "export articles into DIR (made if missing), print one path per article;\n"
                                "FORMAT: html (a folder), zip, html-single, pdf, docx,\n"
                                "odt, md, json, nitf, newsml, wechat; the pre-export check's\n"
                                "problems are warnings on stderr, with --strict a refusal;\n"
                                "--paper: the PDF's paper (default a4)"),
              1, Unlimited, StoreUse::Write,
              {option("format", "FORMAT"), option("out", "DIR"), option("force"), option("strict"),
               option("paper", "SIZE")})
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
    const QString paper = invocation.value(QStringLiteral("paper"), QStringLiteral("a4")).toLower();
    if (paper != QLatin1String("a4") && paper != QLatin1String("letter"))
        return invocation.usage(Cli::tr("unknown paper “%1” (available: a4, letter)").arg(paper));
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
    // The pre-export check every export path runs (placeholders, captions, credits, embargo,
    // proofing): warnings, as the GUI's "Export anyway"; with --strict nothing is written.
    // Each article's warnings follow its path, so a refusal stays one line. The check's settings
    // are read here; the check itself (mostly the proofing engine loading its dictionaries, a
    // tenth of a second of CPU) runs on a thread of its own at idle priority, on the CPU the
    // export leaves free (a PDF waits on Chromium's one thread), unless --strict must hear it
    // first: a PDF of the sample 0.65 → 0.57 s (docs/benchmarks.md).
    QList<ExportPreflight::Options> checkOptions;
    for (const Article &article : std::as_const(articles)) {
        ExportPreflight::Options options;
        options.proof = ProofSetup::read(invocation.store(), article.uuid);
        checkOptions.append(options);
    }
    QHash<qint64, QStringList> warnings;
    int problemCount = 0;
    const std::unique_ptr<QThread> checking(QThread::create([&articles, &checkOptions, &warnings, &problemCount] {
        for (qsizetype i = 0; i < articles.size(); ++i) {
            const qint64 id = articles.at(i).id;
            for (const ExportPreflight::Problem &problem : ExportPreflight::check(articles.at(i), checkOptions.at(i))) {
                warnings[id] << Cli::tr("copydesk-cli: warning: article %1: %2").arg(id).arg(problem.message);
                ++problemCount;
            }
        }
    }));
    checking->start(QThread::IdlePriority);
    // Whatever way this returns, the check has ended first (it reads what lives here).
    const auto joined = qScopeGuard([&checking] { checking->wait(); });
    if (invocation.isSet(QStringLiteral("strict")) && checking->wait() && problemCount > 0)
        return invocation.fail(Cli::tr("exporting"),
                               Cli::tr("the pre-export check found %n problem(s); fix them or export without --strict",
                                       nullptr, problemCount));
    // Like every exporter a user knows, a missing folder is made (and said so, on stderr, so
    // stdout stays one path per article).
    bool created = false;
    QString folderError;
    if (!ExportFiles::makeFolder(out, &created, &folderError))
        return invocation.fail(Cli::tr("exporting to %1").arg(QDir::toNativeSeparators(out)), folderError);
    if (created)
        invocation.err() << Cli::tr("copydesk-cli: created the folder %1").arg(QDir::toNativeSeparators(out)) << Qt::endl;
    ArticleExporter::Options options;
    options.overwrite = invocation.isSet(QStringLiteral("force"));
    options.paper = paper == QLatin1String("letter") ? QPageSize::Letter : QPageSize::A4;
    for (const Article &article : std::as_const(articles)) {
        QString path;
        QString error;
        if (!ArticleExporter().exportArticle(&invocation.store(), article.id, format, out, options, &path, &error))
            return invocation.fail(Cli::tr("exporting article %1").arg(article.id), error);
        invocation.out() << QDir::toNativeSeparators(path) << Qt::endl;
        checking->wait();
        for (const QString &warning : warnings.value(article.id))
            invocation.err() << warning << Qt::endl;
    }
    return Cli::Success;
}

} // namespace copydesk
