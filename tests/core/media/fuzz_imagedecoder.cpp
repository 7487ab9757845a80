// Photos from untrusted files: what the decoder accepts keeps its limits (pixels, thumbnail
// size) and describes itself truly (format, hash, upright size).
#include "fuzz/fuzzenvironment.h"
#include "fuzz/fuzzinvariants.h"
#include "media/imagedecoder.h"
#include "media/sha256.h"

#include <QImage>

#include <cstdint>

using namespace copydesk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzEnvironment::initialize();
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    DecodedImage image;
    QString error;
    if (!ImageDecoder::decodeBytes(bytes, QStringLiteral("photo"), &image, &error)) {
        if (error.isEmpty())
            FuzzInvariants::fail("a refused photo without a reason");
        return 0;
    }
    if (image.format.isEmpty() || image.format != ImageDecoder::detectFormat(bytes) || image.mime.isEmpty())
        FuzzInvariants::fail("a photo of a format its content does not name", QString::fromLatin1(image.format));
    if (image.size.isEmpty() || qint64(image.size.width()) * image.size.height() > ImageDecoder::MaxPixels)
        FuzzInvariants::fail("a photo beyond the pixel limit accepted");
    if (image.sha256 != Sha256::hex(bytes))
        FuzzInvariants::fail("a photo whose hash is not of its bytes");
    const QImage thumbnail = QImage::fromData(image.thumbnail);
    if (thumbnail.isNull() || qMax(thumbnail.width(), thumbnail.height()) > ImageDecoder::ThumbnailLongEdge
        || thumbnail.width() > image.size.width() || thumbnail.height() > image.size.height())
        FuzzInvariants::fail("a thumbnail that is not a shrunk photo");
    return 0;
}
