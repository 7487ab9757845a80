#pragma once

#include <QDateTime>
#include <QString>

namespace copydesk {

// Metadata of one stored snapshot of an article (the snapshot itself loads with Store::loadRevision).
struct RevisionInfo
{
    qint64 id = 0;
    qint64 articleId = 0;
    QDateTime created;
    QString reason;
};

} // namespace copydesk
