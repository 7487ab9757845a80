#include "application/storewindow.h"

#include "application/firstpaint.h"
#include "application/startupreporter.h"
#include "dialogs/storeupdate.h"
#include "export/exportformat.h"
#include "mainwindow/mainwindow.h"
#include "preview/pdfrenderer.h"
#include "store/autosaver.h"
#include "store/backupscheduler.h"
#include "store/store.h"
#include "store/storeopener.h"

#include <QApplication>
#include <QStatusBar>
#include <QTimer>

namespace copydesk {

namespace {

// QCoreApplication::exit() code of a run ended by a damaged verdict.
constexpr int DamagedExit = 77;
// How long after the first paint the PDF renderer starts: after the window's own start-up work.
constexpr int WarmPdfRendererMs = 2000;

} // namespace

StoreWindow::Outcome StoreWindow::run(const Options &options, int *exitCode, QString *problem)
{
    StoreOpener::deferIntegrityCheck(options.path);
    Store store;
    QString error;
    const bool opened = Store::mayNeedUpdate(options.path) ? StoreUpdate::open(&store, options.path, &error)
                                                           : store.open(options.path, &error);
    if (!opened) {
        *problem = error;
        return store.lastOpenProblem() == Store::OpenProblem::Damaged ? Outcome::Damaged : Outcome::Failed;
    }
    // The autosaver's connection opens on its worker while the window is built and painted.
    Autosaver autosaver;
    autosaver.startInBackground(options.path);
    MainWindow window(&store, &autosaver);
    StartupReporter::installIfRequested(&window, options.sinceMain);
    QString damage;
    QObject::connect(&autosaver, &Autosaver::damaged, &window, [&damage](const QString &why) {
        damage = why;
        QCoreApplication::exit(DamagedExit);
    });
    FirstPaint::then(&window, [&autosaver, &window] {
        autosaver.checkIntegrity();
        // File ▸ Export as PDF then finds Chromium's renderer running instead of starting it.
        if (ExportFormat::isAvailable(ExportFormat::Pdf))
            QTimer::singleShot(WarmPdfRendererMs, &window, [] { PdfRenderer::instance()->warmUp(); });
    });
    window.show();
    if (!options.files.isEmpty())
        window.openFiles(options.files, false);
    else
        window.askForSiteOnFirstRun();
    // The daily backup copies the whole store on a pool thread; it starts once the window is
    // up so that it does not compete with the first paint.
    BackupScheduler backups(options.path);
    QObject::connect(&backups, &BackupScheduler::finished, &window, [&window](const QString &, const QString &error) {
        if (!error.isEmpty())
            window.statusBar()->showMessage(error);
    });
    QTimer::singleShot(3000, &backups, [&backups] { backups.start(); });
    *exitCode = QApplication::exec();
    if (damage.isEmpty())
        return Outcome::Closed;
    *problem = damage;
    return Outcome::Damaged;
}

} // namespace copydesk
