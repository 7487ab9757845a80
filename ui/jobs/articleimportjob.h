#pragma once

#include "jobs/concurrentbatch.h"
#include "import/importedarticle.h"

#include <QObject>
#include <QStringList>

namespace copydesk {

// Reads article files (.docx, .odt, .html, .md, .txt, .json) in parallel off the UI thread,
// photos read from their headers, with progress and cancel; the caller stores the results.
class ArticleImportJob : public QObject
{
    Q_OBJECT

public:
    // One file's outcome: the imported article, or the reason it was refused.
    struct Result
    {
        QString path;
        ImportedArticle imported;
        QString error;
    };

    explicit ArticleImportJob(QObject *parent = nullptr);

    void start(const QStringList &paths);
    void cancel();
    bool isRunning() const;

signals:
    void progress(int done, int total);
    // In the order given; a cancelled job reports what was done.
    void finished(const QList<ArticleImportJob::Result> &results, bool cancelled);

private:
    ConcurrentBatch<Result> m_batch;
};

} // namespace copydesk
