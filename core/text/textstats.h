#pragma once

#include <QString>

namespace copydesk {

// Counting the way Chinese newsrooms count (字数): CJK characters plus Latin words.
class TextStats
{
public:
    // Each CJK character (Script::isCjk) counts one; each run of Latin letters/digits counts one;
    // punctuation and spaces count nothing. Matches Word's 字数 for mixed text.
    static int wordCount(const QString &text);
};

} // namespace copydesk
