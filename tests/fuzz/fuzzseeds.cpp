// Writes the seed corpora of the fuzz harnesses into <folder>/<harness>/, made with the test
// fixtures and the product itself, so that no binary seed is kept in the repository.
#include "fixtures/htmlfixtures.h"
#include "fixtures/packagefixture.h"
#include "fixtures/photofixture.h"
#include "fixtures/testutil.h"
#include "fuzzenvironment.h"
#include "import/textimporter.h"
#include "model/articlejson.h"
#include "render/renderer.h"

#include <QBuffer>
#include <QDir>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QStringEncoder>

#include <cstdio>

using namespace copydesk;

namespace {

QString g_root;

void seed(const char *harness, const char *name, const QByteArray &bytes)
{
    const QString dir = g_root + QLatin1Char('/') + QLatin1String(harness);
    QDir().mkpath(dir);
    QFile file(dir + QLatin1Char('/') + QLatin1String(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(file.fileName()));
}

QByteArray readBack(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

QByteArray joined(const QList<QByteArray> &parts)
{
    return parts.join(QByteArray(FuzzEnvironment::PartSeparator));
}

// One article with every block type, marks, a link, a photo and a placeholder.
Article richArticle()
{
    Article article = TextImporter::fromPlainText(test::sampleArticleText());
    RichText linked(QStringLiteral("详见县政府网站 and bold"));
    linked.marks = {{TextMark::Kind::Link, 2, 5, QStringLiteral("https://news.example.cn/1?a=1&b=2")},
                    {TextMark::Kind::Bold, 12, 4, {}}};
    article.blocks.append(Block::paragraph(linked));
    article.blocks.append(Block::heading(RichText(QStringLiteral("二、下一步")), 3));
    article.blocks.append(Block::quote(RichText(QStringLiteral("“妇女能顶半边天。”"))));
    article.blocks.append(Block::list({RichText(QStringLiteral("一")), RichText(QStringLiteral("二"))}, true));
    article.blocks.append(Block::image(QString(64, QLatin1Char('a')), 640, 480, QStringLiteral("图为会议现场"),
                                       QStringLiteral("记者 张三 摄"), QStringLiteral("会场")));
    Block placeholder = Block::imagePlaceholder(QStringLiteral("远程图片"));
    placeholder.sourceUrl = QStringLiteral("https://img.example.cn/1.jpg");
    article.blocks.append(placeholder);
    article.canonicalUrl = QStringLiteral("https://news.example.cn/1");
    article.tags = QStringList{QStringLiteral("妇联"), QStringLiteral("会议")};
    return article;
}

QByteArray photo(const char *format, int width = 48, int height = 32)
{
    return test::encode(test::makePhoto(width, height, 1), format);
}

QByteArray pdf(int pages)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(72);
    QPainter painter(&writer);
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            writer.newPage();
        painter.fillRect(QRect(40, 40, 200, 100), Qt::darkBlue);
    }
    painter.end();
    return bytes;
}

void htmlSeeds(const Article &article)
{
    const QByteArray paste("\x03"), file("\x13");
    seed("htmlconverter", "word", paste + test::wordHtml());
    seed("htmlconverter", "wps", paste + test::wpsHtml());
    seed("htmlconverter", "wechat", paste + test::wechatHtml());
    seed("htmlconverter", "googledocs", QByteArray("\x01") + test::googleDocsHtml());
    seed("htmlconverter", "plain", QByteArray("\x04") + test::wordHtml());
    Renderer::Options options;
    options.imageUrl = [](const Block &) { return QStringLiteral("inside.png"); };
    seed("htmlconverter", "page", file + Renderer().render(article, SiteSettings(), options).toUtf8());
    seed("htmlconverter", "pictures",
         file + QByteArray("<meta charset=\"gbk\"><p><img src=\"inside.png\" title=\"t\"><p>图为现场</p>"
                           "<img src=\"../outside.png\"><img src=\"data:image/png;base64,")
             + FuzzEnvironment::tinyPng().toBase64() + QByteArray("\"><a href=\"javascript:x\">x</a>"
                                                                  "<a href=\"mailto:a@b.cn\">m</a></p>"));
}

void packageSeeds()
{
    const QString body = test::wp(QStringLiteral("<w:pStyle w:val=\"Title\"/>"), test::wr(QStringLiteral("县妇联召开会议")))
        + test::wp({}, test::wr(QStringLiteral("记者 张三")))
        + test::wp({}, test::wr(QStringLiteral("正文")) + test::wr(QStringLiteral("加粗"), QStringLiteral("<w:b/>"))
                           + QStringLiteral("<w:hyperlink r:id=\"rIdLink1\">") + test::wr(QStringLiteral("链接"))
                           + QStringLiteral("</w:hyperlink>"))
        + test::wp(QStringLiteral("<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr>"), test::wr(QStringLiteral("一")))
        + test::wp(QStringLiteral("<w:jc w:val=\"center\"/>"), test::docxInlinePicture(QStringLiteral("rIdImg1"), QStringLiteral("现场")))
        + test::wp(QStringLiteral("<w:pStyle w:val=\"a3\"/>"), test::wr(QStringLiteral("图为现场")));
    const QString rels = test::imageRelationship(QStringLiteral("rIdImg1"), QStringLiteral("media/image1.png"))
        + test::linkRelationship(QStringLiteral("rIdLink1"), QStringLiteral("https://news.example.cn/2"));
    seed("docxparts", "document", joined({test::docxDocument(body), test::wordStyles(), test::wordNumbering(),
                                          test::docxDocumentRels(rels)}));
    const QString docx = g_root + QStringLiteral("/seed.docx");
    if (!test::writeDocx(docx, body, rels, {{QStringLiteral("word/media/image1.png"), FuzzEnvironment::tinyPng()}}))
        qFatal("cannot write the .docx seed");
    seed("docximporter", "document.docx", readBack(docx));
    QFile::remove(docx);

    const QString styles = QStringLiteral("<style:style style:name=\"P1\" style:family=\"paragraph\">"
                                          "<style:paragraph-properties fo:text-align=\"center\"/></style:style>");
    const QString odtBody = QStringLiteral("<text:p text:style-name=\"Title\">县妇联召开会议</text:p>"
                                           "<text:h text:outline-level=\"2\">一、成绩</text:h>"
                                           "<text:p>正文<text:span text:style-name=\"Strong_20_Emphasis\">加粗</text:span>"
                                           "<text:a xlink:href=\"https://news.example.cn/3\">链接</text:a></text:p>"
                                           "<text:list text:style-name=\"List_20_1\"><text:list-item><text:p>一</text:p></text:list-item></text:list>"
                                           "<text:p text:style-name=\"P1\">")
        + test::odtPicture(QStringLiteral("Pictures/image1.png"), QStringLiteral("现场"))
        + QStringLiteral("</text:p><text:p text:style-name=\"Caption\">图为现场</text:p>");
    seed("odtparts", "content", joined({test::odtContent(styles, odtBody), test::odtStyles()}));
    const QString odt = g_root + QStringLiteral("/seed.odt");
    if (!test::writeOdt(odt, styles, odtBody, {{QStringLiteral("Pictures/image1.png"), FuzzEnvironment::tinyPng()}}))
        qFatal("cannot write the .odt seed");
    seed("odtimporter", "document.odt", readBack(odt));
    QFile::remove(odt);
}

void textSeeds(const Article &article)
{
    const QString text = test::sampleArticleText();
    seed("textimporter", "paste", QByteArray("\x00", 1) + text.toUtf8());
    seed("textimporter", "utf8.txt", QByteArray("\x01\xEF\xBB\xBF") + text.toUtf8());
    QStringEncoder gb18030("GB18030");
    seed("textimporter", "gb18030.txt", QByteArray("\x01") + QByteArray(gb18030(text)));
    QStringEncoder utf16(QStringConverter::Utf16LE, QStringConverter::Flag::WriteBom);
    seed("textimporter", "utf16.txt", QByteArray("\x01") + QByteArray(utf16(text.left(400))));
    seed("markdownimporter", "article.md",
         QByteArray("---\ntitle: 县妇联召开会议\nauthor: 张三\nsource: 大祥融媒\n---\n\n# 标题\n\n## 小标题\n\n"
                    "正文**加粗**和*斜体*,[链接](https://news.example.cn/4)与[坏](javascript:alert(1))。\n\n"
                    "> 引文\n\n1. 一\n2. 二\n\n- 甲\n- 乙\n\n![现场](https://img.example.cn/1.jpg \"图为现场\")\n\n"
                    "<p onclick=\"x()\">html <b>块</b></p>\n\n```\ncode\n```\n")
             + text.toUtf8());
    seed("articlejson", "article.json", ArticleJson::toJson(article));
    seed("articlejson", "compact.json", ArticleJson::toJson(article, false));
    seed("proofengine", "sample", text.left(800).toUtf8());
    seed("proofengine", "slips", QStringLiteral("近日,大祥区妇联开展活动.我们的的目标 \"民族团结\"...一愁莫展，，ＡＰＰ 5Ｇ 見面 recieve https://a.example/x,y 3.5万").toUtf8());
    seed("bigramtokenizer", "sample", text.left(600).toUtf8());
    seed("bigramtokenizer", "mixed", QStringLiteral("Copydesk 采编台 İstanbul ǅ ﬁle 民族 cop\"y* AND OR NEAR(").toUtf8());
}

void mediaSeeds()
{
    test::PhotoFields fields;
    fields.xmpDescription = QStringLiteral("图为会议现场");
    fields.xmpCredit = QStringLiteral("大祥融媒");
    fields.xmpCreator = QStringLiteral("张三");
    fields.xmpAlt = QStringLiteral("会场");
    fields.iptcCaption = QByteArray("IPTC caption");
    fields.iptcUtf8 = true;
    fields.dateTimeOriginal = QStringLiteral("2026:11:29 10:20:30");
    fields.offsetTimeOriginal = QStringLiteral("+08:00");
    fields.orientation = 6;
    seed("photometadata", "tagged.jpg", test::withMetadata(photo("jpeg"), fields));
    seed("photometadata", "tagged.png", test::withMetadata(photo("png"), fields));
    seed("photometadata", "plain.webp", photo("webp"));
    seed("imagedecoder", "rotated.jpg", test::withMetadata(photo("jpeg"), fields));
    for (const char *format : {"png", "webp", "tiff", "bmp"})
        seed("imagedecoder", format, photo(format));
    QImage transparent(16, 16, QImage::Format_ARGB32);
    transparent.fill(Qt::transparent);
    seed("imagedecoder", "transparent.png", test::encode(transparent, "png"));
    seed("pdfpagenumbers", "one.pdf", pdf(1));
    seed("pdfpagenumbers", "three.pdf", pdf(3));
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    if (argc != 2) {
        fprintf(stderr, "usage: fuzz_seeds FOLDER\n");
        return 2;
    }
    g_root = QString::fromLocal8Bit(argv[1]);
    const Article article = richArticle();
    htmlSeeds(article);
    packageSeeds();
    textSeeds(article);
    mediaSeeds();
    return 0;
}
