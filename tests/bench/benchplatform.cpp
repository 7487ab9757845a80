#include "benchplatform.h"

#include <QFile>
#include <QSysInfo>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace copydesk::bench {

namespace {

// The value after "key:" in a /proc text file of "key: value" lines; empty when absent.
QString procField(const QString &path, const QByteArray &key)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (const QByteArray &line : lines) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed() == key)
            return QString::fromUtf8(line.mid(colon + 1).trimmed());
    }
    return {};
}

} // namespace

bool BenchPlatform::syncToDisk(QFile *file)
{
    if (!file->flush())
        return false;
#ifdef Q_OS_UNIX
    return ::fsync(file->handle()) == 0;
#else
    return true;
#endif
}

qint64 BenchPlatform::peakRssKb()
{
    // "VmHWM:    123456 kB"
    const QString value = procField(QStringLiteral("/proc/self/status"), "VmHWM");
    bool ok = false;
    const qint64 kb = value.section(QLatin1Char(' '), 0, 0).toLongLong(&ok);
    return ok ? kb : -1;
}

bool BenchPlatform::resetPeakRss()
{
    // Writing 5 to clear_refs resets VmHWM to the current RSS (Linux 4.0 and later).
    QFile file(QStringLiteral("/proc/self/clear_refs"));
    return file.open(QIODevice::WriteOnly) && file.write("5") == 1;
}

QString BenchPlatform::cpuModel()
{
    const QString model = procField(QStringLiteral("/proc/cpuinfo"), "model name");
    return model.isEmpty() ? QSysInfo::currentCpuArchitecture() : model;
}

QString BenchPlatform::loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    return QString::fromUtf8(file.readAll()).section(QLatin1Char(' '), 0, 2);
}

} // namespace copydesk::bench
