#pragma once

#include <QList>
#include <QtGlobal>

namespace copydesk::bench {

// Memory of a process and of the processes it started (Linux /proc; -1 elsewhere).
class ProcessMemory
{
public:
    struct Usage
    {
        qint64 mainRssKb = -1;  // VmRSS of the process itself
        qint64 treeRssKb = -1;  // VmRSS summed over it and all its descendants (shared pages count in each)
        qint64 treePssKb = -1;  // proportional set size summed the same way (shared pages split)
        int processes = 0;      // the process and its descendants
    };

    static Usage of(qint64 pid);
    // All processes descended from pid (children, grandchildren, ...), not pid itself.
    static QList<qint64> descendants(qint64 pid);
    static bool isAlive(qint64 pid);
};

} // namespace copydesk::bench
