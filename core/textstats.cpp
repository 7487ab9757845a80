#include "textstats.h"


namespace copydesk {

bool TextStats::isCjk(char32_t c)
{
    return (c >= 0x4E00 && c <= 0x9FFF)      // CJK Unified Ideographs
            || (c >= 0x3400 && c <= 0x4DBF)  // Extension A
            || (c >= 0x20000 && c <= 0x323AF) // Extensions B–H
            || (c >= 0xF900 && c <= 0xFAFF)  // Compatibility Ideographs
            || (c >= 0x3040 && c <= 0x30FF)  // Hiragana, Katakana
            || (c >= 0xAC00 && c <= 0xD7AF)  // Hangul syllables
            || c == 0x3007;                  // 〇
}

int TextStats::wordCount(const QString &text)
{
    int count = 0;
    bool inWord = false;
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        char32_t c = text.at(i).unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < size && text.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            ++i;
        }
        if (isCjk(c)) {
            ++count;
            inWord = false;
            continue;
        }
        const bool wordChar = QChar::isLetterOrNumber(c) || (inWord && (c == U'\'' || c == U'’' || c == U'-'));
        if (wordChar && !inWord)
            ++count;
        inWord = wordChar;
    }
    return count;
}

} // namespace copydesk
