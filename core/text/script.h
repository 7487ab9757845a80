#pragma once

#include <QtGlobal>

namespace copydesk {

// The one CJK classifier: what counts as one 字, is searched as bigrams, joins lines without a
// space and is diffed character by character. Han ideographs of every block (extension A, the
// unified block, compatibility ideographs, planes 2 and 3), 〇, kana with the phonetic
// extensions, and Hangul syllables.
class Script
{
public:
    enum class CharClass { Separator, Cjk, Word };

    static bool isCjk(char32_t codePoint);
    // For code-unit loops: also true for the high surrogate of a plane 2 or 3 ideograph.
    static bool isCjkUnit(char16_t unit);
    // Cjk, Word (other letters, digits and their marks) or Separator (everything else).
    static CharClass classify(char32_t codePoint);
};

} // namespace copydesk
