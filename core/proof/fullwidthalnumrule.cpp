#include "proof/fullwidthalnumrule.h"

#include "proof/prooftext.h"

namespace copydesk {

namespace {

bool isFullwidthAlnum(char16_t c)
{
    return (c >= u'０' && c <= u'９') || (c >= u'Ａ' && c <= u'Ｚ') || (c >= u'ａ' && c <= u'ｚ');
}

} // namespace

FullwidthAlnumRule::FullwidthAlnumRule() : ProofRule(QStringLiteral("fullwidth-alnum")) {}

void FullwidthAlnumRule::check(const ProofText &text, const ProofContext &, QList<ProofFinding> *findings) const
{
    int i = 0;
    while (i < text.size()) {
        if (!isFullwidthAlnum(text.at(i))) {
            ++i;
            continue;
        }
        QString halfwidth;
        int end = i;
        // A decimal point or a percent sign inside the run goes half-width with it (５．５％).
        while (end < text.size()
               && (isFullwidthAlnum(text.at(end))
                   || ((text.at(end) == u'．' || text.at(end) == u'％') && end > i))) {
            halfwidth.append(QChar(char16_t(text.at(end) - 0xFEE0)));
            ++end;
        }
        while (halfwidth.endsWith(QLatin1Char('.'))) {
            halfwidth.chop(1);
            --end;
        }
        findings->append(finding(i, end, ProofFinding::Severity::Warning,
                                 tr("Full-width letters or digits: write “%1”.").arg(halfwidth), halfwidth));
        i = end;
    }
}

} // namespace copydesk
