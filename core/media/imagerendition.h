#pragma once

#include "model/block.h"

#include <QByteArray>
#include <QRectF>
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
        // Applied before scaling: a clockwise turn (0, 90, 180, 270), then the normalized crop
        // of the turned photo (null: all of it), as Block::rotation and Block::crop say.
        int rotation = 0;
        QRectF crop;
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

    // The options for a photo block: base with the block's crop and turn.
    static Options forImage(const Options &base, const Block &image);
    // What tells a photo block's rendition from another's: its media, crop and turn (the same
    // photo used twice with the same crop is one rendition).
    static QString key(const Block &image);
};

} // namespace copydesk
