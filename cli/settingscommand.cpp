#include "settingscommand.h"

#include "cli.h"
#include "invocation.h"

#include <QTextStream>

namespace copydesk {

SettingsCommand::SettingsCommand()
    : Command(QStringLiteral("settings"), QStringLiteral("[KEY [VALUE]]"),
              QT_TRANSLATE_NOOP("Cli", "show or set site-name, slogan, repost-notice,\n"
                                "default-section, canonical-base"),
              0, 2, StoreUse::Read)
{
}

Command::StoreUse SettingsCommand::storeUse(const QStringList &arguments) const
{
    return arguments.size() < 2 ? StoreUse::Read : StoreUse::Write;
}

int SettingsCommand::execute(Invocation &invocation) const
{
    const QStringList keys{QStringLiteral("site-name"), QStringLiteral("slogan"), QStringLiteral("repost-notice"),
                           QStringLiteral("default-section"), QStringLiteral("canonical-base")};
    Store &store = invocation.store();
    SiteSettings settings = store.siteSettings();
    QString *values[] = {&settings.siteName, &settings.slogan, &settings.repostNotice, &settings.defaultSection,
                         &settings.canonicalBase};
    const QStringList &arguments = invocation.arguments();
    if (arguments.isEmpty()) {
        for (qsizetype i = 0; i < keys.size(); ++i)
            invocation.out() << keys.at(i) << '\t' << *values[i] << Qt::endl;
        return Cli::Success;
    }
    const qsizetype index = keys.indexOf(arguments.at(0));
    if (index < 0)
        return invocation.usage(
                Cli::tr("unknown setting “%1” (use %2)").arg(arguments.at(0), keys.join(QStringLiteral(", "))));
    if (arguments.size() == 1) {
        invocation.out() << *values[index] << Qt::endl;
        return Cli::Success;
    }
    *values[index] = arguments.at(1);
    QString error;
    if (!store.setSiteSettings(settings, &error))
        return invocation.fail(Cli::tr("saving the setting %1").arg(keys.at(index)), error);
    return Cli::Success;
}

} // namespace copydesk
