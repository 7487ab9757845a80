#pragma once

#include <QElapsedTimer>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>

namespace copydesk::bench {

// A program started as a user's first start would: in a fresh home folder (empty HOME and XDG
// folders), with its stderr read line by line; stopping it ends the processes it started too.
class LaunchedApp
{
public:
    // environment: what the program gets, apart from its fresh home folder.
    LaunchedApp(const QString &program, const QStringList &arguments, const QProcessEnvironment &environment);
    ~LaunchedApp();
    LaunchedApp(const LaunchedApp &) = delete;
    LaunchedApp &operator=(const LaunchedApp &) = delete;

    void setEnvironmentVariable(const QString &name, const QString &value);
    // The fresh home folder (exists from construction), to pre-seed configuration in.
    QString homePath() const;
    QString configPath() const;

    // clock() starts just before the program does.
    bool start(QString *error);
    qint64 pid() const;
    const QElapsedTimer &clock() const { return m_clock; }
    bool isRunning() const;

    // Waits for a stderr line containing text; returns it (empty on timeout or exit), with
    // *receivedMs (may be null) the time on clock() it was read.
    QString waitForLine(const QString &text, int timeoutMs, double *receivedMs = nullptr);
    // Reads what stderr holds now without waiting, so the program never blocks on a full pipe.
    void drain();
    // The last lines of stderr, for error messages.
    QString stderrTail() const;

    // Terminates the program and whatever it started that is still running.
    void stop();

private:
    void readLines();

    QTemporaryDir m_home;
    QProcess m_process;
    QString m_program;
    QStringList m_arguments;
    QProcessEnvironment m_environment;
    QElapsedTimer m_clock;
    QStringList m_lines;
    int m_scanned = 0;
    QByteArray m_partial;
};

} // namespace copydesk::bench
