#pragma once

#include "model/article.h"
#include "media/decodedimage.h"
#include "media/photometadata.h"

#include <QHash>
#include <QList>
#include <QStringList>

namespace copydesk {

// An article read from a file or the clipboard, with the photos its image blocks use accepted from
// their headers (no thumbnails yet) but not yet put into a store (Store::importArticle does that).
struct ImportedArticle
{
    Article article;
    // One per distinct Block::media of the article's image blocks.
    QList<DecodedImage> media;
    // Per photo (Block::media), the fields its own metadata filled in for want of a caption or
    // credit in the document, for the photo inspector to say so.
    QHash<QString, PhotoMetadata::Fields> fromMetadata;
    // What the import left out or could not use, one human-readable sentence each (a picture
    // that is not a photo, a missing image file, ...). The import still succeeded.
    QStringList warnings;
    // A plain-text file's decoded text, so its headline can be chosen again (ImportCorrection);
    // empty for other files.
    QString plainText;
};

} // namespace copydesk
