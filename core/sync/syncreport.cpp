#include "sync/syncreport.h"

#include <QJsonArray>

namespace copydesk {

QJsonObject SyncReport::toJson() const
{
    return {{QStringLiteral("pushed"), pushed},
            {QStringLiteral("conflicts"), conflicts},
            {QStringLiteral("pulled"), pulled},
            {QStringLiteral("merged"), merged},
            {QStringLiteral("keptLocal"), keptLocal},
            {QStringLiteral("refused"), refused},
            {QStringLiteral("mediaUploaded"), mediaUploaded},
            {QStringLiteral("mediaDownloaded"), mediaDownloaded},
            {QStringLiteral("outbox"), outbox},
            {QStringLiteral("conflictArticles"), QJsonArray::fromStringList(conflictUuids)},
            {QStringLiteral("refusals"), QJsonArray::fromStringList(refusals)}};
}

} // namespace copydesk
