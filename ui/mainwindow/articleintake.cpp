#include "mainwindow/articleintake.h"

#include "editor/articleeditor.h"
#include "editor/bodyedit.h"
#include "import/html/htmlconverter.h"
#include "import/importedarticle.h"
#include "jobs/articlefileimporter.h"
#include "jobs/photoinserter.h"
#include "mainwindow/articlesession.h"
#include "mainwindow/mainwindow.h"
#include "media/photobatch.h"
#include "models/articlelistmodel.h"
#include "store/autosaver.h"

#include <QMimeData>
#include <QStatusBar>

namespace copydesk {

ArticleIntake::ArticleIntake(MainWindow *window) : QObject(window), m_window(window)
{
    connect(window->m_photos, &PhotoInserter::problem, window, &MainWindow::reportError);
    connect(window->m_photos, &PhotoInserter::message, window,
            [window](const QString &text) { window->statusBar()->showMessage(text, 4000); });
    connect(window->m_importer, &ArticleFileImporter::stored, window, [window](const ImportedArticle &imported) {
        window->m_model->updateArticle(ArticleSummary::of(imported.article));
    });
    connect(window->m_importer, &ArticleFileImporter::finished, this, &ArticleIntake::articlesImported);
    connect(window->m_importer, &ArticleFileImporter::thumbnailsMade, window,
            [window](const QStringList &, const QStringList &problems) {
        if (!problems.isEmpty())
            window->statusBar()->showMessage(
                MainWindow::tr("No thumbnail could be made for: %1").arg(problems.join(QLatin1Char(' '))), 8000);
    });
}

void ArticleIntake::importPaths(const QStringList &paths, bool preview)
{
    if (paths.isEmpty())
        return;
    m_window->m_session->saveNow();
    m_window->m_importer->importPaths(paths, preview);
}

void ArticleIntake::articlesImported(qint64 last, const QStringList &problems, const QStringList &warnings)
{
    if (last)
        m_window->selectArticle(last);
    m_window->refreshFilterChoices();
    if (!problems.isEmpty())
        m_window->reportError(MainWindow::tr("%n file(s) could not be imported.", nullptr, int(problems.size())),
                              problems.join(QLatin1Char('\n')));
    else if (!warnings.isEmpty())
        m_window->statusBar()->showMessage(warnings.join(QLatin1Char(' ')), 8000);
}

// An article someone else holds (EditLease) is read-only: nothing comes into it from outside.
bool ArticleIntake::canInsert()
{
    if (!m_window->m_session->id())
        return false;
    BodyEdit *body = m_window->m_editor->body();
    if (body->isReadOnly())
        m_window->statusBar()->showMessage(MainWindow::tr("This article is open read-only: nothing was added to it."),
                                           6000);
    return !body->isReadOnly();
}

void ArticleIntake::insertPhotos(const QStringList &paths)
{
    if (canInsert())
        m_window->m_photos->insertPhotos(paths);
}

void ArticleIntake::insertPastedImage(const QImage &image)
{
    if (canInsert())
        m_window->m_photos->insertPastedImage(image);
}

void ArticleIntake::pasteHtml(const QString &html)
{
    if (!canInsert())
        return;
    HtmlConverter::Options options;
    options.recognizeTitle = false;
    options.recognizeMetadata = false;
    options.readLocalFiles = false; // pasted HTML never reads the disk
    ImportedArticle imported;
    QString error;
    if (!HtmlConverter::convert(html, options, &imported, &error)) {
        m_window->reportError(MainWindow::tr("Could not paste this copy."), error);
        return;
    }
    m_window->m_autosaver->queueMedia(imported.media);
    BodyEdit *body = m_window->m_editor->body();
    body->provideMedia(imported.media);
    body->insertBlocks(imported.article.blocks);
    if (!imported.warnings.isEmpty())
        m_window->statusBar()->showMessage(imported.warnings.join(QLatin1Char(' ')), 8000);
}

QStringList ArticleIntake::localFiles(const QMimeData *data)
{
    QStringList paths;
    for (const QUrl &url : data->urls()) {
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    }
    return paths;
}

void ArticleIntake::openFiles(const QStringList &paths, bool preview)
{
    QStringList photos;
    QStringList articles;
    for (const QString &path : paths)
        (PhotoBatch::isPhotoFile(path) ? photos : articles).append(path);
    importPaths(articles, preview);
    if (!photos.isEmpty()) {
        if (!m_window->m_session->id())
            m_window->newArticle();
        insertPhotos(photos);
    }
}

} // namespace copydesk
