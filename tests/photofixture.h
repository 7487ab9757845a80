#pragma once

#include <QByteArray>
#include <QString>

#include <string>

// exiv2 0.27 hands images out in std::auto_ptr, which C++17 deprecates.
#if defined(__GNUC__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
#endif
#include <exiv2/exiv2.hpp>

namespace copydesk::test {

// Metadata to write into a test photo with exiv2; empty fields are not written.
struct PhotoFields
{
    QString xmpDescription;
    QString xmpCredit;
    QString xmpCreator;
    QString xmpAlt;
    QByteArray iptcCaption; // raw IIM bytes, in whatever character set the test wants
    QByteArray iptcCredit;
    QByteArray iptcByline;
    bool iptcUtf8 = false;  // write 1:90 CodedCharacterSet = ESC % G
    QString dateTimeOriginal; // "2023:05:01 10:20:30"
    QString offsetTimeOriginal;
    int orientation = 0;
};

// The photo with the fields written into it by exiv2 (as a photo desk's software would).
inline QByteArray withMetadata(const QByteArray &photo, const PhotoFields &fields)
{
    Exiv2::Image::AutoPtr image =
        Exiv2::ImageFactory::open(reinterpret_cast<const Exiv2::byte *>(photo.constData()), long(photo.size()));
    image->readMetadata();
    Exiv2::XmpData &xmp = image->xmpData();
    auto langAlt = [&](const char *key, const QString &text) {
        if (text.isEmpty())
            return;
        Exiv2::Value::AutoPtr value = Exiv2::Value::create(Exiv2::langAlt);
        value->read("lang=x-default " + text.toStdString());
        xmp.add(Exiv2::XmpKey(key), value.get());
    };
    langAlt("Xmp.dc.description", fields.xmpDescription);
    langAlt("Xmp.iptc.AltTextAccessibility", fields.xmpAlt);
    if (!fields.xmpCredit.isEmpty())
        xmp["Xmp.photoshop.Credit"] = fields.xmpCredit.toStdString();
    if (!fields.xmpCreator.isEmpty()) {
        Exiv2::Value::AutoPtr value = Exiv2::Value::create(Exiv2::xmpSeq);
        value->read(fields.xmpCreator.toStdString());
        xmp.add(Exiv2::XmpKey("Xmp.dc.creator"), value.get());
    }
    Exiv2::IptcData &iptc = image->iptcData();
    auto iim = [&](const char *key, const QByteArray &bytes) {
        if (bytes.isEmpty())
            return;
        Exiv2::StringValue value(bytes.toStdString());
        iptc.add(Exiv2::IptcKey(key), &value);
    };
    if (fields.iptcUtf8)
        iim("Iptc.Envelope.CharacterSet", QByteArray("\x1b%G"));
    iim("Iptc.Application2.Caption", fields.iptcCaption);
    iim("Iptc.Application2.Credit", fields.iptcCredit);
    iim("Iptc.Application2.Byline", fields.iptcByline);
    Exiv2::ExifData &exif = image->exifData();
    if (!fields.dateTimeOriginal.isEmpty())
        exif["Exif.Photo.DateTimeOriginal"] = fields.dateTimeOriginal.toStdString();
    if (!fields.offsetTimeOriginal.isEmpty())
        exif["Exif.Photo.OffsetTimeOriginal"] = fields.offsetTimeOriginal.toStdString();
    if (fields.orientation > 0)
        exif["Exif.Image.Orientation"] = uint16_t(fields.orientation);
    image->writeMetadata();
    Exiv2::BasicIo &io = image->io();
    io.open();
    const Exiv2::DataBuf buffer = io.read(long(io.size()));
    io.close();
    return QByteArray(reinterpret_cast<const char *>(buffer.pData_), int(buffer.size_));
}

} // namespace copydesk::test

#if defined(__GNUC__)
#pragma GCC diagnostic pop
#endif
