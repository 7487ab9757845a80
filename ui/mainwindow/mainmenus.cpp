#include "mainwindow/mainmenus.h"

#include "application/appearance.h"
#include "dialogs/aboutdialog.h"
#include "dialogs/photodesk.h"
#include "editor/articleeditor.h"
#include "editor/bodyedit.h"
#include "jobs/articlefileimporter.h"
#include "jobs/photoinserter.h"
#include "mainwindow/articlesession.h"
#include "mainwindow/mainwindow.h"
#include "newsroom/newsroomdesk.h"
#include "proof/chineseconversion.h"
#include "proof/proofdock.h"
#include "proof/wordlistsdialog.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QDockWidget>
#include <QMenuBar>
#include <QSettings>
#include <QStatusBar>
#include <QToolBar>
#include <QUndoStack>

namespace copydesk {

void MainMenus::build(MainWindow *window)
{
    QMenu *file = window->menuBar()->addMenu(MainWindow::tr("&File"));
    QAction *newAction = file->addAction(Appearance::icon("new"), MainWindow::tr("&New Article"), window, &MainWindow::newArticle);
    newAction->setShortcut(QKeySequence::New);
    newAction->setObjectName(QStringLiteral("newArticleAction"));
    QAction *duplicate = file->addAction(MainWindow::tr("&Duplicate Article"), window, &MainWindow::duplicateArticle);
    duplicate->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    QAction *remove = file->addAction(MainWindow::tr("&Delete Article"), window, &MainWindow::deleteArticle);
    remove->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Delete));
    file->addSeparator();
    QAction *import = file->addAction(Appearance::icon("import"), MainWindow::tr("&Import…"), window, [window] {
        window->importPaths(window->m_importer->choose());
    });
    import->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    QAction *save = file->addAction(Appearance::icon("save"), MainWindow::tr("&Save Revision"), window, &MainWindow::saveRevision);
    save->setShortcut(QKeySequence::Save);
    QAction *exportAction = file->addAction(Appearance::icon("export"), MainWindow::tr("&Export…"), window, &MainWindow::exportArticles);
    exportAction->setObjectName(QStringLiteral("exportAction"));
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    file->addAction(MainWindow::tr("Open the Sample Article"), window, &MainWindow::openSample);
    file->addAction(MainWindow::tr("&Trash…"), window, &MainWindow::showTrash);
    file->addAction(MainWindow::tr("Connect to &Newsroom Server…"), window->m_newsroom, &NewsroomDesk::showConnectDialog);
    file->addAction(window->m_newsroom->reviewQueueAction());
    file->addAction(window->m_newsroom->approveAction());
    file->addSeparator();
    file->addAction(MainWindow::tr("Site &Settings…"), window, &MainWindow::showSiteSettings);
    file->addAction(MainWindow::tr("&Preferences…"), window, &MainWindow::showPreferences)->setMenuRole(QAction::PreferencesRole);
    file->addSeparator();
    QAction *quit = file->addAction(MainWindow::tr("&Quit"), window, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    const ArticleEditor::Actions &a = window->m_editor->actions();
    QMenu *edit = window->menuBar()->addMenu(MainWindow::tr("&Edit"));
    // One stack for every edit of the open article: headline, body, photos, details, restore.
    QAction *undo = window->m_undo->createUndoAction(window, MainWindow::tr("&Undo"));
    undo->setObjectName(QStringLiteral("undoAction"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = window->m_undo->createRedoAction(window, MainWindow::tr("&Redo"));
    redo->setObjectName(QStringLiteral("redoAction"));
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    if (!redoKeys.contains(QKeySequence(Qt::CTRL | Qt::Key_Y)))
        redoKeys.append(QKeySequence(Qt::CTRL | Qt::Key_Y)); // as in Word and WPS
    redo->setShortcuts(redoKeys);
    edit->addActions({undo, redo});
    edit->addSeparator();
    // Cut, Copy, Paste and Select All act on the field with the focus, as in Word and WPS; in
    // the body a photo goes whole.
    const auto onFocus = [window](const char *slot) {
        QWidget *focus = QApplication::focusWidget();
        BodyEdit *body = window->m_editor->body();
        if (focus == body && qstrcmp(slot, "cut") == 0)
            body->cutBlocks();
        else if (focus == body && qstrcmp(slot, "copy") == 0)
            body->copyBlocks();
        else if (focus)
            QMetaObject::invokeMethod(focus, slot);
    };
    const struct
    {
        const char *name;
        const char *slot;
        QString text;
        QKeySequence::StandardKey key;
    } clipboard[] = {{"cutAction", "cut", MainWindow::tr("Cu&t"), QKeySequence::Cut},
                     {"copyAction", "copy", MainWindow::tr("&Copy"), QKeySequence::Copy},
                     {"pasteAction", "paste", MainWindow::tr("&Paste"), QKeySequence::Paste},
                     {"selectAllAction", "selectAll", MainWindow::tr("Select &All"), QKeySequence::SelectAll}};
    QList<QAction *> editing; // off while someone else holds the article
    for (const auto &entry : clipboard) {
        QAction *action = edit->addAction(entry.text, window, [onFocus, slot = entry.slot] { onFocus(slot); });
        action->setObjectName(QLatin1String(entry.name));
        action->setShortcut(entry.key);
        if (qstrcmp(entry.slot, "cut") == 0 || qstrcmp(entry.slot, "paste") == 0)
            editing.append(action);
    }
    edit->addSeparator();
    edit->addAction(MainWindow::tr("Copy for &WeChat"), window, &MainWindow::copyForWeChat)
            ->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    window->m_undoDelete = edit->addAction(MainWindow::tr("Undo &Delete Article"), window, &MainWindow::undoDelete);
    window->m_undoDelete->setEnabled(false);
    edit->addSeparator();
    QAction *plainPaste = edit->addAction(MainWindow::tr("Paste as &Plain Text"), window->m_editor->body(), &BodyEdit::pastePlainText);
    plainPaste->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    plainPaste->setObjectName(QStringLiteral("plainPasteAction"));
    edit->addSeparator();
    edit->addActions({a.find, a.replace});
    edit->addSeparator();
    edit->addActions({a.photoUp, a.photoDown});

    QMenu *insert = window->menuBar()->addMenu(MainWindow::tr("&Insert"));
    // Photos from the menu go into a new article when none is open.
    QAction *photos = insert->addAction(Appearance::icon("photo"), MainWindow::tr("&Photos…"), window, [window] {
        if (window->m_session->id() || (window->newArticle(), window->m_session->id()))
            window->m_photos->choosePhotos();
    });
    photos->setObjectName(QStringLiteral("insertPhotosAction"));
    photos->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    QAction *folder = insert->addAction(MainWindow::tr("Photos from &Folder…"), window, [window] {
        if (window->m_session->id() || (window->newArticle(), window->m_session->id()))
            window->m_photos->chooseFolder();
    });
    insert->addAction(a.link);

    QMenu *format = window->menuBar()->addMenu(MainWindow::tr("F&ormat"));
    format->addActions({a.bold, a.italic});
    format->addSeparator();
    format->addActions({a.paragraph, a.heading2, a.heading3, a.quote, a.bulletList, a.numberedList});

    // 校对: the Proofing dock and 繁简 conversion of the selection, or of the article without one.
    QMenu *proofing = window->menuBar()->addMenu(MainWindow::tr("&Proofing"));
    if (auto *proofDock = window->findChild<ProofDock *>(QStringLiteral("proofDock"))) {
        QAction *show = proofing->addAction(MainWindow::tr("&Check Article"));
        show->setObjectName(QStringLiteral("actionProofCheck"));
        show->setShortcut(QKeySequence(Qt::Key_F7));
        QObject::connect(show, &QAction::triggered, proofDock, [proofDock] {
            proofDock->show();
            proofDock->raise();
        });
        QAction *lists = proofing->addAction(MainWindow::tr("&Word Lists and Dictionary…"));
        lists->setObjectName(QStringLiteral("actionWordLists"));
        QObject::connect(lists, &QAction::triggered, window, [window, proofDock] {
            WordListsDialog dialog(window->m_store, window);
            QObject::connect(&dialog, &WordListsDialog::changed, proofDock, &ProofDock::reload);
            dialog.exec();
        });
        proofing->addSeparator();
    }
    QMenu *conversion = proofing->addMenu(MainWindow::tr("Convert &Chinese (Selection or Article)"));
    for (const char *config : {"t2s", "s2t", "s2twp", "tw2s"}) {
        const QString name = QString::fromLatin1(config);
        QAction *convert = conversion->addAction(ChineseConversion::displayName(name));
        convert->setObjectName(QStringLiteral("actionConvert_") + name);
        editing.append(convert);
        QObject::connect(convert, &QAction::triggered, window, [window, name] {
            if (!window->m_session->id())
                return;
            window->statusBar()->showMessage(ChineseConversion::convert(window->m_editor, window->undoStack(), name), 5000);
        });
    }
    editing.append(conversion->menuAction());
    remove->setObjectName(QStringLiteral("deleteArticleAction"));
    editing << remove << plainPaste << photos << folder;
    // Someone else holds the open article: nothing here changes it (the editor's own actions,
    // panels and docks follow ArticleEditor::readOnlyChanged themselves).
    const auto follow = [window, editing, undo, redo] {
        const bool editable = !window->m_editor->isReadOnly();
        for (QAction *action : editing)
            action->setEnabled(editable);
        undo->setEnabled(editable && window->m_undo->canUndo());
        redo->setEnabled(editable && window->m_undo->canRedo());
    };
    QObject::connect(window->m_editor, &ArticleEditor::readOnlyChanged, window, follow);
    // Connected after the stack's own connections to the actions, so this has the last word.
    QObject::connect(window->m_undo, &QUndoStack::canUndoChanged, window, follow);
    QObject::connect(window->m_undo, &QUndoStack::canRedoChanged, window, follow);

    QMenu *view = window->menuBar()->addMenu(MainWindow::tr("&View"));
    QAction *togglePreview = window->m_previewDock->toggleViewAction();
    togglePreview->setText(MainWindow::tr("&Preview"));
    togglePreview->setIcon(Appearance::icon("preview"));
    togglePreview->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    view->addAction(togglePreview);
    auto *widths = new QActionGroup(window);
    QAction *desktop = view->addAction(MainWindow::tr("&Desktop Width"));
    window->m_previewPhone = view->addAction(MainWindow::tr("P&hone Width (375 px)"));
    for (QAction *action : {desktop, window->m_previewPhone}) {
        action->setCheckable(true);
        widths->addAction(action);
    }
    // The width chosen last time comes back with the window.
    const bool phone = QSettings().value(QStringLiteral("view/phoneWidth")).toBool();
    (phone ? window->m_previewPhone : desktop)->setChecked(true);
    QObject::connect(widths, &QActionGroup::triggered, window, [window](QAction *action) {
        const bool phone = action == window->m_previewPhone;
        QSettings().setValue(QStringLiteral("view/phoneWidth"), phone);
        if (window->m_preview)
            window->m_preview->setPreviewWidth(phone ? PreviewView::Width::Phone : PreviewView::Width::Desktop);
    });
    // The photo desk: every photo of the article in one table, for the captioning pass.
    QAction *desk = view->addAction(Appearance::icon("photo"), MainWindow::tr("Photo &Desk…"), window, [window] {
        auto *deskDialog = window->findChild<PhotoDesk *>();
        if (!deskDialog)
            deskDialog = new PhotoDesk(window->m_editor, window->m_thumbnails, window);
        deskDialog->refresh();
        deskDialog->show();
        deskDialog->raise();
        deskDialog->activateWindow();
    });
    desk->setObjectName(QStringLiteral("photoDeskAction"));
    desk->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_P));
    view->addSeparator();
    for (QDockWidget *dock : window->findChildren<QDockWidget *>()) {
        if (dock != window->m_previewDock)
            view->addAction(dock->toggleViewAction());
    }

    QMenu *help = window->menuBar()->addMenu(MainWindow::tr("&Help"));
    help->addAction(MainWindow::tr("&About Copydesk"), window, [window] { AboutDialog(window).exec(); })->setMenuRole(QAction::AboutRole);
    help->addAction(MainWindow::tr("About &Qt"), qApp, &QApplication::aboutQt)->setMenuRole(QAction::AboutQtRole);

    auto *toolbar = window->addToolBar(MainWindow::tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->setIconSize(QSize(18, 18));
    toolbar->addActions({newAction, import, photos, save, exportAction});
    toolbar->addSeparator();
    toolbar->addAction(togglePreview);
    toolbar->addAction(window->m_previewPhone);
}

} // namespace copydesk
