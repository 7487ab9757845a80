#pragma once

#include "proof/proofrule.h"

#include <QCoreApplication>

namespace copydesk {

// Spaces that do not belong in Chinese text: between two Chinese characters, or next to a
// full-width mark. Leading indentation, bylines (记者 王冠华, in the byline field or the
// text), full-width spaces and the space parting a headline's halves are left alone.
class StraySpaceRule : public ProofRule
{
    Q_DECLARE_TR_FUNCTIONS(StraySpaceRule)

public:
    StraySpaceRule();
    void check(const ProofText &text, const ProofContext &context,
               QList<ProofFinding> *findings) const override;
};

} // namespace copydesk
