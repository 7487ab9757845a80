#include "proof/asciiquoterule.h"

#include "proof/prooftext.h"

namespace copydesk {

AsciiQuoteRule::AsciiQuoteRule() : ProofRule(QStringLiteral("ascii-quotes")) {}

void AsciiQuoteRule::check(const ProofText &text, const ProofContext &, QList<ProofFinding> *findings) const
{
    checkQuote(text, u'"', findings);
    checkQuote(text, u'\'', findings);
}

void AsciiQuoteRule::checkQuote(const ProofText &text, char16_t quote, QList<ProofFinding> *findings) const
{
    QList<int> marks;
    for (int i = 0; i < text.size(); ++i) {
        if (text.at(i) != quote || text.isProtected(i))
            continue;
        // it's, rock'n'roll: an apostrophe, not a quote.
        if (quote == u'\'' && ProofText::isLatinOrDigit(text.at(i - 1)) && ProofText::isLatinOrDigit(text.at(i + 1)))
            continue;
        marks.append(i);
    }
    const QString open = quote == u'"' ? QStringLiteral("“") : QStringLiteral("‘");
    const QString close = quote == u'"' ? QStringLiteral("”") : QStringLiteral("’");
    for (qsizetype k = 0; k + 1 < marks.size(); k += 2) {
        const int from = marks.at(k);
        const int to = marks.at(k + 1);
        bool chinese = false;
        for (int j = from + 1; j < to && !chinese; ++j)
            chinese = text.isCjkAt(j);
        if (!chinese)
            continue;
        const QString message = tr("ASCII quotation marks around Chinese: use “%1” and “%2”.").arg(open, close);
        findings->append(finding(from, from + 1, ProofFinding::Severity::Warning, message, open));
        findings->append(finding(to, to + 1, ProofFinding::Severity::Warning, message, close));
    }
}

} // namespace copydesk
