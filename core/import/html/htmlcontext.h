#pragma once

#include <QString>

namespace copydesk {

// What an element passes down to its content while HtmlWalker walks the tree.
struct HtmlContext
{
    bool bold = false;
    bool italic = false;
    QString href;
    bool grey = false;
    double sizePx = 0; // 0: not set
    bool pre = false;
    bool centered = false;
    int heading = 0; // 1–6 from h1–h6, Word outline levels
    bool quote = false;
    bool caption = false; // figcaption, Word/ODF caption styles
    bool title = false;
    bool subtitle = false;
    int listRoot = -1; // the outermost list (or Word list run) the content belongs to
    bool ordered = false;
    int item = -1;     // the list item
    int msoList = 0;       // a Word list paragraph (its number written as text): which list
    bool msoMarker = false; // inside that number
};

} // namespace copydesk
