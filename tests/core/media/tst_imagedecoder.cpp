#include "media/imagedecoder.h"
#include "fixtures/testutil.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QImageReader>
#include <QImageWriter>
#include <QPainter>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

using namespace copydesk;

namespace {

bool canRead(const QByteArray &format)
{
    return QImageReader::supportedImageFormats().contains(format);
}

bool canWrite(const QByteArray &format)
{
    return QImageWriter::supportedImageFormats().contains(format);
}

QByteArray be32(quint32 value)
{
    QByteArray bytes(4, '\0');
    qToBigEndian(value, bytes.data());
    return bytes;
}

QByteArray le16(quint16 value)
{
    QByteArray bytes(2, '\0');
    qToLittleEndian(value, bytes.data());
    return bytes;
}

// CRC-32 as PNG uses it (ISO 3309, reflected polynomial 0xEDB88320).
quint32 crc32(const QByteArray &bytes)
{
    quint32 crc = 0xFFFFFFFFu;
    for (const char c : bytes) {
        crc ^= uchar(c);
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

QByteArray pngChunk(const QByteArray &type, const QByteArray &payload)
{
    return be32(quint32(payload.size())) + type + payload + be32(crc32(type + payload));
}

// A structurally valid PNG whose IHDR claims width x height (the IDAT holds almost nothing).
QByteArray pngClaiming(quint32 width, quint32 height)
{
    const QByteArray ihdr = be32(width) + be32(height) + QByteArray("\x08\x02\x00\x00\x00", 5);
    const QByteArray zlib = qCompress(QByteArray(64, '\0')).mid(4); // drop Qt's length prefix
    return QByteArray("\x89PNG\r\n\x1A\n", 8) + pngChunk("IHDR", ihdr) + pngChunk("IDAT", zlib)
        + pngChunk("IEND", {});
}

// Inserts an EXIF APP1 segment right after SOI: a big-endian TIFF header with one IFD entry,
// Orientation (0x0112, SHORT) = orientation.
QByteArray withExifOrientation(const QByteArray &jpeg, int orientation)
{
    QByteArray tiff("MM\x00\x2A\x00\x00\x00\x08", 8);
    tiff += QByteArray("\x00\x01", 2);                 // one entry
    tiff += QByteArray("\x01\x12\x00\x03\x00\x00\x00\x01", 8); // tag, type SHORT, count 1
    tiff += char(0) + QByteArray(1, char(orientation)) + QByteArray(2, '\0');
    tiff += QByteArray(4, '\0');                       // no next IFD
    const QByteArray payload = QByteArray("Exif\0\0", 6) + tiff;
    QByteArray app1("\xFF\xE1", 2);
    app1 += char((payload.size() + 2) >> 8);
    app1 += char((payload.size() + 2) & 0xFF);
    return jpeg.left(2) + app1 + payload + jpeg.mid(2);
}

// Overwrites the frame size in the first SOF0 segment of a baseline JPEG.
QByteArray jpegClaiming(QByteArray jpeg, quint16 width, quint16 height)
{
    const int sof = jpeg.indexOf(QByteArray("\xFF\xC0", 2));
    Q_ASSERT(sof > 0);
    qToBigEndian(height, jpeg.data() + sof + 5);
    qToBigEndian(width, jpeg.data() + sof + 7);
    return jpeg;
}

// A GIF89a with a 256-entry palette and one frame per index buffer. The LZW stream is stored
// uncompressed: a clear code every 100 literals keeps every code 9 bits wide.
QByteArray makeGif(int width, int height, const QList<QRgb> &palette, const QList<QByteArray> &frames,
                   int transparentIndex = -1)
{
    QByteArray gif("GIF89a");
    gif += le16(quint16(width)) + le16(quint16(height));
    gif += char(0xF7) + QByteArray(2, '\0'); // global table of 256 entries
    for (int i = 0; i < 256; ++i) {
        const QRgb rgb = i < palette.size() ? palette.at(i) : 0;
        gif += char(qRed(rgb));
        gif += char(qGreen(rgb));
        gif += char(qBlue(rgb));
    }
    for (const QByteArray &indices : frames) {
        gif += QByteArray("\x21\xF9\x04", 3);
        gif += char(transparentIndex >= 0 ? 0x05 : 0x04); // disposal: leave; transparency flag
        gif += le16(10) + char(transparentIndex >= 0 ? transparentIndex : 0) + char(0);
        gif += char(0x2C) + le16(0) + le16(0) + le16(quint16(width)) + le16(quint16(height)) + char(0);
        gif += char(8); // LZW minimum code size

        QByteArray stream;
        quint32 accumulator = 0;
        int bits = 0;
        const auto put = [&](int code) {
            accumulator |= quint32(code) << bits;
            bits += 9;
            while (bits >= 8) {
                stream += char(accumulator & 0xFF);
                accumulator >>= 8;
                bits -= 8;
            }
        };
        put(256);
        for (int i = 0; i < indices.size(); ++i) {
            if (i > 0 && i % 100 == 0)
                put(256);
            put(uchar(indices.at(i)));
        }
        put(257);
        if (bits > 0)
            stream += char(accumulator & 0xFF);
        for (int at = 0; at < stream.size(); at += 255) {
            const QByteArray block = stream.mid(at, 255);
            gif += char(block.size()) + block;
        }
        gif += char(0);
    }
    gif += char(0x3B);
    return gif;
}

// A 300x200 GIF: first frame red with a transparent left half when asked, second frame blue.
QByteArray twoFrameGif(bool transparentLeft)
{
    const int width = 300, height = 200;
    QByteArray red(width * height, char(1));
    if (transparentLeft) {
        for (int y = 0; y < height; ++y)
            std::fill_n(red.data() + y * width, width / 2, char(0));
    }
    const QByteArray blue(width * height, char(2));
    return makeGif(width, height, {qRgb(0, 0, 0), qRgb(255, 0, 0), qRgb(0, 0, 255)}, {red, blue},
                   transparentLeft ? 0 : -1);
}

// A photo with a pure red block in its top-left corner, to follow orientation.
QImage markedPhoto(int width, int height)
{
    QImage image = test::makePhoto(width, height, 3);
    QPainter painter(&image);
    painter.fillRect(QRect(0, 0, width / 4, height / 4), Qt::red);
    return image;
}

QImage withTransparentHalf(QImage image)
{
    image = image.convertToFormat(QImage::Format_ARGB32);
    for (int y = 0; y < image.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = image.width() / 2; x < image.width(); ++x)
            line[x] = qRgba(0, 0, 0, 0);
    }
    return image;
}

QByteArray encodeWith(const QImage &image, const char *format, bool progressive)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, format);
    writer.setProgressiveScanWrite(progressive);
    if (!writer.write(image))
        qFatal("cannot encode test image: %s", qPrintable(writer.errorString()));
    return bytes;
}

// An Adobe CMYK JPEG (16x16, red), written by ImageMagick: Qt 6.4 cannot write CMYK.
QByteArray cmykJpeg()
{
    return QByteArray::fromBase64(
        "/9j/7gAOQWRvYmUAZAAAAAAC/9sAQwADAgIDAgIDAwMDBAMDBAUIBQUEBAUKBwcGCAwKDAwLCgsLDQ4SEA0OEQ4LCxAW"
        "EBETFBUVFQwPFxgWFBgSFBUU/9sAQwEDBAQFBAUJBQUJFA0LDRQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQU"
        "FBQUFBQUFBQUFBQUFBQUFBQU/8AAFAgAEAAQBAERAAIRAQMRAQQRAP/EABYAAQEBAAAAAAAAAAAAAAAAAAAHCP/EABQQ"
        "AQAAAAAAAAAAAAAAAAAAAAD/xAAWAQEBAQAAAAAAAAAAAAAAAAAABwn/xAAUEQEAAAAAAAAAAAAAAAAAAAAA/9oADgQB"
        "AAIRAxEEAAA/AKKsbNpvUAAAB//Z");
}

bool isRed(QRgb rgb)
{
    return qRed(rgb) > 180 && qGreen(rgb) < 90 && qBlue(rgb) < 90;
}

QImage decodeThumbnail(const QByteArray &bytes)
{
    QImage image;
    image.loadFromData(bytes);
    return image;
}

} // namespace

class TstImageDecoder : public QObject
{
    Q_OBJECT

private slots:
    void decodes_data();
    void decodes();
    void orientation_data();
    void orientation();
    void refuses_data();
    void refuses();
    void files_data();
    void files();
    void sha256_data();
    void sha256();
    void headerOnly_data();
    void headerOnly();
};

void TstImageDecoder::decodes_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("requires");
    QTest::addColumn<QByteArray>("format");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<bool>("alpha");

    const QImage photo = test::makePhoto(1200, 800, 1);
    const QByteArray jpeg = test::encode(photo, "jpeg", 90);
    const QByteArray png = test::encode(photo, "png");

    QTest::newRow("nominal: JPEG 1200x800") << jpeg << QStringLiteral("photo.jpg") << QByteArray("jpeg")
                                             << QByteArray("jpeg") << QSize(1200, 800) << false;
    QTest::newRow("nominal: progressive JPEG") << encodeWith(photo, "jpeg", true) << QStringLiteral("p.jpg")
                                                << QByteArray("jpeg") << QByteArray("jpeg") << QSize(1200, 800)
                                                << false;
    QTest::newRow("nominal: grayscale JPEG")
        << test::encode(photo.convertToFormat(QImage::Format_Grayscale8), "jpeg") << QStringLiteral("g.jpg")
        << QByteArray("jpeg") << QByteArray("jpeg") << QSize(1200, 800) << false;
    QTest::newRow("nominal: CMYK JPEG") << cmykJpeg() << QStringLiteral("cmyk.jpg") << QByteArray("jpeg")
                                         << QByteArray("jpeg") << QSize(16, 16) << false;
    QTest::newRow("nominal: JPEG followed by padding zeros")
        << jpeg + QByteArray(4096, '\0') << QStringLiteral("padded.jpg") << QByteArray("jpeg")
        << QByteArray("jpeg") << QSize(1200, 800) << false;
    QTest::newRow("nominal: JPEG followed by a camera trailer")
        << jpeg + QByteArray("SEFHtrailer\xFF\x00\x12", 14) << QStringLiteral("trailer.jpg")
        << QByteArray("jpeg") << QByteArray("jpeg") << QSize(1200, 800) << false;
    QTest::newRow("nominal: PNG named .jpg is judged by content")
        << png << QStringLiteral("really-a-png.jpg") << QByteArray("png") << QByteArray("png") << QSize(1200, 800)
        << false;
    QTest::newRow("nominal: PNG with transparency") << test::encode(withTransparentHalf(photo), "png")
                                                    << QStringLiteral("logo.png") << QByteArray("png")
                                                    << QByteArray("png") << QSize(1200, 800) << true;
    QTest::newRow("nominal: 16-bit PNG with alpha")
        << test::encode(withTransparentHalf(photo).convertToFormat(QImage::Format_RGBA64), "png")
        << QStringLiteral("deep.png") << QByteArray("png") << QByteArray("png") << QSize(1200, 800) << true;
    QTest::newRow("nominal: 16-bit opaque PNG")
        << test::encode(photo.convertToFormat(QImage::Format_RGBX64), "png") << QStringLiteral("deep.png")
        << QByteArray("png") << QByteArray("png") << QSize(1200, 800) << false;
    QTest::newRow("nominal: small PNG is not enlarged")
        << test::encode(test::makePhoto(200, 100), "png") << QStringLiteral("small.png") << QByteArray("png")
        << QByteArray("png") << QSize(200, 100) << false;
    QTest::newRow("nominal: animated GIF, first frame") << twoFrameGif(false) << QStringLiteral("anim.gif")
                                                        << QByteArray("gif") << QByteArray("gif")
                                                        << QSize(300, 200) << false;
    QTest::newRow("nominal: GIF with transparency") << twoFrameGif(true) << QStringLiteral("anim.gif")
                                                    << QByteArray("gif") << QByteArray("gif") << QSize(300, 200)
                                                    << true;
    QTest::newRow("nominal: WebP") << (canWrite("webp") ? test::encode(photo, "webp", 80) : QByteArray())
                                   << QStringLiteral("photo.webp") << QByteArray("webp") << QByteArray("webp")
                                   << QSize(1200, 800) << false;
    QTest::newRow("nominal: TIFF") << (canWrite("tiff") ? test::encode(photo, "tiff") : QByteArray())
                                   << QStringLiteral("scan.tif") << QByteArray("tiff") << QByteArray("tiff")
                                   << QSize(1200, 800) << false;
    QTest::newRow("nominal: BMP") << test::encode(photo, "bmp") << QStringLiteral("paint.bmp") << QByteArray("bmp")
                                  << QByteArray("bmp") << QSize(1200, 800) << false;
    QTest::newRow("nominal: 61 MP JPEG (9600x6400)")
        << test::encode(test::makePhoto(9600, 6400, 2), "jpeg", 80) << QStringLiteral("DSC_0001.JPG")
        << QByteArray("jpeg") << QByteArray("jpeg") << QSize(9600, 6400) << false;
}

void TstImageDecoder::decodes()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, fileName);
    QFETCH(QByteArray, requires);
    QFETCH(QByteArray, format);
    QFETCH(QSize, size);
    QFETCH(bool, alpha);
    if (!canRead(requires) || bytes.isEmpty())
        QSKIP("this Qt has no plugin for the format");

    DecodedImage decoded;
    QString error;
    QVERIFY2(ImageDecoder::decodeBytes(bytes, QStringLiteral("/some/dir/") + fileName, &decoded, &error),
             qPrintable(error));
    QVERIFY(error.isEmpty());
    QCOMPARE(decoded.bytes, bytes);
    QCOMPARE(decoded.format, format);
    QCOMPARE(decoded.mime, QStringLiteral("image/") + QString::fromLatin1(format));
    QCOMPARE(decoded.size, size);
    QCOMPARE(decoded.fileName, fileName);
    QCOMPARE(decoded.sha256.size(), 64);
    QCOMPARE(QImageReader::allocationLimit(), ImageDecoder::AllocationLimitMb);

    // The thumbnail: JPEG unless transparent, long edge min(320, source), aspect kept.
    QCOMPARE(ImageDecoder::detectFormat(decoded.thumbnail), alpha ? QByteArray("png") : QByteArray("jpeg"));
    const QImage thumbnail = decodeThumbnail(decoded.thumbnail);
    QVERIFY(!thumbnail.isNull());
    const int longEdge = qMax(size.width(), size.height());
    QCOMPARE(qMax(thumbnail.width(), thumbnail.height()), qMin(320, longEdge));
    QVERIFY(qAbs(double(thumbnail.width()) / thumbnail.height() - double(size.width()) / size.height()) < 0.02);
    QCOMPARE(thumbnail.hasAlphaChannel(), alpha);
    if (alpha) {
        // The right half of the PNGs and the left half of the GIF are transparent.
        const bool gif = format == "gif";
        QCOMPARE(qAlpha(thumbnail.pixel(gif ? 5 : thumbnail.width() - 5, thumbnail.height() / 2)), 0);
        QCOMPARE(qAlpha(thumbnail.pixel(gif ? thumbnail.width() - 5 : 5, thumbnail.height() / 2)), 255);
    }
    if (format == "gif" || QByteArray(QTest::currentDataTag()).contains("CMYK")) {
        // The first GIF frame is red (the second is blue); the CMYK test image is red.
        QVERIFY2(isRed(thumbnail.pixel(thumbnail.width() - 5, thumbnail.height() - 5)),
                 qPrintable(QColor(thumbnail.pixel(thumbnail.width() - 5, thumbnail.height() - 5)).name()));
    }
}

void TstImageDecoder::orientation_data()
{
    QTest::addColumn<int>("orientation");
    QTest::addColumn<bool>("swapped");
    QTest::addColumn<QPoint>("redCorner"); // 0/1 for left/right and top/bottom, upright

    QTest::newRow("nominal: 1 upright") << 1 << false << QPoint(0, 0);
    QTest::newRow("nominal: 2 mirrored") << 2 << false << QPoint(1, 0);
    QTest::newRow("nominal: 3 rotated 180") << 3 << false << QPoint(1, 1);
    QTest::newRow("nominal: 4 flipped") << 4 << false << QPoint(0, 1);
    QTest::newRow("nominal: 5 transposed") << 5 << true << QPoint(0, 0);
    QTest::newRow("nominal: 6 rotated 90 CW") << 6 << true << QPoint(1, 0);
    QTest::newRow("nominal: 7 transversed") << 7 << true << QPoint(1, 1);
    QTest::newRow("nominal: 8 rotated 270 CW") << 8 << true << QPoint(0, 1);
}

void TstImageDecoder::orientation()
{
    QFETCH(int, orientation);
    QFETCH(bool, swapped);
    QFETCH(QPoint, redCorner);

    const QByteArray jpeg = withExifOrientation(test::encode(markedPhoto(1200, 800), "jpeg", 92), orientation);
    DecodedImage decoded;
    QString error;
    QVERIFY2(ImageDecoder::decodeBytes(jpeg, QStringLiteral("phone.jpg"), &decoded, &error), qPrintable(error));
    QCOMPARE(decoded.size, swapped ? QSize(800, 1200) : QSize(1200, 800));

    const QImage thumbnail = decodeThumbnail(decoded.thumbnail);
    QCOMPARE(thumbnail.size(), swapped ? QSize(213, 320) : QSize(320, 213));
    const int w = thumbnail.width(), h = thumbnail.height();
    for (int cx = 0; cx < 2; ++cx) {
        for (int cy = 0; cy < 2; ++cy) {
            const QRgb corner = thumbnail.pixel(cx ? w - 6 : 5, cy ? h - 6 : 5);
            QCOMPARE(isRed(corner), QPoint(cx, cy) == redCorner);
        }
    }
}

void TstImageDecoder::refuses_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("requires");
    QTest::addColumn<QString>("reason");

    const QImage photo = test::makePhoto(640, 480, 4);
    const QByteArray jpeg = test::encode(photo, "jpeg");
    const QByteArray progressive = encodeWith(photo, "jpeg", true);
    const QByteArray png = test::encode(photo, "png");
    const QString truncated = QStringLiteral("truncated");
    const auto cut = [](const QByteArray &bytes) { return bytes.left(bytes.size() * 6 / 10); };

    QByteArray random(4096, '\0');
    QRandomGenerator generator(42);
    for (char &c : random)
        c = char(generator.bounded(256));
    QByteArray badCrc = png;
    const int idat = badCrc.indexOf("IDAT");
    badCrc[idat + 40] = char(badCrc.at(idat + 40) ^ 0x5A);

    QTest::newRow("robustness: zero bytes") << QByteArray() << QStringLiteral("empty.jpg") << QByteArray("jpeg")
                                            << QStringLiteral("empty");
    QTest::newRow("robustness: random bytes") << random << QStringLiteral("noise.jpg") << QByteArray("jpeg")
                                              << QStringLiteral("not an image");
    QTest::newRow("robustness: text file named .jpg")
        << QByteArray("<html><body>404 Not Found</body></html>\n") << QStringLiteral("photo.jpg")
        << QByteArray("jpeg") << QStringLiteral("not an image");
    QTest::newRow("robustness: JPEG signature only") << QByteArray("\xFF\xD8\xFF", 3) << QStringLiteral("a.jpg")
                                                     << QByteArray("jpeg") << truncated;
    QTest::newRow("robustness: JPEG cut at 60%") << cut(jpeg) << QStringLiteral("photo.jpg") << QByteArray("jpeg")
                                                 << truncated;
    QTest::newRow("robustness: JPEG cut before the last 2 bytes")
        << jpeg.chopped(2) << QStringLiteral("photo.jpg") << QByteArray("jpeg") << truncated;
    QTest::newRow("robustness: progressive JPEG cut at 60%")
        << cut(progressive) << QStringLiteral("p.jpg") << QByteArray("jpeg") << truncated;
    QTest::newRow("robustness: JPEG cut inside its EXIF segment")
        << withExifOrientation(jpeg, 6).left(20) << QStringLiteral("exif.jpg") << QByteArray("jpeg") << truncated;
    QTest::newRow("robustness: PNG cut at 60%") << cut(png) << QStringLiteral("chart.png") << QByteArray("png")
                                                << truncated;
    QTest::newRow("robustness: PNG without IEND") << png.chopped(12) << QStringLiteral("chart.png")
                                                  << QByteArray("png") << truncated;
    QTest::newRow("robustness: PNG with a corrupt IDAT") << badCrc << QStringLiteral("chart.png")
                                                         << QByteArray("png") << QStringLiteral("cannot be decoded");
    QTest::newRow("robustness: PNG claiming 100000x100000")
        << pngClaiming(100000, 100000) << QStringLiteral("bomb.png") << QByteArray("png")
        << QStringLiteral("decompression bomb");
    QTest::newRow("robustness: JPEG claiming 65000x65000")
        << jpegClaiming(jpeg, 65000, 65000) << QStringLiteral("bomb.jpg") << QByteArray("jpeg")
        << QStringLiteral("decompression bomb");
    QTest::newRow("robustness: GIF cut at 60%") << cut(twoFrameGif(false)) << QStringLiteral("anim.gif")
                                                << QByteArray("gif") << truncated;
    QTest::newRow("robustness: WebP cut at 60%")
        << (canWrite("webp") ? cut(test::encode(photo, "webp", 80)) : QByteArray()) << QStringLiteral("p.webp")
        << QByteArray("webp") << truncated;
    QTest::newRow("robustness: TIFF cut at 60%")
        << (canWrite("tiff") ? cut(test::encode(photo, "tiff")) : QByteArray()) << QStringLiteral("scan.tif")
        << QByteArray("tiff") << truncated;
    QTest::newRow("robustness: BMP cut at 60%") << cut(test::encode(photo, "bmp")) << QStringLiteral("paint.bmp")
                                                << QByteArray("bmp") << truncated;
}

void TstImageDecoder::refuses()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, fileName);
    QFETCH(QByteArray, requires);
    QFETCH(QString, reason);
    if (!canRead(requires) || (bytes.isEmpty() && reason != QStringLiteral("empty")))
        QSKIP("this Qt has no plugin for the format");

    DecodedImage decoded;
    decoded.sha256 = QStringLiteral("untouched");
    QString error;
    QVERIFY(!ImageDecoder::decodeBytes(bytes, fileName, &decoded, &error));
    QVERIFY2(error.startsWith(fileName + QStringLiteral(": ")), qPrintable(error));
    QVERIFY2(error.contains(reason), qPrintable(error));
    QCOMPARE(decoded.sha256, QStringLiteral("untouched"));
    QVERIFY(decoded.bytes.isEmpty());
}

void TstImageDecoder::files_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QString>("reason");

    QTest::newRow("nominal: JPEG file in a folder") << QStringLiteral("jpeg") << true << QString();
    QTest::newRow("robustness: missing file") << QStringLiteral("missing") << false
                                              << QStringLiteral("does not exist");
    QTest::newRow("robustness: a folder") << QStringLiteral("folder") << false << QStringLiteral("not a file");
    QTest::newRow("robustness: zero-byte file") << QStringLiteral("empty") << false << QStringLiteral("empty");
    QTest::newRow("robustness: file over the size limit (sparse)")
        << QStringLiteral("huge") << false << QStringLiteral("too large");
}

void TstImageDecoder::files()
{
    QFETCH(QString, kind);
    QFETCH(bool, accepted);
    QFETCH(QString, reason);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("sub/folder.jpg")));
    const QString name = kind == QStringLiteral("folder") ? QStringLiteral("folder.jpg") : kind + QStringLiteral(".jpg");
    const QString path = dir.filePath(QStringLiteral("sub/") + name);
    if (kind == QStringLiteral("jpeg") || kind == QStringLiteral("empty") || kind == QStringLiteral("huge")) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        if (kind == QStringLiteral("jpeg"))
            QVERIFY(file.write(test::encode(test::makePhoto(640, 480), "jpeg")) > 0);
        if (kind == QStringLiteral("huge")) {
            QVERIFY(file.write(test::encode(test::makePhoto(64, 48), "jpeg")) > 0);
            QVERIFY(file.resize(ImageDecoder::MaxFileBytes + 1)); // sparse: no 200 MB written
        }
    }

    DecodedImage decoded;
    QString error;
    QCOMPARE(ImageDecoder::decodeFile(path, &decoded, &error), accepted);
    if (accepted) {
        QCOMPARE(decoded.fileName, name);
        QCOMPARE(decoded.size, QSize(640, 480));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(decoded.bytes, file.readAll());
    } else {
        QVERIFY2(error.startsWith(name + QStringLiteral(": ")), qPrintable(error));
        QVERIFY2(error.contains(reason), qPrintable(error));
    }
}

void TstImageDecoder::sha256_data()
{
    QTest::addColumn<QByteArray>("first");
    QTest::addColumn<QByteArray>("second");
    QTest::addColumn<QString>("firstDigest"); // known value (sha256sum), or empty

    const QByteArray a = test::encode(test::makePhoto(320, 240, 5), "png");
    const QByteArray b = test::encode(test::makePhoto(320, 240, 6), "png");
    QTest::newRow("nominal: known digest") << cmykJpeg() << cmykJpeg()
                                           << QStringLiteral("3e282d4fa8d5c92b5f26bde131ee0d13"
                                                             "56c85c70992cf37eedb7b1f37da07793");
    QTest::newRow("nominal: identical bytes") << a << QByteArray(a.constData(), a.size()) << QString();
    QTest::newRow("nominal: different images") << a << b << QString();
    const QByteArray jpeg = test::encode(test::makePhoto(320, 240, 5), "jpeg");
    QTest::newRow("nominal: one trailing byte differs") << jpeg << jpeg + '\0' << QString();
}

void TstImageDecoder::sha256()
{
    QFETCH(QByteArray, first);
    QFETCH(QByteArray, second);
    QFETCH(QString, firstDigest);

    DecodedImage one, two;
    QString error;
    QVERIFY2(ImageDecoder::decodeBytes(first, QStringLiteral("a.png"), &one, &error), qPrintable(error));
    QVERIFY2(ImageDecoder::decodeBytes(second, QStringLiteral("b.png"), &two, &error), qPrintable(error));
    for (const DecodedImage *image : {&one, &two}) {
        QCOMPARE(image->sha256,
                 QString::fromLatin1(QCryptographicHash::hash(image->bytes, QCryptographicHash::Sha256).toHex()));
        QCOMPARE(image->sha256, image->sha256.toLower());
        QCOMPARE(image->sha256.size(), 64);
    }
    QCOMPARE(one.sha256 == two.sha256, first == second);
    if (!firstDigest.isEmpty())
        QCOMPARE(one.sha256, firstDigest);
}

// An import's photos: size and orientation from the header (no pixel decoded), the thumbnail made
// later; what the header cannot vouch for shows then, as a one-line error.
void TstImageDecoder::headerOnly_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QByteArray>("requires");
    QTest::addColumn<QSize>("size"); // invalid: refused
    QTest::addColumn<bool>("thumbnail");
    QTest::addColumn<QString>("reason"); // of the refusal, or of the failed thumbnail

    const QImage photo = test::makePhoto(1200, 800, 5);
    const QByteArray png = test::encode(photo, "png");
    QByteArray badIdat = png;
    const int idat = badIdat.indexOf("IDAT");
    badIdat[idat + 40] = char(badIdat.at(idat + 40) ^ 0x5A);
    QByteArray heic("\0\0\0\x18" "ftypheic\0\0\0\0" "mif1heic", 24);
    heic += QByteArray(4000, '\x11');

    QTest::newRow("nominal: baseline JPEG") << test::encode(photo, "jpeg", 90) << QByteArray("jpeg")
                                            << QSize(1200, 800) << true << QString();
    QTest::newRow("nominal: progressive JPEG") << encodeWith(photo, "jpeg", true) << QByteArray("jpeg")
                                               << QSize(1200, 800) << true << QString();
    QTest::newRow("nominal: JPEG turned by EXIF (6) is upright")
        << withExifOrientation(test::encode(photo, "jpeg", 90), 6) << QByteArray("jpeg") << QSize(800, 1200)
        << true << QString();
    QTest::newRow("nominal: JPEG turned by EXIF (8) is upright")
        << withExifOrientation(encodeWith(photo, "jpeg", true), 8) << QByteArray("jpeg") << QSize(800, 1200)
        << true << QString();
    QTest::newRow("nominal: PNG") << png << QByteArray("png") << QSize(1200, 800) << true << QString();
    QTest::newRow("nominal: WebP") << (canWrite("webp") ? test::encode(photo, "webp", 80) : QByteArray())
                                   << QByteArray("webp") << QSize(1200, 800) << true << QString();
    // The header is sound, the pixels are not: accepted (nothing was decoded), no thumbnail.
    QTest::newRow("robustness: PNG with a corrupt IDAT") << badIdat << QByteArray("png") << QSize(1200, 800)
                                                         << false << QStringLiteral("cannot be decoded");
    QTest::newRow("robustness: HEIC is refused by name") << heic << QByteArray() << QSize() << false
                                                         << QStringLiteral("not an image in a supported format");
    const QByteArray jpeg = test::encode(photo, "jpeg", 90);
    QTest::newRow("robustness: JPEG cut at 60%") << jpeg.left(jpeg.size() * 6 / 10)
                                                 << QByteArray("jpeg") << QSize() << false
                                                 << QStringLiteral("truncated");
    QTest::newRow("robustness: PNG claiming 100000x100000") << pngClaiming(100000, 100000) << QByteArray("png")
                                                            << QSize() << false
                                                            << QStringLiteral("decompression bomb");
}

void TstImageDecoder::headerOnly()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QByteArray, requires);
    QFETCH(QSize, size);
    QFETCH(bool, thumbnail);
    QFETCH(QString, reason);
    if ((!requires.isEmpty() && !canRead(requires)) || bytes.isEmpty())
        QSKIP("this Qt has no plugin for the format");

    DecodedImage accepted;
    QString error;
    const bool ok = ImageDecoder::acceptBytes(bytes, QStringLiteral("/dir/photo.bin"), &accepted, &error);
    QCOMPARE(ok, size.isValid());
    if (!ok) {
        QVERIFY2(error.startsWith(QLatin1String("photo.bin: ")) && error.contains(reason), qPrintable(error));
        QVERIFY(!error.contains(QLatin1Char('\n')));
        return;
    }
    QCOMPARE(accepted.size, size);
    QCOMPARE(accepted.bytes, bytes);
    QCOMPARE(accepted.sha256, QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
    QCOMPARE(accepted.format, requires);
    QCOMPARE(accepted.fileName, QStringLiteral("photo.bin"));
    QVERIFY(accepted.thumbnail.isEmpty());
    QSize header;
    QVERIFY(ImageDecoder::readHeader(bytes, &header, nullptr, &error));
    QCOMPARE(header, size);

    // Later, off the import: the thumbnail, or a one-line reason why there is none.
    QByteArray made;
    QCOMPARE(ImageDecoder::makeThumbnail(bytes, &made, &error), thumbnail);
    if (!thumbnail) {
        QVERIFY2(error.contains(reason) && !error.contains(QLatin1Char('\n')), qPrintable(error));
        return;
    }
    const QImage shown = decodeThumbnail(made);
    QCOMPARE(shown.size(), size.width() > size.height() ? QSize(320, 213) : QSize(213, 320));
}

QTEST_GUILESS_MAIN(TstImageDecoder)
#include "tst_imagedecoder.moc"
