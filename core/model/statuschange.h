#pragma once

#include "model/article.h"

#include <QDateTime>

namespace copydesk {

// One recorded change of an article's workflow status (Store::statusHistory()).
struct StatusChange
{
    qint64 articleId = 0;
    QDateTime changed; // UTC
    Article::Status from = Article::Status::Draft;
    Article::Status to = Article::Status::Draft;
};

} // namespace copydesk
