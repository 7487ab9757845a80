#pragma once

#include "proof/proofrule.h"

#include <QCoreApplication>

namespace copydesk {

// Ellipses and dashes in Chinese text: ... or 。。。 or a lone … becomes ……; -- or a lone —
// becomes —— (GB/T 15834: both take two characters' room).
class EllipsisDashRule : public ProofRule
{
    Q_DECLARE_TR_FUNCTIONS(EllipsisDashRule)

public:
    EllipsisDashRule();
    void check(const ProofText &text, const ProofContext &context,
               QList<ProofFinding> *findings) const override;
};

} // namespace copydesk
