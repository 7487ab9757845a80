#include "export/articleexporter.h"
#include "model/articlejson.h"
#include "export/exportdocument.h"
#include "export/exportformat.h"
#include "text/safefilename.h"
#include "store/store.h"
#include "fixtures/testutil.h"
#include "import/textimporter.h"

#if __has_include("docximporter.h")
#include "import/docximporter.h"
#define COPYDESK_HAS_DOCX_IMPORTER 1
#endif

#include <quazip.h>
#include <quazipfile.h>

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/resource.h>
#endif

using namespace copydesk;

Q_DECLARE_METATYPE(copydesk::ExportFormat::Id)

namespace {

const QString SampleTitle = QStringLiteral("大祥区妇联多举措全面推进民族团结进步示范创建工作");

QString storePhoto(Store *store, int width, int height, int seed)
{
    const QByteArray bytes = test::encode(test::makePhoto(width, height, seed), "jpeg", 90);
    const QString sha = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    QString error;
    if (!store->putMedia({test::decodedImage(bytes, sha, QStringLiteral("image/jpeg"), width, height, QByteArray(), QStringLiteral("photo%1.jpg").arg(seed))}, &error))
        qWarning("putMedia failed: %s", qUtf8Printable(error));
    return sha;
}

// The shared sample with generated photos in all but its last placeholder (one photo used
// twice), plus formatting, a link, lists and a quote the sample lacks.
struct Fixture
{
    QTemporaryDir root;
    Store store;
    QString out;
    Article article;

    bool make(const QString &title = SampleTitle, int photos = 3)
    {
        QString error;
        if (!root.isValid() || !store.open(root.filePath(QStringLiteral("store.sqlite3")), &error))
            return false;
        out = root.filePath(QStringLiteral("out"));
        if (!QDir().mkpath(out))
            return false;
        article = TextImporter::fromPlainText(test::sampleArticleText());
        article.title = title;
        article.editor = QStringLiteral("王芳");
        article.tags = QStringList{QStringLiteral("妇联"), QStringLiteral("民族团结")};
        QStringList shas;
        for (int i = 0; i < photos; ++i)
            shas << storePhoto(&store, i == 1 ? 900 : 1800, i == 1 ? 1350 : 1200, i + 1);
        QList<int> placeholders;
        for (int i = 0; i < article.blocks.size(); ++i) {
            if (article.blocks.at(i).isPlaceholder())
                placeholders << i;
        }
        for (int k = 0; k + 1 < placeholders.size() && !shas.isEmpty(); ++k) {
            Block &block = article.blocks[placeholders.at(k)];
            block.media = shas.at(qMin<qsizetype>(k, shas.size() - 1));
            block.width = 1800;
            block.height = 1200;
            block.credit = QStringLiteral("记者 李晓燕 摄");
        }
        RichText rich(QStringLiteral("加粗 斜体 链接 与 “引号”加粗。第二行"));
        rich.text.replace(QStringLiteral("第二行"), QStringLiteral("\n第二行"));
        rich.marks << TextMark{TextMark::Kind::Bold, 0, 2, {}} << TextMark{TextMark::Kind::Italic, 3, 2, {}}
                   << TextMark{TextMark::Kind::Link, 6, 2, QStringLiteral("https://www.shaoshang.cn/news/173763.html")}
                   << TextMark{TextMark::Kind::Link, 9, 1, QStringLiteral("javascript:alert(1)")}
                   << TextMark{TextMark::Kind::Bold, 11, 7, {}};
        article.blocks.insert(1, Block::paragraph(rich));
        article.blocks.insert(2, Block::list({RichText(QStringLiteral("第一项")), RichText(QStringLiteral("第二项"))}, true));
        article.blocks.insert(3, Block::list({RichText(QStringLiteral("要点")), RichText(QStringLiteral("* 不是列表 #1."))}, false));
        article.blocks.insert(4, Block::quote(RichText(QStringLiteral("民族团结是各族人民的生命线。"))));
        article.blocks.append(Block::heading(RichText(QStringLiteral("三级小标题")), 3));
        return store.insertArticle(&article, &error);
    }

    int count(Block::Type type, int level = 0) const
    {
        int n = 0;
        for (const Block &block : article.blocks)
            n += block.type == type && (level == 0 || block.level == level) ? 1 : 0;
        return n;
    }
    int storedPhotos() const { return article.imageCount() - placeholders(); }
    int distinctPhotos() const { return ExportDocument::photoCount(article); }
    int placeholders() const
    {
        int n = 0;
        for (const Block &block : article.blocks)
            n += block.isPlaceholder() ? 1 : 0;
        return n;
    }
    int revisions() const
    {
        QString error;
        return int(store.revisions(article.id, &error).size());
    }
};

QList<QPair<QString, QByteArray>> unzip(const QString &path)
{
    QList<QPair<QString, QByteArray>> entries;
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdUnzip))
        return entries;
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        entries.append({zip.getCurrentFileName(), file.readAll()});
    }
    return entries;
}

QByteArray entry(const QList<QPair<QString, QByteArray>> &entries, const QString &name)
{
    for (const auto &e : entries) {
        if (e.first == name)
            return e.second;
    }
    return {};
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Elements (qualified name) with an attribute value, counted; the XML must be well-formed.
int countElements(const QByteArray &xml, const QString &name, const QString &attribute = {},
                  const QString &value = {}, bool *wellFormed = nullptr)
{
    QXmlStreamReader reader(xml);
    int n = 0;
    while (!reader.atEnd()) {
        if (reader.readNext() == QXmlStreamReader::StartElement && reader.qualifiedName() == name
            && (attribute.isEmpty() || reader.attributes().value(attribute) == value))
            ++n;
    }
    if (wellFormed)
        *wellFormed = !reader.hasError();
    return reader.hasError() ? -1 : n;
}

QString xmlText(const QByteArray &xml)
{
    QXmlStreamReader reader(xml);
    QString text;
    while (!reader.atEnd()) {
        if (reader.readNext() == QXmlStreamReader::Characters)
            text += reader.text();
    }
    return text;
}

QStringList entriesOf(const QString &dir)
{
    QStringList entries;
    QDirIterator it(dir, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        entries << QDir(dir).relativeFilePath(it.next());
    entries.sort();
    return entries;
}

QStringList nuCheckerCommand()
{
    const QString java = QStandardPaths::findExecutable(QStringLiteral("java"));
    const QString jar = qEnvironmentVariable("VNU_JAR");
    if (java.isEmpty() || jar.isEmpty() || !QFileInfo(jar).isFile())
        return {};
    return {java, QStringLiteral("-jar"), jar};
}

bool run(const QString &program, const QStringList &arguments, QString *output, int timeoutMs = 120000)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        *output = QStringLiteral("timed out");
        return false;
    }
    *output = QString::fromUtf8(process.readAll());
    return process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

} // namespace

// Every core export format from the shared sample: structure, validity against the standards,
// names and safety.
class TstArticleExporter : public QObject
{
    Q_OBJECT

private slots:
    void formats_data();
    void formats();
    void schemas_data();
    void schemas();
    void nuChecker_data();
    void nuChecker();
    void libreOffice_data();
    void libreOffice();
    void jsonRoundTrip();
    void docxReimport();
    void weChatFragment();
    void weChatCopyCarriesTheCrop();
    void hostileTitles_data();
    void hostileTitles();
    void overwrite_data();
    void overwrite();
    void refusedTargets_data();
    void refusedTargets();
    void readOnlyFolder_data();
    void readOnlyFolder();
    void cancel_data();
    void cancel();
    void missingPhoto();
    void writeFails_data();
    void writeFails();
    void hostileText_data();
    void hostileText();
    void pdfUnavailable();
};

void TstArticleExporter::formats_data()
{
    QTest::addColumn<ExportFormat::Id>("format");
    for (const ExportFormat::Id format : ExportFormat::all()) {
        if (format != ExportFormat::Pdf)
            QTest::newRow(qPrintable(QStringLiteral("nominal: ") + ExportFormat::name(format))) << format;
    }
}

void TstArticleExporter::formats()
{
    QFETCH(ExportFormat::Id, format);
    Fixture f;
    QVERIFY(f.make());
    const int revisionsBefore = f.revisions();
    QList<QPair<int, int>> steps;
    QString path, error;
    QVERIFY2(ArticleExporter().exportArticle(&f.store, f.article.id, format, f.out, {}, &path, &error,
                                             [&steps](int done, int total) {
                                                 steps.append({done, total});
                                                 return true;
                                             }),
             qPrintable(error));
    QVERIFY(error.isEmpty());
    const QString name = SafeFileName::fromTitle(SampleTitle);
    QCOMPARE(QFileInfo(path).fileName(), ExportFormat::outputName(format, name));
    QCOMPARE(QFileInfo(path).absolutePath(), QFileInfo(f.out).absoluteFilePath());
    QVERIFY(QFileInfo(path).size() > 0 || QFileInfo(path).isDir());
    QVERIFY(!steps.isEmpty());
    QCOMPARE(steps.last().first, steps.last().second);
    for (int i = 1; i < steps.size(); ++i)
        QVERIFY(steps.at(i).first >= steps.at(i - 1).first);

    // One revision "exported to …" more.
    QString revisionError;
    const QList<RevisionInfo> revisions = f.store.revisions(f.article.id, &revisionError);
    QCOMPARE(int(revisions.size()), revisionsBefore + 1);
    QCOMPARE(revisions.first().reason, ExportFormat::revisionReason(format));

    // Nothing but the output (and for md/nitf/newsml the shared images/) is left in the folder.
    const QStringList top = QDir(f.out).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    QStringList expected{QFileInfo(path).fileName()};
    if (ExportFormat::hasImageFiles(format))
        expected << QStringLiteral("images");
    expected.sort();
    QCOMPARE(top, expected);

    const int photos = f.storedPhotos();
    const QByteArray bytes = QFileInfo(path).isFile() ? readFile(path) : QByteArray();
    const QString text = QString::fromUtf8(bytes);
    switch (format) {
    case ExportFormat::Html:
        QVERIFY(QFile::exists(QDir(path).filePath(QStringLiteral("index.html"))));
        QCOMPARE(revisions.first().reason, QStringLiteral("exported to HTML"));
        break;
    case ExportFormat::HtmlZip: {
        const auto entries = unzip(path);
        QVERIFY(!entries.isEmpty());
        const QString html = QString::fromUtf8(entry(entries, name + QStringLiteral("/index.html")));
        QVERIFY(html.contains(SampleTitle));
        QVERIFY(!entry(entries, name + QStringLiteral("/style.css")).isEmpty());
        QVERIFY(!QImage::fromData(entry(entries, name + QStringLiteral("/images/01.jpg"))).isNull());
        for (const auto &e : entries)
            QVERIFY2(e.first.startsWith(name + QLatin1Char('/')) && !e.first.contains(QStringLiteral("..")), qPrintable(e.first));
        break;
    }
    case ExportFormat::HtmlSingle:
        QVERIFY(text.startsWith(QLatin1String("<!DOCTYPE html>")));
        QVERIFY(text.contains(QLatin1String("<style>")));
        QVERIFY(!text.contains(QLatin1String("<link rel=\"stylesheet\"")));
        QCOMPARE(int(text.count(QStringLiteral("src=\"data:image/jpeg;base64,"))), f.storedPhotos());
        QVERIFY(!text.contains(QLatin1String("src=\"images/")));
        QVERIFY(text.contains(QStringLiteral("大祥区妇联在西苑公园开展民族团结进步宣传月活动")));
        break;
    case ExportFormat::Docx: {
        const auto entries = unzip(path);
        QCOMPARE(entries.first().first, QStringLiteral("[Content_Types].xml"));
        const QByteArray document = entry(entries, QStringLiteral("word/document.xml"));
        bool wellFormed = false;
        QCOMPARE(countElements(document, QStringLiteral("w:pStyle"), QStringLiteral("w:val"), QStringLiteral("Heading2"), &wellFormed),
                 f.count(Block::Type::Heading, 2));
        QVERIFY(wellFormed);
        QCOMPARE(countElements(document, QStringLiteral("w:pStyle"), QStringLiteral("w:val"), QStringLiteral("Heading3")),
                 f.count(Block::Type::Heading, 3));
        QCOMPARE(countElements(document, QStringLiteral("a:blip")), photos);
        QCOMPARE(countElements(document, QStringLiteral("w:pStyle"), QStringLiteral("w:val"), QStringLiteral("Caption")),
                 f.article.imageCount());
        QCOMPARE(countElements(document, QStringLiteral("w:hyperlink")), 1);
        QCOMPARE(countElements(document, QStringLiteral("w:numId"), QStringLiteral("w:val"), QStringLiteral("2")), 2);
        QCOMPARE(countElements(document, QStringLiteral("w:numId"), QStringLiteral("w:val"), QStringLiteral("1")), 2);
        QVERIFY(xmlText(document).contains(SampleTitle));
        QVERIFY(xmlText(document).contains(QStringLiteral("大祥区妇联在西苑公园开展民族团结进步宣传月活动 记者 李晓燕 摄")));
        QVERIFY(!xmlText(document).contains(QStringLiteral("javascript")));
        const QByteArray rels = entry(entries, QStringLiteral("word/_rels/document.xml.rels"));
        QVERIFY(rels.contains("https://www.shaoshang.cn/news/173763.html"));
        QVERIFY(!rels.contains("javascript"));
        const QByteArray styles = entry(entries, QStringLiteral("word/styles.xml"));
        QVERIFY(styles.contains("w:styleId=\"Heading2\""));
        QVERIFY(styles.contains("w:val=\"heading 2\""));
        QVERIFY(styles.contains("w:val=\"caption\""));
        QVERIFY(countElements(entry(entries, QStringLiteral("word/numbering.xml")), QStringLiteral("w:num")) >= 2);
        QVERIFY(!QImage::fromData(entry(entries, QStringLiteral("word/media/image1.jpg"))).isNull());
        for (const char *part : {"_rels/.rels", "docProps/core.xml", "word/styles.xml"})
            QVERIFY2(countElements(entry(entries, QLatin1String(part)), QStringLiteral("dummy")) == 0, part);
        break;
    }
    case ExportFormat::Odt: {
        const auto entries = unzip(path);
        QCOMPARE(entries.first().first, QStringLiteral("mimetype"));
        QCOMPARE(entries.first().second, QByteArray("application/vnd.oasis.opendocument.text"));
        const QByteArray content = entry(entries, QStringLiteral("content.xml"));
        bool wellFormed = false;
        QCOMPARE(countElements(content, QStringLiteral("text:h"), QStringLiteral("text:outline-level"), QStringLiteral("2"), &wellFormed),
                 f.count(Block::Type::Heading, 2));
        QVERIFY(wellFormed);
        QCOMPARE(countElements(content, QStringLiteral("draw:image")), photos);
        QCOMPARE(countElements(content, QStringLiteral("text:p"), QStringLiteral("text:style-name"), QStringLiteral("Caption")),
                 f.article.imageCount());
        QCOMPARE(countElements(content, QStringLiteral("text:list")), 2);
        QCOMPARE(countElements(content, QStringLiteral("text:a")), 1);
        QVERIFY(xmlText(content).contains(SampleTitle));
        const QByteArray manifest = entry(entries, QStringLiteral("META-INF/manifest.xml"));
        for (const auto &e : entries) {
            if (e.first.startsWith(QLatin1String("Pictures/"))) {
                QVERIFY(manifest.contains(e.first.toUtf8()));
                QVERIFY(!QImage::fromData(e.second).isNull());
            }
        }
        QVERIFY(countElements(entry(entries, QStringLiteral("styles.xml")), QStringLiteral("style:style")) > 5);
        break;
    }
    case ExportFormat::Markdown: {
        QVERIFY(text.startsWith(QStringLiteral("# ") + SampleTitle + QLatin1Char('\n')));
        static const QRegularExpression image(QStringLiteral("^!\\[[^\\n]*\\]\\((images/[0-9a-f]{16}\\.jpg)\\)\\n\\n(?:\\*|<em>)([^\\n]+?)(?:\\*|</em>)$"),
                                              QRegularExpression::MultilineOption);
        int images = 0;
        auto matches = image.globalMatch(text);
        while (matches.hasNext()) {
            const QRegularExpressionMatch m = matches.next();
            ++images;
            const QString file = QDir(f.out).filePath(m.captured(1));
            QVERIFY2(!QImage(file).isNull(), qPrintable(file));
            QVERIFY(m.captured(2).endsWith(QStringLiteral("记者 李晓燕 摄")));
        }
        QCOMPARE(images, f.article.imageCount() - f.placeholders());
        QCOMPARE(int(text.count(QRegularExpression(QStringLiteral("^## "), QRegularExpression::MultilineOption))),
                 f.count(Block::Type::Heading, 2));
        QVERIFY(text.contains(QStringLiteral("**加粗**")));
        QVERIFY(text.contains(QStringLiteral("*斜体*")));
        QVERIFY(text.contains(QStringLiteral("[链接](<https://www.shaoshang.cn/news/173763.html>)")));
        QVERIFY(text.contains(QStringLiteral("1. 第一项\n2. 第二项")));
        QVERIFY(text.contains(QStringLiteral("- \\* 不是列表 \\#1.")));
        QVERIFY(text.contains(QStringLiteral("<strong>“引号”加粗。</strong>")));
        QVERIFY(!text.contains(QStringLiteral("javascript")));
        break;
    }
    case ExportFormat::Json: {
        Article back;
        QVERIFY2(ArticleJson::fromJson(bytes, &back, &error), qPrintable(error));
        Article stored;
        QVERIFY(f.store.loadArticle(f.article.id, &stored, &error));
        QCOMPARE(back, stored);
        QCOMPARE(bytes, ArticleJson::toJson(stored));
        break;
    }
    case ExportFormat::Nitf:
    case ExportFormat::NewsMl: {
        bool wellFormed = false;
        QCOMPARE(countElements(bytes, QStringLiteral("media-reference"), {}, {}, &wellFormed), photos);
        QVERIFY(wellFormed);
        QCOMPARE(countElements(bytes, QStringLiteral("media-caption")), photos);
        QCOMPARE(countElements(bytes, QStringLiteral("media-producer")), photos);
        QCOMPARE(countElements(bytes, QStringLiteral("hl2")),
                 f.count(Block::Type::Heading) + (f.article.subtitle.isEmpty() ? 0 : 1));
        static const QRegularExpression source(QStringLiteral("(?:source|href)=\"(images/[0-9a-f]{16}\\.jpg)\""));
        auto matches = source.globalMatch(text);
        int references = 0;
        while (matches.hasNext()) {
            ++references;
            QVERIFY(!QImage(QDir(f.out).filePath(matches.next().captured(1))).isNull());
        }
        QVERIFY(references >= photos);
        if (format == ExportFormat::NewsMl) {
            QCOMPARE(countElements(bytes, QStringLiteral("remoteContent")), f.distinctPhotos());
            QCOMPARE(countElements(bytes, QStringLiteral("partMeta")), countElements(bytes, QStringLiteral("remoteContent")));
            QCOMPARE(countElements(bytes, QStringLiteral("description"), QStringLiteral("role"), QStringLiteral("drol:caption")),
                     countElements(bytes, QStringLiteral("remoteContent")));
        }
        break;
    }
    case ExportFormat::WeChat:
        QVERIFY(text.contains(SampleTitle));
        QVERIFY(!text.contains(QLatin1String("class=")));
        QVERIFY(!text.contains(QLatin1String("<style")));
        QVERIFY(!text.contains(QLatin1String("<link")));
        QVERIFY(!text.contains(QLatin1String("<script")));
        QVERIFY(!text.contains(QLatin1String("<a ")));
        QCOMPARE(int(text.count(QStringLiteral("src=\"data:image/jpeg;base64,"))), photos);
        QVERIFY(text.contains(QStringLiteral("(https://www.shaoshang.cn/news/173763.html)")));
        break;
    case ExportFormat::Pdf:
        QFAIL("not a core format");
    }
}

void TstArticleExporter::schemas_data()
{
    QTest::addColumn<ExportFormat::Id>("format");
    QTest::addColumn<QString>("schema");
    QTest::addColumn<QString>("title");
    QTest::newRow("nominal: NITF 3.6") << ExportFormat::Nitf << QStringLiteral("standards/nitf-3.6/nitf-3-6.xsd") << SampleTitle;
    QTest::newRow("nominal: NewsML-G2 2.35") << ExportFormat::NewsMl
                                             << QStringLiteral("standards/newsml-g2-2.35/NewsML-G2_2.35-spec-All-Power.xsd")
                                             << SampleTitle;
    QTest::newRow("robustness: NITF, markup and controls in the title")
        << ExportFormat::Nitf << QStringLiteral("standards/nitf-3.6/nitf-3-6.xsd")
        << QStringLiteral("<nitf>&amp; \"引号\" \x01\x7f]]>");
    QTest::newRow("robustness: NewsML-G2, empty title") << ExportFormat::NewsMl
                                                         << QStringLiteral("standards/newsml-g2-2.35/NewsML-G2_2.35-spec-All-Power.xsd")
                                                         << QString();
}

void TstArticleExporter::schemas()
{
    QFETCH(ExportFormat::Id, format);
    QFETCH(QString, schema);
    QFETCH(QString, title);
    const QString xmllint = QStandardPaths::findExecutable(QStringLiteral("xmllint"));
    if (xmllint.isEmpty())
        QSKIP("xmllint is not installed");
    Fixture f;
    QVERIFY(f.make(title));
    QString path, error;
    QVERIFY2(ArticleExporter().exportArticle(&f.store, f.article.id, format, f.out, {}, &path, &error), qPrintable(error));
    QString output;
    const bool valid = run(xmllint, {QStringLiteral("--noout"), QStringLiteral("--schema"), test::sharedPath(schema), path}, &output);
    QVERIFY2(valid, qPrintable(output));
    QVERIFY(output.contains(QLatin1String("validates")));
}

void TstArticleExporter::nuChecker_data()
{
    QTest::addColumn<ExportFormat::Id>("format");
    QTest::newRow("nominal: single-file HTML") << ExportFormat::HtmlSingle;
    QTest::newRow("nominal: WeChat page") << ExportFormat::WeChat;
}

void TstArticleExporter::nuChecker()
{
    QFETCH(ExportFormat::Id, format);
    const QStringList command = nuCheckerCommand();
    if (command.isEmpty())
        QSKIP("the Nu HTML checker is not available (set VNU_JAR and install java)");
    Fixture f;
    QVERIFY(f.make());
    QString path, error;
    QVERIFY2(ArticleExporter().exportArticle(&f.store, f.article.id, format, f.out, {}, &path, &error), qPrintable(error));
    QString output;
    const bool valid = run(command.first(), command.mid(1) + QStringList{QStringLiteral("--errors-only"), path}, &output);
    QVERIFY2(valid, qPrintable(output));
}

void TstArticleExporter::libreOffice_data()
{
    QTest::addColumn<ExportFormat::Id>("format");
    QTest::newRow("nominal: docx") << ExportFormat::Docx;
    QTest::newRow("nominal: odt") << ExportFormat::Odt;
}

// LibreOffice opens the file and finds its text, captions and photos (converted to HTML, the
// photos come out as image files).
void TstArticleExporter::libreOffice()
{
    QFETCH(ExportFormat::Id, format);
    const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    if (soffice.isEmpty())
        QSKIP("LibreOffice is not installed");
    Fixture f;
    QVERIFY(f.make());
    QString path, error;
    QVERIFY2(ArticleExporter().exportArticle(&f.store, f.article.id, format, f.out, {}, &path, &error), qPrintable(error));
    QTemporaryDir profile, converted;
    QString output;
    const bool ok = run(soffice, {QStringLiteral("-env:UserInstallation=") + QUrl::fromLocalFile(profile.path()).toString(),
                                  QStringLiteral("--headless"), QStringLiteral("--convert-to"), QStringLiteral("txt:Text (encoded):UTF8"),
                                  QStringLiteral("--outdir"), converted.path(), path},
                        &output, 240000);
    QVERIFY2(ok, qPrintable(output));
    const QString text = QString::fromUtf8(readFile(QDir(converted.path()).filePath(QFileInfo(path).completeBaseName() + QStringLiteral(".txt"))));
    QVERIFY2(text.contains(SampleTitle), qPrintable(output));
    QVERIFY(text.contains(QStringLiteral("切实加强组织建设")));
    QVERIFY(text.contains(QStringLiteral("大祥区妇联在西苑公园开展民族团结进步宣传月活动 记者 李晓燕 摄")));
    QVERIFY(text.contains(QStringLiteral("来源：大祥区人民政府")));

    // And as PDF: one page image per photo at least.
    QVERIFY(run(soffice, {QStringLiteral("-env:UserInstallation=") + QUrl::fromLocalFile(profile.path()).toString(),
                          QStringLiteral("--headless"), QStringLiteral("--convert-to"), QStringLiteral("pdf"),
                          QStringLiteral("--outdir"), converted.path(), path},
                &output, 240000));
    const QString pdf = QDir(converted.path()).filePath(QFileInfo(path).completeBaseName() + QStringLiteral(".pdf"));
    QVERIFY2(QFileInfo(pdf).size() > 50000, qPrintable(output)); // the photos are in it
}

// JSON export → ArticleJson import reproduces the article; the CLI round trip is in tst_cliexport.
void TstArticleExporter::jsonRoundTrip()
{
    Fixture f;
    QVERIFY(f.make());
    QString path, error;
    QVERIFY(ArticleExporter().exportArticle(&f.store, f.article.id, ExportFormat::Json, f.out, {}, &path, &error));
    Article back;
    QVERIFY(ArticleJson::fromJson(readFile(path), &back, &error));
    // A fresh identity, as copydesk-cli import gives it (uuids are unique in a store).
    back.id = 0;
    back.uuid.clear();
    QVERIFY2(f.store.insertArticle(&back, &error), qPrintable(error));
    const QString again = QDir(f.out).filePath(QStringLiteral("again"));
    QVERIFY(QDir().mkpath(again));
    QString path2;
    QVERIFY(ArticleExporter().exportArticle(&f.store, back.id, ExportFormat::Json, again, {}, &path2, &error));
    QJsonObject first = QJsonDocument::fromJson(readFile(path)).object();
    QJsonObject second = QJsonDocument::fromJson(readFile(path2)).object();
    QVERIFY(first.contains(QStringLiteral("uuid")));
    QVERIFY(first.value(QStringLiteral("uuid")) != second.value(QStringLiteral("uuid")));
    for (const QString &key : {QStringLiteral("id"), QStringLiteral("uuid")}) {
        first.remove(key);
        second.remove(key);
    }
    QCOMPARE(first, second);
}

// The docx importer reads the export back: title, sub-heads, photos with their captions.
void TstArticleExporter::docxReimport()
{
#ifdef COPYDESK_HAS_DOCX_IMPORTER
    Fixture f;
    QVERIFY(f.make());
    QString path, error;
    QVERIFY(ArticleExporter().exportArticle(&f.store, f.article.id, ExportFormat::Docx, f.out, {}, &path, &error));
    ImportedArticle imported;
    QVERIFY2(DocxImporter::read(path, &imported, &error), qPrintable(error));
    const Article &back = imported.article;
    QCOMPARE(back.title, SampleTitle);
    QStringList headings, captions;
    int photos = 0;
    for (const Block &block : back.blocks) {
        if (block.type == Block::Type::Heading)
            headings << block.text.text;
        if (block.type == Block::Type::Image && !block.isPlaceholder()) {
            ++photos;
            captions << block.caption;
        }
    }
    QStringList expectedHeadings;
    for (const Block &block : f.article.blocks) {
        if (block.type == Block::Type::Heading)
            expectedHeadings << block.text.text;
    }
    QCOMPARE(headings, expectedHeadings);
    QCOMPARE(photos, f.storedPhotos());
    QVERIFY2(captions.join(QLatin1Char('|')).contains(QStringLiteral("大祥区妇联在西苑公园开展民族团结进步宣传月活动")),
             qPrintable(captions.join(QLatin1Char('|'))));
#else
    QSKIP("no docx importer in this build (core/docximporter.h)");
#endif
}

void TstArticleExporter::weChatFragment()
{
    Fixture f;
    QVERIFY(f.make());
    QString html, error;
    QVERIFY2(ArticleExporter::weChatHtml(f.store, f.article.id, {}, &html, &error), qPrintable(error));
    QVERIFY(html.startsWith(QLatin1String("<section style=\"")));
    QVERIFY(html.trimmed().endsWith(QLatin1String("</section>")));
    QVERIFY(!html.contains(QLatin1String("<html")));
    // Every element carries its own style.
    static const QRegularExpression tag(QStringLiteral("<(?!/|br>)(\\w+)([^>]*)>"));
    auto matches = tag.globalMatch(html);
    while (matches.hasNext()) {
        const QRegularExpressionMatch m = matches.next();
        QVERIFY2(m.captured(2).contains(QLatin1String("style=\"")), qPrintable(m.captured(0).left(80)));
    }
    QVERIFY(!ArticleExporter::weChatHtml(f.store, 999999, {}, &html, &error));
    QVERIFY(!error.isEmpty());
}

// The crop and turn kept in a photo block reach the photos inlined in the WeChat copy.
void TstArticleExporter::weChatCopyCarriesTheCrop()
{
    Fixture f;
    QVERIFY(f.make(SampleTitle, 1));
    Article article;
    QString error;
    QVERIFY2(f.store.loadArticle(f.article.id, &article, &error), qPrintable(error));
    int cropped = 0;
    for (Block &block : article.blocks) {
        if (block.type == Block::Type::Image && !block.isPlaceholder()) {
            block.rotation = 90;                  // 1800×1200 stands up: 1200×1800
            block.crop = QRectF(0, 0, 1, 0.5);    // its top half: 1200×900
            ++cropped;
        }
    }
    QVERIFY(cropped > 0);
    QVERIFY2(f.store.saveArticle(&article, &error), qPrintable(error));

    QString html;
    QVERIFY2(ArticleExporter::weChatHtml(f.store, f.article.id, {}, &html, &error), qPrintable(error));
    static const QRegularExpression dataUri(QStringLiteral("src=\"data:image/[a-z]+;base64,([A-Za-z0-9+/=]+)\""));
    int images = 0;
    for (auto matches = dataUri.globalMatch(html); matches.hasNext(); ++images) {
        QImage image;
        QVERIFY(image.loadFromData(QByteArray::fromBase64(matches.next().captured(1).toLatin1())));
        QCOMPARE(image.size(), QSize(1200, 900));
    }
    QCOMPARE(images, cropped);
}

void TstArticleExporter::hostileTitles_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<ExportFormat::Id>("format");
    const QList<QPair<const char *, QString>> titles{
        {"path traversal", QStringLiteral("../../etc/passwd")},
        {"reserved name", QStringLiteral("CON")},
        {"separators", QStringLiteral("a/b\\c:d")},
        {"only spaces", QStringLiteral("   ")},
        {"300-character CJK title", QString(300, QChar(0x56e2))},
        {"markup", QStringLiteral("<script>alert(1)</script>")},
        {"dots", QStringLiteral("..")},
    };
    for (const auto &title : titles) {
        for (const ExportFormat::Id format : {ExportFormat::Markdown, ExportFormat::Docx, ExportFormat::Nitf, ExportFormat::HtmlZip}) {
            QTest::newRow(qPrintable(QStringLiteral("robustness: %1, %2").arg(QLatin1String(title.first), ExportFormat::name(format))))
                << title.second << format;
        }
    }
}

void TstArticleExporter::hostileTitles()
{
    QFETCH(QString, title);
    QFETCH(ExportFormat::Id, format);
    Fixture f;
    QVERIFY(f.make(title, 1));
    QString path, error;
    QVERIFY2(ArticleExporter().exportArticle(&f.store, f.article.id, format, f.out, {}, &path, &error), qPrintable(error));
    QVERIFY(SafeFileName::isInside(f.out, path));
    QCOMPARE(QFileInfo(path).absolutePath(), QFileInfo(f.out).absoluteFilePath());
    QCOMPARE(QFileInfo(path).fileName(), ExportFormat::outputName(format, SafeFileName::fromTitle(title)));
    QVERIFY(QFileInfo(path).isFile());
    QVERIFY(QFileInfo(path).fileName().toUtf8().size() <= 120);
    // Nothing was written beside the chosen folder.
    const QStringList beside = QDir(f.root.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);
    for (const QString &name : beside)
        QVERIFY2(name == QLatin1String("out") || name.startsWith(QLatin1String("store.sqlite3")), qPrintable(name));
}

void TstArticleExporter::overwrite_data()
{
    QTest::addColumn<ExportFormat::Id>("format");
    for (const ExportFormat::Id format : {ExportFormat::HtmlSingle, ExportFormat::Docx, ExportFormat::Odt, ExportFormat::Markdown,
                                          ExportFormat::Json, ExportFormat::NewsMl, ExportFormat::HtmlZip})
        QTest::newRow(qPrintable(QStringLiteral("nominal: ") + ExportFormat::name(format))) << format;
}

void TstArticleExporter::overwrite()
{
    QFETCH(ExportFormat::Id, format);
    Fixture f;
    QVERIFY(f.make(SampleTitle, 1));
    QString path, error;
    QVERIFY(ArticleExporter().exportArticle(&f.store, f.article.id, format, f.out, {}, &path, &error));
    // A second export refuses to replace it, and leaves it as it was.
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("an editor's changes");
    file.close();
    const int revisions = f.revisions();
    QString second;
    QVERIFY(!ArticleExporter().exportArticle(&f.store, f.article.id, format, f.out, {}, &second, &error));
    QVERIFY2(error.contains(QLatin1String("already exists")), qPrintable(error));
    QCOMPARE(readFile(path), QByteArray("an editor's changes"));
    QCOMPARE(f.revisions(), revisions);
    ArticleExporter::Options options;
    options.overwrite = true;
    QVERIFY2(ArticleExporter().exportArticle(&f.store, f.article.id, format, f.out, options, &second, &error), qPrintable(error));
    QCOMPARE(second, path);
    QVERIFY(readFile(path) != QByteArray("an editor's changes"));
    QVERIFY(readFile(path).size() > 100);
}

void TstArticleExporter::refusedTargets_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("robustness: a folder of that name") << QStringLiteral("folder");
    QTest::newRow("robustness: a symlink to a file elsewhere") << QStringLiteral("symlink");
    QTest::newRow("robustness: a dangling symlink") << QStringLiteral("dangling");
}

// Even with overwrite, only a plain file is replaced: never a folder or through a symlink.
void TstArticleExporter::refusedTargets()
{
    QFETCH(QString, kind);
    Fixture f;
    QVERIFY(f.make(SampleTitle, 1));
    const QString target = QDir(f.out).filePath(ExportFormat::outputName(ExportFormat::Docx, SafeFileName::fromTitle(SampleTitle)));
    const QString elsewhere = f.root.filePath(QStringLiteral("precious.txt"));
    QFile precious(elsewhere);
    QVERIFY(precious.open(QIODevice::WriteOnly));
    precious.write("keep me");
    precious.close();
    if (kind == QLatin1String("folder"))
        QVERIFY(QDir().mkpath(target));
    else
        QVERIFY(QFile::link(kind == QLatin1String("symlink") ? elsewhere : f.root.filePath(QStringLiteral("nowhere")), target));
    ArticleExporter::Options options;
    options.overwrite = true;
    QString path, error;
    QVERIFY(!ArticleExporter().exportArticle(&f.store, f.article.id, ExportFormat::Docx, f.out, options, &path, &error));
    QVERIFY2(error.contains(QLatin1String("not a plain file")), qPrintable(error));
    QCOMPARE(readFile(elsewhere), QByteArray("keep me"));
    QVERIFY(QFileInfo(target).isDir() || QFileInfo(target).isSymLink());
}

void TstArticleExporter::readOnlyFolder_data()
{
    QTest::addColumn<ExportFormat::Id>("format");
    for (const ExportFormat::Id format : {ExportFormat::Docx, ExportFormat::Markdown, ExportFormat::Json, ExportFormat::HtmlZip})
        QTest::newRow(qPrintable(QStringLiteral("robustness: ") + ExportFormat::name(format))) << format;
}

void TstArticleExporter::readOnlyFolder()
{
    QFETCH(ExportFormat::Id, format);
    Fixture f;
    QVERIFY(f.make(SampleTitle, 1));
    Article before;
    QString error;
    QVERIFY(f.store.loadArticle(f.article.id, &before, &error));
    const int revisions = f.revisions();
    QVERIFY(QFile::setPermissions(f.out, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    QString path;
    const bool ok = ArticleExporter().exportArticle(&f.store, f.article.id, format, f.out, {}, &path, &error);
    QFile::setPermissions(f.out, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QVERIFY(!ok);
    QVERIFY2(error.contains(QLatin1String("read-only")), qPrintable(error));
    QVERIFY(entriesOf(f.out).isEmpty());
    Article after;
    QVERIFY(f.store.loadArticle(f.article.id, &after, &error));
    QCOMPARE(after, before);
    QCOMPARE(f.revisions(), revisions);
}

void TstArticleExporter::cancel_data()
{
    QTest::addColumn<ExportFormat::Id>("format");
    QTest::addColumn<int>("stopAt");
    QTest::newRow("robustness: docx at the start") << ExportFormat::Docx << 0;
    QTest::newRow("robustness: docx after a photo") << ExportFormat::Docx << 1;
    QTest::newRow("robustness: odt before writing") << ExportFormat::Odt << 3;
    QTest::newRow("robustness: markdown after a photo") << ExportFormat::Markdown << 1;
    QTest::newRow("robustness: zip after a photo") << ExportFormat::HtmlZip << 1;
}

void TstArticleExporter::cancel()
{
    QFETCH(ExportFormat::Id, format);
    QFETCH(int, stopAt);
    Fixture f;
    QVERIFY(f.make());
    const int revisions = f.revisions();
    QString path, error;
    const bool ok = ArticleExporter().exportArticle(&f.store, f.article.id, format, f.out, {}, &path, &error,
                                                    [stopAt](int done, int) { return done < stopAt; });
    QVERIFY(!ok);
    QVERIFY2(error.contains(QLatin1String("cancelled")), qPrintable(error));
    QVERIFY2(entriesOf(f.out).isEmpty(), qPrintable(entriesOf(f.out).join(QLatin1Char(' '))));
    QCOMPARE(f.revisions(), revisions);
}

void TstArticleExporter::missingPhoto()
{
    Fixture f;
    QVERIFY(f.make(SampleTitle, 1));
    Article article = f.article;
    article.blocks.append(Block::image(QString(64, QLatin1Char('a')), 100, 100, QStringLiteral("丢失的照片")));
    QString error;
    QVERIFY(f.store.saveArticle(&article, &error));
    QString path;
    QVERIFY(!ArticleExporter().exportArticle(&f.store, f.article.id, ExportFormat::Docx, f.out, {}, &path, &error));
    QVERIFY2(error.contains(QStringLiteral("丢失的照片")), qPrintable(error));
    QVERIFY(entriesOf(f.out).isEmpty());
    QVERIFY(!ArticleExporter().exportArticle(&f.store, 424242, ExportFormat::Json, f.out, {}, &path, &error));
    QVERIFY(error.contains(QLatin1String("424242")));
}

void TstArticleExporter::writeFails_data()
{
    QTest::addColumn<ExportFormat::Id>("format");
    for (const ExportFormat::Id format : {ExportFormat::Docx, ExportFormat::HtmlSingle, ExportFormat::Markdown})
        QTest::newRow(qPrintable(QStringLiteral("robustness: disk full while writing ") + ExportFormat::name(format))) << format;
}

// A write that fails midway (here a file size limit, as a full disk would) leaves no file, no
// temporary file and an untouched store.
void TstArticleExporter::writeFails()
{
#ifdef Q_OS_LINUX
    QFETCH(ExportFormat::Id, format);
    Fixture f;
    QVERIFY(f.make());
    Article before;
    QString error;
    QVERIFY(f.store.loadArticle(f.article.id, &before, &error));
    const int revisions = f.revisions();
    rlimit old{};
    QVERIFY(getrlimit(RLIMIT_FSIZE, &old) == 0);
    const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
    rlimit limited = old;
    limited.rlim_cur = 8 * 1024; // every output here is larger
    QVERIFY(setrlimit(RLIMIT_FSIZE, &limited) == 0);
    QString path;
    const bool ok = ArticleExporter().exportArticle(&f.store, f.article.id, format, f.out, {}, &path, &error);
    setrlimit(RLIMIT_FSIZE, &old);
    std::signal(SIGXFSZ, oldHandler);
    QVERIFY(!ok);
    QVERIFY2(error.contains(QLatin1String("Cannot write")), qPrintable(error));
    const QStringList left = entriesOf(f.out);
    for (const QString &entry : left)
        QVERIFY2(entry == QLatin1String("images") || entry.startsWith(QLatin1String("images/")), qPrintable(entry));
    Article after;
    QVERIFY(f.store.loadArticle(f.article.id, &after, &error));
    QCOMPARE(after, before);
    QCOMPARE(f.revisions(), revisions);
#else
    QSKIP("file size limits are a Linux test device");
#endif
}

void TstArticleExporter::hostileText_data()
{
    QTest::addColumn<ExportFormat::Id>("format");
    for (const ExportFormat::Id format : {ExportFormat::Docx, ExportFormat::Odt, ExportFormat::Nitf, ExportFormat::NewsMl,
                                          ExportFormat::Markdown, ExportFormat::WeChat, ExportFormat::HtmlSingle})
        QTest::newRow(qPrintable(QStringLiteral("robustness: ") + ExportFormat::name(format))) << format;
}

// Control characters, lone surrogates, markup and odd whitespace in every field never break the
// output's syntax, and markup stays text.
void TstArticleExporter::hostileText()
{
    QFETCH(ExportFormat::Id, format);
    Fixture f;
    QVERIFY(f.make(SampleTitle, 1));
    const QString nasty = QStringLiteral("<b>粗</b> &amp; ]]> \"q\" 'a'  两个空格\t制表") + QChar(0x0001) + QChar(0xd800)
                          + QChar(0xfffe) + QStringLiteral("\r\n第二行 # * _ ` [x](y) <!-- c -->");
    Article article = f.article;
    article.subtitle = nasty;
    article.byline = nasty;
    article.source = nasty;
    article.tags << nasty;
    article.blocks.prepend(Block::paragraph(RichText(nasty)));
    article.blocks.prepend(Block::heading(RichText(nasty), 2));
    article.blocks.append(Block::imagePlaceholder(nasty));
    QString error;
    QVERIFY(f.store.saveArticle(&article, &error));
    QString path;
    QVERIFY2(ArticleExporter().exportArticle(&f.store, f.article.id, format, f.out, {}, &path, &error), qPrintable(error));
    QByteArray xml;
    if (format == ExportFormat::Docx)
        xml = entry(unzip(path), QStringLiteral("word/document.xml"));
    else if (format == ExportFormat::Odt)
        xml = entry(unzip(path), QStringLiteral("content.xml"));
    else
        xml = readFile(path);
    QVERIFY(!xml.isEmpty());
    QVERIFY(!xml.contains("<b>粗"));
    QVERIFY(!xml.contains('\x01'));
    if (format != ExportFormat::Markdown && format != ExportFormat::WeChat && format != ExportFormat::HtmlSingle) {
        bool wellFormed = false;
        countElements(xml, QStringLiteral("none"), {}, {}, &wellFormed);
        QVERIFY(wellFormed);
        QVERIFY(xmlText(xml).contains(QStringLiteral("<b>粗</b> &amp; ]]>")));
    }
    if (format == ExportFormat::Markdown) {
        QVERIFY(xml.contains("\\<b\\>粗\\</b\\> \\&amp; \\]\\]\\>"));
        QVERIFY(xml.contains("\\# \\* \\_ \\` \\[x\\](y) \\<\\!-- c --\\>"));
    }
    if (format == ExportFormat::Nitf || format == ExportFormat::NewsMl) {
        const QString xmllint = QStandardPaths::findExecutable(QStringLiteral("xmllint"));
        if (!xmllint.isEmpty()) {
            const QString schema = format == ExportFormat::Nitf
                                       ? QStringLiteral("standards/nitf-3.6/nitf-3-6.xsd")
                                       : QStringLiteral("standards/newsml-g2-2.35/NewsML-G2_2.35-spec-All-Power.xsd");
            QString output;
            QVERIFY2(run(xmllint, {QStringLiteral("--noout"), QStringLiteral("--schema"), test::sharedPath(schema), path}, &output),
                     qPrintable(output));
        }
    }
}

void TstArticleExporter::pdfUnavailable()
{
    if (ExportFormat::isAvailable(ExportFormat::Pdf))
        QSKIP("a PDF writer is registered");
    Fixture f;
    QVERIFY(f.make(SampleTitle, 1));
    QString path, error;
    QVERIFY(!ArticleExporter().exportArticle(&f.store, f.article.id, ExportFormat::Pdf, f.out, {}, &path, &error));
    QVERIFY2(error.contains(QLatin1String("PDF")), qPrintable(error));
    QVERIFY(entriesOf(f.out).isEmpty());
}

QTEST_GUILESS_MAIN(TstArticleExporter)
#include "tst_articleexporter.moc"
