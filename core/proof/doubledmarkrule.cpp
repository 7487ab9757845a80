#include "proof/doubledmarkrule.h"

#include "proof/prooftext.h"

namespace copydesk {

DoubledMarkRule::DoubledMarkRule() : ProofRule(QStringLiteral("doubled-mark")) {}

void DoubledMarkRule::check(const ProofText &text, const ProofContext &, QList<ProofFinding> *findings) const
{
    int i = 0;
    while (i < text.size()) {
        const char16_t c = text.at(i);
        int end = i + 1;
        while (end < text.size() && text.at(end) == c)
            ++end;
        // Three or more 。 are an ellipsis (EllipsisDashRule).
        const bool doubled = (c == u'，' || c == u'、' || c == u'；' || c == u'：') ? end - i >= 2
                           : c == u'。' ? end - i == 2 : false;
        if (doubled) {
            const QString mark(QChar{c});
            findings->append(finding(i, end, ProofFinding::Severity::Warning,
                                     tr("“%1” repeated: one is enough.").arg(mark), mark));
        }
        i = end;
    }
}

} // namespace copydesk
