#include "application/cliapplication.h"

#include "cli.h"
#include "preview/pdfexporter.h"

#include <QApplication>
#include <QByteArray>

#include <cstring>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace copydesk {

bool CliApplication::wantsPdf(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--") == 0)
            return false;
        if (std::strcmp(argv[i], "--format=pdf") == 0)
            return true;
        if (std::strcmp(argv[i], "--format") == 0 && i + 1 < argc && std::strcmp(argv[i + 1], "pdf") == 0)
            return true;
    }
    return false;
}

int CliApplication::main(int argc, char *argv[])
{
    Cli::silenceLibraryMessages();
    if (!wantsPdf(argc, argv)) {
        QCoreApplication app(argc, argv);
        return Cli::main(app.arguments());
    }
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
#ifdef Q_OS_UNIX
    // Chromium's sandbox cannot run as root; the page printed is our own, scripts off, every
    // request but its own file blocked.
    if (geteuid() == 0 && qEnvironmentVariableIsEmpty("QTWEBENGINE_DISABLE_SANDBOX"))
        qputenv("QTWEBENGINE_DISABLE_SANDBOX", "1");
#endif
    // WebEngine's report of its (absent) graphics set-up is noise on a command line.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        qputenv("QT_LOGGING_RULES", "qt.webenginecontext.info=false");
    // Chromium logs to stderr itself, past Qt's message handler.
    if (qEnvironmentVariableIsEmpty("COPYDESK_DEBUG")) {
        qputenv("QTWEBENGINE_CHROMIUM_FLAGS",
                qgetenv("QTWEBENGINE_CHROMIUM_FLAGS") + " --disable-logging --log-level=3");
    }
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    PdfExporter::install();
    return Cli::main(app.arguments());
}

} // namespace copydesk
