#include "fixtures/blockdescription.h"
#include "import/markdownimporter.h"
#include "fixtures/testutil.h"

#include <QDir>
#include <QFile>
#include <QStringEncoder>
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

} // namespace

class TstMarkdownImporter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void convert_data();
    void convert();
    void frontMatter();
    void readFile_data();
    void readFile();

private:
    QTemporaryDir m_dir;
};

void TstMarkdownImporter::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("images")));
    QFile photo(m_dir.filePath(u8("images/大桥.jpg")));
    QVERIFY(photo.open(QIODevice::WriteOnly));
    photo.write(test::encode(test::makePhoto(800, 600, 7), "jpeg"));
}

void TstMarkdownImporter::convert_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("nominal: a reporter's Markdown")
        << u8("# 大桥合龙\n\n记者 张三\n\n本报讯 11月29日,**大桥**顺利*合龙*,详见[公告](https://www.example.gov.cn/n/1)。\n\n"
              "## 工程概况\n\n1. 全长1200米\n2. 双向六车道\n\n- 安全\n- 质量\n\n> 建设者说:值得。\n\n"
              "![合龙现场](images/%E5%A4%A7%E6%A1%A5.jpg \"大桥合龙瞬间\")\n\n"
              "![](https://img.example.cn/a.jpg \"远景\")\n\n来源:交通日报\n")
        << u8("大桥合龙")
        << list("P:本报讯 11月29日,**大桥**顺利*合龙*,详见[公告](https://www.example.gov.cn/n/1)。 || H2:工程概况"
                " || OL:全长1200米|双向六车道 || UL:安全|质量 || Q:建设者说:值得。 || IMG:大桥合龙瞬间"
                " || I:远景@https://img.example.cn/a.jpg");
    QTest::newRow("nominal: hard-wrapped Chinese lines join without spaces")
        << u8("标题\n===\n\n县妇联召开\n年度工作会议。\n") << u8("标题") << list("P:县妇联召开年度工作会议。");
    QTest::newRow("nominal: an image's following caption line")
        << u8("# T\n\n![](images/大桥.jpg)\n\n图为大桥合龙现场\n\n正文。\n") << u8("T")
        << list("IMG:图为大桥合龙现场 || P:正文。");
    QTest::newRow("robustness: raw HTML keeps structure only")
        << u8("# T\n\n<script>alert(1)</script>\n\n<p onclick=\"x()\">段落<img src=x onerror=alert(2)></p>\n\n"
              "[点我](javascript:alert(3))\n")
        << u8("T") << list("P:段落 || I:@ || P:点我");
    QTest::newRow("robustness: a missing local image keeps its place and caption")
        << u8("# T\n\n![](images/missing.png \"缺失的图\")\n") << u8("T") << list("I:缺失的图@");
}

void TstMarkdownImporter::convert()
{
    QFETCH(QString, markdown);
    QFETCH(QString, title);
    QFETCH(QStringList, expected);
    const ImportedArticle out = MarkdownImporter::fromMarkdown(markdown, m_dir.path());
    QCOMPARE(out.article.title, title);
    QStringList actual = describe(out.article.blocks);
    // A local file's placeholder records its file URL; compare up to the "@".
    for (QString &line : actual) {
        if (line.contains(QLatin1String("@file:")))
            line = line.section(u'@', 0, 0) + u'@';
    }
    QVERIFY2(actual == expected, qPrintable(actual.join(QStringLiteral(" || "))));
    for (const Block &block : out.article.blocks) {
        if (block.type == Block::Type::Image && !block.isPlaceholder()) {
            QCOMPARE(block.width, 800);
            QCOMPARE(out.media.size(), 1);
        }
    }
}

void TstMarkdownImporter::frontMatter()
{
    const ImportedArticle out = MarkdownImporter::fromMarkdown(
        u8("---\ntitle: \"前置标题\"\nauthor: 记者 李四\nsource: 大象新闻\neditor: 王五\n---\n\n# 正文里的一级标题\n\n正文。\n"), QString());
    QCOMPARE(out.article.title, u8("前置标题"));
    QCOMPARE(out.article.byline, u8("记者 李四"));
    QCOMPARE(out.article.source, u8("大象新闻"));
    QCOMPARE(out.article.editor, u8("王五"));
    QCOMPARE(describe(out.article.blocks), list("H2:正文里的一级标题 || P:正文。"));
}

void TstMarkdownImporter::readFile_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("title");

    const QString text = u8("# 县妇联开会\n\n正文。\n");
    QStringEncoder gb("GB18030");
    QTest::newRow("nominal: UTF-8") << text.toUtf8() << true << u8("县妇联开会");
    QTest::newRow("nominal: UTF-8 with BOM") << QByteArray("\xEF\xBB\xBF") + text.toUtf8() << true << u8("县妇联开会");
    QTest::newRow("nominal: GB18030") << QByteArray(gb.encode(text)) << true << u8("县妇联开会");
    QTest::newRow("robustness: binary data") << QByteArray("# x\0\x01\x02", 6) << false << QString();
}

void TstMarkdownImporter::readFile()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, ok);
    QFETCH(QString, title);
    const QString path = m_dir.filePath(QStringLiteral("copy.md"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
    file.close();
    ImportedArticle out;
    QString error;
    QCOMPARE(MarkdownImporter::read(path, &out, &error), ok);
    if (ok)
        QCOMPARE(out.article.title, title);
    else
        QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(TstMarkdownImporter)
#include "tst_markdownimporter.moc"
