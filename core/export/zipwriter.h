#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <memory>

class QIODevice;
class QuaZip;

namespace copydesk {

// Writes a zip archive (a .zip export, or the package of a .docx or .odt) onto an open device.
class ZipWriter
{
    Q_DECLARE_TR_FUNCTIONS(ZipWriter)

public:
    // device must be open for writing and seekable; it is left open.
    explicit ZipWriter(QIODevice *device);
    ~ZipWriter();
    ZipWriter(const ZipWriter &) = delete;
    ZipWriter &operator=(const ZipWriter &) = delete;

    // name is the path inside the archive ('/' separated, UTF-8). stored: no compression (ODF's
    // mimetype entry; already compressed JPEG/PNG).
    bool add(const QString &name, const QByteArray &bytes, bool stored, QString *error);
    // Writes the central directory; the archive is unusable before this.
    bool finish(QString *error);

private:
    std::unique_ptr<QuaZip> m_zip;
    bool m_open = false;
};

} // namespace copydesk
