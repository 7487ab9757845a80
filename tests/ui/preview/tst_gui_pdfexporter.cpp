#include "export/articleexporter.h"
#include "export/writers/singlehtmlwriter.h"
#include "export/exportdocument.h"
#include "export/exportformat.h"
#include "preview/pdfexporter.h"
#include "export/pdfpagenumbers.h"
#include "text/safefilename.h"
#include "store/store.h"
#include "fixtures/testutil.h"
#include "import/textimporter.h"

#include <QApplication>
#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <memory>

using namespace copydesk;

namespace {

// WebEngine shares OpenGL contexts with the application; set before QApplication exists.
const bool sharedContexts = (QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts), true);

const QString SampleTitle = QStringLiteral("大祥区妇联多举措全面推进民族团结进步示范创建工作");

// Noise compresses badly, so a few of these make the single-file page far larger than the 2 MB
// setHtml() accepts.
QByteArray noisyJpeg(int width, int height, quint32 seed)
{
    QImage image(width, height, QImage::Format_RGB32);
    QRandomGenerator random(seed);
    for (int y = 0; y < height; ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < width; ++x)
            line[x] = random.generate() | 0xff000000u;
    }
    return test::encode(image, "jpeg", 95);
}

struct Fixture
{
    QTemporaryDir root;
    Store store;
    QString out;
    qint64 id = 0;

    bool make(const QString &title, bool noisy, int photos = 4)
    {
        QString error;
        if (!root.isValid() || !store.open(root.filePath(QStringLiteral("store.sqlite3")), &error))
            return false;
        out = root.filePath(QStringLiteral("out"));
        QDir().mkpath(out);
        Article article = TextImporter::fromPlainText(test::sampleArticleText());
        article.title = title;
        article.byline = QStringLiteral("通讯员 李红");
        article.tags = QStringList{QStringLiteral("妇联"), QStringLiteral("民族团结")};
        // The sample has 13 photo places; more photos go after its last paragraph.
        while (article.imageCount() < photos)
            article.blocks.insert(article.blocks.size() - 1, Block::imagePlaceholder(QStringLiteral("补充照片")));
        int seed = 0;
        for (Block &block : article.blocks) {
            if (!block.isPlaceholder() || seed >= photos)
                continue;
            ++seed;
            const QByteArray bytes = noisy ? noisyJpeg(2000, 1333, quint32(seed))
                                           : test::encode(test::makePhoto(2400, 1600, seed), "jpeg", 90);
            const QString sha = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
            if (!store.putMedia({test::decodedImage(bytes, sha, QStringLiteral("image/jpeg"), 2000, 1333, {}, QStringLiteral("p.jpg"))}, &error))
                return false;
            block.media = sha;
            block.width = 2000;
            block.height = 1333;
            block.credit = QStringLiteral("记者 李晓燕 摄");
        }
        if (!store.insertArticle(&article, &error))
            return false;
        id = article.id;
        return true;
    }
};

bool tool(const QString &program, const QStringList &arguments, QString *output)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000))
        return false;
    *output = QString::fromUtf8(process.readAllStandardOutput());
    return process.exitCode() == 0;
}

} // namespace

// PDF through Qt WebEngine, headless: text, captions, page numbers, embedded fonts, A4.
class TstGuiPdfExporter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(sharedContexts);
        PdfExporter::install();
        QVERIFY(ExportFormat::isAvailable(ExportFormat::Pdf));
    }

    void exportsPdf_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<bool>("noisy");
        QTest::newRow("nominal: the shared sample with photos") << SampleTitle << false;
        QTest::newRow("robustness: a page over 2 MB") << SampleTitle << true;
        QTest::newRow("robustness: markup in the title") << QStringLiteral("<script>alert(1)</script>标题") << false;
    }

    void exportsPdf()
    {
        QFETCH(QString, title);
        QFETCH(bool, noisy);
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        Fixture f;
        QVERIFY(f.make(title, noisy));
        if (noisy) {
            ExportDocument document;
            QString error;
            QVERIFY(document.load(f.store, f.id, {}, &error));
            QVERIFY(SingleHtmlWriter::html(document, Theme::builtin(), &error).size() > 2 * 1024 * 1024);
        }
        QString path, error;
        QList<int> steps;
        QVERIFY2(ArticleExporter().exportArticle(&f.store, f.id, ExportFormat::Pdf, f.out, {}, &path, &error,
                                                 [&steps](int done, int) {
                                                     steps << done;
                                                     return true;
                                                 }),
                 qPrintable(error));
        QCOMPARE(QFileInfo(path).fileName(), SafeFileName::fromTitle(title) + QStringLiteral(".pdf"));
        QCOMPARE(QDir(f.out).entryList(QDir::Files | QDir::Hidden).size(), 1);
        QCOMPARE(steps.last(), 5); // four photos, then the PDF

        QString info;
        QVERIFY(tool(QStringLiteral("pdfinfo"), {path}, &info));
        QVERIFY2(info.contains(QLatin1String("(A4)")), qPrintable(info));
        const int pages = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info).captured(1).toInt();
        QVERIFY(pages >= 3);

        QString text;
        QVERIFY(tool(QStringLiteral("pdftotext"), {path, QStringLiteral("-")}, &text));
        const QString flat = QString(text).remove(QLatin1Char('\n'));
        QVERIFY2(flat.contains(title.contains(QLatin1Char('<')) ? QStringLiteral("<script>alert(1)</script>标题") : title),
                 qPrintable(text.left(300)));
        QVERIFY(flat.contains(QStringLiteral("大祥区妇联在西苑公园开展民族团结进步宣传月活动")));
        QVERIFY(flat.contains(QStringLiteral("记者 李晓燕 摄")));
        QVERIFY(flat.contains(QStringLiteral("来源：大祥区人民政府")));
        for (int page = 1; page <= pages; ++page)
            QVERIFY2(text.contains(QStringLiteral("%1 / %2").arg(page).arg(pages)) || text.contains(QStringLiteral("%1/%2").arg(page).arg(pages)),
                     qPrintable(QStringLiteral("page %1 has no number").arg(page)));

        // Every font is embedded, the page numbers' too, none is a Type 3 glyph procedure
        // set, and the CJK text is extractable (its glyphs map to Unicode).
        QString fonts;
        QVERIFY(tool(QStringLiteral("pdffonts"), {path}, &fonts));
        const QStringList lines = fonts.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
        QVERIFY(lines.size() >= 2);
        for (const QString &line : lines) {
            QVERIFY2(!line.contains(QLatin1String("Type 3")), qPrintable(fonts));
            static const QRegularExpression columns(QStringLiteral("\\s(yes|no)\\s+(yes|no)\\s+(yes|no)\\s+\\d+\\s+\\d+\\s*$"));
            const QRegularExpressionMatch m = columns.match(line);
            QVERIFY2(m.hasMatch() && m.captured(1) == QLatin1String("yes") && m.captured(3) == QLatin1String("yes"),
                     qPrintable(line));
        }
        // The document information readers and archives show.
        QVERIFY2(info.contains(QRegularExpression(QStringLiteral("Author:\\s+通讯员 李红\\n"))), qPrintable(info));
        QVERIFY2(info.contains(QRegularExpression(QStringLiteral("Keywords:\\s+妇联, 民族团结\\n"))), qPrintable(info));
        QVERIFY2(info.contains(QRegularExpression(QStringLiteral("Creator:\\s+Copydesk "))), qPrintable(info));
        QVERIFY2(info.contains(QRegularExpression(QStringLiteral("Subject:\\s+大祥融媒讯近日"))), qPrintable(info));
        if (!title.contains(QLatin1Char('<')))
            QVERIFY2(info.contains(QRegularExpression(QStringLiteral("Title:\\s+") + title + QStringLiteral("\\n"))), qPrintable(info));
    }

    void pagination_data()
    {
        QTest::addColumn<int>("photos");
        QTest::addColumn<QString>("paper");
        QTest::addColumn<int>("maxPages");
        QTest::newRow("nominal: the sample with 5 photos, A4") << 5 << QStringLiteral("A4") << 7;
        QTest::newRow("nominal: the sample with 15 photos, A4") << 15 << QStringLiteral("A4") << 10;
        QTest::newRow("nominal: the sample with 15 photos, Letter") << 15 << QStringLiteral("Letter") << 10;
    }

    // Compact pages: photos move on only with their captions, no page but the last is less than
    // a quarter full, and the paper is the one asked for.
    void pagination()
    {
        QFETCH(int, photos);
        QFETCH(QString, paper);
        QFETCH(int, maxPages);
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        Fixture f;
        QVERIFY(f.make(SampleTitle, false, photos));
        ArticleExporter::Options options;
        options.paper = paper == QLatin1String("Letter") ? QPageSize::Letter : QPageSize::A4;
        QString path, error;
        QVERIFY2(ArticleExporter().exportArticle(&f.store, f.id, ExportFormat::Pdf, f.out, options, &path, &error), qPrintable(error));
        QString info;
        QVERIFY(tool(QStringLiteral("pdfinfo"), {path}, &info));
        QVERIFY2(info.contains(QStringLiteral("(%1)").arg(paper.toLower() == QLatin1String("a4") ? QStringLiteral("A4") : QStringLiteral("letter"))),
                 qPrintable(info));
        const int pages = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info).captured(1).toInt();
        qInfo("%d photos on %s: %d pages", photos, qPrintable(paper), pages);
        QVERIFY2(pages >= 2 && pages <= maxPages, qPrintable(info));

        // How far down each page its content reaches (pdftotext's word boxes; the photos'
        // captions stand for them), the page number left out.
        QString boxes;
        QVERIFY(tool(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), path, QStringLiteral("-")}, &boxes));
        static const QRegularExpression pageTag(QStringLiteral("<page width=\"([\\d.]+)\" height=\"([\\d.]+)\">"));
        static const QRegularExpression word(QStringLiteral("<word xMin=\"[\\d.]+\" yMin=\"[\\d.]+\" xMax=\"[\\d.]+\" yMax=\"([\\d.]+)\">([^<]*)</word>"));
        const QStringList pageTexts = boxes.split(QStringLiteral("</page>"));
        int checked = 0;
        for (int i = 0; i + 1 < pages && i < pageTexts.size(); ++i) {
            const QRegularExpressionMatch size = pageTag.match(pageTexts.at(i));
            QVERIFY(size.hasMatch());
            const double height = size.captured(2).toDouble();
            const double numbers = height - PdfPageNumbers::BaselinePt - 12;
            double reach = 0;
            for (auto it = word.globalMatch(pageTexts.at(i)); it.hasNext();) {
                const QRegularExpressionMatch m = it.next();
                if (m.captured(1).toDouble() < numbers)
                    reach = qMax(reach, m.captured(1).toDouble());
            }
            // 18 mm top margin, 22 mm bottom margin, in points.
            const double top = 18 / 25.4 * 72;
            const double content = height - top - 22 / 25.4 * 72;
            QVERIFY2(reach - top >= content / 4, qPrintable(QStringLiteral("page %1 of %2 reaches only %3 of %4 pt")
                                                                .arg(i + 1).arg(pages).arg(reach - top).arg(content)));
            ++checked;
        }
        QCOMPARE(checked, pages - 1);
    }

    // A sub-head never ends a page: sub-heads followed by one to four one-line paragraphs put
    // page breaks at every distance from the sub-heads; no page's last line may be one.
    void subHeadKeptWithText()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        QTemporaryDir root;
        Store store;
        QString error;
        QVERIFY(root.isValid() && store.open(root.filePath(QStringLiteral("store.sqlite3")), &error));
        Article article = Article::create(QStringLiteral("小标题不落页脚"));
        QStringList subHeads;
        for (int group = 1; group <= 60; ++group) {
            subHeads.append(QStringLiteral("第%1节小标题").arg(group));
            article.blocks.append(Block::heading(RichText(subHeads.last()), group % 5 == 0 ? 3 : 2));
            for (int line = 0; line <= group % 4; ++line)
                article.blocks.append(Block::paragraph(RichText(QStringLiteral("第%1节第%2段，一行正文。").arg(group).arg(line + 1))));
        }
        QVERIFY(store.insertArticle(&article, &error));
        QString path;
        QVERIFY2(ArticleExporter().exportArticle(&store, article.id, ExportFormat::Pdf, root.path(), {}, &path, &error),
                 qPrintable(error));
        QString info;
        QVERIFY(tool(QStringLiteral("pdfinfo"), {path}, &info));
        const int pages = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info).captured(1).toInt();
        QVERIFY2(pages >= 4, qPrintable(info));
        static const QRegularExpression pageNumber(QStringLiteral("^\\d+ / \\d+$"));
        for (int page = 1; page < pages; ++page) {
            QString text;
            QVERIFY(tool(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), QStringLiteral("-f"), QString::number(page),
                                                        QStringLiteral("-l"), QString::number(page), path, QStringLiteral("-")},
                         &text));
            QStringList lines;
            for (const QString &line : text.split(QLatin1Char('\n'))) {
                if (!line.trimmed().isEmpty() && !pageNumber.match(line.trimmed()).hasMatch())
                    lines.append(line.trimmed());
            }
            QVERIFY(!lines.isEmpty());
            QVERIFY2(!subHeads.contains(lines.last()), qPrintable(QStringLiteral("page %1 of %2 ends with the sub-head “%3”")
                                                                   .arg(page).arg(pages).arg(lines.last())));
        }
    }

    void cancel()
    {
        Fixture f;
        QVERIFY(f.make(SampleTitle, false));
        QString path, error;
        QVERIFY(!ArticleExporter().exportArticle(&f.store, f.id, ExportFormat::Pdf, f.out, {}, &path, &error,
                                                 [](int done, int total) { return done < total; }));
        QVERIFY2(error.contains(QLatin1String("cancelled")), qPrintable(error));
        QVERIFY(QDir(f.out).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty());
    }

    // Chromium already at work when the export is cancelled: "Export cancelled.", nothing
    // returned, and the renderer prints the next export.
    void cancelWhilePrinting()
    {
        Fixture f;
        QVERIFY(f.make(SampleTitle, false));
        ExportDocument document;
        QString error;
        QVERIFY(document.load(f.store, f.id, {}, &error));
        int asked = 0;
        QByteArray pdf;
        QVERIFY(!PdfExporter::pdf(document, {}, &pdf, &error, [&asked] { return ++asked < 2; }));
        QCOMPARE(asked, 2);
        QVERIFY(pdf.isEmpty());
        QCOMPARE(error, QStringLiteral("Export cancelled."));
        error.clear();
        QVERIFY2(PdfExporter::pdf(document, {}, &pdf, &error), qPrintable(error));
        QVERIFY(pdf.startsWith("%PDF-"));
    }

    // From a thread other than WebEngine's (copydesk-cli runs its command on one): the page is
    // handed to the main thread's renderer while its event loop runs.
    void fromAnotherThread()
    {
        Fixture f;
        QVERIFY(f.make(SampleTitle, false, 1));
        ExportDocument document;
        QString error;
        QVERIFY(document.load(f.store, f.id, {}, &error));
        QByteArray pdf;
        bool ok = false;
        std::unique_ptr<QThread> worker(QThread::create([&] { ok = PdfExporter::pdf(document, {}, &pdf, &error); }));
        worker->start();
        QTRY_VERIFY_WITH_TIMEOUT(worker->isFinished(), 120000);
        QVERIFY2(ok, qPrintable(error));
        QVERIFY(pdf.startsWith("%PDF-"));
    }

    void commandLine_data()
    {
        QTest::addColumn<QStringList>("format");
        QTest::newRow("nominal: --format pdf") << QStringList{QStringLiteral("--format"), QStringLiteral("pdf")};
        QTest::newRow("nominal: --format=pdf") << QStringList{QStringLiteral("--format=pdf")};
        QTest::newRow("nominal: --format PDF") << QStringList{QStringLiteral("--format"), QStringLiteral("PDF")};
    }

    // copydesk-cli makes PDFs headless (through copydesk-pdf): no display, a QApplication on the
    // offscreen platform.
    void commandLine()
    {
        QFETCH(QStringList, format);
        Fixture f;
        QVERIFY(f.make(SampleTitle, false));
        f.store.close();
        QProcess cli;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.insert(QStringLiteral("COPYDESK_STORE"), f.root.filePath(QStringLiteral("store.sqlite3")));
        cli.setProcessEnvironment(env);
        cli.start(QStringLiteral(COPYDESK_CLI_PATH),
                  QStringList{QStringLiteral("export"), QString::number(f.id)} + format + QStringList{QStringLiteral("--out"), f.out});
        QVERIFY(cli.waitForFinished(180000));
        const QString err = QString::fromUtf8(cli.readAllStandardError());
        QCOMPARE(cli.exitCode(), 0);
        const QString printed = QString::fromUtf8(cli.readAllStandardOutput()).trimmed();
        QCOMPARE(printed, QDir(f.out).filePath(SampleTitle + QStringLiteral(".pdf")));
        QFile pdf(printed);
        QVERIFY2(pdf.open(QIODevice::ReadOnly), qPrintable(err));
        QVERIFY(pdf.read(5) == "%PDF-");
    }
};

QTEST_MAIN(TstGuiPdfExporter)
#include "tst_gui_pdfexporter.moc"
