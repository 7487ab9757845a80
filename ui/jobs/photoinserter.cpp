#include "jobs/photoinserter.h"

#include "editor/articleeditor.h"
#include "editor/bodyedit.h"
#include "jobs/jobprogress.h"
#include "media/photobatch.h"
#include "store/autosaver.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>
#include <QWidget>

namespace copydesk {

PhotoInserter::PhotoInserter(ArticleEditor *editor, Autosaver *autosaver, QWidget *window)
    : QObject(window), m_editor(editor), m_autosaver(autosaver), m_window(window), m_job(new PhotoImportJob(this))
{
    connect(m_job, &PhotoImportJob::finished, this, &PhotoInserter::decoded);
}

QString PhotoInserter::fileFilter()
{
    QStringList patterns;
    for (const QString &suffix : PhotoBatch::photoSuffixes())
        patterns.append(QStringLiteral("*.") + suffix);
    return tr("Photos (%1)").arg(patterns.join(QLatin1Char(' '))) + QStringLiteral(";;") + tr("All files (*)");
}

void PhotoInserter::choosePhotos()
{
    const QStringList paths = QFileDialog::getOpenFileNames(m_window, tr("Insert Photos"),
                                                            QSettings().value(QStringLiteral("photos/lastDir")).toString(),
                                                            fileFilter());
    if (paths.isEmpty())
        return;
    QSettings().setValue(QStringLiteral("photos/lastDir"), QFileInfo(paths.first()).absolutePath());
    insertPhotos(paths);
}

void PhotoInserter::chooseReplacement()
{
    const int block = m_editor->body()->currentImageBlockNumber();
    if (block < 0)
        return;
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Replace Photo"),
                                                      QSettings().value(QStringLiteral("photos/lastDir")).toString(),
                                                      fileFilter());
    if (path.isEmpty())
        return;
    m_replaceBlock = block;
    m_job->start({path});
}

void PhotoInserter::chooseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(m_window, tr("Insert Photos from Folder"),
                                                             QSettings().value(QStringLiteral("photos/lastDir")).toString());
    if (folder.isEmpty())
        return;
    QSettings().setValue(QStringLiteral("photos/lastDir"), folder);
    insertPhotos({folder});
}

void PhotoInserter::insertPhotos(const QStringList &chosen)
{
    if (chosen.isEmpty() || m_job->isRunning())
        return;
    // Folders expand to their photos; a batch goes in shooting order (else by file name).
    QStringList paths;
    QString error;
    if (!PhotoBatch::collect(chosen, &paths, &error)) {
        emit problem(tr("Could not add the photos."), error);
        return;
    }
    m_replaceBlock = -1;
    if (paths.size() > 1) {
        JobProgress::show(m_job, &PhotoImportJob::finished, int(paths.size()), tr("Adding photos…"),
                          QStringLiteral("photoProgress"), m_window);
    }
    m_job->start(paths);
}

void PhotoInserter::insertPastedImage(const QImage &image)
{
    if (image.isNull() || m_job->isRunning())
        return;
    m_replaceBlock = -1;
    m_job->startWithImage(image);
}

// Decoded photos go into the article at once; the autosaver stores them off this thread, before
// the article that shows them.
void PhotoInserter::decoded(const QList<PhotoImportJob::Result> &results, bool cancelled)
{
    QList<Block> images;
    QList<DecodedImage> media;
    QStringList problems;
    for (const PhotoImportJob::Result &result : results) {
        if (!result.error.isEmpty()) {
            problems.append(result.error);
            continue;
        }
        media.append(result.image);
        images.append(result.block);
    }
    m_autosaver->queueMedia(media);
    m_editor->body()->provideMedia(media);
    if (m_replaceBlock >= 0 && !images.isEmpty()) {
        // The new file's caption, credit and alt come in as attaching it would bring them; text
        // the editor typed (not the old file's unconfirmed metadata) is only replaced if they say so.
        const Block current = m_editor->body()->imageAt(m_replaceBlock);
        const Block &photo = images.constFirst();
        bool typedOver = false;
        for (auto [typed, fromFile] : {std::pair(current.caption, photo.caption), std::pair(current.credit, photo.credit),
                                       std::pair(current.alt, photo.alt)})
            typedOver = typedOver || (!typed.trimmed().isEmpty() && !fromFile.isEmpty() && typed != fromFile);
        const bool overwrite = typedOver
                && (current.checkMetadata
                    || QMessageBox::question(m_window, tr("Replace Photo"),
                                             tr("The new photo carries its own caption, credit or alt text. "
                                                "Replace the text you typed with it?"),
                                             QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
                               == QMessageBox::Yes);
        m_editor->replacePhoto(m_replaceBlock, photo, overwrite);
    } else
        m_editor->body()->insertImages(images);
    m_replaceBlock = -1;
    if (!problems.isEmpty()) {
        emit problem(tr("%n photo(s) could not be added.", nullptr, int(problems.size())),
                    problems.join(QLatin1Char('\n')));
    } else if (cancelled) {
        emit message(tr("Adding photos cancelled."));
    }
}

} // namespace copydesk
