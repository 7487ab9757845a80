#include "application/application.h"

#include "environment/appenvironment.h"
#include "store/autosaver.h"
#include "store/backupscheduler.h"
#include "mainwindow/mainwindow.h"
#include "preview/mediaurl.h"
#include "preview/pdfexporter.h"
#include "application/startupreporter.h"
#include "store/store.h"
#include "store/storelock.h"
#include "dialogs/storerecovery.h"
#include "application/appearance.h"
#include "application/guicommandline.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace copydesk {

namespace {

int fatal(const QString &what, const QString &why)
{
    QMessageBox box(QMessageBox::Critical, QApplication::translate("Application", "Copydesk"), what, QMessageBox::Close);
    box.setInformativeText(why);
    box.exec();
    return 1;
}

} // namespace

void Application::prepare()
{
    MediaUrl::registerScheme();
    // The preview is a static page with its scripts off, so Qt Quick's software renderer draws
    // it. The window then never goes through OpenGL: no OpenGL context to create at start-up,
    // no re-created window when the preview appears, and no OpenGL composition of the whole
    // window at every repaint (~20 ms per keystroke where OpenGL is software, as without a GPU).
    // Nor is OpenGL loaded on X11 (its driver took ~100 ms of the start-up without a GPU).
    // A QT_QUICK_BACKEND or QT_XCB_GL_INTEGRATION chosen by the user wins.
    if (qEnvironmentVariableIsEmpty("QT_QUICK_BACKEND"))
        qputenv("QT_QUICK_BACKEND", "software");
    if (qEnvironmentVariable("QT_QUICK_BACKEND") != QLatin1String("software"))
        QApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    else if (qEnvironmentVariableIsEmpty("QT_XCB_GL_INTEGRATION"))
        qputenv("QT_XCB_GL_INTEGRATION", "none");
#ifdef __GLIBC__
    // Photo originals, megabytes each, pass through the process when an article opens; above
    // glibc's adaptive threshold their freed buffers would stay in the heap for good.
    mallopt(M_MMAP_THRESHOLD, 1024 * 1024);
#endif
}

int Application::main(int argc, char *argv[])
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    if (GuiCommandLine::asksForInformation(argc, argv)) {
        QCoreApplication app(argc, argv);
        AppEnvironment::initialize(&app);
        GuiCommandLine().process(QCoreApplication::arguments());
        return 0;
    }
    prepare();
    QApplication app(argc, argv);
    AppEnvironment::initialize(&app);
    const QString language = QSettings().value(QStringLiteral("language")).toString();
    if (!language.isEmpty() && qEnvironmentVariableIsEmpty("COPYDESK_LANG"))
        AppEnvironment::installTranslators(&app, QLocale(language));
    QApplication::setApplicationDisplayName(QApplication::translate("Application", "Copydesk"));
    QGuiApplication::setDesktopFileName(QStringLiteral(COPYDESK_APP_ID));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/copydesk.svg")));
    Appearance::load().apply();

    GuiCommandLine commandLine;
    commandLine.process(QCoreApplication::arguments());
    const QString path = commandLine.storePath();
    const QString cannotOpen = QApplication::translate("Application", "Could not open the store %1.")
                                       .arg(QDir::toNativeSeparators(path));
    StoreLock lock(path);
    QString error;
    if (!lock.tryLock(&error))
        return fatal(cannotOpen, error);
    Store store;
    if (!store.open(path, &error)) {
        if (store.lastOpenProblem() != Store::OpenProblem::Damaged)
            return fatal(cannotOpen, error);
        if (!StoreRecovery::offer(&store, path, error))
            return 1;
    }
    Autosaver autosaver;
    if (!autosaver.start(path, &error))
        return fatal(cannotOpen, error);

    PdfExporter::install();
    MainWindow window(&store, &autosaver);
    StartupReporter::installIfRequested(&window, sinceMain);
    window.show();
    if (!commandLine.files().isEmpty())
        window.openFiles(commandLine.files(), false);
    else
        window.askForSiteOnFirstRun();
    // The daily backup copies the whole store on a pool thread; it starts once the window is
    // up so that it does not compete with the first paint.
    BackupScheduler backups(path);
    QObject::connect(&backups, &BackupScheduler::finished, &window, [&window](const QString &, const QString &error) {
        if (!error.isEmpty())
            window.statusBar()->showMessage(error);
    });
    QTimer::singleShot(3000, &backups, [&backups] { backups.start(); });
    return app.exec();
}

} // namespace copydesk
