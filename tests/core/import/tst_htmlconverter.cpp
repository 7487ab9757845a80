#include "fixtures/blockdescription.h"
#include "model/linkpolicy.h"
#include "import/html/htmlconverter.h"
#include "fixtures/htmlfixtures.h"
#include "fixtures/photofixture.h"
#include "render/renderer.h"
#include "fixtures/testutil.h"
#include "import/textimporter.h"

#include <QBuffer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QRegularExpression>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>

using namespace copydesk;
using test::describe;
using test::list;

namespace {

QString u8(const char *text)
{
    return QString::fromUtf8(text);
}

HtmlConverter::Options pasteOptions()
{
    HtmlConverter::Options options;
    options.recognizeTitle = false;
    options.recognizeMetadata = false;
    return options;
}

ImportedArticle convert(const QString &html, const HtmlConverter::Options &options)
{
    ImportedArticle out;
    QString error;
    if (!HtmlConverter::convert(html, options, &out, &error))
        qFatal("conversion failed: %s", qPrintable(error));
    return out;
}

QString dataUri(const QByteArray &bytes, const char *mime)
{
    return QStringLiteral("data:") + QLatin1String(mime) + QStringLiteral(";base64,") + QString::fromLatin1(bytes.toBase64());
}

} // namespace

class TstHtmlConverter : public QObject
{
    Q_OBJECT

private slots:
    void structure_data();
    void structure();
    void fields_data();
    void fields();
    void unstyledCopy();
    void hostile_data();
    void hostile();
    void images_data();
    void images();
    void localImages();
    void photoMetadataCaption_data();
    void photoMetadataCaption();
    void decode_data();
    void decode();
    void nesting_data();
    void nesting();
    void performance();
};

void TstHtmlConverter::structure_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<bool>("paste");
    QTest::addColumn<bool>("plain");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("nominal: Word, title, mso-list numbering, highlight, empty o:p")
        << u8(test::wordHtml()) << false << false
        << list("P:本报讯(记者 张三)11月29日,县妇联召开年度工作会议。**会议强调**,要*切实*做好工作。"
                " || H2:一、主要成绩 || OL:培训妇女骨干120人次|走访困难家庭 || UL:家庭教育讲座|法律咨询"
                " || H3:下一步工作打算 || P:全县各级妇联组织将继续努力。");
    QTest::newRow("nominal: Word pasted into the body (no title or fields)")
        << u8(test::wordHtml()) << true << false
        << list("H2:县妇联召开年度工作会议 || P:本报讯(记者 张三)11月29日,县妇联召开年度工作会议。**会议强调**,要*切实*做好工作。"
                " || H2:一、主要成绩 || OL:培训妇女骨干120人次|走访困难家庭 || UL:家庭教育讲座|法律咨询"
                " || H3:下一步工作打算 || P:全县各级妇联组织将继续努力。 || P:来源:大象新闻 || P:责任编辑:李四");
    QTest::newRow("nominal: WPS, outline level title and bold-only sub-head")
        << u8(test::wpsHtml()) << false << false
        << list("P:连日来,各地农民抢抓农时。 || H2:科技助力,春耕更省心 || P:无人机在田间作业。");
    QTest::newRow("nominal: WeChat sections, lazy photo, grey and centred captions, emoji and furniture dropped")
        << u8(test::wechatHtml()) << true << false
        << list("I:志愿者为群众讲解政策@https://mmbiz.qpic.cn/mmbiz_jpg/abc/640?wx_fmt=jpeg"
                " || P:近日,县妇联组织志愿者深入社区开展宣传活动,受到群众欢迎。"
                " || I:活动现场气氛热烈群众踊跃参与@https://mmbiz.qpic.cn/mmbiz_png/def/640?wx_fmt=png"
                " || P:活动共发放宣传资料500余份。 || H2:阅读原文");
    QTest::newRow("nominal: WeChat as a file: the account's furniture at the end is dropped")
        << u8(test::wechatHtml()) << false << false
        << list("I:志愿者为群众讲解政策@https://mmbiz.qpic.cn/mmbiz_jpg/abc/640?wx_fmt=jpeg"
                " || P:近日,县妇联组织志愿者深入社区开展宣传活动,受到群众欢迎。"
                " || I:活动现场气氛热烈群众踊跃参与@https://mmbiz.qpic.cn/mmbiz_png/def/640?wx_fmt=png"
                " || P:活动共发放宣传资料500余份。");
    QTest::newRow("nominal: Google Docs font-weight:normal wrapper")
        << u8(test::googleDocsHtml()) << true << false
        << list("P:The council met on **Tuesday** *evening*. || UL:Budget|Roads || P:[Minutes](https://example.org/minutes)");
    QTest::newRow("nominal: paste as plain text keeps paragraphs only")
        << u8(test::wordHtml()) << true << true
        << list("P:县妇联召开年度工作会议 || P:本报讯(记者 张三)11月29日,县妇联召开年度工作会议。会议强调,要切实做好工作。"
                " || P:一、主要成绩 || P:培训妇女骨干120人次 || P:走访困难家庭 || P:家庭教育讲座 || P:法律咨询"
                " || P:下一步工作打算 || P:全县各级妇联组织将继续努力。 || P:来源:大象新闻 || P:责任编辑:李四");
    QTest::newRow("nominal: headings h1-h6 map onto two levels")
        << u8("<h1>T</h1><p>a</p><h3>Sub</h3><p>b</p><h4>Subsub</h4><h6>deep</h6>") << true << false
        << list("H2:T || P:a || H3:Sub || P:b || H3:Subsub || H3:deep");
    QTest::newRow("nominal: blockquote, figure with figcaption, nested list flattened")
        << u8("<blockquote><p>引用一</p><p>引用二</p></blockquote><figure><img src='https://e.com/a.jpg'>"
              "<figcaption>图1 大桥合龙(记者 赵六 摄)</figcaption></figure><ol><li>一<ul><li>甲</li></ul></li><li>二</li></ol>")
        << true << false
        << list("Q:引用一 || Q:引用二 || I:大桥合龙|记者 赵六@https://e.com/a.jpg || OL:一|甲|二");
    QTest::newRow("nominal: br soft break, double br paragraph, ideographic indent paragraph")
        << u8("<div>第一行<br>第二行<br><br>第二段<br>\u3000\u3000第三段</div>") << true << false
        << list("P:第一行\\n第二行 || P:第二段 || P:第三段");
    QTest::newRow("nominal: source line breaks between CJK characters are not spaces")
        << u8("<p>县妇联召开\n年度工作会议, the\nmeeting</p>") << true << false
        << list("P:县妇联召开年度工作会议, the meeting");
    QTest::newRow("nominal: photo credit line after a caption")
        << u8("<p><img src='https://e.com/b.jpg'></p><p style='color:#999'>群众观看演出</p><p>摄影:钱七</p><p>正文。</p>")
        << true << false << list("I:群众观看演出|钱七@https://e.com/b.jpg || P:正文。");
    QTest::newRow("robustness: a long paragraph after a photo is not its caption")
        << u8("<p><img src='https://e.com/c.jpg'></p><p>县妇联召开年度工作会议,总结一年来的工作,部署明年的任务。会议指出,今年以来全县各级妇联组织围绕中心、服务大局。</p>")
        << true << false
        << list("I:@https://e.com/c.jpg || P:县妇联召开年度工作会议,总结一年来的工作,部署明年的任务。会议指出,今年以来全县各级妇联组织围绕中心、服务大局。");
    QTest::newRow("robustness: table cells become paragraphs, hidden text dropped")
        << u8("<table><tr><td>甲栏</td><td>乙栏</td></tr></table><p style='display:none'>隐藏</p><p hidden>也隐藏</p>"
              "<p><span style='mso-hide:all'>Word 隐藏</span>可见</p>")
        << true << false << list("P:甲栏 || P:乙栏 || P:可见");
    QTest::newRow("robustness: empty and whitespace-only input")
        << u8("  <p> &nbsp; </p><div><br></div>") << true << false << QStringList();
}

void TstHtmlConverter::structure()
{
    QFETCH(QString, html);
    QFETCH(bool, paste);
    QFETCH(bool, plain);
    QFETCH(QStringList, expected);
    HtmlConverter::Options options = paste ? pasteOptions() : HtmlConverter::Options();
    options.paragraphsOnly = plain;
    const ImportedArticle out = convert(html, options);
    const QString actual = describe(out.article.blocks).join(QStringLiteral(" || "));
    QVERIFY2(actual == expected.join(QStringLiteral(" || ")), qPrintable(actual));
    if (paste) {
        QVERIFY(out.article.title.isEmpty());
        QVERIFY(out.article.source.isEmpty());
    }
}

void TstHtmlConverter::fields_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("subtitle");
    QTest::addColumn<QString>("byline");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("editor");
    QTest::addColumn<QString>("canonicalUrl");

    QTest::newRow("nominal: Word title, byline from the lead, source and editor at the end")
        << u8(test::wordHtml()) << u8("县妇联召开年度工作会议") << QString() << u8("记者 张三") << u8("大象新闻")
        << u8("李四") << QString();
    QTest::newRow("nominal: WPS outline-level title and a byline line")
        << u8(test::wpsHtml()) << u8("春耕时节备耕忙") << QString() << u8("记者 王五") << QString() << QString() << QString();
    QTest::newRow("nominal: web page title without the site name when the body has none")
        << u8("<html><head><title>县里开了个会_新华网</title></head><body><ul><li>a</li></ul></body></html>")
        << u8("县里开了个会") << QString() << QString() << QString() << QString() << QString();
    QTest::newRow("nominal: subtitle style, repost notice with the canonical URL")
        << u8("<p class=MsoTitle>标题</p><p class=MsoSubtitle>副标题</p><p>作者:甲</p><p>正文。</p>"
              "<p>(转载请注明出处,原文链接:https://news.example.cn/a/1.html)</p>")
        << u8("标题") << u8("副标题") << u8("甲") << QString() << QString() << u8("https://news.example.cn/a/1.html");
}

void TstHtmlConverter::fields()
{
    QFETCH(QString, html);
    QFETCH(QString, title);
    QFETCH(QString, subtitle);
    QFETCH(QString, byline);
    QFETCH(QString, source);
    QFETCH(QString, editor);
    QFETCH(QString, canonicalUrl);
    const ImportedArticle out = convert(html, HtmlConverter::Options());
    QCOMPARE(out.article.title, title);
    QCOMPARE(out.article.subtitle, subtitle);
    QCOMPARE(out.article.byline, byline);
    QCOMPARE(out.article.source, source);
    QCOMPARE(out.article.editor, editor);
    QCOMPARE(out.article.canonicalUrl, canonicalUrl);
    QVERIFY(!out.article.uuid.isEmpty());
}

void TstHtmlConverter::unstyledCopy()
{
    // A news page whose sub-heads and captions were styled by its style sheet, copied as <p>
    // lines, reads as the plain-text importer reads the same text.
    const QString text = test::sampleArticleText();
    QString html = u8("<html><body>");
    for (const QString &line : text.split(u'\n')) {
        if (!line.trimmed().isEmpty())
            html += u8("<p class=\"txt\">") + line.toHtmlEscaped() + u8("</p>\n");
    }
    const Article fromHtml = convert(html + u8("</body></html>"), HtmlConverter::Options()).article;
    const Article fromText = TextImporter::fromPlainText(text);
    QCOMPARE(fromHtml.title, fromText.title);
    QCOMPARE(fromHtml.source, fromText.source);
    QCOMPARE(fromHtml.byline, fromText.byline);
    QCOMPARE(fromHtml.editor, fromText.editor);
    QCOMPARE(fromHtml.canonicalUrl, fromText.canonicalUrl);
    QCOMPARE(describe(fromHtml.blocks), describe(fromText.blocks));
    QVERIFY(std::count_if(fromHtml.blocks.cbegin(), fromHtml.blocks.cend(),
                          [](const Block &block) { return block.type == Block::Type::Heading; }) == 4);
}

void TstHtmlConverter::hostile_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("visibleText"); // must survive as text

    QTest::newRow("robustness: script and on* handlers")
        << u8("<p onclick=\"alert(1)\" onmouseover='x()'>安全文字<script>alert('x')</script></p>"
              "<img src=x onerror=alert(1)><body onload=alert(2)>")
        << u8("安全文字");
    QTest::newRow("robustness: javascript: links in many spellings")
        << u8("<p><a href='javascript:alert(1)'>甲</a><a href='JaVaScRiPt:alert(1)'>乙</a>"
              "<a href=' javascript:alert(1)'>丙</a><a href='java&#x09;script:alert(1)'>丁</a>"
              "<a href='java\nscript:alert(1)'>戊</a><a href='&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)'>己</a>"
              "<a href='jav&#x0A;ascript:alert(1)'>庚</a><a href='vbscript:msgbox(1)'>辛</a>"
              "<a href='data:text/html,<script>alert(1)</script>'>壬</a><a href='//evil.example/x'>癸</a></p>")
        << u8("甲乙丙丁戊己庚辛壬癸");
    QTest::newRow("robustness: svg and math namespace tricks")
        << u8("<svg><script>alert(1)</script><foreignObject><p onclick=x>svg里</p></foreignObject></svg>"
              "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>"
              "<svg></p><style><a id=\"</style><img src=1 onerror=alert(1)>\">"
              "<p>正文</p>")
        << u8("正文");
    QTest::newRow("robustness: iframes, objects, forms, meta refresh, base, link, CSS url() beacons")
        << u8("<head><meta http-equiv='refresh' content='0;url=https://evil.example/'><base href='https://evil.example/'>"
              "<link rel=stylesheet href='https://evil.example/s.css'><style>body{background:url(https://evil.example/b.gif)}</style></head>"
              "<body><iframe src='https://evil.example/f'></iframe><object data='https://evil.example/o.swf'></object>"
              "<embed src='https://evil.example/e.swf'><form action='https://evil.example/'><input value='输入框'><button>按钮</button></form>"
              "<p style=\"background-image:url('https://evil.example/beacon.gif');behavior:url(x.htc)\">背景</p>"
              "<video src='https://evil.example/v.mp4' poster='https://evil.example/p.jpg'></video>"
              "<frameset><frame src='https://evil.example/fr'></frameset></body>")
        << u8("背景");
    QTest::newRow("robustness: remote pictures become placeholders, never fetched")
        << u8("<p>图前</p><img src='https://tracker.example/pixel.jpg?id=1' width=600 height=400>"
              "<picture><source srcset='https://evil.example/s.webp'><img src='http://evil.example/i.jpg'></picture>"
              "<img srcset='https://evil.example/x1.jpg 1x, https://evil.example/x2.jpg 2x'><p>图后</p>")
        << u8("图前图后");
    QTest::newRow("robustness: markup written as text stays text, also in the title")
        << u8("<p>&lt;/script&gt;&lt;script&gt;evil(1)&lt;/script&gt;</p><p>&lt;img src=x onerror=evil(2)&gt;正文</p>")
        << u8("</script><script>evil(1)</script><imgsrc=xonerror=evil(2)>正文");
    QTest::newRow("robustness: Office conditional comments and XML islands")
        << u8("<!--[if gte mso 9]><xml><w:WordDocument><w:View>Print</w:View></w:WordDocument></xml><![endif]-->"
              "<![if !vml]><p>正文段</p><![endif]><xml><o:secret>秘密</o:secret></xml>"
              "<v:shape><v:imagedata src='file:///C:/x.png'></v:imagedata></v:shape>")
        << u8("正文段");
}

void TstHtmlConverter::hostile()
{
    QFETCH(QString, html);
    QFETCH(QString, visibleText);
    const ImportedArticle out = convert(html, HtmlConverter::Options());
    const Article &article = out.article;

    QString allText = article.title;
    for (const Block &block : article.blocks) {
        allText += block.plainText();
        const QList<RichText> texts = block.type == Block::Type::List ? block.items : QList<RichText>{block.text};
        for (const RichText &text : texts) {
            for (const TextMark &mark : text.marks) {
                if (mark.kind == TextMark::Kind::Link)
                    QVERIFY2(LinkPolicy::isAllowed(mark.href), qPrintable(mark.href));
            }
        }
        if (block.type == Block::Type::Image) {
            QVERIFY(block.isPlaceholder()); // nothing here may be fetched or read
            QVERIFY2(block.sourceUrl.isEmpty() || block.sourceUrl.startsWith(QLatin1String("http")),
                     qPrintable(block.sourceUrl));
        }
    }
    allText.remove(QRegularExpression(QStringLiteral("\\s")));
    QCOMPARE(allText, visibleText);
    QVERIFY(!allText.contains(QLatin1String("alert")));
    QVERIFY(out.media.isEmpty());

    // The page the renderer makes of the imported article has no active element and no remote load.
    QString page = Renderer().render(article, SiteSettings::defaults(), Renderer::Options());
    // The theme's JSON-LD block is data, not a script; it must hold no end tag of its own.
    static const QRegularExpression jsonLd(QStringLiteral("<script type=\"application/ld\\+json\">(.*?)</script>"),
                                           QRegularExpression::DotMatchesEverythingOption);
    QRegularExpressionMatchIterator blocks = jsonLd.globalMatch(page);
    while (blocks.hasNext())
        QVERIFY(!blocks.next().captured(1).contains(QLatin1String("</"), Qt::CaseInsensitive));
    page.remove(jsonLd);
    QVERIFY(!page.contains(QLatin1String("<script"), Qt::CaseInsensitive));
    // Inside tags, outside attribute values (text that merely reads like markup is escaped; the
    // renderer quotes every attribute value).
    QString tags = page;
    tags.replace(QRegularExpression(QStringLiteral("=\"[^\"]*\"")), QStringLiteral("=\"\""));
    QVERIFY(!tags.contains(QRegularExpression(QStringLiteral("<[^>]*\\son[a-z]+\\s*="), QRegularExpression::CaseInsensitiveOption)));
    QVERIFY(!page.contains(QLatin1String("evil.example")));
    QVERIFY(!page.contains(QLatin1String("tracker.example")));
    QVERIFY(!page.contains(QRegularExpression(QStringLiteral("<[^>]*\\ssrc\\s*=\\s*[\"']?(?:https?:)?//"),
                                              QRegularExpression::CaseInsensitiveOption)));
    QVERIFY(!page.contains(QLatin1String("javascript:"), Qt::CaseInsensitive));
}

void TstHtmlConverter::images_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<int>("media");
    QTest::addColumn<int>("warnings");

    const QByteArray jpeg = test::encode(test::makePhoto(640, 480, 1), "jpeg");
    const QByteArray png = test::encode(test::makePhoto(200, 100, 2), "png");
    const QByteArray icon = test::encode(test::makePhoto(16, 16, 3), "png");
    QTest::newRow("nominal: data: URI photos are decoded, the same photo stored once")
        << u8("<p><img src='") + dataUri(jpeg, "image/jpeg") + u8("' alt='大桥'></p><p style='text-align:center'>大桥合龙</p>"
              "<p>正文。</p><img src='") + dataUri(png, "image/png") + u8("'><img src='") + dataUri(jpeg, "image/jpeg") + u8("'>")
        << list("IMG:大桥合龙 || P:正文。 || IMG: || IMG:") << 2 << 0;
    QTest::newRow("nominal: tiny pictures (icons) are left out")
        << u8("<p>甲<img src='") + dataUri(icon, "image/png") + u8("'>乙</p>") << list("P:甲 || P:乙") << 0 << 0;
    QTest::newRow("robustness: a data: URI that is not an image")
        << u8("<img src='data:image/png;base64,bm90IGFuIGltYWdl'><figcaption>说明</figcaption>")
        << list("I:说明") << 0 << 1;
    QTest::newRow("robustness: a data: URI of another type is left out")
        << u8("<img src='data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=='><p>后</p>")
        << list("P:后") << 0 << 1;
}

void TstHtmlConverter::images()
{
    QFETCH(QString, html);
    QFETCH(QStringList, expected);
    QFETCH(int, media);
    QFETCH(int, warnings);
    const ImportedArticle out = convert(html, pasteOptions());
    const QString actual = describe(out.article.blocks).join(QStringLiteral(" || "));
    QVERIFY2(actual == expected.join(QStringLiteral(" || ")), qPrintable(actual));
    QCOMPARE(out.media.size(), media);
    QCOMPARE(out.warnings.size(), warnings);
    for (const Block &block : out.article.blocks) {
        if (block.type != Block::Type::Image || block.isPlaceholder())
            continue;
        const auto it = std::find_if(out.media.cbegin(), out.media.cend(),
                                     [&](const DecodedImage &image) { return image.sha256 == block.media; });
        QVERIFY(it != out.media.cend());
        QCOMPARE(block.width, it->size.width());
        QCOMPARE(block.height, it->size.height());
        QVERIFY(it->thumbnail.isEmpty()); // read from the header only; made after the import
    }
    if (!out.article.blocks.isEmpty() && out.article.blocks.first().type == Block::Type::Image
        && !out.article.blocks.first().isPlaceholder() && media == 2)
        QCOMPARE(out.article.blocks.first().alt, u8("大桥"));

    // Pasted as plain text: no photos, none decoded.
    HtmlConverter::Options plain = pasteOptions();
    plain.paragraphsOnly = true;
    const ImportedArticle text = convert(html, plain);
    QVERIFY(text.media.isEmpty());
    QVERIFY(text.warnings.isEmpty());
    for (const Block &block : text.article.blocks)
        QCOMPARE(block.type, Block::Type::Paragraph);
}

void TstHtmlConverter::localImages()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QDir(dir.path()).mkpath(u8("新闻.files")));
    QFile photo(dir.filePath(u8("新闻.files/image 001.jpg")));
    QVERIFY(photo.open(QIODevice::WriteOnly));
    photo.write(test::encode(test::makePhoto(800, 600, 4), "jpeg"));
    photo.close();
    const QString html = u8("<p><img src='%E6%96%B0%E9%97%BB.files/image%20001.jpg'></p><p><img src='missing.jpg'></p>"
                            "<p><img src='") + QUrl::fromLocalFile(photo.fileName()).toString() + u8("'></p>");

    HtmlConverter::Options options = pasteOptions();
    options.baseDir = dir.path();
    ImportedArticle out = convert(html, options);
    QCOMPARE(describe(out.article.blocks).size(), 3);
    QCOMPARE(out.article.blocks.at(0).width, 800);
    QVERIFY(out.article.blocks.at(1).isPlaceholder());
    QCOMPARE(out.article.blocks.at(1).sourceUrl, QUrl::fromLocalFile(dir.filePath(u8("missing.jpg"))).toString());
    QCOMPARE(out.article.blocks.at(2).media, out.article.blocks.at(0).media);
    QCOMPARE(out.media.size(), 1);
    QCOMPARE(out.warnings.size(), 1);
    QVERIFY(out.warnings.first().contains(u8("missing.jpg")));

    // A document's pictures come from its own folder only; a paste has no folder.
    QTemporaryDir other;
    QVERIFY(other.isValid());
    QVERIFY(QFile::copy(photo.fileName(), other.filePath(u8("private.jpg"))));
    const QString outside = u8("<p><img src='") + QUrl::fromLocalFile(other.filePath(u8("private.jpg"))).toString()
        + u8("'></p><p><img src='../") + QFileInfo(other.path()).fileName() + u8("/private.jpg'></p>");
    out = convert(outside, options);
    QCOMPARE(out.article.blocks.size(), 2);
    QVERIFY(out.article.blocks.at(0).isPlaceholder() && out.article.blocks.at(1).isPlaceholder());
    QVERIFY(out.media.isEmpty());
    QVERIFY2(out.warnings.size() == 2 && out.warnings.first().contains(u8("outside")), qPrintable(out.warnings.join(u'|')));
    out = convert(outside, pasteOptions());
    QCOMPARE(out.media.size(), 1); // the file: URL of a paste is read

    // Without reading local files, neither the relative path nor the file: URL is opened.
    options.readLocalFiles = false;
    out = convert(html, options);
    QVERIFY(out.media.isEmpty());
    for (const Block &block : out.article.blocks)
        QVERIFY(block.isPlaceholder() && block.sourceUrl.isEmpty());
}

void TstHtmlConverter::photoMetadataCaption_data()
{
    QTest::addColumn<QString>("after");
    QTest::addColumn<QString>("caption");
    QTest::addColumn<QString>("credit");

    QTest::newRow("nominal: no caption paragraph, the photo's own caption and credit")
        << u8("<p>正文。</p>") << u8("群众在广场观看文艺演出") << u8("新华社");
    QTest::newRow("nominal: a caption paragraph wins over the metadata")
        << u8("<p style='text-align:center'>文艺演出现场</p>") << u8("文艺演出现场") << u8("新华社");
    QTest::newRow("nominal: a credit line wins over the metadata")
        << u8("<p>(记者 赵六 摄)</p>") << u8("群众在广场观看文艺演出") << u8("记者 赵六");
}

void TstHtmlConverter::photoMetadataCaption()
{
    QFETCH(QString, after);
    QFETCH(QString, caption);
    QFETCH(QString, credit);
    test::PhotoFields fields;
    fields.xmpDescription = u8("群众在广场观看文艺演出");
    fields.xmpCredit = u8("新华社");
    fields.xmpAlt = u8("广场上的人群");
    const QByteArray photo = test::withMetadata(test::encode(test::makePhoto(400, 300, 5), "jpeg"), fields);
    const ImportedArticle out = convert(u8("<p><img src='") + dataUri(photo, "image/jpeg") + u8("'></p>") + after,
                                        pasteOptions());
    QVERIFY(!out.article.blocks.isEmpty());
    const Block &image = out.article.blocks.first();
    QVERIFY(!image.isPlaceholder());
    QCOMPARE(image.caption, caption);
    QCOMPARE(image.credit, credit);
    QCOMPARE(image.alt, u8("广场上的人群"));
    const PhotoMetadata::Fields filled = out.fromMetadata.value(image.media);
    QCOMPARE(filled.testFlag(PhotoMetadata::Caption), caption == fields.xmpDescription);
    QCOMPARE(filled.testFlag(PhotoMetadata::Credit), credit == fields.xmpCredit);
    QVERIFY(filled.testFlag(PhotoMetadata::Alt));
}

void TstHtmlConverter::decode_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");

    const QString text = u8("<p>县妇联</p>");
    QStringEncoder gb("GB18030");
    const QByteArray gbBytes = gb.encode(text);
    QStringEncoder utf16(QStringConverter::Utf16LE, QStringConverter::Flag::WriteBom);
    QTest::newRow("nominal: UTF-8 without a declaration") << text.toUtf8() << text;
    QTest::newRow("nominal: UTF-8 with BOM") << QByteArray("\xEF\xBB\xBF") + text.toUtf8() << text;
    QTest::newRow("nominal: UTF-16 with BOM") << QByteArray(utf16.encode(text)) << text;
    QTest::newRow("nominal: meta charset gb2312")
        << QByteArray("<meta charset=\"gb2312\">") + gbBytes << u8("<meta charset=\"gb2312\">") + text;
    QTest::newRow("nominal: http-equiv GBK")
        << QByteArray("<meta http-equiv=Content-Type content=\"text/html; charset=GBK\">") + gbBytes
        << u8("<meta http-equiv=Content-Type content=\"text/html; charset=GBK\">") + text;
    QTest::newRow("nominal: undeclared GB18030 falls back from UTF-8") << gbBytes << text;
    QTest::newRow("robustness: declared gb2312 but saved as UTF-8")
        << QByteArray("<meta charset=gb2312>") + text.toUtf8() << u8("<meta charset=gb2312>") + text;
    QTest::newRow("robustness: declared windows-1252 for Latin-1")
        << QByteArray("<meta charset=iso-8859-1>caf\xE9") << u8("<meta charset=iso-8859-1>café");
}

void TstHtmlConverter::decode()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    QCOMPARE(HtmlConverter::decode(bytes), expected);
}

void TstHtmlConverter::nesting_data()
{
    QTest::addColumn<QString>("open");
    QTest::addColumn<int>("depth");
    QTest::addColumn<bool>("accepted");

    QTest::newRow("nominal: 1500 nested sections (generous for 135编辑器)") << u8("<section>") << 1500 << true;
    QTest::newRow("robustness: 100000 nested divs") << u8("<div>") << 100000 << false;
    QTest::newRow("robustness: 100000 nested b") << u8("<b>") << 100000 << false;
    QTest::newRow("robustness: 100000 nested unknown elements") << u8("<x-y>") << 100000 << false;
    QTest::newRow("robustness: 100000 unclosed paragraphs do not nest") << u8("<p>") << 100000 << true;
    QTest::newRow("nominal: an inline SVG with 20000 self-closing shapes (135编辑器 decorations)")
        << u8("<svg><path d='M0 0'/>") + u8("<rect width='1' height='1'/>").repeated(19999) + u8("</svg>") << 1 << true;
    QTest::newRow("robustness: <div/> does not close itself, also after an svg")
        << u8("<svg><path/></svg><div/>") << 100000 << false;
    QTest::newRow("robustness: HTML breaking out of an svg nests again")
        << u8("<svg><div/>") << 100000 << false;
}

void TstHtmlConverter::nesting()
{
    QFETCH(QString, open);
    QFETCH(int, depth);
    QFETCH(bool, accepted);
    const QString html = open.repeated(depth) + u8("文字");
    QElapsedTimer timer;
    timer.start();
    ImportedArticle out;
    QString error;
    QCOMPARE(HtmlConverter::convert(html, pasteOptions(), &out, &error), accepted);
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    if (accepted) {
        QCOMPARE(out.article.blocks.size(), 1);
        QCOMPARE(out.article.blocks.first().text.text, u8("文字"));
    } else {
        QVERIFY(error.contains(QString::number(HtmlConverter::MaxNesting)));
        QVERIFY(out.article.blocks.isEmpty());
    }
}

void TstHtmlConverter::performance()
{
    // A long Word paste (about 300 KB of HTML, 2000 paragraphs) converts in well under a second.
    QString html;
    const QString paragraph = u8("<p class=MsoNormal><span style='font-family:宋体'>全县各级妇联组织围绕中心、服务大局,"
                                 "<b>团结带领</b>广大妇女群众建功新时代。</span><span lang=EN-US><o:p></o:p></span></p>\n");
    for (int i = 0; i < 2000; ++i)
        html += paragraph;
    QElapsedTimer timer;
    timer.start();
    const ImportedArticle out = convert(html, pasteOptions());
    const qint64 elapsed = timer.elapsed();
    QCOMPARE(out.article.blocks.size(), 2000);
    qInfo("2000 Word paragraphs (%lld KB of HTML) converted in %lld ms", qint64(html.toUtf8().size() / 1024), elapsed);
    QVERIFY(elapsed < 2000);
}

QTEST_GUILESS_MAIN(TstHtmlConverter)
#include "tst_htmlconverter.moc"
