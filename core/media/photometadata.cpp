#include "media/photometadata.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QStringList>
#include <QTimeZone>

#include <exception>
#include <functional>
#include <mutex>
#include <string>

// exiv2 0.27 hands images out in std::auto_ptr, which C++17 deprecates.
#if defined(__GNUC__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
#endif
#include <exiv2/exiv2.hpp>

namespace copydesk {

namespace {

QMutex &exivMutex()
{
    static QMutex mutex;
    return mutex;
}

void xmpLock(void *, bool lock)
{
    if (lock)
        exivMutex().lock();
    else
        exivMutex().unlock();
}

// exiv2's XMP toolkit must be set up once before any use, and its namespace registry locked.
// Reads are serialised as well: exiv2 0.27 does not promise more, and they take milliseconds.
void initializeExiv2()
{
    static std::once_flag once;
    std::call_once(once, [] {
        Exiv2::LogMsg::setLevel(Exiv2::LogMsg::mute);
        Exiv2::XmpParser::initialize(xmpLock, nullptr);
    });
}

QString clean(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        out.append((u < 0x20 || u == 0x7F || (u >= 0x80 && u < 0xA0)) ? QChar(u' ') : c);
    }
    return out.simplified();
}

bool hasCjk(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() >= 0x3400 && c.unicode() <= 0x9FFF)
            return true;
    }
    return false;
}

// IPTC IIM text is in the character set record 1:90 declares (ESC % G is UTF-8); files without
// it are UTF-8 when the bytes are valid UTF-8, else GB18030 when that reads as Chinese, else
// Latin-1.
QString decodeIptc(const std::string &raw, bool utf8Declared)
{
    const QByteArray bytes = QByteArray::fromStdString(raw);
    if (utf8Declared)
        return clean(QString::fromUtf8(bytes));
    QStringDecoder utf8(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    const QString asUtf8 = utf8.decode(bytes);
    if (!utf8.hasError())
        return clean(asUtf8);
    QStringDecoder gb18030("GB18030", QStringConverter::Flag::Stateless);
    if (gb18030.isValid()) {
        const QString asGb = gb18030.decode(bytes);
        if (!gb18030.hasError() && !asGb.contains(QChar::ReplacementCharacter) && hasCjk(asGb))
            return clean(asGb);
    }
    return clean(QString::fromLatin1(bytes));
}

QString xmpString(const Exiv2::XmpData &xmp, const char *key)
{
    const auto it = xmp.findKey(Exiv2::XmpKey(key));
    if (it == xmp.end())
        return {};
    const Exiv2::Value &value = it->value();
    if (value.typeId() == Exiv2::langAlt) {
        const auto *langAlt = dynamic_cast<const Exiv2::LangAltValue *>(&value);
        if (!langAlt || langAlt->value_.empty())
            return {};
        const auto def = langAlt->value_.find("x-default");
        const std::string &text = def != langAlt->value_.end() ? def->second : langAlt->value_.begin()->second;
        return clean(QString::fromStdString(text));
    }
    if (value.typeId() == Exiv2::xmpBag || value.typeId() == Exiv2::xmpSeq || value.typeId() == Exiv2::xmpAlt) {
        QStringList items;
        for (long i = 0; i < value.count(); ++i) {
            const QString item = clean(QString::fromStdString(value.toString(i)));
            if (!item.isEmpty() && !items.contains(item))
                items.append(item);
        }
        return items.join(QStringLiteral("、"));
    }
    return clean(QString::fromStdString(value.toString()));
}

QString iptcString(const Exiv2::IptcData &iptc, const char *key, bool utf8Declared)
{
    const Exiv2::IptcKey wanted(key);
    QStringList items;
    for (const Exiv2::Iptcdatum &datum : iptc) {
        if (datum.tag() != wanted.tag() || datum.record() != wanted.record())
            continue;
        const QString item = decodeIptc(datum.value().toString(), utf8Declared);
        if (!item.isEmpty() && !items.contains(item))
            items.append(item);
    }
    return items.join(QStringLiteral("、"));
}

QString exifString(const Exiv2::ExifData &exif, const char *key)
{
    try {
        const auto it = exif.findKey(Exiv2::ExifKey(key));
        return it == exif.end() ? QString() : QString::fromStdString(it->value().toString()).trimmed();
    } catch (...) {
        return {}; // a tag this exiv2 does not know
    }
}

// "2023:05:01 10:20:30" with an optional "+08:00" offset.
QDateTime captureTime(const QString &stamp, const QString &offset)
{
    const QDateTime local = QDateTime::fromString(stamp.left(19), QStringLiteral("yyyy:MM:dd HH:mm:ss"));
    if (!local.isValid())
        return {};
    static const QRegularExpression offsetRe(QStringLiteral("^([+-])(\\d{2}):(\\d{2})$"));
    const QRegularExpressionMatch match = offsetRe.match(offset);
    if (!match.hasMatch())
        return local;
    const int seconds = (match.captured(2).toInt() * 60 + match.captured(3).toInt()) * 60;
    return QDateTime(local.date(), local.time(),
                     QTimeZone(match.captured(1) == QLatin1String("-") ? -seconds : seconds));
}

void extract(Exiv2::Image &image, PhotoMetadata *out)
{
    image.readMetadata();
    const Exiv2::XmpData &xmp = image.xmpData();
    const Exiv2::IptcData &iptc = image.iptcData();
    const Exiv2::ExifData &exif = image.exifData();

    bool utf8 = false;
    const auto charset = iptc.findKey(Exiv2::IptcKey("Iptc.Envelope.CharacterSet"));
    if (charset != iptc.end())
        utf8 = charset->value().toString() == "\x1b%G";

    out->caption = xmpString(xmp, "Xmp.dc.description");
    if (out->caption.isEmpty())
        out->caption = iptcString(iptc, "Iptc.Application2.Caption", utf8);
    out->credit = xmpString(xmp, "Xmp.photoshop.Credit");
    if (out->credit.isEmpty())
        out->credit = iptcString(iptc, "Iptc.Application2.Credit", utf8);
    out->byline = xmpString(xmp, "Xmp.dc.creator");
    if (out->byline.isEmpty())
        out->byline = iptcString(iptc, "Iptc.Application2.Byline", utf8);
    out->alt = xmpString(xmp, "Xmp.iptc.AltTextAccessibility");
    out->captured = captureTime(exifString(exif, "Exif.Photo.DateTimeOriginal"),
                                exifString(exif, "Exif.Photo.OffsetTimeOriginal"));
}

QString describe(const std::exception &e)
{
    return QString::fromLocal8Bit(e.what()).simplified();
}

bool readWith(const std::function<Exiv2::Image::AutoPtr()> &open, PhotoMetadata *out, QString *error)
{
    initializeExiv2();
    *out = PhotoMetadata();
    QMutexLocker lock(&exivMutex());
    QString reason;
    try {
        Exiv2::Image::AutoPtr image = open();
        if (image.get()) {
            PhotoMetadata read;
            extract(*image, &read);
            *out = read;
            return true;
        }
        reason = QCoreApplication::translate("PhotoMetadata", "not an image format exiv2 knows");
    } catch (const std::exception &e) {
        reason = describe(e);
    } catch (...) {
        reason = QCoreApplication::translate("PhotoMetadata", "unreadable metadata");
    }
    if (error)
        *error = QCoreApplication::translate("PhotoMetadata", "cannot read the photo's metadata: %1").arg(reason);
    return false;
}

} // namespace

bool PhotoMetadata::isEmpty() const
{
    return caption.isEmpty() && credit.isEmpty() && byline.isEmpty() && alt.isEmpty() && !captured.isValid();
}

bool PhotoMetadata::read(const QByteArray &bytes, PhotoMetadata *out, QString *error)
{
    if (bytes.isEmpty()) {
        *out = PhotoMetadata();
        if (error)
            *error = QCoreApplication::translate("PhotoMetadata", "cannot read the photo's metadata: no data");
        return false;
    }
    return readWith(
        [&bytes] {
            return Exiv2::ImageFactory::open(reinterpret_cast<const Exiv2::byte *>(bytes.constData()),
                                             long(bytes.size()));
        },
        out, error);
}

bool PhotoMetadata::readFile(const QString &path, PhotoMetadata *out, QString *error)
{
    // An absolute local path: exiv2 would fetch a name starting with "http://" from the web.
    const QFileInfo info(path);
    if (!info.isFile()) {
        *out = PhotoMetadata();
        if (error)
            *error = QCoreApplication::translate("PhotoMetadata", "cannot read the photo's metadata: not a file");
        return false;
    }
    const std::string name = QFile::encodeName(info.absoluteFilePath()).toStdString();
    return readWith([&name] { return Exiv2::ImageFactory::open(name, false); }, out, error);
}

QString PhotoMetadata::creditLine() const
{
    return credit.isEmpty() ? byline : credit;
}

PhotoMetadata::Fields PhotoMetadata::fillBlock(Block *image) const
{
    Fields filled;
    if (image->caption.isEmpty() && !caption.isEmpty()) {
        image->caption = caption;
        filled |= Caption;
    }
    if (image->credit.isEmpty() && !creditLine().isEmpty()) {
        image->credit = creditLine();
        filled |= Credit;
    }
    if (image->alt.isEmpty() && !alt.isEmpty()) {
        image->alt = alt;
        filled |= Alt;
    }
    if (filled)
        image->checkMetadata = true; // until the editor confirms what the file said
    return filled;
}

} // namespace copydesk

#if defined(__GNUC__)
#pragma GCC diagnostic pop
#endif
