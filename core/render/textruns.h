#pragma once

#include "model/richtext.h"

#include <QList>
#include <QString>

namespace copydesk {

// A RichText cut into runs of uniform formatting, overlapping marks resolved (the earliest link
// wins; links never nest).
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

    // Runs in text order, none empty; adjacent runs differ in formatting. Text is
    // CleanText::forMarkup()'d. The one cutting of marked-up text: the page (Renderer) and
    // every writer build their inline markup from these runs.
    static QList<Run> split(const RichText &text);
    // The encoded form of an allowed link, or an empty string.
    static QString link(const QString &href);
};

} // namespace copydesk
