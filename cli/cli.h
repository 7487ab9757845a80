#pragma once

#include <QCoreApplication>
#include <QStringList>

class QTextStream;

namespace copydesk {

class Store;

// copydesk-cli: every store, import and export operation, headless.
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    enum ExitCode { Success = 0, Failure = 1, UsageError = 2 };

    // Runs one command line (arguments()[0] is the program) and returns the exit code.
    // Results go to out; one line "copydesk-cli: <what>: <why>" goes to err on failure.
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
    // copydesk-cli's main(): the application object, then main(arguments), or the hand-off of a
    // PDF export to copydesk-pdf (PdfHandOff).
    static int start(int argc, char *argv[]);
    // Initialises the application environment and runs on stdout/stderr (the application object
    // exists).
    static int main(const QStringList &arguments);
    // Unless COPYDESK_DEBUG is set, drops what Qt and libraries print on the way (libpng's
    // warnings, platform notes): a failure is one line of our own. Call before the application
    // object exists.
    static void silenceLibraryMessages();
    static QString usage();
};

} // namespace copydesk
