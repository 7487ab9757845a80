#include "jobs/articleimportjob.h"

#include "import/articleimporter.h"

#include <QtConcurrent>

namespace copydesk {

ArticleImportJob::ArticleImportJob(QObject *parent)
    : QObject(parent),
      m_batch(this, [this](int done, int total) { emit progress(done, total); },
              [this](const QList<Result> &results, bool cancelled) { emit finished(results, cancelled); })
{
}

void ArticleImportJob::start(const QStringList &paths)
{
    m_batch.start(QtConcurrent::mapped(paths, [](const QString &path) {
        Result result;
        result.path = path;
        ArticleImporter::readFile(path, &result.imported, &result.error);
        return result;
    }));
}

void ArticleImportJob::cancel()
{
    m_batch.cancel();
}

bool ArticleImportJob::isRunning() const
{
    return m_batch.isRunning();
}

} // namespace copydesk
