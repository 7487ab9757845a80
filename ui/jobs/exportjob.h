#pragma once

#include "export/articleexporter.h"
#include "export/exportformat.h"

#include <QList>
#include <QObject>
#include <QSemaphore>
#include <QString>

#include <atomic>
#include <memory>

class QThread;

namespace copydesk {

// Exports stored articles one after another on a thread of its own, over its own connection to
// the store: loading each article, its photos' renditions and writing the files (core's work) all
// happen there, while progress, the article under way and the question before replacing a file
// come back by queued signals. A PDF is printed by the UI thread's PdfRenderer (PdfExporter hands
// the page over and the worker waits), so the UI thread's event loop must keep running. A cancel
// stops at the exporter's next step, which leaves nothing half-written; the destructor cancels
// and waits in a local event loop (a PDF being printed needs this thread to finish).
class ExportJob : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        QString storePath;
        QList<qint64> articleIds;
        ExportFormat::Id format = ExportFormat::Html;
        QString folder; // exists
        ArticleExporter::Options options;
    };

    // One article's outcome, in the order asked: the file or folder written, or why not.
    struct Result
    {
        bool loaded = false;  // false: the article (or the store) could not be read; error says why
        bool skipped = false; // the user kept the existing file
        bool exported = false;
        QString title;
        QString output;
        QString error;
    };

    explicit ExportJob(QObject *parent = nullptr);
    ~ExportJob() override;

    // Ignored while running.
    void start(const Request &request);
    void cancel();
    bool isRunning() const { return m_running; }
    bool isCancelled() const { return m_cancelled; }
    // The answer to overwriteAsked(): replace the file, or keep it and skip that article.
    void answerOverwrite(bool replace);

signals:
    // done of total, 100 steps per article.
    void progress(int done, int total);
    void articleStarted(const QString &title);
    // The article's output exists; the worker waits for answerOverwrite() (or a cancel).
    void overwriteAsked(const QString &path);
    // Every article was tried, or the job was cancelled: what was done.
    void finished(const QList<ExportJob::Result> &results, bool cancelled);

private:
    void run(const Request &request);
    bool askOverwrite(const QString &path);
    void threadFinished();

    std::unique_ptr<QThread> m_thread;
    bool m_running = false;
    std::atomic<bool> m_cancelled{false};
    std::atomic<bool> m_replace{false};
    QSemaphore m_answered;
    QList<Result> m_results; // written by the worker, read once its thread has finished
};

} // namespace copydesk
