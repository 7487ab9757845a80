#pragma once

#include <QByteArray>

namespace copydesk {

// The nesting guard: how deep HTML nests, estimated before the parser builds its tree.
class HtmlNesting
{
public:
    // How deep the elements of html nest, counted as the HTML5 tokenizer sees tags: elements whose end
    // tag may be left out (p, li, td, …) and void elements do not nest, raw text (script, style, …)
    // and comments are skipped, and inside svg/math "<x/>" closes itself until an HTML element breaks
    // out of it as the parser has it. An estimate for refusing pathological input before tree building.
    static int depth(const QByteArray &html);

private:
    static bool isAsciiAlpha(char c);
};

} // namespace copydesk
