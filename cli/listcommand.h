#pragma once

#include "command.h"
#include "model/articlesummary.h"

#include <QJsonArray>

namespace copydesk {

// list: the articles in the store, as lines or JSON.
class ListCommand : public Command
{
public:
    ListCommand();
    // The JSON rows of list and trash: id, title, status, words and the time named timeKey.
    static QJsonArray toJson(const QList<ArticleSummary> &articles, const QString &timeKey,
                             QDateTime ArticleSummary::*time);

protected:
    int execute(Invocation &invocation) const override;
};

} // namespace copydesk
