#include "application/startupreporter.h"

#include "mainwindow/mainwindow.h"
#include "preview/previewview.h"

#include <QEvent>
#include <QFile>
#include <QTimer>

#include <cstdio>

#ifdef Q_OS_LINUX
#include <time.h>
#include <unistd.h>
#endif

namespace copydesk {

namespace {

// Milliseconds since this process started, from the kernel's start time (clock-tick resolution,
// 10 ms on most systems); -1 where unknown.
double msSinceProcessStart()
{
#ifdef Q_OS_LINUX
    QFile file(QStringLiteral("/proc/self/stat"));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray stat = file.readAll();
    // The command name may hold spaces and parentheses; the fields after it start at the last ')'.
    const qsizetype close = stat.lastIndexOf(')');
    if (close < 0)
        return -1;
    const QList<QByteArray> fields = stat.mid(close + 2).split(' ');
    constexpr int StartTimeField = 22 - 3; // fields[0] is field 3, the state
    if (fields.size() <= StartTimeField)
        return -1;
    bool ok = false;
    const qulonglong ticks = fields.at(StartTimeField).toULongLong(&ok);
    const long hz = sysconf(_SC_CLK_TCK);
    timespec now{};
    if (!ok || hz <= 0 || clock_gettime(CLOCK_BOOTTIME, &now) != 0)
        return -1;
    return (double(now.tv_sec) + double(now.tv_nsec) / 1e9 - double(ticks) / double(hz)) * 1000.0;
#else
    return -1;
#endif
}

} // namespace

void StartupReporter::installIfRequested(MainWindow *window, const QElapsedTimer &sinceMain)
{
    if (qEnvironmentVariableIsSet("COPYDESK_REPORT_STARTUP"))
        new StartupReporter(window, sinceMain);
}

StartupReporter::StartupReporter(MainWindow *window, const QElapsedTimer &sinceMain)
    : QObject(window), m_window(window), m_sinceMain(sinceMain), m_previewPoll(new QTimer(this))
{
    window->installEventFilter(this);
    // The preview is created once the window is up; connect to it as soon as it exists.
    m_previewPoll->setInterval(10);
    connect(m_previewPoll, &QTimer::timeout, this, &StartupReporter::watchPreview);
    m_previewPoll->start();
}

bool StartupReporter::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_painted && watched == m_window && event->type() == QEvent::Paint) {
        m_painted = true;
        // Reported once this paint (the whole window, flushed to the screen) is done.
        QTimer::singleShot(0, this, [this] { report("first paint"); });
    }
    return QObject::eventFilter(watched, event);
}

void StartupReporter::watchPreview()
{
    PreviewView *preview = m_window ? m_window->preview() : nullptr;
    if (!preview)
        return;
    m_previewPoll->stop();
    connect(preview, &PreviewView::rendered, this, [this] { report("preview rendered"); },
            Qt::SingleShotConnection);
}

void StartupReporter::report(const char *what) const
{
    const double sinceStart = msSinceProcessStart();
    const qint64 sinceMain = m_sinceMain.elapsed();
    if (sinceStart >= 0) {
        std::fprintf(stderr, "copydesk: %s after %.0f ms (from process start; %lld ms from main)\n",
                     what, sinceStart, static_cast<long long>(sinceMain));
    } else {
        std::fprintf(stderr, "copydesk: %s after %lld ms (from main)\n", what, static_cast<long long>(sinceMain));
    }
    std::fflush(stderr);
}

} // namespace copydesk
