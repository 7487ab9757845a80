#pragma once

#include <QString>

namespace copydesk::bench {

class BenchReport;

// Types into the body of a real editor window (MainWindow on a store, with its autosaver and
// live preview) and times each keystroke until the event loop is idle again, the preview's
// refresh after each pause, and the autosave that follows.
class TypingBench
{
public:
    struct Options
    {
        int keystrokes = 500;       // measured
        int warmupKeystrokes = 20;  // typed first, not measured
        int burstMin = 15;          // keystrokes typed before a pause
        int burstMax = 30;
        int gapMinMs = 50;          // between two keystrokes of a burst
        int gapMaxMs = 150;
    };

    TypingBench(const Options &options, BenchReport *report);

    // The article must be in the store at storePath; the store must not be open elsewhere.
    bool run(const QString &storePath, qint64 articleId, QString *error);

private:
    Options m_options;
    BenchReport *m_report;
};

} // namespace copydesk::bench
