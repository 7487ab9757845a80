#include "export/zipwriter.h"

#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>

#include <QDateTime>

namespace copydesk {

ZipWriter::ZipWriter(QIODevice *device) : m_zip(std::make_unique<QuaZip>(device))
{
    m_zip->setAutoClose(false);
    m_zip->setUtf8Enabled(true);
    m_zip->setDataDescriptorWritingEnabled(false);
    m_open = m_zip->open(QuaZip::mdCreate);
}

ZipWriter::~ZipWriter()
{
    if (m_open)
        m_zip->close();
}

bool ZipWriter::add(const QString &name, const QByteArray &bytes, bool stored, QString *error)
{
    if (!m_open) {
        *error = tr("cannot start the archive (zip error %1)").arg(m_zip->getZipError());
        return false;
    }
    QuaZipFile file(m_zip.get());
    QuaZipNewInfo info(name);
    info.dateTime = QDateTime::currentDateTime();
    info.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                        | QFileDevice::ReadOther);
    if (!file.open(QIODevice::WriteOnly, info, nullptr, 0, stored ? 0 : Z_DEFLATED, stored ? 0 : 6)) {
        *error = tr("cannot add %1 to the archive (zip error %2)").arg(name).arg(file.getZipError());
        return false;
    }
    if (file.write(bytes) != bytes.size()) {
        *error = tr("cannot write %1 into the archive: %2").arg(name, file.errorString());
        file.close();
        return false;
    }
    file.close();
    if (file.getZipError() != ZIP_OK) {
        *error = tr("cannot write %1 into the archive (zip error %2)").arg(name).arg(file.getZipError());
        return false;
    }
    return true;
}

bool ZipWriter::finish(QString *error)
{
    if (!m_open) {
        *error = tr("cannot start the archive (zip error %1)").arg(m_zip->getZipError());
        return false;
    }
    m_zip->close();
    m_open = false;
    if (m_zip->getZipError() != ZIP_OK) {
        *error = tr("cannot finish the archive (zip error %1)").arg(m_zip->getZipError());
        return false;
    }
    return true;
}

} // namespace copydesk
