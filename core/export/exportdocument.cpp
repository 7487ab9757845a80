#include "export/exportdocument.h"

#include "store/store.h"

#include <QRegularExpression>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <exception>

namespace copydesk {

namespace {

struct Outcome
{
    bool ok = false;
    ImageRendition::Result result;
    QString error;
};

Outcome renderOne(const QByteArray &original, const ImageRendition::Options &options)
{
    Outcome outcome;
    try {
        outcome.ok = ImageRendition::render(original, options, &outcome.result, &outcome.error);
    } catch (const std::exception &e) {
        outcome.error = QString::fromLocal8Bit(e.what());
    } catch (...) {
        outcome.error = ExportDocument::tr("unexpected failure");
    }
    return outcome;
}

QList<const Block *> distinctPhotos(const Article &article)
{
    QList<const Block *> photos;
    QStringList seen;
    for (const Block &block : article.blocks) {
        if (block.type == Block::Type::Image && !block.isPlaceholder() && !seen.contains(ImageRendition::key(block))) {
            seen.append(ImageRendition::key(block));
            photos.append(&block);
        }
    }
    return photos;
}

} // namespace

int ExportDocument::photoCount(const Article &article)
{
    return int(distinctPhotos(article).size());
}

bool ExportDocument::load(const Store &store, qint64 articleId, const ImageRendition::Options &options,
                          QString *error, const StepFunction &step)
{
    Article article;
    QString loadError;
    if (!store.loadArticle(articleId, &article, &loadError)) {
        *error = tr("Cannot export article %1: %2").arg(articleId).arg(loadError);
        return false;
    }
    return load(store, article, options, error, step);
}

bool ExportDocument::load(const Store &store, const Article &article,
                          const ImageRendition::Options &options, QString *error,
                          const StepFunction &step)
{
    m_article = article;
    m_site = store.siteSettings();
    m_images.clear();
    m_index.clear();
    const QList<const Block *> photos = distinctPhotos(m_article);
    if (photos.isEmpty())
        return true;

    // Originals are read here (the store is single-threaded) and handed to the pool at once, so
    // reading overlaps rendering; results are taken in article order.
    std::atomic_bool stopping{false};
    QThreadPool pool;
    pool.setMaxThreadCount(qMax(1, QThread::idealThreadCount()));
    QList<QFuture<Outcome>> futures;
    auto stop = [&] {
        stopping = true;
        for (QFuture<Outcome> &future : futures)
            future.waitForFinished();
    };
    auto describe = [&](qsizetype i) {
        const QString caption = photos.at(i)->caption.simplified();
        return caption.isEmpty() ? photos.at(i)->media.left(12) : caption;
    };
    for (qsizetype i = 0; i < photos.size(); ++i) {
        QString mediaError;
        QByteArray original = store.mediaBytes(photos.at(i)->media, &mediaError);
        if (original.isEmpty()) {
            stop();
            *error = tr("Cannot export: photo %1 (%2) is missing from the store: %3")
                         .arg(i + 1)
                         .arg(describe(i), mediaError);
            return false;
        }
        futures.append(QtConcurrent::run(&pool, [original = std::move(original),
                                              options = ImageRendition::forImage(options, *photos.at(i)), &stopping] {
            return stopping ? Outcome() : renderOne(original, options);
        }));
    }
    static const QRegularExpression extension(QStringLiteral("^[a-z0-9]{1,5}$"));
    for (qsizetype i = 0; i < photos.size(); ++i) {
        const Outcome outcome = futures[i].result();
        futures[i] = QFuture<Outcome>();
        if (!outcome.ok || !extension.match(outcome.result.extension).hasMatch()) {
            stop();
            *error = tr("Cannot export: photo %1 (%2) cannot be converted: %3")
                         .arg(i + 1)
                         .arg(describe(i), outcome.ok ? tr("unsupported format") : outcome.error);
            return false;
        }
        ExportImage image;
        image.media = photos.at(i)->media;
        image.bytes = outcome.result.bytes;
        image.format = outcome.result.format;
        image.extension = outcome.result.extension;
        image.size = outcome.result.size;
        image.number = int(i + 1);
        m_index.insert(ImageRendition::key(*photos.at(i)), m_images.size());
        m_images.append(image);
        if (step && !step(int(i + 1))) {
            stop();
            *error = tr("Export cancelled.");
            return false;
        }
    }
    return true;
}

const ExportImage *ExportDocument::image(const Block &block) const
{
    if (block.type != Block::Type::Image || block.isPlaceholder())
        return nullptr;
    const auto it = m_index.constFind(ImageRendition::key(block));
    return it == m_index.cend() ? nullptr : &m_images.at(*it);
}

} // namespace copydesk
