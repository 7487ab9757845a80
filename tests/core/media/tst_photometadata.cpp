#include "media/decodedimage.h"
#include "media/imagedecoder.h"
#include "fixtures/photofixture.h"
#include "media/photometadata.h"
#include "fixtures/testutil.h"

#include <QFile>
#include <QRandomGenerator>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QtTest>

using namespace copydesk;

namespace {

QString u8(const char *text)
{
    return QString::fromUtf8(text);
}

QByteArray gb18030(const QString &text)
{
    QStringEncoder encoder("GB18030");
    return encoder.encode(text);
}

QByteArray jpeg(int seed = 1)
{
    return test::encode(test::makePhoto(400, 300, seed), "jpeg");
}

} // namespace

class TstPhotoMetadata : public QObject
{
    Q_OBJECT

private slots:
    void read_data();
    void read();
    void captured_data();
    void captured();
    void fillBlock_data();
    void fillBlock();
    void orientation();
    void readFile();
    void malformed_data();
    void malformed();
    void fuzz();
};

void TstPhotoMetadata::read_data()
{
    QTest::addColumn<QByteArray>("photo");
    QTest::addColumn<QString>("caption");
    QTest::addColumn<QString>("credit");
    QTest::addColumn<QString>("byline");
    QTest::addColumn<QString>("alt");

    test::PhotoFields xmp;
    xmp.xmpDescription = u8("县妇联志愿者走进社区宣讲政策");
    xmp.xmpCredit = u8("大象新闻");
    xmp.xmpCreator = u8("张三");
    xmp.xmpAlt = u8("志愿者向居民发放宣传册");
    QTest::newRow("nominal: XMP in UTF-8 Chinese")
        << test::withMetadata(jpeg(), xmp) << xmp.xmpDescription << xmp.xmpCredit << xmp.xmpCreator << xmp.xmpAlt;

    test::PhotoFields iptcUtf8;
    iptcUtf8.iptcUtf8 = true;
    iptcUtf8.iptcCaption = u8("春耕时节 农民抢抓农时").toUtf8();
    iptcUtf8.iptcCredit = u8("新华社").toUtf8();
    iptcUtf8.iptcByline = u8("李四").toUtf8();
    QTest::newRow("nominal: IPTC declared UTF-8 (1:90 ESC % G)")
        << test::withMetadata(jpeg(), iptcUtf8) << u8("春耕时节 农民抢抓农时") << u8("新华社") << u8("李四") << QString();

    test::PhotoFields undeclared;
    undeclared.iptcCaption = u8("无声明的UTF-8图片说明").toUtf8();
    QTest::newRow("nominal: IPTC UTF-8 without a declaration")
        << test::withMetadata(jpeg(), undeclared) << u8("无声明的UTF-8图片说明") << QString() << QString() << QString();

    test::PhotoFields gb;
    gb.iptcCaption = gb18030(u8("老式软件写的国标码说明"));
    gb.iptcByline = gb18030(u8("王五"));
    QTest::newRow("nominal: IPTC in GB18030 without a declaration")
        << test::withMetadata(jpeg(), gb) << u8("老式软件写的国标码说明") << QString() << u8("王五") << QString();

    test::PhotoFields latin;
    latin.iptcCaption = QByteArray("Caf\xE9 on the square");
    QTest::newRow("nominal: IPTC in Latin-1")
        << test::withMetadata(jpeg(), latin) << u8("Café on the square") << QString() << QString() << QString();

    test::PhotoFields both;
    both.xmpDescription = u8("XMP 的说明");
    both.iptcUtf8 = true;
    both.iptcCaption = u8("IPTC 的说明").toUtf8();
    both.iptcCredit = u8("IPTC 来源").toUtf8();
    QTest::newRow("nominal: XMP wins over IPTC, IPTC fills the rest")
        << test::withMetadata(jpeg(), both) << u8("XMP 的说明") << u8("IPTC 来源") << QString() << QString();

    QTest::newRow("nominal: a photo without metadata") << jpeg() << QString() << QString() << QString() << QString();
    QTest::newRow("nominal: a PNG") << test::encode(test::makePhoto(50, 50), "png") << QString() << QString()
                                    << QString() << QString();
}

void TstPhotoMetadata::read()
{
    QFETCH(QByteArray, photo);
    QFETCH(QString, caption);
    QFETCH(QString, credit);
    QFETCH(QString, byline);
    QFETCH(QString, alt);
    PhotoMetadata metadata;
    QString error;
    QVERIFY2(PhotoMetadata::read(photo, &metadata, &error), qPrintable(error));
    QCOMPARE(metadata.caption, caption);
    QCOMPARE(metadata.credit, credit);
    QCOMPARE(metadata.byline, byline);
    QCOMPARE(metadata.alt, alt);
    QCOMPARE(metadata.isEmpty(), caption.isEmpty() && credit.isEmpty() && byline.isEmpty() && alt.isEmpty());
}

void TstPhotoMetadata::captured_data()
{
    QTest::addColumn<QString>("stamp");
    QTest::addColumn<QString>("offset");
    QTest::addColumn<QDateTime>("expected");

    QTest::newRow("nominal: with the offset of Exif 2.31")
        << u8("2023:05:01 10:20:30") << u8("+08:00")
        << QDateTime(QDate(2023, 5, 1), QTime(10, 20, 30), QTimeZone(8 * 3600));
    QTest::newRow("nominal: camera local time")
        << u8("2023:05:01 10:20:30") << QString() << QDateTime(QDate(2023, 5, 1), QTime(10, 20, 30));
    QTest::newRow("robustness: a camera's zero date") << u8("0000:00:00 00:00:00") << QString() << QDateTime();
    QTest::newRow("robustness: garbage") << u8("yesterday") << QString() << QDateTime();
}

void TstPhotoMetadata::captured()
{
    QFETCH(QString, stamp);
    QFETCH(QString, offset);
    QFETCH(QDateTime, expected);
    test::PhotoFields fields;
    fields.dateTimeOriginal = stamp;
    fields.offsetTimeOriginal = offset;
    PhotoMetadata metadata;
    QString error;
    QVERIFY2(PhotoMetadata::read(test::withMetadata(jpeg(), fields), &metadata, &error), qPrintable(error));
    QCOMPARE(metadata.captured.isValid(), expected.isValid());
    if (expected.isValid()) {
        QCOMPARE(metadata.captured, expected);
        QCOMPARE(metadata.captured.offsetFromUtc(), expected.offsetFromUtc());
    }
}

void TstPhotoMetadata::fillBlock_data()
{
    QTest::addColumn<QString>("caption");
    QTest::addColumn<QString>("credit");
    QTest::addColumn<QString>("byline");
    QTest::addColumn<QString>("givenCaption");
    QTest::addColumn<QString>("expectedCaption");
    QTest::addColumn<QString>("expectedCredit");
    QTest::addColumn<int>("filled");

    QTest::newRow("nominal: empty block takes caption and credit")
        << u8("说明") << u8("新华社") << u8("张三") << QString() << u8("说明") << u8("新华社")
        << int(PhotoMetadata::Caption | PhotoMetadata::Credit);
    QTest::newRow("nominal: the byline is the credit when there is no credit")
        << QString() << QString() << u8("张三") << QString() << QString() << u8("张三") << int(PhotoMetadata::Credit);
    QTest::newRow("nominal: an explicit caption wins")
        << u8("说明") << QString() << QString() << u8("编辑写的说明") << u8("编辑写的说明") << QString() << 0;
}

void TstPhotoMetadata::fillBlock()
{
    QFETCH(QString, caption);
    QFETCH(QString, credit);
    QFETCH(QString, byline);
    QFETCH(QString, givenCaption);
    QFETCH(QString, expectedCaption);
    QFETCH(QString, expectedCredit);
    QFETCH(int, filled);
    PhotoMetadata metadata;
    metadata.caption = caption;
    metadata.credit = credit;
    metadata.byline = byline;
    Block block = Block::image(QString(64, u'a'), 10, 10, givenCaption);
    QCOMPARE(int(metadata.fillBlock(&block)), filled);
    QCOMPARE(block.caption, expectedCaption);
    QCOMPARE(block.credit, expectedCredit);
    QCOMPARE(block.checkMetadata, filled != 0);
}

void TstPhotoMetadata::orientation()
{
    // Writing metadata keeps EXIF orientation, which ImageDecoder still applies.
    test::PhotoFields fields;
    fields.orientation = 6; // rotate 90° clockwise to show
    fields.xmpDescription = u8("竖拍的照片");
    const QByteArray photo = test::withMetadata(jpeg(), fields);
    DecodedImage decoded;
    QString error;
    QVERIFY2(ImageDecoder::decodeBytes(photo, u8("a.jpg"), &decoded, &error), qPrintable(error));
    QCOMPARE(decoded.size, QSize(300, 400));
    PhotoMetadata metadata;
    QVERIFY(PhotoMetadata::read(photo, &metadata, &error));
    QCOMPARE(metadata.caption, u8("竖拍的照片"));
}

void TstPhotoMetadata::readFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    test::PhotoFields fields;
    fields.xmpDescription = u8("文件里的说明");
    // A file name that looks like a URL must still be read as a local file.
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("http:/example.com")));
    const QString path = dir.filePath(QStringLiteral("http:/example.com/photo.jpg"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(test::withMetadata(jpeg(), fields));
    file.close();
    PhotoMetadata metadata;
    QString error;
    QVERIFY2(PhotoMetadata::readFile(path, &metadata, &error), qPrintable(error));
    QCOMPARE(metadata.caption, u8("文件里的说明"));
    QVERIFY(!PhotoMetadata::readFile(dir.filePath(QStringLiteral("missing.jpg")), &metadata, &error));
    QVERIFY(metadata.isEmpty());
    QVERIFY(!error.isEmpty());
}

void TstPhotoMetadata::malformed_data()
{
    QTest::addColumn<QByteArray>("bytes");

    const QByteArray photo = jpeg();
    QTest::newRow("robustness: empty") << QByteArray();
    QTest::newRow("robustness: not an image") << QByteArray("this is not an image at all, just text");
    QTest::newRow("robustness: JPEG signature only") << QByteArray("\xFF\xD8\xFF");
    QTest::newRow("robustness: truncated JPEG") << photo.left(photo.size() / 3);
    // An APP1 segment claiming XMP whose packet is garbage, and one whose length overruns the file.
    QByteArray garbageXmp = photo;
    const QByteArray xmpHeader("http://ns.adobe.com/xap/1.0/\0<x:xmpmeta><rdf:RDF><<<<&&&", 57);
    QByteArray segment("\xFF\xE1");
    segment.append(char((xmpHeader.size() + 2) >> 8)).append(char((xmpHeader.size() + 2) & 0xFF)).append(xmpHeader);
    garbageXmp.insert(2, segment);
    QTest::newRow("robustness: garbage XMP packet") << garbageXmp;
    QByteArray overrun = photo;
    overrun.insert(2, QByteArray("\xFF\xE1\xFF\xF0" "Exif\0\0II*\0", 14));
    QTest::newRow("robustness: APP1 length past the end of the file") << overrun;
    QByteArray iptc = photo;
    iptc.insert(2, QByteArray("\xFF\xED\x00\x20Photoshop 3.0\08BIM\x04\x04\0\0\xFF\xFF\xFF\xF0\x1C\x02\x78\xFF\xFF", 34));
    QTest::newRow("robustness: IPTC record with impossible lengths") << iptc;
}

void TstPhotoMetadata::malformed()
{
    QFETCH(QByteArray, bytes);
    PhotoMetadata metadata;
    metadata.caption = QStringLiteral("stale");
    QString error;
    // Either outcome is acceptable; crashing, throwing or keeping stale data is not.
    if (!PhotoMetadata::read(bytes, &metadata, &error)) {
        QVERIFY(!error.isEmpty());
        QVERIFY(metadata.isEmpty());
    } else {
        QVERIFY(metadata.caption != QLatin1String("stale"));
    }
}

void TstPhotoMetadata::fuzz()
{
    test::PhotoFields fields;
    fields.xmpDescription = u8("被随机改坏的说明");
    fields.iptcCaption = u8("IPTC 说明").toUtf8();
    fields.iptcUtf8 = true;
    fields.dateTimeOriginal = u8("2023:05:01 10:20:30");
    const QByteArray photo = test::withMetadata(jpeg(), fields);
    // Corrupt the metadata segments (the first few kilobytes) at random, reproducibly.
    QRandomGenerator random(20240501);
    const int span = int(qMin<qsizetype>(photo.size(), 4096));
    int intact = 0;
    int refused = 0;
    for (int round = 0; round < 300; ++round) {
        QByteArray damaged = photo;
        const int flips = 1 + int(random.bounded(8));
        for (int k = 0; k < flips; ++k)
            damaged[int(random.bounded(span))] = char(random.bounded(256));
        PhotoMetadata metadata;
        QString error;
        if (!PhotoMetadata::read(damaged, &metadata, &error)) {
            QVERIFY(metadata.isEmpty() && !error.isEmpty());
            ++refused;
        } else if (metadata.caption == fields.xmpDescription) {
            ++intact;
        }
    }
    // Damage elsewhere in the segments leaves the caption readable.
    QVERIFY(intact > 0);
    qInfo("300 damaged photos: %d with the caption intact, %d refused, none crashed", intact, refused);
}

QTEST_GUILESS_MAIN(TstPhotoMetadata)
#include "tst_photometadata.moc"
