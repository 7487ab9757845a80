#pragma once

#include <QByteArray>
#include <QSize>
#include <QString>

namespace copydesk {

// Web renditions for export: long edge <= maxLongEdge, JPEG for photos, PNG kept for graphics
// (PNG/GIF sources or images with alpha), orientation applied, no metadata copied.
// Thread-safe: render() keeps no shared state.
class ImageRendition
{
public:
    struct Options
    {
        int maxLongEdge = 1600;
        int jpegQuality = 85;
    };
    struct Result
    {
        QByteArray bytes;
        QByteArray format; // "jpeg" or "png"
        QString extension; // "jpg" or "png"
        QSize size;
    };

    static bool render(const QByteArray &original, const Options &options, Result *result,
                       QString *error);
};

} // namespace copydesk
