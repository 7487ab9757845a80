// Plain text as pasted (UTF-8 text through the copy rules) or as a .txt file (first byte odd:
// the encoding found from the bytes, binary and empty files refused).
#include "fuzz/fuzzenvironment.h"
#include "fuzz/fuzzinvariants.h"
#include "import/copyrules.h"
#include "import/textimporter.h"
#include "model/linkpolicy.h"

#include <cstdint>

using namespace copydesk;

namespace {

// The copy rules line by line, as the importers ask them.
void readLines(const QString &text)
{
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        CopyRules::classify(line);
        QString url;
        if (CopyRules::isDisclaimer(line, &url) && !url.isEmpty() && !LinkPolicy::isAllowedPageUrl(url))
            FuzzInvariants::fail("a repost notice's URL that is not a web address", url);
        QList<CopyRules::MetaField> fields;
        CopyRules::parseMeta(line, &fields);
        CopyRules::bylineFromLead(line);
        QString caption;
        CopyRules::captionFromMarker(line, &caption);
        QString credit;
        CopyRules::creditFromLine(line, &credit);
        CopyRules::ListItem item;
        if (CopyRules::listItem(line, &item) && item.text.size() > line.size())
            FuzzInvariants::fail("a list item longer than its line", line);
    }
}

void check(const Article &article)
{
    FuzzInvariants::checkArticle(article);
    FuzzInvariants::checkJsonRoundTrip(article);
    FuzzInvariants::checkRendered(article);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzEnvironment::initialize();
    if (size < 1)
        return 0;
    const QByteArray bytes(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    if (data[0] & 1) {
        const QString path = FuzzEnvironment::writeFile(QStringLiteral("input.txt"), bytes);
        Article article;
        QString error;
        if (TextImporter::importFile(path, &article, &error))
            check(article);
        else if (error.isEmpty())
            FuzzInvariants::fail("a refused .txt without a reason");
        return 0;
    }
    const QString text = QString::fromUtf8(bytes);
    readLines(text);
    check(TextImporter::fromPlainText(text));
    return 0;
}
