#include "preview/pdfexporter.h"

#include "export/exportformat.h"
#include "export/writers/singlehtmlwriter.h"

#include "export/exportdocument.h"
#include "export/exportfiles.h"
#include "export/pdfdocumentinfo.h"
#include "export/pdfpagenumbers.h"
#include "preview/pdfrenderer.h"

#include <QApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QMarginsF>
#include <QPageLayout>
#include <QPageSize>
#include <QTemporaryDir>
#include <QTimer>
#include <QSemaphore>
#include <QThread>

#include <atomic>
#include <memory>

namespace copydesk {

namespace {

// Polls the caller's progress this often while Chromium works, for a cancel.
constexpr int PollMs = 50;

// Prints the page file with the application's PdfRenderer and waits: in a local event loop on
// the main thread, or on a semaphore on any other thread while the main thread's event loop
// runs the renderer. cancelled() is asked every PollMs; true ends the wait with an empty result.
bool printPage(const QString &pageFile, const QPageLayout &layout, const std::function<bool()> &cancelled,
               QByteArray *pdf, QString *error)
{
    bool gaveUp = false;
    if (QThread::currentThread() == QCoreApplication::instance()->thread()) {
        PdfRenderer *renderer = PdfRenderer::instance();
        QEventLoop loop;
        bool finished = false;
        // The renderer always calls back, a cancel included, so the references stay valid.
        const quint64 ticket = renderer->print(pageFile, layout, [&](const QByteArray &bytes, const QString &why) {
            *pdf = bytes;
            *error = why;
            finished = true;
            loop.quit();
        });
        QTimer poll;
        QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
            if (!gaveUp && cancelled && cancelled()) {
                gaveUp = true;
                renderer->cancel(ticket);
            }
        });
        poll.start(PollMs);
        while (!finished)
            loop.exec();
        return !gaveUp && !pdf->isEmpty();
    }
    // Shared with the main thread, which may still call back after this thread stopped waiting.
    struct Result
    {
        QSemaphore done;
        QByteArray pdf;
        QString error;
        std::atomic<quint64> ticket{0};
    };
    const auto result = std::make_shared<Result>();
    QMetaObject::invokeMethod(QCoreApplication::instance(), [result, pageFile, layout] {
        result->ticket = PdfRenderer::instance()->print(pageFile, layout, [result](const QByteArray &bytes, const QString &why) {
            result->pdf = bytes;
            result->error = why;
            result->done.release();
        });
    }, Qt::QueuedConnection);
    while (!result->done.tryAcquire(1, PollMs)) {
        if (!gaveUp && cancelled && cancelled()) {
            gaveUp = true;
            QMetaObject::invokeMethod(QCoreApplication::instance(), [result] {
                PdfRenderer::instance()->cancel(result->ticket);
            }, Qt::QueuedConnection);
        }
    }
    *pdf = result->pdf;
    *error = result->error;
    return !gaveUp && !pdf->isEmpty();
}

} // namespace

void PdfExporter::install()
{
    ExportFormat::setWriter(ExportFormat::Pdf, std::make_shared<PdfExporter>());
}

QString PdfExporter::printStylesheet(const Theme &theme, QPageSize::PageSizeId paper)
{
    // The paper and margins, then the theme's print.css; the bottom margin leaves room for the
    // stamped page numbers.
    const QString size = paper == QPageSize::Letter ? QStringLiteral("letter") : QStringLiteral("A4");
    return QStringLiteral("@page { size: %1; margin: 18mm 16mm 22mm 16mm; }\n").arg(size) + theme.printCss();
}

bool PdfExporter::pdf(const ExportDocument &document, const ArticleExporter::Options &options,
                      QByteArray *out, QString *error, const std::function<bool()> &progress)
{
    if (!qobject_cast<QApplication *>(QCoreApplication::instance())) {
        *error = tr("Cannot make the PDF: it needs the graphical application (QApplication).");
        return false;
    }
    QString renderError;
    QString html = SingleHtmlWriter::html(document, options.theme, &renderError);
    if (!renderError.isEmpty()) {
        *error = tr("Cannot make the PDF: %1").arg(renderError);
        return false;
    }
    const qsizetype head = html.indexOf(QLatin1String("</head>"));
    html.insert(head < 0 ? 0 : head, QStringLiteral("<style>\n") + printStylesheet(options.theme, options.paper)
                                         + QStringLiteral("</style>\n"));

    // Loaded from a file: setHtml() refuses pages over 2 MB, and photos make pages larger.
    QTemporaryDir folder;
    const QString pagePath = folder.filePath(QStringLiteral("article.html"));
    QFile page(pagePath);
    if (!folder.isValid() || !page.open(QIODevice::WriteOnly)
        || page.write(html.toUtf8()) != html.toUtf8().size() || !page.flush()) {
        *error = tr("Cannot make the PDF: cannot write a temporary file: %1")
                     .arg(folder.isValid() ? page.errorString() : folder.errorString());
        return false;
    }
    page.close();

    const QPageLayout layout(QPageSize(options.paper == QPageSize::Letter ? QPageSize::Letter : QPageSize::A4),
                             QPageLayout::Portrait,
                             QMarginsF(16, 18, 16, 22), QPageLayout::Millimeter);
    QByteArray bytes;
    QString printError;
    bool cancelled = false;
    const auto askCancel = [&] {
        cancelled = cancelled || (progress && !progress());
        return cancelled;
    };
    if (!printPage(pagePath, layout, askCancel, &bytes, &printError)) {
        if (cancelled) {
            if (error->isEmpty())
                *error = tr("Export cancelled.");
        } else {
            *error = tr("Cannot make the PDF: %1").arg(printError);
        }
        return false;
    }
    QString stampError;
    if (!PdfPageNumbers::stamp(&bytes, &stampError))
        qWarning("PDF without page numbers: %s", qUtf8Printable(stampError));
    QString infoError;
    if (!PdfDocumentInfo::of(document.article()).apply(&bytes, &infoError))
        qWarning("PDF without document information: %s", qUtf8Printable(infoError));
    *out = bytes;
    return true;
}

bool PdfExporter::render(const Job &job, QByteArray *bytes, QString *error) const
{
    std::function<bool()> progress;
    if (job.progress)
        progress = [&job] { return job.progress(0, 1); };
    return pdf(*job.document, job.options, bytes, error, progress);
}

} // namespace copydesk
