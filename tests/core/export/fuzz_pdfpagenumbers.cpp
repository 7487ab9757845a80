// The page-number stamper on PDFs it did not make: a refused PDF is left as it was, a stamped
// one is a PDF the stamper itself accepts again.
#include "export/pdfpagenumbers.h"
#include "fuzz/fuzzenvironment.h"
#include "fuzz/fuzzinvariants.h"

#include <cstdint>

using namespace copydesk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzEnvironment::initialize();
    const QByteArray original(reinterpret_cast<const char *>(data), qsizetype(size));
    QByteArray pdf = original;
    QString error;
    if (!PdfPageNumbers::stamp(&pdf, &error)) {
        if (pdf != original || error.isEmpty())
            FuzzInvariants::fail("a refused PDF changed or without a reason", error);
        return 0;
    }
    if (!pdf.startsWith("%PDF-"))
        FuzzInvariants::fail("a stamped PDF that is not a PDF");
    if (!PdfPageNumbers::stamp(&pdf, &error))
        FuzzInvariants::fail("a stamped PDF the stamper refuses", error);
    return 0;
}
