#pragma once

#include "model/article.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace copydesk {

// Which articles a page of the article list shows; every set criterion must hold.
struct ArticleFilter
{
    enum class Sort { UpdatedNewest, UpdatedOldest, CreatedNewest, CreatedOldest, Title,
                      // Best search match first; without text the same as UpdatedNewest.
                      Relevance };

    QList<Article::Status> statuses; // any of these; empty for all
    QString section;                 // exact; empty for all
    QString tag;                     // exact; empty for all
    QDateTime updatedFrom;           // inclusive; invalid for no lower bound
    QDateTime updatedTo;             // exclusive; invalid for no upper bound
    bool missingCaptionsOnly = false;
    // A full-text query (as Store::search()); blank for all, no hits when it holds no term.
    QString text;

    bool isEmpty() const
    {
        return statuses.isEmpty() && section.isEmpty() && tag.isEmpty() && !updatedFrom.isValid()
            && !updatedTo.isValid() && !missingCaptionsOnly && text.trimmed().isEmpty();
    }
};

} // namespace copydesk
