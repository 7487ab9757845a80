#include "commandline.h"

#include "cli.h"
#include "command.h"
#include "commandtable.h"

namespace copydesk {

namespace {

// copydesk-cli has long options only: a word with a single dash ("-30°C") is an ordinary
// argument. QCommandLineParser would read it as short options, so it is passed through with
// this mark in front (as is a word already starting with the mark).
const QChar Escape(0xE000);

bool takesValue(const QList<QCommandLineOption> &options, const QString &name)
{
    for (const QCommandLineOption &option : options) {
        if (option.names().contains(name))
            return !option.valueName().isEmpty();
    }
    return false;
}

} // namespace

QStringList CommandLine::escaped(const QStringList &arguments)
{
    QStringList result{arguments.value(0, QStringLiteral("copydesk-cli"))};
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        const bool singleDash = argument.startsWith(QLatin1Char('-')) && !argument.startsWith(QLatin1String("--"));
        result << (singleDash || argument.startsWith(Escape) ? Escape + argument : argument);
    }
    return result;
}

QString CommandLine::unescaped(const QString &argument)
{
    return argument.startsWith(Escape) ? argument.mid(1) : argument;
}

bool CommandLine::parse(const QStringList &arguments, QString *problem)
{
    const QStringList line = escaped(arguments);
    // First the global options, up to the command's name.
    const QList<QCommandLineOption> global = CommandTable::globalOptions();
    m_globalParser.addOptions(global);
    m_globalParser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    if (!m_globalParser.parse(line)) {
        *problem = CommandLine::problem(m_globalParser, line, global, QString());
        return false;
    }
    if (m_globalParser.positionalArguments().isEmpty())
        return true;
    const QString name = unescaped(m_globalParser.positionalArguments().constFirst());
    m_command = CommandTable::find(name);
    if (!m_command) {
        *problem = Cli::tr("unknown command “%1”").arg(name);
        return false;
    }
    // Then the whole line again with the command's options too, before or after its arguments.
    const QList<QCommandLineOption> options = global + m_command->options();
    m_commandParser.addOptions(options);
    if (!m_commandParser.parse(line)) {
        *problem = CommandLine::problem(m_commandParser, line, options, name);
        return false;
    }
    return true;
}

QString CommandLine::problem(const QCommandLineParser &parser, const QStringList &arguments,
                             const QList<QCommandLineOption> &options, const QString &command)
{
    // Besides an unknown option, QCommandLineParser refuses a flag given a value (unknown, as
    // such) and a value option with nothing after it.
    QString unknown = parser.unknownOptionNames().value(0);
    if (parser.unknownOptionNames().isEmpty()) {
        for (const QString &argument : arguments) {
            const QString name = argument.mid(2).section(QLatin1Char('='), 0, 0);
            if (argument.startsWith(QLatin1String("--")) && argument.contains(QLatin1Char('='))
                && !takesValue(options, name)) {
                unknown = name;
                break;
            }
        }
        if (unknown.isNull())
            return Cli::tr("option --%1 needs a value").arg(arguments.constLast().mid(2));
    }
    return command.isEmpty() ? Cli::tr("unknown option --%1").arg(unknown)
                             : Cli::tr("unknown option --%1 for “%2”").arg(unknown, command);
}

QStringList CommandLine::arguments() const
{
    QStringList result;
    const QStringList positional = m_commandParser.positionalArguments();
    for (qsizetype i = 1; i < positional.size(); ++i)
        result << unescaped(positional.at(i));
    return result;
}

bool CommandLine::isSet(const QString &option) const
{
    return parser().isSet(option);
}

QString CommandLine::value(const QString &option, const QString &fallback) const
{
    return parser().isSet(option) ? unescaped(parser().value(option)) : fallback;
}

} // namespace copydesk
