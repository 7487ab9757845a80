#pragma once

#include <QString>

namespace copydesk {

// Metadata of one stored media file, keyed by the SHA-256 hex of its original bytes.
struct MediaInfo
{
    QString sha256;
    QString mime;
    int width = 0;
    int height = 0;
    qint64 size = 0;
    QString fileName;
};

} // namespace copydesk
