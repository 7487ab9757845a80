#pragma once

#include "model/article.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace copydesk {

// Problems worth a look before an article leaves the desk; none of them blocks an export (the
// GUI lists them with "export anyway").
class ExportPreflight
{
    Q_DECLARE_TR_FUNCTIONS(ExportPreflight)

public:
    struct Problem
    {
        enum class Kind { EmptyTitle, MissingSource, PhotoWithoutCaption, PhotoWithoutCredit, PlaceholderWithoutPhoto };
        Kind kind = Kind::EmptyTitle;
        int blockIndex = -1; // index into Article::blocks, or -1 for the article's metadata
        QString message;     // translated, names the block by its photo number and caption
    };

    // In article order: title and source first, then per block.
    static QList<Problem> check(const Article &article);
};

} // namespace copydesk
