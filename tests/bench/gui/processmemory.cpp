#include "processmemory.h"

#include <QDir>
#include <QFile>
#include <QHash>

namespace copydesk::bench {

namespace {

QByteArray readProc(qint64 pid, const char *name)
{
    QFile file(QStringLiteral("/proc/%1/%2").arg(pid).arg(QLatin1String(name)));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The kB value of a "Key:   1234 kB" line; -1 when absent.
qint64 kbField(const QByteArray &text, const QByteArray &key)
{
    const QList<QByteArray> lines = text.split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith(key) && line.size() > key.size() && line.at(key.size()) == ':') {
            bool ok = false;
            const qint64 kb = line.mid(key.size() + 1).trimmed().split(' ').value(0).toLongLong(&ok);
            return ok ? kb : -1;
        }
    }
    return -1;
}

// The parent of every process, from /proc/<pid>/stat.
QHash<qint64, qint64> parents()
{
    QHash<qint64, qint64> result;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        bool ok = false;
        const qint64 pid = entry.toLongLong(&ok);
        if (!ok)
            continue;
        const QByteArray stat = readProc(pid, "stat");
        // "pid (command name) state ppid ...": the name may hold spaces, so split after the last ')'.
        const qsizetype close = stat.lastIndexOf(')');
        if (close < 0)
            continue;
        const QList<QByteArray> fields = stat.mid(close + 2).split(' ');
        const qint64 ppid = fields.value(1).toLongLong(&ok);
        if (ok)
            result.insert(pid, ppid);
    }
    return result;
}

} // namespace

QList<qint64> ProcessMemory::descendants(qint64 pid)
{
    const QHash<qint64, qint64> parentOf = parents();
    QMultiHash<qint64, qint64> children;
    for (auto it = parentOf.cbegin(); it != parentOf.cend(); ++it)
        children.insert(it.value(), it.key());
    QList<qint64> result;
    QList<qint64> queue{pid};
    while (!queue.isEmpty()) {
        const qint64 parent = queue.takeFirst();
        const QList<qint64> direct = children.values(parent);
        result.append(direct);
        queue.append(direct);
    }
    return result;
}

bool ProcessMemory::isAlive(qint64 pid)
{
    // A zombie has exited; only its parent's wait() is missing.
    const QByteArray stat = readProc(pid, "stat");
    const qsizetype close = stat.lastIndexOf(')');
    return close >= 0 && stat.size() > close + 2 && stat.at(close + 2) != 'Z';
}

ProcessMemory::Usage ProcessMemory::of(qint64 pid)
{
    Usage usage;
    usage.mainRssKb = kbField(readProc(pid, "status"), "VmRSS");
    if (usage.mainRssKb < 0)
        return usage;
    usage.treeRssKb = 0;
    usage.treePssKb = 0;
    QList<qint64> all = descendants(pid);
    all.prepend(pid);
    for (const qint64 process : std::as_const(all)) {
        const qint64 rss = kbField(readProc(process, "status"), "VmRSS");
        const qint64 pss = kbField(readProc(process, "smaps_rollup"), "Pss");
        if (rss < 0)
            continue; // gone meanwhile, or a zombie
        usage.treeRssKb += rss;
        usage.treePssKb = usage.treePssKb < 0 || pss < 0 ? -1 : usage.treePssKb + pss;
        ++usage.processes;
    }
    return usage;
}

} // namespace copydesk::bench
