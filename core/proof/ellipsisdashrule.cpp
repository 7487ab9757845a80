#include "proof/ellipsisdashrule.h"

#include "proof/prooftext.h"

namespace copydesk {

EllipsisDashRule::EllipsisDashRule() : ProofRule(QStringLiteral("ellipsis-dash")) {}

void EllipsisDashRule::check(const ProofText &text, const ProofContext &, QList<ProofFinding> *findings) const
{
    const QString ellipsis = QStringLiteral("……");
    const QString dash = QStringLiteral("——");
    int i = 0;
    while (i < text.size()) {
        const char16_t c = text.at(i);
        int end = i;
        while (end < text.size() && text.at(end) == c)
            ++end;
        const int run = end - i;
        const bool chinese = text.isCjkAt(text.previousNonSpace(i)) || text.isCjkAt(text.nextNonSpace(end - 1));
        const bool free = !text.anyProtected(i, end);
        if (chinese && free) {
            if ((c == u'.' && run >= 3) || (c == u'。' && run >= 3) || (c == u'…' && run == 1))
                findings->append(finding(i, end, ProofFinding::Severity::Warning,
                                         tr("Ellipsis in Chinese text: use “%1”.").arg(ellipsis), ellipsis));
            else if ((c == u'-' && run >= 2) || (c == u'—' && run == 1))
                findings->append(finding(i, end, ProofFinding::Severity::Warning,
                                         tr("Dash in Chinese text: use “%1”.").arg(dash), dash));
        }
        i = end;
    }
}

} // namespace copydesk
