#pragma once

#include "model/wordlistentry.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace copydesk {

// How an article is proofed: the house style, which script it is written in, which rules run,
// the outlet's enabled word lists and the user's own dictionary of English words.
struct ProofOptions
{
    // The space between Chinese and Latin letters or digits: none in print, one on the web.
    enum class Preset { Print, Web };
    // The script the article is meant to be in; Auto takes the one most of its text uses.
    enum class Script { Simplified, Traditional, Auto };

    // The store setting holding the user's dictionary, one word a line.
    static constexpr const char *UserWordsSetting = "proof/userWords";
    // The store setting holding the desk's house style: "print" (the default) or "web".
    static constexpr const char *PresetSetting = "proof/preset";

    Preset preset = Preset::Print;
    Script script = Script::Auto;
    QSet<QString> disabledRules; // rule ids
    QList<WordListEntry> wordList;
    QStringList userWords;

    static QString presetName(Preset preset) { return preset == Preset::Web ? QStringLiteral("web") : QStringLiteral("print"); }
    static bool presetFromName(const QString &name, Preset *preset)
    {
        if (name == QLatin1String("print"))
            *preset = Preset::Print;
        else if (name == QLatin1String("web"))
            *preset = Preset::Web;
        else
            return false;
        return true;
    }
};

} // namespace copydesk
