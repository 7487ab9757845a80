#pragma once

#include "model/article.h"
#include "preview/previewview.h"
#include "store/store.h"

#include <QElapsedTimer>

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
class ArticleListModel;
class ArticleListPane;
class HistoryPanel;
class Autosaver;
class ImageInspector;
class MetadataPanel;
class NoticeBar;
class PhotoInserter;
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
    qint64 currentArticleId() const { return m_current.id; }
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
    void importPaths(const QStringList &paths);
    // Dropped files: photos go into the open article, anything else is imported.
    void openFiles(const QStringList &paths);

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
    void createActions();
    void createDocks();
    void createPreview();
    void refreshFilterChoices();
    void loadArticle(qint64 id);
    void scheduleSync();
    void sync();
    void articlesChanged(const QList<Store::Change> &changes);
    void changedElsewhere(const Article &sent, const Article &stored, const Store::SaveOutcome &outcome);
    void showChanged(const Article &article);
    void showRestored(qint64 id);
    void updateStatus(const Article &article);
    void updateImageInspector(int blockNumber);
    void duplicateArticle();
    void deleteArticle();
    void undoDelete();
    void saveRevision();
    void exportArticles();
    void copyForWeChat();
    void articlesImported(qint64 last, const QStringList &problems, const QStringList &warnings);
    void showPreferences();
    void showTrash();
    void showSiteSettings();
    void reportError(const QString &what, const QString &why);

    Store *m_store;
    Autosaver *m_autosaver;
    Article m_current;
    bool m_dirty = false;
    bool m_switching = false;
    qint64 m_lastDeleted = 0;

    ArticleListModel *m_model;
    QUndoStack *m_undo;
    ArticleListPane *m_listPane;
    QStackedWidget *m_centre;
    ArticleEditor *m_editor;
    MetadataPanel *m_metadata;
    ImageInspector *m_inspector;
    QDockWidget *m_photoDock = nullptr;
    HistoryPanel *m_history = nullptr;
    QDockWidget *m_previewDock = nullptr;
    QPointer<PreviewView> m_preview;
    bool m_previewRequested = false;
    PhotoInserter *m_photos = nullptr;
    ArticleFileImporter *m_importer;
    QTimer *m_syncTimer;
    QElapsedTimer m_dirtySince; // since the first edit not yet synced
    StoreWatcher *m_watcher = nullptr;
    NoticeBar *m_saveNotice = nullptr;
    NoticeBar *m_changeNotice = nullptr;

    StatusLine *m_statusLine;
    QAction *m_undoDelete = nullptr;
    QAction *m_previewPhone = nullptr;
};

} // namespace copydesk
