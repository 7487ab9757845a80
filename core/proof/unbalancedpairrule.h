#pragma once

#include "proof/proofrule.h"

#include <QCoreApplication>

namespace copydesk {

// Paired marks without their other half in the same paragraph: “” 《》 （） 【】 「」. An
// opening “ that starts a paragraph is left alone: a quotation running over several paragraphs
// opens each of them and closes only the last.
class UnbalancedPairRule : public ProofRule
{
    Q_DECLARE_TR_FUNCTIONS(UnbalancedPairRule)

public:
    UnbalancedPairRule();
    void check(const ProofText &text, const ProofContext &context,
               QList<ProofFinding> *findings) const override;
};

} // namespace copydesk
