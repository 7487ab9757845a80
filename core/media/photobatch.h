#pragma once

#include "media/decodedimage.h"
#include "media/photometadata.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace copydesk {

// A photographer's batch: photo files given one by one or as folders, decoded in parallel with
// their metadata and handed on in shooting order.
class PhotoBatch
{
    Q_DECLARE_TR_FUNCTIONS(PhotoBatch)

public:
    struct Photo
    {
        QString path;
        DecodedImage image;
        PhotoMetadata metadata;
    };
    using Consumer = std::function<bool(const Photo &photo, QString *error)>;

    // How the names of photo files end ("jpg", "png", …), lower case: what file choosers offer,
    // drops treat as photos and folders are searched for.
    static const QStringList &photoSuffixes();
    static bool isPhotoFile(const QString &path);

    // The photo files paths name: files as given, and the files of a folder whose names end like a
    // photo's (.jpg, .png, …; not recursive). Several files are ordered by capture time when every
    // one has one, else by file name in natural order ("2.jpg" before "10.jpg"). Fails on a path
    // that does not exist or a folder without photos.
    static bool collect(const QStringList &paths, QStringList *files, QString *error);

    // Decodes the files (a few at a time, in parallel, so that memory stays bounded) and hands
    // each photo to consume in the order given. Stops at the first file that cannot be decoded
    // (the error names it) or that consume refuses.
    static bool decode(const QStringList &files, const Consumer &consume, QString *error);
};

} // namespace copydesk
