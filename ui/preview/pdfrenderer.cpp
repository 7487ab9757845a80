#include "preview/pdfrenderer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QThread>
#include <QWebEngineLoadingInfo>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineSettings>
#include <QWebEngineUrlRequestInfo>
#include <QWebEngineUrlRequestInterceptor>

#include <memory>

namespace copydesk {

namespace {

constexpr int TimeoutMs = 120000;

PdfRenderer *s_instance = nullptr;

void deleteInstance()
{
    delete s_instance;
    s_instance = nullptr;
}

} // namespace

// Lets the current job's page, the blank page and inline data load, nothing else (no network,
// no other files). Qt 6 calls interceptRequest() on the UI thread, the renderer's.
class PdfRenderer::Interceptor : public QWebEngineUrlRequestInterceptor
{
public:
    explicit Interceptor(const PdfRenderer *renderer) : m_renderer(renderer) {}

    void interceptRequest(QWebEngineUrlRequestInfo &info) override
    {
        const QUrl url = info.requestUrl();
        info.block(!(url.scheme() == QLatin1String("data") || url == m_renderer->m_blank
                     || (m_renderer->m_current.ticket != 0 && url == m_renderer->m_current.url)));
    }

private:
    const PdfRenderer *m_renderer;
};

PdfRenderer *PdfRenderer::instance()
{
    Q_ASSERT(QThread::currentThread() == QCoreApplication::instance()->thread());
    if (!s_instance) {
        s_instance = new PdfRenderer;
        // Post routines run last added first: this one, added after the profile started
        // WebEngine, runs before WebEngine's own.
        qAddPostRoutine(deleteInstance);
    }
    return s_instance;
}

PdfRenderer::PdfRenderer(QObject *parent)
    : QObject(parent), m_profile(new QWebEngineProfile), m_interceptor(new Interceptor(this))
{
    // Off the record: nothing written to disk.
    m_profile->setHttpCacheType(QWebEngineProfile::NoCache);
    m_profile->setPersistentCookiesPolicy(QWebEngineProfile::NoPersistentCookies);
    m_profile->setUrlRequestInterceptor(m_interceptor);
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, &PdfRenderer::timedOut);
}

PdfRenderer::~PdfRenderer()
{
    *m_alive = false;
    delete m_page; // a page goes before its profile
    delete m_profile;
    delete m_interceptor;
}

void PdfRenderer::warmUp()
{
    if (m_page)
        return;
    QString error;
    if (!makePage(&error)) {
        qWarning("PDF renderer not started: %s", qUtf8Printable(error));
        return;
    }
    navigate(m_blank);
}

quint64 PdfRenderer::print(const QString &pageFile, const QPageLayout &layout, Done done)
{
    Job job;
    job.ticket = ++m_lastTicket;
    // Each job its own URL: a job of the same file as a cancelled one must not take that one's
    // load events (the query means nothing to a file).
    job.url = QUrl::fromLocalFile(pageFile);
    job.url.setQuery(QStringLiteral("job=%1").arg(job.ticket));
    job.layout = layout;
    job.done = std::move(done);
    m_waiting.append(job);
    QMetaObject::invokeMethod(this, &PdfRenderer::startNext, Qt::QueuedConnection);
    return job.ticket;
}

void PdfRenderer::cancel(quint64 ticket)
{
    if (ticket != 0 && ticket == m_current.ticket) {
        finish({}, tr("cancelled"));
        return;
    }
    for (qsizetype i = 0; i < m_waiting.size(); ++i) {
        if (m_waiting.at(i).ticket == ticket) {
            const Job job = m_waiting.takeAt(i);
            job.done({}, tr("cancelled"));
            return;
        }
    }
}

bool PdfRenderer::makePage(QString *error)
{
    if (m_page)
        return true;
    // The blank page is a file like the jobs' pages, so that loading a job keeps the renderer
    // process the blank page started (one site).
    const QString blank = m_folder.filePath(QStringLiteral("blank.html"));
    QFile file(blank);
    if (!m_folder.isValid() || !file.open(QIODevice::WriteOnly)
        || file.write("<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body></body></html>\n") < 0) {
        *error = tr("cannot write a temporary file: %1").arg(m_folder.isValid() ? file.errorString() : m_folder.errorString());
        return false;
    }
    file.close();
    m_blank = QUrl::fromLocalFile(blank);
    m_page = new QWebEnginePage(m_profile, this);
    QWebEngineSettings *settings = m_page->settings();
    settings->setAttribute(QWebEngineSettings::JavascriptEnabled, false);
    settings->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, false);
    settings->setAttribute(QWebEngineSettings::PluginsEnabled, false);
    settings->setAttribute(QWebEngineSettings::AutoLoadIconsForPage, false);
    connect(m_page, &QWebEnginePage::loadingChanged, this, &PdfRenderer::loaded);
    return true;
}

void PdfRenderer::startNext()
{
    // One navigation at a time: Chromium does not always report a load that another one
    // replaced, so the next load waits for the last one to end.
    if (m_printing || !m_navigation.isEmpty())
        return;
    if (m_current.ticket != 0) {
        if (!m_currentLoading) {
            m_currentLoading = true;
            navigate(m_current.url);
        }
        return;
    }
    if (m_waiting.isEmpty()) {
        // The page of the last job goes (its photos are large); the renderer stays.
        if (m_page && m_page->url() != m_blank)
            navigate(m_blank);
        return;
    }
    QString error;
    if (!makePage(&error)) {
        const Job job = m_waiting.takeFirst();
        job.done({}, error);
        startNext();
        return;
    }
    m_current = m_waiting.takeFirst();
    m_currentLoading = true;
    m_timeout.start(TimeoutMs);
    navigate(m_current.url);
}

void PdfRenderer::navigate(const QUrl &url)
{
    m_navigation = url;
    m_page->load(url);
}

void PdfRenderer::loaded(const QWebEngineLoadingInfo &info)
{
    if (info.status() == QWebEngineLoadingInfo::LoadStartedStatus || info.url() != m_navigation)
        return;
    m_navigation.clear();
    if (info.status() == QWebEngineLoadingInfo::LoadSucceededStatus && !m_warm) {
        m_warm = true;
        emit warmed();
    }
    if (m_current.ticket == 0 || m_printing || info.url() != m_current.url) {
        QMetaObject::invokeMethod(this, &PdfRenderer::startNext, Qt::QueuedConnection);
        return;
    }
    if (info.status() != QWebEngineLoadingInfo::LoadSucceededStatus) {
        finish({}, tr("the page did not load."));
        return;
    }
    m_printing = true;
    m_printTicket = m_current.ticket;
    m_timeout.start(TimeoutMs);
    const std::shared_ptr<bool> alive = m_alive;
    const quint64 ticket = m_current.ticket;
    m_page->printToPdf(
            [this, alive, ticket](const QByteArray &pdf) {
                if (*alive)
                    printed(ticket, pdf);
            },
            m_current.layout);
}

void PdfRenderer::printed(quint64 ticket, const QByteArray &pdf)
{
    if (!m_printing || ticket != m_printTicket)
        return;
    m_printing = false;
    if (ticket == m_current.ticket)
        finish(pdf, pdf.isEmpty() ? tr("printing the page failed.") : QString());
    else
        startNext(); // the print of a cancelled job came back
}

void PdfRenderer::finish(const QByteArray &pdf, const QString &error)
{
    m_timeout.stop();
    const Job job = m_current;
    m_current = Job();
    m_currentLoading = false;
    job.done(pdf, error);
    QMetaObject::invokeMethod(this, &PdfRenderer::startNext, Qt::QueuedConnection);
}

void PdfRenderer::timedOut()
{
    if (m_current.ticket == 0)
        return;
    // A load or print that never ends would hold every later job: a new page takes over.
    const bool printing = m_printing;
    m_printing = false;
    m_navigation.clear();
    m_page->deleteLater();
    m_page = nullptr;
    m_warm = false;
    finish({}, printing ? tr("printing took too long.") : tr("the page took too long to load."));
}

} // namespace copydesk
