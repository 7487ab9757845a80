#pragma once

#include <QString>

#include <gumbo.h>

namespace copydesk {

// Reading gumbo's parse tree: text, attributes and names of elements, and what their tags are.
class HtmlGumbo
{
public:
    static QString utf8(const char *text);
    static QString attribute(const GumboElement &element, const char *name);

    // A URL attribute as browsers read it: without tabs and line breaks, trimmed.
    static QString urlAttribute(const GumboElement &element, const char *name);
    static bool hasAttribute(const GumboElement &element, const char *name);
    static QString tagName(const GumboElement &element);
    static bool isBlockTag(GumboTag tag);

    // Elements dropped with everything inside them: active or embedded content, form controls,
    // document metadata, hidden and deleted text, ruby annotations.
    static bool isDroppedTag(GumboTag tag);
    static bool hasClass(const QString &classes, const QString &name);
};

} // namespace copydesk
