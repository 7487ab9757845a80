#include "proof/cjklatinspacerule.h"

#include "proof/prooftext.h"

namespace copydesk {

CjkLatinSpaceRule::CjkLatinSpaceRule() : ProofRule(QStringLiteral("cjk-latin-space")) {}

void CjkLatinSpaceRule::check(const ProofText &text, const ProofContext &context,
                              QList<ProofFinding> *findings) const
{
    if (context.field == ProofFinding::Field::Byline || context.field == ProofFinding::Field::Credit)
        return;
    if (context.preset == ProofOptions::Preset::Print)
        checkPrint(text, findings);
    else
        checkWeb(text, findings);
}

void CjkLatinSpaceRule::checkPrint(const ProofText &text, QList<ProofFinding> *findings) const
{
    int i = 0;
    while (i < text.size()) {
        if (text.at(i) != u' ') {
            ++i;
            continue;
        }
        int end = i;
        while (end < text.size() && text.at(end) == u' ')
            ++end;
        const int before = i - 1;
        const bool mixed = (text.isCjkAt(before) && ProofText::isLatinOrDigit(text.at(end)) && !text.isProtected(end))
            || (ProofText::isLatinOrDigit(text.at(before)) && !text.isProtected(before) && text.isCjkAt(end));
        if (mixed)
            findings->append(finding(i, end, ProofFinding::Severity::Info,
                                     tr("House style (print): no space between Chinese and Latin letters or digits."),
                                     QString()));
        i = end;
    }
}

void CjkLatinSpaceRule::checkWeb(const ProofText &text, QList<ProofFinding> *findings) const
{
    for (int i = 1; i < text.size(); ++i) {
        const bool mixed = (text.isCjkAt(i - 1) && ProofText::isLatinOrDigit(text.at(i)))
            || (ProofText::isLatinOrDigit(text.at(i - 1)) && text.isCjkAt(i));
        if (mixed)
            findings->append(finding(i, i, ProofFinding::Severity::Info,
                                     tr("House style (web): one space between Chinese and Latin letters or digits."),
                                     QStringLiteral(" ")));
    }
}

} // namespace copydesk
