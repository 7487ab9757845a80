#include "media/imagedecoder.h"

#include "media/sha256.h"

#include <QBuffer>
#include <QColorSpace>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QImageWriter>
#include <QList>
#include <QPainter>
#include <QtEndian>

#include <cstring>

namespace copydesk {

namespace {

enum class Integrity { Complete, Truncated, Damaged };

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

const uchar *data(const QByteArray &bytes)
{
    return reinterpret_cast<const uchar *>(bytes.constData());
}

bool hasSignature(const QByteArray &bytes, const char *signature, qsizetype length, qsizetype at = 0)
{
    return bytes.size() >= at + length && std::memcmp(bytes.constData() + at, signature, size_t(length)) == 0;
}

// Walks the marker segments up to EOI. Bytes after EOI (camera trailers, motion-photo video)
// are allowed; a file that ends before EOI is truncated.
Integrity jpegIntegrity(const QByteArray &bytes)
{
    const uchar *p = data(bytes);
    const qsizetype n = bytes.size();
    qsizetype pos = 2; // after SOI
    for (;;) {
        // Like libjpeg, skip stray bytes before a marker. Inside entropy-coded data, 0xFF is
        // only followed by a stuffed 0x00 or a restart marker, so EOI cannot appear by chance.
        const void *ff = pos < n ? std::memchr(p + pos, 0xFF, size_t(n - pos)) : nullptr;
        if (!ff)
            return Integrity::Truncated;
        pos = static_cast<const uchar *>(ff) - p;
        while (pos < n && p[pos] == 0xFF)
            ++pos;
        if (pos >= n)
            return Integrity::Truncated;
        const uchar marker = p[pos++];
        if (marker == 0xD9)
            return Integrity::Complete;
        if (marker == 0x00 || marker == 0x01 || (marker >= 0xD0 && marker <= 0xD8))
            continue; // stuffed byte, TEM, RSTn, SOI: no length field
        if (pos + 2 > n)
            return Integrity::Truncated;
        const int length = (p[pos] << 8) | p[pos + 1];
        if (length < 2)
            return Integrity::Damaged;
        pos += length;
        if (pos > n)
            return Integrity::Truncated;
    }
}

Integrity pngIntegrity(const QByteArray &bytes)
{
    const uchar *p = data(bytes);
    const qsizetype n = bytes.size();
    qsizetype pos = 8; // after the signature
    for (;;) {
        if (pos + 8 > n)
            return Integrity::Truncated;
        const quint32 length = qFromBigEndian<quint32>(p + pos);
        if (length > 0x7FFFFFFFu)
            return Integrity::Damaged;
        const bool end = std::memcmp(p + pos + 4, "IEND", 4) == 0;
        pos += 12 + qsizetype(length); // length, type, data, CRC
        if (pos > n)
            return Integrity::Truncated;
        if (end)
            return Integrity::Complete;
    }
}

// Skips GIF data sub-blocks at *pos; false if the data ends first.
bool skipGifSubBlocks(const QByteArray &bytes, qsizetype *pos)
{
    const uchar *p = data(bytes);
    for (;;) {
        if (*pos >= bytes.size())
            return false;
        const int size = p[(*pos)++];
        if (size == 0)
            return true;
        *pos += size;
    }
}

// Walks every block; a missing trailer after complete blocks is tolerated, as browsers do.
Integrity gifIntegrity(const QByteArray &bytes)
{
    const uchar *p = data(bytes);
    const qsizetype n = bytes.size();
    if (n < 13)
        return Integrity::Truncated;
    qsizetype pos = 13; // header and logical screen descriptor
    if (p[10] & 0x80)
        pos += 3 * (qsizetype(1) << ((p[10] & 0x07) + 1));
    int frames = 0;
    for (;;) {
        if (pos >= n)
            return frames > 0 && pos == n ? Integrity::Complete : Integrity::Truncated;
        const uchar introducer = p[pos++];
        if (introducer == 0x3B)
            return frames > 0 ? Integrity::Complete : Integrity::Damaged;
        if (introducer == 0x21) {
            ++pos; // label
            if (!skipGifSubBlocks(bytes, &pos))
                return Integrity::Truncated;
        } else if (introducer == 0x2C) {
            if (pos + 10 > n)
                return Integrity::Truncated;
            const uchar flags = p[pos + 8];
            pos += 9;
            if (flags & 0x80)
                pos += 3 * (qsizetype(1) << ((flags & 0x07) + 1));
            ++pos; // LZW minimum code size
            if (!skipGifSubBlocks(bytes, &pos))
                return Integrity::Truncated;
            ++frames;
        } else {
            return Integrity::Damaged;
        }
    }
}

Integrity webpIntegrity(const QByteArray &bytes)
{
    const quint32 riffSize = qFromLittleEndian<quint32>(data(bytes) + 4);
    return qint64(riffSize) + 8 > bytes.size() ? Integrity::Truncated : Integrity::Complete;
}

Integrity bmpIntegrity(const QByteArray &bytes)
{
    const quint32 fileSize = qFromLittleEndian<quint32>(data(bytes) + 2);
    const quint32 pixelOffset = qFromLittleEndian<quint32>(data(bytes) + 10);
    if (pixelOffset >= quint32(bytes.size()) || qint64(fileSize) > bytes.size())
        return Integrity::Truncated;
    return Integrity::Complete;
}

// Checks that the first IFD and the strips or tiles it points to lie within the file (TIFF has
// no end marker; libtiff writes the IFD last, so a cut file usually loses it).
Integrity tiffIntegrity(const QByteArray &bytes)
{
    const uchar *p = data(bytes);
    const qint64 n = bytes.size();
    const bool little = p[0] == 'I';
    const auto u16 = [&](qint64 at) {
        return little ? qFromLittleEndian<quint16>(p + at) : qFromBigEndian<quint16>(p + at);
    };
    const auto u32 = [&](qint64 at) {
        return little ? qFromLittleEndian<quint32>(p + at) : qFromBigEndian<quint32>(p + at);
    };
    if (n < 8)
        return Integrity::Truncated;
    const qint64 ifd = u32(4);
    if (ifd + 2 > n)
        return Integrity::Truncated;
    const qint64 entries = u16(ifd);
    if (ifd + 2 + entries * 12 > n)
        return Integrity::Truncated;

    // The strip (or tile) offsets and byte counts: element size, count, where the values are.
    struct Array
    {
        qint64 size = 0;
        qint64 count = 0;
        qint64 at = 0;
    };
    Array offsets, lengths;
    for (qint64 i = 0; i < entries; ++i) {
        const qint64 entry = ifd + 2 + i * 12;
        const quint16 tag = u16(entry);
        Array *array = (tag == 273 || tag == 324) ? &offsets : (tag == 279 || tag == 325) ? &lengths : nullptr;
        if (!array)
            continue;
        const quint16 type = u16(entry + 2);
        array->size = type == 3 ? 2 : type == 4 ? 4 : 0;
        if (array->size == 0)
            return Integrity::Damaged;
        array->count = u32(entry + 4);
        array->at = array->size * array->count <= 4 ? entry + 8 : qint64(u32(entry + 8));
        if (array->at + array->size * array->count > n)
            return Integrity::Truncated;
    }
    if (offsets.count != lengths.count)
        return Integrity::Complete; // unusual layout: leave the verdict to libtiff
    const auto value = [&](const Array &array, qint64 i) {
        return array.size == 2 ? qint64(u16(array.at + 2 * i)) : qint64(u32(array.at + 4 * i));
    };
    for (qint64 i = 0; i < offsets.count; ++i) {
        if (value(offsets, i) + value(lengths, i) > n)
            return Integrity::Truncated;
    }
    return Integrity::Complete;
}

Integrity integrity(const QByteArray &format, const QByteArray &bytes)
{
    if (format == "jpeg")
        return jpegIntegrity(bytes);
    if (format == "png")
        return pngIntegrity(bytes);
    if (format == "gif")
        return gifIntegrity(bytes);
    if (format == "webp")
        return webpIntegrity(bytes);
    if (format == "bmp")
        return bmpIntegrity(bytes);
    if (format == "tiff")
        return tiffIntegrity(bytes);
    return Integrity::Complete;
}

bool readerAvailable(const QByteArray &format)
{
    static const QList<QByteArray> formats = QImageReader::supportedImageFormats();
    return formats.contains(format);
}

// The allocation limit is process-wide in Qt; set it once, race-free, before the first read.
void configureReaders()
{
    static const bool configured = [] {
        QImageReader::setAllocationLimit(ImageDecoder::AllocationLimitMb);
        return true;
    }();
    Q_UNUSED(configured);
}

QSize fitWithin(const QSize &size, int maxLongEdge)
{
    const qint64 longEdge = qMax(size.width(), size.height());
    if (longEdge <= maxLongEdge)
        return size;
    const auto scale = [&](int edge) {
        return int(qMax<qint64>(1, (edge * qint64(maxLongEdge) * 2 + longEdge) / (2 * longEdge)));
    };
    return QSize(scale(size.width()), scale(size.height()));
}

QString displayName(const QString &fileName)
{
    const QString name = QFileInfo(fileName).fileName();
    return name.isEmpty() ? QCoreApplication::translate("ImageDecoder", "(unnamed image)") : name;
}

QString named(const QString &name, const QString &reason)
{
    return QCoreApplication::translate("ImageDecoder", "%1: %2", "file name: what is wrong with it")
        .arg(name, reason);
}

QString tooLargeFile(qint64 size)
{
    return QCoreApplication::translate("ImageDecoder", "the file is too large (%1 MB; the limit is %2 MB)")
        .arg(QString::number(double(size) / (1024 * 1024), 'f', 1))
        .arg(ImageDecoder::MaxFileBytes / (1024 * 1024));
}

// What the bytes are, judged by content, with a reader for it and a complete structure.
bool checkStructure(const QByteArray &bytes, QByteArray *detected, QString *error)
{
    if (bytes.isEmpty())
        return fail(error, QCoreApplication::translate("ImageDecoder", "the file is empty"));
    *detected = ImageDecoder::detectFormat(bytes);
    if (detected->isEmpty())
        return fail(error, QCoreApplication::translate(
                               "ImageDecoder",
                               "not an image in a supported format (JPEG, PNG, GIF, WebP, TIFF or BMP), "
                               "whatever the file name says"));
    if (!readerAvailable(*detected))
        return fail(error, QCoreApplication::translate(
                               "ImageDecoder", "%1 images cannot be read here (the Qt image plugin is missing)")
                               .arg(QString::fromLatin1(detected->toUpper())));
    switch (integrity(*detected, bytes)) {
    case Integrity::Complete:
        break;
    case Integrity::Truncated:
        return fail(error, QCoreApplication::translate("ImageDecoder", "the file is truncated (incomplete download?)"));
    case Integrity::Damaged:
        return fail(error, QCoreApplication::translate("ImageDecoder", "the file is damaged (invalid %1 structure)")
                               .arg(QString::fromLatin1(detected->toUpper())));
    }
    configureReaders();
    return true;
}

// The size the reader's header gives, upright, within MaxPixels; *quarterTurn when the EXIF
// orientation turns the stored image a quarter.
bool checkHeader(QImageReader &reader, const QByteArray &format, QSize *upright, bool *quarterTurn, QString *error)
{
    const QSize stored = reader.size();
    if (!stored.isValid() || stored.isEmpty())
        return fail(error, QCoreApplication::translate("ImageDecoder", "the file is damaged (its %1 header cannot be read)")
                               .arg(QString::fromLatin1(format.toUpper())));
    if (qint64(stored.width()) * stored.height() > ImageDecoder::MaxPixels)
        return fail(error, QCoreApplication::translate(
                               "ImageDecoder",
                               "the image claims %1 × %2 pixels, more than the %3 megapixels accepted "
                               "(a decompression bomb?)")
                               .arg(stored.width())
                               .arg(stored.height())
                               .arg(ImageDecoder::MaxPixels / 1000000));
    *quarterTurn = reader.transformation().testFlag(QImageIOHandler::TransformationRotate90);
    *upright = *quarterTurn ? stored.transposed() : stored;
    return true;
}

// The reader of bytes whose structure and header passed (checkStructure, checkHeader), the
// header read; EXIF orientation applied on reading.
struct CheckedReader
{
    QBuffer buffer;
    QImageReader reader;
    QByteArray format;
    QSize upright;
    bool quarterTurn = false;

    bool open(const QByteArray &bytes, QString *error)
    {
        if (!checkStructure(bytes, &format, error))
            return false;
        buffer.setData(bytes);
        buffer.open(QIODevice::ReadOnly);
        reader.setDevice(&buffer);
        reader.setFormat(format);
        reader.setAutoTransform(true);
        return checkHeader(reader, format, &upright, &quarterTurn, error);
    }
};

} // namespace

bool ImageDecoder::decodeFile(const QString &path, DecodedImage *out, QString *error)
{
    const QFileInfo info(path);
    const QString name = displayName(path);
    if (!info.exists())
        return fail(error, named(name, QCoreApplication::translate("ImageDecoder", "the file does not exist")));
    if (!info.isFile())
        return fail(error, named(name, QCoreApplication::translate("ImageDecoder", "not a file")));
    if (info.size() == 0)
        return fail(error, named(name, QCoreApplication::translate("ImageDecoder", "the file is empty")));
    if (info.size() > MaxFileBytes)
        return fail(error, named(name, tooLargeFile(info.size())));

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(error, named(name, QCoreApplication::translate("ImageDecoder", "cannot open the file: %1")
                                           .arg(file.errorString())));
    // Bounded read (one byte over, so growth past the limit shows): the file may have grown
    // since it was measured.
    const QByteArray bytes = file.read(qMin(file.size(), MaxFileBytes) + 1);
    if (file.error() != QFileDevice::NoError)
        return fail(error, named(name, QCoreApplication::translate("ImageDecoder", "cannot read the file: %1")
                                           .arg(file.errorString())));
    return decodeBytes(bytes, name, out, error);
}

bool ImageDecoder::decodeBytes(const QByteArray &bytes, const QString &fileName, DecodedImage *out,
                               QString *error)
{
    DecodedImage result;
    if (!acceptBytes(bytes, fileName, &result, error))
        return false;
    QString reason;
    if (!makeThumbnail(bytes, &result.thumbnail, &reason))
        return fail(error, named(displayName(fileName), reason));
    if (out)
        *out = result;
    return true;
}

bool ImageDecoder::acceptBytes(const QByteArray &bytes, const QString &fileName, DecodedImage *out,
                               QString *error)
{
    const QString name = displayName(fileName);
    if (bytes.size() > MaxFileBytes)
        return fail(error, named(name, tooLargeFile(bytes.size())));
    DecodedImage result;
    QString reason;
    if (!readHeader(bytes, &result.size, &result.format, &reason))
        return fail(error, named(name, reason));
    result.bytes = bytes;
    result.sha256 = Sha256::hex(bytes);
    result.mime = mimeType(result.format);
    result.fileName = fileName.isEmpty() ? QString() : QFileInfo(fileName).fileName();
    if (out)
        *out = result;
    return true;
}

bool ImageDecoder::makeThumbnail(const QByteArray &bytes, QByteArray *thumbnail, QString *error)
{
    QImage image;
    QString reason;
    if (!decodeScaled(bytes, ThumbnailLongEdge, &image, nullptr, nullptr, &reason))
        return fail(error, reason);
    const QByteArray format = hasTransparency(image) ? "png" : "jpeg";
    if (!encodeClean(image, format, 85, thumbnail, &reason))
        return fail(error, QCoreApplication::translate("ImageDecoder", "cannot make the thumbnail: %1").arg(reason));
    return true;
}

QByteArray ImageDecoder::detectFormat(const QByteArray &bytes)
{
    if (hasSignature(bytes, "\xFF\xD8\xFF", 3))
        return "jpeg";
    if (hasSignature(bytes, "\x89PNG\r\n\x1A\n", 8))
        return "png";
    if (hasSignature(bytes, "GIF87a", 6) || hasSignature(bytes, "GIF89a", 6))
        return "gif";
    if (hasSignature(bytes, "RIFF", 4) && hasSignature(bytes, "WEBP", 4, 8))
        return "webp";
    if (hasSignature(bytes, "II*\0", 4) || hasSignature(bytes, "MM\0*", 4))
        return "tiff";
    // "BM" alone is too weak a signature: also require a known DIB header size.
    if (hasSignature(bytes, "BM", 2) && bytes.size() >= 18) {
        const quint32 dibSize = qFromLittleEndian<quint32>(data(bytes) + 14);
        if (dibSize == 12 || dibSize == 40 || dibSize == 52 || dibSize == 56 || dibSize == 64
            || dibSize == 108 || dibSize == 124)
            return "bmp";
    }
    return {};
}

QString ImageDecoder::mimeType(const QByteArray &format)
{
    if (format.isEmpty())
        return {};
    return QStringLiteral("image/") + QString::fromLatin1(format);
}

bool ImageDecoder::readHeader(const QByteArray &bytes, QSize *uprightSize, QByteArray *format, QString *error)
{
    CheckedReader checked;
    if (!checked.open(bytes, error))
        return false;
    if (uprightSize)
        *uprightSize = checked.upright;
    if (format)
        *format = checked.format;
    return true;
}

bool ImageDecoder::decodeScaled(const QByteArray &bytes, int maxLongEdge, QImage *image,
                                QSize *uprightSize, QByteArray *format, QString *error)
{
    if (maxLongEdge < 1 && !bytes.isEmpty())
        return fail(error, QCoreApplication::translate("ImageDecoder", "the requested size %1 is not positive")
                               .arg(maxLongEdge));
    CheckedReader checked;
    if (!checked.open(bytes, error))
        return false;
    QImageReader &reader = checked.reader;
    // Qt's JPEG reader takes a fast path (inexact DCT, nearest-neighbour scaling) below 50; the
    // quality, like the scaled size, is handed to the plugin when reading.
    reader.setQuality(100);

    // The scaled size applies before the EXIF transformation, so give it in stored orientation.
    const QSize target = fitWithin(checked.upright, maxLongEdge);
    if (target != checked.upright)
        reader.setScaledSize(checked.quarterTurn ? target.transposed() : target);

    QImage decoded;
    if (!reader.read(&decoded) || decoded.isNull())
        return fail(error, QCoreApplication::translate("ImageDecoder", "the image data cannot be decoded (%1)")
                               .arg(reader.errorString()));
    if (decoded.size() != target)
        decoded = decoded.scaled(target, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);

    if (image)
        *image = decoded;
    if (uprightSize)
        *uprightSize = checked.upright;
    if (format)
        *format = checked.format;
    return true;
}

bool ImageDecoder::hasTransparency(const QImage &image)
{
    if (!image.hasAlphaChannel())
        return false;
    const QImage argb = image.convertToFormat(QImage::Format_ARGB32);
    for (int y = 0; y < argb.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(argb.constScanLine(y));
        for (int x = 0; x < argb.width(); ++x) {
            if (qAlpha(line[x]) != 255)
                return true;
        }
    }
    return false;
}

bool ImageDecoder::encodeClean(const QImage &image, const QByteArray &format, int jpegQuality,
                               QByteArray *bytes, QString *error)
{
    if (image.isNull())
        return fail(error, QCoreApplication::translate("ImageDecoder", "there is no image to encode"));
    const bool png = format == "png";
    if (!png && format != "jpeg")
        return fail(error, QCoreApplication::translate("ImageDecoder", "cannot write %1 images")
                               .arg(QString::fromLatin1(format)));

    QImage pixels;
    if (!png && image.hasAlphaChannel()) {
        pixels = QImage(image.size(), QImage::Format_RGB32);
        pixels.fill(Qt::white);
        pixels.setColorSpace(image.colorSpace());
        QPainter painter(&pixels);
        painter.drawImage(0, 0, image);
    } else {
        pixels = image.convertToFormat(png && image.hasAlphaChannel() ? QImage::Format_ARGB32
                                                                      : QImage::Format_RGB32);
    }
    // Web files carry no profile, and untagged means sRGB (phones shoot Display P3).
    const QColorSpace colorSpace = pixels.colorSpace();
    if (colorSpace.isValid() && colorSpace != QColorSpace(QColorSpace::SRgb))
        pixels.convertToColorSpace(QColorSpace::SRgb);
    // A wrapper over the pixels alone: no text keys (written as comments/tEXt) and no ICC profile.
    const QImage fresh(pixels.constBits(), pixels.width(), pixels.height(), pixels.bytesPerLine(),
                       pixels.format());

    QByteArray encoded;
    QBuffer buffer(&encoded);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, format);
    if (!png) {
        writer.setQuality(qBound(1, jpegQuality, 100));
        writer.setOptimizedWrite(true);
    }
    if (!writer.write(fresh))
        return fail(error, QCoreApplication::translate("ImageDecoder", "the %1 encoder failed (%2)")
                               .arg(QString::fromLatin1(format.toUpper()), writer.errorString()));
    if (bytes)
        *bytes = encoded;
    return true;
}

} // namespace copydesk
