#pragma once

#include <QByteArray>
#include <QString>

namespace copydesk {

// SHA-256 through OpenSSL, which uses the CPU's SHA extensions (~2 GB/s where
// QCryptographicHash manages ~125 MB/s): photo imports hash tens of megabytes. Thread-safe.
class Sha256
{
public:
    // Lowercase hex, as the store keys media.
    static QString hex(const QByteArray &bytes);
};

} // namespace copydesk
