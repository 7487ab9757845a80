#include "preview/pdfexporter.h"

#include "export/exportformat.h"
#include "export/writers/singlehtmlwriter.h"

#include "export/exportdocument.h"
#include "export/exportfiles.h"
#include "export/pdfdocumentinfo.h"
#include "export/pdfpagenumbers.h"

#include <QApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QMarginsF>
#include <QPageLayout>
#include <QPageSize>
#include <QTemporaryDir>
#include <QTimer>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineSettings>
#include <QWebEngineUrlRequestInfo>
#include <QWebEngineUrlRequestInterceptor>

namespace copydesk {

namespace {

constexpr int LoadTimeoutMs = 120000;

// Lets the page load itself and inline data, nothing else (no network, no other files).
class PageOnlyInterceptor : public QWebEngineUrlRequestInterceptor
{
public:
    PageOnlyInterceptor(const QUrl &page, QObject *parent) : QWebEngineUrlRequestInterceptor(parent), m_page(page) {}

    void interceptRequest(QWebEngineUrlRequestInfo &info) override
    {
        const QUrl url = info.requestUrl();
        info.block(!(url.scheme() == QLatin1String("data") || url == m_page));
    }

private:
    QUrl m_page;
};

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
                      QByteArray *out, QString *error)
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
    const QUrl url = QUrl::fromLocalFile(pagePath);

    QWebEngineProfile profile; // off the record: nothing written to disk
    profile.setHttpCacheType(QWebEngineProfile::NoCache);
    profile.setPersistentCookiesPolicy(QWebEngineProfile::NoPersistentCookies);
    PageOnlyInterceptor interceptor(url, nullptr);
    profile.setUrlRequestInterceptor(&interceptor);
    QWebEnginePage webPage(&profile);
    QWebEngineSettings *settings = webPage.settings();
    settings->setAttribute(QWebEngineSettings::JavascriptEnabled, false);
    settings->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, false);
    settings->setAttribute(QWebEngineSettings::PluginsEnabled, false);
    settings->setAttribute(QWebEngineSettings::AutoLoadIconsForPage, false);

    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    bool loaded = false;
    bool finished = false;
    QObject::connect(&webPage, &QWebEnginePage::loadFinished, &loop, [&](bool ok) {
        loaded = ok;
        finished = true;
        loop.quit();
    });
    webPage.load(url);
    timeout.start(LoadTimeoutMs);
    if (!finished)
        loop.exec();
    if (!loaded) {
        *error = finished ? tr("Cannot make the PDF: the page did not load.")
                          : tr("Cannot make the PDF: the page took too long to load.");
        return false;
    }

    const QPageLayout layout(QPageSize(options.paper == QPageSize::Letter ? QPageSize::Letter : QPageSize::A4),
                             QPageLayout::Portrait,
                             QMarginsF(16, 18, 16, 22), QPageLayout::Millimeter);
    QByteArray bytes;
    finished = false;
    webPage.printToPdf(
        [&](const QByteArray &result) {
            bytes = result;
            finished = true;
            loop.quit();
        },
        layout);
    timeout.start(LoadTimeoutMs);
    if (!finished)
        loop.exec();
    if (!finished || bytes.isEmpty()) {
        *error = finished ? tr("Cannot make the PDF: printing the page failed.")
                          : tr("Cannot make the PDF: printing took too long.");
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
    return pdf(*job.document, job.options, bytes, error);
}

} // namespace copydesk
