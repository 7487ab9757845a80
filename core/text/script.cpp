#include "text/script.h"

#include <QChar>

namespace copydesk {

bool Script::isCjk(char32_t c)
{
    return c == 0x3007                       // 〇
        || (c >= 0x3040 && c <= 0x30FF)     // Hiragana, Katakana
        || (c >= 0x31F0 && c <= 0x31FF)     // Katakana phonetic extensions
        || (c >= 0x3400 && c <= 0x4DBF)     // Extension A
        || (c >= 0x4E00 && c <= 0x9FFF)     // CJK Unified Ideographs
        || (c >= 0xAC00 && c <= 0xD7AF)     // Hangul syllables
        || (c >= 0xF900 && c <= 0xFAFF)     // Compatibility Ideographs
        || (c >= 0x20000 && c <= 0x3FFFF);  // Extensions B and up (planes 2 and 3)
}

bool Script::isCjkUnit(char16_t unit)
{
    return isCjk(unit) || (unit >= 0xD840 && unit <= 0xD8BF);
}

Script::CharClass Script::classify(char32_t c)
{
    if (c < 0x80) {
        const bool alnum = (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
        return alnum ? CharClass::Word : CharClass::Separator;
    }
    if (!QChar::isLetterOrNumber(c) && !QChar::isMark(c))
        return CharClass::Separator;
    return isCjk(c) && !QChar::isMark(c) ? CharClass::Cjk : CharClass::Word;
}

} // namespace copydesk
