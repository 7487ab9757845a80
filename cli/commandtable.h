#pragma once

#include <QCommandLineOption>
#include <QList>
#include <QString>

namespace copydesk {

class Command;

// The one table of copydesk-cli's commands, in the order help lists them, and its global
// options: the parser, --help and every usage line read it.
class CommandTable
{
public:
    static const QList<const Command *> &commands();
    // The command of that name, nullptr for none.
    static const Command *find(const QString &name);
    // --store, --help and --version, their descriptions translated.
    static QList<QCommandLineOption> globalOptions();
    // copydesk-cli --help: every command's synopsis and description, then the global options.
    static QString help();
    // copydesk-cli COMMAND --help.
    static QString help(const Command &command);

private:
    static QString row(const QString &synopsis, const QString &description);
};

} // namespace copydesk
