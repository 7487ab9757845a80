#include "export/htmlexporter.h"
#include "text/safefilename.h"
#include "store/store.h"
#include "fixtures/testutil.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace copydesk;

namespace {

struct Fixture
{
    QTemporaryDir root;
    Store store;
    QString parentDir;
    qint64 articleId = 0;
    QStringList shas;
};

QString storePhoto(Store *store, int width, int height, int seed)
{
    const QByteArray bytes = test::encode(test::makePhoto(width, height, seed), "jpeg", 90);
    const QString sha = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    QString error;
    if (!store->putMedia({test::decodedImage(bytes, sha, QStringLiteral("image/jpeg"), width, height, QByteArray(), QStringLiteral("photo%1.jpg").arg(seed))}, &error))
        qWarning("putMedia failed: %s", qUtf8Printable(error));
    return sha;
}

// A store with one article: two stored photos (the first used twice) and a placeholder.
bool makeFixture(Fixture *f, const QString &title, QString *error)
{
    if (!f->root.isValid()) {
        *error = QStringLiteral("no temporary folder");
        return false;
    }
    if (!f->store.open(f->root.filePath(QStringLiteral("store.sqlite3")), error))
        return false;
    f->parentDir = f->root.filePath(QStringLiteral("exports"));
    if (!QDir().mkpath(f->parentDir)) {
        *error = QStringLiteral("cannot create exports/");
        return false;
    }
    f->shas << storePhoto(&f->store, 2400, 1600, 1) << storePhoto(&f->store, 1200, 1800, 2);
    Article article = Article::create(title);
    article.byline = QStringLiteral("通讯员 李红");
    article.source = QStringLiteral("大祥区人民政府");
    article.editor = QStringLiteral("王芳");
    article.canonicalUrl = QStringLiteral("https://www.shaoshang.cn/news/173763.html");
    article.blocks
        << Block::paragraph(RichText(QStringLiteral("大祥融媒讯近日,大祥区妇联西苑公园开展2022年民族团结进步宣传月活动。")))
        << Block::image(f->shas.at(0), 2400, 1600, QStringLiteral("大祥区妇联在西苑公园开展民族团结进步宣传月活动"),
                        QStringLiteral("李红 摄"))
        << Block::heading(RichText(QStringLiteral("切实加强组织建设,夯实民族团结基础")))
        << Block::image(f->shas.at(1), 1200, 1800, QStringLiteral("大祥区妇联召开2022年重点工作推进会"))
        << Block::imagePlaceholder(QStringLiteral("图为王冠华正在作先进事迹分享"))
        << Block::image(f->shas.at(0), 2400, 1600, QStringLiteral("活动现场(再次使用同一张照片)"))
        << Block::paragraph(RichText(QStringLiteral("继续实施女童权益保护公益宣讲三年行动计划。")));
    if (!f->store.insertArticle(&article, error))
        return false;
    f->articleId = article.id;
    return true;
}

QString readText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
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

// The Nu HTML checker as a command line, or empty when neither it nor java is available.
QStringList nuCheckerCommand()
{
    const QString vnu = QStandardPaths::findExecutable(QStringLiteral("vnu"));
    if (!vnu.isEmpty())
        return {vnu};
    const QString java = QStandardPaths::findExecutable(QStringLiteral("java"));
    if (java.isEmpty())
        return {};
    QStringList jars{qEnvironmentVariable("VNU_JAR")};
    QProcess npm;
    npm.start(QStringLiteral("npm"), {QStringLiteral("root"), QStringLiteral("-g")});
    if (npm.waitForFinished(20000) && npm.exitCode() == 0)
        jars << QString::fromLocal8Bit(npm.readAllStandardOutput()).trimmed()
                    + QStringLiteral("/vnu-jar/build/dist/vnu.jar");
    for (const QString &jar : jars) {
        if (!jar.isEmpty() && QFileInfo(jar).isFile())
            return {java, QStringLiteral("-jar"), jar};
    }
    return {};
}

} // namespace

class TstHtmlExporter : public QObject
{
    Q_OBJECT

private slots:
    void cropReachesTheRendition();
    void exportsFolder_data();
    void exportsFolder();
    void overwrite_data();
    void overwrite();
    void cancel_data();
    void cancel();
    void failures_data();
    void failures();
    void nuChecker_data();
    void nuChecker();
};

void TstHtmlExporter::exportsFolder_data()
{
    QTest::addColumn<QString>("title");
    QTest::newRow("nominal: Chinese title") << QStringLiteral("大祥区妇联多举措全面推进民族团结进步示范创建工作");
    QTest::newRow("robustness: path traversal") << QStringLiteral("../../etc/passwd");
    QTest::newRow("robustness: reserved name") << QStringLiteral("CON");
    QTest::newRow("robustness: separators") << QStringLiteral("a/b\\c");
    QTest::newRow("robustness: only spaces") << QStringLiteral("   ");
    QTest::newRow("robustness: 300-character CJK title") << QString(300, QChar(0x56e2));
    QTest::newRow("robustness: markup in title") << QStringLiteral("<script>alert(1)</script>");
}

void TstHtmlExporter::exportsFolder()
{
    QFETCH(QString, title);
    Fixture f;
    QString error;
    QVERIFY2(makeFixture(&f, title, &error), qPrintable(error));

    QList<QPair<int, int>> calls;
    QString outDir;
    const bool ok = HtmlExporter().exportArticle(f.store, f.articleId, f.parentDir, HtmlExporter::Options(), &outDir,
                                                 &error, [&calls](int done, int total) {
                                                     calls.append({done, total});
                                                     return true;
                                                 });
    QVERIFY2(ok, qPrintable(error));
    QVERIFY(error.isEmpty());

    // The folder is a direct child of parentDir, named after the title, and nothing else is left.
    QVERIFY(SafeFileName::isInside(f.parentDir, outDir));
    QCOMPARE(QFileInfo(outDir).absolutePath(), QFileInfo(f.parentDir).absoluteFilePath());
    QCOMPARE(QFileInfo(outDir).fileName(), SafeFileName::fromTitle(title));
    QCOMPARE(QDir(f.parentDir).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).size(), 1);
    QCOMPARE(entriesOf(outDir), (QStringList{QStringLiteral("images"), QStringLiteral("images/01.jpg"),
                                             QStringLiteral("images/02.jpg"), QStringLiteral("index.html"),
                                             QStringLiteral("style.css")}));
    QCOMPARE(readText(QDir(outDir).filePath(QStringLiteral("style.css"))), Theme::builtin().css());

    // Progress went 0..total in order, total = photos + page.
    QVERIFY(!calls.isEmpty());
    QCOMPARE(calls.first(), qMakePair(0, 3));
    QCOMPARE(calls.last(), qMakePair(3, 3));

    const QString html = readText(QDir(outDir).filePath(QStringLiteral("index.html")));
    QVERIFY(html.startsWith(QLatin1String("<!DOCTYPE html>")));
    QVERIFY(html.contains(QLatin1String("<link rel=\"stylesheet\" href=\"style.css\">")));
    static const QRegularExpression img(QStringLiteral(
        "<img src=\"([^\"]+)\" alt=\"[^\"]*\" width=\"(\\d+)\" height=\"(\\d+)\" loading=\"lazy\">\\s*<figcaption>"));
    QStringList sources;
    auto matches = img.globalMatch(html);
    while (matches.hasNext()) {
        const QRegularExpressionMatch m = matches.next();
        sources << m.captured(1);
        const QString file = QDir(outDir).filePath(m.captured(1));
        QVERIFY2(QFileInfo(file).isFile(), qPrintable(file));
        QVERIFY(SafeFileName::isInside(outDir, file));
        const QImage image(file);
        QVERIFY(!image.isNull());
        QVERIFY(qMax(image.width(), image.height()) <= 1600);
        QCOMPARE(m.captured(2).toInt(), image.width());
        QCOMPARE(m.captured(3).toInt(), image.height());
    }
    QCOMPARE(sources, (QStringList{QStringLiteral("images/01.jpg"), QStringLiteral("images/02.jpg"),
                                   QStringLiteral("images/01.jpg")}));
    QCOMPARE(QImage(QDir(outDir).filePath(QStringLiteral("images/01.jpg"))).size(), QSize(1600, 1067));
    QCOMPARE(QImage(QDir(outDir).filePath(QStringLiteral("images/02.jpg"))).size(), QSize(1067, 1600));
    QVERIFY(html.contains(QStringLiteral("<div class=\"placeholder-box\">图片待补</div>")));
    QVERIFY(html.contains(QStringLiteral("<figcaption>大祥区妇联在西苑公园开展民族团结进步宣传月活动 <span class=\"credit\">李红 摄</span></figcaption>")));
    QCOMPARE(html.count(QLatin1String("<script")), 1);
}

// A photo's crop and turn (stored as parameters in its block) shape its rendition; the same
// photo uncropped elsewhere in the article keeps its own.
void TstHtmlExporter::cropReachesTheRendition()
{
    Fixture f;
    QString error;
    QVERIFY2(makeFixture(&f, QStringLiteral("裁切"), &error), qPrintable(error));
    Article article;
    QVERIFY2(f.store.loadArticle(f.articleId, &article, &error), qPrintable(error));
    article.blocks[5].crop = QRectF(1.0 / 6, 0, 2.0 / 3, 1); // 1:1 from the middle of 2400×1600
    article.blocks[3].rotation = 90;                          // 1200×1800 lying down
    article.blocks[3].crop = QRectF(0, 0, 1, 1);
    QVERIFY2(f.store.saveArticle(&article, &error), qPrintable(error));

    QString outDir;
    QVERIFY2(HtmlExporter().exportArticle(f.store, f.articleId, f.parentDir, HtmlExporter::Options(), &outDir, &error),
             qPrintable(error));
    QCOMPARE(entriesOf(outDir), (QStringList{QStringLiteral("images"), QStringLiteral("images/01.jpg"),
                                             QStringLiteral("images/02.jpg"), QStringLiteral("images/03.jpg"),
                                             QStringLiteral("index.html"), QStringLiteral("style.css")}));
    QCOMPARE(QImage(QDir(outDir).filePath(QStringLiteral("images/01.jpg"))).size(), QSize(1600, 1067));
    QCOMPARE(QImage(QDir(outDir).filePath(QStringLiteral("images/02.jpg"))).size(), QSize(1600, 1067));
    QCOMPARE(QImage(QDir(outDir).filePath(QStringLiteral("images/03.jpg"))).size(), QSize(1600, 1600));
    const QString html = readText(QDir(outDir).filePath(QStringLiteral("index.html")));
    QVERIFY(html.contains(QStringLiteral("<img src=\"images/03.jpg\" alt=\"\" width=\"1600\" height=\"1600\"")));
    QVERIFY(html.contains(QStringLiteral("<img src=\"images/02.jpg\" alt=\"\" width=\"1600\" height=\"1067\"")));
}

void TstHtmlExporter::overwrite_data()
{
    QTest::addColumn<bool>("overwrite");
    QTest::addColumn<bool>("foreignFile");
    QTest::addColumn<bool>("succeeds");
    QTest::newRow("robustness: existing folder without overwrite") << false << false << false;
    QTest::newRow("nominal: previous export replaced with overwrite") << true << false << true;
    QTest::newRow("robustness: overwrite refuses a folder holding other files") << true << true << false;
}

void TstHtmlExporter::overwrite()
{
    QFETCH(bool, overwrite);
    QFETCH(bool, foreignFile);
    QFETCH(bool, succeeds);
    Fixture f;
    QString error;
    QVERIFY2(makeFixture(&f, QStringLiteral("重复导出"), &error), qPrintable(error));
    QString outDir;
    QVERIFY2(HtmlExporter().exportArticle(f.store, f.articleId, f.parentDir, HtmlExporter::Options(), &outDir, &error),
             qPrintable(error));
    const QString foreign = QDir(outDir).filePath(QStringLiteral("notes.txt"));
    if (foreignFile) {
        QFile file(foreign);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("the editor's own notes");
    }

    Article article;
    QVERIFY(f.store.loadArticle(f.articleId, &article, &error));
    article.blocks.append(Block::paragraph(RichText(QStringLiteral("第二次导出新增的段落。"))));
    QVERIFY2(f.store.saveArticle(&article, &error), qPrintable(error));

    HtmlExporter::Options options;
    options.overwrite = overwrite;
    QString secondDir;
    const bool ok = HtmlExporter().exportArticle(f.store, f.articleId, f.parentDir, options, &secondDir, &error);
    QCOMPARE(ok, succeeds);
    const QString html = readText(QDir(outDir).filePath(QStringLiteral("index.html")));
    QCOMPARE(html.contains(QStringLiteral("第二次导出新增的段落。")), succeeds);
    QCOMPARE(QDir(f.parentDir).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList{QStringLiteral("重复导出")});
    if (succeeds) {
        QCOMPARE(secondDir, outDir);
        QVERIFY(error.isEmpty());
    } else {
        QVERIFY(!error.isEmpty());
        QVERIFY2(error.contains(QStringLiteral("重复导出")), qPrintable(error));
        QVERIFY(QFileInfo(QDir(outDir).filePath(QStringLiteral("images/02.jpg"))).isFile());
    }
    QCOMPARE(QFileInfo(foreign).isFile(), foreignFile);
}

void TstHtmlExporter::cancel_data()
{
    QTest::addColumn<int>("cancelAt");
    QTest::newRow("robustness: cancel before starting") << 0;
    QTest::newRow("robustness: cancel after the first photo") << 1;
    QTest::newRow("robustness: cancel after the last photo") << 2;
    QTest::newRow("robustness: cancel before renaming into place") << 3;
}

void TstHtmlExporter::cancel()
{
    QFETCH(int, cancelAt);
    Fixture f;
    QString error;
    QVERIFY2(makeFixture(&f, QStringLiteral("取消导出"), &error), qPrintable(error));
    QString outDir;
    int lastDone = -1;
    const bool ok = HtmlExporter().exportArticle(f.store, f.articleId, f.parentDir, HtmlExporter::Options(), &outDir,
                                                 &error, [&](int done, int) {
                                                     lastDone = done;
                                                     return done < cancelAt;
                                                 });
    QVERIFY(!ok);
    QCOMPARE(lastDone, cancelAt);
    QVERIFY(!error.isEmpty());
    QVERIFY(outDir.isEmpty());
    QCOMPARE(QDir(f.parentDir).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList());
}

void TstHtmlExporter::failures_data()
{
    QTest::addColumn<QString>("problem");
    QTest::addColumn<QString>("errorPart");
    QTest::newRow("robustness: missing parent folder") << QStringLiteral("missing-parent") << QStringLiteral("does not exist");
    QTest::newRow("robustness: parent is a file") << QStringLiteral("parent-file") << QStringLiteral("not a folder");
    QTest::newRow("robustness: read-only parent folder") << QStringLiteral("read-only") << QStringLiteral("read-only");
    QTest::newRow("robustness: unknown article") << QStringLiteral("unknown-article") << QStringLiteral("9999");
    QTest::newRow("robustness: theme without a template") << QStringLiteral("bad-theme") << QStringLiteral("theme");
    QTest::newRow("robustness: photo missing from the store") << QStringLiteral("missing-media") << QStringLiteral("照片丢失");
}

void TstHtmlExporter::failures()
{
    QFETCH(QString, problem);
    QFETCH(QString, errorPart);
    Fixture f;
    QString error;
    QVERIFY2(makeFixture(&f, QStringLiteral("失败"), &error), qPrintable(error));
    QString parent = f.parentDir;
    qint64 id = f.articleId;
    HtmlExporter::Options options;
    if (problem == QLatin1String("missing-parent")) {
        parent = f.root.filePath(QStringLiteral("no/such/folder"));
    } else if (problem == QLatin1String("parent-file")) {
        parent = f.root.filePath(QStringLiteral("store.sqlite3"));
    } else if (problem == QLatin1String("read-only")) {
        QVERIFY(QFile::setPermissions(parent, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    } else if (problem == QLatin1String("unknown-article")) {
        id = 9999;
    } else if (problem == QLatin1String("bad-theme")) {
        options.theme = Theme();
    } else if (problem == QLatin1String("missing-media")) {
        Article article;
        QVERIFY(f.store.loadArticle(f.articleId, &article, &error));
        article.blocks << Block::image(QString(64, QLatin1Char('e')), 800, 600, QStringLiteral("照片丢失"));
        QVERIFY2(f.store.saveArticle(&article, &error), qPrintable(error));
    }
    QString outDir = QStringLiteral("untouched");
    const bool ok = HtmlExporter().exportArticle(f.store, id, parent, options, &outDir, &error);
    QFile::setPermissions(f.parentDir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QVERIFY(!ok);
    QVERIFY2(error.contains(errorPart), qPrintable(error));
    QCOMPARE(outDir, QStringLiteral("untouched"));
    QCOMPARE(QDir(f.parentDir).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList());
}

void TstHtmlExporter::nuChecker_data()
{
    QTest::addColumn<QString>("title");
    QTest::newRow("nominal: exported sample page is valid HTML5") << QStringLiteral("大祥区妇联多举措全面推进民族团结进步示范创建工作");
    QTest::newRow("robustness: hostile title still valid HTML5") << QStringLiteral("\"><img src=x onerror=alert(1)></script><!--");
}

void TstHtmlExporter::nuChecker()
{
    QFETCH(QString, title);
    const QStringList checker = nuCheckerCommand();
    if (checker.isEmpty())
        QSKIP("The Nu HTML checker is not available (no `vnu`, and no java with a vnu.jar from VNU_JAR or `npm root -g`).");
    Fixture f;
    QString error;
    QVERIFY2(makeFixture(&f, title, &error), qPrintable(error));
    Article article;
    QVERIFY(f.store.loadArticle(f.articleId, &article, &error));
    article.subtitle = QStringLiteral("副标题 <b>&</b>");
    article.section = QStringLiteral("本地新闻");
    RichText marked(QStringLiteral("详见邵阳市人民政府网站及相关报道。"));
    marked.marks << TextMark{TextMark::Kind::Bold, 0, 6, {}}
                 << TextMark{TextMark::Kind::Link, 2, 7, QStringLiteral("https://www.shaoyang.gov.cn/")}
                 << TextMark{TextMark::Kind::Italic, 8, 6, {}}
                 << TextMark{TextMark::Kind::Link, 12, 2, QStringLiteral("javascript:alert(1)")};
    article.blocks << Block::paragraph(marked) << Block::quote(RichText(QStringLiteral("引述内容")))
                   << Block::list({RichText(QStringLiteral("第一")), RichText(QStringLiteral("第二"))}, true)
                   << Block::heading(RichText(QStringLiteral("小标题")), 3);
    article.blocks[1].alt = QStringLiteral("\"alt\" <with> 'quotes'");
    QVERIFY2(f.store.saveArticle(&article, &error), qPrintable(error));
    QString outDir;
    QVERIFY2(HtmlExporter().exportArticle(f.store, f.articleId, f.parentDir, HtmlExporter::Options(), &outDir, &error),
             qPrintable(error));

    QProcess process;
    QStringList arguments = checker.mid(1);
    arguments << QStringLiteral("--errors-only") << QStringLiteral("--also-check-css")
              << QDir(outDir).filePath(QStringLiteral("index.html")) << QDir(outDir).filePath(QStringLiteral("style.css"));
    process.start(checker.first(), arguments);
    QVERIFY2(process.waitForFinished(120000), "the Nu checker did not finish in time");
    const QString report = QString::fromUtf8(process.readAllStandardError() + process.readAllStandardOutput());
    QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0, qPrintable(report));
    QVERIFY2(report.trimmed().isEmpty(), qPrintable(report));
}

QTEST_GUILESS_MAIN(TstHtmlExporter)
#include "tst_htmlexporter.moc"
