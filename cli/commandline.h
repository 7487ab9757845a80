#pragma once

#include <QCommandLineParser>
#include <QString>
#include <QStringList>

namespace copydesk {

class Command;

// The command line as QCommandLineParser reads it: the global options, the command, then its
// arguments and options in any order; what is wrong with it said in our own translated words.
class CommandLine
{
public:
    // Reads arguments (arguments[0] is the program); false with a usage error's text in *problem.
    bool parse(const QStringList &arguments, QString *problem);
    // The command named, nullptr when none is.
    const Command *command() const { return m_command; }
    // The command's arguments, after its name.
    QStringList arguments() const;
    bool isSet(const QString &option) const;
    QString value(const QString &option, const QString &fallback = QString()) const;

private:
    static QStringList escaped(const QStringList &arguments);
    static QString unescaped(const QString &argument);
    static QString problem(const QCommandLineParser &parser, const QStringList &arguments,
                           const QList<QCommandLineOption> &options, const QString &command);
    const QCommandLineParser &parser() const { return m_command ? m_commandParser : m_globalParser; }

    QCommandLineParser m_globalParser;  // up to the command's name
    QCommandLineParser m_commandParser; // the whole line, with the command's options
    const Command *m_command = nullptr;
};

} // namespace copydesk
