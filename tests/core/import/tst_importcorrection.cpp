#include "fixtures/blockdescription.h"
#include "fixtures/testutil.h"
#include "import/articleimporter.h"
#include "import/importcorrection.h"
#include "import/textimporter.h"

#include <QtTest>

using namespace copydesk;
using Role = ImportCorrection::Role;

namespace {

QString u8(const char *text)
{
    return QString::fromUtf8(text);
}

ImportedArticle samplePage()
{
    ImportedArticle imported;
    QString error;
    if (!ArticleImporter::readFile(test::sharedPath(QStringLiteral("samples/daxiang-womens-federation.txt")),
                                   &imported, &error))
        qWarning("%s", qPrintable(error));
    return imported;
}

// A converted file (no plain text): a headline, a lead, a sub-head, two photos and a placeholder.
ImportedArticle converted()
{
    ImportedArticle imported;
    imported.article = Article::create(u8("网站导航"));
    imported.article.source = u8("邵阳日报");
    imported.article.blocks = {Block::paragraph(RichText(u8("大桥合龙"))),
                               Block::paragraph(RichText(u8("本报讯（记者 张三）大桥今天合龙。"))),
                               Block::image(QStringLiteral("aa"), 40, 30, u8("合龙现场")),
                               Block::heading(RichText(u8("百年梦圆")), 3),
                               Block::imagePlaceholder(u8("图片待补")),
                               Block::paragraph(RichText(u8("市民前来观看。"))),
                               Block::image(QStringLiteral("bb"), 40, 30, u8("夜景"))};
    DecodedImage a;
    a.sha256 = QStringLiteral("aa");
    DecodedImage b;
    b.sha256 = QStringLiteral("bb");
    imported.media = {a, b};
    imported.fromMetadata.insert(QStringLiteral("bb"), {});
    return imported;
}

} // namespace

// Corrections to an import before it is stored (ImportCorrection).
class TstImportCorrection : public QObject
{
    Q_OBJECT

private slots:
    // The shared sample's page text: its two slogans are offered as masthead, its headline chosen.
    void pageTextAsRecognised()
    {
        const ImportedArticle recognised = samplePage();
        QVERIFY(!recognised.plainText.isEmpty());
        const ImportCorrection correction(recognised);
        const QList<ImportCorrection::Line> lines = correction.headlineLines();
        QVERIFY(lines.size() >= 4);
        QCOMPARE(lines.at(0).text, u8("聚合邵阳新闻 传播邵阳声音"));
        QVERIFY(lines.at(0).masthead);
        QVERIFY(lines.at(1).masthead);
        QVERIFY(!lines.at(2).masthead);
        QCOMPARE(lines.at(2).number, 4); // blank lines counted
        QCOMPARE(correction.titleLine(), 4);
        QCOMPARE(correction.dateline(), u8("大祥融媒讯"));

        // Untouched, the result is the recognised article with its 电头.
        Article expected = recognised.article;
        expected.dateline = u8("大祥融媒讯");
        QCOMPARE(correction.result().article, expected);
    }

    void pageTextTitleLine_data()
    {
        QTest::addColumn<int>("line");
        QTest::addColumn<bool>("accepted");
        QTest::addColumn<QString>("title");
        QTest::newRow("nominal: a slogan as the headline") << 2 << true << u8("邵商网与您共同讲好邵商故事");
        QTest::newRow("nominal: back to the recognised line") << 4 << true << u8("大祥区妇联多举措全面推进民族团结进步示范创建工作");
        QTest::newRow("robustness: a blank line is no headline") << 3 << false << QString();
        QTest::newRow("robustness: past the end") << 100000 << false << QString();
        QTest::newRow("robustness: zero") << 0 << false << QString();
    }

    // The same reading as `copydesk-cli import --title-line N` (TextImporter with that line).
    void pageTextTitleLine()
    {
        QFETCH(int, line);
        QFETCH(bool, accepted);
        QFETCH(QString, title);
        const ImportedArticle recognised = samplePage();
        ImportCorrection correction(recognised);
        QCOMPARE(correction.setTitleLine(line), accepted);
        if (!accepted) {
            QCOMPARE(correction.titleLine(), 4);
            QCOMPARE(correction.result().article.title, recognised.article.title);
            return;
        }
        QCOMPARE(correction.titleLine(), line);
        const ImportedArticle result = correction.result();
        QCOMPARE(result.article.title, title);
        QCOMPARE(result.article.uuid, recognised.article.uuid);
        QCOMPARE(test::describe(result.article.blocks),
                 test::describe(TextImporter::fromPlainText(recognised.plainText, line).blocks));
    }

    // Roles: a paragraph made a sub-head, a sub-head made body text, another paragraph the lead.
    void roles()
    {
        ImportCorrection correction(converted());
        QCOMPARE(correction.role(0), Role::Lead);
        QCOMPARE(correction.role(3), Role::SubHead);
        QCOMPARE(correction.role(2), Role::Body); // a photo
        correction.setRole(0, Role::SubHead);
        QCOMPARE(correction.role(1), Role::Body);
        correction.setRole(1, Role::Lead);
        correction.setRole(3, Role::Body);
        correction.setRole(2, Role::SubHead); // ignored: a photo has no role
        QCOMPARE(correction.role(2), Role::Body);
        QCOMPARE(correction.dateline(), u8("本报讯"));
        QCOMPARE(test::describe(correction.result().article.blocks),
                 (QStringList{u8("P:本报讯（记者 张三）大桥今天合龙。"), u8("H2:大桥合龙"), u8("IMG:合龙现场"),
                              u8("P:百年梦圆"), u8("I:图片待补"), u8("P:市民前来观看。"), u8("IMG:夜景")}));
        correction.setRole(5, Role::Lead);
        QCOMPARE(correction.role(1), Role::Body);
        QCOMPARE(correction.dateline(), QString());
        QCOMPARE(test::describe(correction.result().article.blocks).first(), u8("P:市民前来观看。"));
    }

    // Dropped photo places leave with their photos and metadata notes; fields edited stay.
    void dropsAndFields()
    {
        ImportCorrection correction(converted());
        correction.setDropped(6, true);
        correction.setDropped(4, true);
        correction.setDropped(5, true); // ignored: not a photo place
        QVERIFY(!correction.isDropped(5));
        correction.setSource(u8("大祥融媒"));
        correction.setByline(u8("张三"));
        correction.setDateline(QString());
        const ImportedArticle result = correction.result();
        QCOMPARE(result.media.size(), 1);
        QCOMPARE(result.media.first().sha256, QStringLiteral("aa"));
        QVERIFY(result.fromMetadata.isEmpty());
        QCOMPARE(result.article.blocks.size(), 5);
        QCOMPARE(result.article.source, u8("大祥融媒"));
        QCOMPARE(result.article.byline, u8("张三"));
        QCOMPARE(result.article.dateline, QString());
    }

    // A converted file offers its headline and first paragraphs; a later one drops what is above.
    void convertedTitleLine()
    {
        ImportCorrection correction(converted());
        const QList<ImportCorrection::Line> lines = correction.headlineLines();
        QCOMPARE(lines.size(), 5);
        QCOMPARE(lines.at(1).text, u8("大桥合龙"));
        QCOMPARE(lines.at(3).number, 4);
        correction.setDropped(6, true);
        QVERIFY(correction.setTitleLine(2));
        QVERIFY(!correction.isDropped(5)); // drops start over
        const ImportedArticle result = correction.result();
        QCOMPARE(result.article.title, u8("大桥合龙"));
        QCOMPARE(result.article.blocks.size(), 6);
        QCOMPARE(result.media.size(), 2);
        QVERIFY(!correction.setTitleLine(6));
        QVERIFY(correction.setTitleLine(1));
        QCOMPARE(correction.result().article.title, u8("网站导航"));
    }

    void dateline_data()
    {
        QTest::addColumn<QString>("lead");
        QTest::addColumn<QString>("dateline");
        QTest::newRow("nominal: a county media centre") << u8("大祥融媒讯近日，……") << u8("大祥融媒讯");
        QTest::newRow("nominal: 本报讯") << u8("本报讯（记者 张三）今天……") << u8("本报讯");
        QTest::newRow("nominal: a newspaper") << u8("邵阳日报讯 昨日……") << u8("邵阳日报讯");
        QTest::newRow("nominal: an agency") << u8("新华社北京11月29日电（记者 李四）……") << u8("新华社北京11月29日电");
        QTest::newRow("robustness: 电 inside a word") << u8("近日电力公司……") << QString();
        QTest::newRow("robustness: no dateline") << u8("今年以来，……") << QString();
        QTest::newRow("robustness: empty") << QString() << QString();
    }

    void dateline()
    {
        QFETCH(QString, lead);
        QFETCH(QString, dateline);
        QCOMPARE(ImportCorrection::datelineOf(lead), dateline);
    }
};

QTEST_GUILESS_MAIN(TstImportCorrection)
#include "tst_importcorrection.moc"
