#pragma once

#include "proof/proofrule.h"

#include <QCoreApplication>

namespace copydesk {

// Half-width , . : ; ! ? ( ) between or after Chinese characters: the full-width mark instead
// (GB/T 15834). Parentheses go by pairs, so both halves of (集体) or (1) change together.
class HalfwidthPunctuationRule : public ProofRule
{
    Q_DECLARE_TR_FUNCTIONS(HalfwidthPunctuationRule)

public:
    HalfwidthPunctuationRule();
    void check(const ProofText &text, const ProofContext &context,
               QList<ProofFinding> *findings) const override;

private:
    void report(const ProofText &text, int at, QList<ProofFinding> *findings) const;
};

} // namespace copydesk
