#include "jobs/articlefileimporter.h"

#include "import/articleimporter.h"
#include "jobs/articleimportjob.h"
#include "jobs/importreview.h"
#include "jobs/jobprogress.h"
#include "jobs/thumbnailjob.h"

#include <QFileDialog>
#include <QWidget>

namespace copydesk {

ArticleFileImporter::ArticleFileImporter(Store *store, QWidget *window)
    : QObject(window), m_job(new ArticleImportJob(this)), m_review(new ImportReview(store, window, this)), m_window(window)
{
    // Read in the background, previewed, then stored (ImportReview).
    connect(m_job, &ArticleImportJob::finished, m_review,
            [this](const QList<ArticleImportJob::Result> &results) { m_review->start(results, m_preview); });
    connect(m_review, &ImportReview::stored, this, &ArticleFileImporter::stored);
    connect(m_review, &ImportReview::finished, this, &ArticleFileImporter::finished);
    connect(m_review->thumbnails(), &ThumbnailJob::made, this, &ArticleFileImporter::thumbnailsMade);
}

QStringList ArticleFileImporter::choose()
{
    return QFileDialog::getOpenFileNames(m_window, tr("Import Articles"), QString(),
                                         ArticleImporter::fileDialogFilter() + QStringLiteral(";;")
                                             + tr("All files (*)"));
}

void ArticleFileImporter::importPaths(const QStringList &paths, bool preview)
{
    if (paths.isEmpty() || m_job->isRunning() || m_review->isRunning())
        return;
    m_preview = preview;
    if (paths.size() > 1) {
        JobProgress::show(m_job, &ArticleImportJob::finished, int(paths.size()), tr("Importing articles…"),
                          QStringLiteral("importProgress"), m_window);
    }
    m_job->start(paths);
}

} // namespace copydesk
