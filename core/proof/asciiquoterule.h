#pragma once

#include "proof/proofrule.h"

#include <QCoreApplication>

namespace copydesk {

// ASCII quotes around Chinese: "…" becomes “…” and '…' becomes ‘…’. Quotes pair up in order;
// a pair whose content has no Chinese, and apostrophes inside English words, are left alone.
class AsciiQuoteRule : public ProofRule
{
    Q_DECLARE_TR_FUNCTIONS(AsciiQuoteRule)

public:
    AsciiQuoteRule();
    void check(const ProofText &text, const ProofContext &context,
               QList<ProofFinding> *findings) const override;

private:
    void checkQuote(const ProofText &text, char16_t quote, QList<ProofFinding> *findings) const;
};

} // namespace copydesk
