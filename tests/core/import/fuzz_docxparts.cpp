// The XML parts of a .docx one by one: the input is word/document.xml, then (after "--part--"
// lines) styles.xml, numbering.xml and document.xml.rels, packed into a stored zip with the
// package's fixed parts and a photo the relationships may name (word/media/image1.png).
#include "fixtures/packagefixture.h"
#include "fuzz/fuzzenvironment.h"
#include "fuzz/fuzzinvariants.h"
#include "import/docximporter.h"

#include <cstdint>

using namespace copydesk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzEnvironment::initialize();
    static const QByteArray picture = FuzzEnvironment::tinyPng();
    const QList<QByteArray> parts =
        FuzzEnvironment::parts(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    static const char *const names[] = {"word/document.xml", "word/styles.xml", "word/numbering.xml",
                                        "word/_rels/document.xml.rels"};
    test::ZipEntries entries{{QStringLiteral("[Content_Types].xml"), test::docxContentTypes()},
                             {QStringLiteral("_rels/.rels"), test::docxPackageRels()},
                             {QStringLiteral("word/media/image1.png"), picture}};
    bool spellsMarkup = false;
    for (qsizetype i = 0; i < parts.size() && i < 4; ++i) {
        entries.append({QString::fromLatin1(names[i]), parts.at(i)});
        spellsMarkup = spellsMarkup || parts.at(i).contains('&') || parts.at(i).contains("CDATA");
    }
    const QString path = FuzzEnvironment::tempDir() + QStringLiteral("/parts.docx");
    if (!test::writeZip(path, entries, 0))
        FuzzInvariants::fail("cannot write the package");
    ImportedArticle out;
    QString error;
    if (!DocxImporter::read(path, &out, &error))
        return 0;
    FuzzInvariants::checkAll(out);
    // XML text cannot hold '<' but as a reference or in CDATA.
    if (!spellsMarkup)
        FuzzInvariants::checkNoMarkup(out.article);
    return 0;
}
