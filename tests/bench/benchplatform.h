#pragma once

#include <QString>

class QFile;

namespace copydesk::bench {

// The few operating-system specifics the benchmark needs, kept in one place.
class BenchPlatform
{
public:
    // Pushes the file's written bytes to the disk: fsync() on POSIX, QFile::flush() elsewhere.
    static bool syncToDisk(QFile *file);
    // The process's peak resident set size in KiB (VmHWM on Linux); -1 where unknown.
    static qint64 peakRssKb();
    // Restarts the peak-RSS count from the current RSS (Linux only); false where unsupported.
    static bool resetPeakRss();
    static QString cpuModel();
    // "1.23 0.98 0.75" from /proc/loadavg; empty where unknown.
    static QString loadAverage();
};

} // namespace copydesk::bench
