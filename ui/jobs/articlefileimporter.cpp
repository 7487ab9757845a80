#include "jobs/articlefileimporter.h"

#include "import/articleimporter.h"
#include "jobs/articleimportjob.h"
#include "jobs/jobprogress.h"
#include "store/store.h"

#include <QFileDialog>
#include <QWidget>

namespace copydesk {

ArticleFileImporter::ArticleFileImporter(Store *store, QWidget *window)
    : QObject(window), m_store(store), m_window(window), m_job(new ArticleImportJob(this))
{
    connect(m_job, &ArticleImportJob::finished, this, [this](const QList<ArticleImportJob::Result> &results) {
        qint64 last = 0;
        QStringList problems;
        QStringList warnings;
        for (const ArticleImportJob::Result &result : results) {
            QString error = result.error;
            ImportedArticle imported = result.imported;
            if (error.isEmpty() && m_store->putMedia(imported.media, &error)
                && m_store->insertArticle(&imported.article, &error, Store::importedReason(result.path))) {
                last = imported.article.id;
                warnings += imported.warnings;
                emit stored(imported);
                continue;
            }
            problems.append(error);
        }
        emit finished(last, problems, warnings);
    });
}

QStringList ArticleFileImporter::choose()
{
    return QFileDialog::getOpenFileNames(m_window, tr("Import Articles"), QString(),
                                         ArticleImporter::fileDialogFilter() + QStringLiteral(";;")
                                             + tr("All files (*)"));
}

void ArticleFileImporter::importPaths(const QStringList &paths)
{
    if (paths.isEmpty() || m_job->isRunning())
        return;
    if (paths.size() > 1) {
        JobProgress::show(m_job, &ArticleImportJob::finished, int(paths.size()), tr("Importing articles…"),
                          QStringLiteral("importProgress"), m_window);
    }
    m_job->start(paths);
}

} // namespace copydesk
