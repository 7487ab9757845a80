#pragma once

#include <QString>

namespace copydesk {

// The one cleaner of text bound for HTML and XML (the page, Word, ODF, NITF, NewsML, WeChat):
// drops what XML 1.0 forbids (C0 controls other than tab and line feed, C1 controls,
// noncharacters, lone surrogates) and turns CR and CR LF into LF.
class CleanText
{
public:
    static QString forMarkup(const QString &text);
    // forMarkup() as one line: white space runs collapsed to one space, trimmed.
    static QString line(const QString &text);
};

} // namespace copydesk
