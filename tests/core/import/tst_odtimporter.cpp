#include "fixtures/blockdescription.h"
#include "import/odtimporter.h"
#include "fixtures/packagefixture.h"
#include "fixtures/testutil.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace copydesk;
using test::describe;
using test::list;

namespace {

QString u8(const char *text)
{
    return QString::fromUtf8(text);
}

// Automatic styles as LibreOffice writes them into content.xml.
QString automaticStyles()
{
    return u8("<style:style style:name=\"P1\" style:family=\"paragraph\" style:parent-style-name=\"Standard\">"
              "<style:paragraph-properties fo:text-align=\"center\"/></style:style>"
              "<style:style style:name=\"P2\" style:family=\"paragraph\" style:parent-style-name=\"Standard\">"
              "<style:paragraph-properties fo:text-align=\"center\"/><style:text-properties fo:font-size=\"9pt\" fo:color=\"#808080\"/></style:style>"
              "<style:style style:name=\"T1\" style:family=\"text\"><style:text-properties fo:font-weight=\"bold\"/></style:style>"
              "<style:style style:name=\"T2\" style:family=\"text\"><style:text-properties fo:font-style=\"italic\"/></style:style>"
              "<text:list-style style:name=\"L1\"><text:list-level-style-number text:level=\"1\" style:num-format=\"1\" style:num-suffix=\".\"/></text:list-style>"
              "<text:list-style style:name=\"L2\"><text:list-level-style-bullet text:level=\"1\" text:bullet-char=\"•\"/></text:list-style>");
}

QString body()
{
    return u8("<text:p text:style-name=\"Title\">乡村振兴看新变化</text:p>"
              "<text:p text:style-name=\"Subtitle\">——来自一线的报道</text:p>"
              "<text:p text:style-name=\"Standard\">作者:钱七</text:p>"
              "<text:p text:style-name=\"Standard\">村里新修了<text:span text:style-name=\"T1\">柏油路</text:span>,"
              "<text:span text:style-name=\"T2\">村民</text:span>出行更方便。<text:s text:c=\"3\"/>详见"
              "<text:a xlink:type=\"simple\" xlink:href=\"https://www.example.gov.cn/village\">县政府网站</text:a>。</text:p>"
              "<text:h text:style-name=\"Heading_20_2\" text:outline-level=\"2\">产业兴旺</text:h>"
              "<text:list text:style-name=\"L1\"><text:list-item><text:p>种植大棚蔬菜</text:p></text:list-item>"
              "<text:list-item><text:p>发展乡村旅游</text:p><text:list><text:list-item><text:p>民宿</text:p></text:list-item></text:list></text:list-item></text:list>"
              "<text:list text:style-name=\"L2\"><text:list-item><text:p>道路硬化</text:p></text:list-item>"
              "<text:list-item><text:p>路灯亮化</text:p></text:list-item></text:list>"
              "<text:p text:style-name=\"P1\">") + test::odtPicture(u8("Pictures/1.jpg"), u8("新修的柏油路")) + u8("</text:p>"
              "<text:p text:style-name=\"P2\">图为村里新修的柏油路</text:p>"
              "<text:p text:style-name=\"Standard\"><draw:frame draw:name=\"框架1\" text:anchor-type=\"paragraph\"><draw:text-box>"
              "<text:p text:style-name=\"Figure\">") + test::odtPicture(u8("Pictures/2.png"), QString())
        + u8("图 <text:sequence text:ref-name=\"refFigure0\" text:name=\"Figure\" text:formula=\"ooow:Figure+1\" style:num-format=\"1\">1</text:sequence>: 村民在民宿前合影</text:p>"
             "</draw:text-box></draw:frame></text:p>"
             "<text:p text:style-name=\"Quotations\">日子越过越红火。</text:p>"
             "<text:p text:style-name=\"Standard\">这是正文的最后一段。<text:note text:note-class=\"footnote\"><text:note-citation>1</text:note-citation>"
             "<text:note-body><text:p>脚注不进正文</text:p></text:note-body></text:note></text:p>"
             "<text:p text:style-name=\"Standard\">来源:乡村振兴网</text:p>");
}

} // namespace

class TstOdtImporter : public QObject
{
    Q_OBJECT

private slots:
    void libreOffice();
    void damaged_data();
    void damaged();
};

void TstOdtImporter::libreOffice()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u8("稿件.odt"));
    QVERIFY(test::writeOdt(path, automaticStyles(), body(),
                           {{u8("Pictures/1.jpg"), test::encode(test::makePhoto(800, 600, 1), "jpeg")},
                            {u8("Pictures/2.png"), test::encode(test::makePhoto(300, 200, 2), "png")}}));
    ImportedArticle out;
    QString error;
    QVERIFY2(OdtImporter::read(path, &out, &error), qPrintable(error));
    QCOMPARE(out.article.title, u8("乡村振兴看新变化"));
    QCOMPARE(out.article.subtitle, u8("——来自一线的报道"));
    QCOMPARE(out.article.byline, u8("钱七"));
    QCOMPARE(out.article.source, u8("乡村振兴网"));
    const QString actual = describe(out.article.blocks).join(QStringLiteral(" || "));
    const QString expected =
        list("P:村里新修了**柏油路**,*村民*出行更方便。 详见[县政府网站](https://www.example.gov.cn/village)。"
             " || H2:产业兴旺 || OL:种植大棚蔬菜|发展乡村旅游|民宿 || UL:道路硬化|路灯亮化"
             " || IMG:图为村里新修的柏油路 || IMG:村民在民宿前合影 || Q:日子越过越红火。 || P:这是正文的最后一段。")
            .join(QStringLiteral(" || "));
    QVERIFY2(actual == expected, qPrintable(actual));
    QCOMPARE(out.media.size(), 2);
    QCOMPARE(out.article.blocks.at(4).alt, u8("新修的柏油路"));
    QCOMPARE(out.article.blocks.at(4).width, 800);
    QCOMPARE(out.article.blocks.at(5).width, 300);
}

void TstOdtImporter::damaged_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("reason");

    QTest::newRow("robustness: zero-byte file") << u8("empty") << u8("not a zip package");
    QTest::newRow("robustness: a spreadsheet named .odt") << u8("spreadsheet") << u8("another kind");
    QTest::newRow("robustness: a zip without content.xml") << u8("nocontent") << u8("content.xml");
    QTest::newRow("robustness: malformed content.xml") << u8("badxml") << u8("damaged");
}

void TstOdtImporter::damaged()
{
    QFETCH(QString, kind);
    QFETCH(QString, reason);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u8("坏.odt"));
    if (kind == QLatin1String("empty")) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
    } else if (kind == QLatin1String("spreadsheet")) {
        QVERIFY(test::writeZip(path, {{u8("mimetype"), QByteArray("application/vnd.oasis.opendocument.spreadsheet")},
                                      {u8("content.xml"), QByteArray("<x/>")}}));
    } else if (kind == QLatin1String("nocontent")) {
        QVERIFY(test::writeZip(path, {{u8("mimetype"), QByteArray("application/vnd.oasis.opendocument.text")}}));
    } else {
        QVERIFY(test::writeZip(path, {{u8("mimetype"), QByteArray("application/vnd.oasis.opendocument.text")},
                                      {u8("content.xml"), QByteArray("<office:document-content><office:body><text:p>")}}));
    }
    ImportedArticle out;
    out.article.title = QStringLiteral("untouched");
    QString error;
    QVERIFY(!OdtImporter::read(path, &out, &error));
    QVERIFY2(error.contains(reason), qPrintable(error));
    QCOMPARE(out.article.title, QStringLiteral("untouched"));
}

QTEST_GUILESS_MAIN(TstOdtImporter)
#include "tst_odtimporter.moc"
