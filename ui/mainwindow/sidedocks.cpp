#include "mainwindow/sidedocks.h"

#include "dialogs/cropdialog.h"
#include "editor/articleeditor.h"
#include "editor/bodyedit.h"
#include "jobs/articlefileimporter.h"
#include "jobs/photoinserter.h"
#include "jobs/thumbnailprovider.h"
#include "mainwindow/articlesession.h"
#include "mainwindow/historypanel.h"
#include "mainwindow/imageinspector.h"
#include "mainwindow/mainwindow.h"
#include "newsroom/audittrail.h"
#include "newsroom/newsroomdesk.h"
#include "mainwindow/metadatapanel.h"
#include "proof/proofdock.h"

#include <QDockWidget>
#include <QTimer>

namespace copydesk {

void SideDocks::build(MainWindow *window)
{
    // Left: the list, with the article's details and the selected photo below it.
    auto *metadataDock = new QDockWidget(MainWindow::tr("Article Details"), window);
    metadataDock->setObjectName(QStringLiteral("metadataDock"));
    metadataDock->setWidget(window->m_metadata);
    window->addDockWidget(Qt::LeftDockWidgetArea, metadataDock);

    window->m_thumbnails = new ThumbnailProvider(window->m_store, window);
    QObject::connect(window->m_importer, &ArticleFileImporter::thumbnailsMade, window->m_thumbnails,
                     &ThumbnailProvider::announce);
    window->m_inspector = new ImageInspector(window->m_store, window->m_thumbnails, window);
    QObject::connect(window->m_inspector, &ImageInspector::edited, window, [window](const Block &image) {
        const int block = window->m_editor->body()->currentImageBlockNumber();
        if (block >= 0)
            window->m_editor->updateImage(block, image);
    });
    QObject::connect(window->m_inspector, &ImageInspector::removeRequested, window, [window] {
        const int block = window->m_editor->body()->currentImageBlockNumber();
        if (block >= 0)
            window->m_editor->body()->removeImage(block);
    });
    QObject::connect(window->m_inspector, &ImageInspector::replaceRequested, window,
                     [window] { window->m_photos->chooseReplacement(); });
    // Crop and turn, kept as parameters of the photo block (one undoable step).
    QObject::connect(window->m_inspector, &ImageInspector::cropRequested, window, [window] {
        const int block = window->m_editor->body()->currentImageBlockNumber();
        if (block < 0)
            return;
        Block image = window->m_editor->body()->imageAt(block);
        // Without a thumbnail yet the dialog opens on a blank and fills in once it is made.
        QImage thumbnail;
        thumbnail.loadFromData(window->m_thumbnails->thumbnail(image.media));
        CropDialog dialog(thumbnail, QSize(image.width, image.height), image.crop, image.rotation, window);
        QObject::connect(window->m_thumbnails, &ThumbnailProvider::made, &dialog,
                         [window, &dialog, media = image.media](const QStringList &sha256s) {
                             QImage made;
                             if (sha256s.contains(media) && made.loadFromData(window->m_thumbnails->thumbnail(media)))
                                 dialog.setPhoto(made);
                         });
        if (dialog.exec() != QDialog::Accepted)
            return;
        image.crop = dialog.crop() == QRectF(0, 0, 1, 1) ? QRectF() : dialog.crop();
        image.rotation = dialog.rotation();
        window->m_editor->updateImage(block, image);
    });
    QObject::connect(window->m_editor, &ArticleEditor::readOnlyChanged, window->m_inspector, &ImageInspector::setReadOnly);
    window->m_photoDock = new QDockWidget(MainWindow::tr("Photo"), window);
    window->m_photoDock->setObjectName(QStringLiteral("photoDock"));
    window->m_photoDock->setWidget(window->m_inspector);
    window->addDockWidget(Qt::LeftDockWidgetArea, window->m_photoDock);
    window->tabifyDockWidget(metadataDock, window->m_photoDock);

    // The article's versions, with a diff and restore; tabbed with the details.
    window->m_history = new HistoryPanel(window->m_store, window);
    window->m_history->addSection(window->m_newsroom->auditTrail());
    window->m_history->setObjectName(QStringLiteral("historyPanel"));
    // Restoring reads the store: pending edits are written first.
    QObject::connect(window->m_history, &HistoryPanel::aboutToRestore, window, [window](qint64) { window->flush(); });
    QObject::connect(window->m_history, &HistoryPanel::restored, window, [window](qint64 id) {
        if (!window->m_session->restore(id))
            window->selectArticle(id); // read again from the store
    });
    QObject::connect(window->m_editor, &ArticleEditor::readOnlyChanged, window->m_history, &HistoryPanel::setReadOnly);
    auto *historyDock = new QDockWidget(MainWindow::tr("History"), window);
    historyDock->setObjectName(QStringLiteral("historyDock"));
    historyDock->setWidget(window->m_history);
    window->addDockWidget(Qt::LeftDockWidgetArea, historyDock);
    window->tabifyDockWidget(window->m_photoDock, historyDock);
    // Brought to the front of its tabs: catch up on the autosaves it skipped while out of sight.
    QObject::connect(historyDock, &QDockWidget::visibilityChanged, window->m_history, [window](bool visible) {
        if (visible)
            QTimer::singleShot(0, window->m_history, &HistoryPanel::refresh);
    });
    // 校对: the Proofing dock over the article's text (ui/proof), tabbed with the history.
    auto *proofDock = new ProofDock(window->m_store, window->m_editor, window->undoStack(), window,
                                    ProofDock::Start::Later);
    window->m_proofDock = proofDock;
    QObject::connect(window->m_session, &ArticleSession::opened, proofDock, &ProofDock::setArticle);
    window->addDockWidget(Qt::LeftDockWidgetArea, proofDock);
    window->tabifyDockWidget(historyDock, proofDock);
    // Tabs can only be raised once the window is laid out; the details come first.
    QTimer::singleShot(0, metadataDock, &QDockWidget::raise);

    // Right: the page as readers will see it.
    window->m_previewDock = new QDockWidget(MainWindow::tr("Preview"), window);
    window->m_previewDock->setObjectName(QStringLiteral("previewDock"));
    window->addDockWidget(Qt::RightDockWidgetArea, window->m_previewDock);
    window->resizeDocks({window->m_previewDock}, {520}, Qt::Horizontal);
}

} // namespace copydesk
