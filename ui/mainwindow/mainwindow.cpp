#include "mainwindow/mainwindow.h"

#include "editor/articleeditor.h"
#include "models/articlelistmodel.h"
#include "store/autosaver.h"
#include "editor/bodyedit.h"
#include "mainwindow/articleintake.h"
#include "mainwindow/articlelistpane.h"
#include "mainwindow/articlesession.h"
#include "mainwindow/deskdialogs.h"
#include "mainwindow/historypanel.h"
#include "mainwindow/statusline.h"
#include "mainwindow/welcomepage.h"
#include "mainwindow/imageinspector.h"
#include "mainwindow/mainmenus.h"
#include "mainwindow/sidedocks.h"
#include "mainwindow/metadatapanel.h"
#include "proof/proofdock.h"
#include "newsroom/newsroomdesk.h"
#include "editor/noticebar.h"
#include "store/storewatcher.h"
#include "jobs/photoinserter.h"
#include "preview/previewview.h"
#include "jobs/articlefileimporter.h"
#include "store/store.h"
#include "import/textimporter.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QMessageBox>
#include <QScreen>
#include <QSessionManager>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTime>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace copydesk {

MainWindow::MainWindow(Store *store, Autosaver *autosaver, QWidget *parent)
    : QMainWindow(parent), m_store(store), m_autosaver(autosaver), m_model(new ArticleListModel(store, this)),
      m_undo(new QUndoStack(this)), m_importer(new ArticleFileImporter(store, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);
    setWindowTitle(tr("Copydesk"));
    m_listPane = new ArticleListPane(m_model, this);
    connect(m_listPane, &ArticleListPane::currentArticleChanged, this, [this](qint64 id) {
        if (id && id != m_session->id() && !m_session->isSwitching())
            loadArticle(id);
    });
    connect(m_listPane, &ArticleListPane::failed, this,
            [this](const QString &error) { reportError(tr("Could not list the articles."), error); });
    connect(m_listPane, &ArticleListPane::filtered, this, [this](const QString &summary) {
        statusBar()->showMessage(summary, 4000);
        m_listPane->selectArticle(m_session->id());
    });

    // Centre: the editor, or a welcome page on an empty store.
    m_editor = new ArticleEditor(store, this);
    m_editor->setUndoStack(m_undo);
    m_metadata = new MetadataPanel(this);
    m_metadata->setUndoStack(m_undo);
    m_session = new ArticleSession(store, autosaver, m_editor, m_metadata, m_undo, this);
    connect(m_editor, &ArticleEditor::edited, m_session, &ArticleSession::scheduleSync);
    connect(m_metadata, &MetadataPanel::edited, m_session, &ArticleSession::scheduleSync);
    connect(m_session, &ArticleSession::opened, this, &MainWindow::showOpened);
    connect(m_session, &ArticleSession::changed, this, &MainWindow::showArticle);
    connect(m_session, &ArticleSession::synced, this, &MainWindow::synced);
    connect(m_session, &ArticleSession::message, this, [this](const QString &text) {
        statusBar()->showMessage(text, 6000);
    });
    connect(m_session, &ArticleSession::conflicted, this, [this] {
        m_changeNotice->showNotice(
            NoticeBar::Kind::Warning,
            tr("This article was also changed by another program while you edited it. Your "
               "version is saved; the other one is kept in the History as “%1”.")
                .arg(Store::revisionReasonName(QString::fromUtf8(Store::ChangedElsewhereReason))),
            {tr("Show History")});
    });
    connect(m_editor->body(), &BodyEdit::currentImageChanged, this, &MainWindow::updateImageInspector);
    connect(m_editor->body(), &QTextEdit::cursorPositionChanged, this, [this] {
        if (m_preview && !m_session->isDirty())
            m_preview->scrollToBlock(m_editor->body()->modelIndexAt(m_editor->body()->textCursor().position()));
    });
    connect(m_editor->body(), &BodyEdit::filesDropped, this, [this](const QStringList &paths) { openFiles(paths); });
    connect(m_editor->body(), &BodyEdit::imagePasted, this, &MainWindow::insertPastedImage);
    connect(m_editor->body(), &BodyEdit::htmlPasted, this, &MainWindow::pasteHtml);

    auto *welcome = new WelcomePage(this);
    connect(welcome, &WelcomePage::newRequested, this, &MainWindow::newArticle);
    connect(welcome, &WelcomePage::sampleRequested, this, &MainWindow::openSample);

    // Above the editor: a save that keeps failing, an article changed by another program.
    auto *editorPage = new QWidget(this);
    auto *editorLayout = new QVBoxLayout(editorPage);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->setSpacing(0);
    m_saveNotice = new NoticeBar(editorPage);
    m_saveNotice->setObjectName(QStringLiteral("saveNotice"));
    m_changeNotice = new NoticeBar(editorPage);
    m_changeNotice->setObjectName(QStringLiteral("changeNotice"));
    connect(m_changeNotice, &NoticeBar::triggered, this, [this](int) {
        m_history->setArticle(m_session->id());
        if (auto *dock = qobject_cast<QDockWidget *>(m_history->parentWidget()))
            dock->raise();
        m_changeNotice->hide();
    });
    m_trashNotice = new NoticeBar(editorPage);
    m_trashNotice->setObjectName(QStringLiteral("trashNotice"));
    connect(m_trashNotice, &NoticeBar::triggered, this, [this](int) {
        m_trashNotice->hide();
        undoDelete();
    });
    editorLayout->addWidget(m_saveNotice);
    editorLayout->addWidget(m_changeNotice);
    editorLayout->addWidget(m_trashNotice);
    auto *leaseNotice = new NoticeBar(editorPage);
    leaseNotice->setObjectName(QStringLiteral("leaseNotice"));
    editorLayout->addWidget(leaseNotice);
    editorLayout->addWidget(m_editor, 1);

    m_centre = new QStackedWidget(this);
    m_centre->addWidget(welcome);
    m_centre->addWidget(editorPage);

    setCentralWidget(m_centre);
    auto *listDock = new QDockWidget(tr("Articles"), this);
    listDock->setObjectName(QStringLiteral("articlesDock"));
    listDock->setWidget(m_listPane);
    listDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    addDockWidget(Qt::LeftDockWidgetArea, listDock);
    resizeDocks({listDock}, {330}, Qt::Horizontal);

    m_statusLine = new StatusLine(this);
    statusBar()->addPermanentWidget(m_statusLine);
    m_newsroom = new NewsroomDesk(store->path(), m_editor, m_metadata, leaseNotice, statusBar(), this);
    connect(m_session, &ArticleSession::opened, m_newsroom, [this](const Article &article) { m_newsroom->articleOpened(article.uuid); });
    connect(m_autosaver, &Autosaver::saved, m_newsroom, &NewsroomDesk::saved);
    connect(m_autosaver, &Autosaver::saving, m_statusLine, &StatusLine::showSaving);
    connect(m_autosaver, &Autosaver::saved, this,
            [this](qint64 id, const QDateTime &updated, qint64 version) {
        m_statusLine->showSaved(updated);
        m_saveNotice->hide();
        if (id == m_session->id() && version)
            m_history->refresh();
    });
    connect(m_autosaver, &Autosaver::failed, this, [this](qint64, const QString &error) {
        m_statusLine->showNotSaved();
        m_saveNotice->showNotice(NoticeBar::Kind::Error,
                                 tr("Your latest edits are not saved yet: %1. They stay in this "
                                    "window, and Copydesk keeps trying every few seconds.")
                                     .arg(error));
    });
    // The preview reads photos from the store: shown again once new ones are written.
    connect(m_autosaver, &Autosaver::mediaSaved, this, [this] {
        if (m_preview && m_session->id())
            m_preview->showArticle(m_session->current());
    });
    m_watcher = new StoreWatcher(m_store, this);
    connect(m_watcher, &StoreWatcher::articlesChanged, this, &MainWindow::articlesChanged);
    m_photos = new PhotoInserter(m_editor, m_autosaver, this);
    m_intake = new ArticleIntake(this);
    connect(qApp, &QGuiApplication::commitDataRequest, this, [this](QSessionManager &) { flush(); });
    m_dialogs = new DeskDialogs(store, this);
    connect(m_dialogs, &DeskDialogs::message, statusBar(), &QStatusBar::showMessage);
    connect(m_dialogs, &DeskDialogs::siteChanged, this, [this] {
        if (m_preview && m_session->id())
            m_preview->showArticle(currentArticle());
    });

    SideDocks::build(this);
    MainMenus::build(this);

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray())) {
        const QRect available = screen()->availableGeometry();
        resize(qMin(1440, available.width() * 9 / 10), qMin(900, available.height() * 9 / 10));
    }
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());

    reloadArticles();
    m_watcher->start();
}

MainWindow::~MainWindow()
{
    // The undo stack is deleted with the window's children, after this class is gone; its last
    // signals must not reach the menus' handlers.
    disconnect(m_undo, nullptr, this, nullptr);
    m_session->sync();
    m_autosaver->flush();
}

void MainWindow::refreshFilterChoices()
{
    QString error;
    const QStringList sections = m_store->sections(&error);
    const QStringList tags = m_store->tags(&error);
    m_listPane->setChoices(sections, tags);
    m_metadata->setSections(sections);
    m_metadata->setKnownTags(tags);
}

void MainWindow::createPreview()
{
    m_preview = new PreviewView(m_store, m_previewDock);
    m_preview->setObjectName(QStringLiteral("preview"));
    if (m_previewPhone && m_previewPhone->isChecked())
        m_preview->setPreviewWidth(PreviewView::Width::Phone);
    m_previewDock->setWidget(m_preview);
    if (m_session->id())
        m_preview->showArticle(m_session->current());
}

void MainWindow::reloadArticles()
{
    QString error;
    if (!m_model->reload(&error))
        reportError(tr("Could not list the articles."), error);
    refreshFilterChoices();
    m_listPane->fitColumns();
    if (!selectArticle(m_session->id()) && !selectArticle(m_model->idAt(0)))
        showNoArticle();
}

bool MainWindow::selectArticle(qint64 id)
{
    int row = id ? m_model->rowOf(id) : -1;
    if (row < 0 && id) {
        // Not among the fetched rows (or filtered out): it still opens, listed at the top.
        Article article;
        QString error;
        if (!m_store->loadArticle(id, &article, &error) || article.id != id)
            return false;
        m_model->updateArticle(ArticleSummary::of(article));
        row = m_model->rowOf(id);
    }
    if (row < 0)
        return false;
    m_listPane->selectArticle(id);
    if (m_session->id() != id)
        loadArticle(id);
    return true;
}

void MainWindow::loadArticle(qint64 id)
{
    m_session->saveNow(); // the article left is written on the worker while this one opens
    QString error;
    if (!m_session->open(id, &error))
        reportError(tr("Could not open the article."), error);
}

Article MainWindow::currentArticle() const
{
    return m_session->current();
}

qint64 MainWindow::currentArticleId() const
{
    return m_session->id();
}

void MainWindow::showOpened(const Article &article)
{
    m_changeNotice->hide();
    m_centre->setCurrentIndex(1);
    m_metadata->setEnabled(!m_editor->isReadOnly());
    m_statusLine->showAllSaved();
    m_history->setArticle(article.id);
    updateImageInspector(m_editor->body()->currentImageBlockNumber());
    showArticle(article);
}

void MainWindow::showNoArticle()
{
    m_session->close();
    m_newsroom->articleOpened(QString());
    m_centre->setCurrentIndex(0);
    m_metadata->setEnabled(false);
    updateStatus(Article(), 0);
}

// The open article, as last synced, everywhere outside the editor.
void MainWindow::showArticle(const Article &article)
{
    const int words = m_wordCounter.count(article);
    m_model->updateArticle(ArticleSummary::of(article, words));
    updateStatus(article, words);
    if (m_preview) {
        m_preview->showArticle(article);
        m_preview->scrollToBlock(m_editor->body()->modelIndexAt(m_editor->body()->textCursor().position()));
    }
    setWindowTitle(tr("%1 — Copydesk").arg(article.title.isEmpty() ? tr("(untitled)") : article.title));
}

void MainWindow::articlesChanged(const QList<Store::Change> &changes)
{
    // Another program (or the newsroom sync) moved the open article to the trash: what was typed
    // in it is saved there, and Undo Delete Article brings it back.
    const qint64 open = m_session->id();
    bool openTrashed = false;
    for (const Store::Change &change : changes)
        openTrashed = change.id == open ? change.trashed : openTrashed;
    if (openTrashed) {
        const QString title = m_session->current().title;
        flush();
        leaveTrashed(open);
        m_trashNotice->showNotice(NoticeBar::Kind::Warning,
                                  tr("“%1” was moved to the trash by another program. What you typed "
                                     "in it is kept there.")
                                      .arg(title.isEmpty() ? tr("(untitled)") : title),
                                  {tr("Take It Out of the Trash")});
    }
    m_session->storeChanged(changes);
    bool listChanged = false;
    for (const Store::Change &change : changes)
        listChanged = listChanged || change.id != m_session->id() || change.trashed;
    if (listChanged) {
        m_model->reload();
        refreshFilterChoices();
        m_listPane->selectArticle(m_session->id());
    }
}

// Waits in a local event loop (the window keeps painting), never blocking on the write.
bool MainWindow::flush()
{
    QString error;
    if (m_session->flush(&error))
        return true;
    reportError(tr("Your latest edits could not be saved. They are kept in this window; "
                   "Copydesk keeps trying."),
                error);
    return false;
}

void MainWindow::updateStatus(const Article &article, int words)
{
    m_editor->setEmbargo(article.embargo);
    m_statusLine->showCounts(article, words);
}

void MainWindow::updateImageInspector(int blockNumber)
{
    const Block image = blockNumber >= 0 ? m_editor->body()->imageAt(blockNumber) : Block();
    m_inspector->setImage(image, blockNumber >= 0);
    if (blockNumber >= 0)
        m_photoDock->raise();
}

void MainWindow::newArticle()
{
    m_session->saveNow();
    Article article = Article::create();
    QString error;
    if (!m_store->insertArticle(&article, &error)) {
        reportError(tr("Could not create an article."), error);
        return;
    }
    m_model->updateArticle(ArticleSummary::of(article));
    selectArticle(article.id);
    m_editor->focusTitle();
}

void MainWindow::openSample()
{
    QFile file(QStringLiteral(":/samples/daxiang-womens-federation.txt"));
    if (!file.open(QIODevice::ReadOnly))
        return;
    Article article = TextImporter::fromPlainText(QString::fromUtf8(file.readAll()));
    QString error;
    m_session->saveNow();
    if (!m_store->insertArticle(&article, &error)) {
        reportError(tr("Could not add the sample article."), error);
        return;
    }
    m_model->updateArticle(ArticleSummary::of(article));
    selectArticle(article.id);
}

void MainWindow::duplicateArticle()
{
    if (!m_session->id())
        return;
    m_session->saveNow();
    Article copy = currentArticle();
    const Article fresh = Article::create();
    copy.id = 0;
    copy.uuid = fresh.uuid;
    copy.created = fresh.created;
    copy.updated = fresh.updated;
    copy.status = Article::Status::Draft;
    copy.title = tr("%1 (copy)").arg(copy.title);
    QString error;
    if (!m_store->insertArticle(&copy, &error)) {
        reportError(tr("Could not duplicate the article."), error);
        return;
    }
    m_model->updateArticle(ArticleSummary::of(copy));
    selectArticle(copy.id);
}

void MainWindow::deleteArticle()
{
    if (!m_session->id() || !flush())
        return;
    const qint64 id = m_session->id();
    QString error;
    if (!m_store->deleteArticle(id, &error)) {
        reportError(tr("Could not delete the article."), error);
        return;
    }
    leaveTrashed(id);
    statusBar()->showMessage(tr("Article moved to the trash. Edit ▸ Undo Delete Article brings it back."), 8000);
}

// The open article is in the trash: the window goes on with its neighbour in the list, and Edit ▸
// Undo Delete Article brings it back.
void MainWindow::leaveTrashed(qint64 id)
{
    m_lastDeleted = id;
    m_undoDelete->setEnabled(true);
    const int row = m_model->rowOf(id);
    m_session->close();
    m_model->removeArticle(id);
    if (!selectArticle(m_model->idAt(qMin(row, m_model->rowCount() - 1))))
        showNoArticle();
}

void MainWindow::undoDelete()
{
    if (!m_lastDeleted)
        return;
    QString error;
    if (!m_store->restoreArticle(m_lastDeleted, &error)) {
        reportError(tr("Could not restore the article."), error);
        return;
    }
    const qint64 id = m_lastDeleted;
    m_lastDeleted = 0;
    m_undoDelete->setEnabled(false);
    reloadArticles();
    selectArticle(id);
}

void MainWindow::saveRevision()
{
    if (!m_session->id() || !flush())
        return;
    QString error;
    if (!m_store->addRevision(m_session->id(), QString::fromLatin1(Store::SavedReason), nullptr, &error)) {
        reportError(tr("Could not save a revision."), error);
        return;
    }
    m_history->refresh();
    statusBar()->showMessage(tr("Revision saved at %1.").arg(QTime::currentTime().toString(QStringLiteral("HH:mm:ss"))), 4000);
}

void MainWindow::exportArticles()
{
    if (!flush())
        return;
    // Several selected articles export together; else the open one.
    QList<qint64> ids = m_listPane->selectedArticles();
    if (ids.size() <= 1 && m_session->id())
        ids = {m_session->id()};
    m_dialogs->exportArticles(ids);
}

void MainWindow::copyForWeChat()
{
    if (m_session->id() && flush())
        m_dialogs->copyForWeChat(m_session->id(), m_editor->body()->toPlainText());
}

void MainWindow::importPaths(const QStringList &paths, bool preview)
{
    m_intake->importPaths(paths, preview);
}

void MainWindow::insertPhotos(const QStringList &paths)
{
    m_intake->insertPhotos(paths);
}

void MainWindow::insertPastedImage(const QImage &image)
{
    m_intake->insertPastedImage(image);
}

void MainWindow::pasteHtml(const QString &html)
{
    m_intake->pasteHtml(html);
}

void MainWindow::showTrash()
{
    if (!flush())
        return;
    if (const qint64 restored = m_dialogs->showTrash()) {
        reloadArticles();
        selectArticle(restored);
    }
}

void MainWindow::showSiteSettings()
{
    m_dialogs->showSiteSettings();
}

void MainWindow::askForSiteOnFirstRun()
{
    m_dialogs->askForSiteOnFirstRun();
}

void MainWindow::showPreferences()
{
    m_dialogs->showPreferences();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!ArticleIntake::localFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    event->acceptProposedAction();
    openFiles(ArticleIntake::localFiles(event->mimeData()));
}

void MainWindow::openFiles(const QStringList &paths, bool preview)
{
    m_intake->openFiles(paths, preview);
}

void MainWindow::reportError(const QString &what, const QString &why)
{
    DeskDialogs::reportError(this, what, why);
}

bool MainWindow::event(QEvent *event)
{
    // WebEngine and the proofing engine start once the window has been painted, so the window
    // appears at once; WebEngine first, as its start-up goes on in its own processes.
    if (event->type() == QEvent::Paint && !m_previewRequested) {
        m_previewRequested = true;
        QTimer::singleShot(0, this, &MainWindow::createPreview);
        QTimer::singleShot(0, m_proofDock, &ProofDock::reload);
    }
    return QMainWindow::event(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!flush()) {
        const auto answer = QMessageBox::question(this, tr("Copydesk"),
                                                  tr("Your latest edits are not saved. Quit anyway and lose them?"),
                                                  QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard) {
            event->ignore();
            return;
        }
    }
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    event->accept();
}

} // namespace copydesk
