#include "text/textstats.h"

#include "text/script.h"


namespace copydesk {

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
        if (Script::isCjk(c)) {
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
