// A whole .odt package as it comes: zip container, parts, pictures.
#include "fuzz/fuzzenvironment.h"
#include "fuzz/fuzzinvariants.h"
#include "import/odtimporter.h"

#include <cstdint>

using namespace copydesk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzEnvironment::initialize();
    const QString path = FuzzEnvironment::writeFile(
        QStringLiteral("input.odt"), QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    ImportedArticle out;
    QString error;
    if (OdtImporter::read(path, &out, &error))
        FuzzInvariants::checkAll(out);
    else if (error.isEmpty())
        FuzzInvariants::fail("a refused .odt without a reason");
    return 0;
}
