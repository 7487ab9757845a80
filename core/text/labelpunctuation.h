#pragma once

#include <QString>

namespace copydesk {

// Punctuation of the words the program itself writes into a page (labels, the repost notice):
// GB/T 15834 full-width marks in Chinese, English marks followed by a space in English.
class LabelPunctuation
{
public:
    // True for a BCP 47 language tag of Chinese ("zh", "zh-CN", "zh-Hant"…); empty counts as
    // Chinese, the product's first language.
    static bool isChinese(const QString &language);
    // A label that ends in a colon ("来源:", "Source："): "来源：" in Chinese (when a CJK
    // character precedes the colon), "Source: " in another language. Other labels are
    // returned as they are.
    static QString label(const QString &text, const QString &language);
    // In Chinese text, each half-width , : ; ! ? beside a CJK character becomes its full-width
    // mark (本文来自{site},转载请注明出处:{url} → 本文来自{site}，转载请注明出处：{url}); a mark
    // between Latin letters or digits (10:30, https://a.cn/x,y) is kept.
    static QString chinese(const QString &text);
};

} // namespace copydesk
