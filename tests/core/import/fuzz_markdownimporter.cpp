// Markdown text (cmark, then the HTML converter), with its front matter.
#include "fuzz/fuzzenvironment.h"
#include "fuzz/fuzzinvariants.h"
#include "import/markdownimporter.h"

#include <cstdint>

using namespace copydesk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzEnvironment::initialize();
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    FuzzInvariants::checkAll(MarkdownImporter::fromMarkdown(text, QString()));
    return 0;
}
