#include "fixturebuilder.h"
#include "fixtures/testutil.h"

#include "articlegenerator.h"
#include "media/decodedimage.h"
#include "media/imagedecoder.h"
#include "photogenerator.h"
#include "store/store.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QUrl>

namespace copydesk::bench {

namespace {

constexpr int PhotoQuality = 90;
constexpr int BatchSize = 1000;

bool removeStore(const QString &path, QString *error)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (QFileInfo::exists(path + suffix) && !QFile::remove(path + suffix)) {
            *error = QStringLiteral("cannot replace the old store %1").arg(path + suffix);
            return false;
        }
    }
    return true;
}

bool insertGenerated(Store *store, const ArticleGenerator &generator, int articles, QString *error)
{
    for (int start = 0; start < articles; start += BatchSize) {
        QList<Article> batch;
        for (int i = start; i < qMin(articles, start + BatchSize); ++i)
            batch.append(generator.article(i));
        if (!store->insertArticles(&batch, error))
            return false;
    }
    return true;
}

} // namespace

FixtureBuilder::FixtureBuilder(const ArticleGenerator &generator, const QString &photoFolder)
    : m_generator(generator), m_photoFolder(photoFolder)
{
}

bool FixtureBuilder::buildEditingStore(const QString &path, int characters, int photos, const QSize &photoSize,
                                       int others, EditingArticle *out, QString *error) const
{
    if (!removeStore(path, error))
        return false;
    Store store;
    if (!store.open(path, error) || !insertGenerated(&store, m_generator, others, error))
        return false;

    QList<Block> images;
    out->photoFiles.clear();
    for (int i = 0; i < photos; ++i) {
        const QString file = PhotoGenerator::cachedJpeg(m_photoFolder, photoSize.width(), photoSize.height(), 500 + i,
                                                        PhotoQuality, error);
        if (file.isEmpty())
            return false;
        QFile in(file);
        if (!in.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("cannot read %1: %2").arg(file, in.errorString());
            return false;
        }
        DecodedImage image;
        if (!ImageDecoder::decodeBytes(in.readAll(), QFileInfo(file).fileName(), &image, error)
            || !store.putMedia({test::decodedImage(image.bytes, image.sha256, image.mime, image.size.width(), image.size.height(), image.thumbnail, image.fileName)}, error))
            return false;
        images.append(Block::image(image.sha256, image.size.width(), image.size.height()));
        out->photoFiles.append(file);
    }

    // The generator's text with the photos spread through it; the generated photo placeholders
    // give the photos their captions. Asked for more text until the whole reaches the size.
    Article article;
    int requested = characters;
    for (int attempt = 0; attempt < 5; ++attempt) {
        const Article generated = m_generator.longArticle(requested, 20261129);
        QList<Block> text;
        QList<Block> placeholders;
        for (const Block &block : generated.blocks)
            (block.type == Block::Type::Image ? placeholders : text).append(block);
        article = generated;
        article.blocks.clear();
        const int every = qMax(1, int(text.size() - 1) / qMax(1, photos));
        int placed = 0;
        const auto place = [&] {
            Block image = images.at(placed);
            if (!placeholders.isEmpty()) {
                image.caption = placeholders.at(placed % placeholders.size()).caption;
                image.credit = placeholders.at(placed % placeholders.size()).credit;
            }
            article.blocks.append(image);
            ++placed;
        };
        for (int i = 0; i < text.size(); ++i) {
            article.blocks.append(text.at(i));
            if (i > 0 && i % every == 0 && placed < images.size())
                place();
        }
        while (placed < images.size())
            place();
        out->characters = 0;
        for (const Block &block : std::as_const(article.blocks))
            out->characters += int(block.plainText().size());
        if (out->characters >= characters)
            break;
        requested += characters - out->characters + 100;
    }
    article.updated = QDateTime::currentDateTimeUtc();
    if (!store.insertArticle(&article, error))
        return false;

    out->article = article;
    return true;
}

bool FixtureBuilder::buildListStore(const QString &path, int articles, QString *error) const
{
    if (!removeStore(path, error))
        return false;
    Store store;
    return store.open(path, error) && insertGenerated(&store, m_generator, articles, error);
}

bool FixtureBuilder::writeMarkdown(const EditingArticle &editing, const QString &path, QString *error)
{
    const Article &article = editing.article;
    QString markdown = QStringLiteral("# ") + article.title + QStringLiteral("\n\n");
    if (!article.byline.isEmpty())
        markdown += article.byline + QStringLiteral("\n\n");
    int photo = 0;
    for (const Block &block : article.blocks) {
        switch (block.type) {
        case Block::Type::Paragraph:
            markdown += block.text.text;
            break;
        case Block::Type::Heading:
            markdown += QString(block.level, QLatin1Char('#')) + QLatin1Char(' ') + block.text.text;
            break;
        case Block::Type::Quote:
            markdown += QStringLiteral("> ") + block.text.text;
            break;
        case Block::Type::List:
            for (int i = 0; i < block.items.size(); ++i) {
                markdown += (block.ordered ? QString::number(i + 1) + QStringLiteral(". ") : QStringLiteral("- "))
                          + block.items.at(i).text + QLatin1Char('\n');
            }
            break;
        case Block::Type::Image:
            if (photo < editing.photoFiles.size()) {
                markdown += QStringLiteral("![%1](%2)\n\n")
                                    .arg(block.caption, QUrl::fromLocalFile(editing.photoFiles.at(photo++)).toString());
            }
            markdown += QStringLiteral("*") + block.caption + QStringLiteral("* ") + block.credit;
            break;
        }
        markdown += QStringLiteral("\n\n");
    }
    QSaveFile file(path);
    const QByteArray bytes = markdown.toUtf8();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace copydesk::bench
