#pragma once

#include "model/richtext.h"

#include <QString>

namespace copydesk {

// The page's inline markup of a text: escaped, line breaks as <br>, marks as well-nested
// <strong>, <em> and <a> built from the text's runs (TextRuns).
class InlineMarkup
{
public:
    static QString html(const RichText &text);
};

} // namespace copydesk
