#pragma once

#include <QCommandLineOption>
#include <QList>
#include <QString>
#include <QStringList>

#include <climits>

namespace copydesk {

class Invocation;

// One copydesk-cli command: its row of the command table (name, synopsis, description,
// arguments, options, how it needs the store) and what it does.
class Command
{
public:
    // How the store is opened before execute() runs.
    enum class StoreUse {
        Write,        // opened for writing, created when missing
        Read,         // read-only; a store not made yet reads as an empty one, and is not made
        ReadExisting, // read-only; a missing store is refused
        None          // not opened: the command deals with the path itself
    };
    static constexpr int Unlimited = INT_MAX;

    // description: the source text, marked by QT_TRANSLATE_NOOP("Cli", …), lines broken where the
    // help breaks them.
    Command(const QString &name, const QString &synopsis, const char *description, int minArguments,
            int maxArguments, StoreUse storeUse, const QList<QCommandLineOption> &options = {});
    virtual ~Command();
    Command(const Command &) = delete;
    Command &operator=(const Command &) = delete;

    QString name() const { return m_name; }
    // The command's arguments and options as help and usage errors show them ("ID [--json]").
    QString synopsis() const { return m_synopsis; }
    // The name and the synopsis: "show ID [--json]".
    QString usage() const;
    // What it does, translated.
    QString description() const;
    const QList<QCommandLineOption> &options() const { return m_options; }
    int minArguments() const { return m_minArguments; }
    int maxArguments() const { return m_maxArguments; }
    virtual StoreUse storeUse(const QStringList &arguments) const;

    // Checks the number of arguments, opens the store as storeUse() says, then executes.
    int run(Invocation &invocation) const;

protected:
    // An option of a command: a flag, or one taking a value shown as valueName.
    static QCommandLineOption option(const char *name, const char *valueName = nullptr);
    // The command itself, once the arguments are counted and the store is open.
    virtual int execute(Invocation &invocation) const = 0;

private:
    QString m_name;
    QString m_synopsis;
    const char *m_description;
    int m_minArguments;
    int m_maxArguments;
    StoreUse m_storeUse;
    QList<QCommandLineOption> m_options;
};

} // namespace copydesk
