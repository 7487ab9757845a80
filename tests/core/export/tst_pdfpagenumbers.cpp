#include "export/pdfpagenumbers.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <functional>

#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFWriter.hh>

using namespace copydesk;

namespace {

// The drawing of a page of the test PDF.
QByteArray bodyStream(int page)
{
    return "BT /F1 12 Tf 72 720 Td (Body text of page " + QByteArray::number(page) + ") Tj ET";
}

// A small PDF as Chromium (Skia) writes them: classic xref table, pages under a page tree,
// resources inline or indirect, single or array contents; edit changes the objects before they
// are written (the cross-reference table stays right).
QByteArray makePdf(int pages, bool indirectResources, bool arrayContents,
                   const std::function<void(QList<QByteArray> *)> &edit = {})
{
    QList<QByteArray> objects; // objects[i] is object i + 1
    objects << "<</Type /Catalog /Pages 2 0 R>>"
            << QByteArray(); // the page tree, filled below
    objects << "<</Type /Font /Subtype /Type1 /BaseFont /Times-Roman>>"; // 3
    objects << "<</Font <</F1 3 0 R>>>>";                                 // 4: shared resources
    QByteArray kids;
    for (int i = 0; i < pages; ++i) {
        const QByteArray text = bodyStream(i + 1);
        objects << "<</Length " + QByteArray::number(text.size()) + ">>\nstream\n" + text + "\nendstream";
        const int stream = int(objects.size());
        const QByteArray reference = QByteArray::number(stream) + " 0 R";
        const QByteArray contents = arrayContents ? QByteArray("[" + reference + "]") : reference;
        const QByteArray resources = indirectResources ? QByteArray("4 0 R") : QByteArray("<</ProcSet [/PDF /Text] /Font <</F1 3 0 R>>>>");
        objects << "<</Type /Page\n/Resources " + resources + "\n/MediaBox [0 0 594.96 841.92]\n/Contents " + contents
                       + "\n/Parent 2 0 R>>";
        kids += QByteArray::number(objects.size()) + " 0 R ";
    }
    objects[1] = "<</Type /Pages /Count " + QByteArray::number(pages) + " /Kids [" + kids.trimmed() + "]>>";
    if (edit)
        edit(&objects);
    QByteArray pdf = "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n";
    QList<qsizetype> offsets;
    for (int i = 0; i < objects.size(); ++i) {
        offsets << pdf.size();
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects.at(i) + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (const qsizetype offset : offsets)
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<</Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R>>\nstartxref\n"
           + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

// A poppler tool's output for the PDF given as bytes (written to a file first).
QString poppler(const QString &tool, const QStringList &options, const QByteArray &pdf, QString *errors,
                const QStringList &after = {})
{
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("t.pdf")));
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(pdf);
    file.close();
    QProcess process;
    process.start(tool, options + QStringList{file.fileName()} + after);
    process.waitForFinished(30000);
    *errors = QString::fromUtf8(process.readAllStandardError());
    return QString::fromUtf8(process.readAllStandardOutput());
}

// The same PDF written again by qpdf with the writer's settings changed: encrypted as a real one
// is, or with a cross-reference stream and object streams as PDF 1.5 allows.
QByteArray rewritten(const QByteArray &pdf, const std::function<void(QPDFWriter *)> &settings)
{
    QPDF document;
    document.processMemoryFile("test", pdf.constData(), size_t(pdf.size()));
    QPDFWriter writer(document);
    writer.setOutputMemory();
    writer.setCompressStreams(false);
    settings(&writer);
    writer.write();
    const std::shared_ptr<Buffer> output = writer.getBufferSharedPointer();
    return QByteArray(reinterpret_cast<const char *>(output->getBuffer()), qsizetype(output->getSize()));
}

} // namespace

class TstPdfPageNumbers : public QObject
{
    Q_OBJECT

private slots:
    void stamps_data()
    {
        QTest::addColumn<int>("pages");
        QTest::addColumn<bool>("indirectResources");
        QTest::addColumn<bool>("arrayContents");
        QTest::addColumn<bool>("objectStreams");
        QTest::newRow("nominal: one page") << 1 << false << false << false;
        QTest::newRow("nominal: three pages, shared indirect resources") << 3 << true << false << false;
        QTest::newRow("nominal: twelve pages, contents arrays") << 12 << false << true << false;
        QTest::newRow("nominal: five pages in object streams, cross-reference stream") << 5 << true << false << true;
    }

    void stamps()
    {
        QFETCH(int, pages);
        QFETCH(bool, indirectResources);
        QFETCH(bool, arrayContents);
        QFETCH(bool, objectStreams);
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        QByteArray pdf = makePdf(pages, indirectResources, arrayContents);
        if (objectStreams) {
            pdf = rewritten(pdf, [](QPDFWriter *writer) { writer->setObjectStreamMode(qpdf_o_generate); });
            QVERIFY(pdf.contains("/ObjStm"));
        }
        QString error;
        QVERIFY2(PdfPageNumbers::stamp(&pdf, &error), qPrintable(error));
        for (int page = 1; page <= pages; ++page)
            QVERIFY(pdf.contains(bodyStream(page))); // the page's own drawing is copied as it is
        QString errors;
        const QString text = poppler(QStringLiteral("pdftotext"), {QStringLiteral("-layout")}, pdf, &errors, {QStringLiteral("-")});
        const QString flat = QString(text).remove(QLatin1Char(' '));
        QVERIFY2(errors.isEmpty(), qPrintable(errors)); // poppler found the xref and objects sound
        QCOMPARE(int(text.count(QLatin1Char('\f'))), pages);
        for (int page = 1; page <= pages; ++page) {
            QVERIFY2(flat.contains(QStringLiteral("Bodytextofpage%1").arg(page)), qPrintable(text));
            QVERIFY2(flat.contains(QStringLiteral("%1/%2").arg(page).arg(pages)), qPrintable(text));
        }
        QCOMPARE(int(flat.count(QStringLiteral("/%1").arg(pages))), pages);

        // Placement: centred on the 594.96 pt wide page, its baseline BaselinePt above the bottom
        // edge of the 841.92 pt high page (poppler's boxes count from the top and reach down to
        // the font's descender, about 0.24 of the 9 pt size).
        const QString boxes = poppler(QStringLiteral("pdftotext"), {QStringLiteral("-bbox")}, pdf, &errors, {QStringLiteral("-")});
        static const QRegularExpression word(QStringLiteral(
            "<word xMin=\"([\\d.]+)\" yMin=\"[\\d.]+\" xMax=\"([\\d.]+)\" yMax=\"([\\d.]+)\">([^<]*)</word>"));
        int numbers = 0;
        for (const QString &page : boxes.split(QStringLiteral("</page>")).mid(0, pages)) {
            double left = 1e9, right = 0, bottom = 0;
            for (auto it = word.globalMatch(page); it.hasNext();) {
                const QRegularExpressionMatch m = it.next();
                if (m.captured(3).toDouble() < 800)
                    continue; // the body text
                left = qMin(left, m.captured(1).toDouble());
                right = qMax(right, m.captured(2).toDouble());
                bottom = m.captured(3).toDouble();
            }
            QVERIFY2(qAbs((left + right) / 2 - 594.96 / 2) < 1, qPrintable(page));
            QVERIFY2(qAbs(bottom - (841.92 - PdfPageNumbers::BaselinePt + 0.236 * 9)) < 0.5, qPrintable(page));
            ++numbers;
        }
        QCOMPARE(numbers, pages);
        const QString fonts = poppler(QStringLiteral("pdffonts"), {}, pdf, &errors).section(QLatin1Char('\n'), 2);
        // The numbers' font is embedded (a subset of DejaVu Sans).
        QVERIFY2(fonts.contains(QRegularExpression(QStringLiteral("^CDPNUM\\+DejaVuSans\\s+TrueType\\s+WinAnsi\\s+yes\\s+yes\\s+yes"),
                                                   QRegularExpression::MultilineOption)),
                 qPrintable(fonts));
    }

    void refuses_data()
    {
        QTest::addColumn<QByteArray>("pdf");
        QTest::newRow("robustness: not a PDF") << QByteArray("Dear editor, this is text.");
        QTest::newRow("robustness: empty") << QByteArray();
        QTest::newRow("robustness: truncated") << makePdf(2, false, false).left(300);
        QTest::newRow("robustness: page tree missing") << makePdf(1, false, false, [](QList<QByteArray> *objects) {
            (*objects)[0].replace("/Pages 2 0 R>>", "/Pages 99 0 R>>");
        });
        QTest::newRow("robustness: page tree loops") << makePdf(1, false, false, [](QList<QByteArray> *objects) {
            (*objects)[1].replace("/Kids [6 0 R]", "/Kids [6 0 R 2 0 R]");
        });
        QTest::newRow("robustness: page without a size") << makePdf(2, false, false, [](QList<QByteArray> *objects) {
            (*objects)[7].replace("/MediaBox [0 0 594.96 841.92]", "/MediaBox (A4)");
        });
        QTest::newRow("robustness: resources not a dictionary") << makePdf(1, false, false, [](QList<QByteArray> *objects) {
            (*objects)[5].replace("/Resources <<", "/Resources [<<").replace(">>\n/MediaBox", ">>]\n/MediaBox");
        });
        QByteArray encrypted = makePdf(1, false, false);
        encrypted.replace("/Root 1 0 R>>", "/Root 1 0 R /Encrypt 3 0 R>>");
        QTest::newRow("robustness: encrypted") << encrypted;
        // RC4 128-bit, no password needed to open it.
        QTest::newRow("robustness: encrypted for real, opens without a password")
            << rewritten(makePdf(2, false, false), [](QPDFWriter *writer) {
                   writer->setR4EncryptionParametersInsecure("", "owner", true, true, true, true, true, true,
                                                              qpdf_r3p_full, true, false);
               });
        QTest::newRow("robustness: cut before its cross-reference table") << makePdf(2, false, false).chopped(200);
        QByteArray garbage = "%PDF-1.4\n";
        for (int i = 0; i < 4096; ++i)
            garbage += char((i * 7919) % 251);
        QTest::newRow("robustness: garbage after a PDF header") << garbage;
    }

    void refuses()
    {
        QFETCH(QByteArray, pdf);
        QByteArray copy = pdf;
        QString error;
        QVERIFY(!PdfPageNumbers::stamp(&copy, &error));
        QVERIFY(!error.isEmpty());
        qInfo("%s", qPrintable(error));
        QCOMPARE(copy, pdf);
    }
};

QTEST_GUILESS_MAIN(TstPdfPageNumbers)
#include "tst_pdfpagenumbers.moc"
