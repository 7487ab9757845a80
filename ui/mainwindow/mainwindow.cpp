#include "mainwindow/mainwindow.h"

#include "environment/appenvironment.h"
#include "editor/articleeditor.h"
#include "models/articlelistmodel.h"
#include "store/autosaver.h"
#include "editor/bodyedit.h"
#include "document/documentmapper.h"
#include "mainwindow/historypanel.h"
#include "mainwindow/imageinspector.h"
#include "mainwindow/metadatapanel.h"
#include "editor/noticebar.h"
#include "model/articlemerge.h"
#include "store/storewatcher.h"
#include "media/photobatch.h"
#include "jobs/photoimportjob.h"
#include "preview/previewview.h"
#include "proof/proofdock.h"
#include "export/articleexporter.h"
#include "import/articleimporter.h"
#include "jobs/articleimportjob.h"
#include "dialogs/exportdialog.h"
#include "import/html/htmlconverter.h"
#include "import/importedarticle.h"
#include "dialogs/sitesettingsdialog.h"
#include "store/store.h"
#include "import/textimporter.h"
#include "dialogs/trashdialog.h"
#include "dialogs/aboutdialog.h"
#include "dialogs/preferencesdialog.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QMimeData>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressDialog>
#include <QScreen>
#include <QPushButton>
#include <QSessionManager>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTime>
#include <QTextCursor>
#include <QTextDocument>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace copydesk {

namespace {

// Edits reach the preview and the autosaver this long after typing pauses, and never later than
// SyncMaxWaitMs after the first of them, however fast the typing.
constexpr int SyncDelayMs = 120;
constexpr int SyncMaxWaitMs = 250;

QIcon icon(const char *name)
{
    return QIcon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(name)));
}

ArticleSummary summaryOf(const Article &article)
{
    ArticleSummary summary;
    summary.id = article.id;
    summary.uuid = article.uuid;
    summary.title = article.title;
    summary.status = article.status;
    summary.section = article.section;
    summary.created = article.created;
    summary.updated = article.updated;
    summary.words = article.wordCount();
    summary.images = article.imageCount();
    summary.imagesMissingCaption = article.imagesMissingCaption();
    return summary;
}

QString photoFilter()
{
    return MainWindow::tr("Photos (*.jpg *.jpeg *.png *.webp *.gif *.tif *.tiff *.bmp *.heic);;All files (*)");
}

} // namespace

MainWindow::MainWindow(Store *store, Autosaver *autosaver, QWidget *parent)
    : QMainWindow(parent), m_store(store), m_autosaver(autosaver), m_model(new ArticleListModel(store, this)),
      m_photoJob(new PhotoImportJob(this)), m_importJob(new ArticleImportJob(this)), m_syncTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);
    setWindowTitle(tr("Copydesk"));
    m_syncTimer->setSingleShot(true);
    m_syncTimer->setInterval(SyncDelayMs);
    connect(m_syncTimer, &QTimer::timeout, this, &MainWindow::sync);

    QWidget *listPane = createListPane();

    // Centre: the editor, or a welcome page on an empty store.
    m_editor = new ArticleEditor(store, this);
    connect(m_editor, &ArticleEditor::edited, this, &MainWindow::scheduleSync);
    connect(m_editor->body(), &BodyEdit::currentImageChanged, this, &MainWindow::updateImageInspector);
    connect(m_editor->body(), &QTextEdit::cursorPositionChanged, this, [this] {
        if (m_preview && !m_dirty)
            m_preview->scrollToBlock(DocumentMapper::modelIndexAt(m_editor->body()->document(),
                                                                   m_editor->body()->textCursor().position()));
    });
    connect(m_editor->body(), &BodyEdit::filesDropped, this, &MainWindow::openFiles);
    connect(m_editor->body(), &BodyEdit::imagePasted, this, &MainWindow::insertPastedImage);
    connect(m_editor->body(), &BodyEdit::htmlPasted, this, &MainWindow::pasteHtml);

    auto *welcome = new QWidget(this);
    auto *welcomeLayout = new QVBoxLayout(welcome);
    welcomeLayout->addStretch(2);
    auto *welcomeTitle = new QLabel(tr("<h2>Welcome to Copydesk</h2><p>Write a new article, or open a real one "
                                       "to see how Copydesk shapes copy into a page.</p>"),
                                    welcome);
    welcomeTitle->setAlignment(Qt::AlignCenter);
    welcomeTitle->setWordWrap(true);
    auto *newButton = new QPushButton(tr("&New Article"), welcome);
    newButton->setObjectName(QStringLiteral("welcomeNewButton"));
    auto *sampleButton = new QPushButton(tr("Open the &Sample Article"), welcome);
    sampleButton->setObjectName(QStringLiteral("welcomeSampleButton"));
    connect(newButton, &QPushButton::clicked, this, &MainWindow::newArticle);
    connect(sampleButton, &QPushButton::clicked, this, &MainWindow::openSample);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(newButton);
    buttons->addWidget(sampleButton);
    buttons->addStretch(1);
    welcomeLayout->addWidget(welcomeTitle);
    welcomeLayout->addLayout(buttons);
    welcomeLayout->addStretch(3);

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
        m_history->setArticle(m_current.id);
        if (auto *dock = qobject_cast<QDockWidget *>(m_history->parentWidget()))
            dock->raise();
        m_changeNotice->hide();
    });
    editorLayout->addWidget(m_saveNotice);
    editorLayout->addWidget(m_changeNotice);
    editorLayout->addWidget(m_editor, 1);

    m_centre = new QStackedWidget(this);
    m_centre->addWidget(welcome);
    m_centre->addWidget(editorPage);

    setCentralWidget(m_centre);
    auto *listDock = new QDockWidget(tr("Articles"), this);
    listDock->setObjectName(QStringLiteral("articlesDock"));
    listDock->setWidget(listPane);
    listDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    addDockWidget(Qt::LeftDockWidgetArea, listDock);
    resizeDocks({listDock}, {330}, Qt::Horizontal);

    // Status bar: 字数, photos, photos missing captions, save state.
    m_wordsLabel = new QLabel(this);
    m_wordsLabel->setObjectName(QStringLiteral("wordCountLabel"));
    m_photosLabel = new QLabel(this);
    m_photosLabel->setObjectName(QStringLiteral("photoCountLabel"));
    m_captionsLabel = new QLabel(this);
    m_captionsLabel->setObjectName(QStringLiteral("missingCaptionsLabel"));
    m_saveLabel = new QLabel(this);
    m_saveLabel->setObjectName(QStringLiteral("saveStateLabel"));
    for (QLabel *label : {m_wordsLabel, m_photosLabel, m_captionsLabel, m_saveLabel})
        statusBar()->addPermanentWidget(label);

    connect(m_autosaver, &Autosaver::saving, this, [this](qint64) { m_saveLabel->setText(tr("Saving…")); });
    connect(m_autosaver, &Autosaver::saved, this,
            [this](qint64 id, const QDateTime &updated, qint64 version) {
        m_saveLabel->setText(tr("Saved %1").arg(updated.toLocalTime().time().toString(QStringLiteral("HH:mm:ss"))));
        m_saveLabel->setStyleSheet(QString());
        m_saveNotice->hide();
        if (id == m_current.id) {
            m_current.updated = updated;
            m_current.version = version;
            m_history->refresh();
        }
    });
    connect(m_autosaver, &Autosaver::failed, this, [this](qint64, const QString &error) {
        m_saveLabel->setText(tr("Not saved"));
        m_saveLabel->setStyleSheet(QStringLiteral("QLabel { color: #b91c1c; font-weight: bold; }"));
        m_saveNotice->showNotice(NoticeBar::Kind::Error,
                                 tr("Your latest edits are not saved yet: %1. They stay in this "
                                    "window, and Copydesk keeps trying every few seconds.")
                                     .arg(error));
    });
    connect(m_autosaver, &Autosaver::changedElsewhere, this, &MainWindow::changedElsewhere);
    m_watcher = new StoreWatcher(m_store, this);
    connect(m_watcher, &StoreWatcher::articlesChanged, this, &MainWindow::articlesChanged);
    connect(m_photoJob, &PhotoImportJob::finished, this,
            [this](const QList<PhotoImportJob::Result> &results, bool cancelled) {
                QList<Block> images;
                QStringList problems;
                for (const PhotoImportJob::Result &result : results) {
                    QString error = result.error;
                    if (error.isEmpty()
                        && !m_store->putMedia({result.image}, &error)) {
                        error = tr("%1: %2").arg(QFileInfo(result.path).fileName(), error);
                    }
                    if (!error.isEmpty()) {
                        problems.append(error);
                        continue;
                    }
                    Block image = Block::image(result.image.sha256, result.image.size.width(),
                                               result.image.size.height());
                    if (result.metadata.fillBlock(&image))
                        m_fromMetadata.insert(image.media);
                    images.append(image);
                }
                if (m_replaceBlock >= 0 && !images.isEmpty()) {
                    Block image = m_editor->body()->imageAt(m_replaceBlock);
                    image.media = images.first().media;
                    image.width = images.first().width;
                    image.height = images.first().height;
                    image.sourceUrl.clear();
                    m_editor->body()->updateImage(m_replaceBlock, image);
                } else {
                    m_editor->body()->insertImages(images);
                }
                m_replaceBlock = -1;
                if (!problems.isEmpty()) {
                    reportError(tr("%n photo(s) could not be added.", nullptr, int(problems.size())),
                                problems.join(QLatin1Char('\n')));
                } else if (cancelled) {
                    statusBar()->showMessage(tr("Adding photos cancelled."), 4000);
                }
            });
    connect(m_importJob, &ArticleImportJob::finished, this, &MainWindow::articlesRead);
    connect(qApp, &QGuiApplication::commitDataRequest, this, [this](QSessionManager &) { flush(); });

    createDocks();
    createActions();

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
    if (m_dirty)
        sync();
    m_autosaver->flush();
}

QWidget *MainWindow::createListPane()
{
    auto *pane = new QWidget(this);
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(6, 6, 0, 6);
    m_filter = new QLineEdit(pane);
    m_filter->setObjectName(QStringLiteral("articleFilter"));
    m_filter->setPlaceholderText(tr("Search articles (title, text, captions…)"));
    m_filter->setAccessibleName(tr("Search articles"));
    m_filter->setClearButtonEnabled(true);

    m_statusFilter = new QComboBox(pane);
    m_statusFilter->setObjectName(QStringLiteral("statusFilter"));
    m_statusFilter->setAccessibleName(tr("Status filter"));
    m_statusFilter->addItem(tr("All statuses"), -1);
    for (Article::Status status : {Article::Status::Draft, Article::Status::Review, Article::Status::Approved,
                                   Article::Status::Published, Article::Status::Archived})
        m_statusFilter->addItem(Article::statusDisplayName(status), int(status));
    m_sectionFilter = new QComboBox(pane);
    m_sectionFilter->setObjectName(QStringLiteral("sectionFilter"));
    m_sectionFilter->setAccessibleName(tr("Section filter"));
    m_tagFilter = new QComboBox(pane);
    m_tagFilter->setObjectName(QStringLiteral("tagFilter"));
    m_tagFilter->setAccessibleName(tr("Tag filter"));
    m_dateFilter = new QComboBox(pane);
    m_dateFilter->setObjectName(QStringLiteral("dateFilter"));
    m_dateFilter->setAccessibleName(tr("Date filter"));
    m_dateFilter->addItem(tr("Any time"), 0);
    m_dateFilter->addItem(tr("Today"), 1);
    m_dateFilter->addItem(tr("Last 7 days"), 7);
    m_dateFilter->addItem(tr("Last 30 days"), 30);
    for (QComboBox *combo : {m_statusFilter, m_sectionFilter, m_tagFilter, m_dateFilter}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(6);
    }
    m_captionFilter = new QCheckBox(tr("Missing captions"), pane);
    m_captionFilter->setObjectName(QStringLiteral("captionFilter"));
    auto *filters = new QGridLayout;
    filters->setContentsMargins(0, 0, 0, 0);
    filters->addWidget(m_statusFilter, 0, 0);
    filters->addWidget(m_sectionFilter, 0, 1);
    filters->addWidget(m_tagFilter, 1, 0);
    filters->addWidget(m_dateFilter, 1, 1);
    filters->addWidget(m_captionFilter, 2, 0, 1, 2);

    m_list = new QTreeView(pane);
    m_list->setObjectName(QStringLiteral("articleList"));
    m_list->setAccessibleName(tr("Articles"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setModel(m_model);
    m_list->setSortingEnabled(true);
    m_list->header()->setSortIndicator(ArticleListModel::UpdatedColumn, Qt::DescendingOrder);
    m_list->header()->setSectionResizeMode(ArticleListModel::TitleColumn, QHeaderView::Stretch);
    // A narrow list (large scale factors, small screens) scrolls rather than squeeze the title away.
    m_list->header()->setMinimumSectionSize(m_list->fontMetrics().horizontalAdvance(QStringLiteral("新闻稿件标题")));
    m_list->header()->setStretchLastSection(false);
    layout->addWidget(m_filter);
    layout->addLayout(filters);
    layout->addWidget(m_list);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MainWindow::currentRowChanged);

    m_filterTimer = new QTimer(this);
    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(200);
    connect(m_filterTimer, &QTimer::timeout, this, &MainWindow::applyFilter);
    connect(m_filter, &QLineEdit::textChanged, m_filterTimer, qOverload<>(&QTimer::start));
    for (QComboBox *combo : {m_statusFilter, m_sectionFilter, m_tagFilter, m_dateFilter})
        connect(combo, &QComboBox::activated, this, &MainWindow::applyFilter);
    connect(m_captionFilter, &QCheckBox::toggled, this, &MainWindow::applyFilter);
    return pane;
}

void MainWindow::refreshFilterChoices()
{
    QString error;
    const struct {
        QComboBox *combo;
        QString all;
        QStringList values;
    } choices[] = {
        {m_sectionFilter, tr("All sections"), m_store->sections(&error)},
        {m_tagFilter, tr("All tags"), m_store->tags(&error)},
    };
    for (const auto &choice : choices) {
        const QString current = choice.combo->currentData().toString();
        choice.combo->clear();
        choice.combo->addItem(choice.all, QString());
        for (const QString &value : choice.values)
            choice.combo->addItem(value, value);
        choice.combo->setCurrentIndex(qMax(0, choice.combo->findData(current)));
    }
    m_metadata->setSections(m_store->sections(&error));
    m_metadata->setKnownTags(m_store->tags(&error));
}

void MainWindow::applyFilter()
{
    m_filterTimer->stop();
    ArticleFilter filter;
    filter.text = m_filter->text().trimmed();
    const int status = m_statusFilter->currentData().toInt();
    if (status >= 0)
        filter.statuses = {Article::Status(status)};
    filter.section = m_sectionFilter->currentData().toString();
    filter.tag = m_tagFilter->currentData().toString();
    const int days = m_dateFilter->currentData().toInt();
    if (days > 0)
        filter.updatedFrom = QDateTime(QDate::currentDate().addDays(1 - days), QTime(0, 0)).toUTC();
    filter.missingCaptionsOnly = m_captionFilter->isChecked();
    ArticleFilter::Sort sort = m_model->sortOrder();
    if (!filter.text.isEmpty() && m_model->filter().text.isEmpty())
        sort = ArticleFilter::Sort::Relevance;
    else if (filter.text.isEmpty() && sort == ArticleFilter::Sort::Relevance)
        sort = ArticleFilter::Sort::UpdatedNewest;
    QString error;
    if (!m_model->setQuery(filter, sort, &error))
        reportError(tr("Could not list the articles."), error);
    statusBar()->showMessage(filter.isEmpty() ? tr("%n article(s)", nullptr, int(m_model->totalCount()))
                                              : tr("%n article(s) found", nullptr, int(m_model->totalCount())),
                             4000);
    if (m_model->rowOf(m_current.id) >= 0)
        selectArticle(m_current.id);
}

void MainWindow::createDocks()
{
    // Left: the list, with the article's details and the selected photo below it.
    m_metadata = new MetadataPanel(this);
    connect(m_metadata, &MetadataPanel::edited, this, &MainWindow::scheduleSync);
    auto *metadataDock = new QDockWidget(tr("Article Details"), this);
    metadataDock->setObjectName(QStringLiteral("metadataDock"));
    metadataDock->setWidget(m_metadata);
    addDockWidget(Qt::LeftDockWidgetArea, metadataDock);

    m_inspector = new ImageInspector(m_store, this);
    connect(m_inspector, &ImageInspector::edited, this, [this](const Block &image) {
        const int block = m_editor->body()->currentImageBlockNumber();
        if (block >= 0)
            m_editor->body()->updateImage(block, image);
    });
    connect(m_inspector, &ImageInspector::removeRequested, this, [this] {
        const int block = m_editor->body()->currentImageBlockNumber();
        if (block >= 0)
            m_editor->body()->removeImage(block);
    });
    connect(m_inspector, &ImageInspector::replaceRequested, this, &MainWindow::replacePhoto);
    m_photoDock = new QDockWidget(tr("Photo"), this);
    m_photoDock->setObjectName(QStringLiteral("photoDock"));
    m_photoDock->setWidget(m_inspector);
    addDockWidget(Qt::LeftDockWidgetArea, m_photoDock);
    tabifyDockWidget(metadataDock, m_photoDock);

    // The article's versions, with a diff and restore; tabbed with the details.
    m_history = new HistoryPanel(m_store, this);
    m_history->setObjectName(QStringLiteral("historyPanel"));
    // Restoring reads the store: pending edits are written first.
    connect(m_history, &HistoryPanel::aboutToRestore, this, [this](qint64) { flush(); });
    connect(m_history, &HistoryPanel::restored, this, [this](qint64 id) {
        m_current = Article(); // reload from the store, not from the editor
        selectArticle(id);
        statusBar()->showMessage(tr("Version restored. The text it replaced is kept in the history."), 6000);
    });
    auto *historyDock = new QDockWidget(tr("History"), this);
    historyDock->setObjectName(QStringLiteral("historyDock"));
    historyDock->setWidget(m_history);
    addDockWidget(Qt::LeftDockWidgetArea, historyDock);
    tabifyDockWidget(m_photoDock, historyDock);
    // Brought to the front of its tabs: catch up on the autosaves it skipped while out of sight.
    connect(historyDock, &QDockWidget::visibilityChanged, m_history, [this](bool visible) {
        if (visible)
            QTimer::singleShot(0, m_history, &HistoryPanel::refresh);
    });
    // 校对: the Proofing dock over the body (ui/proof), tabbed with the history.
    auto *proofDock = new ProofDock(m_store, m_editor->body(), this);
    addDockWidget(Qt::LeftDockWidgetArea, proofDock);
    tabifyDockWidget(historyDock, proofDock);
    // Tabs can only be raised once the window is laid out; the details come first.
    QTimer::singleShot(0, metadataDock, &QDockWidget::raise);

    // Right: the page as readers will see it.
    m_previewDock = new QDockWidget(tr("Preview"), this);
    m_previewDock->setObjectName(QStringLiteral("previewDock"));
    addDockWidget(Qt::RightDockWidgetArea, m_previewDock);
    resizeDocks({m_previewDock}, {520}, Qt::Horizontal);
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newAction = file->addAction(icon("new"), tr("&New Article"), this, &MainWindow::newArticle);
    newAction->setShortcut(QKeySequence::New);
    newAction->setObjectName(QStringLiteral("newArticleAction"));
    QAction *duplicate = file->addAction(tr("&Duplicate Article"), this, &MainWindow::duplicateArticle);
    duplicate->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    QAction *remove = file->addAction(tr("&Delete Article"), this, &MainWindow::deleteArticle);
    remove->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Delete));
    file->addSeparator();
    QAction *import = file->addAction(icon("import"), tr("&Import…"), this, &MainWindow::importFiles);
    import->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    QAction *save = file->addAction(icon("save"), tr("&Save Revision"), this, &MainWindow::saveRevision);
    save->setShortcut(QKeySequence::Save);
    QAction *exportAction = file->addAction(icon("export"), tr("&Export…"), this, &MainWindow::exportArticles);
    exportAction->setObjectName(QStringLiteral("exportAction"));
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    file->addAction(tr("Open the Sample Article"), this, &MainWindow::openSample);
    file->addAction(tr("&Trash…"), this, &MainWindow::showTrash);
    file->addSeparator();
    file->addAction(tr("Site &Settings…"), this, &MainWindow::showSiteSettings);
    file->addAction(tr("&Preferences…"), this, &MainWindow::showPreferences)->setMenuRole(QAction::PreferencesRole);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    const ArticleEditor::Actions &a = m_editor->actions();
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = edit->addAction(tr("&Undo"), m_editor->body(), &QTextEdit::undo);
    undo->setShortcut(QKeySequence::Undo);
    undo->setShortcutContext(Qt::WidgetShortcut); // the focused field handles its own undo
    QAction *redo = edit->addAction(tr("&Redo"), m_editor->body(), &QTextEdit::redo);
    redo->setShortcut(QKeySequence::Redo);
    redo->setShortcutContext(Qt::WidgetShortcut);
    connect(m_editor->body(), &QTextEdit::undoAvailable, undo, &QAction::setEnabled);
    connect(m_editor->body(), &QTextEdit::redoAvailable, redo, &QAction::setEnabled);
    undo->setEnabled(false);
    redo->setEnabled(false);
    edit->addAction(tr("Copy for &WeChat"), this, &MainWindow::copyForWeChat)
            ->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_undoDelete = edit->addAction(tr("Undo &Delete Article"), this, &MainWindow::undoDelete);
    m_undoDelete->setEnabled(false);
    edit->addSeparator();
    QAction *plainPaste = edit->addAction(tr("Paste as &Plain Text"), m_editor->body(), &BodyEdit::pastePlainText);
    plainPaste->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    edit->addSeparator();
    edit->addActions({a.find, a.replace});

    QMenu *insert = menuBar()->addMenu(tr("&Insert"));
    QAction *photos = insert->addAction(icon("photo"), tr("&Photos…"), this, &MainWindow::choosePhotos);
    photos->setObjectName(QStringLiteral("insertPhotosAction"));
    photos->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    insert->addAction(tr("Photos from &Folder…"), this, &MainWindow::choosePhotoFolder);
    insert->addAction(a.link);

    QMenu *format = menuBar()->addMenu(tr("F&ormat"));
    format->addActions({a.bold, a.italic});
    format->addSeparator();
    format->addActions({a.paragraph, a.heading2, a.heading3, a.quote, a.bulletList, a.numberedList});

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *togglePreview = m_previewDock->toggleViewAction();
    togglePreview->setText(tr("&Preview"));
    togglePreview->setIcon(icon("preview"));
    togglePreview->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    view->addAction(togglePreview);
    auto *widths = new QActionGroup(this);
    QAction *desktop = view->addAction(tr("&Desktop Width"));
    m_previewPhone = view->addAction(tr("P&hone Width (375 px)"));
    for (QAction *action : {desktop, m_previewPhone}) {
        action->setCheckable(true);
        widths->addAction(action);
    }
    desktop->setChecked(true);
    connect(widths, &QActionGroup::triggered, this, [this](QAction *action) {
        if (m_preview)
            m_preview->setPreviewWidth(action == m_previewPhone ? PreviewView::Width::Phone : PreviewView::Width::Desktop);
    });
    view->addSeparator();
    for (QDockWidget *dock : findChildren<QDockWidget *>()) {
        if (dock != m_previewDock)
            view->addAction(dock->toggleViewAction());
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Copydesk"), this, [this] { AboutDialog(this).exec(); })->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt)->setMenuRole(QAction::AboutQtRole);

    auto *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->setIconSize(QSize(18, 18));
    toolbar->addActions({newAction, import, photos, save, exportAction});
    toolbar->addSeparator();
    toolbar->addAction(togglePreview);
    toolbar->addAction(m_previewPhone);
}

void MainWindow::createPreview()
{
    m_preview = new PreviewView(m_store, m_previewDock);
    m_preview->setObjectName(QStringLiteral("preview"));
    m_previewDock->setWidget(m_preview);
    if (m_current.id)
        m_preview->showArticle(currentArticle());
}

void MainWindow::reloadArticles()
{
    QString error;
    if (!m_model->reload(&error))
        reportError(tr("Could not list the articles."), error);
    refreshFilterChoices();
    m_list->resizeColumnToContents(ArticleListModel::StatusColumn);
    m_list->resizeColumnToContents(ArticleListModel::UpdatedColumn);
    m_list->resizeColumnToContents(ArticleListModel::WordsColumn);
    if (!selectArticle(m_current.id) && !selectArticle(m_model->idAt(0))) {
        m_current = Article();
        m_centre->setCurrentIndex(0);
        m_metadata->setEnabled(false);
        updateStatus(m_current);
    }
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
        m_model->updateArticle(summaryOf(article));
        row = m_model->rowOf(id);
    }
    if (row < 0)
        return false;
    m_list->setCurrentIndex(m_model->index(row, 0));
    if (m_current.id != id)
        loadArticle(id);
    return true;
}

void MainWindow::currentRowChanged()
{
    const qint64 id = m_list->currentIndex().data(ArticleListModel::IdRole).toLongLong();
    if (id && id != m_current.id && !m_switching)
        loadArticle(id);
}

void MainWindow::loadArticle(qint64 id)
{
    if (!flush())
        return;
    Article article;
    QString error;
    if (!m_store->loadArticle(id, &article, &error)) {
        reportError(tr("Could not open the article."), error);
        return;
    }
    m_switching = true;
    m_current = article;
    m_autosaver->setBase(article);
    m_changeNotice->hide();
    m_editor->setArticle(article);
    m_metadata->setArticle(article);
    m_centre->setCurrentIndex(1);
    m_metadata->setEnabled(true);
    m_dirty = false;
    m_switching = false;
    updateStatus(article);
    m_saveLabel->setText(tr("All changes saved"));
    m_history->setArticle(article.id);
    updateImageInspector(m_editor->body()->currentImageBlockNumber());
    if (m_preview)
        m_preview->showArticle(article);
    setWindowTitle(tr("%1 — Copydesk").arg(article.title.isEmpty() ? tr("(untitled)") : article.title));
}

Article MainWindow::currentArticle() const
{
    Article article = m_current;
    m_editor->applyTo(&article);
    m_metadata->applyTo(&article);
    return article;
}

void MainWindow::scheduleSync()
{
    if (m_switching || !m_current.id)
        return;
    if (!m_dirty)
        m_dirtySince.start();
    m_dirty = true;
    const qint64 left = qMax<qint64>(0, SyncMaxWaitMs - m_dirtySince.elapsed());
    m_syncTimer->start(int(qMin<qint64>(SyncDelayMs, left)));
}

void MainWindow::sync()
{
    m_syncTimer->stop();
    if (!m_dirty || !m_current.id)
        return;
    m_dirty = false;
    const Article article = currentArticle();
    // An input method's preedit (it changes the document, not the text) or an edit undone leaves
    // the article as it was: nothing to save or to show.
    if (article == m_current)
        return;
    m_current = article;
    m_autosaver->schedule(m_current);
    m_model->updateArticle(summaryOf(m_current));
    updateStatus(m_current);
    if (m_preview) {
        m_preview->showArticle(m_current);
        m_preview->scrollToBlock(DocumentMapper::modelIndexAt(m_editor->body()->document(),
                                                              m_editor->body()->textCursor().position()));
    }
    setWindowTitle(tr("%1 — Copydesk").arg(m_current.title.isEmpty() ? tr("(untitled)") : m_current.title));
    emit synced();
}

// Another program wrote to the store. The open article is reloaded when nothing typed here is
// waiting to be saved; otherwise the next save merges the two (changedElsewhere()).
void MainWindow::articlesChanged(const QList<Store::Change> &changes)
{
    bool listChanged = false;
    bool currentChanged = false;
    for (const Store::Change &change : changes) {
        if (change.id == m_current.id) {
            currentChanged = currentChanged || change.version > m_current.version;
            listChanged = listChanged || change.trashed;
        } else {
            listChanged = true;
        }
    }
    if (currentChanged && !m_dirty && !m_autosaver->hasPending(m_current.id)) {
        Article stored;
        if (m_store->loadArticle(m_current.id, &stored, nullptr)) {
            if (!ArticleMerge::changedFields(stored, m_current).isEmpty()) {
                showChanged(stored);
                statusBar()->showMessage(tr("This article was changed by another program; "
                                            "the window shows the new version."), 6000);
            }
            m_current.version = stored.version;
            m_current.updated = stored.updated;
            m_autosaver->setBase(stored);
        }
    }
    if (listChanged) {
        m_model->reload();
        refreshFilterChoices();
        const int row = m_model->rowOf(m_current.id);
        if (row >= 0) {
            m_switching = true;
            m_list->setCurrentIndex(m_model->index(row, 0));
            m_switching = false;
        }
    }
}

// A save found the article changed by another program: the merge it wrote (or, where both
// changed the same field, this window's version, the other kept as a revision) is brought into
// the editor together with whatever was typed since the save was sent.
void MainWindow::changedElsewhere(const Article &sent, const Article &stored,
                                  const Store::SaveOutcome &outcome)
{
    if (stored.id != m_current.id)
        return;
    if (m_dirty)
        sync();
    Article now = currentArticle();
    Article shown;
    ArticleMerge::merge(sent, now, stored, &shown);
    shown.version = stored.version;
    shown.updated = stored.updated;
    if (!ArticleMerge::changedFields(shown, now).isEmpty())
        showChanged(shown);
    m_current = shown;
    if (!ArticleMerge::changedFields(shown, stored).isEmpty())
        m_autosaver->schedule(m_current);
    if (outcome.kind == Store::SaveOutcome::Kind::Conflict) {
        m_changeNotice->showNotice(
            NoticeBar::Kind::Warning,
            tr("This article was also changed by another program while you edited it. Your "
               "version is saved; the other one is kept in the History as “%1”.")
                .arg(Store::revisionReasonName(QString::fromUtf8(Store::ChangedElsewhereReason))),
            {tr("Show History")});
    } else {
        statusBar()->showMessage(tr("Changes made by another program were merged with yours."), 6000);
    }
}

// Puts a newer version of the open article into the panels, keeping the cursor where it was.
void MainWindow::showChanged(const Article &article)
{
    m_switching = true;
    if (article.blocks != m_current.blocks || article.title != m_current.title
        || article.subtitle != m_current.subtitle) {
        const int position = m_editor->body()->textCursor().position();
        m_editor->setArticle(article);
        QTextCursor cursor = m_editor->body()->textCursor();
        cursor.setPosition(qMin(position, m_editor->body()->document()->characterCount() - 1));
        m_editor->body()->setTextCursor(cursor);
    }
    m_metadata->setArticle(article);
    m_current = article;
    m_switching = false;
    m_model->updateArticle(summaryOf(article));
    updateStatus(article);
    if (m_preview)
        m_preview->showArticle(article);
    setWindowTitle(tr("%1 — Copydesk").arg(article.title.isEmpty() ? tr("(untitled)") : article.title));
}

bool MainWindow::flush()
{
    if (m_dirty)
        sync();
    QString error;
    if (m_autosaver->flush(&error))
        return true;
    reportError(tr("Your latest edits could not be saved. They are kept in this window; "
                   "Copydesk keeps trying."),
                error);
    return false;
}

void MainWindow::updateStatus(const Article &article)
{
    m_editor->setEmbargo(article.embargo);
    const bool any = article.id != 0;
    m_wordsLabel->setText(any ? tr("%n word(s)", nullptr, article.wordCount()) : QString());
    const int photos = article.imageCount();
    m_photosLabel->setText(any ? tr("%n photo(s)", nullptr, photos) : QString());
    const int missing = article.imagesMissingCaption();
    m_captionsLabel->setText(missing ? tr("%n without caption", nullptr, missing) : QString());
    m_captionsLabel->setVisible(missing > 0);
}

void MainWindow::updateImageInspector(int blockNumber)
{
    const Block image = blockNumber >= 0 ? m_editor->body()->imageAt(blockNumber) : Block();
    m_inspector->setImage(image, blockNumber >= 0, !image.media.isEmpty() && m_fromMetadata.contains(image.media));
    if (blockNumber >= 0)
        m_photoDock->raise();
}

void MainWindow::newArticle()
{
    if (!flush())
        return;
    Article article = Article::create();
    QString error;
    if (!m_store->insertArticle(&article, &error)) {
        reportError(tr("Could not create an article."), error);
        return;
    }
    m_model->updateArticle(summaryOf(article));
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
    if (!flush() || !m_store->insertArticle(&article, &error)) {
        if (!error.isEmpty())
            reportError(tr("Could not add the sample article."), error);
        return;
    }
    m_model->updateArticle(summaryOf(article));
    selectArticle(article.id);
}

void MainWindow::duplicateArticle()
{
    if (!m_current.id || !flush())
        return;
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
    m_model->updateArticle(summaryOf(copy));
    selectArticle(copy.id);
}

void MainWindow::deleteArticle()
{
    if (!m_current.id || !flush())
        return;
    const qint64 id = m_current.id;
    QString error;
    if (!m_store->deleteArticle(id, &error)) {
        reportError(tr("Could not delete the article."), error);
        return;
    }
    m_lastDeleted = id;
    m_undoDelete->setEnabled(true);
    const int row = m_model->rowOf(id);
    m_current = Article();
    m_model->removeArticle(id);
    if (!selectArticle(m_model->idAt(qMin(row, m_model->rowCount() - 1)))) {
        m_centre->setCurrentIndex(0);
        m_metadata->setEnabled(false);
        updateStatus(m_current);
    }
    statusBar()->showMessage(tr("Article moved to the trash. Edit ▸ Undo Delete Article brings it back."), 8000);
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
    if (!m_current.id || !flush())
        return;
    QString error;
    if (!m_store->addRevision(m_current.id, QString::fromLatin1(Store::SavedReason), nullptr, &error)) {
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
    QList<qint64> ids;
    for (const QModelIndex &index : m_list->selectionModel()->selectedRows())
        ids.append(index.data(ArticleListModel::IdRole).toLongLong());
    if (ids.size() <= 1 && m_current.id)
        ids = {m_current.id};
    if (ids.isEmpty())
        return;
    ExportDialog dialog(m_store, ids, this);
    dialog.exec();
}

void MainWindow::copyForWeChat()
{
    if (!m_current.id || !flush())
        return;
    QString html;
    QString error;
    if (!ArticleExporter::weChatHtml(*m_store, m_current.id, ArticleExporter::Options(), &html, &error)) {
        reportError(tr("Could not copy the article for WeChat."), error);
        return;
    }
    auto *data = new QMimeData;
    data->setHtml(html);
    data->setText(m_editor->body()->toPlainText());
    QGuiApplication::clipboard()->setMimeData(data);
    statusBar()->showMessage(tr("Copied for WeChat: paste it into the official account editor."), 6000);
}

void MainWindow::importFiles()
{
    const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Import Articles"), QString(),
                                                            ArticleImporter::fileDialogFilter() + QStringLiteral(";;")
                                                                    + tr("All files (*)"));
    importPaths(paths);
}

void MainWindow::importPaths(const QStringList &paths)
{
    if (paths.isEmpty() || m_importJob->isRunning() || !flush())
        return;
    if (paths.size() > 1) {
        auto *progress = new QProgressDialog(tr("Importing articles…"), tr("Cancel"), 0, int(paths.size()), this);
        progress->setObjectName(QStringLiteral("importProgress"));
        progress->setWindowModality(Qt::WindowModal);
        progress->setMinimumDuration(300);
        progress->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_importJob, &ArticleImportJob::progress, progress, &QProgressDialog::setValue);
        connect(progress, &QProgressDialog::canceled, m_importJob, &ArticleImportJob::cancel);
        connect(m_importJob, &ArticleImportJob::finished, progress, &QProgressDialog::close);
    }
    m_importJob->start(paths);
}

void MainWindow::articlesRead(const QList<ArticleImportJob::Result> &results)
{
    qint64 last = 0;
    QStringList problems;
    QStringList warnings;
    for (const ArticleImportJob::Result &result : results) {
        QString error = result.error;
        ImportedArticle imported = result.imported;
        if (error.isEmpty() && m_store->putMedia(imported.media, &error)
            && m_store->insertArticle(&imported.article, &error, Store::importedReason(result.path))) {
            m_model->updateArticle(summaryOf(imported.article));
            last = imported.article.id;
            warnings += imported.warnings;
            for (auto it = imported.fromMetadata.cbegin(); it != imported.fromMetadata.cend(); ++it)
                m_fromMetadata.insert(it.key());
            continue;
        }
        problems.append(error);
    }
    if (last)
        selectArticle(last);
    refreshFilterChoices();
    if (!problems.isEmpty())
        reportError(tr("%n file(s) could not be imported.", nullptr, int(problems.size())), problems.join(QLatin1Char('\n')));
    else if (!warnings.isEmpty())
        statusBar()->showMessage(warnings.join(QLatin1Char(' ')), 8000);
}

void MainWindow::choosePhotos()
{
    if (!m_current.id)
        newArticle();
    const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Insert Photos"),
                                                            QSettings().value(QStringLiteral("photos/lastDir")).toString(),
                                                            photoFilter());
    if (paths.isEmpty())
        return;
    QSettings().setValue(QStringLiteral("photos/lastDir"), QFileInfo(paths.first()).absolutePath());
    insertPhotos(paths);
}

void MainWindow::replacePhoto()
{
    const int block = m_editor->body()->currentImageBlockNumber();
    if (block < 0)
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Replace Photo"),
                                                      QSettings().value(QStringLiteral("photos/lastDir")).toString(),
                                                      photoFilter());
    if (path.isEmpty())
        return;
    m_replaceBlock = block;
    m_photoJob->start({path});
}

void MainWindow::choosePhotoFolder()
{
    if (!m_current.id)
        newArticle();
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Insert Photos from Folder"),
                                                             QSettings().value(QStringLiteral("photos/lastDir")).toString());
    if (folder.isEmpty())
        return;
    QSettings().setValue(QStringLiteral("photos/lastDir"), folder);
    insertPhotos({folder});
}

void MainWindow::insertPhotos(const QStringList &chosen)
{
    if (chosen.isEmpty() || m_photoJob->isRunning() || !m_current.id)
        return;
    // Folders expand to their photos; a batch goes in shooting order (else by file name).
    QStringList paths;
    QString error;
    if (!PhotoBatch::collect(chosen, &paths, &error)) {
        reportError(tr("Could not add the photos."), error);
        return;
    }
    m_replaceBlock = -1;
    if (paths.size() > 1) {
        auto *progress = new QProgressDialog(tr("Adding photos…"), tr("Cancel"), 0, int(paths.size()), this);
        progress->setObjectName(QStringLiteral("photoProgress"));
        progress->setWindowModality(Qt::WindowModal);
        progress->setMinimumDuration(300);
        progress->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_photoJob, &PhotoImportJob::progress, progress, &QProgressDialog::setValue);
        connect(progress, &QProgressDialog::canceled, m_photoJob, &PhotoImportJob::cancel);
        connect(m_photoJob, &PhotoImportJob::finished, progress, &QProgressDialog::close);
    }
    m_photoJob->start(paths);
}

void MainWindow::insertPastedImage(const QImage &image)
{
    if (image.isNull() || m_photoJob->isRunning() || !m_current.id)
        return;
    m_replaceBlock = -1;
    m_photoJob->startWithImage(image);
}

void MainWindow::pasteHtml(const QString &html)
{
    HtmlConverter::Options options;
    options.recognizeTitle = false;
    options.recognizeMetadata = false;
    options.readLocalFiles = false; // pasted HTML never reads the disk
    ImportedArticle imported;
    QString error;
    if (!HtmlConverter::convert(html, options, &imported, &error)) {
        reportError(tr("Could not paste this copy."), error);
        return;
    }
    for (const DecodedImage &image : std::as_const(imported.media)) {
        if (!m_store->putMedia({image}, &error)) {
            reportError(tr("Could not store a pasted photo."), error);
            return;
        }
    }
    m_editor->body()->insertBlocks(imported.article.blocks);
    if (!imported.warnings.isEmpty())
        statusBar()->showMessage(imported.warnings.join(QLatin1Char(' ')), 8000);
}

void MainWindow::showTrash()
{
    if (!flush())
        return;
    TrashDialog dialog(m_store, this);
    qint64 restored = 0;
    connect(&dialog, &TrashDialog::restored, this, [&restored](qint64 id) { restored = id; });
    dialog.exec();
    if (restored) {
        reloadArticles();
        selectArticle(restored);
    }
}

void MainWindow::showSiteSettings()
{
    SiteSettingsDialog dialog(m_store, this);
    connect(&dialog, &SiteSettingsDialog::saved, this, [this] {
        if (m_preview && m_current.id)
            m_preview->showArticle(currentArticle());
    });
    dialog.exec();
}

void MainWindow::showPreferences()
{
    PreferencesDialog(this).exec();
}

namespace {

bool isPhotoFile(const QString &path)
{
    static const QStringList suffixes{QStringLiteral("jpg"), QStringLiteral("jpeg"), QStringLiteral("png"),
                                      QStringLiteral("webp"), QStringLiteral("gif"), QStringLiteral("tif"),
                                      QStringLiteral("tiff"), QStringLiteral("bmp"), QStringLiteral("heic")};
    return suffixes.contains(QFileInfo(path).suffix().toLower());
}

QStringList localFiles(const QMimeData *data)
{
    QStringList paths;
    for (const QUrl &url : data->urls()) {
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    }
    return paths;
}

} // namespace

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!localFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    event->acceptProposedAction();
    openFiles(localFiles(event->mimeData()));
}

void MainWindow::openFiles(const QStringList &paths)
{
    QStringList photos;
    QStringList articles;
    for (const QString &path : paths)
        (isPhotoFile(path) ? photos : articles).append(path);
    importPaths(articles);
    if (!photos.isEmpty()) {
        if (!m_current.id)
            newArticle();
        insertPhotos(photos);
    }
}

void MainWindow::reportError(const QString &what, const QString &why)
{
    QMessageBox box(QMessageBox::Warning, tr("Copydesk"), what, QMessageBox::Ok, this);
    box.setInformativeText(why);
    box.exec();
}

bool MainWindow::event(QEvent *event)
{
    // WebEngine starts once the window has been painted, so the window appears at once.
    if (event->type() == QEvent::Paint && !m_previewRequested) {
        m_previewRequested = true;
        QTimer::singleShot(0, this, &MainWindow::createPreview);
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
