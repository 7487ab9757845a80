#include "preview/pdfrenderer.h"

#include "fixtures/testutil.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QPageLayout>
#include <QPageSize>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QWebEnginePage>
#include <QtTest>

using namespace copydesk;

namespace {

// WebEngine shares OpenGL contexts with the application; set before QApplication exists.
const bool sharedContexts = (QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts), true);

constexpr int ChromiumMs = 120000;

const QPageLayout A4(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(16, 18, 16, 22), QPageLayout::Millimeter);

// What a job's done reported.
struct Outcome
{
    bool called = false;
    QByteArray pdf;
    QString error;
};

PdfRenderer::Done into(Outcome *outcome)
{
    return [outcome](const QByteArray &pdf, const QString &error) {
        outcome->called = true;
        outcome->pdf = pdf;
        outcome->error = error;
    };
}

QString writePage(const QTemporaryDir &folder, const QString &name, const QString &body)
{
    const QString path = folder.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(QStringLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body>%1</body></html>")
                       .arg(body)
                       .toUtf8());
    return path;
}

qint64 rendererPid()
{
    const auto *page = PdfRenderer::instance()->findChild<QWebEnginePage *>();
    return page ? page->renderProcessPid() : 0;
}

// The number of edge × edge images in a PDF by pdfimages, or -1 without poppler-utils.
int imageCount(const QByteArray &pdf, int edge, const QTemporaryDir &folder)
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdfimages")).isEmpty())
        return -1;
    const QString path = folder.filePath(QStringLiteral("images.pdf"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size())
        return -1;
    file.close();
    QProcess process;
    process.start(QStringLiteral("pdfimages"), {QStringLiteral("-list"), path});
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return -1;
    // One line an image: "page num type width height …"; blocked ones show as Chromium's
    // broken-image icon, which is smaller.
    const QString listing = QString::fromUtf8(process.readAllStandardOutput());
    return int(listing.count(QRegularExpression(QStringLiteral("\\bimage +%1 +%1 ").arg(edge))));
}

} // namespace

// The warm PDF renderer: started ahead, kept between jobs, jobs in order, cancel, requests blocked.
class TstGuiPdfRenderer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(sharedContexts);
        QVERIFY(m_folder.isValid());
    }

    // warmUp() starts a renderer before any job; the jobs then print in it, one after another,
    // each reported in the order asked.
    void warmRendererKeptBetweenJobs()
    {
        PdfRenderer *renderer = PdfRenderer::instance();
        QVERIFY(!renderer->isWarm());
        QSignalSpy warmed(renderer, &PdfRenderer::warmed);
        renderer->warmUp();
        QTRY_VERIFY_WITH_TIMEOUT(renderer->isWarm(), ChromiumMs);
        QCOMPARE(warmed.size(), 1);
        const qint64 pid = rendererPid();
        QVERIFY(pid > 0);

        const QString first = writePage(m_folder, QStringLiteral("first.html"), QStringLiteral("<p>第一页</p>"));
        const QString second = writePage(m_folder, QStringLiteral("second.html"), QStringLiteral("<p>第二页</p>"));
        Outcome one, two;
        QList<int> order;
        const quint64 a = renderer->print(first, A4, [&](const QByteArray &pdf, const QString &error) {
            order.append(1);
            into(&one)(pdf, error);
        });
        const quint64 b = renderer->print(second, A4, [&](const QByteArray &pdf, const QString &error) {
            order.append(2);
            into(&two)(pdf, error);
        });
        QVERIFY(a != b);
        QVERIFY(!one.called); // done is always called later, from the event loop
        QTRY_VERIFY_WITH_TIMEOUT(one.called && two.called, ChromiumMs);
        QCOMPARE(order, (QList<int>{1, 2}));
        QVERIFY2(one.pdf.startsWith("%PDF-"), qPrintable(one.error));
        QVERIFY2(two.pdf.startsWith("%PDF-"), qPrintable(two.error));
        QCOMPARE(rendererPid(), pid); // the same renderer process printed both
    }

    void cancel_data()
    {
        QTest::addColumn<bool>("running");
        QTest::newRow("robustness: a waiting job") << false;
        QTest::newRow("robustness: the running job") << true;
    }

    // A cancelled job reports "cancelled" at once; the next job still prints.
    void cancel()
    {
        QFETCH(bool, running);
        PdfRenderer *renderer = PdfRenderer::instance();
        const QString page = writePage(m_folder, QStringLiteral("cancel.html"), QStringLiteral("<p>取消</p>"));
        Outcome cancelled, next;
        const quint64 ticket = renderer->print(page, A4, into(&cancelled));
        if (running)
            QTest::qWait(0); // the job has started loading
        renderer->cancel(ticket);
        QVERIFY(cancelled.called);
        QVERIFY(cancelled.pdf.isEmpty());
        QCOMPARE(cancelled.error, QStringLiteral("cancelled"));
        renderer->print(page, A4, into(&next));
        QTRY_VERIFY_WITH_TIMEOUT(next.called, ChromiumMs);
        QVERIFY2(next.pdf.startsWith("%PDF-"), qPrintable(next.error));
    }

    // Only the job's page file and inline data load: a photo beside the page does not.
    void otherFilesBlocked()
    {
        QImage red(40, 40, QImage::Format_RGB32);
        red.fill(Qt::red);
        QVERIFY(red.save(m_folder.filePath(QStringLiteral("beside.png"))));
        const QByteArray inline64 = test::encode(red, "png", -1).toBase64();
        const QString page = writePage(m_folder, QStringLiteral("images.html"),
                                       QStringLiteral("<img src=\"beside.png\"><img src=\"file://%1\"><img src=\"data:image/png;base64,%2\">")
                                               .arg(m_folder.filePath(QStringLiteral("beside.png")), QString::fromLatin1(inline64)));
        Outcome printed;
        PdfRenderer::instance()->print(page, A4, into(&printed));
        QTRY_VERIFY_WITH_TIMEOUT(printed.called, ChromiumMs);
        QVERIFY2(printed.pdf.startsWith("%PDF-"), qPrintable(printed.error));
        const int images = imageCount(printed.pdf, 40, m_folder);
        if (images < 0)
            QSKIP("pdfimages (poppler-utils) is not installed");
        QCOMPARE(images, 1); // the data: URI's
    }

    void missingPage()
    {
        Outcome printed;
        PdfRenderer::instance()->print(m_folder.filePath(QStringLiteral("no-such-page.html")), A4, into(&printed));
        QTRY_VERIFY_WITH_TIMEOUT(printed.called, ChromiumMs);
        QVERIFY(printed.pdf.isEmpty());
        QCOMPARE(printed.error, QStringLiteral("the page did not load."));
    }

private:
    QTemporaryDir m_folder;
};

QTEST_MAIN(TstGuiPdfRenderer)
#include "tst_gui_pdfrenderer.moc"
