#include "render/renderer.h"
#include "model/linkpolicy.h"
#include "fixtures/testutil.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace copydesk;

Q_DECLARE_METATYPE(copydesk::Article)

namespace {

const QString Sha = QStringLiteral("ab") + QString(62, QLatin1Char('0'));

SiteSettings testSite()
{
    SiteSettings site;
    site.siteName = QStringLiteral("邵商网");
    site.slogan = QStringLiteral("聚合邵阳新闻 传播邵阳声音");
    site.repostNotice = QStringLiteral("本文来自网络,不代表{site}立场,转载请注明出处:{url}");
    return site;
}

Renderer::Options exportOptions()
{
    Renderer::Options options;
    options.imageUrl = [](const Block &image) -> QString {
        return QStringLiteral("images/") + image.media.left(4) + QStringLiteral(".jpg");
    };
    return options;
}

// A hand-built article shaped like the shared sample.
Article sampleArticle()
{
    Article article;
    article.title = QStringLiteral("大祥区妇联多举措全面推进民族团结进步示范创建工作");
    article.byline = QStringLiteral("通讯员 李红");
    article.source = QStringLiteral("大祥区人民政府");
    article.editor = QStringLiteral("王芳");
    article.section = QStringLiteral("本地新闻");
    article.canonicalUrl = QStringLiteral("https://www.shaoshang.cn/news/173763.html");
    article.created = QDateTime(QDate(2022, 9, 15), QTime(2, 30), Qt::UTC);
    article.updated = QDateTime(QDate(2022, 9, 16), QTime(8, 0), Qt::UTC);
    article.blocks
        << Block::paragraph(RichText(QStringLiteral(
               "大祥融媒讯近日,大祥区妇联西苑公园开展2022年民族团结进步宣传月活动。")))
        << Block::image(Sha, 1600, 1067, QStringLiteral("大祥区妇联在西苑公园开展民族团结进步宣传月活动"),
                        QStringLiteral("李红 摄"), QStringLiteral("宣传月活动现场"))
        << Block::heading(RichText(QStringLiteral("切实加强组织建设,夯实民族团结基础")))
        << Block::paragraph(RichText(QStringLiteral("区妇联始终把组织领导作为我会统领民族团结进步示范点创建工作不断向前的支撑力和源动力。")))
        << Block::imagePlaceholder(QStringLiteral("图为王冠华正在作先进事迹分享"))
        << Block::list({RichText(QStringLiteral("组织现场宣传30场次")),
                        RichText(QStringLiteral("发放资料1.3万余份"))},
                       false);
    return article;
}

QString render(const Article &article, const Renderer::Options &options = exportOptions())
{
    QString error;
    const QString html = Renderer().render(article, testSite(), options, &error);
    if (!error.isEmpty())
        qWarning("render error: %s", qUtf8Printable(error));
    return html;
}

QString articleBody(const QString &html)
{
    const qsizetype start = html.indexOf(QLatin1String("<div class=\"article-body\">"));
    const qsizetype end = html.indexOf(QLatin1String("<footer class=\"article-footer\">"));
    return start < 0 || end < start ? QString() : html.mid(start, end - start);
}

QString jsonLdText(const QString &html)
{
    static const QRegularExpression script(
        QStringLiteral("<script type=\"application/ld\\+json\">(.*?)</script>"),
        QRegularExpression::DotMatchesEverythingOption);
    return script.match(html).captured(1);
}

// Checks that strong/em/a tags are properly nested; returns an empty string when they are.
QString nestingProblem(const QString &html)
{
    static const QRegularExpression tag(QStringLiteral("<(/?)(strong|em|a)(?:\\s[^>]*)?>"));
    QStringList stack;
    auto it = tag.globalMatch(html);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QString name = m.captured(2);
        if (m.captured(1).isEmpty()) {
            if (name == QLatin1String("a") && stack.contains(name))
                return QStringLiteral("nested <a>");
            stack.append(name);
        } else if (stack.isEmpty() || stack.takeLast() != name) {
            return QStringLiteral("misnested </%1>").arg(name);
        }
    }
    return stack.isEmpty() ? QString() : QStringLiteral("unclosed tags");
}

// The names of all attributes of all tags, read the way an HTML parser tokenizes them.
QStringList attributeNames(const QString &html)
{
    static const QRegularExpression tag(QStringLiteral("<[a-zA-Z][a-zA-Z0-9]*((?:\\s+[^\\s\"'>/=]+(?:\\s*=\\s*(?:\"[^\"]*\"|'[^']*'|[^\\s\"'=<>`]+))?)*)\\s*/?>"));
    static const QRegularExpression attribute(QStringLiteral("\\s+([^\\s\"'>/=]+)(?:\\s*=\\s*(?:\"[^\"]*\"|'[^']*'|[^\\s\"'=<>`]+))?"));
    QStringList names;
    auto tags = tag.globalMatch(html);
    while (tags.hasNext()) {
        auto attributes = attribute.globalMatch(tags.next().captured(1));
        while (attributes.hasNext())
            names << attributes.next().captured(1).toLower();
    }
    return names;
}

QString stripTags(const QString &html)
{
    QString text = html;
    text.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
    return text;
}

QString paragraphHtml(const RichText &text)
{
    Article article;
    article.title = QStringLiteral("t");
    article.blocks << Block::paragraph(text);
    static const QRegularExpression paragraph(QStringLiteral("<p>(.*?)</p>"),
                                              QRegularExpression::DotMatchesEverythingOption);
    return paragraph.match(articleBody(render(article))).captured(1);
}

TextMark mark(TextMark::Kind kind, int start, int length, const QString &href = {})
{
    TextMark m;
    m.kind = kind;
    m.start = start;
    m.length = length;
    m.href = href;
    return m;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

class TstRenderer : public QObject
{
    Q_OBJECT

private slots:
    void hostileTextIsEscaped_data();
    void hostileTextIsEscaped();
    void linkAllowList_data();
    void linkAllowList();
    void disallowedLinkKeepsText_data();
    void disallowedLinkKeepsText();
    void jsonLdIsEscapedAndComplete_data();
    void jsonLdIsEscapedAndComplete();
    void figcaptionFollowsImage_data();
    void figcaptionFollowsImage();
    void placeholderFigure_data();
    void placeholderFigure();
    void marksNest_data();
    void marksNest();
    void randomMarksStayWellNested_data();
    void randomMarksStayWellNested();
    void samplePage_data();
    void samplePage();
    void repostNotice_data();
    void repostNotice();
    void forbiddenCodePointsDropped_data();
    void forbiddenCodePointsDropped();
    void stylesheet_data();
    void stylesheet();
    void themeLabels_data();
    void themeLabels();
    void generatedTypography_data();
    void canonicalFromSiteBase_data();
    void canonicalFromSiteBase();
    void generatedTypography();
    void themeLoadFailures_data();
    void themeLoadFailures();
    void brokenThemeDoesNotCrash_data();
    void brokenThemeDoesNotCrash();
    void partsMakeThePage_data();
    void partsMakeThePage();
    void partsKeepUnchangedBlocks_data();
    void partsKeepUnchangedBlocks();
    void partsFollowWhatTheBlocksRead();
};

void TstRenderer::hostileTextIsEscaped_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("payload");
    const QStringList fields{QStringLiteral("title"),   QStringLiteral("subtitle"),
                             QStringLiteral("byline"),  QStringLiteral("source"),
                             QStringLiteral("editor"),  QStringLiteral("section"),
                             QStringLiteral("caption"), QStringLiteral("credit"),
                             QStringLiteral("alt"),     QStringLiteral("placeholderCaption"),
                             QStringLiteral("linkText"), QStringLiteral("paragraph"),
                             QStringLiteral("siteName"), QStringLiteral("slogan")};
    const QStringList payloads{QStringLiteral("<script>alert(1)</script>"),
                               QStringLiteral("\"><img src=x onerror=alert(1)>"),
                               QStringLiteral("'><svg onload=alert(1)>&amp;")};
    for (const QString &field : fields) {
        for (int p = 0; p < payloads.size(); ++p)
            QTest::addRow("robustness: %s payload %d", qPrintable(field), p) << field << payloads.at(p);
    }
}

void TstRenderer::hostileTextIsEscaped()
{
    QFETCH(QString, field);
    QFETCH(QString, payload);
    Article article = sampleArticle();
    SiteSettings site = testSite();
    if (field == QLatin1String("title"))
        article.title = payload;
    else if (field == QLatin1String("subtitle"))
        article.subtitle = payload;
    else if (field == QLatin1String("byline"))
        article.byline = payload;
    else if (field == QLatin1String("source"))
        article.source = payload;
    else if (field == QLatin1String("editor"))
        article.editor = payload;
    else if (field == QLatin1String("section"))
        article.section = payload;
    else if (field == QLatin1String("caption"))
        article.blocks[1].caption = payload;
    else if (field == QLatin1String("credit"))
        article.blocks[1].credit = payload;
    else if (field == QLatin1String("alt"))
        article.blocks[1].alt = payload;
    else if (field == QLatin1String("placeholderCaption"))
        article.blocks[4].caption = payload;
    else if (field == QLatin1String("linkText")) {
        RichText text(QStringLiteral("见") + payload);
        text.marks << mark(TextMark::Kind::Link, 1, int(payload.size()), QStringLiteral("https://example.com/"));
        article.blocks[0] = Block::paragraph(text);
    } else if (field == QLatin1String("paragraph"))
        article.blocks[0] = Block::paragraph(RichText(payload));
    else if (field == QLatin1String("siteName"))
        site.siteName = payload;
    else if (field == QLatin1String("slogan"))
        site.slogan = payload;

    QString error;
    const QString html = Renderer().render(article, site, exportOptions(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(html.count(QRegularExpression(QStringLiteral("<script"), QRegularExpression::CaseInsensitiveOption)), 1);
    QVERIFY(html.contains(QLatin1String("<script type=\"application/ld+json\">")));
    const QStringList attributes = attributeNames(html);
    QVERIFY(attributes.contains(QStringLiteral("href")));
    for (const QString &attribute : attributes)
        QVERIFY2(!attribute.startsWith(QLatin1String("on")), qPrintable(attribute));
    QVERIFY(!html.contains(QLatin1String("<img src=x")));
    QVERIFY(!html.contains(QLatin1String("<svg")));
    QVERIFY2(html.contains(Renderer::escape(payload)), qPrintable(Renderer::escape(payload)));
    // The JSON-LD must stay parseable and hold no raw '<'.
    const QString json = jsonLdText(html);
    QVERIFY(!json.contains(QLatin1Char('<')));
    QVERIFY(QJsonDocument::fromJson(json.toUtf8()).isObject());
}

void TstRenderer::linkAllowList_data()
{
    QTest::addColumn<QString>("href");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("nominal: https") << QStringLiteral("https://www.shaoshang.cn/news/173763.html") << true;
    QTest::newRow("nominal: http") << QStringLiteral("http://example.com") << true;
    QTest::newRow("nominal: mailto") << QStringLiteral("mailto:editor@example.com") << true;
    QTest::newRow("nominal: upper-case scheme") << QStringLiteral("HTTPS://EXAMPLE.COM/") << true;
    QTest::newRow("nominal: surrounding spaces") << QStringLiteral("  https://example.com/a  ") << true;
    QTest::newRow("nominal: CJK path") << QStringLiteral("https://zh.wikipedia.org/wiki/邵阳市") << true;
    QTest::newRow("robustness: javascript:") << QStringLiteral("javascript:alert(1)") << false;
    QTest::newRow("robustness: mixed-case javascript") << QStringLiteral(" JaVaScRiPt:alert(1)") << false;
    QTest::newRow("robustness: tab inside scheme") << QStringLiteral("java\tscript:alert(1)") << false;
    QTest::newRow("robustness: newline inside scheme") << QStringLiteral("java\nscript:alert(1)") << false;
    QTest::newRow("robustness: NUL inside scheme") << (QStringLiteral("java") + QChar(0) + QStringLiteral("script:alert(1)")) << false;
    QTest::newRow("robustness: zero-width space inside scheme") << QStringLiteral("java\u200bscript:alert(1)") << false;
    QTest::newRow("robustness: data:") << QStringLiteral("data:text/html,<script>alert(1)</script>") << false;
    QTest::newRow("robustness: vbscript:") << QStringLiteral("vbscript:msgbox(1)") << false;
    QTest::newRow("robustness: protocol-relative") << QStringLiteral("//evil.example/") << false;
    QTest::newRow("robustness: file:") << QStringLiteral("file:///etc/passwd") << false;
    QTest::newRow("robustness: relative") << QStringLiteral("news/1.html") << false;
    QTest::newRow("robustness: empty") << QString() << false;
    QTest::newRow("robustness: only spaces") << QStringLiteral("   ") << false;
    QTest::newRow("robustness: http without host") << QStringLiteral("http:evil") << false;
    QTest::newRow("robustness: https without host") << QStringLiteral("https://") << false;
    QTest::newRow("robustness: mailto without address") << QStringLiteral("mailto:") << false;
    QTest::newRow("robustness: space inside") << QStringLiteral("https://exa mple.com/") << false;
}

void TstRenderer::linkAllowList()
{
    QFETCH(QString, href);
    QFETCH(bool, allowed);
    QCOMPARE(LinkPolicy::isAllowed(href), allowed);
}

void TstRenderer::disallowedLinkKeepsText_data()
{
    QTest::addColumn<QString>("href");
    QTest::addColumn<bool>("linked");
    QTest::newRow("nominal: https link") << QStringLiteral("https://example.com/?a=1&b=2") << true;
    QTest::newRow("robustness: javascript link") << QStringLiteral("javascript:alert(1)") << false;
    QTest::newRow("robustness: data link") << QStringLiteral("data:text/html,x") << false;
    QTest::newRow("robustness: quote breaking out of href") << QStringLiteral("https://example.com/\"onmouseover=\"alert(1)") << true;
}

void TstRenderer::disallowedLinkKeepsText()
{
    QFETCH(QString, href);
    QFETCH(bool, linked);
    RichText text(QStringLiteral("请点击这里查看"));
    text.marks << mark(TextMark::Kind::Link, 3, 2, href);
    const QString html = paragraphHtml(text);
    QCOMPARE(stripTags(html), QStringLiteral("请点击这里查看"));
    QCOMPARE(html.contains(QLatin1String("<a ")), linked);
    if (linked) {
        static const QRegularExpression anchor(QStringLiteral("<a href=\"([^\"]*)\" rel=\"noopener noreferrer\">这里</a>"));
        const QRegularExpressionMatch m = anchor.match(html);
        QVERIFY2(m.hasMatch(), qPrintable(html));
        QVERIFY(!m.captured(1).contains(QLatin1Char('"')));
        QVERIFY(!html.contains(QLatin1String(" onmouseover=")));
    } else {
        QVERIFY(!html.contains(QLatin1String("script:"), Qt::CaseInsensitive));
        QVERIFY(!html.contains(QLatin1String("data:")));
    }
}

void TstRenderer::jsonLdIsEscapedAndComplete_data()
{
    QTest::addColumn<QString>("title");
    QTest::newRow("nominal: Chinese title") << QStringLiteral("大祥区妇联多举措全面推进民族团结进步示范创建工作");
    QTest::newRow("robustness: closing script tag") << QStringLiteral("</script><script>alert(1)</script>");
    QTest::newRow("robustness: HTML comment opener") << QStringLiteral("<!-- x --> & </SCRIPT >");
    QTest::newRow("robustness: quotes and backslashes") << QStringLiteral("\"\\\" \\u003c");
}

void TstRenderer::jsonLdIsEscapedAndComplete()
{
    QFETCH(QString, title);
    Article article = sampleArticle();
    article.title = title;
    const QString html = render(article);
    const QString json = jsonLdText(html);
    QVERIFY(!json.isEmpty());
    QVERIFY(!json.contains(QLatin1String("</")));
    QVERIFY(!json.contains(QLatin1String("<!--")));
    QVERIFY(!json.contains(QLatin1Char('<')));
    QJsonParseError parseError;
    const QJsonObject object = QJsonDocument::fromJson(json.toUtf8(), &parseError).object();
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    QCOMPARE(object.value(QLatin1String("@type")).toString(), QStringLiteral("NewsArticle"));
    QCOMPARE(object.value(QLatin1String("headline")).toString(), title);
    QCOMPARE(object.value(QLatin1String("datePublished")).toString(), QStringLiteral("2022-09-15T02:30:00Z"));
    QCOMPARE(object.value(QLatin1String("dateModified")).toString(), QStringLiteral("2022-09-16T08:00:00Z"));
    QCOMPARE(object.value(QLatin1String("author")).toObject().value(QLatin1String("name")).toString(), article.byline);
    QCOMPARE(object.value(QLatin1String("publisher")).toObject().value(QLatin1String("name")).toString(), testSite().siteName);
    QCOMPARE(object.value(QLatin1String("articleSection")).toString(), article.section);
    QCOMPARE(object.value(QLatin1String("url")).toString(), article.canonicalUrl);
}

void TstRenderer::figcaptionFollowsImage_data()
{
    QTest::addColumn<QString>("caption");
    QTest::addColumn<QString>("credit");
    QTest::addColumn<QString>("expectedCaption");
    QTest::newRow("nominal: caption and credit")
        << QStringLiteral("大祥区妇联在西苑公园开展活动") << QStringLiteral("李红 摄")
        << QStringLiteral("<figcaption>大祥区妇联在西苑公园开展活动 <span class=\"credit\">李红 摄</span></figcaption>");
    QTest::newRow("nominal: caption only") << QStringLiteral("活动现场") << QString()
                                           << QStringLiteral("<figcaption>活动现场</figcaption>");
    QTest::newRow("robustness: neither caption nor credit") << QString() << QStringLiteral("  ") << QString();
}

void TstRenderer::figcaptionFollowsImage()
{
    QFETCH(QString, caption);
    QFETCH(QString, credit);
    QFETCH(QString, expectedCaption);
    Article article;
    article.title = QStringLiteral("标题");
    article.blocks << Block::image(Sha, 1600, 1067, caption, credit, QStringLiteral("现场"));
    const QString body = articleBody(render(article));
    const QString pattern = QStringLiteral("<figure class=\"photo\">\\s*<img src=\"images/ab00\\.jpg\" alt=\"现场\" "
                                           "width=\"1600\" height=\"1067\" loading=\"lazy\">\\s*")
                            + QRegularExpression::escape(expectedCaption) + QStringLiteral("\\s*</figure>");
    QVERIFY2(QRegularExpression(pattern).match(body).hasMatch(), qPrintable(body));
    QCOMPARE(body.count(QLatin1String("<figcaption")), expectedCaption.isEmpty() ? 0 : 1);
}

void TstRenderer::placeholderFigure_data()
{
    QTest::addColumn<bool>("withUrlFunction");
    QTest::newRow("nominal: placeholder block") << true;
    QTest::newRow("robustness: stored photo without an image URL function") << false;
}

void TstRenderer::placeholderFigure()
{
    QFETCH(bool, withUrlFunction);
    Article article;
    article.title = QStringLiteral("标题");
    article.blocks << (withUrlFunction ? Block::imagePlaceholder(QStringLiteral("图为王冠华正在作先进事迹分享"))
                                       : Block::image(Sha, 800, 600, QStringLiteral("图为王冠华正在作先进事迹分享")));
    const QString body = articleBody(render(article, withUrlFunction ? exportOptions() : Renderer::Options()));
    QVERIFY(!body.contains(QLatin1String("<img")));
    static const QRegularExpression figure(QStringLiteral(
        "<figure class=\"photo photo-placeholder\">\\s*<div class=\"placeholder-box\">图片待补</div>\\s*"
        "<figcaption>图为王冠华正在作先进事迹分享</figcaption>\\s*</figure>"));
    QVERIFY2(figure.match(body).hasMatch(), qPrintable(body));
}

void TstRenderer::marksNest_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<TextMark>>("marks");
    QTest::addColumn<QString>("expected");
    const QString https = QStringLiteral("https://e.cn/");
    const QString a = QStringLiteral("<a href=\"https://e.cn/\" rel=\"noopener noreferrer\">");
    QTest::newRow("nominal: no marks") << QStringLiteral("abc") << QList<TextMark>() << QStringLiteral("abc");
    QTest::newRow("nominal: bold") << QStringLiteral("abc") << QList<TextMark>{mark(TextMark::Kind::Bold, 1, 1)}
                                   << QStringLiteral("a<strong>b</strong>c");
    QTest::newRow("nominal: bold and italic overlap")
        << QStringLiteral("abcdef")
        << QList<TextMark>{mark(TextMark::Kind::Bold, 0, 4), mark(TextMark::Kind::Italic, 2, 4)}
        << QStringLiteral("<strong>ab<em>cd</em></strong><em>ef</em>");
    QTest::newRow("nominal: italic starts first")
        << QStringLiteral("abcdef")
        << QList<TextMark>{mark(TextMark::Kind::Italic, 0, 4), mark(TextMark::Kind::Bold, 2, 4)}
        << QStringLiteral("<em>ab<strong>cd</strong></em><strong>ef</strong>");
    QTest::newRow("nominal: link overlapping bold")
        << QStringLiteral("abcdef")
        << QList<TextMark>{mark(TextMark::Kind::Bold, 0, 3), mark(TextMark::Kind::Link, 2, 3, https)}
        << (QStringLiteral("<strong>ab</strong>") + a + QStringLiteral("<strong>c</strong>de</a>f"));
    QTest::newRow("nominal: nested same start")
        << QStringLiteral("abcd")
        << QList<TextMark>{mark(TextMark::Kind::Italic, 0, 2), mark(TextMark::Kind::Bold, 0, 4)}
        << QStringLiteral("<strong><em>ab</em>cd</strong>");
    QTest::newRow("robustness: overlapping links do not nest")
        << QStringLiteral("abcdef")
        << QList<TextMark>{mark(TextMark::Kind::Link, 0, 4, https), mark(TextMark::Kind::Link, 2, 4, QStringLiteral("https://f.cn/"))}
        << (a + QStringLiteral("abcd</a><a href=\"https://f.cn/\" rel=\"noopener noreferrer\">ef</a>"));
    QTest::newRow("robustness: out-of-range and negative marks")
        << QStringLiteral("abc")
        << QList<TextMark>{mark(TextMark::Kind::Bold, -5, 7), mark(TextMark::Kind::Italic, 2, 1000), mark(TextMark::Kind::Bold, 10, 2),
                           mark(TextMark::Kind::Italic, 1, -3), mark(TextMark::Kind::Bold, 1, 2147483647)}
        << QStringLiteral("<strong>ab<em>c</em></strong>");
    QTest::newRow("robustness: mark splitting a surrogate pair")
        << QStringLiteral("a😀b")
        << QList<TextMark>{mark(TextMark::Kind::Bold, 0, 2)}
        << QStringLiteral("<strong>a😀</strong>b");
    QTest::newRow("robustness: markup characters inside marks")
        << QStringLiteral("<b>&")
        << QList<TextMark>{mark(TextMark::Kind::Bold, 0, 2)}
        << QStringLiteral("<strong>&lt;b</strong>&gt;&amp;");
    QTest::newRow("nominal: line break")
        << QStringLiteral("ab\ncd") << QList<TextMark>{mark(TextMark::Kind::Italic, 1, 3)}
        << QStringLiteral("a<em>b<br>c</em>d");
}

void TstRenderer::marksNest()
{
    QFETCH(QString, text);
    QFETCH(QList<TextMark>, marks);
    QFETCH(QString, expected);
    RichText richText(text);
    richText.marks = marks;
    const QString html = paragraphHtml(richText);
    QVERIFY2(nestingProblem(html).isEmpty(), qPrintable(nestingProblem(html) + QLatin1Char(' ') + html));
    QCOMPARE(html, expected);
}

void TstRenderer::randomMarksStayWellNested_data()
{
    QTest::addColumn<quint32>("seed");
    for (quint32 seed = 1; seed <= 20; ++seed)
        QTest::addRow("robustness: random marks seed %u", seed) << seed;
}

void TstRenderer::randomMarksStayWellNested()
{
    QFETCH(quint32, seed);
    QRandomGenerator random(seed);
    const QString text = QStringLiteral("区妇联始终高举民族团结进步旗帜 and <tags> & 😀 emoji");
    RichText richText(text);
    const TextMark::Kind kinds[] = {TextMark::Kind::Bold, TextMark::Kind::Italic, TextMark::Kind::Link};
    const QStringList hrefs{QStringLiteral("https://a.cn/"), QStringLiteral("javascript:x"), QStringLiteral("mailto:a@b.cn")};
    for (int i = 0; i < 8; ++i) {
        const int start = random.bounded(-2, int(text.size()) + 2);
        const int length = random.bounded(-1, int(text.size()));
        richText.marks << mark(kinds[random.bounded(3)], start, length, hrefs.at(random.bounded(3)));
    }
    const QString html = paragraphHtml(richText);
    QVERIFY2(nestingProblem(html).isEmpty(), qPrintable(html));
    QCOMPARE(stripTags(html), Renderer::escape(text));
}

void TstRenderer::samplePage_data()
{
    QTest::addColumn<QString>("expected");
    QTest::newRow("nominal: doctype") << QStringLiteral("<!DOCTYPE html>");
    QTest::newRow("nominal: language") << QStringLiteral("<html lang=\"zh-CN\">");
    QTest::newRow("nominal: charset") << QStringLiteral("<meta charset=\"utf-8\">");
    QTest::newRow("nominal: viewport") << QStringLiteral("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
    QTest::newRow("nominal: title element") << QStringLiteral("<title>大祥区妇联多举措全面推进民族团结进步示范创建工作 - 邵商网</title>");
    QTest::newRow("nominal: masthead site name") << QStringLiteral("<p class=\"site-name\">邵商网</p>");
    QTest::newRow("nominal: masthead slogan") << QStringLiteral("<p class=\"slogan\">聚合邵阳新闻 传播邵阳声音</p>");
    QTest::newRow("nominal: h1") << QStringLiteral("<h1 class=\"title\">大祥区妇联多举措全面推进民族团结进步示范创建工作</h1>");
    QTest::newRow("nominal: meta date") << QStringLiteral("<time class=\"date\" datetime=\"2022-09-15T02:30:00Z\">");
    QTest::newRow("nominal: meta source") << QStringLiteral("<span class=\"meta-source\">来源：大祥区人民政府</span>");
    QTest::newRow("nominal: meta byline") << QStringLiteral("<span class=\"byline\">通讯员 李红</span>");
    QTest::newRow("nominal: sub-head") << QStringLiteral("<h2>切实加强组织建设,夯实民族团结基础</h2>");
    QTest::newRow("nominal: list") << QStringLiteral("<ul>\n<li>组织现场宣传30场次</li>\n<li>发放资料1.3万余份</li>\n</ul>");
    QTest::newRow("nominal: source line") << QStringLiteral("<p class=\"source\">来源：大祥区人民政府</p>");
    QTest::newRow("nominal: editor line") << QStringLiteral("<p class=\"editor\">责任编辑：王芳</p>");
    QTest::newRow("nominal: og:title is the headline")
        << QStringLiteral("<meta property=\"og:title\" content=\"大祥区妇联多举措全面推进民族团结进步示范创建工作\">");
    QTest::newRow("nominal: og:type") << QStringLiteral("<meta property=\"og:type\" content=\"article\">");
    QTest::newRow("nominal: og:description from first paragraph")
        << QStringLiteral("<meta property=\"og:description\" content=\"大祥融媒讯近日,大祥区妇联西苑公园开展2022年民族团结进步宣传月活动。\">");
    QTest::newRow("nominal: og:url") << QStringLiteral("<meta property=\"og:url\" content=\"https://www.shaoshang.cn/news/173763.html\">");
    QTest::newRow("nominal: canonical") << QStringLiteral("<link rel=\"canonical\" href=\"https://www.shaoshang.cn/news/173763.html\">");
    QTest::newRow("nominal: stylesheet link") << QStringLiteral("<link rel=\"stylesheet\" href=\"style.css\">");
}

void TstRenderer::samplePage()
{
    QFETCH(QString, expected);
    const QString html = render(sampleArticle());
    QVERIFY2(html.contains(expected), qPrintable(html));
    // Order: masthead, title, body, source, editor, repost notice.
    const qsizetype masthead = html.indexOf(QLatin1String("class=\"masthead\""));
    const qsizetype title = html.indexOf(QLatin1String("<h1"));
    const qsizetype body = html.indexOf(QLatin1String("class=\"article-body\""));
    const qsizetype source = html.indexOf(QLatin1String("<p class=\"source\">"));
    const qsizetype editor = html.indexOf(QLatin1String("<p class=\"editor\">"));
    const qsizetype repost = html.indexOf(QLatin1String("<p class=\"repost\">"));
    QVERIFY(masthead > 0 && masthead < title && title < body && body < source && source < editor && editor < repost);
    // A relative photo URL is no og:image.
    QVERIFY(!html.contains(QLatin1String("og:image")));
}

void TstRenderer::repostNotice_data()
{
    QTest::addColumn<QString>("canonicalUrl");
    QTest::addColumn<QString>("imageBase");
    QTest::addColumn<bool>("shown");
    QTest::addColumn<bool>("ogImage");
    QTest::newRow("nominal: https canonical, absolute photo URL")
        << QStringLiteral("https://www.shaoshang.cn/news/173763.html") << QStringLiteral("https://img.example.cn/") << true << true;
    QTest::newRow("nominal: no canonical URL") << QString() << QStringLiteral("images/") << false << false;
    QTest::newRow("robustness: javascript canonical URL") << QStringLiteral("javascript:alert(1)") << QStringLiteral("images/") << false << false;
    QTest::newRow("robustness: mailto canonical URL") << QStringLiteral("mailto:a@b.cn") << QString() << false << false;
    QTest::newRow("robustness: relative canonical URL") << QStringLiteral("/news/1.html") << QStringLiteral("//evil/") << false << false;
}

void TstRenderer::repostNotice()
{
    QFETCH(QString, canonicalUrl);
    QFETCH(QString, imageBase);
    QFETCH(bool, shown);
    QFETCH(bool, ogImage);
    Article article = sampleArticle();
    article.canonicalUrl = canonicalUrl;
    Renderer::Options options;
    options.imageUrl = [imageBase](const Block &image) -> QString { return imageBase + image.media.left(4) + QStringLiteral(".jpg"); };
    const QString html = render(article, options);
    QCOMPARE(html.contains(QLatin1String("<p class=\"repost\">")), shown);
    QCOMPARE(html.contains(QLatin1String("og:url")), shown);
    QCOMPARE(html.contains(QLatin1String("rel=\"canonical\"")), shown);
    QCOMPARE(html.contains(QLatin1String("og:image")), ogImage);
    QVERIFY(!html.contains(QLatin1String("javascript:")));
    if (shown) {
        const QString expected = QStringLiteral("<p class=\"repost\">本文来自网络，不代表邵商网立场，转载请注明出处：<a href=\"")
                                 + canonicalUrl + QStringLiteral("\" rel=\"noopener noreferrer\">") + canonicalUrl
                                 + QStringLiteral("</a></p>");
        QVERIFY2(html.contains(expected), qPrintable(html));
    }
    if (ogImage)
        QVERIFY(html.contains(QStringLiteral("<meta property=\"og:image\" content=\"") + imageBase + Sha.left(4) + QStringLiteral(".jpg\">")));
}

void TstRenderer::forbiddenCodePointsDropped_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("nominal: plain text") << QStringLiteral("民族团结") << QStringLiteral("民族团结");
    QTest::newRow("robustness: C0 controls") << (QStringLiteral("a") + QChar(1) + QChar(0x1b) + QStringLiteral("b")) << QStringLiteral("ab");
    QTest::newRow("robustness: NUL") << (QStringLiteral("a") + QChar(0) + QStringLiteral("b")) << QStringLiteral("ab");
    QTest::newRow("robustness: C1 control") << (QStringLiteral("a") + QChar(0x85) + QStringLiteral("b")) << QStringLiteral("ab");
    QTest::newRow("robustness: lone surrogate") << (QStringLiteral("a") + QChar(0xd800) + QStringLiteral("b")) << QStringLiteral("ab");
    QTest::newRow("robustness: noncharacter") << (QStringLiteral("a") + QChar(0xfffe) + QStringLiteral("b")) << QStringLiteral("ab");
    QTest::newRow("nominal: emoji kept") << QStringLiteral("a😀b") << QStringLiteral("a😀b");
}

void TstRenderer::forbiddenCodePointsDropped()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(Renderer::escape(text), expected);
    Article article;
    article.title = text;
    article.blocks << Block::paragraph(RichText(text));
    const QString html = render(article);
    QVERIFY(html.contains(QStringLiteral("<h1 class=\"title\">") + expected + QStringLiteral("</h1>")));
    QVERIFY(html.contains(QStringLiteral("<p>") + expected + QStringLiteral("</p>")));
}

void TstRenderer::stylesheet_data()
{
    QTest::addColumn<bool>("inlineStylesheet");
    QTest::addColumn<QString>("href");
    QTest::newRow("nominal: linked") << false << QStringLiteral("style.css");
    QTest::newRow("nominal: inline") << true << QString();
    QTest::newRow("robustness: href with quotes") << false << QStringLiteral("a\"><script>x</script>.css");
}

void TstRenderer::stylesheet()
{
    QFETCH(bool, inlineStylesheet);
    QFETCH(QString, href);
    Renderer::Options options = exportOptions();
    options.inlineStylesheet = inlineStylesheet;
    options.stylesheetHref = href;
    const QString html = render(sampleArticle(), options);
    QCOMPARE(html.count(QLatin1String("<script")), 1);
    if (inlineStylesheet) {
        QVERIFY(html.contains(QLatin1String("<style>")));
        QVERIFY(html.contains(QLatin1String("max-width: 720px")));
        QVERIFY(!html.contains(QLatin1String("rel=\"stylesheet\"")));
    } else {
        QVERIFY(html.contains(QStringLiteral("<link rel=\"stylesheet\" href=\"") + Renderer::escape(href) + QStringLiteral("\">")));
        QVERIFY(!html.contains(QLatin1String("<style>")));
    }
}

void TstRenderer::themeLabels_data()
{
    QTest::addColumn<QByteArray>("labelsJson");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("placeholder");
    QTest::newRow("nominal: own labels")
        << QByteArray(R"(, "labels": {"source": "Source: ", "editor": "Editor: ", "placeholder": "Photo to come"})")
        << QStringLiteral("Source: ") << QStringLiteral("Photo to come");
    QTest::newRow("nominal: labels fall back to the built-in theme") << QByteArray() << QStringLiteral("来源：")
                                                                      << QStringLiteral("图片待补");
    QTest::newRow("nominal: a half-width colon after a Chinese label becomes full-width")
        << QByteArray(R"(, "labels": {"source": "来源: "})") << QStringLiteral("来源：") << QStringLiteral("图片待补");
    QTest::newRow("nominal: an English theme gets English words")
        << QByteArray(R"(, "language": "en")") << QStringLiteral("Source: ") << QStringLiteral("Photo to come");
    QTest::newRow("nominal: a full-width colon in an English theme becomes colon and space")
        << QByteArray(R"(, "language": "en-GB", "labels": {"source": "From："})") << QStringLiteral("From: ")
        << QStringLiteral("Photo to come");
    QTest::newRow("robustness: hostile label is escaped")
        << QByteArray(R"(, "labels": {"source": "<b>x</b>"})") << QStringLiteral("&lt;b&gt;x&lt;/b&gt;")
        << QStringLiteral("图片待补");
}

void TstRenderer::themeLabels()
{
    QFETCH(QByteArray, labelsJson);
    QFETCH(QString, source);
    QFETCH(QString, placeholder);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(writeFile(dir.filePath(QStringLiteral("theme.json")),
                      QByteArray(R"({"id": "plain", "name": "Plain", "version": "1")") + labelsJson + "}"));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("article.mustache")),
                      "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{{pageTitle}}</title></head><body>"
                      "{{#source}}<p>{{labelSource}}{{source}}</p>{{/source}}"
                      "{{#blocks}}{{#isPlaceholder}}<div>{{labelPlaceholder}}</div>{{/isPlaceholder}}{{/blocks}}</body></html>"));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("style.css")), "body { color: black; }"));
    Theme theme;
    QString error;
    QVERIFY2(Theme::load(dir.path(), &theme, &error), qPrintable(error));
    QVERIFY(theme.isValid());
    QCOMPARE(theme.id(), QStringLiteral("plain"));
    QCOMPARE(theme.name(), QStringLiteral("Plain"));
    const QString html = Renderer(theme).render(sampleArticle(), testSite(), exportOptions(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(html.contains(QStringLiteral("<p>") + source + QStringLiteral("大祥区人民政府</p>")), qPrintable(html));
    QVERIFY2(html.contains(QStringLiteral("<div>") + placeholder + QStringLiteral("</div>")), qPrintable(html));
}

void TstRenderer::generatedTypography_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("repostTemplate");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QStringList>("unexpected");
    QTest::newRow("nominal: Chinese page, full-width marks")
        << QStringLiteral("zh-CN") << QStringLiteral("本文来自{site},转载请注明出处:{url}")
        << QStringList{QStringLiteral("<html lang=\"zh-CN\">"), QStringLiteral(">来源：大祥区人民政府<"),
                       QStringLiteral(">责任编辑：王芳<"), QStringLiteral("本文来自邵商网，转载请注明出处：<a href")}
        << QStringList{QStringLiteral("来源:"), QStringLiteral("责任编辑:"), QStringLiteral("出处:")};
    QTest::newRow("nominal: English page, English marks")
        << QStringLiteral("en") << QStringLiteral("From {site}; credit the source when reposting: {url}")
        << QStringList{QStringLiteral("<html lang=\"en\">"), QStringLiteral(">Source: 大祥区人民政府<"),
                       QStringLiteral(">Editor: 王芳<"), QStringLiteral("From 邵商网; credit the source when reposting: <a href")}
        << QStringList{QString(QChar(0xFF1A)), QString(QChar(0xFF0C)), QString(QChar(0xFF1B))};
    QTest::newRow("robustness: no site name, no notice that names it")
        << QStringLiteral("zh-CN") << QStringLiteral("本文来自{site}，转载请注明出处：{url}")
        << QStringList{QStringLiteral(">来源：大祥区人民政府<")}
        << QStringList{QStringLiteral("本文来自"), QStringLiteral("class=\"site-name\""), QStringLiteral("class=\"repost\"")};
}

// The words the program writes, as each language punctuates them: the built-in template and
// stylesheet with the language set in theme.json.
void TstRenderer::generatedTypography()
{
    QFETCH(QString, language);
    QFETCH(QString, repostTemplate);
    QFETCH(QStringList, expected);
    QFETCH(QStringList, unexpected);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(writeFile(dir.filePath(QStringLiteral("theme.json")),
                      QStringLiteral(R"({"id": "typo", "name": "Typo", "language": "%1"})").arg(language).toUtf8()));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("article.mustache")), Theme::builtin().templateText().toUtf8()));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("style.css")), Theme::builtin().css().toUtf8()));
    Theme theme;
    QString error;
    QVERIFY2(Theme::load(dir.path(), &theme, &error), qPrintable(error));
    QCOMPARE(theme.language(), language);
    SiteSettings site = testSite();
    site.repostNotice = repostTemplate;
    if (QString::fromLatin1(QTest::currentDataTag()).startsWith(QLatin1String("robustness")))
        site.siteName.clear();
    const QString html = Renderer(theme).render(sampleArticle(), site, exportOptions(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    for (const QString &part : expected)
        QVERIFY2(html.contains(part), qPrintable(part + QLatin1Char('\n') + html));
    // The separators and labels live in the page; the stylesheet's own text is not generated.
    const QString page = html.mid(html.indexOf(QLatin1String("<body>")));
    for (const QString &part : unexpected)
        QVERIFY2(!page.contains(part), qPrintable(part + QLatin1Char('\n') + page));
    // The meta separator follows an item (a line may end with it, never start with it), and
    // links may break anywhere so a justified line is never spread around a URL.
    const QString css = theme.css();
    QVERIFY(css.contains(QLatin1String(".meta > *:not(:last-child)::after")));
    QVERIFY(!css.contains(QLatin1String("* + *::before")));
    QVERIFY(css.contains(QLatin1String("word-break: break-all")));
}

void TstRenderer::canonicalFromSiteBase_data()
{
    QTest::addColumn<QString>("own");
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("slug");
    QTest::addColumn<QString>("expected");
    QTest::newRow("nominal: base and slug") << QString() << QStringLiteral("https://www.shaoshang.cn/news") << QStringLiteral("fulian-2022")
                                            << QStringLiteral("https://www.shaoshang.cn/news/fulian-2022");
    QTest::newRow("nominal: the article's own URL wins") << QStringLiteral("https://a.cn/1.html") << QStringLiteral("https://b.cn/")
                                                         << QStringLiteral("x") << QStringLiteral("https://a.cn/1.html");
    QTest::newRow("robustness: no slug, no URL") << QString() << QStringLiteral("https://b.cn/") << QString() << QString();
    QTest::newRow("robustness: a javascript base is no base") << QString() << QStringLiteral("javascript:alert(1)//")
                                                             << QStringLiteral("x") << QString();
}

void TstRenderer::canonicalFromSiteBase()
{
    QFETCH(QString, own);
    QFETCH(QString, base);
    QFETCH(QString, slug);
    QFETCH(QString, expected);
    Article article = sampleArticle();
    article.canonicalUrl = own;
    article.slug = slug;
    SiteSettings site = testSite();
    site.canonicalBase = base;
    QString error;
    const QString html = Renderer().render(article, site, exportOptions(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    if (expected.isEmpty()) {
        QVERIFY(!html.contains(QLatin1String("rel=\"canonical\"")));
        QVERIFY(!html.contains(QLatin1String("javascript:")));
    } else {
        QVERIFY2(html.contains(QStringLiteral("<link rel=\"canonical\" href=\"") + expected + QStringLiteral("\">")), qPrintable(html));
    }
}

void TstRenderer::themeLoadFailures_data()
{
    QTest::addColumn<QByteArray>("manifest");
    QTest::addColumn<QByteArray>("templateText");
    QTest::addColumn<bool>("withCss");
    QTest::addColumn<QString>("errorPart");
    const QByteArray good = R"({"id": "t", "name": "T"})";
    const QByteArray page = "<!DOCTYPE html><title>{{pageTitle}}</title>";
    QTest::newRow("robustness: missing theme.json") << QByteArray() << page << true << QStringLiteral("theme.json");
    QTest::newRow("robustness: malformed JSON") << QByteArray("{\"id\": ") << page << true << QStringLiteral("theme.json");
    QTest::newRow("robustness: JSON array") << QByteArray("[]") << page << true << QStringLiteral("theme.json");
    QTest::newRow("robustness: missing id") << QByteArray(R"({"name": "T"})") << page << true << QStringLiteral("id");
    QTest::newRow("robustness: id with a slash") << QByteArray(R"({"id": "../x", "name": "T"})") << page << true << QStringLiteral("id");
    QTest::newRow("robustness: missing name") << QByteArray(R"({"id": "t"})") << page << true << QStringLiteral("name");
    QTest::newRow("robustness: missing template") << good << QByteArray() << true << QStringLiteral("article.mustache");
    QTest::newRow("robustness: unclosed section") << good << QByteArray("{{#blocks}}<p>") << true << QStringLiteral("article.mustache");
    QTest::newRow("robustness: partial") << good << QByteArray("{{> title}}") << true << QStringLiteral("partials");
    QTest::newRow("robustness: delimiter change") << good << QByteArray("{{=<% %>=}}<%title%>") << true << QStringLiteral("delimiters");
    QTest::newRow("robustness: template not UTF-8") << good << QByteArray("\xff\xfe{{title}}") << true << QStringLiteral("UTF-8");
    QTest::newRow("robustness: missing stylesheet") << good << page << false << QStringLiteral("style.css");
}

void TstRenderer::themeLoadFailures()
{
    QFETCH(QByteArray, manifest);
    QFETCH(QByteArray, templateText);
    QFETCH(bool, withCss);
    QFETCH(QString, errorPart);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    if (!manifest.isEmpty())
        QVERIFY(writeFile(dir.filePath(QStringLiteral("theme.json")), manifest));
    if (!templateText.isEmpty())
        QVERIFY(writeFile(dir.filePath(QStringLiteral("article.mustache")), templateText));
    if (withCss)
        QVERIFY(writeFile(dir.filePath(QStringLiteral("style.css")), "p {}"));
    Theme theme;
    QString error;
    QVERIFY(!Theme::load(dir.path(), &theme, &error));
    QVERIFY2(error.contains(errorPart), qPrintable(error));
    QVERIFY(!theme.isValid());
}

void TstRenderer::brokenThemeDoesNotCrash_data()
{
    QTest::addColumn<bool>("defaultConstructed");
    QTest::newRow("robustness: theme without a template") << true;
    QTest::newRow("nominal: built-in theme renders") << false;
}

void TstRenderer::brokenThemeDoesNotCrash()
{
    QFETCH(bool, defaultConstructed);
    QVERIFY(Theme::builtin().isValid());
    QCOMPARE(Theme::available().value(0).id(), QStringLiteral("default"));
    QString error = QStringLiteral("stale");
    const QString html = Renderer(defaultConstructed ? Theme() : Theme::builtin())
                             .render(sampleArticle(), testSite(), exportOptions(), &error);
    QVERIFY(html.startsWith(QLatin1String("<!DOCTYPE html>")));
    QCOMPARE(error.isEmpty(), !defaultConstructed);
}

namespace {

QString joined(const Renderer::Parts &parts)
{
    return parts.before + parts.blocks.join(QString()) + parts.after;
}

bool loadTheme(const QTemporaryDir &dir, const QByteArray &templateText, Theme *theme)
{
    QString error;
    return writeFile(dir.filePath(QStringLiteral("theme.json")), R"({"id": "t", "name": "T"})")
        && writeFile(dir.filePath(QStringLiteral("article.mustache")), templateText)
        && writeFile(dir.filePath(QStringLiteral("style.css")), "p {}") && Theme::load(dir.path(), theme, &error);
}

} // namespace

void TstRenderer::partsMakeThePage_data()
{
    QTest::addColumn<Article>("article");
    QTest::newRow("nominal: the sample") << sampleArticle();
    QTest::newRow("nominal: no blocks") << Article();
    Article blank = sampleArticle();
    blank.blocks.insert(2, Block::paragraph(RichText(QStringLiteral("  "))));
    blank.blocks.append(Block::list({RichText(QStringLiteral(" "))}, true));
    QTest::newRow("nominal: blocks with nothing to show") << blank;
    Article hostile = sampleArticle();
    hostile.title = QStringLiteral("</div><script>x</script>");
    hostile.blocks[0].text.text = QStringLiteral("{{title}} <b>&amp;");
    QTest::newRow("robustness: markup and mustache in the text") << hostile;
}

// The parts put together are the page render() writes, block for block.
void TstRenderer::partsMakeThePage()
{
    QFETCH(Article, article);
    Renderer::Parts parts;
    QString error = QStringLiteral("stale");
    QVERIFY(Renderer().renderParts(article, testSite(), exportOptions(), &parts, &error));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(joined(parts), render(article));
    QCOMPARE(parts.blocks.size(), article.blocks.size());
    for (qsizetype i = 0; i < article.blocks.size(); ++i) {
        const QString text = article.blocks.at(i).plainText().trimmed();
        QCOMPARE(parts.blocks.at(i).isEmpty(), article.blocks.at(i).type != Block::Type::Image && text.isEmpty());
    }
}

void TstRenderer::partsKeepUnchangedBlocks_data()
{
    QTest::addColumn<Article>("after");
    QTest::addColumn<int>("rendered");
    const Article sample = sampleArticle();
    Article typed = sample;
    typed.blocks[3].text.text += QStringLiteral("新");
    QTest::newRow("nominal: a paragraph typed into") << typed << 1;
    Article inserted = sample;
    inserted.blocks.insert(2, Block::paragraph(RichText(QStringLiteral("新段落"))));
    QTest::newRow("nominal: a paragraph inserted") << inserted << 1;
    Article removed = sample;
    removed.blocks.removeAt(1);
    QTest::newRow("nominal: a photo removed") << removed << 0;
    Article swapped = sample;
    swapped.blocks.swapItemsAt(2, 3);
    QTest::newRow("nominal: two blocks swapped") << swapped << 2;
    Article retitled = sample;
    retitled.title = QStringLiteral("新标题");
    retitled.blocks[0].text.text = QStringLiteral("导语改了");
    QTest::newRow("nominal: the title and the lead changed (the page's head too)") << retitled << 1;
    Article emptied = sample;
    emptied.blocks.clear();
    QTest::newRow("robustness: every block removed") << emptied << 0;
}

// Parts made from the previous parts are the parts made afresh, and only the changed blocks
// were rendered.
void TstRenderer::partsKeepUnchangedBlocks()
{
    QFETCH(Article, after);
    QFETCH(int, rendered);
    const Article before = sampleArticle();
    const Renderer renderer;
    Renderer::Parts previous;
    QVERIFY(renderer.renderParts(before, testSite(), exportOptions(), &previous));
    QCOMPARE(previous.renderedBlocks, int(before.blocks.size()));
    Renderer::Parts kept;
    QVERIFY(renderer.renderParts(after, testSite(), exportOptions(), &kept, nullptr, &previous, &before.blocks));
    Renderer::Parts fresh;
    QVERIFY(renderer.renderParts(after, testSite(), exportOptions(), &fresh));
    QCOMPARE(kept.blocks, fresh.blocks);
    QCOMPARE(joined(kept), render(after));
    QCOMPARE(kept.renderedBlocks, rendered);
}

// A theme whose blocks read a page field (here the title) gets every block rendered again when
// that field changes; a template without a blocks section is rendered whole, not in parts.
void TstRenderer::partsFollowWhatTheBlocksRead()
{
    QTemporaryDir dir;
    Theme theme;
    QVERIFY(loadTheme(dir, "<!DOCTYPE html>\n<title>{{pageTitle}}</title>\n<div>\n{{#blocks}}\n"
                           "<p data-title=\"{{title}}\">{{{html}}}</p>\n{{/blocks}}\n</div>\n", &theme));
    const Renderer renderer(theme);
    const Article before = sampleArticle();
    Renderer::Parts previous;
    QVERIFY(renderer.renderParts(before, testSite(), exportOptions(), &previous));
    Article after = before;
    after.title = QStringLiteral("新标题");
    Renderer::Parts kept;
    QVERIFY(renderer.renderParts(after, testSite(), exportOptions(), &kept, nullptr, &previous, &before.blocks));
    QCOMPARE(kept.renderedBlocks, int(before.blocks.size()));
    QCOMPARE(joined(kept), renderer.render(after, testSite(), exportOptions()));
    QVERIFY(kept.blocks.at(0).contains(QStringLiteral("新标题")));

    QTemporaryDir wholeDir;
    Theme whole;
    QVERIFY(loadTheme(wholeDir, "<!DOCTYPE html><div>{{#blocks}}<p>{{{html}}}</p>{{/blocks}}</div>", &whole));
    Renderer::Parts parts;
    QString error = QStringLiteral("stale");
    QVERIFY(!Renderer(whole).renderParts(before, testSite(), exportOptions(), &parts, &error));
    QVERIFY(error.isEmpty());
}

QTEST_GUILESS_MAIN(TstRenderer)
#include "tst_renderer.moc"
