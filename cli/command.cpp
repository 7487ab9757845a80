#include "command.h"

#include "cli.h"
#include "invocation.h"

namespace copydesk {

Command::Command(const QString &name, const QString &synopsis, const char *description, int minArguments,
                 int maxArguments, StoreUse storeUse, const QList<QCommandLineOption> &options)
    : m_name(name),
      m_synopsis(synopsis),
      m_description(description),
      m_minArguments(minArguments),
      m_maxArguments(maxArguments),
      m_storeUse(storeUse),
      m_options(options)
{
}

Command::~Command() = default;

QString Command::usage() const
{
    return m_synopsis.isEmpty() ? m_name : m_name + QLatin1Char(' ') + m_synopsis;
}

QString Command::description() const
{
    return Cli::tr(m_description);
}

Command::StoreUse Command::storeUse(const QStringList &) const
{
    return m_storeUse;
}

QCommandLineOption Command::option(const char *name, const char *valueName)
{
    return valueName ? QCommandLineOption(QString::fromLatin1(name), QString(), QString::fromLatin1(valueName))
                     : QCommandLineOption(QString::fromLatin1(name));
}

int Command::run(Invocation &invocation) const
{
    const int count = int(invocation.arguments().size());
    if (count < m_minArguments || count > m_maxArguments)
        return invocation.usage(Cli::tr("usage: copydesk-cli %1 %2").arg(m_name, m_synopsis).trimmed());
    int code = Cli::Success;
    if (!invocation.openStore(storeUse(invocation.arguments()), &code))
        return code;
    return execute(invocation);
}

} // namespace copydesk
