#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace copydesk {

// What one sync did: counts, the articles left in conflict and the pushes the server refused.
struct SyncReport
{
    int pushed = 0;      // new heads written (created or fast-forwarded)
    int conflicts = 0;   // pushes the server kept beside a newer head
    int pulled = 0;      // others' changes written into the local store
    int merged = 0;      // of those, merged cleanly with local edits (pushed on the next sync)
    int keptLocal = 0;   // local states kept as a "changed elsewhere" revision by a pull
    int refused = 0;     // pushes refused by the server's permissions (left in the outbox)
    int mediaUploaded = 0;
    int mediaDownloaded = 0;
    qint64 outbox = 0;   // articles still waiting to be pushed
    QStringList conflictUuids;
    QStringList refusals; // one line each: uuid and why

    QJsonObject toJson() const;
};

} // namespace copydesk
