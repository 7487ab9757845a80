#pragma once

#include "proof/proofrule.h"

#include <QCoreApplication>

namespace copydesk {

// The space between Chinese and Latin letters or digits, as the house style says: none in
// print (使用iPhone), one on the web (使用 iPhone). URLs and e-mail addresses are left alone.
class CjkLatinSpaceRule : public ProofRule
{
    Q_DECLARE_TR_FUNCTIONS(CjkLatinSpaceRule)

public:
    CjkLatinSpaceRule();
    void check(const ProofText &text, const ProofContext &context,
               QList<ProofFinding> *findings) const override;

private:
    void checkPrint(const ProofText &text, QList<ProofFinding> *findings) const;
    void checkWeb(const ProofText &text, QList<ProofFinding> *findings) const;
};

} // namespace copydesk
