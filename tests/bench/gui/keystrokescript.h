#pragma once

#include "benchrandom.h"

#include <QList>
#include <QString>

class QWidget;

namespace copydesk::bench {

// A deterministic stream of keystrokes as an editor types Chinese copy: Pinyin letters that grow
// the input method's preedit, the space that commits the word, Chinese punctuation, Latin
// letters and digits as plain key presses, the odd Backspace.
class KeystrokeScript
{
public:
    enum class Kind { Preedit, Commit, Key, Backspace };
    struct Keystroke
    {
        Kind kind = Kind::Key;
        QString text; // the preedit so far, the committed text, or the key's character
    };

    explicit KeystrokeScript(quint64 seed) : m_random(seed) {}

    // Whole words until at least `keystrokes` keystrokes; always ends with one that changes the text.
    QList<Keystroke> burst(int keystrokes);
    // Delivers the keystroke to the widget as the input method or the keyboard would.
    static void send(QWidget *target, const Keystroke &keystroke);
    static bool changesText(Kind kind) { return kind != Kind::Preedit; }
    static QString kindName(Kind kind);

private:
    BenchRandom m_random;
};

} // namespace copydesk::bench
