// A whole .docx package as it comes: zip container, parts, photos.
#include "fuzz/fuzzenvironment.h"
#include "fuzz/fuzzinvariants.h"
#include "import/docximporter.h"

#include <cstdint>

using namespace copydesk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzEnvironment::initialize();
    const QString path = FuzzEnvironment::writeFile(
        QStringLiteral("input.docx"), QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    ImportedArticle out;
    QString error;
    if (DocxImporter::read(path, &out, &error))
        FuzzInvariants::checkAll(out);
    else if (error.isEmpty())
        FuzzInvariants::fail("a refused .docx without a reason");
    return 0;
}
