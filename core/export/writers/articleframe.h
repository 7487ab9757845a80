#pragma once

#include "model/article.h"
#include "model/block.h"
#include "render/theme.h"

#include <QString>
#include <QStringList>

namespace copydesk {

// The lines the word-processor writers (.docx, .odt) put around the body and under a photo, as
// plain text.
class ArticleFrame
{
public:
    // The title, or the theme's word for an untitled article.
    static QString title(const Article &article, const Theme::Labels &labels);
    // Date, 来源 and byline on one line; empty when the article has none of them.
    static QString metaLine(const Article &article, const Theme::Labels &labels);
    // The 来源 and 责任编辑 lines below the body.
    static QStringList footerLines(const Article &article, const Theme::Labels &labels);

    // A photo's caption and credit on one line.
    static QString caption(const Block &image);
    // What stands for a photo still to come: the theme's placeholder word in brackets, then the caption.
    static QString placeholderCaption(const Block &image, const Theme::Labels &labels);
    // The photo's description: its alt text, else its caption.
    static QString alt(const Block &image);
};

} // namespace copydesk
