#pragma once

#include <QByteArray>
#include <QImage>
#include <QString>

namespace copydesk::bench {

// Camera-like test photos: a scene with detail at several scales and sensor noise, so the JPEG
// is as large and as slow to decode as a real camera file (smooth gradients compress far too
// well to stand in for photos).
class PhotoGenerator
{
public:
    static QImage image(int width, int height, int seed);
    // JPEG bytes at the given quality; empty on an encoder failure.
    static QByteArray jpeg(int width, int height, int seed, int quality = 92);
    // The JPEG cached as <folder>/photo-<w>x<h>-<seed>-q<quality>-v<version>.jpg; generated when
    // missing. Returns the path, or an empty string with *error.
    static QString cachedJpeg(const QString &folder, int width, int height, int seed, int quality,
                              QString *error);
};

} // namespace copydesk::bench
