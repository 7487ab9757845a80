#pragma once

#include "richtext.h"

#include <QList>
#include <QString>

namespace copydesk {

// A RichText cut into runs of uniform formatting, for the exporters that cannot nest markup
// freely (Word, ODF, Markdown, NITF, WeChat).
class TextRuns
{
public:
    struct Run
    {
        QString text;
        bool bold = false;
        bool italic = false;
        QString href; // an allowed, encoded link (LinkPolicy::isAllowed), else empty
    };

    // Runs in text order, none empty; adjacent runs differ in formatting. Text is cleaned().
    static QList<Run> split(const RichText &text);
    // The text without the code points XML 1.0 (and so HTML, Word, ODF) forbid: C0 controls
    // other than tab and newline, C1 controls, noncharacters and lone surrogates.
    static QString cleaned(const QString &text);
    // The encoded form of an allowed link, or an empty string.
    static QString link(const QString &href);
};

} // namespace copydesk
