#include "fixtures/blockdescription.h"
#include "import/docximporter.h"
#include "fixtures/packagefixture.h"
#include "fixtures/photofixture.h"
#include "fixtures/testutil.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QtTest>

using namespace copydesk;
using test::describe;
using test::list;
using test::wp;
using test::wr;

namespace {

QString u8(const char *text)
{
    return QString::fromUtf8(text);
}

QByteArray photo(int seed, int width = 640, int height = 480)
{
    return test::encode(test::makePhoto(width, height, seed), "jpeg");
}

// A reporter's story as Word writes it: Title style, byline line, bold and italic runs, a
// Heading 2 sub-head, numbered and bulleted lists, a hyperlink and a HYPERLINK field, two photos
// (one with a Caption-style paragraph, one with a centred caption ending in the credit), a Quote
// and the source line.
QString reporterBody()
{
    return wp(u8("<w:pStyle w:val=\"Title\"/>"), wr(u8("县妇联召开年度工作会议")))
        + wp({}, wr(u8("记者 张三 通讯员 李四")))
        + wp({}, wr(u8("11月29日,县妇联召开年度工作会议。")) + wr(u8("会议强调"), u8("<w:b/>"))
                     + wr(u8(",要")) + wr(u8("切实"), u8("<w:i/>")) + wr(u8("做好工作。")))
        + wp(u8("<w:pStyle w:val=\"2\"/>"), wr(u8("一、主要成绩")))
        + wp(u8("<w:pStyle w:val=\"a4\"/><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr>"), wr(u8("培训妇女骨干")))
        + wp(u8("<w:pStyle w:val=\"a4\"/><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr>"), wr(u8("走访困难家庭")))
        + wp(u8("<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"2\"/></w:numPr>"), wr(u8("家庭教育讲座")))
        + wp(u8("<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"2\"/></w:numPr>"), wr(u8("法律咨询")))
        + wp(u8("<w:jc w:val=\"center\"/>"), test::docxInlinePicture(u8("rIdImg1"), u8("大桥合龙现场")))
        + wp(u8("<w:pStyle w:val=\"a3\"/><w:jc w:val=\"center\"/>"),
             wr(u8("图 ")) + u8("<w:fldSimple w:instr=\" SEQ 图 \\* ARABIC \">") + wr(u8("1")) + u8("</w:fldSimple>")
                 + wr(u8(" 大桥合龙")))
        + wp({}, wr(u8("详见")) + u8("<w:hyperlink r:id=\"rIdLink1\" w:history=\"1\">")
                     + wr(u8("县政府网站"), u8("<w:rStyle w:val=\"a5\"/>")) + u8("</w:hyperlink>")
                     + wr(u8("和")) + u8("<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> HYPERLINK \"https://news.example.cn/2\" </w:instrText></w:r>"
                                       "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>")
                     + wr(u8("报道")) + u8("<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>") + wr(u8("。")))
        + wp(u8("<w:jc w:val=\"center\"/>"), test::docxInlinePicture(u8("rIdImg2"), QString()))
        + wp(u8("<w:jc w:val=\"center\"/>"), wr(u8("群众观看演出(记者 王五 摄)"), u8("<w:sz w:val=\"18\"/>")))
        + wp(u8("<w:pStyle w:val=\"Quote\"/>"), wr(u8("妇女能顶半边天。")))
        + wp({}, wr(u8("隐藏的修订说明"), u8("<w:vanish/>")) + u8("<w:del><w:r><w:delText>删掉的字</w:delText></w:r></w:del>")
                     + u8("<w:ins><w:r><w:t>全县妇联组织将继续努力。</w:t></w:r></w:ins>"))
        + wp({}, wr(u8("来源:大象新闻")));
}

test::ZipEntries reporterMedia()
{
    return {{u8("word/media/image1.jpeg"), photo(1)}, {u8("word/media/image2.jpeg"), photo(2, 480, 640)}};
}

QString reporterRels()
{
    return test::imageRelationship(u8("rIdImg1"), u8("media/image1.jpeg"))
        + test::imageRelationship(u8("rIdImg2"), u8("media/image2.jpeg"))
        + test::linkRelationship(u8("rIdLink1"), u8("https://www.example.gov.cn/"));
}

// WPS Office: numbered style ids, a sub-head by outline level, a Chinese-numbered list, a picture
// in mc:AlternateContent (its VML fallback a duplicate) and one in VML only, a caption in a table
// cell under the photo, a text box, and a loop in the style inheritance.
QString wpsBody()
{
    return wp(u8("<w:jc w:val=\"center\"/>"), wr(u8("春耕时节备耕忙"), u8("<w:b/><w:sz w:val=\"44\"/>")))
        + wp({}, wr(u8("连日来,各地农民抢抓农时,田间地头一派繁忙景象。")))
        + wp(u8("<w:outlineLvl w:val=\"1\"/>"), wr(u8("科技助力春耕")))
        + wp(u8("<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"3\"/></w:numPr>"), wr(u8("无人机播种")))
        + wp(u8("<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"3\"/></w:numPr>"), wr(u8("智能灌溉")))
        + u8("<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr><w:tr><w:tc><w:tcPr/>")
        + wp({}, test::docxAlternatePicture(u8("rIdImg1")))
        + u8("</w:tc></w:tr><w:tr><w:tc>")
        + wp(u8("<w:jc w:val=\"center\"/>"), wr(u8("农民在田间查看秧苗长势"), u8("<w:color w:val=\"7F7F7F\"/>")))
        + u8("</w:tc></w:tr></w:tbl>")
        + wp({}, test::docxVmlPicture(u8("rIdImg2"), u8("旧版图片")))
        + wp(u8("<w:pStyle w:val=\"Loop1\"/>"),
             wr(u8("文本框外的文字。"))
                 + u8("<w:r><w:pict><v:shape><v:textbox><w:txbxContent>") + wp({}, wr(u8("文本框里的说明。")))
                 + u8("</w:txbxContent></v:textbox></v:shape></w:pict></w:r>"));
}

} // namespace

class TstDocxImporter : public QObject
{
    Q_OBJECT

private slots:
    void reporter();
    void wps();
    void photoMetadata();
    void damaged_data();
    void damaged();
};

void TstDocxImporter::reporter()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u8("稿件.docx"));
    QVERIFY(test::writeDocx(path, reporterBody(), reporterRels(), reporterMedia()));
    ImportedArticle out;
    QString error;
    QVERIFY2(DocxImporter::read(path, &out, &error), qPrintable(error));

    const Article &article = out.article;
    QCOMPARE(article.title, u8("县妇联召开年度工作会议"));
    QCOMPARE(article.byline, u8("记者 张三 通讯员 李四"));
    QCOMPARE(article.source, u8("大象新闻"));
    const QString actual = describe(article.blocks).join(QStringLiteral(" || "));
    const QString expected = list("P:11月29日,县妇联召开年度工作会议。**会议强调**,要*切实*做好工作。"
                                  " || H2:一、主要成绩 || OL:培训妇女骨干|走访困难家庭 || UL:家庭教育讲座|法律咨询"
                                  " || IMG:大桥合龙 || P:详见**[县政府网站](https://www.example.gov.cn/)**和[报道](https://news.example.cn/2)。"
                                  " || IMG:群众观看演出|记者 王五 || Q:*妇女能顶半边天。* || P:全县妇联组织将继续努力。")
                                 .join(QStringLiteral(" || "));
    QVERIFY2(actual == expected, qPrintable(actual));

    QCOMPARE(out.media.size(), 2);
    QVERIFY(out.warnings.isEmpty());
    const Block &first = article.blocks.at(4);
    QCOMPARE(first.alt, u8("大桥合龙现场"));
    QCOMPARE(QSize(first.width, first.height), QSize(640, 480));
    const Block &second = article.blocks.at(6);
    QCOMPARE(QSize(second.width, second.height), QSize(480, 640));
    QVERIFY(second.alt.isEmpty());
}

void TstDocxImporter::wps()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u8("wps.docx"));
    QVERIFY(test::writeDocx(path, wpsBody(),
                            test::imageRelationship(u8("rIdImg1"), u8("media/image1.jpeg"))
                                + test::imageRelationship(u8("rIdImg2"), u8("/word/media/image2.png")),
                            {{u8("word/media/image1.jpeg"), photo(3)},
                             {u8("word/media/image2.png"), test::encode(test::makePhoto(300, 200, 4), "png")}}));
    ImportedArticle out;
    QString error;
    QVERIFY2(DocxImporter::read(path, &out, &error), qPrintable(error));
    QCOMPARE(out.article.title, u8("春耕时节备耕忙"));
    const QString actual = describe(out.article.blocks).join(QStringLiteral(" || "));
    const QString expected = list("P:连日来,各地农民抢抓农时,田间地头一派繁忙景象。 || H2:科技助力春耕 || OL:无人机播种|智能灌溉"
                                  " || IMG:农民在田间查看秧苗长势 || IMG: || P:文本框外的文字。 || P:文本框里的说明。")
                                 .join(QStringLiteral(" || "));
    QVERIFY2(actual == expected, qPrintable(actual));
    QCOMPARE(out.article.blocks.at(4).alt, u8("旧版图片"));
    QCOMPARE(out.article.blocks.at(4).width, 300);
    QCOMPARE(out.media.size(), 2);
}

void TstDocxImporter::photoMetadata()
{
    // A photo without a caption paragraph brings its own IPTC/XMP caption and credit.
    test::PhotoFields fields;
    fields.xmpDescription = u8("志愿者为老人理发");
    fields.iptcUtf8 = true;
    fields.iptcByline = u8("赵六").toUtf8();
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u8("meta.docx"));
    QVERIFY(test::writeDocx(path,
                            wp({}, wr(u8("标题"))) + wp({}, wr(u8("正文第一段写得很长很长,不是图片说明,而是正文。")))
                                + wp({}, test::docxInlinePicture(u8("rIdImg1"), QString()))
                                + wp({}, wr(u8("正文第二段同样是一整段话,讲的是活动的经过和意义。"))),
                            test::imageRelationship(u8("rIdImg1"), u8("media/image1.jpeg")),
                            {{u8("word/media/image1.jpeg"), test::withMetadata(photo(5), fields)}}));
    ImportedArticle out;
    QString error;
    QVERIFY2(DocxImporter::read(path, &out, &error), qPrintable(error));
    QCOMPARE(describe(out.article.blocks).at(1), u8("IMG:志愿者为老人理发|赵六"));
}

void TstDocxImporter::damaged_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("reason"); // part of the error

    QTest::newRow("robustness: zero-byte file") << u8("empty") << u8("not a zip package");
    QTest::newRow("robustness: a zip that is not a Word document") << u8("otherzip") << u8("word/document.xml");
    QTest::newRow("robustness: truncated docx") << u8("truncated") << u8("not a zip package");
    QTest::newRow("robustness: zip bomb (compression ratio)") << u8("bomb") << u8("zip bomb");
    QTest::newRow("robustness: declares 4 GB unpacked") << u8("huge") << u8("500 MB");
    QTest::newRow("robustness: an entry larger than it declares") << u8("liar") << u8("damaged");
    QTest::newRow("robustness: malformed document XML") << u8("badxml") << u8("damaged");
    QTest::newRow("robustness: entity expansion (billion laughs)") << u8("laughs") << u8("damaged");
    QTest::newRow("robustness: plain text named .docx") << u8("text") << u8("not a zip package");
}

void TstDocxImporter::damaged()
{
    QFETCH(QString, kind);
    QFETCH(QString, reason);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u8("坏.docx"));
    const QString good = dir.filePath(u8("good.docx"));
    QVERIFY(test::writeDocx(good, wp({}, wr(u8("标题"))) + wp({}, wr(u8("正文。")))));
    QFile goodFile(good);
    QVERIFY(goodFile.open(QIODevice::ReadOnly));
    const QByteArray goodBytes = goodFile.readAll();
    auto writeBytes = [&](const QByteArray &bytes) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    };
    if (kind == QLatin1String("empty")) {
        writeBytes(QByteArray());
    } else if (kind == QLatin1String("otherzip")) {
        QVERIFY(test::writeZip(path, {{u8("readme.txt"), QByteArray("hello")}}));
    } else if (kind == QLatin1String("truncated")) {
        writeBytes(goodBytes.left(goodBytes.size() / 2));
    } else if (kind == QLatin1String("bomb")) {
        QVERIFY(test::writeDocx(path, wp({}, wr(u8("x"))), {}, {{u8("word/media/zeros.bin"), QByteArray(64 * 1024 * 1024, '\0')}}));
    } else if (kind == QLatin1String("huge")) {
        QVERIFY(QFile::copy(good, path));
        QVERIFY(test::patchDeclaredSize(path, "word/styles.xml", 0xFFFFFFF0u));
    } else if (kind == QLatin1String("liar")) {
        QVERIFY(QFile::copy(good, path));
        QVERIFY(test::patchDeclaredSize(path, "word/document.xml", 100));
    } else if (kind == QLatin1String("badxml")) {
        QVERIFY(test::writeZip(path, {{u8("word/document.xml"), QByteArray("<w:document xmlns:w=\"x\"><w:body><w:p>")}}));
    } else if (kind == QLatin1String("laughs")) {
        QByteArray xml = "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY a \"aaaaaaaaaa\">";
        for (int i = 1; i < 10; ++i)
            xml += "<!ENTITY " + QByteArray(1, char('a' + i)) + " \"" + QByteArray("&" + QByteArray(1, char('a' + i - 1)) + ";").repeated(10) + "\">";
        xml += "]><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>&j;</w:t></w:r></w:p></w:body></w:document>";
        QVERIFY(test::writeZip(path, {{u8("word/document.xml"), xml}}));
    } else {
        writeBytes(u8("县妇联召开年度工作会议\n正文。\n").toUtf8());
    }
    ImportedArticle out;
    out.article.title = QStringLiteral("untouched");
    QString error;
    QElapsedTimer timer;
    timer.start();
    QVERIFY(!DocxImporter::read(path, &out, &error));
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY2(error.contains(reason), qPrintable(error));
    QCOMPARE(out.article.title, QStringLiteral("untouched"));
}

QTEST_GUILESS_MAIN(TstDocxImporter)
#include "tst_docximporter.moc"
