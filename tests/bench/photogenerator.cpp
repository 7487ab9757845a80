#include "photogenerator.h"

#include "benchrandom.h"
#include "fixtures/testutil.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImageWriter>
#include <QSaveFile>

namespace copydesk::bench {

namespace {

// Bump when the pictures change, so cached files from an older generator are not reused.
constexpr int GeneratorVersion = 1;

quint8 clamp8(int value)
{
    return quint8(qBound(0, value, 255));
}

} // namespace

QImage PhotoGenerator::image(int width, int height, int seed)
{
    // The scene at a quarter of the size, roughened so its detail survives enlarging as mid-
    // frequency texture (foliage, fabric, gravel), then enlarged smoothly.
    const int sceneWidth = qMax(1, width / 4);
    const int sceneHeight = qMax(1, height / 4);
    QImage scene = test::makePhoto(sceneWidth, sceneHeight, seed).convertToFormat(QImage::Format_RGB32);
    BenchRandom random(quint64(seed) * 104729 + 3);
    for (int y = 0; y < sceneHeight; ++y) {
        auto *line = reinterpret_cast<QRgb *>(scene.scanLine(y));
        for (int x = 0; x < sceneWidth; ++x) {
            const quint64 r = random.next();
            const int light = int(r % 61) - 30;
            const int tint = int((r >> 8) % 13) - 6;
            const QRgb p = line[x];
            line[x] = qRgb(clamp8(qRed(p) + light + tint), clamp8(qGreen(p) + light),
                           clamp8(qBlue(p) + light - tint));
        }
    }
    QImage photo = scene.scaled(width, height, Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
                       .convertToFormat(QImage::Format_RGB32);
    // Per-pixel sensor noise, mostly in brightness as in a camera at moderate ISO.
    for (int y = 0; y < height; ++y) {
        auto *line = reinterpret_cast<QRgb *>(photo.scanLine(y));
        for (int x = 0; x < width; ++x) {
            const quint64 r = random.next();
            const int grain = int(r % 17) - 8;
            const int chroma = int((r >> 8) % 5) - 2;
            const QRgb p = line[x];
            line[x] = qRgb(clamp8(qRed(p) + grain + chroma), clamp8(qGreen(p) + grain),
                           clamp8(qBlue(p) + grain - chroma));
        }
    }
    return photo;
}

QByteArray PhotoGenerator::jpeg(int width, int height, int seed, int quality)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "jpeg");
    writer.setQuality(quality);
    if (!writer.write(image(width, height, seed)))
        return {};
    return bytes;
}

QString PhotoGenerator::cachedJpeg(const QString &folder, int width, int height, int seed,
                                   int quality, QString *error)
{
    const QString path = QDir(folder).filePath(QStringLiteral("photo-%1x%2-%3-q%4-v%5.jpg")
                                                   .arg(width)
                                                   .arg(height)
                                                   .arg(seed)
                                                   .arg(quality)
                                                   .arg(GeneratorVersion));
    if (QFileInfo(path).size() > 0)
        return path;
    if (!QDir().mkpath(folder)) {
        *error = QStringLiteral("cannot create the photo folder %1").arg(folder);
        return {};
    }
    const QByteArray bytes = jpeg(width, height, seed, quality);
    QSaveFile file(path);
    if (bytes.isEmpty() || !file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()
        || !file.commit()) {
        *error = QStringLiteral("cannot write the photo %1: %2").arg(path, file.errorString());
        return {};
    }
    return path;
}

} // namespace copydesk::bench
