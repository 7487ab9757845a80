#include "attachcommand.h"

#include "cli.h"
#include "invocation.h"
#include "media/decodedimage.h"
#include "media/photobatch.h"

#include <QDir>

namespace copydesk {

AttachCommand::AttachCommand()
    : Command(QStringLiteral("attach"), QStringLiteral("ID IMAGE... [--caption T] [--credit T] [--alt T]"),
              QT_TRANSLATE_NOOP("Cli", "append photos (files or folders, in shooting order)\n"
                                "to an article; caption, credit and alt text come\n"
                                "from the photo's metadata unless given"),
              2, Unlimited, StoreUse::Write,
              {option("caption", "T"), option("credit", "T"), option("alt", "T")})
{
}

int AttachCommand::execute(Invocation &invocation) const
{
    Article article;
    int code = Cli::Success;
    if (!invocation.loadArticle(invocation.argument(0), &article, &code))
        return code;
    QStringList files;
    QString error;
    if (!PhotoBatch::collect(invocation.arguments().mid(1), &files, &error))
        return invocation.fail(Cli::tr("attaching a photo to article %1").arg(article.id), error);
    Store &store = invocation.store();
    QList<Block> blocks;
    // Caption, credit and alt text from the photo's own metadata unless given explicitly.
    QString storeFailed;
    const auto attachOne = [&](const PhotoBatch::Photo &photo, QString *why) {
        const DecodedImage &image = photo.image;
        if (!store.putMedia({image}, why)) {
            storeFailed = photo.path;
            return false;
        }
        Block block = Block::image(image.sha256, image.size.width(), image.size.height(),
                                   invocation.value(QStringLiteral("caption")),
                                   invocation.value(QStringLiteral("credit")),
                                   invocation.value(QStringLiteral("alt")));
        PhotoMetadata metadata = photo.metadata;
        if (invocation.isSet(QStringLiteral("caption")))
            metadata.caption.clear();
        if (invocation.isSet(QStringLiteral("credit")))
            metadata.credit = metadata.byline = QString();
        if (invocation.isSet(QStringLiteral("alt")))
            metadata.alt.clear();
        metadata.fillBlock(&block);
        blocks.append(block);
        return true;
    };
    if (!PhotoBatch::decode(files, attachOne, &error))
        return invocation.fail(storeFailed.isEmpty()
                                       ? Cli::tr("attaching a photo to article %1").arg(article.id)
                                       : Cli::tr("storing %1").arg(QDir::toNativeSeparators(storeFailed)),
                               error);
    // Appended to the article as stored at this moment, whatever was written meanwhile.
    if (!store.updateArticle(article.id, [&](Article *stored, QString *) {
            stored->blocks += blocks;
            return true;
        }, &error))
        return invocation.fail(Cli::tr("saving article %1").arg(article.id), error);
    return Cli::Success;
}

} // namespace copydesk
