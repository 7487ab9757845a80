#include "dictionarycommand.h"

#include "cli.h"
#include "invocation.h"
#include "proof/proofoptions.h"

#include <QTextStream>

namespace copydesk {

DictionaryCommand::DictionaryCommand()
    : Command(QStringLiteral("dictionary"), QStringLiteral("[add WORD | remove WORD]"),
              QT_TRANSLATE_NOOP("Cli", "show, add to or remove from the user's English words\n"
                                "the spelling check accepts"),
              0, 2, StoreUse::Read)
{
}

Command::StoreUse DictionaryCommand::storeUse(const QStringList &arguments) const
{
    return arguments.isEmpty() ? StoreUse::Read : StoreUse::Write;
}

int DictionaryCommand::execute(Invocation &invocation) const
{
    const QString key = QString::fromLatin1(ProofOptions::UserWordsSetting);
    QStringList words = invocation.store().setting(key).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    const QStringList &arguments = invocation.arguments();
    if (arguments.isEmpty()) {
        for (const QString &word : std::as_const(words))
            invocation.out() << word << Qt::endl;
        return Cli::Success;
    }
    const QString action = arguments.at(0);
    const QString word = arguments.value(1).trimmed().toLower();
    if (arguments.size() != 2 || word.isEmpty() || word.contains(QLatin1Char(' '))
        || (action != QLatin1String("add") && action != QLatin1String("remove")))
        return invocation.usage(Cli::tr("usage: copydesk-cli %1").arg(usage()));
    words.removeAll(word);
    if (action == QLatin1String("add"))
        words.append(word);
    words.sort();
    QString error;
    if (!invocation.store().setSetting(key, words.join(QLatin1Char('\n')), &error))
        return invocation.fail(Cli::tr("saving the dictionary"), error);
    return Cli::Success;
}

} // namespace copydesk
