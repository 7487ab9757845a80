#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

#include <memory>

class QuaZip;

namespace copydesk {

// A zip-based document package (.docx, .odt) opened for reading, with limits against damaged and
// hostile archives: the total uncompressed size, each entry's compression ratio and the number of
// entries, as declared and as actually read. Use from one thread.
class ZipPackage
{
    Q_DECLARE_TR_FUNCTIONS(ZipPackage)

public:
    static constexpr qint64 MaxTotalBytes = 500LL * 1024 * 1024;
    // Deflate reaches ~1000:1 only on degenerate data; real documents stay far below this.
    static constexpr qint64 MaxRatio = 200;
    static constexpr qint64 RatioCheckedAbove = 1024 * 1024;
    static constexpr int MaxEntries = 20000;

    ZipPackage();
    ~ZipPackage();
    ZipPackage(const ZipPackage &) = delete;
    ZipPackage &operator=(const ZipPackage &) = delete;

    // Errors are reasons without the file name ("it is not a zip archive", ...).
    bool open(const QString &path, QString *error);
    // Entry names compare case-insensitively, without a leading slash (as OPC part names do).
    bool contains(const QString &name) const;
    // Reads one entry whole; fails on a damaged entry (CRC, truncation), an encrypted one, or
    // one larger than it declared.
    bool read(const QString &name, QByteArray *bytes, QString *error) const;

private:
    struct Entry
    {
        QString name; // as stored
        qint64 size = 0;
        bool encrypted = false;
    };

    static QString key(const QString &name);

    std::unique_ptr<QuaZip> m_zip;
    QHash<QString, Entry> m_entries;
};

} // namespace copydesk
