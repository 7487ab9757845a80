#include "export/articleexporter.h"

#include "model/articlejson.h"
#include "export/writers/docxwriter.h"
#include "export/exportdocument.h"
#include "export/exportfiles.h"
#include "export/htmlexporter.h"
#include "export/writers/markdownwriter.h"
#include "export/writers/newsmlwriter.h"
#include "export/writers/nitfwriter.h"
#include "export/writers/odtwriter.h"
#include "render/renderer.h"
#include "text/safefilename.h"
#include "store/store.h"
#include "export/writers/wechatwriter.h"
#include "export/zipwriter.h"

#include <QBuffer>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>

namespace copydesk {

namespace {

ArticleExporter::PdfWriter &pdfWriter()
{
    static ArticleExporter::PdfWriter writer;
    return writer;
}

// The HTML folder export of the article, zipped as name/... into *bytes.
bool zippedHtml(const Store &store, qint64 articleId, const ArticleExporter::Options &options,
                const QString &name, QByteArray *bytes, QString *error,
                const ArticleExporter::ProgressFunction &progress)
{
    QTemporaryDir staging;
    if (!staging.isValid()) {
        *error = ArticleExporter::tr("Cannot create a temporary folder: %1").arg(staging.errorString());
        return false;
    }
    HtmlExporter::Options htmlOptions;
    htmlOptions.rendition = options.rendition;
    htmlOptions.theme = options.theme;
    QString folder;
    if (!HtmlExporter().exportArticle(store, articleId, staging.path(), htmlOptions, &folder, error, progress))
        return false;
    QBuffer buffer(bytes);
    buffer.open(QIODevice::WriteOnly);
    ZipWriter zip(&buffer);
    QStringList files;
    QDirIterator it(folder, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << QDir(folder).relativeFilePath(it.next());
    files.sort();
    for (const QString &file : std::as_const(files)) {
        QFile input(QDir(folder).filePath(file));
        if (!input.open(QIODevice::ReadOnly)) {
            *error = ArticleExporter::tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(input.fileName()), input.errorString());
            return false;
        }
        const bool compressed = file.startsWith(QLatin1String("images/"));
        if (!zip.add(name + QLatin1Char('/') + file, input.readAll(), compressed, error))
            return false;
    }
    return zip.finish(error);
}

bool packaged(const std::function<bool(QIODevice *, QString *)> &write, QByteArray *bytes, QString *error)
{
    QBuffer buffer(bytes);
    buffer.open(QIODevice::WriteOnly);
    return write(&buffer, error);
}

} // namespace

void ArticleExporter::setPdfWriter(const PdfWriter &writer)
{
    pdfWriter() = writer;
}

bool ArticleExporter::hasPdfWriter()
{
    return bool(pdfWriter());
}

QString ArticleExporter::singleFileHtml(const ExportDocument &document, const Theme &theme, QString *error)
{
    Article article = document.article();
    // The page states the renditions' sizes, not the originals'.
    for (Block &block : article.blocks) {
        if (const ExportImage *image = document.image(block)) {
            block.width = image->size.width();
            block.height = image->size.height();
        }
    }
    Renderer::Options options;
    options.inlineStylesheet = true;
    options.imageUrl = [&document](const Block &block) {
        const ExportImage *image = document.image(block);
        return image ? image->dataUri() : QString();
    };
    return Renderer(theme).render(article, document.site(), options, error);
}

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
    QString path;
    if (format == ExportFormat::Html) {
        HtmlExporter::Options htmlOptions;
        htmlOptions.rendition = options.rendition;
        htmlOptions.theme = options.theme;
        htmlOptions.overwrite = options.overwrite;
        if (!HtmlExporter().exportArticle(*store, articleId, parentDir, htmlOptions, &path, error, progress))
            return false;
    } else {
        if (format == ExportFormat::Pdf && !hasPdfWriter()) {
            *error = tr("Cannot export to PDF: this program was built without the PDF exporter (Qt WebEngine).");
            return false;
        }
        if (!ExportFiles::checkFolder(parentDir, error))
            return false;
        Article article;
        QString loadError;
        if (!store->loadArticle(articleId, &article, &loadError)) {
            *error = tr("Cannot export article %1: %2").arg(articleId).arg(loadError);
            return false;
        }
        const QString name = SafeFileName::fromTitle(article.title);
        if (!ExportFiles::targetFile(parentDir, ExportFormat::outputName(format, name), options.overwrite, &path, error))
            return false;

        const bool needsPhotos = format != ExportFormat::Json && format != ExportFormat::HtmlZip;
        const int total = (needsPhotos ? ExportDocument::photoCount(article) : 0) + 1;
        auto cancelled = [&](int done) {
            if (progress && !progress(done, total)) {
                *error = tr("Export cancelled.");
                return true;
            }
            return false;
        };
        if (format != ExportFormat::HtmlZip && cancelled(0))
            return false;

        ExportDocument document;
        if (needsPhotos && !document.load(*store, article, options.rendition, error,
                                          [&](int done) { return !cancelled(done); }))
            return false;
        const Theme::Labels labels = options.theme.labels();
        QByteArray bytes;
        bool ok = true;
        switch (format) {
        case ExportFormat::HtmlZip:
            ok = zippedHtml(*store, articleId, options, name, &bytes, error, progress);
            break;
        case ExportFormat::HtmlSingle: {
            QString renderError;
            bytes = singleFileHtml(document, options.theme, &renderError).toUtf8();
            if (!renderError.isEmpty()) {
                *error = tr("Cannot export: %1").arg(renderError);
                ok = false;
            }
            break;
        }
        case ExportFormat::Docx:
            ok = packaged([&](QIODevice *device, QString *e) { return DocxWriter::write(document, labels, device, e); },
                          &bytes, error);
            break;
        case ExportFormat::Odt:
            ok = packaged([&](QIODevice *device, QString *e) { return OdtWriter::write(document, labels, device, e); },
                          &bytes, error);
            break;
        case ExportFormat::Markdown:
            bytes = MarkdownWriter::markdown(document, labels).toUtf8();
            break;
        case ExportFormat::Json:
            bytes = ArticleJson::toJson(article);
            break;
        case ExportFormat::Nitf:
            bytes = NitfWriter::nitf(document, labels);
            break;
        case ExportFormat::NewsMl:
            bytes = NewsMlWriter::newsItem(document, labels);
            break;
        case ExportFormat::WeChat:
            bytes = WeChatWriter::page(document, labels).toUtf8();
            break;
        case ExportFormat::Html:
        case ExportFormat::Pdf:
            break;
        }
        if (!ok)
            return false;
        if (format == ExportFormat::Pdf) {
            // The PDF writer reports the last step itself (it is the slow one).
            const ProgressFunction pdfProgress = [&](int done, int pdfTotal) {
                return !cancelled(total - 1 + (pdfTotal > 0 ? done / pdfTotal : 0));
            };
            if (!pdfWriter()(document, options, path, error, pdfProgress))
                return false;
        } else {
            if (format != ExportFormat::HtmlZip && cancelled(total))
                return false;
            // A failed export leaves nothing behind: photos it wrote go again with the file.
            QStringList created;
            if (ExportFormat::hasImageFiles(format)
                && !ExportFiles::saveSharedImages(parentDir, document.images(), options.overwrite,
                                                  &created, error))
                return false;
            if (!ExportFiles::saveFile(path, bytes, error)) {
                ExportFiles::removeCreated(created);
                return false;
            }
        }
    }
    if (options.recordRevision) {
        QString revisionError;
        if (!store->addRevision(articleId, ExportFormat::revisionReason(format), nullptr, &revisionError))
            qWarning("Exported, but could not record the revision: %s", qUtf8Printable(revisionError));
    }
    if (outPath)
        *outPath = path;
    error->clear();
    return true;
}

} // namespace copydesk
