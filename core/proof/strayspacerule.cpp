#include "proof/strayspacerule.h"

#include "proof/prooftext.h"

namespace copydesk {

StraySpaceRule::StraySpaceRule() : ProofRule(QStringLiteral("stray-space")) {}

void StraySpaceRule::check(const ProofText &text, const ProofContext &context,
                           QList<ProofFinding> *findings) const
{
    if (context.field == ProofFinding::Field::Byline || context.field == ProofFinding::Field::Credit)
        return;
    int i = 0;
    while (i < text.size()) {
        if (!ProofText::isSpace(text.at(i))) {
            ++i;
            continue;
        }
        int end = i;
        while (end < text.size() && ProofText::isSpace(text.at(end)))
            ++end;
        const int before = i - 1;
        const int after = end;
        if (before >= 0 && after < text.size()) {
            // Headlines and slogans part their halves with a space (聚合邵阳新闻 传播邵阳声音).
            const bool headline = context.field == ProofFinding::Field::Title
                || context.field == ProofFinding::Field::Subtitle;
            const bool betweenChinese = !headline && text.isCjkAt(before) && text.isCjkAt(after);
            const bool byMark = ProofText::isFullwidthPunctuation(text.at(before))
                || ProofText::isFullwidthPunctuation(text.at(after));
            if (betweenChinese)
                findings->append(finding(i, end, ProofFinding::Severity::Warning,
                                         tr("Space between Chinese characters."), QString()));
            else if (byMark)
                findings->append(finding(i, end, ProofFinding::Severity::Warning,
                                         tr("Space next to a full-width punctuation mark."), QString()));
        }
        i = end;
    }
}

} // namespace copydesk
