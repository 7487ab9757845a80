#include "import/zippackage.h"

#include <quazip.h>
#include <quazipfile.h>
#include <quazipfileinfo.h>

namespace copydesk {

ZipPackage::ZipPackage() = default;
ZipPackage::~ZipPackage() = default;

QString ZipPackage::key(const QString &name)
{
    QString normalized = name.toLower();
    while (normalized.startsWith(u'/'))
        normalized.remove(0, 1);
    return normalized;
}

bool ZipPackage::open(const QString &path, QString *error)
{
    m_entries.clear();
    auto zip = std::make_unique<QuaZip>(path);
    if (!zip->open(QuaZip::mdUnzip)) {
        *error = tr("it is not a zip package (the file is damaged, truncated or of another kind)");
        return false;
    }
    if (zip->getEntriesCount() > MaxEntries) {
        *error = tr("it holds more than %1 files").arg(MaxEntries);
        return false;
    }
    const QList<QuaZipFileInfo64> infos = zip->getFileInfoList64();
    if (zip->getZipError() != UNZ_OK) {
        *error = tr("its table of contents is damaged");
        return false;
    }
    qint64 total = 0;
    for (const QuaZipFileInfo64 &info : infos) {
        const qint64 size = qint64(info.uncompressedSize);
        const qint64 packed = qint64(info.compressedSize);
        total += size;
        if (size < 0 || total > MaxTotalBytes) {
            *error = tr("it would unpack to more than %1 MB").arg(MaxTotalBytes / (1024 * 1024));
            return false;
        }
        if (size > RatioCheckedAbove && size > MaxRatio * qMax<qint64>(packed, 1)) {
            *error = tr("its entry %1 is compressed %2 times, as only zip bombs are")
                         .arg(info.name).arg(size / qMax<qint64>(packed, 1));
            return false;
        }
        m_entries.insert(key(info.name), {info.name, size, info.isEncrypted()});
    }
    m_zip = std::move(zip);
    return true;
}

bool ZipPackage::contains(const QString &name) const
{
    return m_entries.contains(key(name));
}

bool ZipPackage::read(const QString &name, QByteArray *bytes, QString *error) const
{
    const auto it = m_entries.constFind(key(name));
    if (!m_zip || it == m_entries.cend()) {
        *error = tr("it has no part %1").arg(name);
        return false;
    }
    if (it->encrypted) {
        *error = tr("its part %1 is encrypted").arg(name);
        return false;
    }
    if (!m_zip->setCurrentFile(it->name, QuaZip::csSensitive)) {
        *error = tr("its part %1 cannot be found").arg(name);
        return false;
    }
    QuaZipFile file(m_zip.get());
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("its part %1 cannot be opened").arg(name);
        return false;
    }
    // One byte over the declared size shows an entry that lies about it.
    QByteArray data = file.read(it->size + 1);
    const bool readFailed = file.getZipError() != UNZ_OK;
    file.close();
    if (readFailed || file.getZipError() != UNZ_OK || data.size() != it->size) {
        *error = tr("its part %1 is damaged").arg(name);
        return false;
    }
    *bytes = std::move(data);
    return true;
}

} // namespace copydesk
