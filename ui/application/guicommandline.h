#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>

namespace copydesk {

// The window program's command line: --store PATH, files to open, --help and --version.
class GuiCommandLine
{
    Q_DECLARE_TR_FUNCTIONS(copydesk::GuiCommandLine)

public:
    // Whether the arguments ask for --help or --version: main() answers those with a
    // QCoreApplication, so that they need no display (help2man runs them during the build).
    static bool asksForInformation(int argc, char *argv[]);

    GuiCommandLine();
    // Exits the process after --help, --version or a bad argument, as QCommandLineParser does.
    void process(const QStringList &arguments);
    QString storePath() const;
    QStringList files() const { return m_parser.positionalArguments(); }

private:
    QCommandLineParser m_parser;
    QCommandLineOption m_store;
};

} // namespace copydesk
