#pragma once

#include "importedarticle.h"

#include <QFutureWatcher>
#include <QObject>
#include <QStringList>

namespace copydesk {

// Reads article files (.docx, .odt, .html, .md, .txt, .json) in parallel off the UI thread,
// photos decoded, with progress and cancel; the caller stores the results.
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
    ~ArticleImportJob() override;

    void start(const QStringList &paths);
    void cancel();
    bool isRunning() const;

signals:
    void progress(int done, int total);
    // In the order given; a cancelled job reports what was done.
    void finished(const QList<ArticleImportJob::Result> &results, bool cancelled);

private:
    QFutureWatcher<Result> m_watcher;
    bool m_cancelled = false;
};

} // namespace copydesk
