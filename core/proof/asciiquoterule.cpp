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
    if (marks.size() % 2 == 0)
        return;
    // One left over beside Chinese: it closes a curly quote still open before it (“努力。"), or
    // opens one.
    const int at = marks.constLast();
    const auto chineseAt = [&text](int i) { return text.isCjkAt(i) || ProofText::isFullwidthPunctuation(text.at(i)); };
    // 6'2": feet and inches.
    if ((!chineseAt(at - 1) && !chineseAt(at + 1)) || (text.at(at - 1) >= u'0' && text.at(at - 1) <= u'9'))
        return;
    const QStringView before = QStringView(text.text()).left(at);
    const bool closing = before.count(open) > before.count(close);
    const QString mark = closing ? close : open;
    findings->append(finding(at, at + 1, ProofFinding::Severity::Warning,
                             tr("ASCII quotation mark in Chinese text: use “%1”.").arg(mark), mark));
}

} // namespace copydesk
