// The XML parts of an .odt one by one: the input is content.xml, then (after a "--part--" line)
// styles.xml, packed into a stored zip with the fixed mimetype and manifest and a picture
// content.xml may name (Pictures/image1.png).
#include "fixtures/packagefixture.h"
#include "fuzz/fuzzenvironment.h"
#include "fuzz/fuzzinvariants.h"
#include "import/odtimporter.h"

#include <cstdint>

using namespace copydesk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzEnvironment::initialize();
    static const QByteArray picture = FuzzEnvironment::tinyPng();
    const QList<QByteArray> parts =
        FuzzEnvironment::parts(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    test::ZipEntries entries{{QStringLiteral("mimetype"), QByteArray("application/vnd.oasis.opendocument.text")},
                             {QStringLiteral("META-INF/manifest.xml"), test::odtManifest()},
                             {QStringLiteral("Pictures/image1.png"), picture},
                             {QStringLiteral("content.xml"), parts.at(0)}};
    bool spellsMarkup = parts.at(0).contains('&') || parts.at(0).contains("CDATA");
    if (parts.size() > 1) {
        entries.append({QStringLiteral("styles.xml"), parts.at(1)});
        spellsMarkup = spellsMarkup || parts.at(1).contains('&') || parts.at(1).contains("CDATA");
    }
    const QString path = FuzzEnvironment::tempDir() + QStringLiteral("/parts.odt");
    if (!test::writeZip(path, entries, 0))
        FuzzInvariants::fail("cannot write the package");
    ImportedArticle out;
    QString error;
    if (!OdtImporter::read(path, &out, &error))
        return 0;
    FuzzInvariants::checkAll(out);
    // XML text cannot hold '<' but as a reference or in CDATA.
    if (!spellsMarkup)
        FuzzInvariants::checkNoMarkup(out.article);
    return 0;
}
