#pragma once

#include "media/decodedimage.h"
#include "model/mediainfo.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace copydesk {

class Database;

// Photos in the store, each once by SHA-256: the original bytes, a thumbnail, what they are,
// and which articles use them.
class MediaRows
{
public:
    explicit MediaRows(Database &db) : m_db(db) {}

    // In a transaction of its own.
    bool put(const QList<DecodedImage> &images, QString *error);
    // Within the caller's transaction; the error names the photo that failed.
    bool putWithin(const QList<DecodedImage> &images, QString *error);
    bool has(const QString &sha256);
    bool info(const QString &sha256, MediaInfo *info, QString *error);
    QByteArray bytes(const QString &sha256, QString *error);
    QByteArray thumbnail(const QString &sha256);
    // Sets the thumbnail of a stored media that has none (within the caller's transaction).
    bool setThumbnail(const QString &sha256, const QByteArray &thumbnail, QString *why);
    QList<qint64> usedBy(const QString &sha256, QString *error);

private:
    bool verify(const QList<DecodedImage> &images, QString *error);
    bool write(const DecodedImage &image, QString *why);

    Database &m_db;
};

} // namespace copydesk
