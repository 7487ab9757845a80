#include "proof/doubledmarkrule.h"

#include "proof/prooftext.h"

namespace copydesk {

namespace {

// The pause marks by strength; of two different ones side by side (，。) the stronger stays.
int pauseStrength(char16_t c)
{
    switch (c) {
    case u'、':
        return 1;
    case u'，':
        return 2;
    case u'：':
        return 3;
    case u'；':
        return 4;
    case u'。':
        return 5;
    default:
        return 0;
    }
}

bool endsSentence(char16_t c)
{
    return c == u'。' || c == u'？' || c == u'！';
}

bool closesQuote(char16_t c)
{
    return c == u'”' || c == u'’' || c == u'）' || c == u'』' || c == u'」';
}

} // namespace

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
        } else if (end - i == 1 && end < text.size() && pauseStrength(c) && pauseStrength(text.at(end))
                   && (end + 1 >= text.size() || text.at(end + 1) != text.at(end))) {
            // Two different pause marks (，。 or 、，): the stronger one is meant.
            const char16_t kept = pauseStrength(c) > pauseStrength(text.at(end)) ? c : text.at(end);
            findings->append(finding(i, end + 1, ProofFinding::Severity::Warning,
                                     tr("“%1” beside “%2”: one mark is enough.")
                                             .arg(QChar{c}, QChar{text.at(end)}),
                                     QString(QChar{kept})));
            end += 1;
        } else if (end - i == 1 && endsSentence(c) && end + 1 < text.size() && closesQuote(text.at(end))
                   && text.at(end + 1) == u'。') {
            // GB/T 15834: a quotation that ends its sentence inside takes no full stop after it.
            findings->append(finding(end + 1, end + 2, ProofFinding::Severity::Warning,
                                     tr("Full stop after a quotation that already ends with “%1”.").arg(QChar{c}),
                                     QString()));
            end += 2;
        }
        i = end;
    }
}

} // namespace copydesk
