#include "media/photobatch.h"
#include "fixtures/photofixture.h"
#include "fixtures/testutil.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

using namespace copydesk;

namespace {

QString u8(const char *text)
{
    return QString::fromUtf8(text);
}

// Writes a photo; a non-empty stamp becomes its EXIF DateTimeOriginal.
QString writePhoto(const QString &path, int seed, const QString &stamp = {}, const QString &caption = {})
{
    test::PhotoFields fields;
    fields.dateTimeOriginal = stamp;
    fields.xmpDescription = caption;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    file.write(test::withMetadata(test::encode(test::makePhoto(320 + seed, 240, seed), "jpeg"), fields));
    return path;
}

QStringList names(const QStringList &paths)
{
    QStringList out;
    for (const QString &path : paths)
        out.append(QFileInfo(path).fileName());
    return out;
}

} // namespace

class TstPhotoBatch : public QObject
{
    Q_OBJECT

private slots:
    void collect_data();
    void collect();
    void collectErrors();
    void decode();
    void decodeStopsAtABadFile();
};

void TstPhotoBatch::collect_data()
{
    QTest::addColumn<QStringList>("files");  // name|stamp
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("nominal: all with capture times: shooting order")
        << QStringList{u8("a.jpg|2023:05:01 10:00:03"), u8("b.jpg|2023:05:01 09:59:00"), u8("c.jpg|2023:05:01 10:00:01")}
        << QStringList{u8("b.jpg"), u8("c.jpg"), u8("a.jpg")};
    QTest::newRow("nominal: one without a capture time: natural name order")
        << QStringList{u8("IMG_10.jpg|2023:05:01 10:00:00"), u8("IMG_2.jpg|"), u8("IMG_1.jpg|2023:05:01 11:00:00")}
        << QStringList{u8("IMG_1.jpg"), u8("IMG_2.jpg"), u8("IMG_10.jpg")};
    QTest::newRow("nominal: the same time keeps name order")
        << QStringList{u8("2.jpg|2023:05:01 10:00:00"), u8("1.jpg|2023:05:01 10:00:00")}
        << QStringList{u8("1.jpg"), u8("2.jpg")};
}

void TstPhotoBatch::collect()
{
    QFETCH(QStringList, files);
    QFETCH(QStringList, expected);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString folder = dir.filePath(u8("摄影部"));
    QVERIFY(QDir().mkpath(folder));
    int seed = 1;
    for (const QString &file : files)
        writePhoto(QDir(folder).filePath(file.section(u'|', 0, 0)), seed++, file.section(u'|', 1));
    // Files that are not photos by name are not picked from a folder.
    QFile sidecar(QDir(folder).filePath(u8("a.xmp")));
    QVERIFY(sidecar.open(QIODevice::WriteOnly));
    sidecar.write("<x:xmpmeta/>");
    sidecar.close();

    QStringList collected;
    QString error;
    QVERIFY2(PhotoBatch::collect({folder}, &collected, &error), qPrintable(error));
    QCOMPARE(names(collected), expected);

    // Files given one by one are ordered the same way.
    QStringList given;
    for (const QString &file : files)
        given.append(QDir(folder).filePath(file.section(u'|', 0, 0)));
    QVERIFY2(PhotoBatch::collect(given, &collected, &error), qPrintable(error));
    QCOMPARE(names(collected), expected);
}

void TstPhotoBatch::collectErrors()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QStringList files;
    QString error;
    QVERIFY(!PhotoBatch::collect({dir.filePath(u8("nowhere.jpg"))}, &files, &error));
    QVERIFY2(error.contains(u8("nowhere.jpg")), qPrintable(error));
    QVERIFY(QDir(dir.path()).mkpath(u8("empty")));
    QVERIFY(!PhotoBatch::collect({dir.filePath(u8("empty"))}, &files, &error));
    QVERIFY2(error.contains(u8("empty")), qPrintable(error));
}

void TstPhotoBatch::decode()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QStringList files;
    for (int i = 0; i < 9; ++i)
        files.append(writePhoto(dir.filePath(QStringLiteral("%1.jpg").arg(i)), i + 1, {}, u8("说明%1").arg(i)));
    QStringList seen;
    QString error;
    const bool ok = PhotoBatch::decode(
        files,
        [&](const PhotoBatch::Photo &photo, QString *) {
            seen.append(QFileInfo(photo.path).fileName());
            return photo.image.size.width() > 320 && photo.image.sha256.size() == 64 && !photo.image.thumbnail.isEmpty()
                && photo.metadata.caption == u8("说明%1").arg(QFileInfo(photo.path).baseName());
        },
        &error);
    QVERIFY2(ok, qPrintable(error));
    QCOMPARE(seen, names(files)); // in the order given
}

void TstPhotoBatch::decodeStopsAtABadFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString good = writePhoto(dir.filePath(u8("1.jpg")), 1);
    const QString bad = dir.filePath(u8("2.jpg"));
    QFile file(bad);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("not a photo");
    file.close();
    const QString after = writePhoto(dir.filePath(u8("3.jpg")), 3);
    int consumed = 0;
    QString error;
    QVERIFY(!PhotoBatch::decode({good, bad, after}, [&](const PhotoBatch::Photo &, QString *) { return ++consumed > 0; },
                                &error));
    QCOMPARE(consumed, 1);
    QVERIFY2(error.contains(u8("2.jpg")), qPrintable(error));
    // A refusing consumer stops the batch with its own error.
    QVERIFY(!PhotoBatch::decode({good, after},
                                [&](const PhotoBatch::Photo &, QString *why) {
                                    *why = QStringLiteral("full");
                                    return false;
                                },
                                &error));
    QCOMPARE(error, QStringLiteral("full"));
}

QTEST_GUILESS_MAIN(TstPhotoBatch)
#include "tst_photobatch.moc"
