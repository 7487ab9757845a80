#pragma once

#include "export/exportimage.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

class QIODevice;

namespace copydesk {

// Where and how exports write: inside the chosen folder only, never over a file without
// permission, and always through a temporary file renamed into place (QSaveFile), so a crash,
// a full disk or a cancel never leaves half a file.
class ExportFiles
{
    Q_DECLARE_TR_FUNCTIONS(ExportFiles)

public:
    // Fails for a missing path, a file, or a read-only folder (by permission bits too, so also
    // when running as root).
    static bool checkFolder(const QString &dir, QString *error);
    // Creates dir and its missing parents, as every exporter a user knows does; *created
    // (may be null) tells whether anything was made. Fails when a part of the path is a file or
    // the parent cannot be written.
    static bool makeFolder(const QString &dir, bool *created, QString *error);
    // The path of fileName (one path component) inside dir. Fails when it would lie outside
    // dir, or when something exists there and either overwrite is false or it is not a plain
    // file (a folder, a symlink, a device).
    static bool targetFile(const QString &dir, const QString &fileName, bool overwrite,
                           QString *path, QString *error);
    // Writes bytes to path through a temporary file in the same folder.
    static bool saveFile(const QString &path, const QByteArray &bytes, QString *error);
    // Writes with a callback that fills the device (for zip packages); same guarantees.
    static bool saveFile(const QString &path,
                         const std::function<bool(QIODevice *device, QString *error)> &write,
                         QString *error);
    // Writes each image to dir/ExportImage::sharedPath(), creating images/. An identical file
    // already there is kept; a different one is replaced only with overwrite. created (may be
    // null) gets the folder and files this call made, for removeCreated() should the rest of
    // the export fail; on its own failure it removes them itself.
    static bool saveSharedImages(const QString &dir, const QList<ExportImage> &images,
                                 bool overwrite, QStringList *created, QString *error);
    // Removes what an export made (files, and folders when empty), newest first.
    static void removeCreated(const QStringList &paths);
};

} // namespace copydesk
