#include "proof/unbalancedpairrule.h"

#include "proof/prooftext.h"

#include <array>

namespace copydesk {

namespace {

constexpr std::array<std::pair<char16_t, char16_t>, 5> Pairs{{
    {u'“', u'”'}, {u'《', u'》'}, {u'（', u'）'}, {u'【', u'】'}, {u'「', u'」'},
}};

} // namespace

UnbalancedPairRule::UnbalancedPairRule() : ProofRule(QStringLiteral("unbalanced-pair")) {}

void UnbalancedPairRule::check(const ProofText &text, const ProofContext &, QList<ProofFinding> *findings) const
{
    std::array<QList<int>, Pairs.size()> open;
    const auto report = [&](int at, char16_t mark, char16_t other) {
        findings->append(finding(at, at + 1, ProofFinding::Severity::Warning,
                                 tr("“%1” without its “%2”.").arg(QString(QChar(mark)), QString(QChar(other))),
                                 std::nullopt));
    };
    for (int i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i);
        for (size_t k = 0; k < Pairs.size(); ++k) {
            if (c == Pairs[k].first) {
                open[k].append(i);
            } else if (c == Pairs[k].second) {
                if (open[k].isEmpty())
                    report(i, c, Pairs[k].first);
                else
                    open[k].removeLast();
            }
        }
    }
    const int first = text.nextNonSpace(-1);
    for (size_t k = 0; k < Pairs.size(); ++k) {
        for (const int at : std::as_const(open[k])) {
            if (!(k == 0 && at == first && open[k].size() == 1))
                report(at, Pairs[k].first, Pairs[k].second);
        }
    }
}

} // namespace copydesk
