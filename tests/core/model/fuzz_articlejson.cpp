// Article JSON from other tools: what fromJson accepts obeys the link policy, round-trips and
// renders without active content.
#include "fuzz/fuzzenvironment.h"
#include "fuzz/fuzzinvariants.h"
#include "model/articlejson.h"

#include <cstdint>

using namespace copydesk;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzEnvironment::initialize();
    Article article;
    QString error;
    if (!ArticleJson::fromJson(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)), &article, &error)) {
        if (error.isEmpty())
            FuzzInvariants::fail("refused JSON without a reason");
        return 0;
    }
    FuzzInvariants::checkArticle(article);
    FuzzInvariants::checkJsonRoundTrip(article);
    FuzzInvariants::checkRendered(article);
    return 0;
}
