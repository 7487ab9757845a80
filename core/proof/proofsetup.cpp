#include "proof/proofsetup.h"

#include "store/store.h"

namespace copydesk {

ProofSetup ProofSetup::read(const Store &store, const QString &articleUuid, QString *error)
{
    ProofSetup setup;
    if (!store.isOpen())
        return setup;
    setup.options.wordList = store.enabledWordListEntries(error);
    setup.options.userWords = store.setting(QString::fromLatin1(ProofOptions::UserWordsSetting))
                                      .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ProofOptions::presetFromName(store.setting(QString::fromLatin1(ProofOptions::PresetSetting)), &setup.options.preset);
    if (!articleUuid.isEmpty())
        setup.ignores = ProofIgnores::fromSetting(store.setting(ProofIgnores::settingKey(articleUuid)));
    return setup;
}

} // namespace copydesk
