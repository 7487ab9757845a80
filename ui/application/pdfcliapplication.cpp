#include "application/pdfcliapplication.h"

#include "cli.h"
#include "preview/pdfexporter.h"
#include "preview/pdfrenderer.h"

#include <QApplication>
#include <QByteArray>
#include <QThread>

#include <memory>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace copydesk {

int PdfCliApplication::main(int argc, char *argv[])
{
    Cli::silenceLibraryMessages();
    // No window is ever shown. Chromium looks for the display itself, whatever Qt's platform:
    // in a desktop session that cost a tenth of a second per PDF (docs/benchmarks.md).
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        qunsetenv("DISPLAY");
        qunsetenv("WAYLAND_DISPLAY");
    }
#ifdef Q_OS_UNIX
    // Chromium's sandbox cannot run as root; the page printed is our own, scripts off, every
    // request but its own file blocked.
    if (geteuid() == 0 && qEnvironmentVariableIsEmpty("QTWEBENGINE_DISABLE_SANDBOX"))
        qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
#endif
    // WebEngine's report of its (absent) graphics set-up is noise on a command line.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        qputenv("QT_LOGGING_RULES", "qt.webenginecontext.info=false");
    // Chromium logs to stderr itself, past Qt's message handler. One process: the renderer
    // runs as a thread of this one instead of a zygote and a renderer process started for one
    // page (our own page, scripts off, every request but its file blocked); the PDF is the same.
    QByteArray flags = qgetenv("QTWEBENGINE_CHROMIUM_FLAGS") + " --single-process";
    if (qEnvironmentVariableIsEmpty("COPYDESK_DEBUG"))
        flags += " --disable-logging --log-level=3";
    qputenv("QTWEBENGINE_CHROMIUM_FLAGS", flags);
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    PdfExporter::install();
    // The command runs on a thread of its own (it uses core only) while this thread starts
    // Chromium and its page: reading the store, the pre-export check and the photos' renditions
    // overlap Chromium's start-up instead of waiting before it. The PDF writer hands its page
    // to this thread's PdfRenderer.
    int code = Cli::Failure;
    const QStringList arguments = QCoreApplication::arguments();
    std::unique_ptr<QThread> command(QThread::create([&code, arguments] { code = Cli::main(arguments); }));
    QObject::connect(command.get(), &QThread::finished, &app, &QCoreApplication::quit, Qt::QueuedConnection);
    command->start();
    PdfRenderer::instance()->warmUp();
    QApplication::exec();
    command->wait();
    return code;
}

} // namespace copydesk
