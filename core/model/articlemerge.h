#pragma once

#include "model/article.h"

#include <QStringList>

namespace copydesk {

// Three-way merge of two edits of one article (mine and theirs, both started from base): field
// by field, and the body as one changed range of blocks per side.
class ArticleMerge
{
public:
    // *merged gets base with both sides' changes (merged may alias mine). Returns the names of
    // the fields both sides changed differently, where mine is kept; empty when clean.
    static QStringList merge(const Article &base, const Article &mine, const Article &theirs,
                             Article *merged);
    // The names of the content fields in which a and b differ ("title", "blocks", ...).
    static QStringList changedFields(const Article &a, const Article &b);
};

} // namespace copydesk
