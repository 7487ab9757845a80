#pragma once

#include "proof/proofrule.h"
#include "proof/scripttally.h"

#include <QCoreApplication>

namespace copydesk {

class ChineseConverter;

// Traditional characters in a simplified article (頭髮 in 头发), or simplified ones in a
// traditional article, found and corrected phrase by phrase through OpenCC.
class ScriptMixRule : public ProofRule
{
    Q_DECLARE_TR_FUNCTIONS(ScriptMixRule)

public:
    // The converters are the engine's; toTraditional is Taiwan's standard (s2tw), so 台 stays.
    ScriptMixRule(const ChineseConverter &toSimplified, const ChineseConverter &toTraditional);
    void check(const ProofText &text, const ProofContext &context,
               QList<ProofFinding> *findings) const override;
    // The text's characters that differ between the two scripts, counted by script.
    ScriptTally tally(const QString &text) const;

private:
    // Only in one script: a traditional form t2s changes and s2t leaves (or the reverse).
    bool isTraditionalOnly(char32_t c) const;
    bool isSimplifiedOnly(char32_t c) const;

    const ChineseConverter &m_toSimplified;
    const ChineseConverter &m_toTraditional;
};

} // namespace copydesk
