#include "export/pdfpagenumbers.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace copydesk;

namespace {

// A small PDF as Chromium (Skia) writes them: classic xref table, pages under a page tree,
// resources inline or indirect, single or array contents.
QByteArray makePdf(int pages, bool indirectResources, bool arrayContents)
{
    QList<QByteArray> objects; // objects[i] is object i + 1
    objects << "<</Type /Catalog /Pages 2 0 R>>"
            << QByteArray(); // the page tree, filled below
    objects << "<</Type /Font /Subtype /Type1 /BaseFont /Times-Roman>>"; // 3
    objects << "<</Font <</F1 3 0 R>>>>";                                 // 4: shared resources
    QByteArray kids;
    for (int i = 0; i < pages; ++i) {
        const QByteArray text = "BT /F1 12 Tf 72 720 Td (Body text of page " + QByteArray::number(i + 1) + ") Tj ET";
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

QString pdftotext(const QByteArray &pdf, QString *errors)
{
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("t.pdf")));
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(pdf);
    file.close();
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), file.fileName(), QStringLiteral("-")});
    process.waitForFinished(30000);
    *errors = QString::fromUtf8(process.readAllStandardError());
    return QString::fromUtf8(process.readAllStandardOutput());
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
        QTest::newRow("nominal: one page") << 1 << false << false;
        QTest::newRow("nominal: three pages, shared indirect resources") << 3 << true << false;
        QTest::newRow("nominal: twelve pages, contents arrays") << 12 << false << true;
    }

    void stamps()
    {
        QFETCH(int, pages);
        QFETCH(bool, indirectResources);
        QFETCH(bool, arrayContents);
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        const QByteArray original = makePdf(pages, indirectResources, arrayContents);
        QByteArray pdf = original;
        QString error;
        QVERIFY2(PdfPageNumbers::stamp(&pdf, &error), qPrintable(error));
        QVERIFY(pdf.startsWith(original)); // an incremental update: the original bytes stay
        QString errors;
        const QString text = pdftotext(pdf, &errors);
        const QString flat = QString(text).remove(QLatin1Char(' '));
        QVERIFY2(errors.isEmpty(), qPrintable(errors)); // poppler found the xref and objects sound
        for (int page = 1; page <= pages; ++page) {
            QVERIFY2(flat.contains(QStringLiteral("Bodytextofpage%1").arg(page)), qPrintable(text));
            QVERIFY2(flat.contains(QStringLiteral("%1/%2").arg(page).arg(pages)), qPrintable(text));
        }
        QCOMPARE(int(flat.count(QStringLiteral("/%1").arg(pages))), pages);
    }

    void refuses_data()
    {
        QTest::addColumn<QByteArray>("pdf");
        QTest::newRow("robustness: not a PDF") << QByteArray("Dear editor, this is text.");
        QTest::newRow("robustness: empty") << QByteArray();
        QTest::newRow("robustness: truncated") << makePdf(2, false, false).left(300);
        QByteArray noTree = makePdf(1, false, false);
        noTree.replace("/Pages 2 0 R>>", "/Pages 99 0 R>>");
        QTest::newRow("robustness: page tree missing") << noTree;
        QByteArray cycle = makePdf(1, false, false);
        cycle.replace("/Kids [6 0 R]", "/Kids [6 0 R 2 0 R]");
        QTest::newRow("robustness: page tree loops") << cycle;
        QByteArray encrypted = makePdf(1, false, false);
        encrypted.replace("/Root 1 0 R>>", "/Root 1 0 R /Encrypt 3 0 R>>");
        QTest::newRow("robustness: encrypted") << encrypted;
    }

    void refuses()
    {
        QFETCH(QByteArray, pdf);
        QByteArray copy = pdf;
        QString error;
        QVERIFY(!PdfPageNumbers::stamp(&copy, &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(copy, pdf);
    }
};

QTEST_GUILESS_MAIN(TstPdfPageNumbers)
#include "tst_pdfpagenumbers.moc"
