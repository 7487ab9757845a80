#pragma once

#include "proof/proofrule.h"

#include <QCoreApplication>

namespace copydesk {

// The same mark twice in a row by a slip: ，， 。。 、、 ；； ：： become one.
class DoubledMarkRule : public ProofRule
{
    Q_DECLARE_TR_FUNCTIONS(DoubledMarkRule)

public:
    DoubledMarkRule();
    void check(const ProofText &text, const ProofContext &context,
               QList<ProofFinding> *findings) const override;
};

} // namespace copydesk
