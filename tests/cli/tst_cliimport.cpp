#include "fixtures/packagefixture.h"
#include "fixtures/clirunner.h"
#include "fixtures/photofixture.h"
#include "store/store.h"
#include "fixtures/testutil.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace copydesk;
using test::wp;
using test::wr;

namespace {

QString u8(const char *text)
{
    return QString::fromUtf8(text);
}

QByteArray photoBytes(int seed, const test::PhotoFields &fields = {})
{
    return test::withMetadata(test::encode(test::makePhoto(640, 480, seed), "jpeg"), fields);
}

QString sha256(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

} // namespace

// copydesk-cli import and attach with reporters' files and photographers' batches.
class TstCliImport : public QObject
{
    Q_OBJECT

private:
    using Result = test::CliResult;

    QTemporaryDir m_dir;
    int m_stores = 0;
    QString m_store;

    Result cli(const QStringList &arguments)
    {
        return test::runCli(arguments, m_store, {}, 120000);
    }

    QJsonArray blocks(qint64 id)
    {
        const Result r = cli({QStringLiteral("show"), QString::number(id), QStringLiteral("--json")});
        return QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("blocks")).toArray();
    }

    QList<QJsonObject> images(qint64 id)
    {
        QList<QJsonObject> out;
        for (const QJsonValue &block : blocks(id)) {
            if (block.toObject().value(QStringLiteral("type")).toString() == QLatin1String("image"))
                out.append(block.toObject());
        }
        return out;
    }

    qint64 newArticle()
    {
        const Result r = cli({QStringLiteral("new"), QStringLiteral("--title"), u8("组图")});
        return r.code == 0 ? r.out.trimmed().toLongLong() : 0;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void init() { m_store = m_dir.filePath(QStringLiteral("store%1.sqlite3").arg(++m_stores)); }

    void importPageText_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("title");
        QTest::newRow("nominal: the masthead slogans are dropped") << QStringList() << 0 << u8("大祥区妇联多举措全面推进民族团结进步示范创建工作");
        QTest::newRow("nominal: --title-line names the headline")
            << QStringList{QStringLiteral("--title-line"), QStringLiteral("2")} << 0 << u8("邵商网与您共同讲好邵商故事");
        QTest::newRow("robustness: --title-line 0 is a usage error")
            << QStringList{QStringLiteral("--title-line"), QStringLiteral("0")} << 2 << QString();
    }

    // A site's page text, as the shared sample is: its headline, not its slogan.
    void importPageText()
    {
        QFETCH(QStringList, options);
        QFETCH(int, code);
        QFETCH(QString, title);
        const Result r = cli(QStringList{QStringLiteral("import"), QStringLiteral(COPYDESK_SHARED_DIR "/samples/daxiang-womens-federation.txt")}
                             + options);
        QCOMPARE(r.code, code);
        if (code != 0)
            return;
        const Result shown = cli({QStringLiteral("show"), r.out.trimmed(), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(shown.out.toUtf8()).object().value(QStringLiteral("title")).toString(), title);
    }

    void importDocx()
    {
        const QByteArray first = photoBytes(1);
        const QByteArray second = photoBytes(2);
        const QString docx = m_dir.filePath(u8("记者稿.docx"));
        QVERIFY(test::writeDocx(docx,
                                wp({}, wr(u8("大桥合龙"))) + wp({}, wr(u8("本报讯 大桥今天合龙。")))
                                    + wp({}, test::docxInlinePicture(u8("rId1"), QString()))
                                    + wp(u8("<w:jc w:val=\"center\"/>"), wr(u8("合龙现场(记者 张三 摄)")))
                                    + wp({}, test::docxInlinePicture(u8("rId2"), QString())),
                                test::imageRelationship(u8("rId1"), u8("media/a.jpeg"))
                                    + test::imageRelationship(u8("rId2"), u8("media/b.jpeg")),
                                {{u8("word/media/a.jpeg"), first}, {u8("word/media/b.jpeg"), second}}));
        const Result r = cli({QStringLiteral("import"), docx});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const qint64 id = r.out.trimmed().toLongLong();
        QVERIFY(id > 0);
        const QList<QJsonObject> photos = images(id);
        QCOMPARE(photos.size(), 2);
        QCOMPARE(photos.at(0).value(QStringLiteral("caption")).toString(), u8("合龙现场"));
        QCOMPARE(photos.at(0).value(QStringLiteral("credit")).toString(), u8("记者 张三"));
        QCOMPARE(photos.at(0).value(QStringLiteral("media")).toString(), sha256(first));
        QCOMPARE(photos.at(1).value(QStringLiteral("media")).toString(), sha256(second));

        // The photos went into the store in the same import.
        Store store;
        QString error;
        QVERIFY2(store.open(m_store, &error), qPrintable(error));
        QVERIFY(store.hasMedia(sha256(first)));
        QVERIFY(store.hasMedia(sha256(second)));
        QCOMPARE(store.mediaBytes(sha256(second), &error), second);
        // Without thumbnails (the import reads only the photos' headers): an export works from
        // the originals, and whatever wants a thumbnail gets one made then.
        QVERIFY(store.mediaThumbnail(sha256(first)).isEmpty());
        QVERIFY(store.mediaThumbnail(sha256(second)).isEmpty());
        store.close();
        const QString out = m_dir.filePath(QStringLiteral("export-%1").arg(m_stores));
        QVERIFY(QDir().mkpath(out));
        for (const QString &format : {QStringLiteral("html"), QStringLiteral("docx")}) {
            const Result exported = cli({QStringLiteral("export"), QString::number(id), QStringLiteral("--format"),
                                         format, QStringLiteral("--out"), out});
            QVERIFY2(exported.code == 0, qPrintable(format + QLatin1String(": ") + exported.err));
        }
        QStringList renditions;
        QDirIterator files(out, {QStringLiteral("*.jpg"), QStringLiteral("*.jpeg")}, QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext())
            renditions.append(files.next());
        QCOMPARE(renditions.size(), 2);
        QVERIFY2(store.open(m_store, &error), qPrintable(error));
        QVERIFY(!store.mediaThumbnailOrMake(sha256(first), &error).isEmpty());
        QVERIFY(!store.mediaThumbnail(sha256(first)).isEmpty());
    }

    void importBatchWithADamagedFile()
    {
        const QByteArray photo = photoBytes(3);
        const QString good = m_dir.filePath(u8("good.docx"));
        QVERIFY(test::writeDocx(good, wp({}, wr(u8("标题"))) + wp({}, test::docxInlinePicture(u8("rId1"), QString())),
                                test::imageRelationship(u8("rId1"), u8("media/a.jpeg")), {{u8("word/media/a.jpeg"), photo}}));
        const QString bad = m_dir.filePath(u8("坏文件.docx"));
        QVERIFY(writeFile(bad, QByteArray("PK\x03\x04 this is no zip")));
        const Result r = cli({QStringLiteral("import"), good, bad});
        QCOMPARE(r.code, 1);
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
        QVERIFY2(r.err.startsWith(QLatin1String("copydesk-cli: importing ")), qPrintable(r.err));
        QVERIFY2(r.err.contains(u8("坏文件.docx")), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        // Nothing of the batch, the good file's photo included, reached the store.
        Store store;
        QString error;
        QVERIFY2(store.open(m_store, &error), qPrintable(error));
        QVERIFY(store.listArticles(&error).isEmpty());
        QVERIFY(!store.hasMedia(sha256(photo)));
    }

    void importOtherFormats_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("title");
        QTest::newRow("nominal: .html") << u8("page.html") << u8("<h1>网页标题</h1><p>正文。</p>").toUtf8() << u8("网页标题");
        QTest::newRow("nominal: .md") << u8("copy.md") << u8("# 标题\n\n正文。\n").toUtf8() << u8("标题");
        QTest::newRow("nominal: .txt as before") << u8("copy.txt") << u8("纯文本标题\n\n正文。\n").toUtf8() << u8("纯文本标题");
    }

    void importOtherFormats()
    {
        QFETCH(QString, fileName);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, title);
        const QString path = m_dir.filePath(fileName);
        QVERIFY(writeFile(path, bytes));
        const Result r = cli({QStringLiteral("import"), path});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const Result shown = cli({QStringLiteral("show"), r.out.trimmed()});
        QVERIFY2(shown.out.startsWith(title + u'\n'), qPrintable(shown.out));
    }

    void attachTakesMetadata_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("caption");
        QTest::addColumn<QString>("credit");
        QTest::addColumn<QString>("alt");
        QTest::newRow("nominal: caption, credit and alt from the photo")
            << QStringList() << u8("群众观看文艺演出") << u8("新华社") << u8("广场上的人群");
        QTest::newRow("nominal: an explicit caption wins, the rest from the photo")
            << QStringList{QStringLiteral("--caption"), u8("编辑写的说明")} << u8("编辑写的说明") << u8("新华社")
            << u8("广场上的人群");
        QTest::newRow("nominal: explicit empty values win too")
            << QStringList{QStringLiteral("--credit="), QStringLiteral("--alt="), QStringLiteral("--caption"), u8("说明")}
            << u8("说明") << QString() << QString();
    }

    void attachTakesMetadata()
    {
        QFETCH(QStringList, options);
        QFETCH(QString, caption);
        QFETCH(QString, credit);
        QFETCH(QString, alt);
        test::PhotoFields fields;
        fields.iptcUtf8 = true;
        fields.iptcCaption = u8("群众观看文艺演出").toUtf8();
        fields.iptcCredit = u8("新华社").toUtf8();
        fields.iptcByline = u8("张三").toUtf8();
        fields.xmpAlt = u8("广场上的人群");
        const QString path = m_dir.filePath(u8("照片.jpg"));
        QVERIFY(writeFile(path, photoBytes(4, fields)));
        const qint64 id = newArticle();
        QVERIFY(id > 0);
        const Result r = cli(QStringList{QStringLiteral("attach"), QString::number(id), path} + options);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QList<QJsonObject> photos = images(id);
        QCOMPARE(photos.size(), 1);
        QCOMPARE(photos.first().value(QStringLiteral("caption")).toString(), caption);
        QCOMPARE(photos.first().value(QStringLiteral("credit")).toString(), credit);
        QCOMPARE(photos.first().value(QStringLiteral("alt")).toString(), alt);
    }

    void attachFolderInShootingOrder()
    {
        const QString folder = m_dir.filePath(u8("摄影记者"));
        QVERIFY(QDir().mkpath(folder));
        const QStringList stamps{u8("2023:05:01 10:00:02"), u8("2023:05:01 09:00:00"), u8("2023:05:01 10:00:01")};
        for (int i = 0; i < stamps.size(); ++i) {
            test::PhotoFields fields;
            fields.dateTimeOriginal = stamps.at(i);
            fields.xmpDescription = u8("拍摄于") + stamps.at(i);
            QVERIFY(writeFile(QDir(folder).filePath(QStringLiteral("DSC_%1.JPG").arg(i + 1)), photoBytes(10 + i, fields)));
        }
        const qint64 id = newArticle();
        const Result r = cli({QStringLiteral("attach"), QString::number(id), folder});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QStringList captions;
        for (const QJsonObject &photo : images(id))
            captions.append(photo.value(QStringLiteral("caption")).toString());
        QCOMPARE(captions, (QStringList{u8("拍摄于2023:05:01 09:00:00"), u8("拍摄于2023:05:01 10:00:01"),
                                        u8("拍摄于2023:05:01 10:00:02")}));
    }

    void attachBatchWithABrokenPhoto()
    {
        const QString good = m_dir.filePath(u8("1.jpg"));
        QVERIFY(writeFile(good, photoBytes(20)));
        const QString broken = m_dir.filePath(u8("2.jpg"));
        QVERIFY(writeFile(broken, QByteArray("\xFF\xD8\xFF\xE0 not really a jpeg")));
        const qint64 id = newArticle();
        const Result r = cli({QStringLiteral("attach"), QString::number(id), good, broken});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.startsWith(QStringLiteral("copydesk-cli: attaching a photo to article %1: ").arg(id)), qPrintable(r.err));
        QVERIFY2(r.err.contains(u8("2.jpg")), qPrintable(r.err));
        QVERIFY(images(id).isEmpty()); // the article is unchanged
    }
};

QTEST_GUILESS_MAIN(TstCliImport)
#include "tst_cliimport.moc"
