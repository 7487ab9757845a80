#include "export/htmlexporter.h"

#include "render/renderer.h"
#include "text/safefilename.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <exception>

namespace copydesk {

namespace {

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

struct RenditionJob
{
    QByteArray original;
    ImageRendition::Options options;
};

struct RenditionOutcome
{
    bool ok = false;
    ImageRendition::Result result;
    QString error;
};

RenditionOutcome renderRendition(const RenditionJob &job)
{
    RenditionOutcome outcome;
    try {
        outcome.ok = ImageRendition::render(job.original, job.options, &outcome.result, &outcome.error);
    } catch (const std::exception &e) {
        outcome.error = QString::fromLocal8Bit(e.what());
    } catch (...) {
        outcome.error = HtmlExporter::tr("unexpected failure");
    }
    return outcome;
}

bool writeFile(const QString &path, const QByteArray &bytes, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = HtmlExporter::tr("Cannot create %1: %2").arg(native(path), file.errorString());
        return false;
    }
    if (file.write(bytes) != bytes.size() || !file.flush()) {
        *error = HtmlExporter::tr("Cannot write %1: %2").arg(native(path), file.errorString());
        return false;
    }
    file.close();
    if (file.error() != QFileDevice::NoError) {
        *error = HtmlExporter::tr("Cannot write %1: %2").arg(native(path), file.errorString());
        return false;
    }
    return true;
}

// True for a folder holding nothing but what an export writes, so overwriting it cannot
// destroy anything else.
bool isPreviousExport(const QString &path)
{
    const QDir dir(path);
    const QFileInfoList entries =
        dir.entryInfoList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    bool hasIndex = false;
    static const QRegularExpression imageName(QStringLiteral("^[0-9]{2,}\\.[a-z0-9]{1,5}$"));
    for (const QFileInfo &entry : entries) {
        if (entry.isSymLink())
            return false;
        const QString name = entry.fileName();
        if (name == QLatin1String("index.html") && entry.isFile()) {
            hasIndex = true;
        } else if (name == QLatin1String("style.css") && entry.isFile()) {
            continue;
        } else if (name == QLatin1String("images") && entry.isDir()) {
            const QFileInfoList images = QDir(entry.filePath())
                                             .entryInfoList(QDir::AllEntries | QDir::Hidden
                                                            | QDir::System | QDir::NoDotAndDotDot);
            for (const QFileInfo &image : images) {
                if (image.isSymLink() || !image.isFile()
                    || !imageName.match(image.fileName()).hasMatch())
                    return false;
            }
        } else {
            return false;
        }
    }
    return hasIndex;
}

bool isReadOnlyFolder(const QFileInfo &info)
{
    const QFileDevice::Permissions writeBits =
        QFileDevice::WriteOwner | QFileDevice::WriteGroup | QFileDevice::WriteOther;
    // Checking the bits too refuses read-only folders also when running as root.
    return !info.isWritable() || !(info.permissions() & writeBits);
}

} // namespace

bool HtmlExporter::writePage(const Store &store, Article article, const Options &options,
                             const FileSink &sink, QString *error, const ProgressFunction &progress)
{
    // The distinct renditions in article order; the same photo used twice (with the same crop)
    // is written once.
    QStringList keys;
    QList<const Block *> firstUse;
    for (const Block &block : article.blocks) {
        if (block.type == Block::Type::Image && !block.isPlaceholder() && !keys.contains(ImageRendition::key(block))) {
            keys.append(ImageRendition::key(block));
            firstUse.append(&block);
        }
    }
    const qsizetype photoTotal = keys.size();
    const int total = int(photoTotal) + 1;
    auto cancelled = [&](int done) {
        if (progress && !progress(done, total)) {
            *error = HtmlExporter::tr("Export cancelled.");
            return true;
        }
        return false;
    };
    if (cancelled(0))
        return false;

    QHash<QString, QString> imagePaths; // rendition key → "images/NN.ext"
    QHash<QString, QSize> imageSizes;
    if (photoTotal > 0) {
        // Originals are read here (the store is single-threaded) and each is handed to the pool
        // at once, so reading overlaps rendering; results are written in article order.
        std::atomic_bool stopping{false};
        QThreadPool pool;
        pool.setMaxThreadCount(qMax(1, QThread::idealThreadCount()));
        QList<QFuture<RenditionOutcome>> futures;
        auto stop = [&] {
            stopping = true;
            for (QFuture<RenditionOutcome> &future : futures)
                future.waitForFinished();
        };
        auto describe = [&](int i) {
            const QString caption = firstUse.at(i)->caption.trimmed();
            return caption.isEmpty() ? firstUse.at(i)->media.left(12) : caption;
        };
        for (int i = 0; i < photoTotal; ++i) {
            QString mediaError;
            RenditionJob job{store.mediaBytes(firstUse.at(i)->media, &mediaError),
                             ImageRendition::forImage(options.rendition, *firstUse.at(i))};
            if (job.original.isEmpty()) {
                stop();
                *error = HtmlExporter::tr("Cannot export: photo %1 (%2) is missing from the store: %3")
                             .arg(i + 1)
                             .arg(describe(i), mediaError);
                return false;
            }
            futures.append(QtConcurrent::run(&pool, [job = std::move(job), &stopping] {
                return stopping ? RenditionOutcome() : renderRendition(job);
            }));
        }
        const int digits = qMax(2, int(QString::number(photoTotal).size()));
        static const QRegularExpression extensionPattern(QStringLiteral("^[a-z0-9]{1,5}$"));
        for (int i = 0; i < photoTotal; ++i) {
            const RenditionOutcome outcome = futures[i].result();
            futures[i] = QFuture<RenditionOutcome>(); // frees the rendition once written
            if (!outcome.ok || !extensionPattern.match(outcome.result.extension).hasMatch()) {
                stop();
                *error = HtmlExporter::tr("Cannot export: photo %1 (%2) cannot be converted: %3")
                             .arg(i + 1)
                             .arg(describe(i), outcome.ok ? HtmlExporter::tr("unsupported format") : outcome.error);
                return false;
            }
            const QString relative = QStringLiteral("images/%1.%2")
                                         .arg(i + 1, digits, 10, QLatin1Char('0'))
                                         .arg(outcome.result.extension);
            if (!sink(relative, outcome.result.bytes, error)) {
                stop();
                return false;
            }
            imagePaths.insert(keys.at(i), relative);
            imageSizes.insert(keys.at(i), outcome.result.size);
            if (cancelled(i + 1)) {
                stop();
                return false;
            }
        }
    }

    // The page states the renditions' sizes, not the originals'; renditions are cropped already.
    // The renderer hands the imageUrl function the article's own blocks. (Read through a const
    // list: a long article's blocks are copied only if it has a photo.)
    QHash<const Block *, QString> pathOf;
    for (qsizetype i = 0; i < article.blocks.size(); ++i) {
        if (std::as_const(article.blocks).at(i).type != Block::Type::Image)
            continue;
        Block &block = article.blocks[i];
        const QString key = ImageRendition::key(block);
        const QSize size = imageSizes.value(key);
        if (size.isValid()) {
            block.width = size.width();
            block.height = size.height();
            block.crop = QRectF();
            block.rotation = 0;
        }
        pathOf.insert(&block, imagePaths.value(key));
    }
    Renderer::Options renderOptions;
    renderOptions.imageUrl = [&pathOf](const Block &image) {
        return pathOf.value(&image);
    };
    renderOptions.stylesheetHref = QStringLiteral("style.css");
    // Rendered block by block straight into UTF-8: a 100k-line article's page is held once, not
    // as template data, UTF-16 and UTF-8 copies (docs/benchmarks.md, "Export memory").
    QString renderError;
    QByteArray html;
    if (!Renderer(options.theme).renderTo(article, store.siteSettings(), renderOptions,
                                          [&html](const std::string &chunk) { html.append(chunk.data(), qsizetype(chunk.size())); },
                                          &renderError)) {
        *error = HtmlExporter::tr("Cannot export: %1").arg(renderError);
        return false;
    }
    return sink(QStringLiteral("index.html"), html, error)
        && sink(QStringLiteral("style.css"), options.theme.css().toUtf8(), error) && !cancelled(total);
}


bool HtmlExporter::exportArticle(const Store &store, qint64 articleId, const QString &parentDir,
                                 const Options &options, QString *outDir, QString *error,
                                 const ProgressFunction &progress) const
{
    QString localError;
    if (!error)
        error = &localError;
    const QFileInfo parentInfo(parentDir);
    if (parentDir.isEmpty() || !parentInfo.exists()) {
        *error = HtmlExporter::tr("Cannot export: the folder %1 does not exist.").arg(native(parentDir));
        return false;
    }
    if (!parentInfo.isDir()) {
        *error = HtmlExporter::tr("Cannot export: %1 is not a folder.").arg(native(parentDir));
        return false;
    }
    if (isReadOnlyFolder(parentInfo)) {
        *error = HtmlExporter::tr("Cannot export: the folder %1 is read-only. Choose another folder.")
                     .arg(native(parentDir));
        return false;
    }
    const QDir parent(parentInfo.absoluteFilePath());

    Article article;
    QString loadError;
    if (!store.loadArticle(articleId, &article, &loadError)) {
        *error = HtmlExporter::tr("Cannot export article %1: %2").arg(articleId).arg(loadError);
        return false;
    }
    if (!options.theme.isValid()) {
        *error = HtmlExporter::tr("Cannot export: the theme is not usable.");
        return false;
    }

    const QString name = SafeFileName::fromTitle(article.title);
    const QString target = parent.filePath(name);
    if (!SafeFileName::isInside(parent.path(), target)) {
        *error = HtmlExporter::tr("Cannot export: %1 would lie outside %2.").arg(native(target), native(parent.path()));
        return false;
    }
    const QFileInfo targetInfo(target);
    const bool replacing = targetInfo.exists() || targetInfo.isSymLink();
    if (replacing) {
        if (!options.overwrite) {
            *error = HtmlExporter::tr("A folder named “%1” already exists in %2. Choose another folder or allow "
                        "overwriting.")
                         .arg(name, native(parent.path()));
            return false;
        }
        if (targetInfo.isSymLink() || !targetInfo.isDir() || !isPreviousExport(target)) {
            *error = HtmlExporter::tr("Not overwriting %1: it holds more than a previous export. Move it away or "
                        "choose another folder.")
                         .arg(native(target));
            return false;
        }
    }

    QTemporaryDir staging(parent.filePath(name + QStringLiteral(".partial-XXXXXX")));
    if (!staging.isValid()) {
        *error = HtmlExporter::tr("Cannot create a folder in %1: %2").arg(native(parent.path()), staging.errorString());
        return false;
    }
    if (!SafeFileName::isInside(parent.path(), staging.path())) {
        *error = HtmlExporter::tr("Cannot export: %1 would lie outside %2.").arg(native(staging.path()), native(parent.path()));
        return false;
    }
    QFile::setPermissions(staging.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                              | QFileDevice::ExeOwner | QFileDevice::ReadGroup
                                              | QFileDevice::ExeGroup | QFileDevice::ReadOther
                                              | QFileDevice::ExeOther);
    const QDir out(staging.path());
    const FileSink toFolder = [&out](const QString &relative, const QByteArray &bytes, QString *why) {
        if (relative.startsWith(QLatin1String("images/")) && !out.exists(QStringLiteral("images"))
            && !out.mkdir(QStringLiteral("images"))) {
            *why = HtmlExporter::tr("Cannot create the folder %1.").arg(native(out.filePath(QStringLiteral("images"))));
            return false;
        }
        return writeFile(out.filePath(relative), bytes, why);
    };
    if (!writePage(store, article, options, toFolder, error, progress))
        return false;

    // Swap into place; an overwritten export is moved aside first and restored on failure.
    QString previous;
    if (replacing) {
        if (!isPreviousExport(target)) {
            *error = HtmlExporter::tr("Not overwriting %1: it changed during the export.").arg(native(target));
            return false;
        }
        previous = parent.filePath(SafeFileName::uniqueChild(parent.path(), name + QStringLiteral(".old")));
        if (!QDir().rename(target, previous)) {
            *error = HtmlExporter::tr("Cannot replace %1: it cannot be moved aside.").arg(native(target));
            return false;
        }
    }
    if (!QDir().rename(staging.path(), target)) {
        if (!previous.isEmpty())
            QDir().rename(previous, target);
        *error = HtmlExporter::tr("Cannot create %1: renaming the finished export failed.").arg(native(target));
        return false;
    }
    staging.setAutoRemove(false);
    if (!previous.isEmpty() && !QDir(previous).removeRecursively())
        qWarning("Could not remove the replaced export %s", qUtf8Printable(native(previous)));
    if (outDir)
        *outDir = target;
    error->clear();
    return true;
}

bool HtmlExporter::write(const Job &job, QString *error) const
{
    Options options;
    options.rendition = job.options.rendition;
    options.theme = job.options.theme;
    options.overwrite = job.options.overwrite;
    QString folder;
    return exportArticle(*job.store, job.article.id, job.parentDir, options, &folder, error,
                         job.progress);
}

} // namespace copydesk
