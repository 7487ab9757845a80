// A photo's XMP, IPTC and EXIF through exiv2, from memory and from a file (which reads only
// what the metadata needs): both must say the same.
#include "fuzz/fuzzenvironment.h"
#include "fuzz/fuzzinvariants.h"
#include "media/photometadata.h"

#include <cstdint>

using namespace copydesk;

namespace {

bool same(const PhotoMetadata &a, const PhotoMetadata &b)
{
    return a.caption == b.caption && a.credit == b.credit && a.byline == b.byline && a.alt == b.alt
        && a.captured == b.captured;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzEnvironment::initialize();
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    PhotoMetadata fromBytes;
    QString error;
    const bool read = PhotoMetadata::read(bytes, &fromBytes, &error);
    if (!read && !fromBytes.isEmpty())
        FuzzInvariants::fail("metadata left behind by a failed read");
    PhotoMetadata fromFile;
    const bool readFile = PhotoMetadata::readFile(FuzzEnvironment::writeFile(QStringLiteral("photo"), bytes), &fromFile, &error);
    if (read != readFile || !same(fromBytes, fromFile))
        FuzzInvariants::fail("a photo's metadata differs read from memory and from its file", fromBytes.caption);
    Block image = Block::image(QStringLiteral("0"), 1, 1);
    const PhotoMetadata::Fields filled = fromBytes.fillBlock(&image);
    if (filled.testFlag(PhotoMetadata::Caption) != !fromBytes.caption.isEmpty())
        FuzzInvariants::fail("a caption in the metadata but not on the photo", fromBytes.caption);
    return 0;
}
