#include "startupbench.h"

#include "benchreport.h"
#include "launchedapp.h"
#include "samples.h"
#include "x11windowwatcher.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QThread>

#include <algorithm>

namespace copydesk::bench {

namespace {

constexpr int StartTimeoutMs = 30000;
constexpr int PreviewTimeoutMs = 60000;
constexpr int SampleMs = 250;
constexpr int MemoryTimeoutMs = 30000;
constexpr double StartTargetMs = 260;
constexpr double MemoryTargetMb = 220;

const QString PaintLine = QStringLiteral("copydesk: first paint after");
const QString PreviewLine = QStringLiteral("copydesk: preview rendered after");

// N from "... after N ms ..."; -1 when the line is not there.
double reportedMs(const QString &line)
{
    static const QRegularExpression number(QStringLiteral("after (\\d+) ms"));
    const QRegularExpressionMatch match = number.match(line);
    return match.hasMatch() ? match.captured(1).toDouble() : -1;
}

double mb(qint64 kb)
{
    return kb < 0 ? -1 : double(kb) / 1024.0;
}

BenchReport::Verdict verdict(bool pass)
{
    return pass ? BenchReport::Verdict::Pass : BenchReport::Verdict::Fail;
}

} // namespace

StartupBench::StartupBench(const Options &options, X11WindowWatcher *watcher, BenchReport *report)
    : m_options(options), m_watcher(watcher), m_report(report)
{
}

bool StartupBench::watching() const
{
    return m_watcher && m_watcher->problem().isEmpty();
}

bool StartupBench::startCopydesk(const QString &store, CopydeskStart *start, QString *error)
{
    LaunchedApp app(m_options.copydesk, {QStringLiteral("--store"), store}, m_options.environment);
    app.setEnvironmentVariable(QStringLiteral("COPYDESK_REPORT_STARTUP"), QStringLiteral("1"));
    if (watching() && !m_watcher->prepare(error))
        return false;
    if (!app.start(error))
        return false;
    if (watching()) {
        const X11WindowWatcher::Sighting sighting = m_watcher->watch(app.pid(), app.clock(), StartTimeoutMs);
        start->mappedMs = sighting.mappedMs;
        start->paintedMs = sighting.paintedMs;
    }
    // While the display is watched the line waits in the pipe, so its arrival time means nothing.
    double receivedMs = -1;
    start->reportedPaintMs = reportedMs(app.waitForLine(PaintLine, StartTimeoutMs, &receivedMs));
    if (!watching())
        start->lineMs = receivedMs;
    start->previewMs = reportedMs(app.waitForLine(PreviewLine, PreviewTimeoutMs));
    app.stop();
    if (start->reportedPaintMs < 0) {
        *error = QStringLiteral("copydesk did not report its first paint within %1 s; its stderr ends with:\n%2")
                         .arg(StartTimeoutMs / 1000)
                         .arg(app.stderrTail());
        return false;
    }
    return true;
}

bool StartupBench::startGhostwriter(const QString &markdown, double *mappedMs, double *paintedMs, QString *error)
{
    LaunchedApp app(m_options.ghostwriter, {markdown}, m_options.environment);
    if (!m_watcher->prepare(error) || !app.start(error))
        return false;
    const X11WindowWatcher::Sighting sighting = m_watcher->watch(app.pid(), app.clock(), StartTimeoutMs);
    app.stop();
    *mappedMs = sighting.mappedMs;
    *paintedMs = sighting.paintedMs;
    if (sighting.paintedMs < 0) {
        *error = QStringLiteral("Ghostwriter showed no window within %1 s; its stderr ends with:\n%2")
                         .arg(StartTimeoutMs / 1000)
                         .arg(app.stderrTail());
        return false;
    }
    return true;
}

bool StartupBench::runColdStart(const QString &listStore, const QString &markdown, QString *error)
{
    QString ghostwriterProblem;
    if (m_options.ghostwriter.isEmpty())
        ghostwriterProblem = QStringLiteral("not installed or not asked for");
    else if (!watching())
        ghostwriterProblem = QStringLiteral("its window can only be watched on X11: ") + m_watcher->problem();

    Samples reported, received, mapped, painted, preview, ghostMapped, ghostPainted;
    // Run -1 warms the disk cache for both and is not counted.
    for (int run = -1; run < m_options.runs; ++run) {
        CopydeskStart start;
        if (!startCopydesk(listStore, &start, error))
            return false;
        if (run >= 0) {
            reported.add(start.reportedPaintMs);
            if (start.lineMs >= 0)
                received.add(start.lineMs);
            if (start.mappedMs >= 0)
                mapped.add(start.mappedMs);
            if (start.paintedMs >= 0)
                painted.add(start.paintedMs);
            if (start.previewMs >= 0)
                preview.add(start.previewMs);
        }
        if (ghostwriterProblem.isEmpty()) {
            double ghostMap = -1, ghostPaint = -1;
            if (!startGhostwriter(markdown, &ghostMap, &ghostPaint, &ghostwriterProblem))
                continue;
            if (run >= 0) {
                ghostMapped.add(ghostMap);
                ghostPainted.add(ghostPaint);
            }
        }
    }

    const QString section = QStringLiteral("start");
    const int runs = m_options.runs;
    // The target is judged on what the user sees: the first pixels on screen when the display can
    // be watched, else the app's own report of its first paint.
    const bool seen = painted.count() == reported.count();
    m_report->add(section, QStringLiteral("Copydesk: first paint, own report (median of %1)").arg(runs),
                  reported.median(), QStringLiteral("ms"), seen ? QString() : QStringLiteral("<= %1 ms").arg(StartTargetMs),
                  seen ? BenchReport::Verdict::None : verdict(reported.median() <= StartTargetMs));
    if (received.count() > 0)
        m_report->add(section, QStringLiteral("Copydesk: that report read by the benchmark"), received.median(),
                      QStringLiteral("ms"));
    if (seen) {
        m_report->add(section, QStringLiteral("Copydesk: window mapped, seen on X11"), mapped.median(),
                      QStringLiteral("ms"));
        m_report->add(section, QStringLiteral("Copydesk: first pixels on screen, seen on X11"), painted.median(),
                      QStringLiteral("ms"), QStringLiteral("<= %1 ms").arg(StartTargetMs),
                      verdict(painted.median() <= StartTargetMs));
        m_report->add(section, QStringLiteral("Copydesk: first pixels, slowest of %1").arg(runs), painted.max(),
                      QStringLiteral("ms"));
    } else if (watching()) {
        m_report->addNote(QStringLiteral("Copydesk's window was not seen on X11 in every run; its own report is judged"));
    }
    if (preview.count() > 0)
        m_report->add(section, QStringLiteral("Copydesk: preview rendered, own report"), preview.median(),
                      QStringLiteral("ms"));
    if (ghostPainted.count() > 0) {
        m_report->add(section, QStringLiteral("Ghostwriter: window mapped, seen on X11"), ghostMapped.median(),
                      QStringLiteral("ms"));
        m_report->add(section, QStringLiteral("Ghostwriter: first pixels on screen, seen on X11"), ghostPainted.median(),
                      QStringLiteral("ms"));
        if (seen)
            m_report->add(section, QStringLiteral("Copydesk / Ghostwriter, first pixels"),
                          painted.median() / ghostPainted.median(), QStringLiteral("x"));
    }
    if (!ghostwriterProblem.isEmpty())
        m_report->addNote(QStringLiteral("Ghostwriter's start-up not measured: ") + ghostwriterProblem);
    return true;
}

ProcessMemory::Usage StartupBench::settledMemory(LaunchedApp *app) const
{
    const int window = qMax(2, m_options.settleMs / SampleMs);
    QList<qint64> history;
    ProcessMemory::Usage usage;
    QElapsedTimer elapsed;
    elapsed.start();
    while (elapsed.elapsed() < MemoryTimeoutMs) {
        QThread::msleep(SampleMs);
        app->drain();
        usage = ProcessMemory::of(app->pid());
        history.append(usage.mainRssKb);
        if (history.size() >= window) {
            const QList<qint64> recent = history.mid(history.size() - window);
            const auto [low, high] = std::minmax_element(recent.cbegin(), recent.cend());
            if (*high - *low <= *high / 50) // within 2 %
                break;
        }
    }
    return usage;
}

bool StartupBench::runMemory(const QString &editingStore, const QString &markdown, QString *error)
{
    const QString section = QStringLiteral("memory");
    int width = 0, height = 0;
    {
        LaunchedApp app(m_options.copydesk, {QStringLiteral("--store"), editingStore}, m_options.environment);
        app.setEnvironmentVariable(QStringLiteral("COPYDESK_REPORT_STARTUP"), QStringLiteral("1"));
        if (watching() && !m_watcher->prepare(error))
            return false;
        if (!app.start(error))
            return false;
        if (watching()) {
            const X11WindowWatcher::Sighting sighting = m_watcher->watch(app.pid(), app.clock(), StartTimeoutMs);
            width = sighting.width;
            height = sighting.height;
        }
        if (app.waitForLine(PreviewLine, PreviewTimeoutMs).isEmpty()) {
            *error = QStringLiteral("copydesk did not report its preview within %1 s; its stderr ends with:\n%2")
                             .arg(PreviewTimeoutMs / 1000)
                             .arg(app.stderrTail());
            return false;
        }
        const ProcessMemory::Usage usage = settledMemory(&app);
        app.stop();
        if (usage.mainRssKb < 0) {
            *error = QStringLiteral("cannot read the memory of the copydesk process (only Linux /proc is supported)");
            return false;
        }
        m_report->add(section, QStringLiteral("Copydesk: main process RSS, preview open"), mb(usage.mainRssKb),
                      QStringLiteral("MB"), QStringLiteral("<= %1 MB").arg(MemoryTargetMb),
                      verdict(mb(usage.mainRssKb) <= MemoryTargetMb));
        m_report->add(section, QStringLiteral("Copydesk: with its %1 helper processes, RSS sum").arg(usage.processes - 1),
                      mb(usage.treeRssKb), QStringLiteral("MB"));
        m_report->add(section, QStringLiteral("Copydesk: with its helper processes, PSS sum"), mb(usage.treePssKb),
                      QStringLiteral("MB"));
    }

    if (m_options.ghostwriter.isEmpty()) {
        m_report->addNote(QStringLiteral("Ghostwriter's memory not measured: not installed or not asked for"));
        return true;
    }
    LaunchedApp app(m_options.ghostwriter, {markdown}, m_options.environment);
    // Its HTML preview opens with the document, as after a session where it was left open.
    const QString config = QDir(app.configPath()).filePath(QStringLiteral("ghostwriter"));
    QFile settings(QDir(config).filePath(QStringLiteral("ghostwriter.conf")));
    if (!QDir().mkpath(config) || !settings.open(QIODevice::WriteOnly)
        || settings.write("[Preview]\nhtmlPreviewOpen=true\n") < 0) {
        *error = QStringLiteral("cannot write Ghostwriter's settings %1: %2").arg(settings.fileName(), settings.errorString());
        return false;
    }
    settings.close();
    if (watching() && !m_watcher->prepare(error))
        return false;
    if (!app.start(error))
        return false;
    if (watching()) {
        const X11WindowWatcher::Sighting sighting = m_watcher->watch(app.pid(), app.clock(), StartTimeoutMs);
        if (sighting.paintedMs < 0) {
            m_report->addNote(QStringLiteral("Ghostwriter's memory not measured: it showed no window within %1 s")
                                      .arg(StartTimeoutMs / 1000));
            return true;
        }
        if (!m_options.xdotool.isEmpty() && width > 0 && height > 0 && sighting.window) {
            QProcess::execute(m_options.xdotool, {QStringLiteral("windowsize"), QString::number(sighting.window),
                                                  QString::number(width), QString::number(height)});
        }
    }
    // Ghostwriter tells nobody when its preview is done: memory is read once it holds still.
    QThread::msleep(uint(m_options.settleMs));
    const ProcessMemory::Usage usage = settledMemory(&app);
    app.stop();
    if (usage.mainRssKb < 0) {
        m_report->addNote(QStringLiteral("Ghostwriter's memory not measured: it exited early; its stderr ends with: ")
                          + app.stderrTail());
        return true;
    }
    m_report->add(section, QStringLiteral("Ghostwriter: main process RSS, preview open"), mb(usage.mainRssKb),
                  QStringLiteral("MB"));
    m_report->add(section, QStringLiteral("Ghostwriter: with its %1 helper processes, RSS sum").arg(usage.processes - 1),
                  mb(usage.treeRssKb), QStringLiteral("MB"));
    m_report->add(section, QStringLiteral("Ghostwriter: with its helper processes, PSS sum"), mb(usage.treePssKb),
                  QStringLiteral("MB"));
    return true;
}

} // namespace copydesk::bench
