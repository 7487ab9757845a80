#include "media/imagedecoder.h"
#include "media/imagerendition.h"
#include "fixtures/testutil.h"

#include <QColorSpace>
#include <QImageReader>
#include <QImageWriter>
#include <QPainter>
#include <QSet>
#include <QTest>
#include <QtConcurrent>
#include <QtEndian>

using namespace copydesk;

namespace {

bool canRead(const QByteArray &format)
{
    return QImageReader::supportedImageFormats().contains(format);
}

// Inserts an EXIF APP1 segment right after SOI: a big-endian TIFF header with one IFD entry,
// Orientation (0x0112, SHORT) = orientation.
QByteArray withExifOrientation(const QByteArray &jpeg, int orientation)
{
    QByteArray tiff("MM\x00\x2A\x00\x00\x00\x08", 8);
    tiff += QByteArray("\x00\x01", 2);
    tiff += QByteArray("\x01\x12\x00\x03\x00\x00\x00\x01", 8);
    tiff += char(0) + QByteArray(1, char(orientation)) + QByteArray(2, '\0');
    tiff += QByteArray(4, '\0');
    const QByteArray payload = QByteArray("Exif\0\0", 6) + tiff;
    QByteArray app1("\xFF\xE1", 2);
    app1 += char((payload.size() + 2) >> 8);
    app1 += char((payload.size() + 2) & 0xFF);
    return jpeg.left(2) + app1 + payload + jpeg.mid(2);
}

// A photo carrying metadata a rendition must drop: a text comment and a Display P3 profile.
QImage photoWithMetadata(int width, int height, int seed)
{
    QImage image = test::makePhoto(width, height, seed);
    image.setText(QStringLiteral("Description"), QStringLiteral("GPS 24.3N 100.1E, camera serial 123"));
    image.setColorSpace(QColorSpace(QColorSpace::DisplayP3));
    return image;
}

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

// The markers of a JPEG's segments before its first scan.
QList<int> jpegMarkers(const QByteArray &jpeg)
{
    QList<int> markers;
    int pos = 2;
    while (pos + 4 <= jpeg.size() && uchar(jpeg.at(pos)) == 0xFF) {
        const int marker = uchar(jpeg.at(pos + 1));
        markers << marker;
        if (marker == 0xDA)
            break;
        pos += 2 + qFromBigEndian<quint16>(jpeg.constData() + pos + 2);
    }
    return markers;
}

QSet<QByteArray> pngChunkTypes(const QByteArray &png)
{
    QSet<QByteArray> types;
    int pos = 8;
    while (pos + 8 <= png.size()) {
        types << png.mid(pos + 4, 4);
        pos += 12 + int(qFromBigEndian<quint32>(png.constData() + pos));
    }
    return types;
}

bool isRed(QRgb rgb)
{
    return qRed(rgb) > 180 && qGreen(rgb) < 90 && qBlue(rgb) < 90;
}

} // namespace

class TstImageRendition : public QObject
{
    Q_OBJECT

private slots:
    // The crop and turn stored in a photo block reach the rendition: pixel sizes checked.
    void cropAndRotation_data()
    {
        QTest::addColumn<int>("rotation");
        QTest::addColumn<QRectF>("crop");
        QTest::addColumn<int>("maxLongEdge");
        QTest::addColumn<QSize>("expected");
        QTest::newRow("nominal: no crop") << 0 << QRectF() << 1600 << QSize(1600, 1200);
        QTest::newRow("nominal: 1:1 crop of the middle") << 0 << QRectF(0.125, 0, 0.75, 1) << 1600 << QSize(1200, 1200);
        QTest::newRow("nominal: 16:9 crop keeps the long edge") << 0 << QRectF(0, 0.125, 1, 0.75) << 1600
                                                                << QSize(1600, 900);
        QTest::newRow("nominal: a crop is scaled down to the long edge") << 0 << QRectF(0, 0, 0.5, 0.5) << 400
                                                                         << QSize(400, 300);
        QTest::newRow("nominal: a quarter turn is upright") << 90 << QRectF() << 1600 << QSize(1200, 1600);
        QTest::newRow("nominal: turned, then cropped") << 270 << QRectF(0, 0, 1, 0.5) << 2000 << QSize(1200, 800);
        QTest::newRow("robustness: crop beyond the photo is clipped") << 0 << QRectF(0.5, 0.5, 1, 1) << 1600
                                                                      << QSize(800, 600);
        // 16:9 of 1600×1200 decoded at 1067 px is 1067×600: 449.9 px tall at 800, rounded to 450.
        QTest::newRow("nominal: 16:9 at 800 rounds to the nearest pixel") << 0 << QRectF(0, 0.125, 1, 0.75) << 800
                                                                          << QSize(800, 450);
    }

    void cropAndRotation()
    {
        QFETCH(int, rotation);
        QFETCH(QRectF, crop);
        QFETCH(int, maxLongEdge);
        QFETCH(QSize, expected);
        ImageRendition::Options options;
        options.maxLongEdge = maxLongEdge;
        options.rotation = rotation;
        options.crop = crop;
        ImageRendition::Result result;
        QString error;
        QVERIFY2(ImageRendition::render(test::encode(test::makePhoto(1600, 1200, 11), "jpeg"), options, &result, &error),
                 qPrintable(error));
        QCOMPARE(result.size, expected);
        QImage decoded;
        QVERIFY(decoded.loadFromData(result.bytes));
        QCOMPARE(decoded.size(), expected);
    }

    void renders_data();
    void renders();
    void orientation_data();
    void orientation();
    void refuses_data();
    void refuses();
    void parallel_data();
    void parallel();
};

void TstImageRendition::renders_data()
{
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<QByteArray>("requires");
    QTest::addColumn<int>("maxLongEdge");
    QTest::addColumn<int>("quality");
    QTest::addColumn<QByteArray>("format");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<bool>("alpha");
    QTest::addColumn<bool>("metadata"); // the source carries a comment and an ICC profile

    const QByteArray photo = withExifOrientation(test::encode(photoWithMetadata(6000, 4000, 1), "jpeg", 90), 1);
    QTest::newRow("nominal: 24 MP JPEG capped at 1600") << photo << QByteArray("jpeg") << 1600 << 85
                                                        << QByteArray("jpeg") << QSize(1600, 1067) << false << true;
    QTest::newRow("nominal: 24 MP JPEG at 800, quality 70") << photo << QByteArray("jpeg") << 800 << 70
                                                            << QByteArray("jpeg") << QSize(800, 533) << false << true;
    QTest::newRow("nominal: portrait JPEG") << test::encode(photoWithMetadata(3000, 4500, 2), "jpeg")
                                            << QByteArray("jpeg") << 1600 << 85 << QByteArray("jpeg")
                                            << QSize(1067, 1600) << false << true;
    QTest::newRow("nominal: small JPEG is not enlarged") << test::encode(photoWithMetadata(800, 600, 3), "jpeg")
                                                         << QByteArray("jpeg") << 1600 << 85 << QByteArray("jpeg")
                                                         << QSize(800, 600) << false << true;
    QTest::newRow("nominal: exactly 1600 wide is kept") << test::encode(test::makePhoto(1600, 900, 4), "jpeg")
                                                        << QByteArray("jpeg") << 1600 << 85 << QByteArray("jpeg")
                                                        << QSize(1600, 900) << false << false;
    QTest::newRow("nominal: PNG with alpha stays PNG")
        << test::encode(withTransparentHalf(photoWithMetadata(2000, 1000, 5)), "png") << QByteArray("png") << 1600
        << 85 << QByteArray("png") << QSize(1600, 800) << true << true;
    QTest::newRow("nominal: opaque PNG graphic stays PNG")
        << test::encode(photoWithMetadata(1000, 700, 6), "png") << QByteArray("png") << 1600 << 85
        << QByteArray("png") << QSize(1000, 700) << false << true;
    QTest::newRow("nominal: 16-bit PNG with alpha")
        << test::encode(withTransparentHalf(test::makePhoto(2400, 1200, 7)).convertToFormat(QImage::Format_RGBA64),
                        "png")
        << QByteArray("png") << 1600 << 85 << QByteArray("png") << QSize(1600, 800) << true << false;
    QTest::newRow("nominal: WebP photo becomes JPEG")
        << (QImageWriter::supportedImageFormats().contains("webp") ? test::encode(test::makePhoto(2000, 1500, 8), "webp")
                                                                   : QByteArray())
        << QByteArray("webp") << 1600 << 85 << QByteArray("jpeg") << QSize(1600, 1200) << false << false;
    QTest::newRow("nominal: TIFF photo becomes JPEG")
        << (QImageWriter::supportedImageFormats().contains("tiff") ? test::encode(test::makePhoto(1800, 1200, 9), "tiff")
                                                                   : QByteArray())
        << QByteArray("tiff") << 1600 << 85 << QByteArray("jpeg") << QSize(1600, 1067) << false << false;
    QTest::newRow("nominal: BMP photo becomes JPEG") << test::encode(test::makePhoto(1200, 900, 10), "bmp")
                                                     << QByteArray("bmp") << 1600 << 85 << QByteArray("jpeg")
                                                     << QSize(1200, 900) << false << false;
}

void TstImageRendition::renders()
{
    QFETCH(QByteArray, source);
    QFETCH(QByteArray, requires);
    QFETCH(int, maxLongEdge);
    QFETCH(int, quality);
    QFETCH(QByteArray, format);
    QFETCH(QSize, size);
    QFETCH(bool, alpha);
    QFETCH(bool, metadata);
    if (!canRead(requires) || source.isEmpty())
        QSKIP("this Qt has no plugin for the format");
    if (metadata && requires == "jpeg") {
        QVERIFY(jpegMarkers(source).contains(0xFE));
        QVERIFY(jpegMarkers(source).contains(0xE2));
    } else if (metadata) {
        QVERIFY(pngChunkTypes(source).contains("tEXt"));
        QVERIFY(pngChunkTypes(source).contains("iCCP"));
    }

    ImageRendition::Options options;
    options.maxLongEdge = maxLongEdge;
    options.jpegQuality = quality;
    ImageRendition::Result result;
    QString error;
    QVERIFY2(ImageRendition::render(source, options, &result, &error), qPrintable(error));
    QCOMPARE(result.format, format);
    QCOMPARE(result.extension, format == "png" ? QStringLiteral("png") : QStringLiteral("jpg"));
    QCOMPARE(result.size, size);
    QCOMPARE(ImageDecoder::detectFormat(result.bytes), format);

    QImage image;
    QVERIFY(image.loadFromData(result.bytes));
    QCOMPARE(image.size(), size);
    QCOMPARE(ImageDecoder::hasTransparency(image), alpha);
    QVERIFY(image.textKeys().isEmpty());
    QVERIFY(!image.colorSpace().isValid() || image.colorSpace() == QColorSpace(QColorSpace::SRgb));

    if (format == "jpeg") {
        const QList<int> markers = jpegMarkers(result.bytes);
        QVERIFY(markers.contains(0xDA));
        QVERIFY2(!markers.contains(0xE1), "an APP1 (EXIF/XMP) segment was copied");
        QVERIFY2(!markers.contains(0xE2), "an APP2 (ICC) segment was written");
        QVERIFY2(!markers.contains(0xFE), "a comment was copied");
        QVERIFY(!result.bytes.contains("Exif"));
    } else {
        const QSet<QByteArray> chunks = pngChunkTypes(result.bytes);
        QVERIFY(chunks.contains("IEND"));
        for (const char *type : {"tEXt", "zTXt", "iTXt", "eXIf", "iCCP"})
            QVERIFY2(!chunks.contains(type), type);
    }
}

void TstImageRendition::orientation_data()
{
    QTest::addColumn<int>("maxLongEdge");
    QTest::addColumn<QSize>("size");

    QTest::newRow("nominal: orientation 6, kept size") << 1600 << QSize(800, 1200);
    QTest::newRow("nominal: orientation 6, scaled decode") << 600 << QSize(400, 600);
}

void TstImageRendition::orientation()
{
    QFETCH(int, maxLongEdge);
    QFETCH(QSize, size);

    const QByteArray source = withExifOrientation(test::encode(markedPhoto(1200, 800), "jpeg", 92), 6);
    ImageRendition::Options options;
    options.maxLongEdge = maxLongEdge;
    ImageRendition::Result result;
    QString error;
    QVERIFY2(ImageRendition::render(source, options, &result, &error), qPrintable(error));
    QCOMPARE(result.size, size);
    QVERIFY(!result.bytes.contains("Exif"));

    // Upright without any orientation tag: the stored top-left corner is now top-right.
    QImage image;
    QVERIFY(image.loadFromData(result.bytes));
    QCOMPARE(image.size(), size);
    const int w = image.width(), h = image.height();
    QVERIFY(isRed(image.pixel(w - 6, 5)));
    QVERIFY(!isRed(image.pixel(5, 5)));
    QVERIFY(!isRed(image.pixel(5, h - 6)));
    QVERIFY(!isRed(image.pixel(w - 6, h - 6)));
}

void TstImageRendition::refuses_data()
{
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<int>("maxLongEdge");
    QTest::addColumn<int>("quality");
    QTest::addColumn<QString>("reason");

    const QByteArray jpeg = test::encode(test::makePhoto(800, 600), "jpeg");
    QTest::newRow("robustness: empty") << QByteArray() << 1600 << 85 << QStringLiteral("empty");
    QTest::newRow("robustness: not an image") << QByteArray("GIF? no, plain text") << 1600 << 85
                                              << QStringLiteral("not an image");
    QTest::newRow("robustness: truncated JPEG") << jpeg.left(jpeg.size() / 2) << 1600 << 85
                                                << QStringLiteral("truncated");
    QTest::newRow("robustness: zero long edge") << jpeg << 0 << 85 << QStringLiteral("invalid options");
    QTest::newRow("robustness: quality 0") << jpeg << 1600 << 0 << QStringLiteral("invalid options");
    QTest::newRow("robustness: quality 101") << jpeg << 1600 << 101 << QStringLiteral("invalid options");
}

void TstImageRendition::refuses()
{
    QFETCH(QByteArray, source);
    QFETCH(int, maxLongEdge);
    QFETCH(int, quality);
    QFETCH(QString, reason);

    ImageRendition::Options options;
    options.maxLongEdge = maxLongEdge;
    options.jpegQuality = quality;
    ImageRendition::Result result;
    result.extension = QStringLiteral("untouched");
    QString error;
    QVERIFY(!ImageRendition::render(source, options, &result, &error));
    QVERIFY2(error.contains(reason), qPrintable(error));
    QCOMPARE(result.extension, QStringLiteral("untouched"));
    QVERIFY(result.bytes.isEmpty());
}

void TstImageRendition::parallel_data()
{
    QTest::addColumn<int>("count");

    QTest::newRow("nominal: 6 photos") << 6;
}

void TstImageRendition::parallel()
{
    QFETCH(int, count);

    QList<QByteArray> sources;
    for (int i = 0; i < count; ++i)
        sources << withExifOrientation(test::encode(test::makePhoto(3000 + 100 * i, 2000, i), "jpeg"), 1 + i % 8);
    const auto render = [](const QByteArray &source) {
        ImageRendition::Result result;
        QString error;
        if (!ImageRendition::render(source, ImageRendition::Options(), &result, &error))
            return error.toUtf8();
        return result.bytes;
    };

    QList<QByteArray> sequential;
    for (const QByteArray &source : sources)
        sequential << render(source);
    const QList<QByteArray> concurrent = QtConcurrent::blockingMapped(sources, render);
    QCOMPARE(concurrent.size(), count);
    for (int i = 0; i < count; ++i) {
        QCOMPARE(ImageDecoder::detectFormat(sequential.at(i)), QByteArray("jpeg"));
        QVERIFY(concurrent.at(i) == sequential.at(i));
    }
}

QTEST_GUILESS_MAIN(TstImageRendition)
#include "tst_imagerendition.moc"
