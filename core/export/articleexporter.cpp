#include "export/articleexporter.h"

#include "export/exportdocument.h"
#include "export/exportfiles.h"
#include "export/exportwriter.h"
#include "text/safefilename.h"
#include "store/store.h"
#include "export/writers/wechatwriter.h"

#include <QDir>

namespace copydesk {

bool ArticleExporter::weChatHtml(const Store &store, qint64 articleId, const Options &options,
                                 QString *html, QString *error)
{
    ExportDocument document;
    if (!document.load(store, articleId, options.rendition, error))
        return false;
    *html = WeChatWriter::fragment(document, options.theme.labels());
    return true;
}

bool ArticleExporter::exportArticle(Store *store, qint64 articleId, ExportFormat::Id format,
                                    const QString &parentDir, const Options &options,
                                    QString *outPath, QString *error,
                                    const ProgressFunction &progress) const
{
    QString localError;
    if (!error)
        error = &localError;
    if (!options.theme.isValid()) {
        *error = tr("Cannot export: the theme is not usable.");
        return false;
    }
    const ExportWriter *writer = ExportFormat::writer(format);
    if (!writer) {
        *error = tr("Cannot export to %1: this program was built without it.")
                     .arg(ExportFormat::displayName(format));
        return false;
    }
    if (!ExportFiles::checkFolder(parentDir, error))
        return false;
    ExportWriter::Job job;
    job.store = store;
    job.options = options;
    job.parentDir = parentDir;
    QString loadError;
    if (!store->loadArticle(articleId, &job.article, &loadError)) {
        *error = tr("Cannot export article %1: %2").arg(articleId).arg(loadError);
        return false;
    }
    const QString name = ExportFormat::outputName(format, SafeFileName::fromTitle(job.article.title));
    if (ExportFormat::isFolder(format))
        job.target = QDir(parentDir).filePath(name);
    else if (!ExportFiles::targetFile(parentDir, name, options.overwrite, &job.target, error))
        return false;

    // Progress: one step per photo rendition, then one for the writer's work; a writer that
    // makes its own renditions (the HTML page) reports its own steps.
    const int photos = writer->needsDocument() ? ExportDocument::photoCount(job.article) : 0;
    const int total = photos + 1;
    const auto cancelled = [&](int done) {
        if (progress && !progress(done, total)) {
            *error = tr("Export cancelled.");
            return true;
        }
        return false;
    };
    if (writer->needsDocument() && cancelled(0))
        return false;
    ExportDocument document;
    if (writer->needsDocument()) {
        if (!document.load(*store, job.article, options.rendition, error,
                           [&](int done) { return !cancelled(done); }))
            return false;
        job.document = &document;
    }
    job.progress = [&](int done, int steps) {
        if (!writer->needsDocument()) {
            if (progress && !progress(done, steps)) {
                *error = tr("Export cancelled.");
                return false;
            }
            return true;
        }
        return !cancelled(photos + (done >= steps ? 1 : 0));
    };
    if (!writer->write(job, error))
        return false;
    if (options.recordRevision) {
        QString revisionError;
        if (!store->addRevision(articleId, ExportFormat::revisionReason(format), nullptr, &revisionError))
            qWarning("Exported, but could not record the revision: %s", qUtf8Printable(revisionError));
    }
    if (outPath)
        *outPath = job.target;
    error->clear();
    return true;
}

} // namespace copydesk
