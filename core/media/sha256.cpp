#include "media/sha256.h"

#include <QCryptographicHash>

#include <openssl/evp.h>

namespace copydesk {

QString Sha256::hex(const QByteArray &bytes)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (EVP_Digest(bytes.constData(), size_t(bytes.size()), digest, &length, EVP_sha256(), nullptr) == 1 && length == 32)
        return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(digest), int(length)).toHex());
    // OpenSSL without SHA-256 (a FIPS misconfiguration): the same digest, slower.
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace copydesk
