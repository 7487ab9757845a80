#pragma once

#include "text/textdiff.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace copydesk {

struct Article;

// Two versions of an article compared field by field (metadata, body text, photo captions), for
// the history panel's side-by-side view and `copydesk-cli diff`.
class ArticleDiff
{
    Q_DECLARE_TR_FUNCTIONS(ArticleDiff)

public:
    struct Field
    {
        QString key;   // "title", "subtitle", ..., "body", "captions"
        QString label; // translated
        QString before;
        QString after;
        QList<TextDiff::Segment> segments;

        bool changed() const { return before != after; }
    };

    // Every field, changed or not, in display order. Body: one line per block (headings, quotes
    // and list items as their text); captions: one line per photo, "caption (credit)".
    static QList<Field> compare(const Article &before, const Article &after);
};

} // namespace copydesk
