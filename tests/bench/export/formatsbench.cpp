#include "formatsbench.h"

#include "export/articleexporter.h"
#include "benchreport.h"
#include "media/decodedimage.h"
#include "export/exportformat.h"
#include "media/imagedecoder.h"
#include "photogenerator.h"
#include "samples.h"
#include "store/store.h"
#include "fixtures/testutil.h"
#include "import/textimporter.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QUrl>

namespace copydesk::bench {

namespace {

// The sample's placeholders get the photos in order; the rest go after evenly spaced paragraphs.
void attachPhotos(Article *article, const QList<DecodedImage> &photos)
{
    qsizetype next = 0;
    for (Block &block : article->blocks) {
        if (next < photos.size() && block.isPlaceholder()) {
            const DecodedImage &photo = photos.at(next++);
            block.media = photo.sha256;
            block.width = photo.size.width();
            block.height = photo.size.height();
            block.credit = QStringLiteral("记者 李晓燕 摄");
        }
    }
    QList<qsizetype> paragraphs;
    for (qsizetype i = 0; i < article->blocks.size(); ++i) {
        if (article->blocks.at(i).type == Block::Type::Paragraph)
            paragraphs.append(i);
    }
    const qsizetype left = photos.size() - next;
    for (qsizetype k = left - 1; k >= 0 && !paragraphs.isEmpty(); --k) {
        const DecodedImage &photo = photos.at(next + k);
        article->blocks.insert(paragraphs.at((k + 1) * paragraphs.size() / (left + 1)) + 1,
                               Block::image(photo.sha256, photo.size.width(), photo.size.height(),
                                            QStringLiteral("活动现场(%1)").arg(next + k + 1),
                                            QStringLiteral("记者 李晓燕 摄")));
    }
}

} // namespace

FormatsBench::FormatsBench(const QString &folder, const Options &options, BenchReport *report)
    : m_folder(folder), m_options(options), m_report(report)
{
}

bool FormatsBench::run(QString *error)
{
    const QString section = QStringLiteral("formats");
    const QDir folder(m_folder);
    const QString storePath = folder.filePath(QStringLiteral("formats.sqlite3"));
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(storePath + suffix);
    Store store;
    if (!store.open(storePath, error))
        return false;
    QList<DecodedImage> decoded;
    for (int i = 0; i < m_options.photos; ++i) {
        const QString path = PhotoGenerator::cachedJpeg(m_options.photoFolder, m_options.width, m_options.height,
                                                        i + 1, 92, error);
        QFile file(path);
        if (path.isEmpty() || !file.open(QIODevice::ReadOnly)) {
            if (error->isEmpty())
                *error = QStringLiteral("cannot read %1").arg(path);
            return false;
        }
        DecodedImage image;
        if (!ImageDecoder::decodeBytes(file.readAll(), QFileInfo(path).fileName(), &image, error)
            || !store.putMedia({test::decodedImage(image.bytes, image.sha256, image.mime, image.size.width(), image.size.height(), image.thumbnail, image.fileName)}, error))
            return false;
        image.bytes.clear();
        image.thumbnail.clear();
        decoded.append(image);
    }
    Article article = TextImporter::fromPlainText(test::sampleArticleText());
    attachPhotos(&article, decoded);
    if (!store.insertArticle(&article, error))
        return false;
    m_report->addNote(QStringLiteral("the shared sample with %1 photos of %2x%3 (%4 MP), median of %5 runs per format")
                          .arg(m_options.photos)
                          .arg(m_options.width)
                          .arg(m_options.height)
                          .arg(double(m_options.width) * m_options.height / 1e6, 0, 'f', 0)
                          .arg(m_options.runs));

    const QString out = folder.filePath(QStringLiteral("formats-out"));
    QDir(out).removeRecursively();
    QDir().mkpath(out);
    ArticleExporter::Options options;
    options.overwrite = true;
    options.recordRevision = false;
    QString odt;
    double pdfSeconds = 0;
    for (const ExportFormat::Id format : ExportFormat::all()) {
        if (format == ExportFormat::Pdf && !ExportFormat::isAvailable(ExportFormat::Pdf))
            continue;
        Samples runs;
        QString path;
        // The PDF's first export starts Chromium and the PdfRenderer's page: timed apart, one more run.
        const bool firstApart = format == ExportFormat::Pdf;
        double first = 0;
        for (int run = firstApart ? -1 : 0; run < m_options.runs; ++run) {
            QElapsedTimer timer;
            timer.start();
            if (!ArticleExporter().exportArticle(&store, article.id, format, out, options, &path, error))
                return false;
            if (run < 0)
                first = double(timer.nsecsElapsed()) / 1e9;
            else
                runs.add(double(timer.nsecsElapsed()) / 1e9);
        }
        if (firstApart)
            m_report->add(section, QStringLiteral("pdf, first export in this process (starts Chromium)"), first, QStringLiteral("s"));
        const qint64 size = QFileInfo(path).isFile() ? QFileInfo(path).size() : 0;
        m_report->add(section, QStringLiteral("%1%2 (%3)").arg(ExportFormat::name(format),
                                                              firstApart ? QStringLiteral(", later exports (warm renderer)") : QString(),
                                                              size >= 1024 * 1024 ? QStringLiteral("%1 MB").arg(double(size) / (1024 * 1024), 0, 'f', 1)
                                                              : size > 0          ? QStringLiteral("%1 KB").arg((size + 1023) / 1024)
                                                                                  : QStringLiteral("folder")),
                      runs.median(), QStringLiteral("s"));
        if (format == ExportFormat::Odt)
            odt = path;
        if (format == ExportFormat::Pdf)
            pdfSeconds = runs.median();
    }
    // The whole processes side by side, alternating run for run, so that the other work on the
    // machine weighs on both alike; the first round (LibreOffice making its profile) not counted.
    const bool withCli = !m_options.cli.isEmpty() && ExportFormat::isAvailable(ExportFormat::Pdf);
    const bool withLibreOffice = !m_options.soffice.isEmpty() && !odt.isEmpty();
    if (!withLibreOffice)
        m_report->addNote(QStringLiteral("LibreOffice comparison skipped (no soffice on PATH)"));
    QTemporaryDir profile;
    QTemporaryDir converted;
    const QStringList libreOfficeArguments{
            QStringLiteral("-env:UserInstallation=") + QUrl::fromLocalFile(profile.path()).toString(),
            QStringLiteral("--headless"), QStringLiteral("--convert-to"), QStringLiteral("pdf"),
            QStringLiteral("--outdir"), converted.path(), odt};
    const QStringList cliArguments{QStringLiteral("--store"), storePath, QStringLiteral("export"), QString::number(article.id),
                                   QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--out"), out,
                                   QStringLiteral("--force")};
    Samples cliRuns;
    Samples libreOfficeRuns;
    for (int run = withLibreOffice ? -1 : 0; run < m_options.runs && (withCli || withLibreOffice); ++run) {
        double seconds = 0;
        if (withLibreOffice) {
            if (!timeProcess(m_options.soffice, libreOfficeArguments, &seconds, error))
                return false;
            if (run >= 0)
                libreOfficeRuns.add(seconds);
        }
        if (withCli) {
            if (!timeProcess(m_options.cli, cliArguments, &seconds, error))
                return false;
            if (run >= 0)
                cliRuns.add(seconds);
        }
    }
    if (withCli)
        m_report->add(section, QStringLiteral("pdf, whole process (copydesk-cli export --format pdf)"), cliRuns.median(), QStringLiteral("s"));
    if (!withLibreOffice)
        return true;
    if (QDir(converted.path()).entryList(QDir::Files).isEmpty()) {
        *error = QStringLiteral("LibreOffice wrote no PDF");
        return false;
    }
    const double libreOffice = libreOfficeRuns.median();
    m_report->add(section, QStringLiteral("LibreOffice odt -> pdf (warm profile, median)"), libreOffice, QStringLiteral("s"));
    if (pdfSeconds > 0)
        m_report->add(section, QStringLiteral("Copydesk pdf (warm, in process) / LibreOffice odt -> pdf"), pdfSeconds / libreOffice, QStringLiteral("x"));
    if (withCli)
        m_report->add(section, QStringLiteral("copydesk-cli pdf (whole process) / LibreOffice odt -> pdf"), cliRuns.median() / libreOffice, QStringLiteral("x"));
    return true;
}

bool FormatsBench::timeProcess(const QString &program, const QStringList &arguments, double *seconds, QString *error) const
{
    QElapsedTimer timer;
    timer.start();
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(600000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        *error = QStringLiteral("%1 failed: %2").arg(program, QString::fromLocal8Bit(process.readAllStandardError()));
        return false;
    }
    *seconds = double(timer.nsecsElapsed()) / 1e9;
    return true;
}

} // namespace copydesk::bench
