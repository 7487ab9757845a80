#include "proof/halfwidthpunctuationrule.h"

#include "proof/prooftext.h"

#include <QList>

namespace copydesk {

namespace {

QChar fullwidth(char16_t mark)
{
    switch (mark) {
    case u',':
        return u'，';
    case u'.':
        return u'。';
    case u':':
        return u'：';
    case u';':
        return u'；';
    case u'!':
        return u'！';
    case u'?':
        return u'？';
    case u'(':
        return u'（';
    default:
        return u'）';
    }
}

bool isOpening(char16_t c)
{
    return c == u'“' || c == u'‘' || c == u'（' || c == u'《' || c == u'【' || c == u'「' || c == u'〈';
}

// Chinese before a mark: a CJK character or a full-width mark other than an opening one (an
// English question inside “…” keeps its ?).
bool chineseBefore(const ProofText &text, int i)
{
    return text.isCjkAt(i) || (ProofText::isFullwidthPunctuation(text.at(i)) && !isOpening(text.at(i)));
}

// Chinese after a mark: a CJK character or an opening full-width mark.
bool chineseAfter(const ProofText &text, int i)
{
    return text.isCjkAt(i) || isOpening(text.at(i));
}

} // namespace

HalfwidthPunctuationRule::HalfwidthPunctuationRule() : ProofRule(QStringLiteral("halfwidth-punctuation")) {}

void HalfwidthPunctuationRule::check(const ProofText &text, const ProofContext &,
                                     QList<ProofFinding> *findings) const
{
    QList<int> open; // unmatched '(' so far
    const int size = text.size();
    for (int i = 0; i < size; ++i) {
        const char16_t c = text.at(i);
        if (text.isProtected(i))
            continue;
        const bool before = chineseBefore(text, text.previousNonSpace(i));
        const bool after = chineseAfter(text, text.nextNonSpace(i));
        switch (c) {
        case u',': case u':': case u';': case u'!': case u'?':
            if (before || after)
                report(text, i, findings);
            break;
        case u'.':
            // A sentence end after Chinese; not a file name (报告.pdf) or an ellipsis.
            if (before && !ProofText::isLatinOrDigit(text.at(i + 1)) && text.at(i + 1) != u'.'
                && text.at(i - 1) != u'.')
                report(text, i, findings);
            break;
        case u'(':
            open.append(i);
            break;
        case u')': {
            if (open.isEmpty()) {
                if (before || after)
                    report(text, i, findings);
                break;
            }
            const int from = open.takeLast();
            bool chinese = chineseBefore(text, text.previousNonSpace(from)) || after;
            for (int j = from + 1; j < i && !chinese; ++j)
                chinese = text.isCjkAt(j);
            if (chinese) {
                report(text, from, findings);
                report(text, i, findings);
            }
            break;
        }
        default:
            break;
        }
    }
    for (const int from : std::as_const(open)) {
        if (chineseBefore(text, text.previousNonSpace(from)) || chineseAfter(text, text.nextNonSpace(from)))
            report(text, from, findings);
    }
}

void HalfwidthPunctuationRule::report(const ProofText &text, int at, QList<ProofFinding> *findings) const
{
    const QChar mark = text.text().at(at);
    const QString replacement(fullwidth(mark.unicode()));
    findings->append(finding(at, at + 1, ProofFinding::Severity::Warning,
                             tr("Half-width “%1” in Chinese text: use the full-width “%2”.")
                                 .arg(QString(mark), replacement),
                             replacement));
}

} // namespace copydesk
