#include "photobatch.h"

#include "imagedecoder.h"

#include <QCollator>
#include <QDir>
#include <QFileInfo>
#include <QThread>
#include <QtConcurrent>

#include <algorithm>
#include <numeric>

namespace copydesk {

namespace {

struct Decoded
{
    bool ok = false;
    PhotoBatch::Photo photo;
    QString error;
};

Decoded decodeOne(const QString &path)
{
    Decoded result;
    result.photo.path = path;
    result.ok = ImageDecoder::decodeFile(path, &result.photo.image, &result.error);
    if (result.ok)
        PhotoMetadata::read(result.photo.image.bytes, &result.photo.metadata, nullptr);
    return result;
}

QDateTime captureTime(const QString &path)
{
    PhotoMetadata metadata;
    PhotoMetadata::readFile(path, &metadata, nullptr);
    return metadata.captured;
}

} // namespace

bool PhotoBatch::collect(const QStringList &paths, QStringList *files, QString *error)
{
    static const QStringList photoPatterns = {
        QStringLiteral("*.jpg"), QStringLiteral("*.jpeg"), QStringLiteral("*.png"), QStringLiteral("*.gif"),
        QStringLiteral("*.webp"), QStringLiteral("*.tif"), QStringLiteral("*.tiff"), QStringLiteral("*.bmp")};
    QStringList found;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.exists()) {
            *error = tr("%1 does not exist").arg(QDir::toNativeSeparators(path));
            return false;
        }
        if (!info.isDir()) {
            found.append(path);
            continue;
        }
        const QFileInfoList entries = QDir(path).entryInfoList(photoPatterns, QDir::Files | QDir::Readable,
                                                               QDir::NoSort);
        if (entries.isEmpty()) {
            *error = tr("the folder %1 holds no photos").arg(QDir::toNativeSeparators(path));
            return false;
        }
        for (const QFileInfo &entry : entries)
            found.append(entry.filePath());
    }
    if (found.size() > 1) {
        QCollator natural;
        natural.setNumericMode(true);
        std::stable_sort(found.begin(), found.end(), [&](const QString &a, const QString &b) {
            return natural.compare(QFileInfo(a).fileName(), QFileInfo(b).fileName()) < 0;
        });
        const std::function<QDateTime(const QString &)> read = captureTime;
        const QList<QDateTime> times = QtConcurrent::blockingMapped<QList<QDateTime>>(found, read);
        if (std::all_of(times.cbegin(), times.cend(), [](const QDateTime &time) { return time.isValid(); })) {
            QList<int> order(found.size());
            std::iota(order.begin(), order.end(), 0);
            std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return times.at(a) < times.at(b); });
            QStringList sorted;
            for (const int index : std::as_const(order))
                sorted.append(found.at(index));
            found = sorted;
        }
    }
    *files = found;
    return true;
}

bool PhotoBatch::decode(const QStringList &files, const Consumer &consume, QString *error)
{
    const qsizetype chunk = qMax(2, QThread::idealThreadCount() * 2);
    const std::function<Decoded(const QString &)> decodeFile = decodeOne;
    for (qsizetype start = 0; start < files.size(); start += chunk) {
        const QList<Decoded> decoded = QtConcurrent::blockingMapped<QList<Decoded>>(files.mid(start, chunk), decodeFile);
        for (const Decoded &result : decoded) {
            if (!result.ok) {
                *error = result.error;
                return false;
            }
            if (!consume(result.photo, error))
                return false;
        }
    }
    return true;
}

} // namespace copydesk
