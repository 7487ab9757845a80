// The proofing rules on any text, as a body paragraph, a headline and a caption: every finding
// lies inside the text it names, and applying every suggestion leaves a sound article (marks
// inside their text, links only http/https/mailto, JSON round-trips).
#include "fuzz/fuzzenvironment.h"
#include "fuzz/fuzzinvariants.h"
#include "model/article.h"
#include "proof/proofengine.h"
#include "proof/prooffixer.h"

#include <cstdint>

using namespace copydesk;

namespace {

const ProofEngine &engine()
{
    static const ProofEngine proofing;
    return proofing;
}

QString fieldText(const Article &article, const ProofFinding &finding)
{
    switch (finding.field) {
    case ProofFinding::Field::Title:
        return article.title;
    case ProofFinding::Field::Caption:
        return article.blocks.value(finding.block).caption;
    case ProofFinding::Field::Body:
        return article.blocks.value(finding.block).text.text;
    default:
        return {};
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzEnvironment::initialize();
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    Article article = Article::create(text.left(200));
    article.blocks = {Block::paragraph(text), Block::image(QString(), 0, 0, text.left(120))};
    const QList<ProofFinding> findings = engine().checkArticle(article);
    for (const ProofFinding &finding : findings) {
        const qsizetype length = fieldText(article, finding).size();
        if (finding.start < 0 || finding.start > finding.end || finding.end > length)
            FuzzInvariants::fail("a finding outside its text", finding.rule);
    }
    ProofFixer::apply(&article, findings);
    FuzzInvariants::checkArticle(article);
    FuzzInvariants::checkJsonRoundTrip(article);
    return 0;
}
