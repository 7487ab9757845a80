#pragma once

#include "proof/proofrule.h"

#include <QCoreApplication>

namespace copydesk {

// A function character typed twice by a slip (的的, 了了, 在在): only characters that are never
// reduplicated on their own, so 看看, 常常, 谢谢, 天天 are never findings; and not where the two
// belong to different words (为了了解, 目的的确, 现在在家, 不了了之).
class RepeatedCharacterRule : public ProofRule
{
    Q_DECLARE_TR_FUNCTIONS(RepeatedCharacterRule)

public:
    RepeatedCharacterRule();
    void check(const ProofText &text, const ProofContext &context,
               QList<ProofFinding> *findings) const override;
};

} // namespace copydesk
