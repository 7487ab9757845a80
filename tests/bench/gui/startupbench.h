#pragma once

#include "processmemory.h"

#include <QProcessEnvironment>
#include <QString>

namespace copydesk::bench {

class BenchReport;
class LaunchedApp;
class X11WindowWatcher;

// Starts the real copydesk binary, and Ghostwriter for comparison, as a user's first start would,
// and times the first window and measures the memory with the preview open.
class StartupBench
{
public:
    struct Options
    {
        QString copydesk;     // the copydesk binary
        QString ghostwriter;  // empty: not compared
        QString xdotool;      // optional: gives Ghostwriter the same window size as Copydesk
        int runs = 5;         // timed start-ups of each, alternating, after one untimed start of each
        int settleMs = 3000;  // memory is read once it holds still for this long after the preview is up
        // The environment the benchmark was started with, before it set itself up as copydesk does.
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    };

    StartupBench(const Options &options, X11WindowWatcher *watcher, BenchReport *report);

    // Copydesk on the store of many articles; Ghostwriter on the Markdown file.
    bool runColdStart(const QString &listStore, const QString &markdown, QString *error);
    // Copydesk on the store of the long article with photos; Ghostwriter on the same article as
    // Markdown, its preview open.
    bool runMemory(const QString &editingStore, const QString &markdown, QString *error);

private:
    struct CopydeskStart
    {
        double reportedPaintMs = -1;  // the app's own report, from the process start
        double lineMs = -1;           // when that report reached the benchmark, from the launch
        double mappedMs = -1;         // seen on the X display, from the launch
        double paintedMs = -1;
        double previewMs = -1;        // the app's report of the preview's first rendering
    };

    bool startCopydesk(const QString &store, CopydeskStart *start, QString *error);
    bool startGhostwriter(const QString &markdown, double *mappedMs, double *paintedMs, QString *error);
    // Samples the process tree until its main RSS holds still; the last sample.
    ProcessMemory::Usage settledMemory(LaunchedApp *app) const;
    bool watching() const;

    Options m_options;
    X11WindowWatcher *m_watcher;
    BenchReport *m_report;
};

} // namespace copydesk::bench
