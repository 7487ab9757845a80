#pragma once

#include "model/block.h"

#include <QByteArray>
#include <QDateTime>
#include <QFlags>
#include <QString>

namespace copydesk {

// What a photo says about itself in its XMP, IPTC and EXIF metadata, read with exiv2.
struct PhotoMetadata
{
    enum Field { Caption = 0x1, Credit = 0x2, Alt = 0x4 };
    Q_DECLARE_FLAGS(Fields, Field)

    QString caption; // XMP dc:description, else IPTC 2:120 Caption/Abstract
    QString credit;  // XMP photoshop:Credit, else IPTC 2:110 Credit
    QString byline;  // XMP dc:creator, else IPTC 2:80 By-line (several joined with "、")
    QString alt;     // XMP Iptc4xmpCore:AltTextAccessibility
    QDateTime captured; // EXIF DateTimeOriginal (with OffsetTimeOriginal when present, else local time)

    bool isEmpty() const;

    // Never throws and never crashes on malformed metadata. A photo without metadata gives an
    // empty *out and true; false (with *out empty) only when exiv2 cannot read the bytes at all.
    // Thread-safe.
    static bool read(const QByteArray &bytes, PhotoMetadata *out, QString *error);
    // Reads only as much of the file as the metadata needs.
    static bool readFile(const QString &path, PhotoMetadata *out, QString *error);

    // The credit line to print under the photo: the credit, else the photographer's byline.
    QString creditLine() const;
    // Fills the image block's empty caption, credit (creditLine()) and alt from this metadata and
    // returns the fields it filled; a field already set wins. A block it filled is marked
    // Block::checkMetadata.
    Fields fillBlock(Block *image) const;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(PhotoMetadata::Fields)

} // namespace copydesk
