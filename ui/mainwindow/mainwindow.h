#pragma once

#include "model/article.h"
#include "preview/previewview.h"
#include "model/wordcounter.h"
#include "store/store.h"

#include <QMainWindow>
#include <QPointer>
#include <QSet>

class QDockWidget;
class QLabel;
class QLineEdit;
class QCheckBox;
class QComboBox;
class QStackedWidget;
class QTimer;
class QTreeView;
class QUndoStack;

namespace copydesk {

class ArticleEditor;
class ArticleFileImporter;
class ArticleIntake;
class ArticleListModel;
class ArticleListPane;
class ArticleSession;
class DeskDialogs;
class HistoryPanel;
class Autosaver;
class ImageInspector;
class MetadataPanel;
class NewsroomDesk;
class NoticeBar;
class PhotoInserter;
class ProofDock;
class ThumbnailProvider;
class StatusLine;
class StoreWatcher;

// The main window: article list, editor, metadata and photo panels, live preview, autosave.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // The store must stay open while the window lives; the autosaver writes through its own
    // connection to the same file.
    MainWindow(Store *store, Autosaver *autosaver, QWidget *parent = nullptr);
    ~MainWindow() override;

    void reloadArticles();
    bool selectArticle(qint64 id);
    qint64 currentArticleId() const;
    // The article as the editor shows it now (what the next autosave writes).
    Article currentArticle() const;
    // Writes pending edits now; false (with a message shown) when the store refused them.
    bool flush();
    void newArticle();
    void openSample();
    void insertPhotos(const QStringList &paths);
    void insertPastedImage(const QImage &image);
    // Formatted copy from Word, WPS, WeChat or a web page: structure kept, formatting dropped.
    void pasteHtml(const QString &html);
    // Imports article files (each becomes a new article); problems are listed in one message.
    // preview: each shown in the import preview first (unless switched off in the settings).
    void importPaths(const QStringList &paths, bool preview = true);
    // Dropped files: photos go into the open article, anything else is imported. Files named on
    // the command line (Open With) are imported as recognised: preview false.
    void openFiles(const QStringList &paths, bool preview = true);
    // The first time a store is used without a named site: the short site dialog, window-modal,
    // not blocking; skipping it is remembered in the store so it is asked once.
    void askForSiteOnFirstRun();

    ArticleEditor *editor() const { return m_editor; }
    // Every edit of the open article, in order.
    QUndoStack *undoStack() const { return m_undo; }
    PreviewView *preview() const { return m_preview; }

signals:
    // After the edits of a sync have gone to the preview and the autosaver.
    void synced();

protected:
    bool event(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    friend class ArticleIntake;
    friend class MainMenus;
    friend class SideDocks;

    void createPreview();
    void refreshFilterChoices();
    void loadArticle(qint64 id);
    void articlesChanged(const QList<Store::Change> &changes);
    void showOpened(const Article &article);
    void showArticle(const Article &article);
    void showNoArticle();
    void updateStatus(const Article &article, int words);
    void updateImageInspector(int blockNumber);
    void duplicateArticle();
    void deleteArticle();
    void leaveTrashed(qint64 id);
    void undoDelete();
    void saveRevision();
    void exportArticles();
    void copyForWeChat();
    void showPreferences();
    void showTrash();
    void showSiteSettings();
    void reportError(const QString &what, const QString &why);

    Store *m_store;
    Autosaver *m_autosaver;
    ArticleSession *m_session = nullptr;
    DeskDialogs *m_dialogs = nullptr;
    qint64 m_lastDeleted = 0;

    ArticleListModel *m_model;
    QUndoStack *m_undo;
    ArticleListPane *m_listPane;
    QStackedWidget *m_centre;
    ArticleEditor *m_editor;
    MetadataPanel *m_metadata;
    ImageInspector *m_inspector;
    ThumbnailProvider *m_thumbnails = nullptr; // the inspector's, the photo desk's and the crop dialog's
    QDockWidget *m_photoDock = nullptr;
    HistoryPanel *m_history = nullptr;
    QDockWidget *m_previewDock = nullptr;
    ProofDock *m_proofDock = nullptr;
    WordCounter m_wordCounter; // the open article's, counted again only where it changed
    QPointer<PreviewView> m_preview;
    bool m_previewRequested = false;
    PhotoInserter *m_photos = nullptr;
    ArticleFileImporter *m_importer;
    ArticleIntake *m_intake = nullptr;
    StoreWatcher *m_watcher = nullptr;
    NoticeBar *m_saveNotice = nullptr;
    NoticeBar *m_changeNotice = nullptr;
    NoticeBar *m_trashNotice = nullptr; // the open article was trashed by another program
    NewsroomDesk *m_newsroom = nullptr;

    StatusLine *m_statusLine;
    QAction *m_undoDelete = nullptr;
    QAction *m_previewPhone = nullptr;
};

} // namespace copydesk
