#include "model/articlejson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace copydesk;

// The article model and its JSON interchange format.
class TstArticleJson : public QObject
{
    Q_OBJECT

private:
    static Article richArticle()
    {
        Article article = Article::create(QStringLiteral("大祥区妇联多举措全面推进民族团结进步示范创建工作"));
        article.id = 42;
        article.subtitle = QStringLiteral("副标题 with English");
        article.byline = QStringLiteral("记者 张三");
        article.source = QStringLiteral("大祥区人民政府");
        article.section = QStringLiteral("本地新闻");
        article.tags = {QStringLiteral("妇联"), QStringLiteral("民族团结")};
        article.status = Article::Status::Review;
        article.editor = QStringLiteral("李四");
        article.canonicalUrl = QStringLiteral("https://www.shaoshang.cn/news/173763.html");
        article.dateline = QStringLiteral("大祥融媒讯");
        article.slug = QStringLiteral("daxiang-womens-federation");
        article.embargo = QDateTime::fromMSecsSinceEpoch(1795933199123, Qt::UTC);
        RichText lead(QStringLiteral("大祥融媒讯近日,大祥区妇联开展宣传月活动。"));
        lead.marks = {{TextMark::Kind::Bold, 0, 5, {}},
                      {TextMark::Kind::Link, 8, 5, QStringLiteral("https://example.org/a?b=1&c=<2>")},
                      {TextMark::Kind::Italic, 3, 10, {}}};
        article.blocks = {
            Block::paragraph(lead),
            Block::heading(QStringLiteral("切实加强组织建设,夯实民族团结基础"), 2),
            Block::heading(QStringLiteral("Level three"), 3),
            Block::image(QStringLiteral("ab").repeated(32), 1600, 1067, QStringLiteral("图为王冠华正在作先进事迹分享"),
                         QStringLiteral("摄影 王五"), QStringLiteral("一位女士在讲台上发言")),
            Block::imagePlaceholder(QStringLiteral("大祥区妇联在西苑公园开展民族团结进步宣传月活动")),
            Block::quote(QStringLiteral("“中华民族一家亲”")),
            Block::list({RichText(QStringLiteral("第一")), RichText(QStringLiteral("第二"))}, true),
            Block::list({RichText(QStringLiteral("one"))}, false),
        };
        article.blocks[4].sourceUrl = QStringLiteral("https://mmbiz.qpic.cn/x.jpg");
        article.blocks[6].items[1].marks = {{TextMark::Kind::Bold, 0, 1, {}}};
        return article;
    }

private slots:
    void roundTrip_data()
    {
        QTest::addColumn<Article>("article");
        QTest::newRow("nominal: empty new article") << Article::create();
        QTest::newRow("nominal: every block kind and mark") << richArticle();
        Article hostile = richArticle();
        hostile.title = QStringLiteral("<script>alert(\"x\")</script>\u0000\uFFFF😀\n\t\\");
        hostile.blocks.append(Block::paragraph(QStringLiteral("控制字符\u0001\u001f")));
        QTest::newRow("robustness: control characters, emoji and markup in text") << hostile;
        Article photos = richArticle();
        photos.blocks[3].checkMetadata = true;
        photos.blocks[3].crop = QRectF(0.125, 0.1, 0.75, 0.3333333333333333);
        photos.blocks[3].rotation = 90;
        QTest::newRow("nominal: a photo's crop, turn and metadata to check") << photos;
    }

    void roundTrip()
    {
        QFETCH(Article, article);
        for (bool indented : {true, false}) {
            const QByteArray json = ArticleJson::toJson(article, indented);
            Article back;
            QString error;
            QVERIFY2(ArticleJson::fromJson(json, &back, &error), qPrintable(error));
            QCOMPARE(back, article);
            QCOMPARE(ArticleJson::toJson(back, indented), json);
        }
    }

    void compactWriterMatchesQJsonDocument_data()
    {
        roundTrip_data();
    }

    void compactWriterMatchesQJsonDocument()
    {
        QFETCH(Article, article);
        QCOMPARE(ArticleJson::toJson(article, false),
                 QJsonDocument(ArticleJson::toJsonObject(article)).toJson(QJsonDocument::Compact));
        // The two parts a save writes are the whole, and only the second holds the article's time.
        QCOMPARE(ArticleJson::compactBlocks(article) + ArticleJson::compactFields(article),
                 ArticleJson::toJson(article, false));
        Article later = article;
        later.updated = article.updated.addSecs(60);
        QCOMPARE(ArticleJson::compactBlocks(later), ArticleJson::compactBlocks(article));
        QVERIFY(ArticleJson::compactFields(later) != ArticleJson::compactFields(article));
    }

    void contractShape()
    {
        const QJsonObject object = ArticleJson::toJsonObject(richArticle());
        for (const char *key : {"id", "uuid", "title", "subtitle", "byline", "source", "section", "tags",
                                "status", "editor", "canonicalUrl", "created", "updated", "blocks"})
            QVERIFY2(object.contains(QLatin1String(key)), key);
        QCOMPARE(object.value(QStringLiteral("status")).toString(), QStringLiteral("review"));
        QVERIFY(object.value(QStringLiteral("created")).toString().endsWith(QLatin1Char('Z')));
        const QJsonArray blocks = object.value(QStringLiteral("blocks")).toArray();
        QCOMPARE(blocks.at(0).toObject().value(QStringLiteral("text")).toString(),
                 QStringLiteral("大祥融媒讯近日,大祥区妇联开展宣传月活动。"));
        QCOMPARE(blocks.at(1).toObject().value(QStringLiteral("level")).toInt(), 2);
        const QJsonObject image = blocks.at(3).toObject();
        for (const char *key : {"media", "width", "height", "caption", "credit", "alt"})
            QVERIFY2(image.contains(QLatin1String(key)), key);
        QCOMPARE(image.value(QStringLiteral("width")).toInt(), 1600);
        const QJsonObject list = blocks.at(6).toObject();
        QCOMPARE(list.value(QStringLiteral("ordered")).toBool(), true);
        QCOMPARE(list.value(QStringLiteral("items")).toArray().at(1).toString(), QStringLiteral("第二"));
    }

    void rejects_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("errorPart");
        QTest::newRow("robustness: not JSON") << QByteArray("{\"title\": ") << QStringLiteral("malformed");
        QTest::newRow("robustness: array") << QByteArray("[1,2]") << QStringLiteral("article object");
        QTest::newRow("robustness: newer version") << QByteArray(R"({"format":"copydesk-article","version":99})")
                                                   << QStringLiteral("newer version");
        QTest::newRow("robustness: other format") << QByteArray(R"({"format":"something-else"})")
                                                  << QStringLiteral("not a Copydesk article");
        QTest::newRow("robustness: unknown block type")
                << QByteArray(R"({"blocks":[{"type":"script","text":"x"}]})") << QStringLiteral("unknown type");
        QTest::newRow("robustness: title not text") << QByteArray(R"({"title":{"a":1}})") << QStringLiteral("must be text");
        QTest::newRow("robustness: heading level 7")
                << QByteArray(R"({"blocks":[{"type":"heading","level":7,"text":"x"}]})") << QStringLiteral("level");
        QTest::newRow("robustness: negative width")
                << QByteArray(R"({"blocks":[{"type":"image","width":-5}]})") << QStringLiteral("whole number");
        QTest::newRow("robustness: crop outside the photo")
                << QByteArray(R"({"blocks":[{"type":"image","crop":[0.5,0,0.75,1]}]})") << QStringLiteral("crop");
        QTest::newRow("robustness: rotation of 45 degrees")
                << QByteArray(R"({"blocks":[{"type":"image","rotation":45}]})") << QStringLiteral("rotation");
        QTest::newRow("robustness: bad date") << QByteArray(R"({"created":"yesterday"})") << QStringLiteral("date");
        QTest::newRow("robustness: mark beyond its text")
                << QByteArray(R"({"blocks":[{"type":"paragraph","text":"ab","marks":[{"type":"bold","start":1,"length":5}]}]})")
                << QStringLiteral("outside its text");
        QTest::newRow("robustness: empty mark")
                << QByteArray(R"({"blocks":[{"type":"list","items":["ab"],"itemMarks":[[{"type":"italic","start":0,"length":0}]]}]})")
                << QStringLiteral("outside its text");
        QTest::newRow("robustness: unknown status") << QByteArray(R"({"status":"deleted"})") << QStringLiteral("status");
    }

    void rejects()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, errorPart);
        Article article = Article::create(QStringLiteral("untouched"));
        const Article before = article;
        QString error;
        QVERIFY(!ArticleJson::fromJson(json, &article, &error));
        QVERIFY2(error.contains(errorPart), qPrintable(error));
        QCOMPARE(article, before);
    }

    void status_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("status");
        QTest::newRow("nominal: draft") << QStringLiteral("draft") << int(Article::Status::Draft);
        QTest::newRow("nominal: 待审") << QStringLiteral("待审") << int(Article::Status::Review);
        QTest::newRow("nominal: 已签发") << QStringLiteral("已签发") << int(Article::Status::Approved);
        QTest::newRow("nominal: PUBLISHED") << QStringLiteral("PUBLISHED") << int(Article::Status::Published);
        QTest::newRow("nominal: 已归档") << QStringLiteral(" 已归档 ") << int(Article::Status::Archived);
        QTest::newRow("robustness: unknown") << QStringLiteral("gone") << -1;
    }

    void status()
    {
        QFETCH(QString, name);
        QFETCH(int, status);
        Article::Status parsed = Article::Status::Draft;
        QCOMPARE(Article::statusFromName(name, &parsed), status >= 0);
        if (status >= 0)
            QCOMPARE(int(parsed), status);
    }

    void normalizeMarks()
    {
        RichText text(QStringLiteral("abcdef"));
        text.marks = {{TextMark::Kind::Italic, 4, 10, {}},
                      {TextMark::Kind::Bold, 1, 0, {}},
                      {TextMark::Kind::Link, 0, 2, QStringLiteral("  ")},
                      {TextMark::Kind::Bold, -3, 5, QStringLiteral("stray")},
                      {TextMark::Kind::Bold, 2, 1, {}},
                      {TextMark::Kind::Link, 3, 1, QStringLiteral("https://a.example")},
                      {TextMark::Kind::Link, 4, 1, QStringLiteral("https://b.example")}};
        text.normalize();
        QCOMPARE(text.marks.size(), 4);
        QCOMPARE(text.marks.at(0), (TextMark{TextMark::Kind::Bold, 0, 3, {}})); // touching bolds merged
        QCOMPARE(text.marks.at(1), (TextMark{TextMark::Kind::Link, 3, 1, QStringLiteral("https://a.example")}));
        QCOMPARE(text.marks.at(2), (TextMark{TextMark::Kind::Italic, 4, 2, {}}));
        QCOMPARE(text.marks.at(3), (TextMark{TextMark::Kind::Link, 4, 1, QStringLiteral("https://b.example")}));
    }
};

QTEST_GUILESS_MAIN(TstArticleJson)
#include "tst_articlejson.moc"
