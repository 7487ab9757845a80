#include "media/photobatch.h"

#include "media/imagedecoder.h"

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

// "IMG_2.jpg" before "IMG_10.jpg": runs of digits compare as numbers, the rest without case.
// (QCollator's numeric mode needs ICU and a real locale, which a plain C locale lacks.)
bool naturalLess(const QString &a, const QString &b)
{
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < a.size() && j < b.size()) {
        if (a.at(i).isDigit() && b.at(j).isDigit()) {
            qsizetype endA = i;
            qsizetype endB = j;
            while (endA < a.size() && a.at(endA).isDigit())
                ++endA;
            while (endB < b.size() && b.at(endB).isDigit())
                ++endB;
            QStringView numberA = QStringView(a).mid(i, endA - i);
            QStringView numberB = QStringView(b).mid(j, endB - j);
            while (numberA.size() > 1 && numberA.front() == u'0')
                numberA = numberA.mid(1);
            while (numberB.size() > 1 && numberB.front() == u'0')
                numberB = numberB.mid(1);
            if (numberA.size() != numberB.size())
                return numberA.size() < numberB.size();
            if (const int order = numberA.compare(numberB); order != 0)
                return order < 0;
            i = endA;
            j = endB;
            continue;
        }
        const QChar ca = a.at(i).toCaseFolded();
        const QChar cb = b.at(j).toCaseFolded();
        if (ca != cb)
            return ca < cb;
        ++i;
        ++j;
    }
    return a.size() - i < b.size() - j;
}

QDateTime captureTime(const QString &path)
{
    PhotoMetadata metadata;
    PhotoMetadata::readFile(path, &metadata, nullptr);
    return metadata.captured;
}

} // namespace

const QStringList &PhotoBatch::photoSuffixes()
{
    static const QStringList suffixes{QStringLiteral("jpg"), QStringLiteral("jpeg"), QStringLiteral("png"),
                                      QStringLiteral("webp"), QStringLiteral("gif"), QStringLiteral("tif"),
                                      QStringLiteral("tiff"), QStringLiteral("bmp"), QStringLiteral("heic")};
    return suffixes;
}

bool PhotoBatch::isPhotoFile(const QString &path)
{
    return photoSuffixes().contains(QFileInfo(path).suffix().toLower());
}

bool PhotoBatch::collect(const QStringList &paths, QStringList *files, QString *error)
{
    QStringList photoPatterns;
    for (const QString &suffix : photoSuffixes())
        photoPatterns.append(QStringLiteral("*.") + suffix);
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
        std::stable_sort(found.begin(), found.end(), [](const QString &a, const QString &b) {
            return naturalLess(QFileInfo(a).fileName(), QFileInfo(b).fileName());
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
