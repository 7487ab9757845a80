#include "launchedapp.h"

#include "processmemory.h"

#include <QDir>
#include <QFile>
#include <QThread>

#ifdef Q_OS_UNIX
#include <csignal>
#endif

namespace copydesk::bench {

namespace {

constexpr int TailLines = 12;

void terminate(qint64 pid)
{
#ifdef Q_OS_UNIX
    ::kill(pid_t(pid), SIGTERM);
#else
    Q_UNUSED(pid);
#endif
}

void forceKill(qint64 pid)
{
#ifdef Q_OS_UNIX
    ::kill(pid_t(pid), SIGKILL);
#else
    Q_UNUSED(pid);
#endif
}

} // namespace

LaunchedApp::LaunchedApp(const QString &program, const QStringList &arguments,
                         const QProcessEnvironment &environment)
    : m_home(QDir::temp().filePath(QStringLiteral("copydesk-bench-home-XXXXXX"))), m_program(program),
      m_arguments(arguments), m_environment(environment)
{
    const QDir home(m_home.path());
    for (const char *folder : {".config", ".local/share", ".cache", "runtime"})
        home.mkpath(QLatin1String(folder));
    QFile::setPermissions(home.filePath(QStringLiteral("runtime")),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    m_environment.insert(QStringLiteral("HOME"), home.path());
    m_environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral(".config")));
    m_environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral(".local/share")));
    m_environment.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral(".cache")));
    m_environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), home.filePath(QStringLiteral("runtime")));
    m_environment.remove(QStringLiteral("COPYDESK_STORE"));
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.setStandardOutputFile(QProcess::nullDevice());
    m_process.setReadChannel(QProcess::StandardError);
}

LaunchedApp::~LaunchedApp()
{
    stop();
}

void LaunchedApp::setEnvironmentVariable(const QString &name, const QString &value)
{
    m_environment.insert(name, value);
}

QString LaunchedApp::homePath() const
{
    return m_home.path();
}

QString LaunchedApp::configPath() const
{
    return QDir(m_home.path()).filePath(QStringLiteral(".config"));
}

bool LaunchedApp::start(QString *error)
{
    if (!m_home.isValid()) {
        *error = QStringLiteral("cannot create a home folder for %1: %2").arg(m_program, m_home.errorString());
        return false;
    }
    m_process.setProcessEnvironment(m_environment);
    m_clock.start();
    m_process.start(m_program, m_arguments);
    if (!m_process.waitForStarted(10000)) {
        *error = QStringLiteral("cannot start %1: %2").arg(m_program, m_process.errorString());
        return false;
    }
    return true;
}

qint64 LaunchedApp::pid() const
{
    return m_process.processId();
}

bool LaunchedApp::isRunning() const
{
    return m_process.state() == QProcess::Running;
}

void LaunchedApp::readLines()
{
    m_partial += m_process.readAllStandardError();
    qsizetype newline;
    while ((newline = m_partial.indexOf('\n')) >= 0) {
        m_lines.append(QString::fromUtf8(m_partial.left(newline)));
        m_partial.remove(0, newline + 1);
    }
}

QString LaunchedApp::waitForLine(const QString &text, int timeoutMs, double *receivedMs)
{
    QElapsedTimer waited;
    waited.start();
    for (;;) {
        readLines();
        for (; m_scanned < m_lines.size(); ++m_scanned) {
            if (m_lines.at(m_scanned).contains(text)) {
                if (receivedMs)
                    *receivedMs = double(m_clock.nsecsElapsed()) / 1e6;
                return m_lines.at(m_scanned++);
            }
        }
        const qint64 left = timeoutMs - waited.elapsed();
        if (left <= 0 || m_process.state() != QProcess::Running)
            return {};
        m_process.waitForReadyRead(int(left));
    }
}

void LaunchedApp::drain()
{
    if (m_process.state() == QProcess::Running)
        m_process.waitForReadyRead(0);
    readLines();
}

QString LaunchedApp::stderrTail() const
{
    return m_lines.mid(qMax<qsizetype>(0, m_lines.size() - TailLines)).join(QLatin1Char('\n'));
}

void LaunchedApp::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    // Its helpers (WebEngine's zygotes and renderers) are looked up first: once the program is
    // gone they are reparented and no longer findable as its descendants.
    const QList<qint64> helpers = ProcessMemory::descendants(m_process.processId());
    terminate(m_process.processId());
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(2000);
    }
    for (const qint64 helper : helpers) {
        if (ProcessMemory::isAlive(helper))
            terminate(helper);
    }
    QElapsedTimer grace;
    grace.start();
    for (const qint64 helper : helpers) {
        while (ProcessMemory::isAlive(helper) && grace.elapsed() < 3000)
            QThread::msleep(20);
        if (ProcessMemory::isAlive(helper))
            forceKill(helper);
    }
    readLines();
}

} // namespace copydesk::bench
