#include "fixtures/testutil.h"
#include "import/textimporter.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QtTest>

using namespace copydesk;

namespace {

QString u8(const char *text)
{
    return QString::fromUtf8(text);
}

// One block as a short string: "P:text", "H2:text", "I:caption|credit", "OL:a|b", "UL:a|b", "Q:text".
QString describe(const Block &block)
{
    switch (block.type) {
    case Block::Type::Paragraph: return QStringLiteral("P:") + block.text.text;
    case Block::Type::Heading: return QStringLiteral("H%1:").arg(block.level) + block.text.text;
    case Block::Type::Quote: return QStringLiteral("Q:") + block.text.text;
    case Block::Type::Image: {
        QString out = (block.isPlaceholder() ? QStringLiteral("I:") : QStringLiteral("IMG:")) + block.caption;
        if (!block.credit.isEmpty())
            out += QLatin1Char('|') + block.credit;
        return out;
    }
    case Block::Type::List: {
        QStringList items;
        for (const RichText &item : block.items)
            items.append(item.text);
        return (block.ordered ? QStringLiteral("OL:") : QStringLiteral("UL:")) + items.join(QLatin1Char('|'));
    }
    }
    return {};
}

QStringList describe(const QList<Block> &blocks)
{
    QStringList out;
    for (const Block &block : blocks)
        out.append(describe(block));
    return out;
}

QString typeSequence(const QList<Block> &blocks)
{
    QString out;
    for (const Block &block : blocks) {
        switch (block.type) {
        case Block::Type::Paragraph: out += QLatin1Char('P'); break;
        case Block::Type::Heading: out += QLatin1Char('H'); break;
        case Block::Type::Image: out += QLatin1Char('I'); break;
        case Block::Type::List: out += QLatin1Char('L'); break;
        case Block::Type::Quote: out += QLatin1Char('Q'); break;
        }
    }
    return out;
}

QByteArray encodeText(const QString &text, const char *encoding, bool bom)
{
    QStringEncoder encoder(encoding, bom ? QStringConverter::Flag::WriteBom : QStringConverter::Flag::Default);
    if (!encoder.isValid())
        qFatal("no encoder for %s", encoding);
    return encoder.encode(text);
}

QStringList sampleHeadings()
{
    return {u8("切实加强组织建设,夯实民族团结基础"), u8("广泛开展宣传教育,高举民族团结旗帜"),
            u8("大力培树先进典型,营造民族团结氛围"), u8("用心用情服务妇儿,凝聚民族团结力量")};
}

QStringList sampleCaptions()
{
    return {
        u8("大祥区妇联在西苑公园开展民族团结进步宣传月活动"),
        u8("大祥区妇联召开2022年重点工作推进会部署民族团结进步示范机关创建工作"),
        u8("大祥区妇联三届五次执委会学习邵阳市创建全国民族团结进步示范市工作领导小组会议精神"),
        u8("图为王冠华正在作先进事迹分享"),
        u8("大祥区妇联“三八”国际妇女节维权周开展普法宣传活动"),
        u8("大祥区妇联组织农村适龄妇女和城镇低保适龄妇女开展“两癌”免费检查"),
        u8("“出手吧姐姐温暖2022”关爱困境妇女儿童发动社会各界线上募捐部分截图"),
        u8("大祥区妇联、区总商会、邵阳珂信肿瘤医院关爱慰问肿瘤患者"),
        u8("大祥区妇联联合区工会、团区委开展七夕青年男女联谊交友活动"),
        u8("大祥区妇联、团区委在雨溪小学开展“把爱带回家——送法到家让孩子健康成长”寒假儿童关爱服务活动"),
        u8("大祥区妇联、团区委在城西街道开展2022年暑期儿童关爱服务活动"),
        u8("大祥区妇联举办“送法进万家家教伴成长”全国家庭教育宣传周公益讲座"),
        u8("大祥区妇联在樟树小学举办“护航邵蕾·共筑未来”未成年人关爱保护宣传教育进课堂活动"),
    };
}

} // namespace

class TstTextImporter : public QObject
{
    Q_OBJECT

private slots:
    void sample_data();
    void sample();
    void rules_data();
    void rules();
    void importFile_data();
    void importFile();
    void importErrors_data();
    void importErrors();
    void performance_data();
    void performance();
    void notMasthead_data();
    void notMasthead();
    void titleLine_data();
    void titleLine();
};

void TstTextImporter::notMasthead_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("title");
    const QString prose = u8("区妇联始终把组织领导作为创建工作不断向前的支撑力和源动力,全年开展活动三十余场。");
    QTest::newRow("robustness: title and subtitle above a sub-head stay")
        << u8("县里召开妇女工作会议\n部署下半年重点任务\n\n一、加强组织建设\n\n") + prose << u8("县里召开妇女工作会议");
    QTest::newRow("robustness: a title alone stays") << u8("县妇联开会\n\n") + prose << u8("县妇联开会");
    QTest::newRow("robustness: a slogan-like title followed by prose stays")
        << u8("聚焦乡村振兴 助力共同富裕\n\n") + prose << u8("聚焦乡村振兴 助力共同富裕");
}

// Short lines at the top that are not a site's masthead stay where they are.
void TstTextImporter::notMasthead()
{
    QFETCH(QString, text);
    QFETCH(QString, title);
    QCOMPARE(TextImporter::fromPlainText(text).title, title);
}

void TstTextImporter::titleLine_data()
{
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("title");
    QTest::newRow("nominal: line 4 of the page text is the headline") << 4 << u8("大祥区妇联多举措全面推进民族团结进步示范创建工作");
    QTest::newRow("nominal: the user knows better: line 2") << 2 << u8("邵商网与您共同讲好邵商故事");
    QTest::newRow("robustness: a blank line names the next line") << 3 << u8("大祥区妇联多举措全面推进民族团结进步示范创建工作");
    QTest::newRow("robustness: past the end, no title") << 100000 << QString();
}

// --title-line N: the headline is line N (1-based, blank lines counted), the lines above dropped.
void TstTextImporter::titleLine()
{
    QFETCH(int, line);
    QFETCH(QString, title);
    QFile page(QStringLiteral(COPYDESK_SHARED_DIR "/samples/daxiang-womens-federation.txt"));
    QVERIFY(page.open(QIODevice::ReadOnly));
    const Article article = TextImporter::fromPlainText(QString::fromUtf8(page.readAll()), line);
    QCOMPARE(article.title, title);
    if (!title.isEmpty() && line != 2)
        QVERIFY(article.blocks.first().text.text.startsWith(u8("大祥融媒讯")));
}

void TstTextImporter::sample_data()
{
    QTest::addColumn<QString>("text");
    const QString sample = test::sampleArticleText();
    QVERIFY(sample.startsWith(u8("大祥区妇联多举措")));

    QTest::newRow("nominal: shared sample") << sample;
    QString crlf = sample;
    QTest::newRow("robustness: CRLF line endings") << crlf.replace(QLatin1Char('\n'), QStringLiteral("\r\n"));
    QString cr = sample;
    QTest::newRow("robustness: CR line endings") << cr.replace(QLatin1Char('\n'), QLatin1Char('\r'));
    QStringList indented = sample.split(QLatin1Char('\n'));
    for (QString &line : indented)
        line = u8("\u3000\u3000") + line + u8(" \u00A0\t");
    QTest::newRow("robustness: BOM, full-width indentation, trailing spaces")
        << u8("\uFEFF") + indented.join(QLatin1Char('\n'));
    QString blanks = sample;
    QTest::newRow("robustness: runs of whitespace-only lines")
        << blanks.replace(QStringLiteral("\n\n"), u8("\n \n\u3000\u3000\n\u00A0\n\n"));
    QString tight = sample;
    QTest::newRow("robustness: no blank lines between paragraphs")
        << tight.replace(QStringLiteral("\n\n"), QStringLiteral("\n"));
    QTest::newRow("robustness: decorative rule above the title") << u8("=====================\n") + sample;
    QFile page(QStringLiteral(COPYDESK_SHARED_DIR "/samples/daxiang-womens-federation.txt"));
    QVERIFY(page.open(QIODevice::ReadOnly));
    const QString pageText = QString::fromUtf8(page.readAll());
    QVERIFY(pageText.startsWith(u8("聚合邵阳新闻 传播邵阳声音")));
    QTest::newRow("nominal: the site's page text, its masthead slogans first") << pageText;
    QTest::newRow("nominal: a masthead and a breadcrumb above the headline")
        << u8("邵商网\n首页 > 新闻 > 大祥区\n\n") + sample;
    QTest::newRow("nominal: a position line above the headline") << u8("当前位置：首页 > 本地新闻\n\n") + sample;
}

void TstTextImporter::sample()
{
    QFETCH(QString, text);
    const Article article = TextImporter::fromPlainText(text);

    QCOMPARE(article.title, u8("大祥区妇联多举措全面推进民族团结进步示范创建工作"));
    QCOMPARE(article.source, u8("大祥区人民政府"));
    QCOMPARE(article.canonicalUrl, QStringLiteral("https://www.shaoshang.cn/news/173763.html"));
    QCOMPARE(article.byline, QString());
    QCOMPARE(article.editor, QString());
    QVERIFY(!article.uuid.isEmpty());

    QStringList headings;
    QStringList captions;
    int paragraphs = 0;
    for (const Block &block : article.blocks) {
        if (block.type == Block::Type::Heading) {
            QCOMPARE(block.level, 2);
            headings.append(block.text.text);
        } else if (block.type == Block::Type::Image) {
            QVERIFY(block.isPlaceholder());
            QVERIFY(block.credit.isEmpty());
            captions.append(block.caption);
        } else if (block.type == Block::Type::Paragraph) {
            ++paragraphs;
        }
        for (const char *furniture : {"分享到", "转载", "来源", "http"})
            QVERIFY2(!block.plainText().contains(u8(furniture)), qPrintable(block.plainText()));
    }
    QCOMPARE(headings, sampleHeadings());
    QCOMPARE(captions, sampleCaptions());
    QCOMPARE(paragraphs, 13);
    QCOMPARE(typeSequence(article.blocks), QStringLiteral("PIPHPIHPIHPIHPIPIPIPIPIPIIPIPI"));
    QCOMPARE(article.blocks.first().type, Block::Type::Paragraph);
    QVERIFY(article.blocks.first().text.text.startsWith(u8("大祥融媒讯近日,大祥区妇联西苑公园")));
    QVERIFY(article.blocks.first().text.text.endsWith(u8("共同唱响民族团结进步主旋律。")));
    QCOMPARE(article.blocks.last().caption, sampleCaptions().last());
}

void TstTextImporter::rules_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("editor");
    QTest::addColumn<QString>("byline");
    QTest::addColumn<QString>("canonicalUrl");
    QTest::addColumn<QStringList>("blocks");

    const QString none;
    QTest::newRow("robustness: a line ending in an opening bracket is text, not a photo caption")
        << u8("标题\n\n正文第一段。\n\n该市坚持以人民为中心的发展思想（\n\n正文。") << u8("标题") << none << none << none
        << none << QStringList{u8("P:正文第一段。"), u8("P:该市坚持以人民为中心的发展思想（"), u8("P:正文。")};
    QTest::newRow("nominal: 责任编辑 with a half-width colon")
        << u8("标题\n\n正文第一段。\n\n责任编辑:张三") << u8("标题") << none << u8("张三") << none << none
        << QStringList{u8("P:正文第一段。")};
    QTest::newRow("nominal: 责任编辑 and 编辑 with full-width colons are joined")
        << u8("标题\n\n正文。\n\n责任编辑\uFF1A张三\n编辑\uFF1A李四") << u8("标题") << none << u8("张三 李四")
        << none << none << QStringList{u8("P:正文。")};
    QTest::newRow("nominal: 作者 line under the title")
        << u8("标题\n作者\uFF1A王五\n\n正文。") << u8("标题") << none << none << u8("王五") << none
        << QStringList{u8("P:正文。")};
    QTest::newRow("nominal: 记者 and 通讯员 lines join into one byline")
        << u8("标题\n记者:张三\n通讯员\uFF1A李四\n\n正文。") << u8("标题") << none << none
        << u8("记者 张三 通讯员 李四") << none << QStringList{u8("P:正文。")};
    QTest::newRow("nominal: byline line without colons")
        << u8("标题\n\n记者 张三  通讯员 李四\n\n正文。") << u8("标题") << none << none
        << u8("记者 张三 通讯员 李四") << none << QStringList{u8("P:正文。")};
    QTest::newRow("nominal: 文/ byline") << u8("标题\n文/赵六\n正文。") << u8("标题") << none << none << u8("赵六")
                                         << none << QStringList{u8("P:正文。")};
    QTest::newRow("nominal: web header line with several fields")
        << u8("标题\n2022-11-29 10:30 来源\uFF1A邵阳日报 作者:张三 责任编辑\uFF1A李四 浏览次数:120\n\n正文。")
        << u8("标题") << u8("邵阳日报") << u8("李四") << u8("张三") << none << QStringList{u8("P:正文。")};
    QTest::newRow("nominal: bracketed 责任编辑 at the end")
        << u8("标题\n\n正文。\n\n【责任编辑\uFF1A张三】") << u8("标题") << none << u8("张三") << none << none
        << QStringList{u8("P:正文。")};
    QTest::newRow("nominal: 审核, 校对 and 编审 lines are dropped")
        << u8("标题\n\n正文。\n\n审核\uFF1A王五\n校对:赵六\n编审\uFF1A钱七") << u8("标题") << none << none << none
        << none << QStringList{u8("P:正文。")};
    QTest::newRow("nominal: 稿件来源 above and 信息来源 below; the first wins")
        << u8("标题\n稿件来源\uFF1A邵阳日报\n\n正文。\n\n信息来源\uFF1A大祥区政府") << u8("标题") << u8("邵阳日报")
        << none << none << none << QStringList{u8("P:正文。")};
    QTest::newRow("nominal: English Source line")
        << u8("Title\n\nBody text here.\n\nSource: Acme Corp") << u8("Title") << u8("Acme Corp") << none << none
        << none << QStringList{u8("P:Body text here.")};
    QTest::newRow("nominal: PR Newswire release with FOR IMMEDIATE RELEASE and SOURCE lines")
        << u8("FOR IMMEDIATE RELEASE\n\nAcme Corp Announces Record Results\n\n"
              "NEW YORK, Nov. 29, 2022 /PRNewswire/ -- Acme Corp. today announced results.\n\n"
              "Media contact: jane@acme.example\n\nSOURCE Acme Corporation")
        << u8("Acme Corp Announces Record Results") << u8("Acme Corporation") << none << none << none
        << QStringList{u8("P:NEW YORK, Nov. 29, 2022 /PRNewswire/ -- Acme Corp. today announced results."),
                       u8("P:Media contact: jane@acme.example")};
    QTest::newRow("nominal: WeChat article copy")
        << u8("点击上方蓝字关注我们\n\n邵阳\uFF1A多措并举推动乡村振兴\n\n原创 邵阳发布 2022-11-29 18:00 "
              "发表于湖南\n\n"
              "记者 张三\u3000\u3000通讯员 李四\n\n"
              "\u3000\u300011月29日\uFF0C记者从市农业农村局获悉\uFF0C今年以来取得实效。\n\n"
              "\u3000\u3000一、产业发展提质增效\n\n▲新建的高标准农田\uFF08王五 摄\uFF09\n\n"
              "来源\uFF1A邵阳日报\n编辑\uFF1A钱七\n审核\uFF1A孙八\n\n阅读原文")
        << u8("邵阳\uFF1A多措并举推动乡村振兴") << u8("邵阳日报") << u8("钱七") << u8("记者 张三 通讯员 李四")
        << none
        << QStringList{u8("P:11月29日\uFF0C记者从市农业农村局获悉\uFF0C今年以来取得实效。"),
                       u8("H2:一、产业发展提质增效"), u8("I:新建的高标准农田|王五")};
    QTest::newRow("nominal: 本报讯 dateline fills the byline and stays intact")
        << u8("标题\n\n本报讯\uFF08记者 张三 通讯员 李四\uFF09昨日\uFF0C大祥区召开会议。\n\n第二段。")
        << u8("标题") << none << none << u8("记者 张三 通讯员 李四") << none
        << QStringList{u8("P:本报讯\uFF08记者 张三 通讯员 李四\uFF09昨日\uFF0C大祥区召开会议。"),
                       u8("P:第二段。")};
    QTest::newRow("nominal: 新华社 dateline with a full-width colon")
        << u8("标题\n\n新华社北京11月29日电\uFF08记者\uFF1A王五\uFF09国务院今天发布通知。") << u8("标题") << none
        << none << u8("记者 王五") << none
        << QStringList{u8("P:新华社北京11月29日电\uFF08记者\uFF1A王五\uFF09国务院今天发布通知。")};
    QTest::newRow("nominal: explicit byline wins over the dateline")
        << u8("标题\n作者:赵六\n\n本报讯(记者 张三)昨日召开会议。") << u8("标题") << none << none << u8("赵六")
        << none << QStringList{u8("P:本报讯(记者 张三)昨日召开会议。")};
    QTest::newRow("nominal: English press release")
        << u8("Acme Opens New Plant in Springfield\nBy Jane Doe\n\n"
              "SPRINGFIELD, Nov. 29, 2022 -- Acme Corp. today opened a new plant that will employ 300 people.\n\n"
              "Photo: Workers at the new Acme plant on opening day\n\n"
              "A Growing Workforce\n\n"
              "The plant will make three products:\n- Anvils\n- Rockets\n- Giant magnets\n\n"
              "\"We are proud to be here,\" said CEO John Smith.\n\n"
              "This line has more than eight words but no final stop\n\n"
              "Source: Acme Corp\n\n###\nShare")
        << u8("Acme Opens New Plant in Springfield") << u8("Acme Corp") << none << u8("Jane Doe") << none
        << QStringList{u8("P:SPRINGFIELD, Nov. 29, 2022 -- Acme Corp. today opened a new plant that will employ "
                          "300 people."),
                       u8("I:Workers at the new Acme plant on opening day"),
                       u8("H2:A Growing Workforce"),
                       u8("P:The plant will make three products:"),
                       u8("UL:Anvils|Rockets|Giant magnets"),
                       u8("P:\"We are proud to be here,\" said CEO John Smith."),
                       u8("P:This line has more than eight words but no final stop")};
    QTest::newRow("nominal: hard-wrapped English release is unwrapped")
        << u8("Acme Opens New Plant\n\n"
              "SPRINGFIELD -- Acme Corp. today opened a new plant in Springfield that\n"
              "will employ 300 people when it is fully running next year, the company\n"
              "said in a statement.\n\n"
              "The plant cost $40 million to build and was finished three months\n"
              "ahead of schedule, thanks to the hard work of a big and well-\n"
              "known local builder.\n")
        << u8("Acme Opens New Plant") << none << none << none << none
        << QStringList{
               u8("P:SPRINGFIELD -- Acme Corp. today opened a new plant in Springfield that will employ 300 "
                  "people when it is fully running next year, the company said in a statement."),
               u8("P:The plant cost $40 million to build and was finished three months ahead of schedule, "
                  "thanks to the hard work of a big and well-known local builder.")};
    QTest::newRow("nominal: explicit caption markers")
        << u8("标题\n\n第一段。\n\n图\uFF1A市民在公园散步\n\n图片:夜景\n\n▲ "
              "航拍大桥\n\n↑新落成的体育馆\n\n\uFF08图\uFF09学生在上课\n\n"
              "图为工人正在作业\uFF0C现场一片繁忙。\n\nPhoto: A crowd\n\nPictured: The mayor\n\n第二段。")
        << u8("标题") << none << none << none << none
        << QStringList{u8("P:第一段。"),
                       u8("I:市民在公园散步"),
                       u8("I:夜景"),
                       u8("I:航拍大桥"),
                       u8("I:新落成的体育馆"),
                       u8("I:学生在上课"),
                       u8("I:图为工人正在作业\uFF0C现场一片繁忙。"),
                       u8("I:A crowd"),
                       u8("I:The mayor"),
                       u8("P:第二段。")};
    QTest::newRow("nominal: credits attach to the photo above them") << u8(
        "标题\n\n第一段。\n\n图:工人正在作业\n\uFF08记者 张三 摄\uFF09\n\n图为夜景\n\n摄影\uFF1A李四\n\n第二段。")
                                                                     << u8("标题") << none << none << none << none
                                                                     << QStringList{u8("P:第一段。"),
                                                                                    u8("I:工人正在作业|记者 张三"),
                                                                                    u8("I:图为夜景|李四"),
                                                                                    u8("P:第二段。")};
    QTest::newRow("robustness: a credit line without a photo stays text")
        << u8("标题\n\n第一段。\n\n摄影:李四\n\n第二段。") << u8("标题") << none << none << none << none
        << QStringList{u8("P:第一段。"), u8("P:摄影:李四"), u8("P:第二段。")};
    QTest::newRow("nominal: numbered sub-heads")
        << u8("标题\n\n一、加强组织建设\uFF0C夯实工作基础\n\n正文。\n\n\uFF08二\uFF09广泛开展宣传\n\n正文。\n\n3. "
              "Keep going\n\n正文。")
        << u8("标题") << none << none << none << none
        << QStringList{u8("H2:一、加强组织建设\uFF0C夯实工作基础"),
                       u8("P:正文。"),
                       u8("H2:\uFF08二\uFF09广泛开展宣传"),
                       u8("P:正文。"),
                       u8("H2:3. Keep going"),
                       u8("P:正文。")};
    QTest::newRow("robustness: long numbered line stays a paragraph")
        << u8("标题\n\n一、区妇联始终把组织领导作为创建工作的支撑力。") << u8("标题") << none << none << none
        << none << QStringList{u8("P:一、区妇联始终把组织领导作为创建工作的支撑力。")};
    QTest::newRow("nominal: ordered list on consecutive lines")
        << u8("标题\n\n工作分三步:\n1. 调查\n2、宣传\n\uFF083\uFF09落实\n\n正文。") << u8("标题") << none << none
        << none << none << QStringList{u8("P:工作分三步:"), u8("OL:调查|宣传|落实"), u8("P:正文。")};
    QTest::newRow("nominal: blank-separated numbered list")
        << u8("标题\n\n1. 调查\n\n2. 宣传\n\n3. 落实") << u8("标题") << none << none << none << none
        << QStringList{u8("OL:调查|宣传|落实")};
    QTest::newRow("robustness: blank-separated numbers out of sequence are not one list")
        << u8("标题\n\n1. 调查研究\n\n1. 宣传动员") << u8("标题") << none << none << none << none
        << QStringList{u8("H2:1. 调查研究"), u8("H2:1. 宣传动员")};
    QTest::newRow("nominal: bullet list") << u8("标题\n\n• 苹果\n• 香蕉\n* 橙子") << u8("标题") << none << none
                                          << none << none << QStringList{u8("UL:苹果|香蕉|橙子")};
    QTest::newRow("robustness: a single bullet line stays a paragraph as written")
        << u8("标题\n\n- 只有一项\n\n正文。") << u8("标题") << none << none << none << none
        << QStringList{u8("P:- 只有一项"), u8("P:正文。")};
    QTest::newRow("robustness: numbers that are not list markers")
        << u8("标题\n\n1.5亿元用于改造。\n2022年全面完成。") << u8("标题") << none << none << none << none
        << QStringList{u8("P:1.5亿元用于改造。"), u8("P:2022年全面完成。")};
    QTest::newRow("robustness: wholly quoted line stays a paragraph")
        << u8("标题\n\n“我们一定把这项工作做好”\n\n正文。") << u8("标题") << none << none << none << none
        << QStringList{u8("P:“我们一定把这项工作做好”"), u8("P:正文。")};
    QTest::newRow("robustness: comma line with long clauses is prose")
        << u8("标题\n\n大祥区妇联在西苑公园开展民族团结进步宣传月活动\uFF0C吸引了来自全区各个街道的众多群众前来参"
              "与\n\n正文。")
        << u8("标题") << none << none << none << none
        << QStringList{
               u8("P:"
                  "大祥区妇联在西苑公园开展民族团结进步宣传月活动\uFF0C吸引了来自全区各个街道的众多群众前来参与"),
               u8("P:正文。")};
    QTest::newRow("nominal: very short CJK line is a sub-head, a longer one a caption")
        << u8("标题\n\n工作成效显著\n\n正文。\n\n大祥区妇联在西苑公园开展活动\n\n正文。") << u8("标题") << none
        << none << none << none
        << QStringList{u8("H2:工作成效显著"), u8("P:正文。"), u8("I:大祥区妇联在西苑公园开展活动"),
                       u8("P:正文。")};
    QTest::newRow("nominal: repost disclaimer variants") << u8(
        "标题\n原标题\uFF1A旧的标题\n\n正文。\n\n转载请注明出处\n原文链接\uFF1Ahttps://example.com/a/1.html。")
                                                         << u8("标题") << none << none << none
                                                         << u8("https://example.com/a/1.html")
                                                         << QStringList{u8("P:正文。")};
    QTest::newRow("nominal: bracketed 本文链接 line")
        << u8("标题\n\n正文。\n\n\uFF08本文链接\uFF1Ahttp://news.example.cn/2022/1129/1.html\uFF09") << u8("标题")
        << none << none << none << u8("http://news.example.cn/2022/1129/1.html") << QStringList{u8("P:正文。")};
    QTest::newRow("robustness: non-http link is not canonical")
        << u8("标题\n\n正文。\n\n原文链接:ftp://example.com/x") << u8("标题") << none << none << none << none
        << QStringList{u8("P:正文。")};
    QTest::newRow("nominal: trailing share widgets and page furniture")
        << u8("标题\n\n正文。\n\n分享到\uFF1A\n微信\n分享到2\n分享至微信朋友圈\n返回搜狐\uFF0C查看更多\n阅读原文")
        << u8("标题") << none << none << none << none << QStringList{u8("P:正文。")};
    QTest::newRow("nominal: WeChat furniture around the article")
        << u8("点击上方蓝字关注我们\n\n标题\n\n正文。\n\n点个在看") << u8("标题") << none << none << none << none
        << QStringList{u8("P:正文。")};
    QTest::newRow("robustness: share words inside sentences stay")
        << u8("标题\n\n正文。\n\n分享到朋友圈后引发热议。") << u8("标题") << none << none << none << none
        << QStringList{u8("P:正文。"), u8("P:分享到朋友圈后引发热议。")};
    QTest::newRow("robustness: interview 记者: lines in the body stay")
        << u8("标题\n\n第一段。\n\n记者\uFF1A您为什么选择回乡创业\uFF1F\n\n张三\uFF1A因为家乡需要我。")
        << u8("标题") << none << none << none << none
        << QStringList{u8("P:第一段。"), u8("P:记者\uFF1A您为什么选择回乡创业\uFF1F"),
                       u8("P:张三\uFF1A因为家乡需要我。")};
    QTest::newRow("robustness: English line starting with By that is not a byline")
        << u8("Title\n\nBy the numbers\n\nBody.") << u8("Title") << none << none << none << none
        << QStringList{u8("H2:By the numbers"), u8("P:Body.")};
    QTest::newRow("robustness: lines with only punctuation")
        << u8("标题\n\n\uFF01\uFF01\uFF01\n\n……\n\n-----\n\n。") << u8("标题") << none << none << none << none
        << QStringList{u8("P:\uFF01\uFF01\uFF01"), u8("P:……"), u8("P:。")};
    QTest::newRow("robustness: empty input") << QString() << none << none << none << none << none << QStringList();
    QTest::newRow("robustness: whitespace only")
        << u8(" \n\u3000\u3000\n\t\r\n\u00A0") << none << none << none << none << none << QStringList();
    QTest::newRow("robustness: a single line is the title only")
        << u8("  只有标题 \r\n") << u8("只有标题") << none << none << none << none << QStringList();
    QTest::newRow("robustness: BOM and decorative rules around the title")
        << u8("\uFEFF=====\n标题\n=====\n正文。") << u8("标题") << none << none << none << none
        << QStringList{u8("P:正文。")};
    QTest::newRow("robustness: mixed English and Chinese")
        << u8("iPhone 15发布会在Apple Park举行\n\nApple今天发布了iPhone 15\uFF0C售价5999元起。\n\nTim "
              "Cook说\uFF1A“This is the best iPhone ever.”")
        << u8("iPhone 15发布会在Apple Park举行") << none << none << none << none
        << QStringList{u8("P:Apple今天发布了iPhone 15\uFF0C售价5999元起。"),
                       u8("P:Tim Cook说\uFF1A“This is the best iPhone ever.”")};
    QTest::newRow("robustness: control characters are dropped")
        << (u8("标题\x01\n\n正") + QChar(0) + u8("文\x7f。")) << u8("标题") << none << none << none << none
        << QStringList{u8("P:正文。")};
    QTest::newRow("robustness: Unicode line and paragraph separators")
        << u8("标题\u2028正文。\u2029第二段。") << u8("标题") << none << none << none << none
        << QStringList{u8("P:正文。"), u8("P:第二段。")};
    QTest::newRow("robustness: a date line stays a paragraph")
        << u8("标题\n\n2022年11月29日\n\n正文。") << u8("标题") << none << none << none << none
        << QStringList{u8("P:2022年11月29日"), u8("P:正文。")};
    QTest::newRow("robustness: punctuation is not converted")
        << u8("Title, with comma\n\nHalf-width, comma; and \"quotes\".\n\n全角\uFF0C逗号\uFF1B和“引号”。")
        << u8("Title, with comma") << none << none << none << none
        << QStringList{u8("P:Half-width, comma; and \"quotes\"."), u8("P:全角\uFF0C逗号\uFF1B和“引号”。")};
}

void TstTextImporter::rules()
{
    QFETCH(QString, text);
    QFETCH(QString, title);
    QFETCH(QString, source);
    QFETCH(QString, editor);
    QFETCH(QString, byline);
    QFETCH(QString, canonicalUrl);
    QFETCH(QStringList, blocks);

    const Article article = TextImporter::fromPlainText(text);
    QCOMPARE(describe(article.blocks), blocks);
    QCOMPARE(article.title, title);
    QCOMPARE(article.source, source);
    QCOMPARE(article.editor, editor);
    QCOMPARE(article.byline, byline);
    QCOMPARE(article.canonicalUrl, canonicalUrl);
}

void TstTextImporter::importFile_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("source");
    QTest::addColumn<int>("blockCount");

    const QString sample = test::sampleArticleText();
    const QString title = u8("大祥区妇联多举措全面推进民族团结进步示范创建工作");
    const QString source = u8("大祥区人民政府");
    QString crlf = sample;
    crlf.replace(QLatin1Char('\n'), QStringLiteral("\r\n"));

    QTest::newRow("nominal: UTF-8 without BOM") << encodeText(sample, "UTF-8", false) << title << source << 30;
    QTest::newRow("nominal: UTF-8 with BOM") << encodeText(sample, "UTF-8", true) << title << source << 30;
    QTest::newRow("nominal: UTF-16 LE with BOM") << encodeText(sample, "UTF-16LE", true) << title << source << 30;
    QTest::newRow("nominal: UTF-16 BE with BOM") << encodeText(sample, "UTF-16BE", true) << title << source << 30;
    QTest::newRow("nominal: GB18030 (Windows Notepad, WPS)")
        << encodeText(crlf, "GB18030", false) << title << source << 30;
    QTest::newRow("robustness: UTF-8 with CRLF") << encodeText(crlf, "UTF-8", false) << title << source << 30;
    QTest::newRow("robustness: GB18030 with characters beyond GBK")
        << encodeText(u8("吉𠮷祥\r\n\r\n价格€10。\r\n\r\n来源\uFF1A本报"), "GB18030", false) << u8("吉𠮷祥")
        << u8("本报") << 1;
    QTest::newRow("robustness: UTF-16 LE with an odd trailing byte")
        << encodeText(u8("标题\n\n正文。"), "UTF-16LE", true) + QByteArray(1, 'x') << u8("标题") << QString() << 1;
}

void TstTextImporter::importFile()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, title);
    QFETCH(QString, source);
    QFETCH(int, blockCount);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u8("稿件.txt"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), qint64(bytes.size()));
    file.close();

    Article article;
    QString error;
    QVERIFY2(TextImporter::importFile(path, &article, &error), qPrintable(error));
    QVERIFY(error.isEmpty());
    QCOMPARE(article.title, title);
    QCOMPARE(article.source, source);
    QCOMPARE(article.blocks.size(), blockCount);
    QVERIFY(!article.uuid.isEmpty());
}

void TstTextImporter::importErrors_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");

    QTest::newRow("robustness: empty file") << u8("bytes") << QByteArray() << u8("empty");
    QTest::newRow("robustness: whitespace-only file")
        << u8("bytes") << QByteArray(" \r\n\t\r\n\xE3\x80\x80") << u8("no text");
    QTest::newRow("robustness: BOM only") << u8("bytes") << QByteArray("\xEF\xBB\xBF") << u8("no text");
    QTest::newRow("robustness: binary file (JPEG)")
        << u8("bytes") << test::encode(test::makePhoto(64, 48, 3), "jpeg") << u8("binary");
    QByteArray controls;
    for (int i = 0; i < 400; ++i)
        controls.append(char(1 + i % 8));
    QTest::newRow("robustness: binary without NUL bytes") << u8("bytes") << controls << u8("binary");
    QTest::newRow("robustness: UTF-16 with BOM holding binary")
        << u8("bytes") << QByteArray("\xFF\xFE\x01\x00\x02\x00\x03\x00\x00\x00", 10) << u8("binary");
    QTest::newRow("robustness: missing file") << u8("missing") << QByteArray() << u8("Cannot open");
    QTest::newRow("robustness: folder") << u8("folder") << QByteArray() << u8("folder");
    QTest::newRow("robustness: larger than 20 MB") << u8("large") << QByteArray() << u8("20 MB");
#ifdef Q_OS_UNIX
    QTest::newRow("robustness: a device, not a regular file")
        << u8("device") << QByteArray() << u8("regular file");
#endif
}

void TstTextImporter::importErrors()
{
    QFETCH(QString, kind);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString path = dir.filePath(u8("来稿 %2.txt"));
    if (kind == QLatin1String("device"))
        path = QStringLiteral("/dev/zero");
    if (kind == QLatin1String("bytes") || kind == QLatin1String("large")) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(bytes), qint64(bytes.size()));
        if (kind == QLatin1String("large"))
            QVERIFY(file.resize(TextImporter::MaxFileSize + 1024));
    } else if (kind == QLatin1String("folder")) {
        QVERIFY(QDir(dir.path()).mkdir(u8("来稿 %2.txt")));
    }

    Article article = Article::create(u8("untouched"));
    const Article before = article;
    QString error;
    QVERIFY(!TextImporter::importFile(path, &article, &error));
    QVERIFY2(error.contains(expected), qPrintable(error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
    QVERIFY(article == before);
    QVERIFY(!TextImporter::importFile(path, &article, nullptr));
}

void TstTextImporter::performance_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("minBlocks");
    const int megabyte = 1024 * 1024;

    const QString sample = test::sampleArticleText();
    const QString body = sample.section(QLatin1Char('\n'), 2, -5) + QStringLiteral("\n\n");
    QString repeated = sample.section(QLatin1Char('\n'), 0, 0) + QStringLiteral("\n\n");
    while (repeated.toUtf8().size() < megabyte)
        repeated += body;
    QTest::newRow("robustness: 1 MB of the shared sample's body") << repeated << 1000;

    QString oneLine = u8("标题\n");
    while (oneLine.size() < megabyte / 3)
        oneLine += u8("很长的一行没有换行,");
    QTest::newRow("robustness: 1 MB on a single line") << oneLine << 1;

    QString items = u8("标题\n\n");
    while (items.size() < megabyte / 3)
        items += u8("- 项目\n1. 条目\n");
    QTest::newRow("robustness: 1 MB of alternating list markers") << items << 1000;

    QString heads = u8("标题\n\n");
    while (heads.size() < megabyte / 3)
        heads += u8("工作成效\n\n");
    QTest::newRow("robustness: 1 MB of short lines") << heads << 1000;

    QString wrapped = QStringLiteral("Title\n\n");
    while (wrapped.size() < megabyte)
        wrapped += QStringLiteral("The plant cost $40 million to build and was finished three months\n"
                                  "ahead of schedule, thanks to a local builder in the city of Rome.\n\n");
    QTest::newRow("robustness: 1 MB of hard-wrapped English") << wrapped << 1000;

    QString furniture = u8("标题\n\n正文。\n\n");
    while (furniture.size() < megabyte / 3)
        furniture += u8("分享到\n来源:本报\n");
    QTest::newRow("robustness: 1 MB of trailing furniture") << furniture << 1;
}

void TstTextImporter::performance()
{
    QFETCH(QString, text);
    QFETCH(int, minBlocks);

    QElapsedTimer timer;
    timer.start();
    const Article article = TextImporter::fromPlainText(text);
    const qint64 elapsed = timer.elapsed();
    qInfo("%lld ms for %lld characters, %lld blocks", elapsed, qlonglong(text.size()),
          qlonglong(article.blocks.size()));
    QVERIFY(!article.title.isEmpty());
    QVERIFY(article.blocks.size() >= minBlocks);
    // Speed is the benchmark's business; the time is printed only.
}

QTEST_GUILESS_MAIN(TstTextImporter)
#include "tst_textimporter.moc"
