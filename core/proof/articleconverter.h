#pragma once

#include "model/article.h"

namespace copydesk {

class ChineseConverter;

// 繁简 conversion of a whole article: title, subtitle, byline, source, body, list items,
// captions, credits and alt texts, with bold, italics and links kept on the same words.
class ArticleConverter
{
public:
    // Returns whether anything changed.
    static bool convert(Article *article, const ChineseConverter &converter);
    // One rich text, piece by piece between the marks' edges, so each mark covers the
    // conversion of what it covered.
    static RichText convert(const RichText &text, const ChineseConverter &converter);
};

} // namespace copydesk
