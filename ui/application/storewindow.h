#pragma once

#include <QElapsedTimer>
#include <QString>
#include <QStringList>

namespace copydesk {

// One run of the main window on a store: the window's connection and the autosaver's are opened
// without the integrity check, which runs on the autosaver's worker once the window has painted
// (start-up figures in docs/benchmarks.md); a damaged verdict ends the run so that the caller
// can offer the newest good backup (StoreRecovery).
class StoreWindow
{
public:
    enum class Outcome { Closed, Damaged, Failed };
    struct Options
    {
        QString path;
        QStringList files;   // opened once the window is shown
        QElapsedTimer sinceMain; // for StartupReporter
    };

    // Runs the application's event loop until the window closes (Closed, *exitCode set) or the
    // check finds the store damaged (Damaged); *problem says why for Damaged and Failed. The
    // edits made meanwhile are saved before it returns.
    static Outcome run(const Options &options, int *exitCode, QString *problem);
};

} // namespace copydesk
