#pragma once

#include <QList>
#include <QObject>
#include <QPageLayout>
#include <QString>
#include <QTemporaryDir>
#include <QTimer>
#include <QUrl>

#include <functional>
#include <memory>

class QWebEngineLoadingInfo;
class QWebEnginePage;
class QWebEngineProfile;

namespace copydesk {

// Chromium kept ready for printing PDFs (the warm renderer): one off-the-record profile and one
// hidden page that stays loaded between jobs, so that only the first job, or warmUp(), pays for
// starting the renderer. Scripts are off and every request but the job's page file, the
// renderer's own blank page and data: URIs is blocked. Jobs run one at a time in the order asked.
// Lives on the main thread (WebEngine's); the application's one is instance().
class PdfRenderer : public QObject
{
    Q_OBJECT

public:
    // The PDF's bytes, or empty bytes and a one-line reason.
    using Done = std::function<void(const QByteArray &pdf, const QString &error)>;

    // The application's renderer, made on first use (main thread only); deleted as the
    // application ends, before WebEngine.
    static PdfRenderer *instance();

    explicit PdfRenderer(QObject *parent = nullptr);
    ~PdfRenderer() override;

    // Starts the renderer now with a blank page; nothing if it is already started.
    void warmUp();
    // True once the blank page or a job's page has loaded (a renderer is running).
    bool isWarm() const { return m_warm; }
    // Loads the page file and prints it; done is called later on this thread, in every case.
    // Returns the job's ticket for cancel().
    quint64 print(const QString &pageFile, const QPageLayout &layout, Done done);
    // Ends a waiting or running job now: its done gets "cancelled". A print Chromium has
    // already begun finishes unseen before the next job starts.
    void cancel(quint64 ticket);

signals:
    // The renderer is running (after warmUp() or a first job).
    void warmed();

private:
    struct Job
    {
        quint64 ticket = 0;
        QUrl url;
        QPageLayout layout;
        Done done;
    };

    class Interceptor;

    bool makePage(QString *error);
    void startNext();
    void navigate(const QUrl &url);
    void loaded(const QWebEngineLoadingInfo &info);
    void printed(quint64 ticket, const QByteArray &pdf);
    void finish(const QByteArray &pdf, const QString &error);
    void timedOut();

    QTemporaryDir m_folder; // the blank page
    QUrl m_blank;
    QWebEngineProfile *m_profile = nullptr;
    Interceptor *m_interceptor = nullptr;
    QWebEnginePage *m_page = nullptr;
    bool m_warm = false;
    QList<Job> m_waiting;
    Job m_current;        // ticket 0: none
    bool m_currentLoading = false; // its page asked for
    QUrl m_navigation;             // the load under way, empty when none
    bool m_printing = false; // Chromium's print of a job (maybe a cancelled one) is out
    quint64 m_printTicket = 0;
    quint64 m_lastTicket = 0;
    QTimer m_timeout;
    // False once the renderer starts to go: the page, deleted after it, may still call back.
    std::shared_ptr<bool> m_alive = std::make_shared<bool>(true);
};

} // namespace copydesk
