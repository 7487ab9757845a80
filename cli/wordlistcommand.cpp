#include "wordlistcommand.h"

#include "cli.h"
#include "invocation.h"
#include "model/timestamp.h"
#include "proof/wordlistfile.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

namespace copydesk {

WordlistCommand::WordlistCommand()
    : Command(QStringLiteral("wordlist"),
              QStringLiteral("import FILE [--name NAME] [--kind KIND] [--enable] | list [--json] | "
                             "enable|disable|remove NAME"),
              QT_TRANSLATE_NOOP("Cli", "the outlet's word lists for proofing: a text or CSV file\n"
                                "of term, preferred form, note (and kind: forbidden, caution\n"
                                "or standard); none is used until enabled"),
              1, 2, StoreUse::Write,
              {option("name", "NAME"), option("kind", "KIND"), option("enable"), option("json")})
{
}

Command::StoreUse WordlistCommand::storeUse(const QStringList &arguments) const
{
    return arguments.value(0) == QLatin1String("list") ? StoreUse::Read : StoreUse::Write;
}

int WordlistCommand::execute(Invocation &invocation) const
{
    const QString action = invocation.argument(0);
    const int count = int(invocation.arguments().size());
    if (action == QLatin1String("list") && count == 1)
        return list(invocation);
    if (action == QLatin1String("import") && count == 2)
        return import(invocation);
    if ((action == QLatin1String("enable") || action == QLatin1String("disable") || action == QLatin1String("remove"))
        && count == 2) {
        const QString name = invocation.argument(1);
        QString error;
        const bool done = action == QLatin1String("remove")
            ? invocation.store().removeWordList(name, &error)
            : invocation.store().setWordListEnabled(name, action == QLatin1String("enable"), &error);
        return done ? Cli::Success : invocation.fail(Cli::tr("word list %1").arg(name), error);
    }
    return invocation.usage(Cli::tr("usage: copydesk-cli %1").arg(usage()));
}

int WordlistCommand::import(Invocation &invocation)
{
    const QString path = invocation.argument(1);
    WordListEntry::Kind kind = WordListEntry::Kind::Caution;
    if (invocation.isSet(QStringLiteral("kind"))
        && !WordListEntry::kindFromName(invocation.value(QStringLiteral("kind")), &kind))
        return invocation.usage(Cli::tr("unknown kind “%1” (use forbidden, caution or standard)")
                                        .arg(invocation.value(QStringLiteral("kind"))));
    WordList list;
    list.name = invocation.value(QStringLiteral("name"), QFileInfo(path).completeBaseName());
    list.sourceFile = QFileInfo(path).fileName();
    list.enabled = invocation.isSet(QStringLiteral("enable"));
    QString error;
    if (!WordListFile::read(path, kind, &list.entries, &error))
        return invocation.fail(Cli::tr("importing %1").arg(path), error);
    WordList stored;
    if (!invocation.store().importWordList(list, &stored, &error))
        return invocation.fail(Cli::tr("importing %1").arg(path), error);
    invocation.out() << Cli::tr("%1 version %2: %n term(s)", nullptr, stored.termCount).arg(stored.name).arg(stored.version)
                     << Qt::endl;
    return Cli::Success;
}

int WordlistCommand::list(Invocation &invocation)
{
    QString error;
    const QList<WordList> lists = invocation.store().wordLists(&error);
    if (!error.isEmpty())
        return invocation.fail(Cli::tr("listing the word lists"), error);
    if (invocation.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const WordList &list : lists) {
            array.append(QJsonObject{{QStringLiteral("name"), list.name},
                                     {QStringLiteral("version"), list.version},
                                     {QStringLiteral("imported"), Timestamp::format(list.imported)},
                                     {QStringLiteral("file"), list.sourceFile},
                                     {QStringLiteral("enabled"), list.enabled},
                                     {QStringLiteral("terms"), list.termCount}});
        }
        invocation.printJson(array);
        return Cli::Success;
    }
    for (const WordList &list : lists) {
        invocation.out() << list.name << '\t' << Cli::tr("version %1").arg(list.version) << '\t'
                         << (list.enabled ? Cli::tr("enabled") : Cli::tr("disabled")) << '\t'
                         << Cli::tr("%n term(s)", nullptr, list.termCount) << '\t'
                         << Invocation::localTime(list.imported) << Qt::endl;
    }
    return Cli::Success;
}

} // namespace copydesk
