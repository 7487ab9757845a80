#include "commandtable.h"

#include "attachcommand.h"
#include "backupcommand.h"
#include "checkcommand.h"
#include "cli.h"
#include "convertcommand.h"
#include "deletecommand.h"
#include "dictionarycommand.h"
#include "diffcommand.h"
#include "exportcommand.h"
#include "importcommand.h"
#include "leasescommand.h"
#include "listcommand.h"
#include "newcommand.h"
#include "proofcommand.h"
#include "recovercommand.h"
#include "remotecommand.h"
#include "restorecommand.h"
#include "revisionscommand.h"
#include "searchcommand.h"
#include "servercommand.h"
#include "setcommand.h"
#include "settingscommand.h"
#include "showcommand.h"
#include "synccommand.h"
#include "store/store.h"
#include "trashcommand.h"
#include "untrashcommand.h"
#include "whoamicommand.h"
#include "wordlistcommand.h"

#include <QDir>

#include <memory>
#include <vector>

namespace copydesk {

const QList<const Command *> &CommandTable::commands()
{
    static const std::vector<std::unique_ptr<const Command>> owned = [] {
        std::vector<std::unique_ptr<const Command>> table;
        table.push_back(std::make_unique<NewCommand>());
        table.push_back(std::make_unique<ImportCommand>());
        table.push_back(std::make_unique<ListCommand>());
        table.push_back(std::make_unique<ShowCommand>());
        table.push_back(std::make_unique<SetCommand>());
        table.push_back(std::make_unique<AttachCommand>());
        table.push_back(std::make_unique<ExportCommand>());
        table.push_back(std::make_unique<CheckCommand>());
        // the newsroom workflow
        table.push_back(std::make_unique<SearchCommand>());
        table.push_back(std::make_unique<RevisionsCommand>());
        table.push_back(std::make_unique<RestoreCommand>());
        table.push_back(std::make_unique<DiffCommand>());
        table.push_back(std::make_unique<DeleteCommand>());
        table.push_back(std::make_unique<TrashCommand>());
        table.push_back(std::make_unique<UntrashCommand>());
        table.push_back(std::make_unique<BackupCommand>());
        table.push_back(std::make_unique<RecoverCommand>());
        table.push_back(std::make_unique<SettingsCommand>());
        // 校对
        table.push_back(std::make_unique<ProofCommand>());
        table.push_back(std::make_unique<ConvertCommand>());
        table.push_back(std::make_unique<WordlistCommand>());
        table.push_back(std::make_unique<DictionaryCommand>());
        // the newsroom server
        table.push_back(std::make_unique<RemoteCommand>());
        table.push_back(std::make_unique<SyncCommand>());
        table.push_back(std::make_unique<LeasesCommand>());
        table.push_back(std::make_unique<WhoamiCommand>());
        table.push_back(std::make_unique<ServerCommand>());
        return table;
    }();
    static const QList<const Command *> commands = [] {
        QList<const Command *> list;
        for (const auto &command : owned)
            list.append(command.get());
        return list;
    }();
    return commands;
}

const Command *CommandTable::find(const QString &name)
{
    for (const Command *command : commands()) {
        if (command->name() == name)
            return command;
    }
    return nullptr;
}

QList<QCommandLineOption> CommandTable::globalOptions()
{
    return {
        QCommandLineOption(QStringLiteral("store"),
                           Cli::tr("the store to use (default: $COPYDESK_STORE or %1)")
                                   .arg(QDir::toNativeSeparators(Store::defaultPath())),
                           QStringLiteral("PATH")),
        QCommandLineOption(QStringLiteral("help"), Cli::tr("show this help")),
        QCommandLineOption(QStringLiteral("version"), Cli::tr("show the version")),
    };
}

QString CommandTable::row(const QString &synopsis, const QString &description)
{
    // Descriptions start in this column, on a line of their own after a long synopsis.
    constexpr int column = 33;
    const QString indent(column, QLatin1Char(' '));
    const QString start = QStringLiteral("  ") + synopsis;
    return start + (start.size() < column ? QString(column - start.size(), QLatin1Char(' ')) : QLatin1Char('\n') + indent)
        + description.split(QLatin1Char('\n')).join(QLatin1Char('\n') + indent) + QLatin1Char('\n');
}

QString CommandTable::help()
{
    QString text = Cli::tr("Usage: copydesk-cli [--store PATH] %1").arg(QStringLiteral("COMMAND [ARGS]"))
        + QStringLiteral("\n\n") + Cli::tr("Commands:") + QLatin1Char('\n');
    for (const Command *command : commands())
        text += row(command->usage(), command->description());
    text += Cli::tr("Options:") + QLatin1Char('\n');
    for (const QCommandLineOption &option : globalOptions()) {
        const QString synopsis = QStringLiteral("--") + option.names().constFirst();
        text += row(option.valueName().isEmpty() ? synopsis : synopsis + QLatin1Char(' ') + option.valueName(),
                    option.description());
    }
    return text + QLatin1Char('\n') + Cli::tr("Exit status: 0 on success, 1 on failure, 2 on a usage error.")
        + QLatin1Char('\n');
}

QString CommandTable::help(const Command &command)
{
    return Cli::tr("Usage: copydesk-cli [--store PATH] %1").arg(command.usage()) + QStringLiteral("\n\n")
        + command.description() + QLatin1Char('\n');
}

} // namespace copydesk
