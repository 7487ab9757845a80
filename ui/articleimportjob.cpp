#include "articleimportjob.h"

#include "articleimporter.h"

#include <QtConcurrent>

namespace copydesk {

ArticleImportJob::ArticleImportJob(QObject *parent) : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<Result>::progressValueChanged, this,
            [this](int value) { emit progress(value, m_watcher.progressMaximum()); });
    connect(&m_watcher, &QFutureWatcher<Result>::finished, this, [this] {
        QList<Result> results;
        const QFuture<Result> future = m_watcher.future();
        for (int i = 0; i < future.resultCount(); ++i) {
            if (future.isResultReadyAt(i))
                results.append(future.resultAt(i));
        }
        emit finished(results, m_cancelled);
    });
}

ArticleImportJob::~ArticleImportJob()
{
    m_watcher.cancel();
    m_watcher.waitForFinished();
}

void ArticleImportJob::start(const QStringList &paths)
{
    m_cancelled = false;
    m_watcher.setFuture(QtConcurrent::mapped(paths, [](const QString &path) {
        Result result;
        result.path = path;
        ArticleImporter::readFile(path, &result.imported, &result.error);
        return result;
    }));
}

void ArticleImportJob::cancel()
{
    m_cancelled = true;
    m_watcher.cancel();
}

bool ArticleImportJob::isRunning() const
{
    return m_watcher.isRunning();
}

} // namespace copydesk
