#pragma once

#include "proof/proofrule.h"

#include <QCoreApplication>

namespace copydesk {

// Full-width Latin letters and digits (ＡＰＰ, ５Ｇ): the ordinary half-width ones (GB/T 15835).
class FullwidthAlnumRule : public ProofRule
{
    Q_DECLARE_TR_FUNCTIONS(FullwidthAlnumRule)

public:
    FullwidthAlnumRule();
    void check(const ProofText &text, const ProofContext &context,
               QList<ProofFinding> *findings) const override;
};

} // namespace copydesk
