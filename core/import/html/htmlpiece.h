#pragma once

#include "import/html/htmlcontext.h"
#include "model/richtext.h"

#include <QString>

namespace copydesk {

// A run of text between block boundaries, or a picture, before HtmlAssembler makes it a block.
struct HtmlPiece
{
    bool image = false;
    RichText text;
    HtmlContext context; // of the block the text was in
    double sizePx = 0; // the size most of its characters have (0: unknown)
    int greyChars = 0;
    int chars = 0;
    QString marker; // a Word list paragraph's number
    // Image
    QString media; // "pending:<index>" until the photos are decoded; empty for a placeholder
    QString sourceUrl;
    QString alt;
    QString caption; // from the title attribute (Markdown)
};

} // namespace copydesk
