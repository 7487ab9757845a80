#include "export/exportfiles.h"

#include "text/safefilename.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <functional>

namespace copydesk {

namespace {

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

bool ExportFiles::checkFolder(const QString &dir, QString *error)
{
    const QFileInfo info(dir);
    if (dir.isEmpty() || !info.exists()) {
        *error = tr("Cannot export: the folder %1 does not exist.").arg(native(dir));
        return false;
    }
    if (!info.isDir()) {
        *error = tr("Cannot export: %1 is not a folder.").arg(native(dir));
        return false;
    }
    const QFileDevice::Permissions writeBits =
        QFileDevice::WriteOwner | QFileDevice::WriteGroup | QFileDevice::WriteOther;
    if (!info.isWritable() || !(info.permissions() & writeBits)) {
        *error = tr("Cannot export: the folder %1 is read-only. Choose another folder.").arg(native(dir));
        return false;
    }
    return true;
}

bool ExportFiles::makeFolder(const QString &dir, bool *created, QString *error)
{
    if (created)
        *created = false;
    if (dir.isEmpty()) {
        *error = tr("Cannot export: no folder was given.");
        return false;
    }
    const QFileInfo info(dir);
    if (info.exists())
        return checkFolder(dir, error);
    // The nearest existing ancestor must be a folder: mkpath would fail on a file anyway, but
    // without saying which part is in the way.
    QFileInfo ancestor(info.absoluteFilePath());
    while (!ancestor.exists() && !ancestor.isRoot())
        ancestor.setFile(ancestor.absolutePath());
    if (ancestor.exists() && !ancestor.isDir()) {
        *error = tr("Cannot create the folder %1: %2 is a file.").arg(native(dir), native(ancestor.filePath()));
        return false;
    }
    if (!QDir().mkpath(info.absoluteFilePath())) {
        *error = tr("Cannot create the folder %1: permission denied or the disk is full.").arg(native(dir));
        return false;
    }
    if (created)
        *created = true;
    return checkFolder(dir, error);
}

bool ExportFiles::targetFile(const QString &dir, const QString &fileName, bool overwrite,
                             QString *path, QString *error)
{
    const QDir parent(QFileInfo(dir).absoluteFilePath());
    const QString target = parent.filePath(fileName);
    if (fileName.isEmpty() || fileName.contains(QLatin1Char('/')) || fileName.contains(QLatin1Char('\\'))
        || fileName == QLatin1String(".") || fileName == QLatin1String("..")
        || QFileInfo(target).absolutePath() != parent.path()) {
        *error = tr("Cannot export: %1 would lie outside %2.").arg(native(target), native(parent.path()));
        return false;
    }
    const QFileInfo info(target);
    if (info.exists() || info.isSymLink()) {
        if (!overwrite) {
            *error = tr("%1 already exists in %2. Choose another folder or allow overwriting.")
                         .arg(fileName, native(parent.path()));
            return false;
        }
        if (info.isSymLink() || !info.isFile()) {
            *error = tr("Not overwriting %1: it is not a plain file. Move it away or choose another folder.")
                         .arg(native(target));
            return false;
        }
    }
    if (!SafeFileName::isInside(parent.path(), target)) {
        *error = tr("Cannot export: %1 would lie outside %2.").arg(native(target), native(parent.path()));
        return false;
    }
    *path = target;
    return true;
}

bool ExportFiles::saveFile(const QString &path, const QByteArray &bytes, QString *error)
{
    return saveFile(
        path,
        [&bytes](QIODevice *device, QString *writeError) {
            if (device->write(bytes) != bytes.size()) {
                *writeError = device->errorString();
                return false;
            }
            return true;
        },
        error);
}

bool ExportFiles::saveFile(const QString &path,
                           const std::function<bool(QIODevice *device, QString *error)> &write,
                           QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot create %1: %2").arg(native(path), file.errorString());
        return false;
    }
    QString writeError;
    if (!write(&file, &writeError)) {
        file.cancelWriting();
        *error = tr("Cannot write %1: %2")
                     .arg(native(path), writeError.isEmpty() ? file.errorString() : writeError);
        return false;
    }
    if (!file.commit()) {
        *error = tr("Cannot write %1: %2").arg(native(path), file.errorString());
        return false;
    }
    return true;
}

bool ExportFiles::saveSharedImages(const QString &dir, const QList<ExportImage> &images,
                                   bool overwrite, QStringList *created, QString *error)
{
    if (images.isEmpty())
        return true;
    const QDir parent(QFileInfo(dir).absoluteFilePath());
    const QString folder = parent.filePath(QStringLiteral("images"));
    const QFileInfo folderInfo(folder);
    if (folderInfo.isSymLink() || (folderInfo.exists() && !folderInfo.isDir())) {
        *error = tr("Cannot export the photos: %1 is not a folder.").arg(native(folder));
        return false;
    }
    QStringList made;
    if (!folderInfo.exists()) {
        if (!parent.mkdir(QStringLiteral("images"))) {
            *error = tr("Cannot create the folder %1.").arg(native(folder));
            return false;
        }
        made.append(folder);
    }
    const auto failed = [&] {
        removeCreated(made);
        return false;
    };
    if (!checkFolder(folder, error))
        return failed();
    for (const ExportImage &image : images) {
        const QString path = parent.filePath(image.sharedPath());
        if (!SafeFileName::isInside(folder, path)) {
            *error = tr("Cannot export: %1 would lie outside %2.").arg(native(path), native(folder));
            return failed();
        }
        const QFileInfo info(path);
        if (info.isFile() && !info.isSymLink() && info.size() == image.bytes.size()) {
            QFile existing(path);
            if (existing.open(QIODevice::ReadOnly) && existing.readAll() == image.bytes)
                continue;
        }
        const bool existed = info.exists();
        QString target;
        if (!targetFile(folder, QFileInfo(path).fileName(), overwrite, &target, error)
            || !saveFile(target, image.bytes, error))
            return failed();
        if (!existed)
            made.append(target);
    }
    if (created)
        *created += made;
    return true;
}

void ExportFiles::removeCreated(const QStringList &paths)
{
    // Files first, then the folders (made before them, so earlier in the list) once empty.
    for (auto it = paths.crbegin(); it != paths.crend(); ++it) {
        const QFileInfo info(*it);
        if (info.isDir() && !info.isSymLink())
            QDir().rmdir(*it);
        else
            QFile::remove(*it);
    }
}

} // namespace copydesk
